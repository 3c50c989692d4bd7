"""A worker that starts while the crawl's only other worker is stalled past its heartbeat.

Worker A is stopped with SIGSTOP (a process alive but silent: a long pause, a loaded
box) once it has exported a few articles and holds requests in Redis; after its TTL
has passed, worker B starts with no NEWSARCHIVE_RESUME, sees no live worker, and must
not wipe the crawl (queue, dupefilter, A's held requests) under A: it takes A's held
requests back into the queue and goes on with the run. A is then woken with SIGCONT.
Both must finish, and every article of the site must be exported exactly once.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import RunningCrawl, start_crawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings, wait_until_missed

ARTICLES = 60
TTL = 2  # s; A is stopped for longer than this


def test_a_worker_starting_while_the_other_is_stalled_keeps_the_crawl(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(
        redis_server,
        "stallstart",
        NEWSARCHIVE_REDIS_WORKER_TTL=str(TTL),
        DOWNLOAD_DELAY="0.1",
        LOG_LEVEL="DEBUG",
    )
    prefix = "newsarchive:test-stallstart"
    a = start_crawl("news", args, settings, tmp_path / "a")
    b: RunningCrawl | None = None
    try:
        while a.process.poll() is None and _lines(a.items_path) < 3:
            time.sleep(0.05)  # until A has exported a few articles
        assert a.process.poll() is None, "A ended before it could be stopped"
        a.process.send_signal(signal.SIGSTOP)
        held = _held(redis_server, prefix)
        queued = int(redis_server.client.zcard(f"{prefix}:requests"))
        assert held + queued > 0  # A stopped mid-crawl: work waits for it
        wait_until_missed(settings)  # A's heartbeat lapses: it looks dead
        # B goes on with A's run whatever its start-up takes: the window is 5 TTLs of B's
        # (10 s at A's 2 s), and a loaded box started B 13 s after A lapsed: B began the
        # run afresh under A (a run lost 4 articles; another passed on the line naming A
        # killed: "items are kept"). At the default TTL (60 s: a 300 s window) B does not
        # look dead to A once A is woken either.
        later = {k: v for k, v in settings.items() if k != "NEWSARCHIVE_REDIS_WORKER_TTL"}
        b = start_crawl("news", args, later, tmp_path / "b")
        while b.process.poll() is None and "crawl newsarchive:test-stallstart" not in _log(b):
            time.sleep(0.05)  # until B has joined the crawl (or wiped it)
        time.sleep(1.0)  # B works a little while A is still stopped
    finally:
        a.process.send_signal(signal.SIGCONT)
    done = {name: crawl.wait(timeout=240) for name, crawl in (("a", a), ("b", b)) if crawl}
    for result in done.values():
        assert result.returncode == 0, result.log[-3000:]
    items = Counter(item["url"] for result in done.values() for item in result.items())
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    lost = sorted(expected - set(items))
    twice = sorted(url for url, count in items.items() if count > 1)
    assert (len(lost), len(twice)) == (0, 0), (lost, twice)
    assert set(items) == expected
    assert done["b"].stats["redis/start"] == "continued", done["b"].stats["redis/start_reason"]
    assert "Going on with crawl newsarchive:test-stallstart" in done["b"].log


def _held(redis: RedisServer, prefix: str) -> int:
    keys = list(redis.client.scan_iter(match=f"{prefix}:inflight:*"))
    return sum(int(redis.client.hlen(key)) for key in keys)


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
