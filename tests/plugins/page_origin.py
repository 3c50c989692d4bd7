"""Test plugin: a few pages (path -> Content-Type, bytes[, other headers]) served from a
stdlib server on 127.0.0.1 port 0, in a thread, as a context manager; any other path is
a 404. `answering_origin` serves what a function answers instead, for origins that
count what they were asked or answer differently the second time (the politeness tests),
and, given `answer_post(path, body)`, each POST with what that answers (a 501 without it).
An answer needing the origin's own address (absolute links) reads it from a closure set
once the block has it: the port is known only after the server listens."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Mapping
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Pages = Mapping[str, tuple[str, bytes] | tuple[str, bytes, Mapping[str, str]]]
# path -> (status, headers, body); a header given replaces the default (Date, Content-Type)
Answer = Callable[[str], tuple[int, Mapping[str, str], bytes]]
# path, request body -> (status, headers, body), as Answer
PostAnswer = Callable[[str, bytes], tuple[int, Mapping[str, str], bytes]]


def _handler(pages: Pages, version: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = version

        def do_GET(self) -> None:
            content_type, body, *more = pages.get(self.path, ("text/plain", b"not here"))
            headers = more[0] if more else {}
            found = 302 if "Location" in headers else 200  # a page given a Location redirects
            self.send_response(found if self.path in pages else 404)
            self.send_header("Content-Type", content_type)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client went away mid-body (a page closed)
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def served(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    """`http://HOST:PORT`, a threading server of `handler` listening on 127.0.0.1 port 0,
    until the block ends (each test origin's server, started and stopped one way)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def page_origin(pages: Pages, version: str = "HTTP/1.0") -> Iterator[str]:
    """`http://127.0.0.1:PORT` serving `pages` until the block ends."""
    with served(_handler(pages, version)) as url:
        yield url


def _answering(answer: Answer, answer_post: PostAnswer | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._send(*answer(self.path))

        def do_POST(self) -> None:
            posted = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if answer_post is None:
                self._send(501, {"Content-Type": "text/plain"}, b"no POST here")
            else:
                self._send(*answer_post(self.path, posted))

        def _send(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
            self.send_response_only(status)  # no Date of its own: an answer may give one
            default = {"Date": formatdate(usegmt=True), "Content-Type": "text/html"}
            for name, value in {**default, **headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def answering_origin(
    answer: Answer, host: str = "127.0.0.1", answer_post: PostAnswer | None = None
) -> Iterator[str]:
    """`http://HOST:PORT` (listening on 127.0.0.1) answering each GET with `answer(path)`
    (and each POST with `answer_post(path, body)` when given) until the block ends. HOST may
    be another name of loopback (`localhost`): Scrapy keys its download slots by host name,
    so two origins of one crawl get a slot each."""
    with served(_answering(answer, answer_post), host) as url:
        yield url
