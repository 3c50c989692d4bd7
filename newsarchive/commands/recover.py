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
from newsarchive.warc.recover import recover_directory


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
    if damaged:
        print(f"recover: {damaged} file(s) unreadable, moved aside as .damaged", file=sys.stderr)
        return exitcodes.PARTIAL
    return exitcodes.OK
