"""`python -m newsarchive recover [DIR]`: close the `.open` WARCs a killed crawl left.

Each is cut back to its last whole record and renamed to `.warc.gz`; files a
running crawl is writing are left alone. A crawl does the same when it starts.
A file with nothing readable in it is moved aside as `.damaged`, never deleted
(exit status 3).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.warc.archives import ARCHIVE_NAME
from newsarchive.warc.recover import recover_directory
from newsarchive.warc.writer import OPEN_SUFFIX


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "directory", nargs="?", type=Path, default=Path("warc"), help="WARC directory"
    )


def run(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        print(f"recover: no such directory: {args.directory}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    results = recover_directory(args.directory)
    for result in results:
        if result.damaged is not None:
            print(f"{result.damaged.name}: no whole WARC record in it, moved aside (not deleted)")
        elif result.path is not None:
            kept, cut = result.records, result.cut_bytes
            print(f"{result.path.name}: {kept} records kept, {cut} bytes cut")
    damaged = sum(1 for r in results if r.damaged is not None)
    print(f"recover: {len(results) - damaged} file(s) recovered in {args.directory}")
    foreign = _foreign_open_files(args.directory)
    for path in foreign:  # `index` and `extract` leave them out, saying "recover it first"
        print(
            f"recover: {path}: left alone: recover closes .warc.gz.open files only; check it "
            "(`warcio check`) and rename it without .open",
            file=sys.stderr,
        )
    if damaged:
        print(f"recover: {damaged} file(s) unreadable, moved aside as .damaged", file=sys.stderr)
    return exitcodes.PARTIAL if damaged or foreign else exitcodes.OK


def _foreign_open_files(directory: Path) -> list[Path]:
    """`.open` archives of another writer (x.warc.open, x.arc.gz.open) in `directory`."""
    return sorted(
        path
        for path in directory.glob(f"*{OPEN_SUFFIX}")
        if ARCHIVE_NAME.search(path.name) and not path.name.endswith(f".warc.gz{OPEN_SUFFIX}")
    )
