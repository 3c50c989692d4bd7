"""Process-wide logging and warnings state that a crawl changes only while it runs.

Loggers and the warnings filters belong to the whole process: a module that changes
them when it is imported changes them for every other user of the process (a test
run, a program that embeds the crawler, the next crawl). A component that needs one
installs it from its `from_crawler` and it is taken away when the engine stops, or,
for a crawl whose start failed (Scrapy then sends no `engine_stopped`), when its
spider closes, or, for one whose engine could not even be built (no signal at all),
when its crawler is collected.
"""

from __future__ import annotations

import logging
import re
import warnings
import weakref
from collections import Counter
from collections.abc import Callable
from typing import cast
from weakref import WeakKeyDictionary

from scrapy import signals
from scrapy.crawler import Crawler

# Warnings filters held by running crawls: two crawls at once in one process share one
# entry (warnings.filterwarnings keeps a filter once), removed when the last one stops.
_held: Counter[tuple[str, type[Warning], str]] = Counter()
# Log filters each running crawler installed: (logger name, filter class).
_filters: WeakKeyDictionary[Crawler, set[tuple[str, type[logging.Filter]]]] = WeakKeyDictionary()


class _Undo:
    """One undo, run once: at engine_stopped, or at spider_closed if the engine never
    started (a component failed or raised CloseSpider while the spider opened: Scrapy
    closes the spider but sends no engine_stopped). Held by the signals (weak=False)."""

    def __init__(self, undo: Callable[[], None]) -> None:
        self.undo: Callable[[], None] | None = undo
        self.started = False

    def engine_started(self) -> None:
        self.started = True

    def spider_closed(self) -> None:
        if not self.started:  # a running crawl's spidermon suite still needs its filter
            self.engine_stopped()

    def engine_stopped(self) -> None:
        undo, self.undo = self.undo, None
        if undo is not None:
            undo()


def _when_stopped(crawler: Crawler, undo: Callable[[], None]) -> None:
    receiver = _Undo(undo)
    for signal in ("engine_started", "spider_closed", "engine_stopped"):
        connect = crawler.signals.connect
        connect(getattr(receiver, signal), getattr(signals, signal), weak=False)
    # A crawl whose engine could not be built (a component raising in `from_crawler`) sends
    # no signal at all: its undo runs when the crawler is collected. `receiver` holds no
    # reference to the crawler, so this keeps nothing alive.
    weakref.finalize(crawler, receiver.engine_stopped).atexit = False


def log_filter(crawler: Crawler, logger: logging.Logger, log_filter: logging.Filter) -> None:
    """`log_filter` on `logger` until this crawler's engine stops (once a crawler: Scrapy
    builds a download handler per scheme)."""
    kinds = _filters.setdefault(crawler, set())
    if (logger.name, type(log_filter)) in kinds:
        return
    kinds.add((logger.name, type(log_filter)))
    logger.addFilter(log_filter)
    _when_stopped(crawler, lambda: logger.removeFilter(log_filter))


def ignore_warning(crawler: Crawler, message: str, category: type[Warning], module: str) -> None:
    """Warnings matching (message, category, module) ignored until this crawler's engine stops."""
    key = (message, category, module)
    if not _held[key]:
        warnings.filterwarnings("ignore", message, category, module)
    _held[key] += 1
    _when_stopped(crawler, lambda: _release(key))


def _release(key: tuple[str, type[Warning], str]) -> None:
    _held[key] -= 1
    if _held[key]:
        return
    del _held[key]
    message, category, module = key
    entry = ("ignore", re.compile(message, re.I), category, re.compile(module), 0)
    filters = cast(list[object], warnings.filters)  # a list (typeshed says Sequence)
    if entry in filters:  # gone already if a catch_warnings() block ended meanwhile
        filters.remove(entry)
        # what warnings.filterwarnings and catch_warnings call: cached decisions are dropped
        getattr(warnings, "_filters_mutated")()  # noqa: B009
