"""A shared crawl whose redis-server dies under it: the worker stops, says so, exits 1.

Before, every Redis command then raised where it was made (scheduler, heartbeat,
politeness, crawl state: a traceback each), the idle check failed too, and
Scrapy closed the run as `finished`: exit 0 with most of the crawl never
fetched, the cron job none the wiser. Here the worker's own redis-server (AOF on,
in tmp) is killed with SIGKILL mid-crawl; started again on its files, a worker
with NEWSARCHIVE_RESUME=1 finishes the crawl and every article is in the two
runs' items once.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, RunningCrawl, crawl_command
from tests.test_distributed import REDIS_SERVER, _free_port

ARTICLES = 40


def _redis(folder: Path, port: int) -> subprocess.Popen[bytes]:
    """redis-server on `port` keeping every write in its append-only file in `folder`."""
    assert REDIS_SERVER is not None
    command = [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "yes", "--appendfsync", "always", "--dir", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = Redis(host="127.0.0.1", port=port)
    while process.poll() is None:
        try:
            client.ping()
            return process
        except RedisConnectionError:  # not listening yet
            time.sleep(0.05)
    raise AssertionError(f"redis-server did not start on {port}")


def _start(args: dict[str, str], settings: dict[str, str], out: Path, feed: str) -> RunningCrawl:
    out.mkdir(parents=True, exist_ok=True)
    command = crawl_command("news", args, settings, out)
    command[-1] = f"{out / feed}:jsonlines"  # each run its own items file, one folder
    with (out / f"{feed}.log").open("wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
    return RunningCrawl(process, out, out / "warc", out / feed, out / f"{feed}.log")


def test_a_worker_whose_redis_dies_stops_with_one_line_and_a_resumed_one_finishes(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    port = _free_port()
    redis = _redis(tmp_path, port)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = {
        "NEWSARCHIVE_REDIS_URL": f"redis://127.0.0.1:{port}/0",
        "NEWSARCHIVE_REDIS_WORKER_TTL": "1",
        "DOWNLOAD_DELAY": "0.1",  # the crawl outlasts the kill below
    }
    first = _start(args, settings, tmp_path / "worker", "items-1.jsonl")
    try:
        while first.process.poll() is None and _lines(first.items_path) < 3:
            time.sleep(0.05)  # until it has exported a few articles
        assert first.process.poll() is None, "the crawl ended before Redis was killed"
    finally:
        redis.send_signal(signal.SIGKILL)
        redis.wait()
    stopped = first.wait(timeout=120)
    log = stopped.log
    assert stopped.returncode == 1, log[-3000:]
    assert "Traceback" not in log, log
    last = log.rstrip().splitlines()[-1]
    said = "scrapy crawl: the crawl did not finish its job: redis_unreachable (the shared crawl's"
    assert last.startswith(said + " Redis stopped answering this worker (ConnectionError: "), last
    assert "-s NEWSARCHIVE_RESUME=1 once Redis answers" in last and last.endswith("(exit status 1)")

    redis = _redis(tmp_path, port)  # on its append-only file: the queue and notes are back
    try:
        resumed = _start(args, {**settings, "NEWSARCHIVE_RESUME": "1"}, tmp_path / "worker",
                         "items-2.jsonl").wait(timeout=120)  # fmt: skip
    finally:
        redis.terminate()  # by its PID: only the server this test started
        redis.wait(timeout=10)
    assert resumed.returncode == 0, resumed.log[-3000:]
    items = Counter(item["url"] for item in stopped.items() + resumed.items())
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert set(items) == expected and set(items.values()) == {1}, items


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
