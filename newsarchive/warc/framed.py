"""Reading the records of any archive `extract` and `history` take, lz4 and zstd WARCs too.

A frame is read whole, its checksum checked, before its records are given:
a frame that fails is named (`file@offset`) with no record of it used, and
reading goes on at the next frame that starts a record, as each frame stands
alone (with none after it, the file's rest is named, as for a damaged gzip
member). A file that ends inside a frame keeps the records before that frame, and those
read whole in it before the cut (as a file gzipped whole and cut short keeps them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsarchive.warc import archives
from newsarchive.warc.archives import (
    READ_ERRORS,
    Frame,
    Read,
    Segments,
    Skips,
    Wanted,
    cut_short,
    error_text,
    read_frame,
    read_records,
    unread_tail,
    unreadable,
)
from newsarchive.warc.files import open_regular, special_file
from newsarchive.warc.frames import (
    HEADER_MAX,
    READ_BLOCK,
    Codec,
    FrameCut,
    FrameError,
    FrameStream,
    frame_head,
    framed,
    line_start,
    next_frame,
    skippable,
)
from newsarchive.warc.readerrors import disk_error, disk_why
from newsarchive.warc.record_checks import CUT_SHORT
from newsarchive.warc.unchecked import RecordFailed

# Past this much payload held from one frame (a whole file in one frame), records are
# given before the frame's end is checked: one bad frame then loses the file's rest only.
HOLD_BYTES = 64 << 20
RECORD_START = b"WARC/1."  # how a record's first line begins
RECORD_END = b"\r\n\r\n"  # the blank line after a record's block
_WARC = b"WARC/"
T = TypeVar("T")


def read_archive(
    path: Path, skips: Skips, wanted: Wanted, segments: Segments | None = None
) -> Iterator[Read]:
    """The records of `path` that `wanted` accepts, as `read_records` gives them, from
    lz4- and zstd-compressed WARCs too (`segments`: the batch's, to join across files)."""
    found = None  # a FIFO (not opened: that waits for a writer), an error: read_records names it
    if special_file(path) is None:
        with contextlib.suppress(OSError), open_regular(path) as stream:
            found = framed(stream)
    if found is None:
        yield from read_records(path, skips, wanted, segments)
    elif found.codec is None:
        skips.file(path, found.reason)
    else:
        try:
            yield from _read_framed(path, skips, wanted, found.codec, found.first, segments)
        finally:
            skips.say_tallied(path)  # warcio's notices, a line a kind


def _read_framed(
    path: Path, skips: Skips, wanted: Wanted, codec: Codec, first: int, segments: Segments | None
) -> Iterator[Read]:
    def records(stream: FrameStream, at: Frame) -> Iterator[Read]:
        return read_frame(stream, path, skips, wanted, at, segments)

    yield from each_frame(path, skips, codec, first, records, lambda read: len(read.payload))


def each_frame(
    path: Path,
    skips: Skips,
    codec: Codec,
    first: int,
    read: Callable[[FrameStream, Frame], Iterable[T]],
    size: Callable[[T], int],
    opened: Callable[[Path], IO[bytes]] | None = None,
) -> Iterator[T]:
    """What `read` makes of each frame of `path` from `first` on, given once the frame is
    read to its end; frames that fail are named in `skips`. `size` weighs what is held;
    `opened` opens `path` (`recompress`: its disk's read errors raised as its own)."""
    given = _Given()
    raw: IO[bytes] | None = None
    try:
        with (opened or _open)(path) as raw:
            head = frame_head(raw, first, codec)
            arc = head is not None and head.lstrip().startswith(b"filedesc:")  # an ARC file
            frame = _Frame(raw, path, skips, codec, given)
            offset: int | None = first
            while offset is not None:
                offset = yield from frame.read(Frame(offset, arc), read, size)
    except OSError as exc:
        if raw is not None and disk_error(exc):  # its disk's, once open (`extract`)
            skips.disk(path, disk_why(exc), given.count)
            return
        skips.file(path, unreadable(error_text(exc), given.count), partial=given.count > 0)


def _open(path: Path) -> IO[bytes]:
    return path.open("rb")


@dataclass
class _Given:
    count: int = 0  # things given so far (a file that breaks after some is named partly read)


@dataclass
class _Frame:
    """One frame of a file being read, and where what goes wrong in it is said."""

    raw: IO[bytes]
    path: Path
    skips: Skips
    codec: Codec
    given: _Given
    # bytes still to come of the record the frame read last ended inside (named cut short,
    # with the blank line closing it): the frames after it that hold no more than these
    # before a record start are that record's rest (a writer that split it over frames)
    missing: int = 0

    def read(
        self, at: Frame, read: Callable[[FrameStream, Frame], Iterable[T]], size: Callable[[T], int]
    ) -> Generator[T, None, int | None]:
        """What `read` makes of the frame at `at.offset`; returns the next frame's offset (None:
        no more)."""
        self.raw.seek(at.offset)
        magic = self.raw.read(4)
        if skippable(magic):
            length = self.raw.read(4)
            return at.offset + 8 + int.from_bytes(length, "little") if len(length) == 4 else None
        if magic != self.codec.magic:
            left = unread_tail(self.raw, at.offset)
            following = next_frame(self.raw, at.offset + 1, self.codec) if left else None
            if following is not None:  # junk between frames: the frames after it stand alone
                reason = (
                    f"{following - at.offset} bytes between {self.codec.name} frames that are none"
                )
                self.skips.record(self.path, f"{self.path}@{at.offset}", reason)
                return following
            if left:
                self.skips.file(self.path, cut_short(left), partial=self.given.count > 0)
            return None
        missing, rest = self.missing, self._rest_of_record(at) if self.missing else 0
        self.missing = 0
        if not rest and not at.arc and (junk := self._junk(at)) is not None:
            rest, following = junk  # named once; the records after it in the frame are read
            if following is not None:
                return following
        if rest < 0:  # all of it the rest of the record it continues (named with it): passed over
            self.missing = missing + rest
            self.raw.seek(at.offset)
            return FrameStream(self.raw, at.offset, self.codec).finish()
        named_before = len(self.skips.records)
        stream = FrameStream(self.raw, at.offset, self.codec)
        held: list[T] = []
        weight = read_here = 0
        try:
            if stream.empty():  # a frame of nothing: passed over
                return stream.finish()
            if rest:  # that record's rest, then records: read from the first one on
                stream.skip(rest)
                at = Frame(at.offset, at.arc, rest)
            for thing in read(stream, at):
                held.append(thing)
                weight += size(thing)
                read_here += 1
                if weight > HOLD_BYTES:
                    yield from self._give(held)
                    held, weight = [], 0
            end = stream.finish()
        except FrameCut:  # the records read whole before the cut are kept, as in a gzip
            yield from self._give(held)  # member cut short (the frame's checksum is lost)
            self._cut(at)
            return None
        except RecordFailed as exc:  # an unchecked frame's record: those before it passed
            yield from self._give(held)  # the same checks (no checksum tells more of them)
            named = ArchiveLoadFailed(str(exc))  # (named as warcio's own failures are)
            return self._damaged(
                _now(stream, at), named, f" from the record of {exc.uri} on" if read_here else ""
            )
        except (FrameError, *READ_ERRORS) as exc:
            return self._damaged(_now(stream, at), exc)
        yield from self._give(held)
        named = self.skips.records[named_before:]
        if named and named[-1][1].startswith(CUT_SHORT):  # its last record, at the frame's end
            short = named[-1][1].removeprefix(CUT_SHORT).partition(" ")[0]
            self.missing = int(short) + len(RECORD_END) if short.isdigit() else 0
        return end

    def _rest_of_record(self, at: Frame) -> int:
        """How much of the frame at `at` is the rest of the record the frame before ended
        inside (`missing` bytes of it still to come): the bytes before the first record
        start in it; `-size` for a frame of `size` bytes holding no record start, all of it
        that rest; 0 for a frame that is not (one a record starts, or one holding more than
        the rest: damage, named by its own read)."""
        if at.arc:
            return 0
        try:
            return _rest_in(FrameStream(self.raw, at.offset, self.codec), self.missing)
        except (FrameError, FrameCut):
            return 0  # damage, named as such by the frame's own read

    def _junk(self, at: Frame) -> tuple[int, int | None] | None:
        """A frame that starts no record, with no line end in its first HEADER_MAX bytes after
        any blank lines (zeros a writer's crash left): named once, its bytes up to the first
        record start on a line of its own passed over, and that count with None, or (no
        record start in it) its size and the next frame's offset. Scanned a block at a time,
        so linear in its size (warcio reads a line without end by joining ever longer
        copies: quadratic).
        None: a frame read as any (warcio names a short junk line at once)."""
        try:
            stream = FrameStream(self.raw, at.offset, self.codec)
            blank = 0  # blank lines before it (warcio passes over them): not junk
            while (head := stream.read(HEADER_MAX)) and not head.strip():
                blank += len(head)
            first = head.lstrip()
            blank += len(head) - len(first)
            head = first + stream.read(HEADER_MAX - len(first))
            if len(head) < HEADER_MAX or head.startswith(b"WARC/") or b"\n" in head:
                return None
            found, seen = line_start(stream, RECORD_START, head)
            size = blank + len(head) + (found if found >= 0 else seen)
            following = None if found >= 0 else stream.finish()
        except FrameError:
            return None  # damage (or a cut): named by the frame's own read
        reason = (
            f"{size} bytes skipped: the {self.codec.name} frame there starts no record "
            f"(no line end in its first {HEADER_MAX} bytes)"
        )
        self.skips.record(self.path, f"{self.path}@{at.offset}", reason)
        return size, following

    def _give(self, held: list[T]) -> Iterator[T]:
        self.given.count += len(held)
        yield from held

    def _cut(self, at: Frame) -> None:
        size = self.raw.seek(0, 2)
        reason = (
            f"cut short inside the {self.codec.name} frame at offset {at.offset}: "
            f"{size - at.offset} bytes from there could not be read"
        )
        self.skips.file(self.path, reason, partial=self.given.count > 0)

    def _damaged(self, at: Frame, exc: BaseException, part: str = "") -> int | None:
        """Name the frame (`part`: from where in it); the offset of the next frame that
        starts a record (None: none)."""
        reason = f"{self.codec.name} frame unreadable{part} ({error_text(exc)})"
        following = next_frame(self.raw, at.offset + 1, self.codec)
        if following is None:  # the file's rest is lost, as with a damaged gzip member
            partial = self.given.count > 0
            self.skips.file(self.path, f"{reason} at offset {at.offset}", partial=partial)
        else:
            self.skips.record(self.path, f"{self.path}@{at.offset}", reason)
        return following


def _rest_in(stream: FrameStream, missing: int) -> int:
    """`_Frame._rest_of_record` of the frame `stream` reads: its first `missing` bytes (and a
    record start's) read a block at a time, never held whole (a record's rest may be 256 MiB),
    the last few kept to find a record start on a line of its own after a blank line."""
    limit, size = missing + len(RECORD_START), 0
    carry = lead = b""  # the last bytes read; the first after blank space (a record's start?)
    while size < limit and (data := stream.read(min(READ_BLOCK, limit - size))):
        if len(lead) < len(_WARC):
            lead = (lead + data).lstrip()[: len(_WARC)]
            if lead == _WARC:
                return 0  # a record starts it: read (and named) as any frame
        window = carry + data
        start = window.find(b"\n" + RECORD_START)
        if start >= 0:
            return size - len(carry) + start + 1 if window[: start + 1].endswith(RECORD_END) else 0
        carry = window[-(len(RECORD_START) + len(RECORD_END)) :]
        size += len(data)
    if not size or size > missing or stream.read(1):
        return 0
    # the rest's last frame ends the record, with its blank line; a frame before
    # that ending in one is a record of its own (its start damaged)
    return -size if carry.endswith(RECORD_END) == (size == missing) else 0


def _now(stream: FrameStream, at: Frame) -> Frame:
    """The frame `stream` reads now: after frames read on into for a record split over them,
    a later one (what failed there is named at it, and reading goes on after it, never
    again over the records given from the frames before)."""
    return at if stream.frame_offset == at.offset else Frame(stream.frame_offset, at.arc)


def read_one(path: Path, offset: int) -> tuple[ArcWarcRecord, bytes]:
    """The record at `offset` of `path` (a frame's offset in an lz4 or zstd WARC) and its
    payload, as `read_archive` gives it."""
    with path.open("rb") as stream:
        found = framed(stream)
    codec = found.codec if found is not None else None
    return archives.read_one(path, offset, codec)
