"""Cutting archive files into byte ranges that worker processes read on their own.

A WARC gzipped record by record (what crawlers write) can be read from any
record's start: each record is a gzip member of its own. `plan_shards` cuts such
a file into ranges by size without reading it; the worker given a range finds
the first record starting in it (`first_record`) and reads up to the first
record starting in the next range. Other files (plain, ARC, gzipped whole,
lz4 or zstd, small) are one shard each, read as `read_archive` reads them. The
caller checks that each range begins where the one before stopped (`ShardEnd`)
and decides what a damaged file loses, so the records and skips come out as one
reader's would.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal, cast

from warcio.exceptions import ArchiveLoadFailed
from warcio.utils import BUFF_SIZE

from newsarchive.warc.archives import (
    READ_ERRORS,
    WHOLE_FILE_GZIP,
    Read,
    Segments,
    Skips,
    Spread,
    Stop,
    Wanted,
    error_text,
    read_on_past_junk,
    read_range,
    read_spread,
    whole_file_gzip,
)
from newsarchive.warc.framed import read_archive
from newsarchive.warc.readerrors import disk_error, disk_why

GZIP_MEMBER = b"\x1f\x8b\x08"  # magic and deflate: where a gzip member may begin
SCAN_BLOCK = 1 << 16
PROBE_BYTES = 1 << 20  # a first record gzipped into more than this: the file is read whole
MIN_SHARD = 64 * 1024
MAX_SHARD = 16 << 20  # bounds what one worker holds and hands back at once
SHARDS_PER_JOB = 16  # several per worker, so one that meets slow pages does not hold up the rest
TAPER = 8  # the last ranges shrink down to one eighth of the others

Kind = Literal["file", "range", "gzip_rest"]


@dataclass(frozen=True)
class Shard:
    """What one worker reads.

    `file`: the whole file, as `read_archive`. `range`: the records starting in
    [start, stop) of a file gzipped record by record (`exact`: start is a
    record's start, else the first one after it is searched for; stop None: to
    the end). `gzip_rest`: a file found gzipped whole, from its `done`-th record.
    """

    path: Path
    kind: Kind = "file"
    start: int = 0
    stop: int | None = None
    exact: bool = True
    done: int = 0


@dataclass
class ShardEnd:
    """How reading a `range` ended, for the caller to judge against the other ranges."""

    first: int | None = None  # offset of the first record found (None: none)
    stopped_at: int | None = None  # the record that starts the next range (None: file ended)
    records: int = 0  # records met, whole or not
    tail: int = 0  # bytes after the last record that could not be read (cut short, junk)
    error: str | None = None  # `error_text` of what stopped the reading
    whole_gzip: bool = False  # that error: the file turned out to be gzipped whole
    disk: str | None = None  # that error: the disk's (EIO, `readerrors.disk_error`)


def plan_shards(paths: Iterable[Path], jobs: int, size: int | None = None) -> list[Shard]:
    """The shards of `paths` in archive order; ranges of `size` bytes, or by default
    of the whole input over `jobs` x 16 (64 KiB to 16 MiB), shorter at its end.

    By default the last ranges get shorter (down to an eighth): the workers
    then finish close together, where one last full-size range would keep one
    worker busy while the others wait. A file's last bytes join its last range.
    """
    paths = list(paths)
    sizes = {path: _size(path) for path in paths}
    left = sum(sizes.values())  # bytes from here to the end of the input
    if size is None:
        size = min(max(left // (jobs * SHARDS_PER_JOB), MIN_SHARD), MAX_SHARD)
        shortest = size // TAPER
    else:
        shortest = size
    shards: list[Shard] = []
    for path in paths:
        total = sizes[path]
        if total < 2 * size or not gzipped_per_record(path):
            shards.append(Shard(path))
        else:
            shards.extend(_ranges(path, total, left, jobs, (shortest, size)))
        left -= total
    return shards


def _ranges(path: Path, total: int, left: int, jobs: int, sizes: tuple[int, int]) -> list[Shard]:
    """`path` cut into ranges of `sizes[1]` bytes, down to `sizes[0]` where at most
    2 x `jobs` such ranges are `left` in the input (this file's bytes and the later files')."""
    shortest, size = sizes
    ranges: list[Shard] = []
    start = 0
    while start < total:
        step = min(size, max(shortest, (left - start) // (2 * jobs)))
        stop = start + step if total - start - step >= step // 2 else None
        ranges.append(Shard(path, "range", start, stop, exact=start == 0))
        start = stop or total
    return ranges


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read whole: the worker names what is wrong with it


def gzipped_per_record(path: Path) -> bool:
    """A WARC whose first record is a gzip member of its own (so, by custom, every one is)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(PROBE_BYTES)
    except OSError:
        return False
    if not head.startswith(GZIP_MEMBER):
        return False
    member = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        text = member.decompress(head)
    except zlib.error:
        return False
    return member.eof and text.startswith(b"WARC/")


def first_record(stream: IO[bytes], at: int) -> int | None:
    """Offset of the first gzip member at or after `at` that holds the start of a WARC record."""
    position = at
    while True:
        stream.seek(position)
        block = stream.read(SCAN_BLOCK)
        if len(block) < len(GZIP_MEMBER):
            return None
        found = block.find(GZIP_MEMBER)
        if found < 0:
            position += len(block) - len(GZIP_MEMBER) + 1
            continue
        if _starts_record(stream, position + found):
            return position + found
        position += found + 1


def _starts_record(stream: IO[bytes], offset: int) -> bool:
    stream.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def read_shard(
    shard: Shard, skips: Skips, wanted: Wanted, end: ShardEnd, segments: Segments | None = None
) -> Iterator[Read]:
    """The records of `shard` that `wanted` accepts; for a range, `end` says how it ended
    (`segments`: the worker's, handed back for the parent to join across shards).

    Damage inside a range is the caller's to name (`end`): only it knows how many
    records of the file came before.
    """
    if shard.kind == "file":
        yield from read_archive(shard.path, skips, wanted, segments)
        return
    if shard.kind == "gzip_rest":
        yield from whole_file_gzip(shard.path, skips, wanted, shard.done, segments)
        return
    ends: list[int] = []  # the first record's offset, then the end of each record met
    try:
        with shard.path.open("rb") as raw:
            end.first = shard.start if shard.exact else first_record(raw, shard.start)
            if end.first is None:
                return
            raw.seek(end.first)
            ends.append(end.first)
            stream = cast(IO[bytes], _BlockAligned(raw))  # read, tell, seek: all warcio uses
            stop = Stop(shard.stop if shard.stop is not None else sys.maxsize)

            def records() -> Iterator[Read]:
                return read_range(stream, shard.path, skips, wanted, ends, stop, segments)

            # junk is named as damage: the parent then reads the file's rest with one reader
            end.tail = yield from read_on_past_junk(records, stream, shard.path, skips, ends, stop)
            end.stopped_at = stop.reached
    except Spread as spread:  # as one reader: the rest of the file as one gzip stream, read
        end.stopped_at, end.tail = None, 0  # here once (the parent drops the later ranges)
        yield from read_spread(shard.path, skips, wanted, spread.at, segments)
    except ArchiveLoadFailed as exc:
        end.error = error_text(exc)
        end.whole_gzip = WHOLE_FILE_GZIP in str(exc)
    except READ_ERRORS as exc:
        end.error = error_text(exc)
        if disk_error(exc):  # the disk's (EIO), not damage: said as the parent's reader says it
            end.disk = disk_why(exc)
    finally:
        end.records = len(ends[1:])


class _BlockAligned:
    """A file whose block reads end where they would for a reader that began at offset 0.

    warcio reads in blocks of BUFF_SIZE and decompresses each; where a damaged
    member makes it stop or go on depends on where its blocks end, so a worker
    that starts mid-file must see the same block ends as one reader of the file.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def read(self, size: int = -1) -> bytes:
        if size == BUFF_SIZE:
            size -= self.raw.tell() % BUFF_SIZE
        return self.raw.read(size)

    def tell(self) -> int:
        return self.raw.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)
