"""One local origin for the browser tests: `http://127.0.0.1:PORT`, each GET answered by a
function of the test's own (which also notes what it was asked), headers as a list of lines
(a name repeated, as two Set-Cookie lines, is sent twice), in HTTP/1.1 or HTTP/1.0."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Answer:
    """What the origin sends for one GET (a Content-Length of the body's is added)."""

    status: int
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    protocol: str = "HTTP/1.1"  # "HTTP/1.0": the status line says so, the connection closes


# the request's path (as asked, query kept) and headers -> the answer (None: the connection is
# closed unanswered)
Answering = Callable[[str, Message], Answer | None]


@contextlib.contextmanager
def serving(answer: Answering) -> Iterator[str]:
    """`http://127.0.0.1:PORT` answering each GET with `answer(path, headers)`."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            given = answer(self.path, self.headers)
            if given is None:
                self.close_connection = True  # no answer at all: the fetch fails
                return
            self.protocol_version = given.protocol  # this answer's status line
            self.send_response(given.status)
            for name, value in given.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(given.body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(given.body)
            if given.protocol == "HTTP/1.0":
                self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
