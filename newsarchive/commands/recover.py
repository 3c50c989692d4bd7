"""`python -m newsarchive recover [DIR]`: close the `.open` WARCs a killed crawl left.

In DIR and every folder under it (sites and runs write into their own). Each is
cut back to its last whole record and renamed to `.warc.gz`; files a running
crawl is writing are named and left alone. A crawl does the same in its own
folder when it starts. A file with nothing readable in it is moved aside as
`.damaged`, never deleted; one whose bad part is no crash's cut-off end (records
after it, or another writer's form: ARC, lz4, gzipped whole) is named and left
alone, uncut (exit status 3). One line a file, then the counts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.commands.lines import warn
from newsarchive.warc.archives import ARCHIVE_NAME
from newsarchive.warc.files import LOOP_GIVEN, symlink_loop, unlisted_folders, unseen
from newsarchive.warc.recover import recover_tree, warc_folders
from newsarchive.warc.writer import OPEN_SUFFIX

# the log lines `python -m newsarchive` sets up for this command (cli.main)
LOG_LEVEL = logging.WARNING


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=Path("warc"),
        help="WARC folder, searched with every folder under it (default: warc)",
    )


def run(args: argparse.Namespace) -> int:
    hidden = unseen(args.directory)
    if hidden:  # `is_file` raised: `recover: Permission denied: PATH`, exit 1
        print(f"recover: {hidden}", file=sys.stderr)
        return 2
    if symlink_loop(args.directory):  # it was "no such directory", of a link that is there
        print(f"recover: {args.directory}: {LOOP_GIVEN}", file=sys.stderr)
        return 2
    if args.directory.is_file():  # was "no such directory", of a file that is there
        print(f"recover: {args.directory} is a file: {_a_file(args.directory)}", file=sys.stderr)
        return 2
    if not args.directory.is_dir():
        print(f"recover: no such directory: {args.directory}", file=sys.stderr)
        return 2
    # warcio's notices of the records read (spaces in a URI) are no part of recovering them;
    # quieted for this command only (a program calling `cli.main` reads on after it)
    warcio_log = logging.getLogger("warcio")
    was = warcio_log.level
    warcio_log.setLevel(logging.ERROR)
    try:
        done = recover_tree(args.directory)
    finally:
        warcio_log.setLevel(was)
    results, top = done.recovered, args.directory
    # os.walk passes over a folder it cannot list: a killed crawl's file there went unsaid
    unlisted = unlisted_folders([top])
    for folder, why in unlisted.items():
        warn(
            f"{_named(Path(folder), top)}: not looked in: {why.partition(':')[0]}; a killed "
            "crawl's .open file in it is not recovered"
        )
    for path, why in done.unopened:  # said "a running crawl is writing it", or stopped the run
        warn(f"{_named(path, top)}: not recovered: it cannot be opened ({why})")
    for result in results:
        print(result.line(lambda path: _named(path, top)))
    for path in done.live:
        print(f"{_named(path, top)}: left alone: a running crawl is writing it")
    damaged = sum(1 for r in results if r.damaged is not None)
    left = sum(1 for r in results if r.left_alone is not None)
    closed = len(results) - damaged - left
    if results or done.live or unlisted or done.unopened:
        print(f"recover: {closed:,} file(s) recovered in {args.directory}")
    else:  # said "0 file(s) recovered", as if the archives there had failed
        print(
            f"recover: no .warc.gz.open file in {args.directory} or under it: nothing to recover "
            "(closed archives are left as they are; `python -m newsarchive extract` names what "
            "it cannot read in them)"
        )
    foreign = _foreign_open_files(args.directory)
    for path in foreign:  # `index` and `extract` leave them out, saying "recover it first"
        warn(
            f"{path}: left alone: recover closes .warc.gz.open files only; check it "
            "(`warcio check`) and rename it without .open"
        )
    if left:
        print(f"recover: {left:,} file(s) left alone, nothing cut (named above)", file=sys.stderr)
    if damaged:
        print(f"recover: {damaged:,} file(s) unreadable, moved aside as .damaged", file=sys.stderr)
    if unlisted:
        print(f"recover: {len(unlisted):,} folder(s) not looked in (named above)", file=sys.stderr)
    if done.unopened:
        print(
            f"recover: {len(done.unopened):,} file(s) that cannot be opened, not recovered "
            "(named above)",
            file=sys.stderr,
        )
    partial = damaged or foreign or left or unlisted or done.unopened
    return exitcodes.PARTIAL if partial else exitcodes.OK


def _a_file(path: Path) -> str:
    """What to do instead, for a file given where a folder goes."""
    if path.name.endswith(f".warc.gz{OPEN_SUFFIX}"):
        return f"give its folder (`python -m newsarchive recover {path.parent}`)"
    return (
        "recover closes the .warc.gz.open files a killed crawl left in a folder; a closed "
        "archive is left as it is (`python -m newsarchive extract` names what it cannot read)"
    )


def _named(path: Path, top: Path) -> str:
    """A file as the user finds it: its path under the folder they named."""
    try:
        return str(path.relative_to(top)) if path != top else str(path)
    except ValueError:
        return str(path)


def _foreign_open_files(directory: Path) -> list[Path]:
    """`.open` archives of another writer (x.warc.open, x.arc.gz.open) in `directory`
    and the folders under it."""
    return sorted(
        path
        for folder in warc_folders(directory)
        for path in folder.glob(f"*{OPEN_SUFFIX}")
        if ARCHIVE_NAME.search(path.name) and not path.name.endswith(f".warc.gz{OPEN_SUFFIX}")
    )
