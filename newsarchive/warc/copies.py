"""Whether a `.warc.gz` that `recompress` wrote holds every byte of the file it was made of,
so that `index` may read the copy in the original's place."""

from __future__ import annotations

import gzip
import struct
import zlib
from collections.abc import Iterator
from typing import IO

from newsarchive.warc.frames import READ_BLOCK, FrameError, FrameStream, framed, skippable


class _NotComparable(Exception):
    """The original is not read to its end here (damage, junk after its frames): the copy
    cannot be shown to hold it, and the original is read as it is."""


def same_content(original: IO[bytes], copy: IO[bytes]) -> bool:
    """Whether `copy` (gzip members) decompresses to exactly the bytes `original` (gzip, lz4
    or zstd frames) does. Its first record alone was compared: a copy cut short (a `cp`
    stopped, a full disk) or partial (`recompress` left a damaged end out) hid the
    original's later records from the index. Both are streamed, never held whole."""
    try:
        return _equal(_content(original), _gunzipped(copy))
    except (_NotComparable, OSError, EOFError, zlib.error, FrameError):
        return False


def _equal(left: Iterator[bytes], right: Iterator[bytes]) -> bool:
    pending_left, pending_right = b"", b""
    while True:
        if not pending_left:
            pending_left = next(left, b"")
        if not pending_right:
            pending_right = next(right, b"")
        if not pending_left or not pending_right:
            return not pending_left and not pending_right
        size = min(len(pending_left), len(pending_right))
        if pending_left[:size] != pending_right[:size]:
            return False
        pending_left, pending_right = pending_left[size:], pending_right[size:]


def _gunzipped(stream: IO[bytes]) -> Iterator[bytes]:
    stream.seek(0)
    unpacked = gzip.GzipFile(fileobj=stream)  # every member; zero padding after is passed
    while block := unpacked.read(READ_BLOCK):
        yield block


def _content(stream: IO[bytes]) -> Iterator[bytes]:
    found = framed(stream)
    if found is None:
        yield from _gunzipped(stream)
        return
    codec = found.codec
    if codec is None:
        raise _NotComparable(found.reason)
    offset = found.first
    while True:
        frame = FrameStream(stream, offset, codec)
        while block := frame.read(READ_BLOCK):
            yield block
        offset = frame.finish()
        stream.seek(offset)
        magic = stream.read(4)
        while skippable(magic):  # no records in them: the copy has none either
            size = stream.read(4)
            if len(size) < 4:
                raise _NotComparable("cut short inside a skippable frame")
            offset += 8 + struct.unpack("<I", size)[0]
            stream.seek(offset)
            magic = stream.read(4)
        if not magic:
            return
        if magic != codec.magic:  # junk or padding after a frame: not copied as it is
            raise _NotComparable("no frame after a frame")
