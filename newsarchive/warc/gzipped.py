"""gzip layouts other than one member a record: a record (or its header) spread over several
members, a file gzipped whole (`WholeGunzip`), a file that ends inside a member."""

from __future__ import annotations

import bisect
import zlib
from array import array
from collections.abc import Iterator
from typing import IO, Any, NamedTuple, overload

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.record_starts import peek_head, starts_record

WHOLE_FILE_GZIP = "non-chunked gzip"


class Spread(Exception):
    """A record at `at` spread over several gzip members (`_spread`)."""

    def __init__(self, at: int) -> None:
        super().__init__(f"a record spread over gzip members at {at}")
        self.at = at


def _file_goes_on(records: ArchiveIterator) -> bool:
    """Whether bytes follow the gzip member just read (the reader's position is kept)."""
    here = records.fh.tell()
    more = bool(records.fh.read(1))
    records.fh.seek(here)
    return more


def spread_over_members(records: ArchiveIterator, record: ArcWarcRecord) -> bool:
    """Whether the record just read ended with its gzip member, short of its length, and the
    file goes on: a writer split it over members (warcio reads one member a record and
    took the rest for a file it cannot read)."""
    decompressor = records.reader.decompressor
    left = int(getattr(record.raw_stream, "limit", 0) or 0)
    if not left or decompressor is None or not decompressor.eof:
        return False
    goes_on = bool(decompressor.unused_data) or _file_goes_on(records)
    return goes_on and not _record_next(records)


def _record_next(records: ArchiveIterator) -> bool:
    """Whether the gzip member after the one just read starts a record: the record before
    was cut short, not spread (read as one stream, its length took the next records' bytes,
    and a record was lost without a word)."""
    stream = records.fh
    here = stream.tell()
    try:
        stream.seek(here - records.reader.rem_length())
        head = peek_head(stream)
    finally:
        stream.seek(here)
    return head is not None and (starts_record(head, False) or starts_record(head, True))


def header_spread(records: ArchiveIterator) -> bool:
    """Whether the header just read (found damaged: cut, lines missing) ended with its gzip
    member, and the file goes on: a writer split the record inside its WARC header (the
    next member holds the header's rest, which starts no record)."""
    reader = records.reader
    decompressor = reader.decompressor
    if decompressor is None or not decompressor.eof:
        return False
    if reader.rem_length() > len(decompressor.unused_data or b""):  # the member's bytes left
        return False
    return bool(decompressor.unused_data) or _file_goes_on(records)


HEADER_SPREAD = (
    "its WARC header spread over several gzip members (its member ends inside the header; "
    "replay tools read one member a record): not indexed, the members after it with it "
    "(`extract` reads it whole)"
)


def spread_damage(digest_fails: bool) -> str:
    """A record spread over gzip members named alike by `index` and `extract`: `extract`
    reads it whole, and `index` reads it so to check it (`spread_rest`), so a block
    digest that fails then is said by both (warcio's `example-wrong-chunks.warc.gz`: one
    named it spread, the other a digest mismatch)."""
    damage = "spread over several gzip members"
    if digest_fails:
        return f"{damage}, and read as one gzip stream its block digest does not match"
    return damage


def spread_reason(missing: int, digest_fails: bool = False) -> str:
    """Why `index` leaves out a record spread over gzip members (`spread_over_members`)."""
    return (
        f"{spread_damage(digest_fails)} (its member ends {missing} bytes before its "
        "length; replay tools read one member a record): not indexed, the members after it "
        "with it (`extract` reads it whole)"
    )


def spread_cut_reason(missing: int) -> str:
    """Why `index` leaves out a spread record whose rest ends short of its length (the file
    ends in it, or junk or a record comes first): cut short, as `extract` names it."""
    return (
        f"cut short: {missing} bytes of its length missing (its rest, in the gzip members "
        "after its own, ends before it)"
    )


def spread_rest_damaged(error: str) -> str:
    """A record spread over gzip members one of whose rest's members does not inflate."""
    return (
        "spread over several gzip members, and a gzip member of its rest does not "
        f"decompress ({error}): left out, read on at the next record"
    )


def after_rest_reason(size: int) -> str:
    """Why `index` leaves out a record after a spread record's rest in the gzip member the
    rest ends in: replay tools read a member from its start, so it cannot be served there
    (`extract`, reading the members as one stream, reads it)."""
    return (
        f"{size} bytes after a spread record's rest in its gzip member (a record there, read "
        "by `extract`; replay tools read one member a record, from its start): not indexed"
    )


def unfinished_member(records: ArchiveIterator, last: ArcWarcRecord | None) -> None:
    """Raise where the records ended inside a gzip member: the file was cut in it (in its last
    bytes, the record in it may be whole). warcio ends there without a word, and nothing
    is left after it for `unread_tail` to find: a file cut inside its first member gave
    no page and exit 0. A last record cut short is named as such already."""
    if last is not None and (
        int(getattr(last.raw_stream, "limit", 0) or 0) or getattr(last, "newsarchive_missing", 0)
    ):
        return
    if getattr(getattr(records, "newsarchive_reader", None), "newsarchive_unfinished", False):
        raise EOFError("the file ends inside a gzip member (cut short)")


class Members:
    """Where each gzip member begins: (gunzipped offset, file offset) pairs, in order, kept
    in two arrays of 8-byte integers. A list of tuples held ~120 bytes a member: a file of
    one member a record read whole held 60 MB per 500,000 members; these hold 16.

    It equals another `Members` of the same pairs only, as an `array` equals no list: equal
    to a list of tuples before, it was not to the same pairs as lists (read back from JSON)
    nor was a slice a list, so it looked a list where it was not. `list(members)` is one."""

    def __init__(self, gunzipped: int, offset: int) -> None:
        self._gunzipped = array("q", [gunzipped])
        self._offsets = array("q", [offset])

    def append(self, pair: tuple[int, int]) -> None:
        self._gunzipped.append(pair[0])
        self._offsets.append(pair[1])

    def __len__(self) -> int:
        return len(self._gunzipped)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):  # (a tuple of two arrays before)
            return list(zip(self._gunzipped[index], self._offsets[index], strict=True))
        return self._gunzipped[index], self._offsets[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._gunzipped, self._offsets, strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Members):
            return self._gunzipped == other._gunzipped and self._offsets == other._offsets
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (changes as members are met)

    def __repr__(self) -> str:
        return f"Members({list(self)!r})"

    def holding(self, position: int) -> tuple[int, int]:
        """The member holding gunzipped offset `position`: the last beginning at or before
        it (of members beginning at one offset, empty ones, the last)."""
        index = bisect.bisect_right(self._gunzipped, position) - 1
        return self[max(index, 0)]


class _Checkpoint(NamedTuple):
    """Where decompressing can start again without reading from the file's start: the
    gunzipped offset of the next byte out, the file's offset of the next byte in, a copy of
    the decompressor there, and the gzip member being read (its number and file offset);
    `behind`, the bytes out just before it (where a jump away was made from: `_away`)."""

    produced: int
    raw_at: int
    inflate: Any
    streams: int
    stream_at: int
    behind: bytes = b""


class WholeGunzip:
    """A file gzipped whole, decompressed as warcio reads it (`read`, and the `tell` and
    `seek` back that sniffing its head takes), keeping what a stream cut short holds.

    gzip.GzipFile raises EOFError for a read that meets the end of a stream cut short, the
    bytes of that read lost, and warcio takes EOFError for the end of the records: such a
    file gave no record and no word (exit 0). Here the bytes before the cut are read and
    `cut` says the stream was cut short; several gzip streams one after another are read
    as one (as gzip reads them).

    A seek costs at most a step of bytes decompressed, not the file up to there: the last
    `_WINDOW` bytes read are kept (a record's end sought back to, to check what follows
    it), and every step (`_STEP` at first) a copy of the decompressor is kept to start
    again from. Before, each seek back decompressed the file from its start: reading a file
    with a gzip member shared by several records took time growing with its length squared.

    A copy holds ~40 KB of zlib state and up to `_BLOCK` bytes of input not yet consumed:
    one every 4 MiB held 1-2% of the file gunzipped (100-200 MB for 10 GB). Past
    `_CHECKPOINTS` copies every other one is dropped and the step doubled, so they hold
    ~13 MB at most, and a far seek back decompresses up to a step: 4 MiB up to 512 MiB
    read, then up to 1/64 of what was read (128 MiB at 10 GB).

    Junk found costs no step, however far apart the copies: its tail is counted from the
    end (`unread_tail`) and the file's head looked at before reading on just past the junk
    (`next_record`). The stream's end is kept once reached (`_end_point`), and where the
    furthest jump away was made from, with the bytes just before it (`_away`): both are
    started from again without decompressing anything.
    """

    CUT = "cut short inside its gzip stream: the records before the cut are read"
    _BLOCK = 1 << 16
    _WINDOW = 1 << 20
    _STEP = 4 << 20
    _CHECKPOINTS = 128  # copies of the decompressor kept at most (`_thin`)

    def __init__(self, raw: IO[bytes], first_only: bool = False, start: int = 0) -> None:
        self.raw = raw
        self.first_only = first_only  # the first gzip member's bytes only (`gzipped_whole`)
        self.start = start  # where the (first) gzip member begins in the file
        # what is known of the file once read (kept when a seek starts decompressing again)
        self.cut = False
        self.trailing = False  # bytes other than zeros after the last stream (GzipFile raised)
        self.after = 0  # how many bytes follow the last stream (zeros, a block's padding, too)
        self._cut_at = 0  # where the file ends, in a stream (`cut`)
        self._cut_streams, self._cut_stream_at = 1, start  # the stream it ends in
        self._total: int | None = None  # its gunzipped length, once read to its end
        # (gunzipped offset, file offset) where each gzip member begins (`member_at`)
        self.members = Members(0, self.start)
        self._checkpoints: list[_Checkpoint] = []
        self._end_point: _Checkpoint | None = None  # the stream's end, once reached
        self._away: _Checkpoint | None = None  # the furthest a seek jumped away from
        self._step = self._STEP  # gunzipped bytes between two checkpoints (`_thin`)
        self._behind = bytearray()  # the last bytes read, up to `_position`
        self._restore(
            _Checkpoint(0, self.start, zlib.decompressobj(16 + zlib.MAX_WBITS), 1, self.start)
        )

    def member_end(self) -> int | None:
        """Where the member read (`first_only`, to its end) ends in the file; None: it was
        not read to its end (cut short, or not read whole)."""
        if not self._inflate.eof:
            return None
        return self.raw.tell() - len(self._inflate.unused_data)

    def _restore(self, point: _Checkpoint) -> None:
        self.raw.seek(point.raw_at)
        self._inflate = point.inflate.copy()
        self._buffer = bytearray()
        self._behind = bytearray(point.behind)
        self._position = self._restored_at = point.produced
        self._ended = False
        self._streams = point.streams
        self._stream_at = point.stream_at  # where the stream being read begins in the file

    def read(self, size: int = -1) -> bytes:
        while (size < 0 or len(self._buffer) < size) and not self._ended:
            self._fill()
        size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._position += size
        self._behind += out
        if len(self._behind) > 2 * self._WINDOW:
            del self._behind[: -self._WINDOW]
        return out

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 2 and offset == 0:  # its end (how long it is, gunzipped)
            if self._total is None:
                self._leave()
                while self.read(self._BLOCK):
                    pass
                return self._position
            offset = self._total
        elif whence != 0:
            raise OSError("a gzip stream read whole is sought from its start or its end only")
        if self._back_to(offset):
            return offset
        point = self._start_for(offset)
        if point is not None:
            self._leave()
            self._restore(point)
            if self._back_to(offset):
                return offset
        while self._position < offset and self.read(min(offset - self._position, self._BLOCK)):
            pass
        return self._position

    def _back_to(self, offset: int) -> bool:
        """Seek back among the bytes just read, if `offset` is one of them."""
        if not self._position - len(self._behind) <= offset < self._position:
            return False
        back = self._position - offset
        self._buffer[0:0] = self._behind[-back:]
        del self._behind[-back:]
        self._position = offset
        return True

    def _start_for(self, offset: int) -> _Checkpoint | None:
        """The point to decompress from to reach `offset` the soonest (None: on from here)."""
        index = bisect.bisect_right(self._checkpoints, offset, key=lambda c: c.produced) - 1
        points = [self._away, self._end_point]
        points += [self._checkpoints[index]] if index >= 0 else []
        reached = [p for p in points if p is not None and p.produced - len(p.behind) <= offset]
        here = self._position + len(self._buffer)  # (decompressed so far)
        best = min(reached, key=lambda p: max(offset - p.produced, 0), default=None)
        if best is None:
            return None
        if offset >= self._position and offset - here <= max(offset - best.produced, 0):
            return None
        return best

    def _leave(self) -> None:
        """Keep where reading got to (`_away`) as a seek jumps away, short of the end, if
        it is the furthest a jump was made from or a MiB was read since the last one: a seek
        back there costs nothing."""
        here = self._position + len(self._buffer)
        if self._ended or (self._total is not None and here >= self._total):  # `_end_point`
            return
        far = self._away is None or here > self._away.produced
        if not far and here - self._restored_at < self._WINDOW:  # (the file's head looked at)
            return
        behind = bytes((self._behind + self._buffer)[-2 * self._WINDOW :])
        point = _Checkpoint(
            here, self.raw.tell(), self._inflate.copy(), self._streams, self._stream_at, behind
        )
        self._away = point

    @property
    def member_start(self) -> int:
        """Where the gzip member being inflated begins in the file."""
        return self._stream_at

    def member_at(self, position: int) -> tuple[int, int]:
        """The gzip member holding gunzipped offset `position` (read up to there): its file
        offset, and `position`'s offset in its gunzipped bytes."""
        begins, offset = self.members.holding(position)
        return offset, position - begins

    def place(self, position: int) -> str:
        """Gunzipped offset `position` named in the file: `611`, a gzip member's start, or
        `611 (gunzipped offset 450 of its gzip member)`."""
        return member_place(*self.member_at(position))

    def cut_reason(self) -> str:
        """What `cut` names: a stream after the first (a second member cut short) is counted."""
        if self._cut_streams == 1:
            return self.CUT
        held = _bytes(self._cut_at - self._cut_stream_at)
        return (
            f"cut short inside gzip stream {self._cut_streams} ({held} from offset "
            f"{self._cut_stream_at:,}): the records before the cut are read"
        )

    def trailing_reason(self) -> str:
        """What `trailing` names: the bytes after the stream, counted."""
        return f"{_bytes(self.after)} after its gzip stream that begin no gzip stream: not read"

    def _fill(self) -> None:
        produced = self._position + len(self._buffer)
        if self._inflate.eof:  # a stream ended: another may follow
            if self.first_only:
                self._end(produced)
                return
            rest = self._inflate.unused_data
            if len(rest) < 2:  # none, or a magic split between two reads
                rest += self.raw.read(self._BLOCK)
            if not rest.startswith(b"\x1f\x8b"):  # the end (or bytes after it that start none)
                if self._total is None:
                    self._count_after(rest)
                self._end(produced)
                return
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._streams += 1
            self._stream_at = self.raw.tell() - len(rest)
            if self._streams > len(self.members):  # (a member met before: known already)
                self.members.append((produced, self._stream_at))
            self._buffer += self._inflate.decompress(rest, self._BLOCK)
            return
        last = self._checkpoints[-1].produced if self._checkpoints else -self._step
        if produced >= last + self._step:  # decompressing can start again here
            point = _Checkpoint(
                produced, self.raw.tell(), self._inflate.copy(), self._streams, self._stream_at
            )
            self._checkpoints.append(point)
            if len(self._checkpoints) > self._CHECKPOINTS:
                self._thin()
        data = self._inflate.unconsumed_tail or self.raw.read(self._BLOCK)
        if not data:  # the file ends inside the stream
            # its bytes are all taken, but what they give may not all be out yet (a match
            # longer than the room the last read left): the cut comes after that
            if held := self._inflate.decompress(b"", self._BLOCK):
                self._buffer += held
                return
            self.cut = True
            self._cut_at = self.raw.tell()
            self._cut_streams, self._cut_stream_at = self._streams, self._stream_at
            self._end(produced)
            return
        self._buffer += self._inflate.decompress(data, self._BLOCK)

    def _thin(self) -> None:
        """Keep every other checkpoint (the first, at the start, among them) and double the
        step: their memory stays bounded, a seek's cost grows with what was read."""
        del self._checkpoints[1::2]
        self._step *= 2

    def _end(self, produced: int) -> None:
        self._ended = True
        self._total = produced
        if self._end_point is None:
            self._end_point = _Checkpoint(
                produced, self.raw.tell(), self._inflate.copy(), self._streams, self._stream_at
            )

    def _count_after(self, rest: bytes) -> None:
        """Count `rest` and the file after it, and whether they hold more than zeros (a
        block's padding)."""
        while rest:
            self.after += len(rest)
            self.trailing = self.trailing or bool(rest.strip(b"\0"))
            rest = self.raw.read(self._BLOCK)


def member_place(offset: int, inside: int) -> str:
    """Gunzipped offset `inside` of the gzip member at file offset `offset`, named: `611`
    (the member's start) or `611 (gunzipped offset 450 of its gzip member)`."""
    return (
        f"{offset}" if inside == 0 else f"{offset} (gunzipped offset {inside} of its gzip member)"
    )


def _bytes(count: int) -> str:
    return f"{count:,} byte{'s' * (count != 1)}"
