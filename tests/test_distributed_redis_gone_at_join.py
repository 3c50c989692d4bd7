"""A worker whose Redis answers the start's check, then is gone before it joins the run,
stops with one line and exit 1, not a traceback.

The worker is held (a file gate) after the check and before the join; the test kills its
redis-server there with SIGKILL, then lets it on. scrapy-redis's scheduler pings Redis as
it is made, inside the engine's opening: that failed, Scrapy's close of the half-opened
engine raised "Engine slot not assigned" (the last line then named that), and the worker's
stop, asked of that engine, printed a traceback ("Unhandled error in Deferred").
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Callable
from pathlib import Path

from newsarchive import exitcodes
from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import start_crawl
from tests.test_distributed import _free_port
from tests.test_distributed_redis_lost import _redis

GATE = "tests.plugins.file_gate.BeforeJoinFile"


def test_redis_gone_between_the_start_check_and_the_join_is_one_line(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    demo = demo_server_factory(articles=10)
    port = _free_port()
    (tmp_path / "redis").mkdir()
    server = _redis(tmp_path / "redis", port)
    gate = tmp_path / "gate"
    gate.mkdir()
    settings = {
        "NEWSARCHIVE_REDIS_URL": f"redis://127.0.0.1:{port}/0",
        "NEWSARCHIVE_REDIS_KEY": "newsarchive:test-gone-at-join",
        "STATE_REDIS_KEY": "newsarchive:state:test-gone-at-join",
        "EXTENSIONS": json.dumps({**project_settings.EXTENSIONS, GATE: 55}),
        "TEST_FILE_GATE": str(gate),
    }
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    crawl = start_crawl("news", args, settings, tmp_path / "out")
    try:
        deadline = time.monotonic() + 240  # a hang guard only
        while not (gate / "arrived").exists():
            assert crawl.process.poll() is None, crawl.log_path.read_text(errors="replace")
            assert time.monotonic() < deadline, "the worker never reached the gate"
            time.sleep(0.02)
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=60)
        (gate / "open").write_text("")
        done = crawl.wait()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    log = done.log
    assert "Traceback" not in log, log[-4000:]
    assert done.returncode == exitcodes.FAILED, log[-4000:]
    last = log.strip().splitlines()[-1]
    assert last.startswith(
        "scrapy crawl: the crawl could not start: the shared crawl's Redis cannot be reached "
        f"(ConnectionError: Error 111 connecting to 127.0.0.1:{port}."
    ), log[-4000:]
    # the worker's line about a Redis lost mid-crawl is not said of one that never started
    assert "stopped answering this worker" not in log, log[-4000:]
