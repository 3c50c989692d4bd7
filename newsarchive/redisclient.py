"""The Redis client of a shared crawl: it says when the server cannot be reached
(newsarchive.redislink tells the rest)."""

from __future__ import annotations

from typing import Any

from redis import Redis
from redis.client import Pipeline
from redis.exceptions import ConnectionError as RedisConnectionError
from scrapy.settings import BaseSettings

from newsarchive.redislink import lost_with, note_lost, unreachable

# scrapy-redis's client options that say which client and server, not how to connect
_NOT_CONNECTION = frozenset(("redis_cls", "url", "host", "port", "db", "encoding"))


def connection_options(settings: BaseSettings) -> dict[str, Any]:
    """How the crawl's scrapy-redis client connects (its defaults and `REDIS_PARAMS`: socket
    timeouts, retries, TLS): the crawl state's client connects the same way. Before, it
    took redis-py's defaults whatever the settings said (a hanging server waited 5 s a
    command there, 30 s or what `REDIS_PARAMS` said elsewhere)."""
    from scrapy_redis import defaults  # a shared crawl's only

    params = {**defaults.REDIS_PARAMS, **settings.getdict("REDIS_PARAMS")}
    return {name: value for name, value in params.items() if name not in _NOT_CONNECTION}


def url_problem(url: str) -> str | None:
    """Why redis-py cannot use `url`, or None. Its parser raises a bare ValueError at the
    first connection (a port out of range or not a number, an unclosed IPv6 bracket): a
    traceback from `migrate-state`; and it reads a database that is no number as 0,
    where a typo then wrote another state's database."""
    from urllib.parse import unquote, urlsplit

    from redis.connection import parse_url

    try:
        parse_url(url)
    except ValueError as exc:
        return str(exc)
    database = unquote(urlsplit(url).path).strip("/") if url.startswith("redis") else ""
    if database and not (database.isascii() and database.isdigit()):
        return f"database {database!r} is not a number"
    return None


def _refuse_once_lost() -> None:
    """Once a command found Redis gone, the next ones fail at once, as it did: the crawl is
    stopping (one line), and a hanging server (stopped, not refusing) made each of them wait
    its socket timeout in turn (one question to the crawl state per waiting article)."""
    gone = lost_with()
    if gone is not None:
        raise RedisConnectionError(
            f"not asked: the shared crawl's Redis stopped answering ({type(gone).__name__})"
        )


class GuardedRedis(Redis):
    """A Redis client reporting its first unreachable server (once a process)."""

    def execute_command(self, *args: Any, **options: Any) -> Any:
        _refuse_once_lost()
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
        _refuse_once_lost()
        try:
            return super().execute(raise_on_error)
        except unreachable() as exc:
            note_lost(exc)
            raise

    def immediate_execute_command(self, *args: Any, **options: Any) -> Any:
        """WATCH and the reads after it, before MULTI, are sent at once."""
        _refuse_once_lost()
        try:
            return super().immediate_execute_command(*args, **options)
        except unreachable() as exc:
            note_lost(exc)
            raise
