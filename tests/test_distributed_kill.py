"""A shared crawl's worker killed between a page's download and its callback.

The page is downloaded and archived, but its links never reached the shared
queue; the shared dupefilter keeps every other worker from asking for it again.
The page must stay held by the dead worker until its callback's output is in the
queue, so the worker resuming the crawl takes it up (here: the Politics section
page, the only way the crawl reads that section's listing).
"""

from __future__ import annotations

import json
import signal
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl, start_crawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_redis_lost import _start
from tests.test_distributed_state import records, shared_settings, wait_until_missed


def test_a_section_page_whose_worker_died_before_its_callback_is_read_by_the_next(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "pagekill", NEWSARCHIVE_REDIS_WORKER_TTL="1")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillOnResponse": 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions)}
    killed = start_crawl("news", args, {**killing, "TEST_KILL_ON_RESPONSE": "/politics/"},
                         tmp_path / "killed")  # fmt: skip
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    wait_until_missed(settings)  # its heartbeat lapses: it is dead

    resumed = run_crawl("news", args, {**settings, "NEWSARCHIVE_RESUME": "1"}, tmp_path / "resumed")
    assert resumed.stats.get("redis/requeued_from_dead_workers", 0) > 0
    assert resumed.stats.get("listing/politics/pages", 0) > 0, resumed.log[-3000:]
    items = Counter(item["url"] for item in resumed.items() + killed.wait().items())
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert set(items) == expected and set(items.values()) == {1}


def test_an_article_whose_worker_died_before_the_state_recorded_it_is_fetched_again(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """Killed right after an item's line, before the crawl state saved its capture, and
    started again in its own folder: the repair takes the line out (the state never
    recorded it), so the article must be fetched again in the resumed run (before: its
    request had been given up and its claim kept, and 1 of 60 was missing)."""
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "itemkill", NEWSARCHIVE_REDIS_WORKER_TTL="1")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions), "TEST_KILL_AFTER_ITEMS": "5"}
    out = tmp_path / "worker"
    killed = _start(args, killing, out, "items-1.jsonl")
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    wait_until_missed(settings)  # its heartbeat lapses: it is dead

    resumed = _start(args, {**settings, "NEWSARCHIVE_RESUME": "1"}, out, "items-2.jsonl")
    done = resumed.wait(timeout=240)
    assert done.returncode == 0, done.log[-3000:]
    items = Counter(item["url"] for item in killed.wait().items() + done.items())
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert sorted(expected - set(items)) == []
    assert set(items) == expected and set(items.values()) == {1}


def test_an_article_a_killed_worker_archived_is_not_archived_whole_again(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """Killed once an article's response was archived, before its callback (so before its
    item and the state's capture): the worker taking the request up fetches it again for
    its item, and its record is a revisit of the killed worker's, whose payload the shared
    state knew as soon as that record was on disk. Before, each side of the kill held a
    full response (the payload waited in the dead worker for the article's capture: the
    0-1 of 60 articles "archived twice" of the kill-and-resume campaign)."""
    demo = demo_server_factory(articles=20)
    article = demo.site.catalog.article(demo.site.catalog.ids[3]).path
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "archivedkill", NEWSARCHIVE_REDIS_WORKER_TTL="1")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillOnResponse": 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions)}
    killed = start_crawl("news", args, {**killing, "TEST_KILL_ON_RESPONSE": article},
                         tmp_path / "killed")  # fmt: skip
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    wait_until_missed(settings)  # its heartbeat lapses: it is dead

    resumed = run_crawl("news", args, {**settings, "NEWSARCHIVE_RESUME": "1"}, tmp_path / "resumed")
    assert resumed.returncode == 0, resumed.log[-3000:]
    url = demo.url(article)
    kinds = {
        side: [r.kind for r in records(tmp_path / side) if r.uri == url and r.kind != "request"]
        for side in ("killed", "resumed")
    }
    assert kinds == {"killed": ["response"], "resumed": ["revisit"]}, kinds
    (revisit,) = [r for r in records(tmp_path / "resumed") if r.uri == url and r.kind == "revisit"]
    (original,) = [r for r in records(tmp_path / "killed") if r.uri == url and r.kind == "response"]
    assert revisit.headers["WARC-Refers-To"] == original.record_id
    items = Counter(item["url"] for item in resumed.items() + killed.wait().items())
    assert items[url] == 1  # the item is made again, once
