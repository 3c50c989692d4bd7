"""The Redis client of a shared crawl: it says when the server cannot be reached
(newsarchive.redislink tells the rest)."""

from __future__ import annotations

from typing import Any

from redis import Redis
from redis.client import Pipeline

from newsarchive.redislink import note_lost, unreachable


class GuardedRedis(Redis):
    """A Redis client reporting its first unreachable server (once a process)."""

    def execute_command(self, *args: Any, **options: Any) -> Any:
        try:
            return super().execute_command(*args, **options)
        except unreachable() as exc:
            note_lost(exc)
            raise

    def pipeline(self, transaction: bool = True, shard_hint: Any = None) -> GuardedPipeline:
        """A pipeline reporting it too: redis-py's own sends its commands past
        `execute_command` (the crawl state's and the life records' transactions failed
        unnoticed: the crawl went on, its captures not recorded)."""
        return GuardedPipeline(
            self.connection_pool, self.response_callbacks, transaction, shard_hint
        )


class GuardedPipeline(Pipeline):
    """redis-py's pipeline, its first unreachable server noted as `GuardedRedis` notes it."""

    def execute(self, raise_on_error: bool = True) -> list[Any]:
        try:
            return super().execute(raise_on_error)
        except unreachable() as exc:
            note_lost(exc)
            raise

    def immediate_execute_command(self, *args: Any, **options: Any) -> Any:
        """WATCH and the reads after it, before MULTI, are sent at once."""
        try:
            return super().immediate_execute_command(*args, **options)
        except unreachable() as exc:
            note_lost(exc)
            raise
