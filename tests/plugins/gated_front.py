"""Test plugin: a site seen through a front that holds its answers until the test lets go.

A test whose crawl must still run when something else happens (a second worker starts, a
signal comes) gates on that state, not on a delay that a loaded box outlasts.
"""

from __future__ import annotations

import contextlib
import http.client
import threading
from collections.abc import Callable, Iterator
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
    try:  # closed however the answer ends (a crawl killed meanwhile breaks the pipe)
        upstream.request("GET", handler.path, headers=headers)
        answer = upstream.getresponse()
        body = answer.read()
    finally:
        upstream.close()
    handler.send_response(answer.status)
    for name, value in answer.getheaders():
        if name.lower() not in _HOP:
            handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@contextlib.contextmanager
def gated_front(
    demo: DemoServer, answered: int, counted: Callable[[str], bool] = lambda path: True
) -> Iterator[tuple[str, threading.Event, threading.Event]]:
    """The demo site through a front that answers the first `answered` GETs (of the paths
    `counted` is true of, the others at once); the later ones wait (`holding` is set as the
    first of them does) until `release` is set, or the block ends."""
    holding, release = threading.Event(), threading.Event()
    count = iter(range(1, 1_000_000))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with lock:
                held = counted(self.path) and next(count) > answered
            if held:
                holding.set()
                release.wait(300)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                relay(self, demo)  # to a crawl the test killed meanwhile: no one to answer

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        try:
            yield url, holding, release
        finally:
            release.set()  # before the server stops (it waits for its answers to end)


class EachAgentGate:
    """Holds each gated GET until one has come from every one of `agents` (User-Agent), then
    lets them all go on; `arm()` shuts it again for the next run. A test of two workers that
    must both take part in a run (each with its own User-Agent) gates on their having asked,
    not on a pace slow enough to outlast the later worker's start on a loaded box."""

    def __init__(self, agents: frozenset[str]) -> None:
        self.agents = agents
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self.opened = threading.Event()

    def arm(self) -> None:
        with self._lock:
            self._seen = set()
            self.opened.clear()

    def wait(self, agent: str) -> None:
        with self._lock:
            self._seen.add(agent)
            if self._seen >= self.agents:
                self.opened.set()
        self.opened.wait(300)


@contextlib.contextmanager
def agents_front(
    demo: DemoServer, agents: frozenset[str], gated: Callable[[str], bool]
) -> Iterator[tuple[str, EachAgentGate]]:
    """The demo site through a front whose GETs of a path `gated` is true of wait at an
    EachAgentGate of `agents` (armed), the others answered at once."""
    gate = EachAgentGate(agents)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if gated(self.path):
                gate.wait(self.headers.get("User-Agent", ""))
            relay(self, demo)

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        try:
            yield url, gate
        finally:
            gate.opened.set()  # before the server stops (it waits for its answers to end)
