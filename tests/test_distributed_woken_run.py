"""A worker stalled (SIGSTOP) so long that the next worker started the shared crawl afresh
under it, woken (SIGCONT) to work on in the new run: it kept what it knew of the old one.

Worker A crawls through a gated front until it holds requests, and is stopped. B starts past
the window for going on (NEWSARCHIVE_REDIS_CONTINUE_WITHIN=0): a new run, A's queue and held
requests dropped. B is killed while its first requests wait at the front, so that A, woken,
takes them back and reads the new run's listings itself. A's spider still knew the articles
it had listed in the old run (Frontier.articles) and passed over them as duplicates: no one
requested them in the new run, and the pages A held were left to a taker that never was.

Real `scrapy crawl` processes, a real redis-server, the demo site on 127.0.0.1.
"""

from __future__ import annotations

import json
import signal
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import RunningCrawl, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings, wait_until_missed

ARTICLES = 40
PREFIX = "newsarchive:test-wokenrun"


def _held(redis: RedisServer) -> int:
    keys = list(redis.client.scan_iter(match=f"{PREFIX}:inflight:*"))
    return sum(int(redis.client.hlen(key)) for key in keys)


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _until(done: Callable[[], bool], crawl: RunningCrawl, what: str) -> None:
    deadline = time.monotonic() + 240  # a hang guard only
    while not done():
        assert crawl.process.poll() is None, f"{what}: {_log(crawl)[-3000:]}"
        assert time.monotonic() < deadline, f"never {what}"
        time.sleep(0.05)


def test_a_worker_woken_into_a_new_run_requests_what_it_listed_in_the_old_one(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """B is killed once its first requests wait at the front: A takes them back and reads the
    new run's listings (39 of 40 articles lost before)."""
    _woken_into_a_new_run(redis_server, demo_server_factory(articles=ARTICLES), tmp_path, False)


def test_a_worker_woken_into_a_new_run_its_starter_left_empty_starts_it_again(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """B is killed as it has started the run afresh, before any request of its own is queued:
    the new run's queue is empty, A's requests were dropped with the old run. A put its
    starting points into the new run (it ended with what it had exported before its stop)."""
    _woken_into_a_new_run(redis_server, demo_server_factory(articles=ARTICLES), tmp_path, True)


def _woken_into_a_new_run(
    redis_server: RedisServer,  # noqa: F811
    demo: DemoServer,
    tmp_path: Path,
    starter_dies_at_once: bool,
) -> None:
    for pattern in (f"{PREFIX}*", "newsarchive:state:test-wokenrun*"):
        redis_server.client.delete(*redis_server.client.keys(pattern) or ["x"])
    settings = shared_settings(
        redis_server,
        "wokenrun",
        DOWNLOAD_TIMEOUT="300",
        NEWSARCHIVE_REDIS_WORKER_TTL="2",
        NEWSARCHIVE_REDIS_CONTINUE_WITHIN="0",
    )
    kill = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterJoin": 1000}
    starter = {**settings, "EXTENSIONS": json.dumps(kill)} if starter_dies_at_once else settings
    running: list[RunningCrawl] = []
    try:
        with gated_front(demo, answered=12) as (front, holding, release):
            args = {"site": "demo", "base_url": front, "requisites": "0"}
            a = start_crawl("news", args, settings, tmp_path / "a")
            running.append(a)
            _until(lambda: holding.is_set() and _held(redis_server) > 0, a, "A held requests")
            a.process.send_signal(signal.SIGSTOP)
            exported_before = _lines(a.items_path)
            wait_until_missed(settings)  # A looks dead
            b = start_crawl("news", args, starter, tmp_path / "b")
            running.append(b)
            if starter_dies_at_once:
                assert b.process.wait(timeout=240) == -signal.SIGKILL, _log(b)[-3000:]
                assert "afresh" in _log(b), _log(b)[-3000:]
                assert _held(redis_server) == 0  # A's dropped with its run, B held none
                assert redis_server.client.zcard(f"{PREFIX}:requests") == 0
            else:
                done = lambda: "afresh" in _log(b) and _held(redis_server) > 0  # noqa: E731
                _until(done, b, "B held requests")
                b.process.kill()  # its first requests wait at the front, held in Redis
                b.process.wait()
            wait_until_missed(settings)
            a.process.send_signal(signal.SIGCONT)
            release.set()
            done_a = a.wait(timeout=240)
    finally:  # a failure above: none is left running (nor stopped)
        for crawl in running:
            if crawl.process.poll() is None:
                crawl.process.send_signal(signal.SIGCONT)
                crawl.process.kill()
                crawl.process.wait()
    assert done_a.returncode == 0, done_a.log[-3000:]
    assert done_a.stats["redis/run_replaced"] == 1
    assert "while a new run of crawl newsarchive:test-wokenrun started (at 20" in done_a.log
    assert done_a.stats["redis/taken_back_while_stalled"] > 0  # A woke holding pages
    assert exported_before < ARTICLES
    items = Counter(item["url"] for item in done_a.items())
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    lost = sorted(expected - set(items))
    twice = sorted(url for url, count in items.items() if count > 1)
    assert (len(lost), len(twice)) == (0, 0), (lost, twice)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
