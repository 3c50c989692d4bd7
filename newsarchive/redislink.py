"""Whether a shared crawl's Redis went away, for the parts that ask it (no redis import).

A worker whose Redis stopped answering (the server killed or restarted, the
network gone) got an exception in whatever asked: the scheduler, the heartbeat,
the shared politeness, the crawl state, each logging a traceback, and the
"queue empty?" question at the spider's idle signal failed too, so Scrapy
closed the run as `finished` and `scrapy crawl` exited 0 with most of the crawl
never fetched (a lone worker spun on, logging tracebacks). Every Redis command
of the crawl goes through `newsarchive.redisclient.GuardedRedis`: the first one
that cannot reach the server is noted here and the shared crawl stops the run
with one line; the callers pass over the errors that follow (`lost()`,
`unreachable()`). A crawl without Redis never imports redis through this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

_lost_with: list[BaseException] = []  # the first error, once Redis went away
_on_lost: list[Callable[[BaseException], None]] = []


def unreachable() -> tuple[type[BaseException], ...]:
    """redis-py's errors for a server it cannot reach (none when redis was never imported)."""
    module = sys.modules.get("redis.exceptions")
    if module is None:
        return ()
    return (module.ConnectionError, module.TimeoutError)


def lost() -> bool:
    """Whether this process's Redis went away (its crawl is stopping)."""
    return bool(_lost_with)


def lost_with() -> BaseException | None:
    """The error this process's Redis went away with (None: it has not)."""
    return _lost_with[0] if _lost_with else None


def on_lost(hook: Callable[[BaseException], None]) -> None:
    """`hook(error)` is called at the first command that cannot reach Redis."""
    _on_lost[:] = [hook]


def forget() -> None:
    """A shared crawl begins in this process: what an earlier one found of its Redis (gone,
    and whom to tell) is not this crawl's. Kept, a program running a second crawl after one
    whose Redis went away had each of its commands refused unasked (`GuardedRedis`), its
    Redis answering."""
    _lost_with.clear()
    _on_lost.clear()


def note_lost(exc: BaseException) -> None:
    if _lost_with:
        return
    _lost_with.append(exc)
    for hook in _on_lost:
        hook(exc)
