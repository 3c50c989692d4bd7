"""Scrapy's start-up lines held back until the crawl goes ahead.

Scrapy logs its banner (version, then ~10 lines of library versions) as the crawler
process is made, and "Enabled addons" as the spider's settings are applied: both came
before the project's one-line refusal of a wrong argument or setting (exit 2), so the
user's one line was the last of a dozen. They are held here, at INFO and below, until
the run goes ahead (Scrapy's "Overridden settings", once every setting check has passed,
or its shutdown line), or until something at WARNING or above is logged; then every
held line goes out, in order, with its own time. A refused run drops them: its line
alone is said. Nothing of a run that goes ahead is lost: a SIGTERM before Scrapy takes it
over (scrapyd's cancel as a job starts) and an error anywhere before the command's end let
them out first (they went with the process, and the job's log was empty).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import threading
from typing import Any

# Scrapy's logger of its banner (made before any handler of ours can be put in place)
BANNER_LOGGER = "scrapy.utils.log"
# what Scrapy logs once the spider is made and its settings checked and applied
GOES_AHEAD_LOGGER = "scrapy.crawler"


class StartLogHold:
    """Holds the start-up lines: `hold_banner` before Scrapy's crawler process is made,
    `hold_handlers` once it is (its handlers in place), `drop` on a refusal."""

    def __init__(self) -> None:
        self.holding = False
        self._banner: list[logging.LogRecord] = []
        self._handled: list[tuple[logging.Handler, logging.LogRecord]] = []
        self._logger_filter = _Hold(self, None)
        self._handler_filters: list[tuple[logging.Handler, _Hold]] = []
        # a line of another thread held as the lines go out is not lost, nor said first
        self._lock = threading.RLock()
        self._earlier_term: Any = None

    def hold_banner(self) -> None:
        self.holding = True
        logging.getLogger(BANNER_LOGGER).addFilter(self._logger_filter)
        atexit.register(self.release)  # an error before the command's own end
        earlier = signal.getsignal(signal.SIGTERM)
        if (
            earlier not in (signal.SIG_IGN, None)
            and threading.current_thread() is threading.main_thread()
        ):
            self._earlier_term = earlier
            signal.signal(signal.SIGTERM, self._terminated)

    def _terminated(self, signum: int, frame: Any) -> None:
        """SIGTERM before Scrapy takes it over: the held lines, then the signal's own way."""
        earlier, self._earlier_term = self._earlier_term, None
        signal.signal(signal.SIGTERM, earlier)
        with contextlib.suppress(Exception):  # interrupted mid-line, a stream may refuse
            self.release()
        if callable(earlier):
            earlier(signum, frame)
        else:  # the default: the process ends by the signal
            os.kill(os.getpid(), signal.SIGTERM)

    def hold_making(self) -> None:
        """Hold every logger's lines while the crawler is made (a spider's `update_settings`,
        an add-on's lines in `Crawler.__init__`): they went out at once, before a refusal's
        one line. Held as the banner's are, they go out through the handlers in place when
        the run goes ahead (making the crawler puts a new root handler of Scrapy's in place
        and closes the old one)."""
        if not self.holding:
            return
        for handler in logging.getLogger().handlers:
            hold = _Hold(self, None)
            handler.addFilter(hold)
            self._handler_filters.append((handler, hold))

    def hold_handlers(self) -> None:
        """Hold at the root's handlers too: every logger's lines, in order. (Called once the
        crawler is made: making it puts a new handler of Scrapy's in place.)"""
        if not self.holding:
            return
        with self._lock:
            for handler, hold in self._handler_filters:  # `hold_making`'s
                handler.removeFilter(hold)
            self._handler_filters = []
        for handler in logging.getLogger().handlers:
            hold = _Hold(self, handler)
            handler.addFilter(hold)
            self._handler_filters.append((handler, hold))

    def keep(self, handler: logging.Handler | None, record: logging.LogRecord) -> bool:
        """Whether `record` goes out now (False: held)."""
        with self._lock:
            return self._keep(handler, record)

    def _keep(self, handler: logging.Handler | None, record: logging.LogRecord) -> bool:
        if not self.holding:
            return True
        if record.levelno >= logging.WARNING or record.name.startswith(GOES_AHEAD_LOGGER):
            self.release()
            return True
        if handler is None:
            if not any(held is record for held in self._banner[-4:]):  # one a root handler
                self._banner.append(record)
        else:
            self._handled.append((handler, record))
        return False

    def release(self) -> None:
        """The run goes ahead: every held line goes out, in order."""
        with self._lock:
            if not self.holding:
                return
            self._stop()
            banner, handled = self._banner, self._handled
            self._banner, self._handled = [], []
            for record in banner:
                logging.getLogger(record.name).handle(record)
            for handler, record in handled:
                if record.levelno >= handler.level:
                    handler.handle(record)

    def drop(self) -> None:
        """A refused run: its one line alone is said."""
        with self._lock:
            self._stop()
            self._banner, self._handled = [], []

    def _stop(self) -> None:
        self.holding = False
        atexit.unregister(self.release)
        if self._earlier_term is not None:
            with contextlib.suppress(ValueError):  # not the main thread: left as it is
                if signal.getsignal(signal.SIGTERM) == self._terminated:
                    signal.signal(signal.SIGTERM, self._earlier_term)
            self._earlier_term = None
        logging.getLogger(BANNER_LOGGER).removeFilter(self._logger_filter)
        for handler, hold in self._handler_filters:
            handler.removeFilter(hold)
        self._handler_filters = []


class _Hold(logging.Filter):
    def __init__(self, owner: StartLogHold, handler: logging.Handler | None) -> None:
        super().__init__()
        self.owner, self.handler = owner, handler

    def filter(self, record: logging.LogRecord) -> bool:
        return self.owner.keep(self.handler, record)
