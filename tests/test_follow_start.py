"""`scrapy crawl follow` fails when its start page never came: nothing of the host was archived.

Real crawls of 127.0.0.1: a port nobody listens on, a server answering 503 to
everything (retried, then given up), one answering 404. Each run exits 1 with
one last line naming the start URL and why; what the server did send (the 503s)
is still in the WARC. A start page that came whole exits 0.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive import exitcodes
from tests.plugins.crawling import CrawlResult, start_crawl


class _Status(BaseHTTPRequestHandler):
    """Answers every path with the status in the first path segment (/503/...), else 200."""

    def do_GET(self) -> None:
        first = self.path.strip("/").split("/")[0]
        status = int(first) if first.isdigit() else 200
        body = b"<html><body><p>status page</p></body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def status_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Status)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _follow(url: str, out: Path) -> CrawlResult:
    settings = {"RETRY_TIMES": "2", "ROBOTSTXT_OBEY": "0"}
    return start_crawl("follow", {"url": url, "depth": "1"}, settings, out).wait()


def _last_line(result: CrawlResult) -> str:
    return result.log.strip().splitlines()[-1]


def _responses(result: CrawlResult) -> list[str]:
    statuses = []
    for path in result.warc_dir.glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):  # repeats are revisits
                    statuses.append(record.http_headers.get_statuscode())
    return statuses


def test_a_refused_start_url_exits_1_saying_so(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/"
    result = _follow(url, tmp_path)
    assert result.returncode == exitcodes.FAILED, result.log[-3000:]
    line = _last_line(result)
    assert line.startswith("scrapy crawl: the crawl did not finish its job: start_url_failed ")
    assert f"could not fetch the start URL {url}: DownloadConnectionRefusedError" in line
    assert line.endswith("(exit status 1)")
    assert "Traceback" not in result.log
    assert result.stats["follow/start_failed"] in line


def test_a_start_url_answering_503_exits_1_after_the_retries(
    status_server: str, tmp_path: Path
) -> None:
    url = f"{status_server}/503/front"
    result = _follow(url, tmp_path)
    assert result.returncode == exitcodes.FAILED, result.log[-3000:]
    assert f"could not fetch the start URL {url}: HTTP 503 (after 2 retries)" in _last_line(result)
    assert "Traceback" not in result.log
    assert _responses(result) == ["503", "503", "503"]  # what was served is still archived


def test_a_start_url_answering_404_exits_1(status_server: str, tmp_path: Path) -> None:
    url = f"{status_server}/404/gone"
    result = _follow(url, tmp_path)
    assert result.returncode == exitcodes.FAILED
    assert f"could not fetch the start URL {url}: HTTP 404" in _last_line(result)


def test_a_start_page_that_came_exits_0(status_server: str, tmp_path: Path) -> None:
    result = _follow(f"{status_server}/front", tmp_path)
    assert result.returncode == exitcodes.OK, result.log[-3000:]
    assert "start_failed" not in result.log
    assert _responses(result) == ["200"]
