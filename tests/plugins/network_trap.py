"""A listener on an address the crawler must never reach, counting who connected.

The demo's /lab/net/ routes point at 127.0.0.2 on the demo's own port; a test
listens there and asserts that no connection arrived (`trap`: TCP; `udp_trap`:
datagrams, as WebRTC's STUN and TURN send them).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Trap:
    def __init__(self, host: str, port: int) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@contextmanager
def trap(host: str, port: int) -> Iterator[Trap]:
    listener = Trap(host, port)
    listener._thread.start()
    try:
        yield listener
    finally:
        listener.close()


class UdpTrap:
    def __init__(self, host: str, port: int) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, port))
        self.sock.settimeout(0.2)
        self.datagrams = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._receive, daemon=True)

    def _receive(self) -> None:
        while not self._stop.is_set():
            try:
                self.sock.recvfrom(65536)
            except (TimeoutError, OSError):
                continue
            self.datagrams += 1

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@contextmanager
def udp_trap(host: str, port: int) -> Iterator[UdpTrap]:
    listener = UdpTrap(host, port)
    listener._thread.start()
    try:
        yield listener
    finally:
        listener.close()
