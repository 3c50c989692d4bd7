"""A plain record whose Content-Length runs over the records after it (or a header that lost
its length): where the next record starts inside it, named, and read on there (`Resume`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from newsarchive.numbers import header_number
from newsarchive.warc.record_starts import arc_record_start, next_record
from newsarchive.warc.skips import Skips


class Resume(Exception):
    """A record's length ran over the records after it: read on at `at` (named already)."""

    def __init__(self, at: int) -> None:
        super().__init__(f"read on at {at}")
        self.at = at


_NEXT_WARC = re.compile(rb"\r?\n\r?\n(WARC/1\.[01]\r?\n)")


def overrun(
    record: ArcWarcRecord,
    payload: bytes,
    followed: bool = True,
    after: bytes = b"",
    arc: bool = False,
) -> int | None:
    """Where in `payload` (a plain WARC record's, as read) the next record starts, when the
    record's Content-Length runs over it (None: it does not).

    Only a record that shows its length is wrong is searched: one the file ends inside
    (its length runs past the file's end), one not `followed` by a record where its
    length ends (junk there: a chunked or resource record, with no HTTP Content-Length
    to tell, ran into the records after it and ends in one of them or in junk), or one
    whose HTTP body ends, by its own Content-Length, right where a WARC header follows
    its two line ends. A page that holds a WARC record as text is none of these. `after`
    is what the file holds past the record's length: a length a few bytes too long ends
    inside the next record's header, whose rest is there. In an ARC file (`arc`), one the
    file ends inside is searched for an ARC header line at a line's start.
    """
    cut = int(getattr(record.raw_stream, "limit", 0) or 0) > 0
    if arc:  # its header line has no type to tell a page's text from: the file's end only
        return arc_record_start(payload) if cut else None
    if not cut and followed:  # only right where its HTTP body ends (found: a record there)
        declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
        number = header_number(declared)
        if number is None or number >= len(payload):  # no body ends inside what was read
            return None  # (40 digits: no offset at all, OverflowError out of re's match)
        found = _NEXT_WARC.match(payload, number)
        if found is None or not _warc_header(payload[found.start(1) :] + after):
            return None
        return found.start(1)
    # the first record start, after blank lines or not: junk may come before it
    at = payload.find(b"WARC/1.")
    while at >= 0:
        at_line_start = at == 0 or payload[at - 1 : at] == b"\n"
        if at_line_start and _WARC_LINE.match(payload, at) and _warc_header(payload[at:] + after):
            return at
        at = payload.find(b"WARC/1.", at + 1)
    return None


_WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")


def _warc_header(head: bytes) -> bool:
    """Whether `head` begins with a WARC header with a type and a length."""
    block = head[:8192].split(b"\r\n\r\n", 1)[0].lower()
    return b"\nwarc-type:" in block and b"\ncontent-length:" in block


def overrun_at(
    records: ArchiveIterator, record: ArcWarcRecord, payload: bytes, size: int, arc: bool
) -> int | None:
    """The file offset of the record that the plain record just read (its `size` bytes,
    `payload` the first of them) runs over (None: it runs over none)."""
    end = records.fh.tell() - records.reader.rem_length()  # where its length ends
    followed = arc or _record_follows(records.fh, end)
    inside = overrun(record, payload, followed, _bytes_at(records.fh, end, 8192), arc)
    return None if inside is None else end - size + inside


def _bytes_at(stream: IO[bytes], offset: int, size: int) -> bytes:
    """`size` bytes of `stream` at `offset`; the stream's position is kept."""
    here = stream.tell()
    stream.seek(offset)
    found = stream.read(size)
    stream.seek(here)
    return found


def _record_follows(stream: IO[bytes], end: int) -> bool:
    """Whether a WARC record, blank lines or the file's end follow offset `end` (where a
    record's length ends); the stream's position is kept."""
    here = stream.tell()
    stream.seek(end)
    head = stream.read(4096)
    stream.seek(here)
    rest = head.lstrip(b"\r\n")
    return not rest or rest.startswith(b"WARC/")


def length_lost(records: ArchiveIterator) -> int | None:
    """Where the record after a plain record without a length starts (None: none follows):
    warcio reads such a record to the file's end, and the records after its damaged header
    were lost without a word (its header lost its Content-Length line mid-file)."""
    return next_record(records.fh, records.offset)


def resume_past_overrun(
    records: ArchiveIterator, record: ArcWarcRecord, payload: bytes, size: int, path: Path,
    skips: Skips, arc: bool, named: Callable[[int], str] | None = None,
) -> None:  # fmt: skip
    """Raise `Resume` (the record named) where the next record starts inside this one;
    `named` gives the file's name of an offset in the stream (a gzip stream read whole)."""
    at = overrun_at(records, record, payload, size, arc)
    if at is None:
        return
    length = header_number(record.rec_headers.get_header("Content-Length")) or 0
    name = named or str
    skips.record(path, f"{path}@{name(records.offset)}", overrun_reason(length, name(at)))
    raise Resume(at)


# A record passed over is searched for the record its length may run over up to this size
SEARCHED = 16 << 20


def drained(stream: IO[bytes]) -> tuple[bytes, int]:
    """A record's rest read to its end: the bytes (none past `SEARCHED`) and their count."""
    kept = bytearray()
    size = 0
    while chunk := stream.read(1 << 16):
        size += len(chunk)
        if size <= SEARCHED:
            kept += chunk
    return (bytes(kept) if size <= SEARCHED else b""), size


def overrun_damage(length: int, following: int | str) -> str:
    """A record whose Content-Length runs past its end, over the record at `following` (a
    file offset, or a place in a gzip member: `member_place`), named alike by every command
    (`index` named one in a shared gzip member otherwise: "runs over record 3 of the member")."""
    return f"its Content-Length ({length:,}) runs over the record at offset {following}"


def overrun_reason(length: int, at: int | str) -> str:
    """Why a record whose length runs over the record at `at` is skipped (`overrun_damage`)."""
    return f"{overrun_damage(length, at)}: left out, read on there"
