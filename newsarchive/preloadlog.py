"""Imported first by the extraction fork server (`newsarchive.workers`): what the modules it
preloads log as they are imported is held here, and each worker sends it to the crawl's
process with its own records, which says each line once (`workers._emit`).

Those lines were the fork server's, printed once by Python's last resort: bare text on
stderr, no time, level or logger, not in LOG_FILE, not counted. Nothing is held in a
process whose logging is set up already (imported anywhere else)."""

from __future__ import annotations

import logging

held: list[logging.LogRecord] = []


class _Hold(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        held.append(record)


_root = logging.getLogger()
if not _root.handlers:  # the fork server: nothing set up (a worker replaces this handler)
    _root.addHandler(_Hold())
    _root.setLevel(logging.DEBUG)  # each worker ships only what the crawl takes
