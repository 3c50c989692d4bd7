"""A LOG_FILE that stops taking lines (a full disk, `ulimit -f`) costs its lines, said once.

Python's logging printed a "--- Logging error ---" traceback for every line a full log
disk refused, and a failed flush raised out of the crawl's start ("the crawl could not
start: OSError"). The log is not what the crawl is for: the crawl goes on, its WARCs
closed as ever; stderr says once that the log stopped, the run's last line that
lines were lost, and the run exits 1 (as for a run report that could not be written).

The crawl's LOG_FILE is written by a handler of this module's own, put in Scrapy's place
(`LOG_INSTALL_ROOT_HANDLER` off): every other handler of the process stays Python's.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from typing import Any

from scrapy.settings import BaseSettings
from scrapy.utils.log import (
    TopLevelFormatter,
    _uninstall_scrapy_root_handler,
    get_scrapy_root_handler,
)


class LogFileGuard:
    """Notes whether the crawl's log file refused a line; the first refusal said on stderr."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.error: OSError | None = None
        self.quiet = False  # the run's last line is out on stderr: a log refusing it is not news
        self.handler: GuardedFileHandler | None = None
        # LOG_INSTALL_ROOT_HANDLER as given, while it is off for Scrapy's logging set-up
        self._given: tuple[Any, int] | None = None

    def install(self, settings: BaseSettings) -> GuardedFileHandler | None:
        """The crawl's LOG_FILE handler, as Scrapy makes its own (format, level, short
        names), put on the root logger in place of Scrapy's; None without a LOG_FILE, or with
        LOG_INSTALL_ROOT_HANDLER off."""
        filename = settings.get("LOG_FILE")
        if not filename or not settings.getbool("LOG_INSTALL_ROOT_HANDLER"):
            return None  # none asked (a program's own logging): Scrapy puts none there either
        name = "LOG_INSTALL_ROOT_HANDLER"
        self._given = (settings[name], settings.getpriority(name) or 0)
        settings.set(name, False, priority="cmdline")
        return self._put(settings)

    def given_back(self, settings: BaseSettings) -> None:
        """LOG_INSTALL_ROOT_HANDLER as the user gave it (or left it), once Scrapy's logging
        is set up without its root handler: turned off here, it was listed in Scrapy's
        "Overridden settings" line, a setting the user never gave. (Making the crawler puts
        no root handler of Scrapy's back: it renews only one there is.)"""
        if self._given is None:
            return
        value, priority = self._given
        settings.delete("LOG_INSTALL_ROOT_HANDLER", priority="cmdline")
        settings.set("LOG_INSTALL_ROOT_HANDLER", value, priority=priority)
        self._given = None

    def _put(self, settings: BaseSettings) -> GuardedFileHandler:
        filename = settings.get("LOG_FILE")
        mode = "a" if settings.getbool("LOG_FILE_APPEND") else "w"
        handler = GuardedFileHandler(self, filename, mode, settings.get("LOG_ENCODING"))
        _configure(handler, settings)
        logging.root.setLevel(logging.NOTSET)
        logging.root.addHandler(handler)
        self.handler = handler
        return handler

    def follow(self, settings: BaseSettings) -> None:
        """The crawler's settings (a spider's `custom_settings`, its `update_settings`) on
        the handler, as Scrapy makes its handler anew from them: a spider's LOG_LEVEL or
        LOG_FORMAT applied to stderr, not to LOG_FILE. A spider's other LOG_FILE takes the
        lines from here on (the file named first keeps the start's)."""
        handler = self.handler
        if handler is None:
            self._in_scrapys_place(settings)
            return
        filename = settings.get("LOG_FILE")
        if filename and os.path.abspath(filename) != handler.baseFilename:
            logging.root.removeHandler(handler)
            handler.close()
            self._put(settings)
            return
        _configure(handler, settings)

    def _in_scrapys_place(self, settings: BaseSettings) -> None:
        """A LOG_FILE the spider's `custom_settings` alone set: Scrapy's root handler, made
        anew from the crawler's settings, is Python's FileHandler (a full disk was a traceback
        a line, the run exit 0); ours goes in its place."""
        scrapys = get_scrapy_root_handler()
        if not settings.get("LOG_FILE") or not isinstance(scrapys, logging.FileHandler):
            return  # none of Scrapy's (LOG_INSTALL_ROOT_HANDLER off), or stderr's
        logging.root.removeHandler(scrapys)
        with contextlib.suppress(OSError):  # nothing lost: the start's lines are held (startlog)
            scrapys.close()
        # Scrapy forgets it: the crawl's start renews Scrapy's root handler where it has one
        # (a second FileHandler of LOG_FILE beside ours), as with LOG_INSTALL_ROOT_HANDLER off.
        # Private, for want of a public way in Scrapy 2.19: `install_scrapy_root_handler` and
        # `configure_logging` only put one in, and `Crawler` renews whichever one is known
        _uninstall_scrapy_root_handler()
        self._put(settings)

    def refused(self, handler: logging.Handler, error: OSError) -> None:
        if self.error is not None or self.quiet:
            return
        self.error = error
        name = getattr(handler, "baseFilename", "")
        print(
            f"{self.command}: the log file {name!r} cannot be written "
            f"({why(error)}): its lines are lost from here on; the crawl goes on",
            file=sys.stderr,
            flush=True,
        )

    def said(self, log_file: Any) -> str | None:
        """The run's last line's part on the log, or None when every line was written."""
        if self.error is None:
            return None
        return (
            f"the log LOG_FILE={str(log_file)!r} could not be written ({why(self.error)}): "
            "log lines were lost"
        )


class GuardedFileHandler(logging.FileHandler):
    """A file handler whose write errors go to its guard: Python's handler printed a
    "--- Logging error ---" traceback a line, and its flush and close raised."""

    def __init__(self, guard: LogFileGuard, filename: str, mode: str, encoding: str | None) -> None:
        super().__init__(filename, mode=mode, encoding=encoding)
        # truncated once, as LOG_FILE_APPEND=0 asks; reopened after a close (Scrapy's logging
        # set-up, dictConfig, closes every handler there is) it appends, where mode "w"
        # would write no line again
        self.mode = "a"
        self.guard = guard

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):  # a bad format string: Python's report
            super().handleError(record)
            return
        self.guard.refused(self, error)

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as error:  # lines held in its buffer: lost unless written later
            self.guard.refused(self, error)

    def close(self) -> None:
        try:
            super().close()
        except OSError as error:  # closing flushes what is held
            self.guard.refused(self, error)


def _configure(handler: logging.Handler, settings: BaseSettings) -> None:
    """Format, level and short names as Scrapy's `_get_handler` sets them (a file: no colour)."""
    handler.setFormatter(
        logging.Formatter(fmt=settings.get("LOG_FORMAT"), datefmt=settings.get("LOG_DATEFORMAT"))
    )
    handler.setLevel(settings.get("LOG_LEVEL"))
    for old in [f for f in handler.filters if isinstance(f, TopLevelFormatter)]:
        handler.removeFilter(old)
    if settings.getbool("LOG_SHORT_NAMES"):
        handler.filters.insert(0, TopLevelFormatter(["scrapy"]))  # before any filter that holds


def why(error: OSError) -> str:
    code = errno.errorcode.get(error.errno or 0)
    return (error.strerror or str(error)) + (f" ({code})" if code else "")
