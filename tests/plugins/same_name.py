"""Test extension: this worker starts under the name of a worker just killed.

A worker's name is `<pid>-<host>`; a worker restarted in a container (pid 1, the pod's
stable host name) gets its killed predecessor's name back, within the worker TTL while
that name still counts as alive. Simulated here, before the scheduler opens: the killed
worker's inflight hash (TEST_SAME_NAME_OF: its pid) becomes this worker's, its name
alive for the TTL as the predecessor's last heartbeat left it.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy_redis.connection import get_redis_from_settings

from newsarchive.shared_keys import BUSY, HOLDERS, INFLIGHT, KEY_SETTING, WORKERS, worker_name


class TakeOverName:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TakeOverName:
        killed = crawler.settings.get("TEST_SAME_NAME_OF")
        if not killed:
            raise NotConfigured
        server = get_redis_from_settings(crawler.settings)
        prefix, me = crawler.settings[KEY_SETTING], worker_name()
        old = worker_name().replace(worker_name().split("-", 1)[0], killed, 1)
        held = f"{prefix}:{INFLIGHT}:{old}"
        if server.exists(held):
            server.rename(held, f"{prefix}:{INFLIGHT}:{me}")
        server.srem(f"{prefix}:{HOLDERS}", old)
        server.sadd(f"{prefix}:{HOLDERS}", me)
        now, ttl = int(server.time()[0]), crawler.settings.getint("NEWSARCHIVE_REDIS_WORKER_TTL")
        for role in (WORKERS, BUSY):
            if server.zrem(f"{prefix}:{role}", old):
                server.zadd(f"{prefix}:{role}", {me: now + ttl})
        return cls()
