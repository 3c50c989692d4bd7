"""A worker finding no live one goes on with a killed run only if it was killed lately.

Worker A is killed (SIGKILL) mid-crawl: its queue, dupefilter and held requests stay in
Redis. Its heartbeat's last stamp (the `last_seen` key and its entries in the workers
sets, the ones the joining worker reads) is then moved back by hand, as if A had died
that long ago: no sleeping. Worker B starts with no NEWSARCHIVE_RESUME/NEWSARCHIVE_FRESH:
- A lapsed 10 s ago (within NEWSARCHIVE_REDIS_CONTINUE_WITHIN, 5 worker TTLs): B goes on
  with A's run, fetching only what A left (a stalled worker's restart);
- an hour ago: B starts afresh and fetches every article itself (a cron start long after
  a killed run: the old run's section pages in the dupefilter held back the day's listings);
- an hour ago with NEWSARCHIVE_RESUME=1: B goes on as asked.
"""

from __future__ import annotations

import json
import pickle
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from scrapy.settings import Settings

from newsarchive.checks import SettingError, check_settings
from newsarchive.demo.server import DemoServer
from newsarchive.shared_keys import INFLIGHT
from tests.plugins.crawling import CrawlResult, ended_on_failure, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import is_article, shared_settings

ARTICLES = 40
# B, alone once A is dead, needs no pace
FULL_SPEED = {"DOWNLOAD_DELAY": "0"}


@pytest.mark.parametrize(
    ("lapsed", "more", "how", "why"),
    [
        (10, {}, "continued", "within NEWSARCHIVE_REDIS_CONTINUE_WITHIN (300 s)"),
        (3600, {}, "fresh", "past NEWSARCHIVE_REDIS_CONTINUE_WITHIN (300 s)"),
        (3600, {"NEWSARCHIVE_RESUME": "1"}, "continued", "NEWSARCHIVE_RESUME=1"),
    ],
)
def test_a_killed_run_is_gone_on_with_only_within_the_window(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
    lapsed: int,
    more: dict[str, str],
    how: str,
    why: str,
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    name = f"grace-{lapsed}-{len(more)}"
    # no crawl state: an article B fetches again is exported again, so the items tell.
    # A's answers past its 20th wait at the front until A is killed: its queue still holds
    # work when its third item is out, however far extraction lags behind fetching (it was
    # a pace of 0.4 s a request; at 0.1 s a loaded box's A had asked for every page by then)
    with gated_front(demo, answered=20) as (front, holding, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        settings = shared_settings(redis_server, name, DOWNLOAD_DELAY="0", STATE_ENABLED="0")
        prefix = f"newsarchive:test-{name}"
        killed = _killed_after_three_items(
            redis_server, demo, args, settings, holding, tmp_path / "a"
        )
        release.set()
        client = redis_server.client
        assert client.zcard(f"{prefix}:requests") > 0, "A had asked for every page when killed"
        _lapsed_since(redis_server, prefix, lapsed)

        alone = {**settings, **FULL_SPEED, **more}  # A is dead: nothing to keep running
        b = start_crawl("news", args, alone, tmp_path / "b").wait(timeout=240)
        assert b.returncode == 0, b.log[-3000:]
        assert b.stats["redis/start"] == how
        assert why in b.stats["redis/start_reason"], b.stats["redis/start_reason"]
        expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
        first = Counter(item["url"] for item in killed.items())
        second = Counter(item["url"] for item in b.items())
        assert first and set(second.values()) == {1}
        if how == "continued":
            assert "Going on with crawl " + prefix in b.log
            assert set(first).isdisjoint(second)  # B fetched what A left, nothing A had done
            assert set(first) | set(second) == expected
        else:
            assert f"Starting crawl {prefix} afresh as its first worker (the earlier" in b.log
            assert set(second) == expected  # a new run: every article again
        left = [key for key in client.keys(f"{prefix}:*") if b":site:" not in key]
        assert left == []  # B ended the run: nothing left to go on with (but per-site timers)


def _lapsed_since(redis: RedisServer, prefix: str, seconds: int) -> None:
    """Move the killed run's last heartbeat `seconds` before now, as the joining worker reads
    it: the run's stamp and its workers' expiries."""
    now = int(redis.client.time()[0])
    redis.client.set(f"{prefix}:last_seen", now - seconds)
    for key in (f"{prefix}:workers", f"{prefix}:busy"):
        for worker in redis.client.zrange(key, 0, -1):
            redis.client.zadd(key, {worker: now - seconds}, xx=True)


def _killed_after_three_items(
    redis: RedisServer,
    demo: DemoServer,
    args: dict[str, str],
    settings: dict[str, str],
    holding: threading.Event,
    out: Path,
) -> CrawlResult:
    """Worker A started, then killed (SIGKILL) once its later answers are held at the front
    (it has work left, in flight and queued), each article answered it is out, three or
    more, and A holds none of them in Redis any more.

    A page's hold ends just after its item is written (the item's line, its WARC metadata
    record and the crawl state's capture, each safe from a kill once written): a hold ended
    before them would lose the item to a kill in between, as no worker fetches the page
    again. A kill between the item and the hold's end has the next worker fetch the page
    again, by design: the wait sees the holds end too (killed on its item's line alone, an
    item of A's B fetched and exported too, 1 of 3 whole-suite runs)."""
    prefix = settings["NEWSARCHIVE_REDIS_KEY"]

    def answered() -> int:
        return sum(is_article(demo, demo.url(target)) for _, target in demo.requests)

    def ready() -> bool:
        if not holding.is_set():
            return False
        exported = _exported(a.items_path)  # before the holds: a hold ends after its line
        return 3 <= len(exported) == answered() and exported.isdisjoint(_held(redis, prefix))

    with ended_on_failure() as crawls:
        a = start_crawl("news", args, settings, out)
        crawls.append(a)
        # a hang guard that a slow box does not trip: 120 s with no progress of A (its log
        # or items); a fixed 240 s from start ran out at load 20-30 while A went on
        # (93 s before its first page, 19 pages and 8 items at the limit); 900 s at most
        progress, deadline, hard = None, time.monotonic() + 120, time.monotonic() + 900
        while a.process.poll() is None and not ready():
            now = (a.log_path.stat().st_size if a.log_path.exists() else 0, _lines(a.items_path))
            if now != progress:
                progress, deadline = now, time.monotonic() + 120
            assert time.monotonic() < min(deadline, hard), _log(a.log_path)[-3000:]
            time.sleep(0.05)
        assert a.process.poll() is None, "A ended before it could be killed"
        a.process.send_signal(signal.SIGKILL)
        killed = a.wait(timeout=60)
    assert killed.returncode == -signal.SIGKILL, killed.log[-3000:]
    return killed


def _exported(path: Path) -> set[str]:
    """The URLs of the items whose whole line is in the items file."""
    if not path.exists():
        return set()
    whole = path.read_bytes().rpartition(b"\n")[0]
    return {json.loads(line)["url"] for line in whole.splitlines() if line.strip()}


def _held(redis: RedisServer, prefix: str) -> set[str]:
    """The URLs of the requests the crawl's workers hold (`<crawl>:inflight:<worker>`:
    "score|request", the request as scrapy-redis pickles it into its queue)."""
    urls = set()
    for key in redis.client.keys(f"{prefix}:{INFLIGHT}:*"):
        for entry in redis.client.hvals(key):
            urls.add(pickle.loads(entry.partition(b"|")[2])["url"])
    return urls


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_flush_on_start_under_a_live_worker_is_ignored_with_one_line(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """scrapy-redis's SCHEDULER_FLUSH_ON_START emptied the queue and the seen requests under
    a live worker: the second worker fetched the listings again and exported their articles
    a second time, and the first's queued requests were lost. It now joins the live one."""
    demo = demo_server_factory(articles=ARTICLES)
    # A's answers past its 20th wait until B is up: A stays live, its crawl unfinished,
    # however long B's start takes (on a loaded box it outlasted A's whole crawl at 0.3 s
    # a request: B found no live worker and started "fresh")
    with gated_front(demo, answered=20) as (front, holding, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        settings = shared_settings(redis_server, "flush", STATE_ENABLED="0", DOWNLOAD_TIMEOUT="300")
        prefix = "newsarchive:test-flush"
        with ended_on_failure() as crawls:
            a = start_crawl("news", args, settings, tmp_path / "a")
            crawls.append(a)
            while a.process.poll() is None and not holding.is_set():
                time.sleep(0.05)
            assert a.process.poll() is None, "A ended before its answers were held"
            flushing = {**settings, "SCHEDULER_FLUSH_ON_START": "1"}
            b = start_crawl("news", args, flushing, tmp_path / "b")
            crawls.append(b)
            started = ("Joining crawl ", "Going on with crawl ", "Starting crawl ")
            deadline = time.monotonic() + 240
            while b.process.poll() is None and not any(s in _log(b.log_path) for s in started):
                assert time.monotonic() < deadline, _log(b.log_path)[-3000:]
                time.sleep(0.05)
            release.set()
            done_b = b.wait(timeout=240)
            first = a.wait(timeout=240)
    for done in (first, done_b):
        assert done.returncode == 0, done.log[-3000:]
    assert first.stats["redis/start"] == "fresh" and done_b.stats["redis/start"] == "joined"
    assert done_b.stats["redis/flush_on_start_ignored"] == 1
    said = f"SCHEDULER_FLUSH_ON_START=1 ignored: 1 other worker(s) of crawl {prefix} are live"
    assert done_b.log.count(said) == 1, done_b.log[-3000:]
    items = Counter(item["url"] for item in first.items() + done_b.items())
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    twice = sorted(url for url, count in items.items() if count > 1)
    assert twice == [] and set(items) == expected
    # robots.txt aside (each worker reads it), the two workers asked for each page once
    asked = Counter(target for _, target in demo.requests if target != "/robots.txt")
    assert sorted(target for target, count in asked.items() if count > 1) == []


def _log(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def test_flush_on_start_with_no_live_worker_starts_afresh(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """... and with none live it is a fresh start, the killed run's work dropped, however
    lately its worker lapsed."""
    demo = demo_server_factory(articles=ARTICLES)
    # A's answers past its 20th held until it is killed: it still runs, with work left
    with gated_front(demo, answered=20) as (front, holding, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        settings = shared_settings(redis_server, "flush-alone", STATE_ENABLED="0")
        _killed_after_three_items(redis_server, demo, args, settings, holding, tmp_path / "a")
        release.set()
        _lapsed_since(redis_server, "newsarchive:test-flush-alone", 5)
        flushing = {**settings, **FULL_SPEED, "SCHEDULER_FLUSH_ON_START": "1"}
        b = start_crawl("news", args, flushing, tmp_path / "b").wait(timeout=240)
    assert b.returncode == 0, b.log[-3000:]
    assert (b.stats["redis/start"], b.stats["redis/start_reason"]) == (
        "fresh",
        "SCHEDULER_FLUSH_ON_START=1",
    )
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    assert {item["url"] for item in b.items()} == expected


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"NEWSARCHIVE_RESUME": "1", "SCHEDULER_FLUSH_ON_START": "1"}, "opposite starts"),
        ({"NEWSARCHIVE_REDIS_CONTINUE_WITHIN": "-5"}, "use 0 seconds or more"),
        ({"NEWSARCHIVE_REDIS_CONTINUE_WITHIN": "soon"}, "use 0 seconds or more"),
    ],
)
def test_start_settings_that_cannot_hold_are_refused(given: dict[str, str], said: str) -> None:
    settings = Settings({"NEWSARCHIVE_REDIS_URL": "redis://127.0.0.1:6379/0", **given})
    with pytest.raises(SettingError, match=said):
        check_settings(settings)
