"""Test helper: a `python -m newsarchive ...` command run inside the test's own process.

Each `python -m newsarchive` process spends most of its CPU starting (the interpreter, the
command's imports: the extraction rules alone are half a second, and the language model's
first load more), and the suite started hundreds for tests about what a command reads and
says, not about how the process starts. `newsarchive_here(*args)` runs the same
`newsarchive.cli.main(argv, log_lines=True)` the module entry runs, once the test process
has imported it, and gives back what `subprocess.run(..., capture_output=True, text=True)`
would: the exit status, stdout and stderr (log lines in the commands' own format, Python's
warnings, a traceback as Python would print it, with status 1). The start itself stays
tested through real processes (tests/test_cli.py, test_interrupted_start.py,
test_cli_errors.py and each test here that needs a process: signals, resource limits, `-j`
workers, a changed environment)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path

from newsarchive import cli
from tests.plugins.environment import environment_kept

PROJECT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def _own_logging() -> Iterator[None]:
    """The root logger as a new process has it (no handlers, WARNING), so that the command's
    `logging.basicConfig` installs its stderr line handler; pytest's own handlers and every
    logger's level put back after."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    named = logging.root.manager.loggerDict
    levels = {name: lg.level for name, lg in named.items() if isinstance(lg, logging.Logger)}
    root.handlers.clear()
    root.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, was in levels.items():  # `recover` quiets warcio's logger, for one
            logging.getLogger(name).setLevel(was)
        for name, made in list(named.items()):  # a logger the run made (`recover`'s "warcio",
            # a placeholder before it) back to NOTSET: left at ERROR it hid warcio's notices
            # from every later command of the process (test_warc_notices lost its spaces line)
            if name not in levels and isinstance(made, logging.Logger):
                made.setLevel(logging.NOTSET)


def _python_warnings() -> None:
    """Python's own warning filters and printing, as a process of the command has them
    (the suite's make every warning an error and collect them: the command's are its
    stderr's), for the `catch_warnings` block the command runs in."""
    warnings.resetwarnings()
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning):
        warnings.filterwarnings("ignore", category=category)
    warnings.filterwarnings("ignore", category=ResourceWarning)

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: object = None, line: str | None = None) -> None:  # fmt: skip
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))

    warnings.showwarning = show


def _text(stream: io.TextIOWrapper) -> str:
    """What `text=True` gives of a pipe: decoded, universal newlines."""
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def newsarchive_here(*args: object, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    """`python -m newsarchive ARGS` run in this process (`-j` runs too, but their workers
    are forked from this process: callers give those a process of their own)."""
    argv = [str(arg) for arg in args]
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    here = Path.cwd()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        _own_logging(),
        warnings.catch_warnings(),
        environment_kept(),  # a process's own: `check` reads the project's settings, which
        # sets SCRAPY_SETTINGS_MODULE (tests.plugins.environment)
    ):
        _python_warnings()
        os.chdir(cwd)
        try:
            code = cli.main(argv, log_lines=True)  # as `python -m newsarchive` does
        except SystemExit as exit_:  # argparse's errors and --help
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
            if exit_.code is not None and not isinstance(exit_.code, int):
                print(exit_.code, file=sys.stderr)
        except Exception:
            traceback.print_exc()
            code = 1
        finally:
            os.chdir(here)
    return subprocess.CompletedProcess(["newsarchive", *argv], code, _text(out), _text(err))


def newsarchive_run(
    *args: object, cwd: Path = PROJECT, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """The command in this process (`newsarchive_here`), but a `-j` run in a process of its
    own as a user starts it: its workers are forked from the process that runs it."""
    argv = [str(arg) for arg in args]
    if "-j" in argv or "--jobs" in argv:
        return subprocess.run(
            [sys.executable, "-m", "newsarchive", *argv],
            cwd=cwd, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
    return newsarchive_here(*argv, cwd=cwd)
