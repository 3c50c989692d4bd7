"""A shared crawl whose workers keep their crawl state in two places: one worker's own SQLite
file (STATE_SHARED=0) beside workers keeping it in Redis (STATE_SHARED=1).

The refusal of a second state named only a second file: a worker with a Redis state joined the
file's crawl (or the file's worker joined theirs), each state knowing nothing of what the
other's worker archived. Two workers, 30 demo articles: the second unchanged run exported 14
articles again, counted `new` in one report and `skipped_unchanged` in none (44 `new` over
two runs for 30 articles). Either worker coming second is refused now, exit 2, before any
request.

Real `scrapy crawl` processes, a real redis-server, the demo site on 127.0.0.1.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import ended_on_failure, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings


def _articles(demo: DemoServer) -> list[str]:
    return sorted(demo.site.catalog.article(n).path for n in demo.site.catalog.ids)


def test_a_worker_with_a_redis_state_is_refused_beside_a_workers_own_state_file(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=30)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    own = shared_settings(redis_server, "mixed-own", STATE_SHARED="0")
    shared = shared_settings(redis_server, "mixed-own")  # the same crawl, a Redis state
    first = start_crawl("news", args, own, tmp_path / "file").wait(timeout=240)
    assert first.returncode == 0, first.log[-3000:]
    assert first.stats["state/articles/new"] == 30
    exported = Counter(urlsplit(item["url"]).path for item in first.items())
    other = start_crawl("news", args, shared, tmp_path / "redis").wait(timeout=240)
    assert other.returncode == 2, other.log[-3000:]
    last = other.log.strip().splitlines()[-1]
    assert "setting STATE_SHARED=1: the shared crawl newsarchive:test-mixed-own keeps" in last
    assert "/file/state/demo.sqlite, STATE_SHARED=0)" in last, last
    assert "`DEL newsarchive:test-mixed-own:own-state`" in last, last
    assert not list(other.warc_dir.glob("*.warc*"))  # nothing fetched
    again = start_crawl("news", args, own, tmp_path / "file").wait(timeout=240)
    assert again.returncode == 0, again.log[-3000:]
    assert again.items() == [] and again.stats["state/skipped/unchanged"] == 30
    exported.update(urlsplit(item["url"]).path for r in (other, again) for item in r.items())
    assert sorted(exported) == _articles(demo) and set(exported.values()) == {1}


def test_a_workers_own_state_file_is_refused_beside_live_workers_with_a_redis_state(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=30)
    prefix = "newsarchive:test-mixed-live"
    with gated_front(demo, answered=0) as (front, holding, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        shared = shared_settings(redis_server, "mixed-live", DOWNLOAD_TIMEOUT="300")
        own = {**shared, "STATE_SHARED": "0"}
        with ended_on_failure() as running:
            running.append(start_crawl("news", args, shared, tmp_path / "redis"))
            deadline = time.monotonic() + 240
            while not holding.is_set():  # live: its first request waits at the front
                assert running[0].process.poll() is None, running[0].log_path.read_text()
                assert time.monotonic() < deadline
                time.sleep(0.05)
            assert redis_server.client.zcard(f"{prefix}:workers") == 1
            refused = start_crawl("news", args, own, tmp_path / "file").wait(timeout=240)
            release.set()
            done = running[0].wait(timeout=240)
    assert refused.returncode == 2, refused.log[-3000:]
    last = refused.log.strip().splitlines()[-1]
    assert f"setting STATE_SHARED=0: the shared crawl {prefix} has live workers keeping" in last
    assert not list(refused.warc_dir.glob("*.warc*"))
    assert redis_server.client.get(f"{prefix}:own-state") is None  # it noted nothing
    assert done.returncode == 0, done.log[-3000:]
    assert sorted(urlsplit(i["url"]).path for i in done.items()) == _articles(demo)
