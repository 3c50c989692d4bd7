"""A nonzero exit status for a run that finished but must not look fine to cron or scrapyd.

`scrapy crawl` exits 0 whenever the crawl started; it gives an extension no way
to set the status. This asks for `code` once the command has finished: at
interpreter exit, after logs and streams are flushed, the process ends with it.
The status is also in the stats (`health/exit_status`) for a crawl command of
the project's own to read instead.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys

_requested: list[int] = []


def exit_nonzero_at_end(code: int) -> None:
    if not _requested:
        atexit.register(_exit)
    _requested.append(code)


def _exit() -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(max(_requested))
