"""lz4 and zstd WARCs rewritten as .warc.gz files, which pywb, cdxj-indexer and WACZ read.

Each record's bytes are kept as they are (its digests still hold): only the
compression changes, to a gzip member a record (a frame that held several
records, as `zstd file.warc` writes one, is split at the records). What
cannot be read is named as `extract` names it and left out.

A record is streamed into its member as warcio reads it, never held whole: a
64 KB zstd frame can hold a record of gigabytes. The members of a frame that
then fails its checksum are cut off the output again, so that what is written
is what `extract` reads.
"""

from __future__ import annotations

import gzip
import logging
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.warc.archives import (
    READ_ERRORS,
    WHOLE_FILE_GZIP,
    Frame,
    Skips,
    WholeGunzip,
    error_text,
    one_line_notices,
    unreadable,
)
from newsarchive.warc.framed import each_frame
from newsarchive.warc.frames import Framed, FrameStream

BLOCK = 1 << 16
# what gzip.compress(data, mtime=0) begins with: the members are the bytes it gave before
_HEADER = gzip.compress(b"", mtime=0)[:10]


def recompress(path: Path, found: Framed, out: IO[bytes], skips: Skips) -> int:
    """The records of `path` (framed as `found` says) written to `out` as gzip members; how
    many were written."""
    assert found.codec is not None
    output = _Output(out, path, skips)
    written = 0
    for written_to, _ in each_frame(path, skips, found.codec, found.first, output.frame, _size):
        output.kept = written_to
        written += 1
    output.cut()
    return written


def regzip(path: Path, out: IO[bytes], skips: Skips) -> int:
    """The records of `path`, a file gzipped whole (as one stream), written to `out` a gzip
    member a record, each record's bytes unchanged; how many were written. A file that
    breaks part way (or is cut short) keeps the records read whole before the break (the
    rest is named)."""
    output = _Output(out, path, skips)
    written = 0
    stream: WholeGunzip | None = None
    try:
        with path.open("rb") as packed:
            stream = WholeGunzip(packed)  # gzip.GzipFile lost a cut stream's last read
            before = output.kept
            for written_to, _ in output.frame(cast(FrameStream, stream), Frame(0, False)):
                before, output.kept = output.kept, written_to
                written += 1
            if stream.cut:  # the record the stream was cut in, if not whole, is not written
                if not output.last_whole:
                    output.kept, written = before, max(written - 1, 0)
                skips.file(path, WholeGunzip.CUT, partial=written > 0)
    except READ_ERRORS as exc:  # a record the stream was cut in, read as far as it goes
        reason = WholeGunzip.CUT if stream and stream.cut else unreadable(error_text(exc), written)
        skips.file(path, reason, partial=written > 0)
    output.cut()
    return written


def gzipped_whole(path: Path) -> bool:
    """Whether `path` is gzipped as one stream holding several records (not a member a
    record): warcio says so at its second record. (Every .gz of a folder is probed: warcio's
    notice of a URI with spaces, naming no file, is not said here.)"""
    warcio_log = logging.getLogger("warcio.recordloader")
    disabled, warcio_log.disabled = warcio_log.disabled, True
    try:
        with path.open("rb") as stream:
            if stream.read(2) != b"\x1f\x8b":
                return False
            stream.seek(0)
            for count, _ in enumerate(ArchiveIterator(stream, no_record_parse=True)):
                if count:
                    return False
    except ArchiveLoadFailed as exc:
        return WHOLE_FILE_GZIP in str(exc)
    except READ_ERRORS:
        return False
    finally:
        warcio_log.disabled = disabled
    return False


def _size(written: tuple[int, int]) -> int:
    return written[1]


class _Output:
    """The .warc.gz being written, and how much of it holds records of frames read whole."""

    def __init__(self, out: IO[bytes], path: Path, skips: Skips) -> None:
        self.out = out
        self.kept = out.tell()
        self.path = path
        self.skips = skips
        self.last_whole = True  # the last record `frame` gave held all its stated bytes

    def cut(self) -> None:
        """Drop the members written since the last record given (a frame that failed)."""
        if self.out.tell() != self.kept:
            self.out.seek(self.kept)
            self.out.truncate()

    def frame(self, stream: FrameStream, at: Frame) -> Iterator[tuple[int, int]]:
        """Each record of a frame written as a member: (where the output then ends, the
        record's length)."""
        self.cut()
        kept = _Kept(stream)
        records = ArchiveIterator(kept)
        one_line_notices(records, self.path, self.skips)
        member: _Member | None = None
        self.last_whole = True
        for record in records:  # warcio finds where each record starts; its bytes come from `kept`
            if member is None:
                kept.take(records.offset)  # (blank lines before the first record, if any)
            else:
                member.write(kept.take(records.offset))
                yield member.end()
            member = _Member(self.out)
            while record.raw_stream.read(BLOCK):  # what warcio has read past is this record's
                member.write(kept.take(kept.end - records.reader.rem_length()))
            # its block read to its stated length (a stream cut in its trailer only loses none)
            self.last_whole = not int(getattr(record.raw_stream, "limit", 0) or 0)
        if member is not None:
            member.write(kept.take(kept.end))
            yield member.end()


class _Member:
    """One gzip member written as its record is read: the bytes gzip.compress(record, mtime=0)
    gives."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        self.crc = 0
        self.length = 0
        out.write(_HEADER)

    def write(self, data: bytes) -> None:
        self.out.write(self.compressor.compress(data))
        self.crc = zlib.crc32(data, self.crc)
        self.length += len(data)

    def end(self) -> tuple[int, int]:
        self.out.write(self.compressor.flush())
        self.out.write(struct.pack("<II", self.crc, self.length & 0xFFFFFFFF))
        return self.out.tell(), self.length


class _Kept:
    """A frame's bytes as warcio reads them, kept from the end of what was last taken."""

    def __init__(self, stream: FrameStream) -> None:
        self.stream = stream
        self.kept = bytearray()
        self.start = 0  # the frame's offset of kept[0]

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.kept += data
        return data

    @property
    def end(self) -> int:
        return self.start + len(self.kept)

    def take(self, end: int) -> bytes:
        """The bytes kept up to the frame's offset `end`, no longer kept."""
        end = max(end, self.start)
        taken = bytes(self.kept[: end - self.start])
        del self.kept[: end - self.start]
        self.start = end
        return taken
