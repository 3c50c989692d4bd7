"""A listener on 127.0.0.1 that hands each connection to a function of the test's.

For servers that break HTTP on purpose (bodies cut short, headers dripped, bad
chunks): no HTTP library would send what they send.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager


@contextmanager
def raw_origin(
    serve: Callable[[socket.socket], object], stop: threading.Event | None = None
) -> Iterator[str]:
    """Yield the origin URL; each accepted connection runs `serve(conn)` in a thread.

    `stop` (set on exit) lets a `serve` that waits or drips notice the end.
    """
    stop = stop or threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=2)
        listener.close()


def path_answers(
    answers: Mapping[str, bytes], linked: Iterable[str]
) -> Callable[[socket.socket], None]:
    """A `serve` answering each path with its bytes as given (a whole HTTP answer), "/" with a
    home page linking to `linked`, anything else 404: one request a connection."""
    links = "".join(f'<a href="{path}">{path}</a> ' for path in linked)
    home = f"<html><body>{links}</body></html>".encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
    home_answer = head % len(home) + b"Connection: close\r\n\r\n" + home

    def serve(conn: socket.socket) -> None:
        with conn:
            asked = b""
            while b"\r\n\r\n" not in asked:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                asked += chunk
            path = asked.split(b" ", 2)[1].decode()
            if path == "/":
                conn.sendall(home_answer)
            elif path in answers:
                conn.sendall(answers[path])
            else:
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")

    return serve
