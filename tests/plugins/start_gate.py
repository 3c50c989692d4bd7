"""Test plugin: extensions that hold a worker at a point of its start until the test opens the
gate, through Redis (the crawl's own redis-server).

`BeforeState` (EXTENSIONS order below the crawl state's 50) holds it before its crawl state is
opened (and the shared crawl's note of it made); `BeforeJoin` (between 50 and the shared
crawl's 60) after that, before the worker joins the run (spider_opened). Each notes the
worker's TEST_GATE_NAME in `<TEST_GATE>:<where>:arrived`, then waits for a token in
`<TEST_GATE>:<where>:<name>` (this worker alone) or `<TEST_GATE>:<where>:all` (one RPUSH
of two tokens lets two workers go by the same command). Neither stays enabled after.
"""

from __future__ import annotations

import time

from redis import Redis
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

HANG_GUARD = 300  # s: a gate the test never opens fails the worker


class _Gate:
    where = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> _Gate:
        settings = crawler.settings
        prefix, name = settings.get("TEST_GATE"), settings.get("TEST_GATE_NAME")
        if not prefix or not name:
            raise NotConfigured
        client = Redis.from_url(settings["NEWSARCHIVE_REDIS_URL"])
        gate = f"{prefix}:{cls.where}"
        client.rpush(f"{gate}:arrived", name)
        deadline = time.monotonic() + HANG_GUARD
        # a second at a time: redis-py reads with a socket timeout (5 s), a wait on a loaded
        # box outlasts it
        while client.blpop([f"{gate}:{name}", f"{gate}:all"], timeout=1) is None:
            if time.monotonic() > deadline:
                raise RuntimeError(f"gate {gate} never opened for {name}")
        client.close()
        raise NotConfigured


class BeforeState(_Gate):
    where = "before-state"


class BeforeJoin(_Gate):
    where = "before-join"


def arrived(client: Redis, prefix: str, where: str) -> list[str]:
    return [name.decode() for name in client.lrange(f"{prefix}:{where}:arrived", 0, -1)]
