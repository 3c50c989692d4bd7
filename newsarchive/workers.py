"""Worker processes that turn archived pages into article items.

Extraction is CPU-bound Python: in threads it holds the GIL, so a crawl that
extracts runs its reactor and its parsing on one core. Here pages go to a small
pool of processes (pebble's `ProcessPool`, which kills and replaces just the
worker that hung or died), so the crawl's process keeps its core for
downloading and archiving while the other cores parse.

A page that crashes or hangs a worker costs that page only: the caller gets
`WorkerFailed` and the pool carries on with a fresh worker.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from typing import Any

from pebble import ProcessExpired, ProcessPool

logger = logging.getLogger(__name__)


class WorkerFailed(Exception):
    """A page whose worker crashed or ran past the time limit; `reason` says which."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


def default_workers() -> int:
    """The cores left after the crawl's own, at least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


@dataclass(frozen=True)
class WorkerConfig:
    workers: int
    timeout: float  # seconds one page may take in a worker
    max_pending: int  # pages handed to the pool and not yet back
    nice: int  # added to the workers' niceness: the crawl's reactor wins a contended core
    preload: tuple[str, ...] = ()  # modules the fork server imports once for all workers


def _keep_main_out_of_workers() -> None:
    """Workers must not run the crawl's main script again on start.

    multiprocessing starts each worker by running the parent's `__main__` script
    (not a module run with -m): for the `scrapy` console script that imports Scrapy,
    Twisted and the rest of the crawl, about 24 MB per worker that extraction never
    uses. A main module known by the name `__main__` is left alone in the children.
    """
    main = sys.modules.get("__main__")
    if main is not None and getattr(main, "__spec__", None) is None:
        main.__spec__ = ModuleSpec("__main__", None)


def _init_worker(nice: int, warm_up: Callable[[], Any] | None) -> None:
    if nice:
        os.nice(nice)
    if warm_up is not None:
        warm_up()  # imports and first-call costs paid before the first real page


class ExtractWorkers:
    """A bounded pool of extraction processes, awaited from asyncio."""

    def __init__(self, config: WorkerConfig, warm_up: Callable[[], Any] | None = None) -> None:
        self.config = config
        # forkserver: workers start from a clean process, not a fork of a reactor with
        # threads; the server imports only what extraction needs (not the crawl's
        # `__main__`), and the workers it forks share those pages with it.
        context = multiprocessing.get_context("forkserver")
        _keep_main_out_of_workers()
        context.set_forkserver_preload(list(config.preload))
        self._pool = ProcessPool(
            max_workers=config.workers,
            context=context,
            initializer=_init_worker,
            initargs=(config.nice, warm_up),
        )
        self._slots = asyncio.Semaphore(config.max_pending)
        self.pending = 0
        self.max_seen_pending = 0

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` in a worker; raises WorkerFailed if the worker dies or hangs.

        At most `max_pending` calls are in the pool at once: past that, callers
        wait here, which keeps their responses in Scrapy's scraper slot and so
        makes the engine stop downloading until extraction catches up.
        """
        async with self._slots:
            self.pending += 1
            self.max_seen_pending = max(self.max_seen_pending, self.pending)
            try:
                future: Future[Any] = self._pool.schedule(
                    function, args=args, timeout=self.config.timeout
                )
                return await asyncio.wrap_future(future)
            except FutureTimeout as exc:
                raise WorkerFailed("timeout", f"over {self.config.timeout:g} s") from exc
            except ProcessExpired as exc:
                raise WorkerFailed("crashed", f"worker exit code {exc.exitcode}") from exc
            finally:
                self.pending -= 1

    def close(self) -> None:
        self._pool.close()
        self._pool.join()
