"""A server that sends its headers too slowly: counted and named, never a silent timeout.

A raw-socket server on 127.0.0.1 answers /slow-headers with a status line and
then one header byte every 0.2 s, never ending the headers within
DOWNLOAD_TIMEOUT (1 s). Nothing of it can be archived (no whole headers); the
crawl names it in one line, counts each try (`network/headers_timeout`) and
lists it in the report apart from other download errors. A body that is slow
after quick headers is still cut by DOWNLOAD_MAX_TIME and archived.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.raw_origin import raw_origin

PAGE = b'<html><body><a href="/slow-headers">s</a> <a href="/slow-body">b</a></body></html>'
HEADERS_ERROR = "newsarchive.network.download.HeadersTimeout"


def _serve(conn: socket.socket, stop: threading.Event) -> None:
    with conn, conn.makefile("rb") as lines:
        request = lines.readline()
        while lines.readline() not in (b"\r\n", b"\n", b""):
            pass
        path = request.split()[1].decode() if request.split() else "/"
        try:
            if path == "/slow-headers":
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                for byte in b"X-Slow: " + b"x" * 200:
                    if stop.wait(0.2):
                        return
                    conn.sendall(bytes([byte]))
            elif path == "/slow-body":
                body = b"<html><body>" + b"y" * 200 + b"</body></html>"
                head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}"
                conn.sendall(head.encode() + b"\r\n\r\n" + body[:20])
                stop.wait(3)
            else:
                body = PAGE if path == "/" else b""
                head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}"
                conn.sendall(head.encode() + b"\r\nConnection: close\r\n\r\n" + body)
        except OSError:  # the crawler gave up and closed
            return


@pytest.fixture(scope="module")
def slow_server() -> Iterator[str]:
    stop = threading.Event()
    with raw_origin(lambda conn: _serve(conn, stop), stop) as origin:
        yield origin
    time.sleep(0.1)


@pytest.fixture(scope="module")
def slow_crawl(slow_server: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    settings = {"DOWNLOAD_TIMEOUT": "1", "DOWNLOAD_MAX_TIME": "0.6", "RETRY_TIMES": "1"}
    out = tmp_path_factory.mktemp("slow")
    return run_crawl("follow", {"url": slow_server + "/", "depth": "1"}, settings, out)


def test_slow_headers_are_named_once_and_counted(slow_crawl: CrawlResult, slow_server: str) -> None:
    log = slow_crawl.log
    assert "Traceback" not in log
    line = f"could not fetch {slow_server}/slow-headers: HeadersTimeout: no response headers "
    assert log.count(line) == 1
    assert "within DOWNLOAD_TIMEOUT (1 s); nothing to archive" in log
    assert slow_crawl.stats["network/headers_timeout"] == 2  # the try and its retry
    (report,) = (slow_crawl.out_dir / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed == {f"download error {HEADERS_ERROR}": 1, "cut short, not parsed: time": 1}


def test_a_slow_body_after_quick_headers_is_still_archived_cut(
    slow_crawl: CrawlResult, slow_server: str
) -> None:
    cut = {}
    for path in slow_crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")[len(slow_server) :]
                    cut[uri] = record.rec_headers.get_header("WARC-Truncated")
    assert cut.get("/slow-body") == "time"
    assert "/slow-headers" not in cut
    # archived once (a time cut is not retried), and not parsed as if whole
    assert slow_crawl.stats["warc/truncated/time"] == 1
    assert slow_crawl.stats["warc/truncated_unparsed/time"] == 1
    assert (
        f"could not fetch {slow_server}/slow-body: body cut at DOWNLOAD_MAX_TIME" in slow_crawl.log
    )
