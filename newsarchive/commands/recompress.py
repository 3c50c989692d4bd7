"""`python -m newsarchive recompress WARC...`: lz4, zstd and whole-gzip WARCs rewritten as
.warc.gz files gzipped a member a record.

pywb, cdxj-indexer and WACZ read neither lz4 (FastWARC) nor zstd (`.warc.zst`)
WARCs, nor a file gzipped as one stream (they seek to a record's member), which
`index` and `replay` therefore name and leave out; this writes `x.warc.gz` beside
`x.warc.lz4` or `x.warc.zst` (`x.recompressed.warc.gz` beside an `x.warc.gz`
gzipped whole; a name's end after `.warc`, as `.bad`, is dropped), a gzip member a
record, each record's bytes unchanged. The original
is kept, and an existing `.warc.gz` is never written over. Frames that cannot be
read are named and left out, as `extract` names them (exit status 3).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.commands.lines import warn
from newsarchive.outputs import whole_binary_file
from newsarchive.warc.archives import (
    Skips,
    archive_files,
    gz_name,
    openable,
    recompressed_name,
)
from newsarchive.warc.checked import Remembered
from newsarchive.warc.files import (
    copy_holds,
    not_newer,
    not_there,
    open_regular,
    unlisted_folders,
)
from newsarchive.warc.frames import Framed, framed
from newsarchive.warc.recompress import (
    InputFailed,
    ProbeDamaged,
    gzipped_whole,
    recompress,
    regzip,
)

# the log lines `python -m newsarchive` sets up for this command (cli.main)
LOG_LEVEL = logging.WARNING


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "warcs", nargs="+", type=Path,
        help=".warc.lz4, .warc.zst or whole-gzip files, or folders holding them (other files "
        "are left alone)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    missing = [path for path in args.warcs if not_there(path)]
    if missing:
        print(f"recompress: no such file or folder: {missing[0]}", file=sys.stderr)
        return exitcodes.BAD_INPUT
    try:
        archives = archive_files(args.warcs)
    except ValueError as exc:
        print(f"recompress: {exc}", file=sys.stderr)
        return exitcodes.BAD_INPUT
    found: list[tuple[Path, Framed | str]] = []
    failed, skips = 0, Skips()
    for folder, why in unlisted_folders(args.warcs).items():  # rglob passed over it unsaid
        skips.folder(folder, why)
    remembered = Remembered("member a record")
    for path in archives:
        if not openable(path, skips):  # no permission, a loop of links, a FIFO: as `extract`
            continue
        try:
            how = _framed(path, remembered)
        except ProbeDamaged as exc:  # damage, as extract names it: counted, exit 3
            skips.file(path, f"{DAMAGED_AT_START} ({exc}); {UNTOLD}")
            continue
        except OSError as exc:  # its disk failed a read (EIO): the run's error, exit 1
            failed += 1
            warn(f"{path}: not read ({_why(exc)}); nothing written of it")
            continue
        if how is not None:
            found.append((path, how))
    _remembered(remembered)
    if not found and not failed and not skips.count:
        named = ", ".join(map(str, args.warcs))
        print(f"recompress: no lz4, zstd or whole-gzip WARC in {named}", file=sys.stderr)
        return exitcodes.FAILED
    done, left, before = 0, 0, 0
    copies = Remembered("copy")
    for path, how in found:
        if _recompressed_before(path, _target(path, how), copies):
            before += 1
            continue
        try:
            done += _one(path, how, skips)
        except _LeftAlone:
            left += 1
        except InputFailed as exc:  # its disk failed a read part way: no partial copy kept
            failed += 1
            warn(f"{path}: not read ({_why(exc.error)}); nothing written of it")
        except OSError as exc:  # a full disk, a file-size limit, a read error: this file only
            failed += 1
            warn(f"{path}: not written ({_target(path, how)}: {_why(exc)}); nothing left of it")
    copies.save()  # lost, the pairs are compared again next run: nothing to say here
    written = f"recompress: {done} file{'s' * (done != 1)} written"
    if before:  # done by an earlier run: nothing in the way, nothing to do
        written += (
            f"; {before} recompressed before ("
            + ("its copy beside it holds" if before == 1 else "their copies beside them hold")
            + " every record)"
        )  # fmt: skip
    if left:  # not unreadable: the user's own file is in the way
        written += f"; {left} left alone (" + ("its" if left == 1 else "their") + " .gz exists)"
    skipped = f"; skipped: {skips.summary()}" if skips.count else ""  # damage, counted
    if failed:
        print(
            f"{written}{skipped}; {failed} not written (write or read errors above)",
            file=sys.stderr,
        )
        return exitcodes.FAILED
    if skips.count or left:
        print(f"{written}{skipped}", file=sys.stderr)
        return exitcodes.PARTIAL
    print(written, file=sys.stderr)
    return exitcodes.OK


def _recompressed_before(path: Path, target: Path, copies: Remembered) -> bool:
    """Whether `target`, there, is the copy an earlier run made of `path`, holding its every
    record (`files.copy_holds`): a second `recompress` of a folder named each such original
    `left alone: ... exists (remove or move it first)`, exit 3, of its own copy."""
    if target.is_symlink() or not target.is_file() or not not_newer(path, target):
        return False
    return copy_holds(path, target, copies)[0] is None


def _remembered(remembered: Remembered) -> None:
    """The .gz files not inflated again, and a cache that could not be used, said once."""
    unsaved = remembered.save()
    count = remembered.reused
    if count:
        print(
            f"recompress: {count} .gz file{'s' * (count != 1)} found written a member a "
            "record on an earlier run, unchanged since: not read again",
            file=sys.stderr,
        )
    if remembered.unreadable or unsaved:
        why = remembered.unreadable or unsaved
        done = "read" if remembered.unreadable else "written"
        print(
            f"recompress: the cache of checked files {remembered.path} could not be {done} "
            f"({why}): its files are read again next run",
            file=sys.stderr,
        )


# what `_framed` gives for a file gzipped whole
WHOLE_GZIP = "whole gzip"
# a .gz whose probe met damage: gzipped whole or a member a record cannot be told
DAMAGED_AT_START = "damaged in its first records"
UNTOLD = "whether it is gzipped whole cannot be told: nothing written, the file left as it is"


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _framed(path: Path, remembered: Remembered) -> Framed | str | None:
    """How `path` is framed (None: no lz4, zstd or whole-gzip WARC); OSError if it cannot
    be opened or read (not waited on: a FIFO). A `.gz` found written a member a record on an
    earlier run, unchanged since, is not inflated again (`checked`): each run of a folder
    inflated every sound .warc.gz in it whole."""
    with open_regular(path) as stream:
        found = framed(stream)
        if found is not None:
            return found
        look = remembered.get([path])
        if look is not None and look.verdict == [False]:
            return None
        # a read error (EIO): raised, named; damage (ProbeDamaged) is never remembered
        if gzipped_whole(stream, every_member=True):
            return WHOLE_GZIP
        if look is not None:
            remembered.put(look, False)
    return None


def _one(path: Path, how: Framed | str, skips: Skips) -> int:
    """Write `path`'s .warc.gz; 1 if written, 0 if it could not be (named in `skips`)."""
    target = _target(path, how)
    skipped_before = len(skips.records)
    if isinstance(how, Framed) and how.codec is None:
        skips.file(path, how.reason)
        return 0
    if target.exists() or target.is_symlink():
        warn(f"{path}: skipped: left alone: {target} exists (remove or move it first)")
        raise _LeftAlone
    try:
        with whole_binary_file(target) as out:
            if isinstance(how, Framed):
                records = recompress(path, how, out, skips)
            else:
                records = regzip(path, out, skips)
            if not records:
                raise _NothingRead  # named in `skips`; no empty .warc.gz left behind
    except _NothingRead:
        return 0
    finally:
        skips.say_tallied(path)  # warcio's notices, a line a kind
    left_out = _left_out(len(skips.records) - skipped_before, str(path) in skips.partial)
    print(f"{path}: {records} record{'s' * (records != 1)} written to {target}{left_out}")
    return 1


def _left_out(records: int, rest: bool) -> str:
    """What of the file its copy lacks, said on its result line (` (partial: ...)`): a copy
    of a file cut short read on stdout as whole, only stderr and the exit status said not."""
    parts = [f"{records} record{'s' * (records != 1)} skipped"] if records else []
    parts += ["rest skipped"] if rest else []
    return f" (partial: {', '.join(parts)})" if parts else ""


def _target(path: Path, how: Framed | str) -> Path:
    return recompressed_name(path) if how == WHOLE_GZIP else gzipped_name(path)


class _LeftAlone(Exception):
    """The file's .warc.gz exists: it is not written over."""


class _NothingRead(Exception):
    """No record of a file could be read: its .warc.gz is not written."""


def gzipped_name(path: Path) -> Path:
    """x.warc.zst, x.warc.lz4, x.warc.lz4.bad -> x.warc.gz (beside it)."""
    return gz_name(path)
