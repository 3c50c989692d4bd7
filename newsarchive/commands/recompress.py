"""`python -m newsarchive recompress WARC...`: lz4 and zstd WARCs rewritten as .warc.gz.

pywb, cdxj-indexer and WACZ read neither lz4 (FastWARC) nor zstd (`.warc.zst`)
WARCs, which `index` and `replay` therefore name and leave out; this writes
`x.warc.gz` beside `x.warc.lz4` or `x.warc.zst`, a gzip member a record, each
record's bytes unchanged. The original is kept, and an existing `.warc.gz` is
never written over. Frames that cannot be read are named and left out, as
`extract` names them (exit status 3).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.outputs import whole_binary_file
from newsarchive.warc.archives import Skips, archive_files
from newsarchive.warc.frames import Framed, framed
from newsarchive.warc.recompress import recompress


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "warcs", nargs="+", type=Path,
        help=".warc.lz4 or .warc.zst files, or folders holding them (other files are left alone)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    missing = [path for path in args.warcs if not path.exists()]
    if missing:
        print(f"recompress: no such file or folder: {missing[0]}", file=sys.stderr)
        return exitcodes.BAD_INPUT
    try:
        archives = archive_files(args.warcs)
    except ValueError as exc:
        print(f"recompress: {exc}", file=sys.stderr)
        return exitcodes.BAD_INPUT
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    found = [(path, how) for path in archives if (how := _framed(path)) is not None]
    if not found:
        named = ", ".join(map(str, args.warcs))
        print(f"recompress: no lz4 or zstd WARC in {named}", file=sys.stderr)
        return exitcodes.FAILED
    skips, done, failed = Skips(), 0, 0
    for path, how in found:
        try:
            done += _one(path, how, skips)
        except OSError as exc:  # a full disk, a file-size limit, a read error: this file only
            failed += 1
            why = exc.strerror or str(exc)
            print(
                f"{path}: not written ({gzipped_name(path)}: {why}); nothing left of it",
                file=sys.stderr,
            )
    written = f"recompress: {done} file{'s' * (done != 1)} written"
    if failed:
        print(f"{written}; {failed} not written (write or read errors above)", file=sys.stderr)
        return exitcodes.FAILED
    if skips.count:
        print(f"{written}; skipped: {skips.summary()}", file=sys.stderr)
        return exitcodes.PARTIAL
    print(written, file=sys.stderr)
    return exitcodes.OK


def _framed(path: Path) -> Framed | None:
    try:
        with path.open("rb") as stream:
            return framed(stream)
    except OSError:
        return None


def _one(path: Path, how: Framed, skips: Skips) -> int:
    """Write `path`'s .warc.gz; 1 if written, 0 if it could not be (named in `skips`)."""
    target = gzipped_name(path)
    if how.codec is None:
        skips.file(path, how.reason)
        return 0
    if target.exists() or target.is_symlink():
        skips.file(path, f"left alone: {target} exists (remove or move it first)")
        return 0
    try:
        with whole_binary_file(target) as out:
            records = recompress(path, how, out, skips)
            if not records:
                raise _NothingRead  # named in `skips`; no empty .warc.gz left behind
    except _NothingRead:
        return 0
    print(f"{path}: {records} records written to {target}")
    return 1


class _NothingRead(Exception):
    """No record of a file could be read: its .warc.gz is not written."""


def gzipped_name(path: Path) -> Path:
    """x.warc.zst, x.warc.lz4 -> x.warc.gz (beside it)."""
    stem = path.name[: -len(path.suffix)] if path.suffix.lower() in (".lz4", ".zst") else path.name
    return path.with_name(stem + ".gz")
