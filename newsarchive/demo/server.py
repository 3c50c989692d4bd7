"""`DemoServer`: the demo news site on loopback, in a background thread.

    with DemoServer(articles=300) as server:
        urllib.request.urlopen(server.base_url + "/")
        server.set_revision(2)  # one new article, one changed article
        server.requests          # [(method, target), ...] in arrival order

HTTP framing lives here (status line, Content-Length or chunked, gzip
negotiation, conditional requests); what to answer lives in `newsarchive.demo.site`.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import sys
import threading
import time
from datetime import UTC
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from newsarchive.demo.catalog import DEFAULT_ARTICLES
from newsarchive.demo.reply import CODINGS, Reply
from newsarchive.demo.site import DemoSite

CHUNK_SIZE = 4096
logger = logging.getLogger(__name__)


def accepts_gzip(header: str | None) -> bool:
    """True when Accept-Encoding lists gzip (or *) without q=0."""
    return negotiate(header, ("gzip",)) == "gzip"


def negotiate(header: str | None, offered: tuple[str, ...]) -> str | None:
    """The first of `offered` (names of CODINGS) that Accept-Encoding allows, or None."""
    allowed: dict[str, bool] = {}
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip().replace(" ", "")
        allowed.setdefault(name.strip().lower(), q not in ("q=0", "q=0.0", "q=0.00", "q=0.000"))
    if "x-gzip" in allowed:
        allowed.setdefault("gzip", allowed["x-gzip"])
    for coding in offered:
        wire = CODINGS[coding][0]
        if allowed.get(wire, allowed.get("*", False)):
            return coding
    return None


def not_modified(reply: Reply, etag: str, headers: Any) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        return "*" in tags or etag in tags or f"W/{etag}" in tags
    since = headers.get("If-Modified-Since")
    if since is None:
        return False
    try:
        return reply.last_modified <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


class DemoHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the site; writes each response with one socket write."""

    protocol_version = "HTTP/1.1"
    server_version = "DemoNews/1.0"
    sys_version = ""
    disable_nagle_algorithm = True
    server: _HTTPServer

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _answer(self, send_body: bool) -> None:
        self.server.record(self.command, self.path)
        host = self.headers.get("Host") or self.server.default_host
        try:
            reply = self.server.site.reply(self.path, host, self.headers.get("Cookie", ""))
        except Exception:  # a bug in the site must show, not hang the client
            logger.exception("demo site failed on %s", self.path)
            reply = Reply(500, b"<h1>Internal error</h1>\n", cacheable=False)
        status, body = reply.status, reply.body
        headers = [("Content-Type", reply.content_type), *reply.headers]
        coding = negotiate(self.headers.get("Accept-Encoding"), reply.offered)
        if reply.offered:
            headers.append(("Vary", "Accept-Encoding"))
        if coding:
            headers.append(("Content-Encoding", CODINGS[coding][0]))
            body = reply.encoded(coding)
        if reply.validators:
            etag = reply.etag[:-1] + f'-{coding}"' if coding else reply.etag
            headers += [
                ("ETag", etag),
                ("Last-Modified", format_datetime(reply.last_modified.astimezone(UTC), True)),
            ]
            if status == 200 and not_modified(reply, etag, self.headers):
                status, body, send_body = 304, b"", False
                headers = [(k, v) for k, v in headers if k in ("ETag", "Last-Modified", "Vary")]
        # HTTP/1.0 clients cannot read chunked framing: they get a Content-Length.
        chunked = reply.chunked and status != 304 and self.request_version != "HTTP/1.0"
        if reply.drip and send_body and status == 200:
            self._drip(headers, body, reply.drip)
            return
        self._write(status, headers, body, chunked=chunked, send_body=send_body)

    def _drip(self, headers: list[tuple[str, str]], body: bytes, interval: float) -> None:
        """Headers at once, then the body one byte per `interval` until done or hung up."""
        self._write(200, headers, b"", chunked=False, send_body=False, length=len(body))
        try:
            for index in range(len(body)):
                self.wfile.write(body[index : index + 1])
                self.wfile.flush()
                time.sleep(interval)
        except OSError:  # the client gave up: that is the point
            self.close_connection = True

    def _write(
        self,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        chunked: bool,
        send_body: bool,
        length: int | None = None,
    ) -> None:
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"]
        lines += [f"Server: {self.server_version}", f"Date: {self.date_time_string()}"]
        lines += [f"{name}: {value}" for name, value in headers]
        if chunked:
            lines.append("Transfer-Encoding: chunked")
        elif status != 304:
            lines.append(f"Content-Length: {len(body) if length is None else length}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not send_body:
            self.wfile.write(head)
        elif chunked:
            self.wfile.write(head + b"".join(_chunks(body)))
        else:
            self.wfile.write(head + body)


def _chunks(body: bytes) -> list[bytes]:
    """Chunks of varying size (a small first chunk, as streaming servers send)."""
    pieces, start, size = [], 0, 100
    while start < len(body):
        piece = body[start : start + size]
        pieces.append(b"%x\r\n%s\r\n" % (len(piece), piece))
        start, size = start + len(piece), CHUNK_SIZE
    pieces.append(b"0\r\n\r\n")
    return pieces


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], site: DemoSite, verbose: bool) -> None:
        super().__init__(address, DemoHandler)
        self.site = site
        self.verbose = verbose
        self.default_host = f"{address[0]}:{self.server_address[1]}"
        self.requests: list[tuple[str, str]] = []
        self._log_lock = threading.Lock()
        self._connections: set[socket.socket] = set()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that drops its connection (a crawl killed or timing out) is no server
        error: socketserver would print a traceback for it on stderr."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def record(self, method: str, target: str) -> None:
        with self._log_lock:
            self.requests.append((method, target))

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._log_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._log_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End kept-alive connections too, so nothing is served after a stop."""
        with self._log_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class DemoServer:
    """The demo site served on `host:port` (port 0: a free one) until `stop()` or `with` ends."""

    def __init__(
        self,
        articles: int = DEFAULT_ARTICLES,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        verbose: bool = False,
        edits: bool = False,
    ) -> None:
        self.site = DemoSite(articles, edits=edits)
        self._httpd = _HTTPServer((host, port), self.site, verbose)
        self._httpd.default_host = f"{host}:{self.port}"
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def requests(self) -> list[tuple[str, str]]:
        """(method, target) of every request so far, oldest first (a copy)."""
        with self._httpd._log_lock:
            return list(self._httpd.requests)

    def clear_requests(self) -> None:
        with self._httpd._log_lock:
            self._httpd.requests.clear()

    @property
    def revision(self) -> int:
        return self.site.revision

    def set_revision(self, revision: int) -> None:
        self.site.set_revision(revision)

    def set_drift(self, on: bool) -> None:
        """Switch the unannounced redesign on or off (newsarchive.demo.drift)."""
        self.site.set_drift(on)

    @property
    def added_articles(self) -> list[int]:
        """Ids of the articles the revisions after 1 added (newest first)."""
        return self.site.catalog.ids[: self.revision - 1]

    @property
    def changed_articles(self) -> list[int]:
        """Ids of the older articles the revisions after 1 rewrote."""
        return sorted(self.site.catalog.changed, reverse=True)

    @property
    def edited_articles(self) -> dict[int, tuple[str, ...]]:
        """With edits on: id -> what revisions after 1 did to it ("title", "furniture" ...)."""
        return {
            n: tuple(kind for _, kind in steps) for n, steps in self.site.catalog.edited.items()
        }

    def expected_article(self, n: int) -> dict[str, Any]:
        """Ground truth of article `n` as this server publishes it now."""
        return self.site.catalog.expected(n)

    def warm(self) -> int:
        """Pre-render articles and section pages (so a benchmark's first crawl is not slower)."""
        return self.site.warm(f"{self.host}:{self.port}")

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> DemoServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.close_connections()
        self._httpd.server_close()

    def serve_forever(self) -> None:
        """Serve in the calling thread (the CLI), until KeyboardInterrupt or `stop()`."""
        try:
            self._httpd.serve_forever(poll_interval=0.5)
        finally:
            self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
