"""Ctrl-C before a command has taken SIGINT over: one line, not Python's traceback.

A KeyboardInterrupt raised while Python still imports (Scrapy's own modules take
the first quarter second or so of `scrapy crawl`, the project's follow) printed a
page of frames for what is the user's own stop. This hook prints
`scrapy crawl: interrupted (Ctrl-C)` instead; the process still ends by SIGINT
(status 130), as Python ends it.

Importing the package changes no hook (a library must not take a process-wide
hook over): the programs install it as they start, `python -m newsarchive` first
thing and the project's `scrapy crawl` command before Scrapy imports the spiders.
The command's is too late for Scrapy's own imports (`scrapy` imports Scrapy before
it loads any command), so `make install` also copies this file
(standard library only) into the venv's site-packages as `newsarchive_interrupt.py`,
with a `.pth` file installing it when any Python of the venv starts (`python -m
newsarchive.venvhook`). Programs of the venv that are none of the project's (neither
`scrapy` nor `python -m newsarchive`, even if they import the package) keep Python's
own traceback. Any other exception goes to the hook found at install.

SIGTERM in the same window (Scrapy takes it over only once its reactor runs: imports,
settings, spider and extensions come first, a second or more) ended `scrapy crawl` with
status 143 and not a word. The hook says `scrapy crawl: terminated (SIGTERM) while
starting, ...` and lets the signal end the process as before (143: cron, systemd and
scrapyd see what they saw). Other programs keep SIGTERM as it was.
"""

from __future__ import annotations

import os
import signal
import sys

TYPE_CHECKING = False  # not typing's: the venv's copy runs at every start of Python
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType


def program() -> str | None:
    """`scrapy crawl`, `python -m newsarchive` ...: the name the command's own lines use
    (from the interpreter's own arguments: Scrapy takes its command out of sys.argv);
    None for a program that is none of the project's, whatever it imported."""
    args = list(getattr(sys, "orig_argv", sys.argv))
    for at, arg in enumerate(args):
        name = os.path.basename(arg)
        if name == "scrapy":
            command = next((a for a in args[at + 1 :] if not a.startswith("-")), "")
            return f"scrapy {command}".strip()
        if name == "newsarchive" or arg.endswith("newsarchive/__main__.py"):
            return "python -m newsarchive"
    return None


def interrupted(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    earlier: Callable[..., object] = sys.__excepthook__,
    name: str | None = None,
) -> None:
    """The excepthook: one line for Ctrl-C in the project's programs, else the earlier hook."""
    name = (name or program()) if issubclass(kind, KeyboardInterrupt) else None
    if name is None:
        earlier(kind, error, trace)
        return
    sys.stderr.write(f"{name}: interrupted (Ctrl-C)\n")


STARTING = "scrapy crawl"  # the program whose SIGTERM before Scrapy takes it over is named


def terminated(name: str) -> Callable[[int, object], None]:
    """A SIGTERM handler: one line (os.write: a signal handler must not use a stream the
    interrupted code may be writing to), then the signal ends the process as by default."""

    def handler(signum: int, _frame: object) -> None:
        line = (
            f"{name}: terminated (SIGTERM) while starting, before the crawl took the signal "
            "over: nothing was fetched; the next run starts as after a kill\n"
        )
        os.write(2, line.encode())
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)

    return handler


def install_sigterm(name: str | None = None) -> None:
    """Name a SIGTERM that comes while `scrapy crawl` starts (its default disposition only:
    an ignored SIGTERM, or a handler of someone else's, stays)."""
    if (name or program()) != STARTING:
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, terminated(STARTING))


def install_hook(name: str | None = None) -> None:
    """Take over the excepthook for Ctrl-C, for a program of the project named `name` (None:
    by its arguments), unless a debugger or an IDE has one of its own; and SIGTERM while
    `scrapy crawl` starts (`install_sigterm`)."""
    install_sigterm(name)
    earlier = sys.excepthook
    if earlier is not sys.__excepthook__:
        return

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        interrupted(kind, error, trace, earlier, name)

    sys.excepthook = hook
