"""Test plugin: a rival worker of a shared crawl, played in the worker's own process.

Each round, as an article request reaches the crawl state's claim, the rival's claim lands
first in the run's article set (`<key>:articles`: a member of its own, as another
worker's claim is); at the next spider_idle that article of the rival's gives no item
(its member removed: a place free again) and the worker is asked to go on (the engine
woken at once, not at its 5 s heartbeat). `TEST_RIVAL_ROUNDS` rounds, then nothing.
So a claim this worker makes right after a place was freed loses the race for it, at a
chosen moment, on a real Redis.

With `TEST_RIVAL_HANG_PID` (the pid of the crawl's own redis-server), Redis hangs as the
worker takes that freed place: SIGSTOP right before its next crawl-state command (the
top-up asking the state about its first waiting article). The stat
`test/state_commands_timed_out` counts the crawl state's commands that waited on it for their
socket timeout.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from redis.exceptions import TimeoutError as RedisTimeoutError
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured

from newsarchive import request_meta as meta_keys
from newsarchive.network.politeness import engine_waker
from newsarchive.shared_keys import ARTICLES, _keys
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE

ORDER = 950  # before the crawl state's claim (IncrementalMiddleware, 960)


class RivalClaims:
    def __init__(self, crawler: Crawler, rounds: int) -> None:
        self.crawler = crawler
        self.left = rounds
        self.server, keys = _keys(crawler)
        self.key = keys[ARTICLES]
        self.member: str | None = None  # the rival's claim standing now
        self.hang_pid = crawler.settings.getint("TEST_RIVAL_HANG_PID")
        self.hanging = False  # the next crawl-state command stops Redis first
        self.hung = False
        self.watched = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RivalClaims:
        rounds = crawler.settings.getint("TEST_RIVAL_ROUNDS")
        if rounds < 1:
            raise NotConfigured
        plugin = cls(crawler, rounds)
        crawler.signals.connect(plugin.spider_idle, signal=signals.spider_idle)
        return plugin

    def process_request(self, request: Request) -> None:
        if self.hang_pid and not self.watched:
            self._watch(getattr(self.crawler, CRAWL_STATE).store.server)
        if self.left and self.member is None and request.meta.get(meta_keys.COUNTED):
            self.member = f"{request.url}#rival-{self.left}"
            self.server.sadd(self.key, self.member)

    def spider_idle(self) -> None:
        if self.member is None:
            return
        self.server.srem(self.key, self.member)
        self.member = None
        self.left -= 1
        self.hanging = bool(self.hang_pid)
        wake = engine_waker(self.crawler.engine)
        if wake is not None:  # asked again now, not at the engine's heartbeat
            wake()
        raise DontCloseSpider

    def _watch(self, client: Any) -> None:
        """Each command of the crawl state's client: Redis stopped before the first one
        after a place was freed; those that waited on it for their timeout counted."""
        self.watched = True
        execute = client.execute_command

        def watched(*args: Any, **options: Any) -> Any:
            if self.hanging and not self.hung:
                self.hung = True
                os.kill(self.hang_pid, signal.SIGSTOP)
            try:
                return execute(*args, **options)
            except RedisTimeoutError:  # it waited on the stopped server for its timeout
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("test/state_commands_timed_out")
                raise

        client.execute_command = watched
