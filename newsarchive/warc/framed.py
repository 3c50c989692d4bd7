"""Reading the records of any archive `extract` and `history` take, lz4 and zstd WARCs too.

A frame is read whole, its checksum checked, before its records are given:
a frame that fails is named (`file@offset`) with no record of it used, and
reading goes on at the next frame that starts a record, as each frame stands
alone (with none after it, the file's rest is named, as for a damaged gzip
member). A file that ends inside a frame keeps the records before that frame.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warcio.recordloader import ArcWarcRecord

from newsarchive.warc import archives
from newsarchive.warc.archives import (
    READ_ERRORS,
    Frame,
    Read,
    Skips,
    Wanted,
    cut_short,
    error_text,
    read_frame,
    read_records,
    unread_tail,
    unreadable,
)
from newsarchive.warc.frames import (
    Codec,
    FrameCut,
    FrameError,
    FrameStream,
    frame_head,
    framed,
    next_frame,
    skippable,
)

# Past this much payload held from one frame (a whole file in one frame), records are
# given before the frame's end is checked: one bad frame then loses the file's rest only.
HOLD_BYTES = 64 << 20


def read_archive(path: Path, skips: Skips, wanted: Wanted) -> Iterator[Read]:
    """The records of `path` that `wanted` accepts, as `read_records` gives them, from
    lz4- and zstd-compressed WARCs too."""
    try:
        with path.open("rb") as stream:
            found = framed(stream)
    except OSError:
        found = None  # read_records names it
    if found is None:
        yield from read_records(path, skips, wanted)
    elif found.codec is None:
        skips.file(path, found.reason)
    else:
        yield from _read_framed(path, skips, wanted, found.codec, found.first)


def _read_framed(
    path: Path, skips: Skips, wanted: Wanted, codec: Codec, first: int
) -> Iterator[Read]:
    given = _Given()
    try:
        with path.open("rb") as raw:
            head = frame_head(raw, first, codec)
            arc = head is not None and not head.lstrip().startswith(b"WARC/")
            offset: int | None = first
            while offset is not None:
                at = Frame(offset, arc)
                offset = yield from _frame(raw, path, skips, wanted, codec, at, given)
    except OSError as exc:
        skips.file(path, unreadable(error_text(exc), given.count), partial=given.count > 0)


@dataclass
class _Given:
    count: int = 0  # records given so far (a file that breaks after some is named partly read)


def _frame(
    raw: IO[bytes],
    path: Path,
    skips: Skips,
    wanted: Wanted,
    codec: Codec,
    at: Frame,
    given: _Given,
) -> Generator[Read, None, int | None]:
    """The records of the frame at `at.offset`; returns the next frame's offset (None: none)."""
    raw.seek(at.offset)
    magic = raw.read(4)
    if skippable(magic):
        length = raw.read(4)
        return at.offset + 8 + int.from_bytes(length, "little") if len(length) == 4 else None
    if magic != codec.magic:
        left = unread_tail(raw, at.offset)
        if left:
            skips.file(path, cut_short(left), partial=given.count > 0)
        return None
    stream = FrameStream(raw, at.offset, codec)
    held: list[Read] = []
    try:
        for read in read_frame(stream, path, skips, wanted, at):
            held.append(read)
            if sum(len(r.payload) for r in held) > HOLD_BYTES:
                given.count += len(held)
                yield from held
                held = []
        end = stream.finish()
    except FrameCut:
        size = raw.seek(0, 2)
        reason = (
            f"cut short inside the {codec.name} frame at offset {at.offset}: "
            f"{size - at.offset} bytes from there could not be read"
        )
        skips.file(path, reason, partial=given.count > 0)
        return None
    except (FrameError, *READ_ERRORS) as exc:
        reason = f"{codec.name} frame unreadable ({error_text(exc)})"
        following = next_frame(raw, at.offset + 1, codec)
        if following is None:  # the file's rest is lost, as with a damaged gzip member
            skips.file(path, f"{reason} at offset {at.offset}", partial=given.count > 0)
        else:
            skips.record(path, f"{path}@{at.offset}", reason)
        return following
    given.count += len(held)
    yield from held
    return end


def read_one(path: Path, offset: int) -> tuple[ArcWarcRecord, bytes]:
    """The record at `offset` of `path` (a frame's offset in an lz4 or zstd WARC) and its
    payload, as `read_archive` gives it."""
    with path.open("rb") as stream:
        found = framed(stream)
    codec = found.codec if found is not None else None
    return archives.read_one(path, offset, codec)
