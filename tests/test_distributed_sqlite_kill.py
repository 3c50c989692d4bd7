"""A shared crawl's worker with its own SQLite state (STATE_SHARED=0), SIGKILLed after
its state took an article's capture but before SQLite committed it.

The article page must stay held in Redis until the capture is committed: the resumed
worker's repair takes out of the items file the lines its state never committed, so
the article must be fetched again by the resumed run.
"""

from __future__ import annotations

import json
import signal
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import CrawlResult, RunningCrawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_redis_lost import _start
from tests.test_distributed_state import shared_settings, wait_until_missed


def test_an_article_whose_sqlite_state_was_not_committed_is_fetched_again(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(
        redis_server,
        "sqlitekill",
        NEWSARCHIVE_REDIS_WORKER_TTL="1",
        STATE_SHARED="0",
        STATE_COMMIT_WRITES="1000",
        STATE_COMMIT_SECONDS="60",  # the kill lands in the first batch, never committed
    )
    kill = "tests.plugins.crashpoint.KillAfterStateItems"
    extensions = {**project_settings.EXTENSIONS, kill: 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions), "TEST_KILL_AFTER_STATE_ITEMS": "5"}
    killed, done = _kill_then_resume(args, settings, killing, tmp_path / "worker")
    said = [line for line in done.log.splitlines() if "STATE_SHARED=0" in line]
    assert len(said) == 1 and "this worker alone works on the crawl" in said[0]
    # its last batch committed before the scheduler closed: nothing held is given back
    assert "unfinished request(s) back to the queue" not in done.log, done.log[-3000:]
    _each_article_once(demo, killed, done)


def test_a_worker_stalled_past_its_ttl_keeps_holding_its_uncommitted_articles(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """A worker that could not beat for longer than its TTL (a stall on a box with a load of
    15; here a sleep in its scheduler) took its own held requests for a dead worker's: it put
    them back in the queue, article pages whose captures its SQLite batch had not committed
    among them. Killed afterwards, its next run took those lines out of its items file and
    no worker fetched them again (19 of 60 articles missing). A worker that runs is alive:
    only others take up what it holds."""
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(
        redis_server,
        "sqlitestall",
        NEWSARCHIVE_REDIS_WORKER_TTL="1",
        STATE_SHARED="0",
        STATE_COMMIT_WRITES="1000",
        STATE_COMMIT_SECONDS="60",
        DOWNLOAD_DELAY="0.1",  # the stall lands well before the kill
    )
    kill = "tests.plugins.crashpoint.KillAfterStateItems"
    extensions = {**project_settings.EXTENSIONS, kill: 200}
    killing = {
        **settings,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AFTER_STATE_ITEMS": "25",
        "SCHEDULER": "tests.plugins.crashpoint.StallingScheduler",
        "TEST_STALL_AFTER_ITEMS": "3",  # holding articles its state has not committed
        "TEST_STALL_SECONDS": "2.5",  # past its TTL (whole seconds in Redis)
    }
    killed, done = _kill_then_resume(args, settings, killing, tmp_path / "worker")
    _each_article_once(demo, killed, done)
    assert "held by dead worker(s)" not in killed.log_path.read_text()


def _kill_then_resume(
    args: dict[str, str], settings: dict[str, str], killing: dict[str, str], out: Path
) -> tuple[RunningCrawl, CrawlResult]:
    """A worker run until its kill, then, once its heartbeat has lapsed, resumed: both runs."""
    killed = _start(args, killing, out, "items-1.jsonl")
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    wait_until_missed(settings)  # its heartbeat lapses: it is dead
    resumed = _start(args, {**settings, "NEWSARCHIVE_RESUME": "1"}, out, "items-2.jsonl")
    done = resumed.wait(timeout=240)
    assert done.returncode == 0, done.log[-3000:]
    return killed, done


def _each_article_once(demo: DemoServer, killed: RunningCrawl, done: CrawlResult) -> None:
    """Every article of the demo site in the two runs' items, each exactly once."""
    items = Counter(item["url"] for item in killed.wait().items() + done.items())
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert sorted(expected - set(items)) == []
    assert set(items) == expected and set(items.values()) == {1}
