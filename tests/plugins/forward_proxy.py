"""A plain HTTP forward proxy on 127.0.0.1 that sends every request to one local port.

For the proxy tests of newsarchive.network: the crawler asks it for public-looking
URLs, it answers them from the demo site, and keeps the list of what it was asked.
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding"}


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _ProxyServer

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        parts = urlsplit(self.path)
        if parts.path in self.server.not_found:
            self.send_error(404)
            return
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Host"] = parts.netloc
        try:
            upstream.request("GET", target, headers=headers)
            reply = upstream.getresponse()
            body = reply.read()
        except OSError:
            self.send_error(502)
            return
        finally:
            upstream.close()
        self.send_response(reply.status)
        for name, value in reply.getheaders():
            if name.lower() not in HOP_BY_HOP | {"content-length"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream_port: int, not_found: tuple[str, ...]) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream_port = upstream_port
        self.not_found = not_found  # paths answered 404 (this proxy buffers whole bodies)
        self.requests: list[str] = []

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@contextmanager
def forward_proxy(upstream_port: int, not_found: tuple[str, ...] = ()) -> Iterator[_ProxyServer]:
    server = _ProxyServer(upstream_port, not_found)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
