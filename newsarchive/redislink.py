"""The Redis connection of a shared crawl, which says when Redis goes away.

A worker whose Redis stopped answering (the server killed or restarted, the
network gone) got an exception in whatever asked: the scheduler, the heartbeat,
the shared politeness, the crawl state, each logging a traceback, and the
"queue empty?" question at the spider's idle signal failed too, so Scrapy
closed the run as `finished` and `scrapy crawl` exited 0 with most of the crawl
never fetched. Every Redis command of the crawl goes through `GuardedRedis`:
the first one that cannot reach the server calls the hook the shared crawl set
(`on_lost`), which stops the run with one line and its own finish reason; the
callers then pass over the errors that follow (`lost()` says so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class GuardedRedis(Redis):
    """A Redis client that reports its first unreachable server to `on_lost` (once a process)."""

    on_lost: ClassVar[Callable[[BaseException], None] | None] = None
    lost_with: ClassVar[BaseException | None] = None

    def execute_command(self, *args: Any, **options: Any) -> Any:
        try:
            return super().execute_command(*args, **options)
        except UNREACHABLE as exc:
            if GuardedRedis.lost_with is None:
                GuardedRedis.lost_with = exc
                if GuardedRedis.on_lost is not None:
                    GuardedRedis.on_lost(exc)
            raise


def lost() -> bool:
    """Whether this process's Redis went away (its crawl is stopping)."""
    return GuardedRedis.lost_with is not None
