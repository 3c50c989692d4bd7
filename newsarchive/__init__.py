"""newsarchive: a Scrapy-based archival crawler for news sites."""

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

__version__ = "0.1.0"


def _program() -> str:
    """`scrapy crawl`, `python -m newsarchive` ...: the name the command's own lines use
    (from the interpreter's own arguments: Scrapy takes its command out of sys.argv)."""
    args = list(getattr(sys, "orig_argv", sys.argv))
    for at, arg in enumerate(args):
        name = Path(arg).name
        if name == "scrapy":
            command = next((a for a in args[at + 1 :] if not a.startswith("-")), "")
            return f"scrapy {command}".strip()
        if name == "newsarchive" or arg.endswith("newsarchive/__main__.py"):
            return "python -m newsarchive"
    return "newsarchive"


def _interrupted(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    earlier: Callable[[type[BaseException], BaseException, TracebackType | None], object] = (
        sys.excepthook
    ),
) -> None:
    """Ctrl-C while Python still imports the project (before Scrapy, or a command, takes
    SIGINT over) raised KeyboardInterrupt through the imports: Python's traceback, a page
    of frames, for what is the user's own stop. One line instead; the process still ends
    by SIGINT (status 130), as Python ends it."""
    if issubclass(kind, KeyboardInterrupt):
        sys.stderr.write(f"{_program()}: interrupted (Ctrl-C)\n")
        return
    earlier(kind, error, trace)


if sys.excepthook is sys.__excepthook__:  # not a debugger's or IDE's own
    sys.excepthook = _interrupted
