"""Command line: `python -m newsarchive <command> ...`.

Each command lives in its own module under `newsarchive.commands` and exposes
`add_arguments(parser)` and `run(args) -> int`. The registry below is the whole
list.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from concurrent.futures import BrokenExecutor
from typing import NoReturn

from newsarchive import exitcodes
from newsarchive.commands.lines import log_to_stderr

COMMANDS: dict[str, tuple[str, str]] = {
    "serve-demo": ("newsarchive.commands.serve_demo", "serve the bundled demo news site"),
    "demo": ("newsarchive.commands.demo", "crawl the demo site and show what was archived"),
    "extract": ("newsarchive.commands.extract", "extract article items from WARCs or HTML files"),
    "recover": ("newsarchive.commands.recover", "repair .open WARC files left by a killed crawl"),
    "index": ("newsarchive.commands.index", "write CDXJ indexes and a WACZ package"),
    "recompress": (
        "newsarchive.commands.recompress",
        "rewrite lz4 and zstd WARCs as .warc.gz (for index and replay)",
    ),
    "replay": ("newsarchive.commands.replay", "replay the archive with pywb on loopback"),
    "migrate-state": (
        "newsarchive.commands.migrate_state",
        "copy a crawl state between SQLite and Redis",
    ),
    "history": ("newsarchive.commands.history", "every version of an article and what changed"),
    "check": ("newsarchive.commands.check", "check a site profile live before scheduling it"),
}


class OneLineParser(argparse.ArgumentParser):
    """A wrong argument is one line (what was wrong, what is accepted), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(exitcodes.BAD_INPUT, f"{self.prog}: {message} (see --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with `command` only that one's arguments
    (a command's module may import much: `extract` need not wait for `replay`'s)."""
    parser = OneLineParser(prog="python -m newsarchive")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        command_parser.set_defaults(_module=module_name)
        if command in (None, name):
            importlib.import_module(module_name).add_arguments(command_parser)
    return parser


def main(argv: Sequence[str] | None = None, log_lines: bool = False) -> int:
    """Run one command; its exit status. `log_lines` (the program's entry point only,
    `python -m newsarchive`): its log lines set up on stderr, one `LEVEL: message` line
    each, at the command's `LOG_LEVEL`. A program (or test) calling `main` keeps its own
    logging: the commands set up none themselves (each called `logging.basicConfig`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    named = next((arg for arg in argv if not arg.startswith("-")), None)
    args = build_parser(named if named in COMMANDS else None).parse_args(argv)
    module = importlib.import_module(args._module)
    level = getattr(module, "LOG_LEVEL", None)  # the crawl's commands: Scrapy's own logging
    if log_lines and level is not None:
        log_to_stderr(level)
    try:
        return int(module.run(args) or 0)
    except BrokenPipeError:  # `... | head`: the reader has all it wants; say nothing, as `cat` does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error again at exit
        return 128 + signal.SIGPIPE
    except OSError as exc:  # the disk, a folder's permissions: the system's word, one line
        where = f": {exc.filename}" if exc.filename else ""
        print(f"{args.command}: {exc.strerror or exc}{where}", file=sys.stderr)
        return exitcodes.FAILED
    except exitcodes.ScratchWriteFailed as exc:  # its own temporary files: the disk, one line
        print(f"{args.command}: {exc}", file=sys.stderr)
        return exitcodes.FAILED
    except BrokenExecutor as exc:  # a worker process killed (out of memory, a signal) mid-run
        lost = getattr(exc, "lost", "")  # `extract -j`: its tasks lost, counted
        print(
            f"{args.command}: a worker process died before the run finished "
            f"(killed or out of memory){lost}: the run is incomplete, no -o file written",
            file=sys.stderr,
        )
        return exitcodes.FAILED
    except KeyboardInterrupt:
        print(f"{args.command}: interrupted", file=sys.stderr)
        return 130
    finally:
        notices = sys.modules.get("newsarchive.warc.notices")  # imported by the readers only
        if notices is not None:  # warcio's logger as the program had it (`end_warcio_notices`)
            notices.end_warcio_notices()
