"""Test plugin: one pywb (its own venv, `.venv-pywb`) replaying WARCs on loopback.

`pywb` is a session fixture: a `wayback` process serving the `collections/` of
a temporary directory. Tests add their WARCs with `pywb.add_collection(name,
paths)`, which runs `wb-manager init` and `wb-manager add` and returns the URL
prefix of the collection; pywb finds new collections without a restart. Fetch
`{prefix}{timestamp}id_/{url}` for the archived bytes unchanged.
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PYWB_BIN = Path(__file__).resolve().parents[2] / ".venv-pywb" / "bin"


@dataclass
class Pywb:
    root: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    collections: set[str] = field(default_factory=set)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add_collection(self, name: str, warc_paths: Sequence[Path]) -> str:
        """Index `warc_paths` into a new collection; its replay URL prefix."""
        assert name not in self.collections, f"collection {name} exists already"
        assert warc_paths, "no WARC files to add"
        self._manager("init", name)
        self._manager("add", name, *map(str, warc_paths))
        self.collections.add(name)
        return f"{self.base_url}/{name}/"

    def fetch(self, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
        """GET `path` from pywb without following redirects; body already read."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            response.body = response.read()  # type: ignore[attr-defined]
        except OSError as exc:
            said = f"pywb did not answer GET {path}: {exc!r}; {self.state()}"
            raise AssertionError(said) from exc
        finally:
            connection.close()
        return response

    def state(self) -> str:
        """Whether the session's wayback still runs, and its log's last lines: one CI run
        under a load of 15 saw every later pywb test fail once wayback's log had stopped
        (it logs each request), with nothing saying whether it had died or hung."""
        code = None if self.process is None else self.process.poll()
        alive = "running" if code is None else f"exited with code {code}"
        alive = "not started here" if self.process is None else alive
        log = self.root / "wayback.log"
        tail = log.read_text(errors="replace").splitlines()[-5:] if log.exists() else []
        return f"wayback {alive}; the last lines of {log}:\n" + "\n".join(tail)

    def _manager(self, *args: str) -> None:
        done = subprocess.run(
            [str(PYWB_BIN / "wb-manager"), *args], cwd=self.root, capture_output=True, text=True
        )
        assert done.returncode == 0, f"wb-manager {' '.join(args)} failed:\n{done.stderr}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 240) -> None:
    """Until wayback listens. It says when it never will (it ends); the deadline only stops a
    stuck one: 60 s could run out at a load of 14 while it still imported (the replay
    command's own wait ran out at 30 s so, tests/test_package.py)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"pywb exited with code {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"pywb did not listen on port {port} within {timeout} s")


@pytest.fixture(scope="session")
def pywb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pywb]:
    if not (PYWB_BIN / "wayback").exists():
        pytest.skip(f"pywb is not installed in {PYWB_BIN.parent} (run `make install-pywb`)")
    root = tmp_path_factory.mktemp("pywb")
    (root / "collections").mkdir()
    port = free_port()
    log = (root / "wayback.log").open("wb")
    process = subprocess.Popen(
        [str(PYWB_BIN / "wayback"), "-p", str(port), "-b", "127.0.0.1"],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_port(port, process)
        yield Pywb(root, port, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
