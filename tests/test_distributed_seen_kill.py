"""A shared crawl's worker killed right after a new link's fingerprint reached the shared
dupefilter, before or as its request went into the queue.

scrapy-redis recorded the fingerprint (SADD) and then pushed the request (ZADD):
a worker killed, or a Redis gone, between the two left a link every worker takes
for already asked, in no queue: the page naming it is fetched again on resume,
but its link is filtered out, and the article is never archived. Both now happen
in one Redis script (`newsarchive.shared_scheduler`).
"""

from __future__ import annotations

import signal
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl, start_crawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings, wait_until_missed


@pytest.mark.parametrize("kill_at", [12, 40])
def test_a_worker_killed_after_a_fingerprint_loses_no_link(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
    kill_at: int,
) -> None:
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, f"seenkill{kill_at}", NEWSARCHIVE_REDIS_WORKER_TTL="1")
    killing = {
        **settings,
        "SCHEDULER": "tests.plugins.seenkill.KillAfterSeenScheduler",
        "TEST_KILL_AFTER_SEEN": str(kill_at),
    }
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    wait_until_missed(settings)  # its heartbeat lapses: it is dead

    resumed = run_crawl("news", args, {**settings, "NEWSARCHIVE_RESUME": "1"}, tmp_path / "resumed")
    assert resumed.returncode == 0, resumed.log[-3000:]
    items = Counter(item["url"] for item in resumed.items() + killed.wait().items())
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert sorted(expected - set(items)) == []
    assert set(items) == expected and set(items.values()) == {1}
