"""Workers started together with SCHEDULER_FLUSH_ON_START: one starts the run afresh, the
others join it; none empties the queue under another.

scrapy-redis's flush emptied the queue and the seen requests at every start; the shared
crawl's join (newsarchive.distributed) does it only when no worker is live, in the same
Redis script that notes the joining worker as live. Two workers started in the same
second could both flush only if that check and that note were two steps.
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from redis import Redis
from scrapy.utils.test import get_crawler

from newsarchive.demo.server import DemoServer
from newsarchive.distributed import SharedCrawlExtension
from newsarchive.shared_keys import QUEUE, crawl_keys
from tests.plugins.crawling import RunningCrawl, ended_on_failure, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

TRIALS = 30
ARTICLES = 40


def _joining(redis: RedisServer, prefix: str, me: str) -> SharedCrawlExtension:
    settings = {
        "NEWSARCHIVE_REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_KEY": prefix,
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "SCHEDULER_FLUSH_ON_START": "1",
    }
    crawler = get_crawler(settings_dict=settings)
    own = Redis.from_url(redis.url)  # a connection of its own, as a worker has
    extension = SharedCrawlExtension(crawler, own, crawl_keys(crawler.settings, None))
    extension.me = me
    return extension


def _join(
    worker: SharedCrawlExtension,
    together: threading.Barrier,
    queue: str,
    results: dict[str, list[int]],
) -> None:
    """The worker's join (spider_opened's script) once the other is ready too."""
    args = [worker.me, worker.ttl, worker.start, worker.inflight_prefix, worker.window]
    together.wait()
    found = [int(v) for v in worker._join(keys=worker.keys, args=args)]
    if found[0] == 0:  # the first: its start requests go into the queue
        Redis.from_url(worker.crawler.settings["NEWSARCHIVE_REDIS_URL"]).zadd(
            queue, {f"start of {worker.me}".encode(): 0}
        )
    results[worker.me] = found


def test_workers_joining_in_the_same_moment_flush_once(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """Two joins let go together, TRIALS times, over what an earlier run left: one starts
    afresh (and queues its start requests), the other joins, and the start requests stay."""
    prefix = "newsarchive:test-flush-race"
    client = redis_server.client
    seen: list[tuple[int, int]] = []
    for trial in range(TRIALS):
        workers = [_joining(redis_server, prefix, f"{trial}-{n}") for n in (1, 2)]
        queue = crawl_keys(workers[0].crawler.settings, None)[QUEUE]
        client.zadd(queue, {b"an earlier run's request": 0})
        client.sadd(f"{prefix}:dupefilter", b"an earlier run's fingerprint")
        together = threading.Barrier(2)
        results: dict[str, list[int]] = {}
        threads = [
            threading.Thread(target=_join, args=(worker, together, queue, results))
            for worker in workers
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        others = sorted(found[0] for found in results.values())
        cleared = sorted(found[1] for found in results.values())
        seen.append((others.count(0), cleared.count(0)))
        first = next(me for me, found in results.items() if found[0] == 0)
        assert client.zrange(queue, 0, -1) == [f"start of {first}".encode()]
        for key in client.keys(f"{prefix}:*"):
            client.delete(key)
    assert seen == [(1, 1)] * TRIALS  # one fresh start a trial, one join that cleared nothing


def test_two_workers_started_together_with_flush_fetch_each_article_once(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """Both real workers started at once with SCHEDULER_FLUSH_ON_START=1: one run, each
    article exported once between them and each page asked once."""
    demo = demo_server_factory(articles=ARTICLES)
    # no page is answered until both workers have said how they started: the first cannot
    # finish the crawl before the second is up, however unequal their start-ups on a
    # loaded box (the second then found no live worker: a second "fresh" run)
    with gated_front(demo, answered=0) as (front, _, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        settings = shared_settings(
            redis_server,
            "flush-together",
            DOWNLOAD_DELAY="0.1",
            STATE_ENABLED="0",
            SCHEDULER_FLUSH_ON_START="1",
            DOWNLOAD_TIMEOUT="300",  # held by the gate as long as the start-ups take, not retried
        )
        redis_server.client.zadd("newsarchive:test-flush-together:requests", {b"stale": 0})
        with ended_on_failure() as running:
            running += [start_crawl("news", args, settings, tmp_path / name) for name in "ab"]
            said = re.compile(
                r"(Joining|Going on with|Starting) crawl newsarchive:test-flush-together"
            )
            deadline = time.monotonic() + 240
            for crawl in running:
                while crawl.process.poll() is None and not said.search(_log(crawl)):
                    assert time.monotonic() < deadline, _log(crawl)[-3000:]
                    time.sleep(0.05)
            release.set()
            done = [crawl.wait(timeout=240) for crawl in running]
    for worker in done:
        assert worker.returncode == 0, worker.log[-3000:]
    starts = sorted(worker.stats["redis/start"] for worker in done)
    assert starts == ["fresh", "joined"], starts
    items = Counter(item["url"] for worker in done for item in worker.items())
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    assert set(items) == expected and set(items.values()) == {1}
    asked = Counter(target for _, target in demo.requests if target != "/robots.txt")
    assert sorted(target for target, count in asked.items() if count > 1) == []


def _log(crawl: RunningCrawl) -> str:
    path = crawl.log_path
    return path.read_text(errors="replace") if path.exists() else ""
