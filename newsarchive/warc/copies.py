"""Whether a `.warc.gz` that `recompress` wrote holds every record of the file it was made of,
so that `index` may read the copy in the original's place."""

from __future__ import annotations

import gzip
import struct
import zlib
from collections.abc import Iterator
from typing import IO

from newsarchive.warc.frames import (
    LZ4_MAGIC,
    READ_BLOCK,
    ZSTD_MAGIC,
    FrameError,
    FrameStream,
    framed,
    skippable,
)


class _NotComparable(Exception):
    """The original is not read to its end here (damage; junk after a frame with a frame or
    record after it): the copy cannot be shown to hold it, and the original is read as it is."""


def differs(original: IO[bytes], copy: IO[bytes]) -> tuple[str | None, str]:
    """Why `copy` (gzip members) does not stand in for `original` (gzip, lz4 or zstd frames),
    or None when it decompresses to exactly the records the original holds; and what of the
    original the copy leaves out that is no record ("" if nothing). Its first record
    alone was compared: a copy cut short (a `cp` stopped, a full disk) or partial
    (`recompress` left a damaged end out) hid the original's later records from the index.
    Bytes after the original's last frame that hold no frame and no record (junk a writer
    left, which `recompress` names and leaves out) are no record the copy lacks: such an
    original was read, and named skipped, on every run. Both are streamed, never held."""
    junk: list[str] = []
    try:
        return _compared(_content(original, junk), _gunzipped(copy)), "".join(junk)
    except _NotComparable as exc:
        return f"the original cannot be read to its end ({exc})", ""
    except (gzip.BadGzipFile, EOFError, zlib.error, FrameError) as exc:  # in the bytes: kept
        return f"one of them cannot be read to its end ({type(exc).__name__}: {exc})", ""
    # any other OSError (EIO of a failing disk, a network share gone) is raised: a verdict of
    # the moment, never remembered (`files.copy_holds`), or a disk that failed once kept the
    # original read beside its copy on every run after, each capture twice


def _compared(left: Iterator[bytes], right: Iterator[bytes]) -> str | None:
    pending_left, pending_right, at = b"", b"", 0
    while True:
        if not pending_left:
            pending_left = next(left, b"")
        if not pending_right:
            pending_right = next(right, b"")
        if not pending_left or not pending_right:
            if pending_left:
                return f"the copy ends {at:,} bytes into the original's records"
            if pending_right:
                return f"the copy holds more than the original's {at:,} bytes of records"
            return None
        size = min(len(pending_left), len(pending_right))
        if pending_left[:size] != pending_right[:size]:
            first = next(i for i in range(size) if pending_left[i] != pending_right[i])
            return f"their records differ {at + first:,} bytes in"
        pending_left, pending_right, at = pending_left[size:], pending_right[size:], at + size


def _gunzipped(stream: IO[bytes]) -> Iterator[bytes]:
    stream.seek(0)
    unpacked = gzip.GzipFile(fileobj=stream)  # every member; zero padding after is passed
    while block := unpacked.read(READ_BLOCK):
        yield block


def _content(stream: IO[bytes], junk: list[str]) -> Iterator[bytes]:
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
            left = _no_record_after(stream, offset, codec.magic)
            junk.append(f"{left:,} byte{'s' * (left != 1)} after its last frame, no record")
            return


# what begins a frame or a record in bytes after the frames (an ARC record's URL line aside:
# `recompress` reads no ARC file in frames): a record in clear, or a compressed stream of any
# kind a WARC tool writes (`cat a.warc.zst b.warc.gz`, `cat x.warc.lz4 y.warc.zst`: the zstd
# original's own magic alone was looked for, and a gzip member of records after its frames
# was taken for junk, the original left out, "remove the original" said of the file alone
# holding them, exit 0; `recompress` had named them "could not be read" and not copied them)
_STARTS = (
    b"WARC/",
    b"\x1f\x8b\x08",  # gzip (deflate)
    LZ4_MAGIC,
    b"\x02\x21\x4c\x18",  # lz4's legacy frame (`lz4 -l`)
    ZSTD_MAGIC,
    b"\xfd7zXZ\x00",  # xz
    b"1AY&SY",  # a bzip2 block
)


def _no_record_after(stream: IO[bytes], offset: int, magic: bytes) -> int:
    """How many bytes from `offset` to the end, holding no frame and no record start: junk
    that holds no record (the copy lacks none); else `_NotComparable`, the original read."""
    stream.seek(offset)
    keep = max(len(needle) for needle in (magic, *_STARTS)) - 1
    tail, at = b"", offset
    while block := stream.read(READ_BLOCK):
        window = tail + block
        for needle in (magic, *_STARTS):
            found = window.find(needle)
            if found >= 0:
                where = at - len(tail) + found
                raise _NotComparable(
                    f"{where - offset:,} bytes that are no frame at offset {offset:,}, then "
                    "a frame or record the copy may lack"
                )
        tail, at = window[-keep:], at + len(block)
    return at - offset
