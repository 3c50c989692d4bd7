"""`python -m newsarchive recover [DIR]`: close the `.open` WARCs a killed crawl left.

Each is cut back to its last whole record and renamed to `.warc.gz`; files a
running crawl is writing are left alone. A crawl does the same when it starts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

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
        name = result.path.name if result.path else "(removed: nothing whole in it)"
        print(f"{name}: {result.records} records kept, {result.cut_bytes} bytes cut")
    print(f"recover: {len(results)} file(s) recovered in {args.directory}")
    return 0
