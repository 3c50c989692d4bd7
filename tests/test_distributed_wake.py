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
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.plugins.crawling import start_crawl
from tests.plugins.environment import project_settings
from tests.plugins.page_origin import answering_origin
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

GATED = "/harbour-crane-repairs-delayed"
HOLD_AT_MOST = 300.0  # s a gated answer waits should the test never let it go


@dataclass
class GatedOrigin:
    """A front page naming one story, whose answer waits until `release` is set."""

    base_url: str = ""
    asked: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if path == "/":
            body = f'<html><body><a href="{GATED}">Crane repairs</a></body></html>'
        elif path == GATED:
            self.asked.set()
            self.release.wait(HOLD_AT_MOST)
            body = "<html><body><p>The crane is fixed.</p></body></html>"
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()


@pytest.fixture
def origin() -> Iterator[GatedOrigin]:
    gate = GatedOrigin()
    with answering_origin(gate.answer) as gate.base_url:
        try:
            yield gate
        finally:
            gate.release.set()


def _idle_calls(path: Path) -> int:
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_a_waiting_worker_ends_when_the_busy_one_does_without_a_heartbeat(
    redis_server: RedisServer,  # noqa: F811
    origin: GatedOrigin,
    tmp_path: Path,
) -> None:
    extensions = {
        **project_settings().getdict("EXTENSIONS"),
        "tests.plugins.idle_calls.IdleCalls": 0,
    }
    # the gated page waits for Y's start-up, however long a loaded box takes: no timeout
    # and retry of it meanwhile (DOWNLOAD_TIMEOUT is 60 s)
    common = shared_settings(
        redis_server,
        "wake",
        DOWNLOAD_DELAY="0",
        EXTENSIONS=json.dumps(extensions),
        DOWNLOAD_TIMEOUT=str(HOLD_AT_MOST),
    )
    args = {"url": origin.base_url + "/"}
    calls = {name: tmp_path / f"{name}-idle.txt" for name in ("x", "y")}

    def worker(name: str):  # type: ignore[no-untyped-def]
        settings = {**common, "TEST_IDLE_CALLS_FILE": str(calls[name])}
        return start_crawl("follow", args, settings, tmp_path / name)

    x = worker("x")
    assert origin.asked.wait(240), x.log_path.read_text()[-3000:]  # X holds the gated page
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
