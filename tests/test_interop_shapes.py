"""Archive shapes other tools write that the shared corpus holds none of, written here byte by
byte: what `extract`, `index` (and its WACZ) and `replay` make of each, against what warcio reads.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zipfile
from base64 import b32encode
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive, replaying_archive

SITE = "http://lanes.news.test"


def _page(title: str) -> bytes:
    words = f"{title}: the ferry timetable changes on Monday, the council said at its meeting."
    return f"<html><head><title>{title}</title></head><body><p>{words}</p></body></html>".encode()


def _digest(data: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(data).digest()).decode()


def _record(kind: str, uri: str, block: bytes, number: int, content_type: str) -> bytes:
    lines = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:5c0e1a2b-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2026-05-02T09:00:00.123456Z",
        f"WARC-Target-URI: {uri}",
        f"Content-Type: {content_type}",
        f"WARC-Block-Digest: {_digest(block)}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _response(path: str, number: int) -> bytes:
    body = _page(f"Lane {number}")
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    http = "application/http; msgtype=response"
    return _record("response", SITE + path, head.encode() + body, number, http)


def _resource(path: str, number: int) -> bytes:
    """An HTML page stored as its bytes alone (warcit, a browser-based crawler's upload)."""
    return _record("resource", SITE + path, _page(f"Lane {number}"), number, "text/html")


def _pages(wacz: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(wacz) as package:
        lines = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    return [(entry["url"], entry["title"]) for entry in map(json.loads, lines)]


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    path = tmp_path / "upload.warc"
    info = _record("resource", "urn:pageinfo:" + SITE + "/one", b'{"title": "x"}', 9, "text/json")
    path.write_bytes(_resource("/one", 1) + info + _response("/two", 2))
    return path


def test_an_html_resource_record_is_a_page_of_the_wacz(resources: Path, tmp_path: Path) -> None:
    """`extract` made an item of it; the WACZ's page list left it out (with --items too:
    `no archived capture of URL in these WARCs: left out of pages`, exit 0)."""
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(resources))
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["title"] for line in items.read_text().splitlines()] == [
        "Lane 1",
        "Lane 2",
    ]
    wacz = tmp_path / "upload.wacz"
    args = ["--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(wacz), str(resources)]
    done = newsarchive("index", "--items", str(items), *args)
    assert done.returncode == 0, done.stderr
    assert "left out of pages" not in done.stderr
    assert _pages(wacz) == [(SITE + "/one", "Lane 1"), (SITE + "/two", "Lane 2")]
    done = newsarchive("index", *args)  # without items: listed under their URLs
    assert [url for url, _ in _pages(wacz)] == [SITE + "/one", SITE + "/two"]


@pytest.mark.pywb
def test_the_listed_resource_page_replays_from_the_wacz(resources: Path, tmp_path: Path) -> None:
    from tests.test_package import fetch

    wacz = tmp_path / "upload.wacz"
    cdxj = str(tmp_path / "i.cdxj")
    done = newsarchive("index", "--cdxj", cdxj, "--wacz", str(wacz), str(resources))
    assert done.returncode == 0, done.stderr
    (url, _), _ = _pages(wacz)
    with replaying_archive(wacz) as (base, _replaying):
        assert fetch(f"{base}20260502090000id_/{url}") == _page("Lane 1")


def _three(tmp_path: Path) -> tuple[bytes, list[int]]:
    records = [_response(f"/{n}", n) for n in range(3)]
    starts = [sum(len(r) for r in records[:n]) for n in range(3)]
    return b"".join(records), starts


CUT_NAMED = {  # as warcio reads the cut header: without its length, or not at all
    60: "{path}@{start}: record skipped: cut short inside its header",
    200: "{path}: rest skipped: 200 bytes after the last whole record could not be read",
}


@pytest.mark.parametrize("cut", sorted(CUT_NAMED))  # inside the third record's WARC header
def test_a_plain_warc_cut_inside_a_header_names_no_junk(tmp_path: Path, cut: int) -> None:
    """The blank lines ending the second record were named `4 bytes that start no record`,
    beside the cut rest."""
    data, starts = _three(tmp_path)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: starts[2] + cut])
    named = CUT_NAMED[cut].format(path=path, start=starts[2])
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "items.jsonl"), str(path))
    assert (done.returncode, done.stderr.count("\n")) == (3, 2), done.stderr
    assert done.stderr.startswith(f"WARNING: {named}") and "start no record" not in done.stderr
    assert len((tmp_path / "items.jsonl").read_text().splitlines()) == 2
    done = newsarchive("index", "--cdxj", str(tmp_path / "i.cdxj"), str(path))
    assert done.returncode == 3 and f"WARNING: {named}" in done.stderr, done.stderr
    assert "start no record" not in done.stderr
    assert len((tmp_path / "i.cdxj").read_text().splitlines()) == 2


def _served(path: str, number: int, status: str, cut: int = 0, extra: str = "") -> bytes:
    """A response with status line `status`, its body stored `cut` bytes short of the
    Content-Length its header gives (as a crawler cutting at a size limit stores it)."""
    body = _page(f"Lane {number}")
    head = f"{status}\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    block = head.encode() + body[: len(body) - cut]
    record = _record("response", SITE + path, block, number, "application/http; msgtype=response")
    return record.replace(b"Content-Length", extra.encode() + b"Content-Length", 1)


@pytest.mark.pywb
def test_replay_serves_http2_status_lines_and_bodies_cut_at_a_size_limit(tmp_path: Path) -> None:
    """pywb answered `HTTP/2 200` and Go's `HTTP/2.0 200 OK` with 503 (its loader takes
    HTTP/1.0 and 1.1 only), and sent a Common Crawl response cut at its size limit with
    the Content-Length of the whole body (a HEAD's response too, no body stored): the client
    waited for bytes that never came."""
    from tests.test_package import fetch

    path = tmp_path / "others.warc.gz"
    truncated = "WARC-Truncated: length\r\n"
    records = [
        _served("/h2", 1, "HTTP/2 200"),
        _served("/go", 2, "HTTP/2.0 200 OK"),
        _served("/h3", 3, "HTTP/3 200"),
        _served("/cut", 4, "HTTP/1.1 200 OK", cut=40, extra=truncated),
        _served("/whole", 5, "HTTP/1.1 200 OK"),
        _served("/head", 6, "HTTP/1.1 200 OK", cut=len(_page("Lane 6"))),  # a HEAD's response
    ]
    path.write_bytes(b"".join(gzip.compress(record, mtime=0) for record in records))
    before = path.read_bytes()
    with replaying_archive(path) as (base, _replaying):
        for number, name in enumerate(("h2", "go", "h3"), 1):
            assert fetch(f"{base}20260502090000id_/{SITE}/{name}") == _page(f"Lane {number}")
        assert fetch(f"{base}20260502090000id_/{SITE}/cut") == _page("Lane 4")[:-40]
        assert fetch(f"{base}20260502090000id_/{SITE}/whole") == _page("Lane 5")
        assert fetch(f"{base}20260502090000id_/{SITE}/head") == b""
    assert path.read_bytes() == before  # served from copies in its scratch folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_item_of_a_page_archived_cut_at_a_size_limit_says_truncated(
    tmp_path: Path, jobs: str
) -> None:
    """`WARC-Truncated: length` (Common Crawl cuts at 1 MiB): its item said `truncated: false`
    of a body that ends where the archive cut it."""
    path = tmp_path / "cc.warc.gz"
    cut = _served("/cut", 1, "HTTP/1.1 200 OK", cut=40, extra="WARC-Truncated: length\r\n")
    records = [cut, _served("/whole", 2, "HTTP/1.1 200 OK")]
    path.write_bytes(b"".join(gzip.compress(record, mtime=0) for record in records))
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-j", jobs, "-o", str(items), str(path))
    assert done.returncode == 0, done.stderr
    read = [json.loads(line) for line in items.read_text().splitlines()]
    assert [(item["url"], item["truncated"]) for item in read] == [
        (SITE + "/cut", True),
        (SITE + "/whole", False),
    ]
