"""A shared crawl's idle worker is asked again when the crawl changes, not at a heartbeat.

A worker whose queue ran dry while another is busy stays open (DontCloseSpider), and
Scrapy's engine asks an open idle spider again only at its heartbeat, 5 s apart: each
worker's end waited up to 5 s after the last busy one's, and links another worker
queued waited as long. Here both workers run with the heartbeat pushed an hour away
(tests/plugins/idle_calls.py), and the order is made by the origin, not by time:
worker X holds the one gated page, worker Y starts, finds nothing to do and waits
(its first idle call written to a file); then the page is let go. X ends; Y must see
that by itself and end "finished". Before, Y was never asked again (this test's wait
ran out).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from scrapy.utils.project import get_project_settings

from tests.plugins.crawling import start_crawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

GATED = "/harbour-crane-repairs-delayed"
HOLD_AT_MOST = 120.0  # s a gated answer waits should the test never let it go


class GatedOrigin(ThreadingHTTPServer):
    """A front page naming one story, whose answer waits until `release` is set."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Gated)
        self.asked = threading.Event()
        self.release = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Gated(BaseHTTPRequestHandler):
    server: GatedOrigin

    def do_GET(self) -> None:
        if self.path == "/":
            body = f'<html><body><a href="{GATED}">Crane repairs</a></body></html>'
        elif self.path == GATED:
            self.server.asked.set()
            self.server.release.wait(HOLD_AT_MOST)
            body = "<html><body><p>The crane is fixed.</p></body></html>"
        else:
            self.send_error(404)
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def origin() -> Iterator[GatedOrigin]:
    server = GatedOrigin()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


def _idle_calls(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_a_waiting_worker_ends_when_the_busy_one_does_without_a_heartbeat(
    redis_server: RedisServer,  # noqa: F811
    origin: GatedOrigin,
    tmp_path: Path,
) -> None:
    extensions = {
        **get_project_settings().getdict("EXTENSIONS"),
        "tests.plugins.idle_calls.IdleCalls": 0,
    }
    common = shared_settings(
        redis_server, "wake", DOWNLOAD_DELAY="0", EXTENSIONS=json.dumps(extensions)
    )
    args = {"url": origin.base_url + "/"}
    calls = {name: tmp_path / f"{name}-idle.txt" for name in ("x", "y")}

    def worker(name: str):  # type: ignore[no-untyped-def]
        settings = {**common, "TEST_IDLE_CALLS_FILE": str(calls[name])}
        return start_crawl("follow", args, settings, tmp_path / name)

    x = worker("x")
    assert origin.asked.wait(60), x.log_path.read_text()[-3000:]  # X holds the gated page
    y = worker("y")
    while y.process.poll() is None and not _idle_calls(calls["y"]):
        time.sleep(0.05)  # Y starts (a second or two), finds no work and waits for X
    assert _idle_calls(calls["y"]) >= 1, y.log_path.read_text()[-3000:]
    origin.release.set()

    done_x, done_y = x.wait(timeout=60), y.wait(timeout=60)
    assert done_x.returncode == 0, done_x.log[-3000:]
    assert done_y.returncode == 0, done_y.log[-3000:]
    assert done_y.stats["finish_reason"] == "finished"
    assert "Queue empty; waiting for 1 busy worker(s)" in done_y.log
    assert done_y.stats.get("redis/wait_wakes", 0) >= 1  # a look saw X end and woke Y's engine
    # asked at going idle and again at each change it saw, never at a heartbeat
    assert 2 <= _idle_calls(calls["y"]) <= 2 + done_y.stats["redis/wait_wakes"]
    assert done_x.stats["finish_reason"] == "finished"
