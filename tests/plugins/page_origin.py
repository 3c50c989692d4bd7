"""Test plugin: a few pages (path -> Content-Type, bytes[, other headers]) served from a
stdlib server on 127.0.0.1 port 0, in a thread, as a context manager; any other path is
a 404."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Pages = Mapping[str, tuple[str, bytes] | tuple[str, bytes, Mapping[str, str]]]


def _handler(pages: Pages, version: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = version

        def do_GET(self) -> None:
            content_type, body, *more = pages.get(self.path, ("text/plain", b"not here"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", content_type)
            for name, value in (more[0] if more else {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client went away mid-body (a page closed)
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def page_origin(pages: Pages, version: str = "HTTP/1.0") -> Iterator[str]:
    """`http://127.0.0.1:PORT` serving `pages` until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(pages, version))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
