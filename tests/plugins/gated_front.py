"""Test plugin: a site seen through a front that holds its answers until the test lets go.

A test whose crawl must still run when something else happens (a second worker starts, a
signal comes) gates on that state, not on a delay that a loaded box outlasts.
"""

from __future__ import annotations

import contextlib
import http.client
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

from newsarchive.demo.server import DemoServer
from tests.plugins.page_origin import served

_HOP = {"connection", "transfer-encoding", "keep-alive", "content-length"}


def relay(handler: BaseHTTPRequestHandler, demo: DemoServer) -> None:
    """Answer the handler's GET with the demo site's own answer (headers but the hop-by-hop
    ones, and the body's length)."""
    upstream = http.client.HTTPConnection(demo.host, demo.port, timeout=60)
    headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP}
    upstream.request("GET", handler.path, headers=headers)
    answer = upstream.getresponse()
    body = answer.read()
    handler.send_response(answer.status)
    for name, value in answer.getheaders():
        if name.lower() not in _HOP:
            handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    upstream.close()


@contextlib.contextmanager
def gated_front(
    demo: DemoServer, answered: int
) -> Iterator[tuple[str, threading.Event, threading.Event]]:
    """The demo site through a front that answers the first `answered` GETs; the later ones
    wait (`holding` is set as the first of them does) until `release` is set, or the block
    ends."""
    holding, release = threading.Event(), threading.Event()
    count = iter(range(1, 1_000_000))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with lock:
                held = next(count) > answered
            if held:
                holding.set()
                release.wait(300)
            relay(self, demo)

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        try:
            yield url, holding, release
        finally:
            release.set()  # before the server stops (it waits for its answers to end)
