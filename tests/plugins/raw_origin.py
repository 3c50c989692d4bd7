"""A listener on 127.0.0.1 that hands each connection to a function of the test's.

For servers that break HTTP on purpose (bodies cut short, headers dripped, bad
chunks): no HTTP library would send what they send.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
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
