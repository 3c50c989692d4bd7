"""lz4 and zstd WARCs rewritten as .warc.gz files, which pywb, cdxj-indexer and WACZ read.

Each record's bytes are kept as they are (its digests still hold): only the
compression changes, to a gzip member a record (a frame that held several
records, as `zstd file.warc` writes one, is split at the records). What
cannot be read is named as `extract` names it and left out.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.archives import Frame, Skips
from newsarchive.warc.framed import each_frame
from newsarchive.warc.frames import Framed, FrameStream


def recompress(path: Path, found: Framed, out: IO[bytes], skips: Skips) -> int:
    """The records of `path` (framed as `found` says) written to `out` as gzip members; how
    many were written."""
    assert found.codec is not None
    written = 0
    for record in each_frame(path, skips, found.codec, found.first, _records, len):
        out.write(gzip.compress(record, mtime=0))
        written += 1
    return written


def _records(stream: FrameStream, at: Frame) -> Iterator[bytes]:
    """Each record's bytes in a frame, with the blank lines that end it."""
    kept = _Kept(stream)
    records = ArchiveIterator(kept)
    started = False
    for _ in records:  # warcio finds where each record starts; its bytes are taken from `kept`
        record = kept.take(records.offset)
        if started:
            yield record
        started = True  # (what came before the first record is blank lines, if anything)
    if started:
        yield kept.take(kept.end)


class _Kept:
    """A frame's bytes as warcio reads them, kept from the start of the record being read."""

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
        taken = bytes(self.kept[: end - self.start])
        del self.kept[: end - self.start]
        self.start = end
        return taken
