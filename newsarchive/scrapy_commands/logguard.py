"""A LOG_FILE that stops taking lines (a full disk, `ulimit -f`) costs its lines, said once.

Python's logging printed a "--- Logging error ---" traceback for every line a full log
disk refused, and a failed flush raised out of the crawl's start ("the crawl could not
start: OSError"). The log is not what the crawl is for: the crawl goes on, its WARCs
closed as ever; stderr says once that the log stopped, the run's last line that
lines were lost, and the run exits 1 (as for a run report that could not be written).
"""

from __future__ import annotations

import errno
import logging
import sys
from typing import Any


class LogFileGuard:
    """Notes whether the crawl's log files refused a line; the first refusal said on stderr."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.error: OSError | None = None
        self.quiet = False  # the run's last line is out on stderr: a log refusing it is not news

    def install(self) -> None:
        """Guard every file handler of this process: Scrapy makes its LOG_FILE handler anew
        as the crawler is made and again as it starts crawling, closing the one before (a
        close that flushes, raising out of the start), so no instance can be guarded ahead."""
        guard = self
        handle_error, flush, close = (
            logging.FileHandler.handleError, logging.FileHandler.flush, logging.FileHandler.close
        )  # fmt: skip

        def guarded_handle_error(handler: logging.Handler, record: logging.LogRecord) -> None:
            error = sys.exc_info()[1]
            if not isinstance(error, OSError):  # a bad format string: Python's report
                handle_error(handler, record)
                return
            guard.refused(handler, error)

        def guarded_flush(handler: logging.StreamHandler[Any]) -> None:
            try:
                flush(handler)
            except OSError as error:  # lines held in its buffer: lost unless written later
                guard.refused(handler, error)

        def guarded_close(handler: logging.FileHandler) -> None:
            try:
                close(handler)
            except OSError as error:  # closing flushes what is held
                guard.refused(handler, error)

        logging.FileHandler.handleError = guarded_handle_error  # type: ignore[method-assign,assignment]
        logging.FileHandler.flush = guarded_flush  # type: ignore[method-assign,assignment]
        logging.FileHandler.close = guarded_close  # type: ignore[method-assign,assignment]

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


def why(error: OSError) -> str:
    code = errno.errorcode.get(error.errno or 0)
    return (error.strerror or str(error)) + (f" ({code})" if code else "")
