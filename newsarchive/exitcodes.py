"""Exit statuses of `scrapy crawl` and `python -m newsarchive ...`: what cron and scrapyd see.

A run that did not finish its job exits nonzero, with the reason on the last line.
"""

from __future__ import annotations

import errno
from typing import Any

OK = 0
FAILED = 1  # the run started but did not finish its job (start or write error, signal, timeout)
BAD_INPUT = 2  # a wrong argument, setting or input: nothing was done
PARTIAL = 3  # done, but some inputs could not be read: skipped or moved aside (and said so)
DEGRADED = 4  # done, but run alarms say the site profile stopped working (FAIL_ON_ALARM)
LOCKED = 75  # EX_TEMPFAIL: another run of the same crawl holds its state; try again later


def write_error_stat(prefix: str) -> str:
    """The stat holding a writer's first write error, said on the run's last line."""
    return f"{prefix}/write_error"


def note_write_error(stats: Any, prefix: str, where: object, error: BaseException) -> None:
    """Keep a writer's first write error (`where`: the file or folder) for the run's last
    line: "No space left on device (ENOSPC): /data/warc" names the full disk and where."""
    if stats is None or stats.get_value(write_error_stat(prefix)):
        return
    if isinstance(error, OSError) and error.strerror:
        code = errno.errorcode.get(error.errno or 0)
        why = error.strerror + (f" ({code})" if code else "")
    else:
        why = str(error) or type(error).__name__
    stats.set_value(write_error_stat(prefix), f"{why}: {where}")
