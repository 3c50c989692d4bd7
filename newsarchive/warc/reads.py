"""What the readers give (`Read`: one record and its payload, where it is) and how a reading
is bounded (`Wanted`, `Frame`, `Stop`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.encodings import dechunk

# WARC-Truncated values for a body the server did not send whole (newsarchive,
# Heritrix and wpull write these); `length` (kept up to a size limit) came whole.
CUT_WHEN_FETCHED = ("disconnect", "time")


# Which records a reader wants read whole (the others are passed over unread).
Wanted = Callable[[ArcWarcRecord], bool]


@dataclass
class Read:
    """One record as read: its payload as stored (chunked framing removed, still encoded)."""

    record: ArcWarcRecord
    payload: bytes
    offset: int | None  # None when the file cannot be seeked into (one gzip stream)
    where: str
    path: Path
    arc: bool

    @property
    def record_id(self) -> str | None:
        """None for ARC records: they have no id (arc2warc invents a random one)."""
        if self.arc:
            return None
        record_id: str | None = self.record.rec_headers.get_header("WARC-Record-ID")
        return record_id


@dataclass(frozen=True)
class Frame:
    """Where a frame's records sit: the frame's offset in its file, and whether the file is ARC."""

    offset: int
    arc: bool
    # bytes at its start that are the rest of a record the frame before ended inside (a
    # writer cutting frames at a size): passed over, the first record after them not
    # sought at `offset`
    rest: int = 0


@dataclass
class Stop:
    """Where a read of part of a file ends: before the first record at or past `at`."""

    at: int
    reached: int | None = None  # that record's offset, once seen


def unframed(record: ArcWarcRecord, raw: bytes) -> bytes:
    headers = record.http_headers
    if headers is not None and "chunked" in (headers.get_header("Transfer-Encoding") or "").lower():
        return dechunk(raw)
    return raw
