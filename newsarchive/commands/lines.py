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
# a line break in a message (a file name holding one) written as `ls` shows it
_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r"})

logger = logging.getLogger("newsarchive.commands")


def log_to_stderr(level: int = logging.WARNING) -> None:
    """Every log record at `level` or above, one line on stderr after its level name: set
    up by the program's entry point only (`cli.main(log_lines=True)`), never by a command,
    so that a program calling `cli.main` keeps its own handlers, format and level.

    The commands' warnings are logged (by the readers they share with the crawl), so the
    level's name before each is what makes them the same in every command: without a
    handler Python's last resort wrote them bare."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLine(LINE_FORMAT))
    logging.basicConfig(level=level, handlers=[handler])


class OneLine(logging.Formatter):
    """Each message on one line: a file or page name holding a line break (a name saved
    from a title) had the rest of its line begin a line of its own, which
    `grep '^WARNING: '` missed and a reader took for another line."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return super().formatMessage(record).translate(_BREAKS)


def warn(text: str) -> None:
    """One warning line a command writes itself, in the same format as the logged ones."""
    logger.warning("%s", text)
