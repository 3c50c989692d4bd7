"""Politeness that holds for a whole shared crawl, not per worker.

Each Scrapy process keeps `DOWNLOAD_DELAY` between its own requests to a site
and at most `CONCURRENT_REQUESTS_PER_DOMAIN` of them at once; N workers of one
crawl would make N times that. This downloader middleware makes every worker
ask Redis first: one "next request not before" time per site (so request starts
across all workers are `DOWNLOAD_DELAY` apart) and one sorted set of the
requests in flight to the site (at most `CONCURRENT_REQUESTS_PER_DOMAIN` of
them across the workers; a killed worker's slots come back once it counts as
dead, and every entry expires after `DOWNLOAD_TIMEOUT` plus a margin).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from typing import Any

from redis import Redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached
from scrapy_redis.connection import get_redis_from_settings

from newsarchive.network.politeness import RETURNED, host_holds
from newsarchive.redislink import lost, unreachable
from newsarchive.shared_holds import INFLIGHT_META
from newsarchive.shared_keys import WORKERS, crawl_keys, worker_name

logger = logging.getLogger(__name__)

SLOT_META = "newsarchive_shared_slot"  # (key, token) this request holds
POLL = 0.05  # s between tries when every slot of a site is taken

# KEYS: the site's in-flight set, its "not before" time, the crawl's workers
# ARGV: token ("<worker>:<n>"), max in flight, delay ms, token lifetime ms
# returns ms to wait before starting (the slot is held), or -1 (all slots taken)
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
for _, token in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local worker = string.match(token, '^(.*):[0-9]+$')
  local alive = redis.call('ZSCORE', KEYS[3], worker)
  if (not alive) or tonumber(alive) * 1000 < now then redis.call('ZREM', KEYS[1], token) end
end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local start = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local delay = tonumber(ARGV[3])
redis.call('SET', KEYS[2], start + delay, 'PX', delay + 60000)
redis.call('ZADD', KEYS[1], start + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]) + delay)
return start - now
"""


class SharedPolitenessMiddleware:
    """Waits for the crawl-wide slot of a request's site before it is downloaded."""

    def __init__(self, crawler: Crawler, server: Redis, prefix: str, workers: str) -> None:
        self.crawler = crawler
        self.workers = workers
        self.server = server
        self.prefix = prefix
        self.me = worker_name()
        self._tokens = itertools.count()
        self._acquire = server.register_script(_ACQUIRE)
        self.holds = host_holds(crawler)
        settings = crawler.settings
        self.lifetime_ms = int((settings.getfloat("DOWNLOAD_TIMEOUT", 180) + 30) * 1000)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPolitenessMiddleware:
        if not crawler.settings.getbool("NEWSARCHIVE_REDIS_SHARED_POLITENESS", True):
            raise NotConfigured("NEWSARCHIVE_REDIS_SHARED_POLITENESS=0: politeness per worker")
        keys = crawl_keys(crawler.settings, crawler.spider)
        server = get_redis_from_settings(crawler.settings)
        middleware = cls(crawler, server, keys["prefix"], keys[WORKERS])
        crawler.signals.connect(middleware.release, signal=signals.request_left_downloader)
        return middleware

    @property
    def stats(self) -> StatsCollector:
        assert self.crawler.stats is not None
        return self.crawler.stats

    async def process_request(self, request: Request) -> Request | None:
        host = urlparse_cached(request).netloc.lower()
        if not host:
            return None
        self.release(request)  # a slot a copy of this request still named
        delay = self.crawler.settings.getfloat("DOWNLOAD_DELAY")
        limit = self.crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or 8
        site = f"{self.prefix}:site:{host}"
        token = f"{self.me}:{next(self._tokens)}"
        keys = [f"{site}:inflight", f"{site}:next", self.workers]
        args: list[str | int] = [token, limit, int(delay * 1000), self.lifetime_ms]
        while (wait := int(self._acquire(keys=keys, args=args))) < 0:
            self.stats.inc_value("redis/politeness/slot_waits")
            await asyncio.sleep(POLL)
        request.meta[SLOT_META] = (keys[0], token)
        if wait:
            self.stats.inc_value("redis/politeness/delayed")
            await asyncio.sleep(wait / 1000)
        if self.holds.wait(host) > 0 and request.meta.get(INFLIGHT_META):
            # its host began to rest (Retry-After) while it waited for its turn: back to the
            # shared scheduler, which sets it aside in Redis until then
            self.release(request)
            return request.replace(meta={**request.meta, RETURNED: True})
        return None

    def release(self, request: Request, spider: Any = None) -> None:
        held = request.meta.pop(SLOT_META, None)
        if held and not lost():
            with contextlib.suppress(*unreachable()):  # the slot expires by itself
                self.server.zrem(*held)
