"""Captures cut short when fetched, read back by `index`, `index --wacz`, `replay` and `extract`.

One real `follow` crawl of a raw-socket server on 127.0.0.1: `/story` is cut
half-way on its first try and comes whole on the retry (a cut try and a whole
capture, often in the same second); `/gone` is cut on every try (cut captures
only). The crawl archives every try, the cut ones marked `WARC-Truncated:
disconnect`. Replay must show the whole capture where there is one (pywb picks
the closest capture and, on a tie, the first index line), and what is read out of
the archive must not make items of half pages.
"""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl
from tests.plugins.raw_origin import raw_origin
from tests.test_package import fetch, replaying

PARAGRAPH = b"<p>A paragraph of the story, long enough to be worth cutting in half.</p>"
STORY = b"<html><head><title>Story</title></head><body>" + PARAGRAPH * 40 + b"</body></html>"
CUT_AT = 400  # bytes of the answer sent before the connection is closed


class CuttingServer:
    """`/story` cut on its first try only, `/gone` on every try; the rest whole."""

    def __init__(self) -> None:
        self.story_tries = 0

    def answer(self, path: str) -> tuple[bytes, bool]:
        def ok(body: bytes) -> bytes:
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}"
            return head.encode() + b"\r\n\r\n" + body

        if path == "/":
            return ok(
                b'<html><body><a href="/story">s</a><a href="/gone">g</a></body></html>'
            ), False
        if path == "/story":
            self.story_tries += 1
            if self.story_tries == 1:
                return ok(STORY)[:CUT_AT], True
            return ok(STORY), False
        if path == "/gone":
            return ok(STORY.replace(b"Story", b"Gone"))[:CUT_AT], True
        if path == "/robots.txt":
            return ok(b""), False
        return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", False

    def serve(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as lines:
            while request := lines.readline():
                while lines.readline() not in (b"\r\n", b"\n", b""):
                    pass
                data, close = self.answer(request.split()[1].decode())
                conn.sendall(data)
                if close:
                    conn.shutdown(socket.SHUT_RDWR)
                    return


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with raw_origin(CuttingServer().serve) as url:
        yield url


@pytest.fixture(scope="module")
def crawl(origin: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("cut")
    args = {"url": origin + "/", "depth": "1", "items": "1"}
    result = run_crawl("follow", args, {"RETRY_TIMES": "2"}, out)
    assert result.stats["warc/truncated/disconnect"] == 4  # /story once, /gone three times
    return result


def _responses(crawl: CrawlResult, url: str) -> dict[str, str | None]:
    """Payload digest -> WARC-Truncated of each response record of `url`."""
    found = {}
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                if record.rec_type == "response" and headers.get_header("WARC-Target-URI") == url:
                    found[headers.get_header("WARC-Payload-Digest")] = headers.get_header(
                        "WARC-Truncated"
                    )
    return found


def _record_types(crawl: CrawlResult, url: str) -> list[str]:
    types = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_headers.get_header("WARC-Target-URI") == url:
                    types.append(record.rec_type)
    return [t for t in types if t in ("response", "revisit")]


def _index(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", "index", *args]
    env = {"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


def _lines(cdxj: str, url: str) -> list[dict[str, str]]:
    fields = (json.loads(line.split(" ", 2)[2]) for line in cdxj.splitlines() if line.strip())
    return [f for f in fields if f["url"] == url]


def test_the_index_drops_a_cut_try_where_a_whole_capture_exists(
    crawl: CrawlResult, origin: str
) -> None:
    done = _index("warc", "--cdxj", "index.cdxj", cwd=crawl.out_dir)
    assert done.returncode == 0, done.stderr
    cdxj = (crawl.out_dir / "index.cdxj").read_text()
    story = _responses(crawl, origin + "/story")
    assert sorted(story.values(), key=str) == [None, "disconnect"]
    [line] = _lines(cdxj, origin + "/story")
    assert story[line["digest"]] is None  # the whole capture
    # a URL that only ever came cut keeps what there is
    gone = _lines(cdxj, origin + "/gone")
    assert len(gone) == 3 and all(_responses(crawl, origin + "/gone")[g["digest"]] for g in gone)
    # the same cut bytes three times: three responses, none a revisit of a cut one
    assert _record_types(crawl, origin + "/gone") == ["response"] * 3
    assert "2 captures cut short" not in done.stderr  # only /story's try was left out
    assert "1 captures cut short when fetched (WARC-Truncated) left out" in done.stderr


def test_the_wacz_lists_and_indexes_the_whole_capture(crawl: CrawlResult, origin: str) -> None:
    done = _index("warc", "--cdxj", "w.cdxj", "--wacz", "cut.wacz", cwd=crawl.out_dir)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(crawl.out_dir / "cut.wacz") as package:
        cdx = gzip.decompress(package.read("indexes/index.cdx.gz")).decode()
        pages = [json.loads(p) for p in package.read("pages/pages.jsonl").splitlines()[1:]]
    whole = next(d for d, cut in _responses(crawl, origin + "/story").items() if cut is None)
    assert [line["digest"] for line in _lines(cdx, origin + "/story")] == [whole]
    [listed] = [page for page in pages if page["url"] == origin + "/story"]
    [item] = [item for item in crawl.items() if item["url"] == origin + "/story"]
    assert listed["id"] == f"{item['fetched_at']}/{origin}/story"  # the whole capture's date


@pytest.mark.pywb
def test_replay_shows_the_whole_capture(crawl: CrawlResult, origin: str) -> None:
    [item] = [item for item in crawl.items() if item["url"] == origin + "/story"]
    stamp = "".join(ch for ch in item["fetched_at"][:19] if ch.isdigit())
    with replaying(crawl.warc_dir) as base:
        assert fetch(f"{base}{stamp}id_/{origin}/story") == STORY


def _newsarchive(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", *args]
    env = {"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_makes_no_item_of_a_cut_capture_and_names_each(
    crawl: CrawlResult, origin: str, jobs: str
) -> None:
    done = _newsarchive("extract", "-j", jobs, "warc", cwd=crawl.out_dir)
    urls = [json.loads(line)["url"] for line in done.stdout.splitlines()]
    assert urls.count(origin + "/story") == 1 and origin + "/gone" not in urls
    said = done.stderr.count("cut short when fetched (WARC-Truncated: disconnect): no item")
    assert said == 4, done.stderr
    assert done.stderr.splitlines()[-1].endswith("skipped: 4 records skipped")
    assert done.returncode == 3 and "Traceback" not in done.stderr


def test_history_shows_no_cut_capture_as_a_version(crawl: CrawlResult, origin: str) -> None:
    args = ("--warc", "warc", "--items", "items.jsonl", "--format", "json")
    done = _newsarchive("history", origin + "/story", *args, cwd=crawl.out_dir)
    assert "Traceback" not in done.stderr
    [article] = json.loads(done.stdout)["articles"]
    assert [v["source"] for v in article["versions"]] == ["items"], article  # the whole capture
