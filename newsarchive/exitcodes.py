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

# A shared crawl's worker keeping its state in Redis, refused as it joined (a file's worker
# noted its own state since its check): the stat holds its one line; exit BAD_INPUT
# (newsarchive.distributed)
STATE_REFUSED_STAT = "redis/state_refused"

# The stat holding each writer's first write error, said on the run's last line (a table
# of literal keys, so the README's stats check reads every one).
WRITE_ERROR_STATS = {
    "warc": "warc/write_error",
    "feeds": "feeds/write_error",
    "state": "state/write_error",
    "report": "report/write_error",
    "changes": "changes/write_error",
}


class ScratchWriteFailed(Exception):
    """A run's own temporary file could not be written (a full temporary folder): its one line,
    exit 1. Not an OSError, so that no archive reader takes it for damage of the file it reads
    (`extract` named a WARC whose segments could not be held `unreadable (OSError: [Errno 28]
    ...)`, exit 3, its page lost)."""


# what only a write gives (a read never does): such an OSError raised while an archive is
# read is a temporary file's of the reading (a spool), not damage of the archive
SCRATCH_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS})


def scratch_failed(error: OSError, what: str, where: str) -> ScratchWriteFailed:
    """`what` (the run's own temporary file, in the folder or file `where`) could not be
    written: the run's one line, naming the system's error and its code."""
    code = errno.errorcode.get(error.errno or 0)
    why = (error.strerror or str(error)) + (f" ({code})" if code else "")
    return ScratchWriteFailed(
        f"{what} could not be written to {where}: {why}; free space there, or set TMPDIR to a"
        " folder with room"
    )


def copy_failed(error: OSError, what: str, where: object) -> ScratchWriteFailed:
    """`what`, a copy a package holds (made in the temporary file `where`), could not be
    written, whatever the error (a full temporary folder, EIO): the run's one line, naming
    the file copied and the temporary file, and that no package was written. (The error
    named the temporary file alone, gone once the command ends, or no file at all.)"""
    code = errno.errorcode.get(error.errno or 0)
    why = (error.strerror or str(error)) + (f" ({code})" if code else "")
    hint = "; free space there, or set TMPDIR to a folder with room"
    return ScratchWriteFailed(
        f"no WACZ written: {what} could not be written to the temporary file {where}: {why}"
        + (hint if error.errno in SCRATCH_ERRNOS else "")
    )


def write_error_stat(prefix: str) -> str | None:
    """The stat holding a writer's first write error, said on the run's last line; None
    for a stat prefix that names no writer (`redis/...`: no file to name)."""
    return WRITE_ERROR_STATS.get(prefix)


def note_write_error(stats: Any, prefix: str, where: object, error: BaseException) -> None:
    """Keep a writer's first write error (`where`: the file or folder) for the run's last
    line: "No space left on device (ENOSPC): /data/warc" names the full disk and where."""
    if stats is None or stats.get_value(WRITE_ERROR_STATS[prefix]):
        return
    if isinstance(error, OSError) and error.strerror:
        code = errno.errorcode.get(error.errno or 0)
        why = error.strerror + (f" ({code})" if code else "")
    else:
        why = str(error) or type(error).__name__
    stats.set_value(WRITE_ERROR_STATS[prefix], f"{why}: {where}")
