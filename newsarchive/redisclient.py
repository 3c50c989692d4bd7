"""The Redis client of a shared crawl: it says when the server cannot be reached
(newsarchive.redislink tells the rest)."""

from __future__ import annotations

from typing import Any

from redis import Redis

from newsarchive.redislink import note_lost, unreachable


class GuardedRedis(Redis):
    """A Redis client reporting its first unreachable server (once a process)."""

    def execute_command(self, *args: Any, **options: Any) -> Any:
        try:
            return super().execute_command(*args, **options)
        except unreachable() as exc:
            note_lost(exc)
            raise
