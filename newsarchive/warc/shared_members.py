"""A gzip member holding more than one record, in a file gzipped a member a record otherwise.

A CDXJ line points at a gzip member: pywb and warcio read the first record of the member at
that offset (warcio's ArchiveIterator raises "non-chunked gzip" before it gives a second;
pywb's own indexer indexes the first at the member's offset, then stops the file). The
first record is indexed with its member's whole length, so a replay tool reads it from
there. The records after it in the member have no offset of their own that any replay tool
can read: they are named and counted (`extract` and `history` read them), the members after
them indexed. A file whose first member (or second, after a warcinfo alone) holds more than
one record is gzipped whole, named as such (`recompress` rewrites it).
"""

from __future__ import annotations

import itertools
import re
from typing import IO

from newsarchive.numbers import header_number
from newsarchive.warc.gzipped import WholeGunzip, member_place
from newsarchive.warc.overruns import overrun_damage
from newsarchive.warc.record_starts import junk
from newsarchive.warc.skips import Skips

# a member's records are looked for in its first this many bytes (gunzipped); past them,
# what is left of the member is named as one stretch
SCANNED = 16 << 20

_START = re.compile(rb"WARC/(?:0\.1[78]|1\.[01])\r?\n")

# the records after a gzip member's first, counted a file (named: the first few)
SHARED_REST = "not indexed, each sharing its gzip member with the record before it"

_BLANK_LINES = re.compile(rb"[\r\n]*+")


def member_end(stream: IO[bytes], offset: int) -> int | None:
    """Where the gzip member that starts at `offset` ends (None: it does not end, cut
    short); the stream's position is kept."""
    here = stream.tell()
    try:
        member = WholeGunzip(stream, first_only=True, start=offset)
        while member.read(1 << 16):
            pass
        return member.member_end()
    finally:
        stream.seek(here)


def name_rest(stream: IO[bytes], path: str, offset: int, end: int, skips: Skips) -> int:
    """Name the records after the first in the member at `offset` (to `end`), and junk
    between the first and the next; the stream's position is kept. Returns how many records
    were named."""
    here = stream.tell()
    try:
        member = WholeGunzip(stream, first_only=True, start=offset)
        data = member.read(SCANNED + 1)
    finally:
        stream.seek(here)
    where = f"{path}@{offset}"
    first = _first_start(data)
    first_end = _record_end(data, first)
    if first_end is None:  # its first record unreadable here: what warcio read is named
        return 0
    inside = None if _followed(data, first_end) else _next_start(data, first + 1, True)
    if inside is not None and inside < first_end:  # the records it runs over named below
        said = f"the record at offset {offset} (its gzip member's first): "
        damage = _overrun_reason(data, first, offset, inside)
        skips.notice(path, f"{said}{damage} (indexed all the same)")
        first_end = inside
    starts, overruns = _starts(data, first_end)
    following = dict(itertools.pairwise(starts))
    gap = (starts[0] if starts else min(len(data), SCANNED)) - first_end
    if data[first_end : first_end + gap].strip(b"\r\n"):
        skips.record(path, where, junk(gap))
    for number, at in enumerate(starts, 2):  # each named under a place of its own
        place = f"{where} (record {number} of its gzip member)"
        reason = shared_reason(_described(data, at), offset, end - offset)
        if at in overruns:  # its length hid the records after it, the next one first
            reason += f"; {_overrun_reason(data, at, offset, following[at])}"
        skips.record_grouped(path, place, reason, SHARED_REST)
    if len(data) > SCANNED:
        left = f"its bytes past the first {SCANNED:,} gunzipped"
        skips.record(path, where, f"{left} (more records may be there): not indexed")
    return len(starts)


def shared_reason(record: str, offset: int, length: int) -> str:
    return (
        f"{record} shares its gzip member (offset {offset}, {length} bytes) with the record "
        "before it: replay tools read a member's first record only, so no CDXJ line can "
        "point at it: not indexed (`extract` reads it)"
    )


def _first_start(data: bytes) -> int:
    return len(data) - len(data.lstrip(b"\r\n"))


def _starts(data: bytes, after: int) -> tuple[list[int], set[int]]:
    """Offsets of the records in `data` from `after` on: each found where the one before it
    ends by its length (a page that quotes a WARC header holds no record), past junk the
    next WARC header with a type and a length; and those whose length runs over the next
    record (what follows where it ends is no record, or the member ends first: the next
    WARC header at a line start inside it is the next record, as `overruns` finds it in a
    plain file)."""
    found: list[int] = []
    overruns: set[int] = set()
    while (at := _next_start(data, after)) is not None:
        found.append(at)
        end = _record_end(data, at)
        after = end if end is not None and end > at else at + 1
        if end is not None and end > at and not _followed(data, end):
            inside = _next_start(data, at + 1, line_start=True)
            if inside is not None and inside < end:
                overruns.add(at)
                after = inside
    return found, overruns


def _followed(data: bytes, end: int) -> bool:
    """Whether the member's end (blank lines past it) or a WARC header is at `end`, where a
    record's length ends; past the bytes scanned, it is taken as followed."""
    if end == len(data) or len(data) > SCANNED:
        return True
    return end < len(data) and _START.match(data, end) is not None


def _overrun_reason(data: bytes, at: int, offset: int, following: int) -> str:
    """The record at `at` of the member at `offset` runs over the one at `following`, named
    as `extract` and `history` name it (`overrun_damage`)."""
    head = data[at : at + 65536].partition(b"\r\n\r\n")[0]
    length = next(
        (
            header_number(value.decode("latin-1"))
            for name, _, value in (line.partition(b":") for line in head.split(b"\r\n"))
            if name.strip().lower() == b"content-length"
        ),
        None,
    )
    return overrun_damage(length or 0, member_place(offset, following))


def _next_start(data: bytes, after: int, line_start: bool = False) -> int | None:
    """The first WARC header with a type and a length at or past `after` in `data` (with
    `line_start`, only one at the start of a line)."""
    for match in _START.finditer(data, after):
        if line_start and data[match.start() - 1 : match.start()] != b"\n":
            continue
        header = data[match.start() : match.start() + 8192].split(b"\r\n\r\n", 1)[0].lower()
        if b"\nwarc-type:" in header and b"\ncontent-length:" in header:
            return match.start()
    return None


def _record_end(data: bytes, start: int) -> int | None:
    """Where the record at `start` ends, its blank lines after it too (None: no length)."""
    head, sep, _ = data[start : start + 65536].partition(b"\r\n\r\n")
    length = None
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = header_number(value.decode("latin-1"))
    if not sep or length is None:
        return None
    end = start + len(head) + len(sep) + length
    if end >= len(data):  # the member's end, or past it (a length too long)
        return end
    blank = _BLANK_LINES.match(data, end)  # (no copy of the member's rest)
    return blank.end() if blank is not None else end


def _described(data: bytes, at: int) -> str:
    """`the response of URL` for the record at `at`."""
    head = data[at : at + 8192].split(b"\r\n\r\n", 1)[0].decode("latin-1")
    fields: dict[str, str] = {}
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        fields.setdefault(name.strip().lower(), value.strip())
    kind = fields.get("warc-type", "record")
    uri = fields.get("warc-target-uri")
    return f"the {kind} of {uri}" if uri else f"the {kind} record"
