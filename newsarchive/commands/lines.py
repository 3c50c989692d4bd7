"""The lines the archive-reading commands write to stderr, in one format for all of them.

A warning or skip (a file, record or page left out, read in part, or left alone) is one
line `WARNING: <file or page>: <what>`, the same in `extract`, `index`, `replay`,
`history`, `recover` and `recompress`, so one `grep '^WARNING: '` finds them in any of
them. The command's own lines (its summary, a refusal) start with its name instead
(`extract: 3 items`), and `index`'s progress lines with `INFO: `.
"""

from __future__ import annotations

import logging
import sys

LINE_FORMAT = "%(levelname)s: %(message)s"

logger = logging.getLogger("newsarchive.commands")


def log_to_stderr(level: int = logging.WARNING) -> None:
    """Every log record at `level` or above, one line on stderr after its level name.

    The commands' warnings are logged (by the readers they share with the crawl), so the
    level's name before each is what makes them the same in every command: without a
    handler Python's last resort wrote them bare."""
    logging.basicConfig(level=level, format=LINE_FORMAT, stream=sys.stderr)


def warn(text: str) -> None:
    """One warning line a command writes itself, in the same format as the logged ones."""
    logger.warning("%s", text)
