"""Guards of a shared crawl's Redis link (newsarchive.redislink): a crawl without Redis
loads nothing of it, and a Redis gone away is noted once, with its first error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from newsarchive import redislink
from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl

WATCHED = (
    "redis",
    "scrapy_redis",
    "newsarchive.distributed",
    "newsarchive.shared_keys",
    "newsarchive.shared_holds",
    "newsarchive.shared_ledger",
    "newsarchive.shared_own_state",
    "newsarchive.shared_scheduler",
)


def test_a_crawl_without_redis_loads_nothing_of_it(demo_site: DemoServer, tmp_path: Path) -> None:
    """No NEWSARCHIVE_REDIS_URL: Scrapy's own scheduler, and neither redis nor scrapy-redis
    nor the shared crawl's modules are imported (`unreachable()` is then no error at all,
    and a state or a feed asking it imports nothing); the same crawl shared loads them."""
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.loaded_modules.LoadedModules": 0}
    settings = {
        "EXTENSIONS": json.dumps(extensions),
        "TEST_LOADED_MODULES": ",".join(WATCHED),
    }
    args = {"site": "demo", "base_url": demo_site.base_url, "max_articles": "3"}
    done = run_crawl("news", args, settings, tmp_path / "alone")
    assert "test: modules loaded at the close: none" in done.log, done.log[-3000:]


@pytest.fixture
def fresh_link() -> Iterator[None]:
    """The module's note of a lost Redis, emptied before and after (it is the process's)."""
    saved = (list(redislink._lost_with), list(redislink._on_lost))
    redislink._lost_with.clear()
    redislink._on_lost.clear()
    yield
    redislink._lost_with[:], redislink._on_lost[:] = saved


@pytest.mark.usefixtures("fresh_link")
def test_a_lost_redis_is_noted_once_with_its_first_error() -> None:
    """Every Redis command after the first failed one fails too: the run stops on the first,
    its line naming that error, and the hook is not called again for the others."""
    called: list[BaseException] = []
    redislink.on_lost(called.append)
    first, later = RedisConnectionError("refused"), RedisTimeoutError("timed out")
    assert not redislink.lost()
    redislink.note_lost(first)
    redislink.note_lost(later)
    assert redislink.lost() and called == [first]
    assert set(redislink.unreachable()) == {RedisConnectionError, RedisTimeoutError}
