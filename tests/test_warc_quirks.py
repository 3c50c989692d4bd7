"""End-to-end: a real crawl of a small server whose responses break naive archivers.

The server (stdlib, port 0) serves the quirks one by one: gzip, chunked,
repeated Set-Cookie, a redirect chain, a 404, binary, non-UTF-8, a duplicate
payload, an oversize body. The WARCs are read back with warcio and compared
with the bytes the server sent.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl

PAGE = b"<html><head><title>%s</title></head><body>%s</body></html>"
LINKS = [
    "/gzip",
    "/chunked",
    "/cookies",
    "/redirect/1",
    "/missing",
    "/image.png",
    "/latin1",
    "/copy-a",
    "/copy-b",
    "/big",
]
SHARED = b"<html><body>the same story under two URLs</body></html>"
GZIPPED = gzip.compress(PAGE % (b"gzip", b"compressed on the wire"), mtime=0)
BINARY = bytes(range(256)) * 8
LATIN1 = "<html><head><meta charset='iso-8859-1'></head><body>caf\xe9</body></html>".encode(
    "latin-1"
)
BIG = b"<html><body>" + b"x" * 300_000 + b"</body></html>"
MAX_PAYLOAD = 100_000


class QuirkHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/":
            links = b"".join(b'<a href="%s">x</a>' % link.encode() for link in LINKS)
            self._send(200, PAGE % (b"home", links))
        elif path == "/gzip":
            self._send(200, GZIPPED, [("Content-Encoding", "gzip")])
        elif path == "/chunked":
            self._chunked([b"<html><body>", b"sent in ", b"chunks</body></html>"])
        elif path == "/cookies":
            cookies = [("Set-Cookie", f"c{n}={n}; Path=/") for n in range(3)]
            self._send(200, PAGE % (b"cookies", b"three"), cookies)
        elif path.startswith("/redirect/"):
            step = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{step + 1}" if step < 3 else "/landed"
            self._send(302 if step < 3 else 301, b"", [("Location", target)])
        elif path == "/landed":
            self._send(200, PAGE % (b"landed", b"after three hops"))
        elif path == "/image.png":
            self._send(200, BINARY, content_type="image/png")
        elif path == "/latin1":
            self._send(200, LATIN1, content_type="text/html; charset=iso-8859-1")
        elif path in ("/copy-a", "/copy-b"):
            self._send(200, SHARED)
        elif path == "/big":
            self._send(200, BIG)
        else:
            self._send(404, PAGE % (b"not found", b"nothing here"))

    def _send(
        self,
        status: int,
        body: bytes,
        headers: list[tuple[str, str]] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers or []:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunked(self, parts: list[bytes]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for part in parts:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture(scope="module")
def quirk_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), QuirkHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def crawl(quirk_server: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("quirks")
    settings = {"WARC_MAX_RECORD_PAYLOAD": str(MAX_PAYLOAD), "ROBOTSTXT_OBEY": "False"}
    return run_crawl("follow", {"url": quirk_server + "/", "depth": "2"}, settings, out)


def _records(paths: list[Path]) -> list:
    found = []
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                record.body = (
                    record.content_stream().read() if record.rec_type != "revisit" else b""
                )
                found.append(record)
    return found


@pytest.fixture(scope="module")
def by_url(crawl: CrawlResult) -> dict[str, object]:
    found = {}
    for record in _records(crawl.warc_files()):
        if record.rec_type in ("response", "revisit"):
            path = "/" + record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3]
            found[path] = record
    return found


def test_every_link_archived(by_url: dict[str, object]) -> None:
    expected = {"/", *LINKS, "/redirect/2", "/redirect/3", "/landed"}
    assert expected <= set(by_url)


def test_gzip_body_kept_encoded(by_url: dict) -> None:
    record = by_url["/gzip"]
    assert record.http_headers.get_header("Content-Encoding") == "gzip"
    # content_stream() decodes; the raw payload must be the gzip bytes sent
    assert record.body == gzip.decompress(GZIPPED)
