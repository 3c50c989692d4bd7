"""An HTML page archived with an empty body (an empty 200, a HEAD's response): `extract` made
an item with no title and no body of it, where the crawl drops an empty article
(newsarchive.network.empty_bodies). An empty robots.txt served as text/html is no article:
still a page as served."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive
from tests.test_revisit_digests import SITE, _page, _record


def _response(path: str, number: int, body: bytes, length: int | None = None) -> bytes:
    """A 200 of `body`, its Content-Length `length` (a HEAD's response: the GET's length)."""
    size = len(body) if length is None else length
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {size}\r\n\r\n"
    return _record("response", path, head.encode() + body, number, [])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_names_empty_articles_and_makes_no_item(tmp_path: Path, jobs: str) -> None:
    archive = tmp_path / "empty.warc"
    records = [
        _response("/robots.txt", 1, b""),
        _response("/a", 2, _page("Harbour")),
        _response("/empty", 3, b""),
        _response("/head", 4, b"", length=len(_page("Tides"))),
        _response("/blank", 5, b"\r\n  \n"),
    ]
    archive.write_bytes(b"".join(records))
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "-j", jobs, "-o", str(items), str(archive))
    assert done.returncode == 3, done.stderr
    read = [json.loads(line) for line in items.read_text().splitlines()]
    assert [(item["url"], item["title"]) for item in read] == [
        (SITE + "/robots.txt", None),
        (SITE + "/a", "Harbour"),
    ]
    named = "WARNING: not extracted: {}: HTTP 200 with an empty body: no item made"
    lines = done.stderr.splitlines()
    paths = ("/empty", "/head", "/blank")
    assert [line.split(" (")[0] for line in lines[:3]] == [named.format(SITE + p) for p in paths]
    assert lines[3:] == ["extract: 2 items; skipped: 3 empty pages (HTTP 200)"]
