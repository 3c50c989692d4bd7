"""The readers of archive files: every record of a file (`read_records`), part of one
(`read_range`, a worker's share), one lz4 or zstd frame (`read_frame`), a file spread over
gzip members or gzipped whole, the record at an offset (`read_one`). Each goes on past what
it cannot read, named in `Skips`."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import IO, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.files import foreign_format, open_regular, recompress_hint, special_file
from newsarchive.warc.frames import ANY_LENGTH, Codec, FrameStream, follow_records
from newsarchive.warc.gzipped import (
    WHOLE_FILE_GZIP,
    Spread,
    WholeGunzip,
    header_spread,
    spread_damage,
    spread_over_members,
    spread_rest_damaged,
    unfinished_member,
)
from newsarchive.warc.notices import LONG_LENGTH, one_line_notices
from newsarchive.warc.overruns import Resume, drained, length_lost, resume_past_overrun
from newsarchive.warc.readerrors import (
    READ_ERRORS,
    RestUnreadable,
    ask,
    disk_error,
    disk_why,
    error_text,
)
from newsarchive.warc.readerrors import reason as _reason
from newsarchive.warc.reads import Frame, Read, Stop, Wanted, unframed
from newsarchive.warc.record_checks import (
    BLOCK_DIGEST_FAILS,
    check_record,
    cut_short_record,
    length_past_end,
    no_length,
    record_damage,
    record_too_long,
    record_uri,
    unreadable_record,
)
from newsarchive.warc.record_starts import (
    JunkPlace,
    cut_short,
    is_arc,
    junk,
    next_record,
    note_padding,
    padding_after,
    past,
    past_bom,
    past_junk,
    tail_padding,
)
from newsarchive.warc.segments import Joining, Segments
from newsarchive.warc.skips import Skips
from newsarchive.warc.unchecked import RecordEnds, lz4_unchecked, read_whole
from newsarchive.warc.warcio_patches import (
    JUNK_BEGINS,
    JUNK_HOOK,
    install_tolerant_digests,
    junk_after,
    tolerant_loader,
)

# WARC 1.1's record types, and warcio's name for an ARC file's header record
_WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
     "continuation", "arc_header"}
)  # fmt: skip


def read_records(
    path: Path, skips: Skips, wanted: Wanted, segments: Segments | None = None
) -> Iterator[Read]:
    """The records of `path` that `wanted` accepts, whole and with their digests right.

    A truncated record, or one whose block digest fails, is skipped and named; a
    file that breaks part way gives its records up to there. With `segments` (the
    batch's, owned by its reader), a record split in segments is joined across files.
    warcio's notices are said at the file's end, a line a kind (`Skips.tally`).
    """
    try:
        yield from _read_file(path, skips, wanted, segments)
    finally:
        skips.say_tallied(path)


def _read_file(
    path: Path, skips: Skips, wanted: Wanted, segments: Segments | None = None, start: int = 0
) -> Iterator[Read]:
    """`path`'s records from the start (`start`: from the record there on, past damage)."""
    done = 0
    last: list[int | None] = [None]
    kind = special_file(path)
    if kind is not None:  # a link in a folder to a FIFO: opened, it waited for a writer
        skips.file(path, f"not a regular file ({kind}): not read")
        return
    opened = False
    try:
        with open_regular(path) as stream:  # a FIFO swapped in since: not waited on
            opened = True
            reason = foreign_format(stream)
            if reason:
                skips.file(path, reason)
                return
            if start:
                stream.seek(start)
            else:
                past_bom(stream, path, skips)
            ends: list[int] = [stream.tell()]

            def records() -> Iterator[Read]:
                nonlocal done
                for read in _records(
                    stream, path, skips, wanted, seekable=True, ends=ends, segments=segments,
                    join_members=True,
                ):  # fmt: skip
                    done += 1
                    last[0] = read.offset
                    yield read

            left = yield from read_on_past_junk(records, stream, path, skips, ends)
            if left:
                skips.file(path, cut_short(left), partial=len(ends) > 1)
    except Spread as spread:
        yield from read_spread(path, skips, wanted, spread.at, segments)
    except ArchiveLoadFailed as exc:
        if WHOLE_FILE_GZIP not in str(exc):
            skips.file(path, _reason(exc, done), partial=done > 0)
            return
        yield from whole_file_gzip(path, skips, wanted, done, segments, after=last[0])
    except READ_ERRORS as exc:
        if opened and disk_error(exc):
            skips.disk(path, disk_why(exc), done)
            return
        skips.file(path, _reason(exc, done), partial=done > 0)


def read_on_past_junk(
    read: Callable[[], Iterable[Read]],
    stream: IO[bytes],
    path: Path,
    skips: Skips,
    ends: list[int],
    stop: Stop | None = None,
    place: JunkPlace | None = None,
) -> Generator[Read, None, int]:
    """What `read()` gives from the stream's position (a record's start; `ends[-1]`, the
    end of the last record met, grows as it reads), read again at each record that an
    overlong one ran over (`Resume`) and after each stretch of junk, at the next record.

    Returns the bytes after the last record that could not be read (0: none). A read
    error with no record after it is raised, as is a file found gzipped whole, at once:
    what it loses is the caller's to say. `stop` reached ends the reading there. `place`
    names junk where the stream's offsets are no file's (`past_junk`).
    """
    while True:
        failed: BaseException | None = None
        start = stream.tell()
        try:
            yield from read()
        except Resume as resume:  # named: on at the record its overlong one ran over
            ends.append(resume.at)
            stream.seek(resume.at)
            continue
        except READ_ERRORS as exc:
            if WHOLE_FILE_GZIP in str(exc):
                raise
            failed = exc
        if stop is not None and stop.reached is not None:
            return 0
        end = past(ends[-1], start)
        left, following = past_junk(stream, path, skips, end, place=place)
        if following is None:
            if failed is not None and left:  # where the rest starts, and how much is lost
                raise RestUnreadable(end, left, failed) from failed
            padding = padding_after(stream, end) if failed is not None else 0
            if padding:  # zeros that warcio took for a gzip member: nothing lost
                note_padding(skips, path, end, padding)
                return 0
            if failed is not None:
                raise failed
            return left
        ends.append(following)


def _records(
    stream: IO[bytes] | WholeGunzip | FrameStream,
    path: Path,
    skips: Skips,
    wanted: Wanted,
    seekable: bool,
    ends: list[int] | None = None,
    stop: Stop | None = None,
    frame: Frame | None = None,
    segments: Segments | None = None,
    join_members: bool = False,
    first_at: int | None = None,
    gunzipped: WholeGunzip | None = None,
    member_offsets: bool = False,
) -> Iterator[Read]:
    """`ends` gets the end offset of each record (whole or not), to find what follows the last.
    With `join_members`, a record whose gzip member ends before its length, the file going
    on, raises `Spread` (read on as one gzip stream from there: `read_spread`); `first_at`:
    the file offset of the first record of a stream that cannot be sought (`read_spread`).
    With `gunzipped` (the stream, a gzip file read whole), a record whose length runs over
    the records after it is found as in a plain file, named at its gzip member; with
    `member_offsets` too (a file gzipped a member a record but for some), a record that
    begins a gzip member has that member's offset.

    With `stop`, the first record starting at or past `stop.at` ends the iteration
    unread and `stop.reached` is its offset (a worker's share of a file ends there).
    With `frame`, `stream` is one lz4 or zstd frame's content (newsarchive.warc.framed); an
    lz4 frame without checksums has each record checked by its digest and framing
    (newsarchive.warc.unchecked), as `recompress` checks it.
    """
    arc = frame.arc if frame is not None else is_arc(cast(IO[bytes], stream))
    install_tolerant_digests()
    ends_checked = (
        RecordEnds(stream) if isinstance(stream, FrameStream) and lz4_unchecked(stream) else None
    )
    records = ArchiveIterator(ends_checked or stream, check_digests=True, arc2warc=True)
    tolerant_loader(records, arc)
    if isinstance(stream, FrameStream) and not arc:  # a record split over frames read whole
        follow_records(records, stream, ANY_LENGTH)
    one_line_notices(records, path, skips, gunzipped=isinstance(stream, WholeGunzip))

    def place(offset: int) -> int | None:
        """A record's offset in the file (None: it cannot be sought)."""
        if frame is not None:
            return frame.offset if offset == 0 and not frame.rest else None
        if first_at is not None and offset == 0:
            return first_at
        if gunzipped is not None and member_offsets:
            member, inside = gunzipped.member_at(offset)
            return member if inside == 0 else None
        return offset if seekable else None

    def junk(at: int, size: int, more: bool) -> None:
        """Name junk after a record (`JUNK_HOOK`): at its offset in a plain file, else at its
        frame's, or its record's gzip member's (a record after it in that member: the file is
        gzipped whole, and read again as such, which names it)."""
        if isinstance(stream, FrameStream):
            offset: int | None = stream.frame_offset
        elif seekable and records.reader.decompressor is None:
            offset = at
            if not more:  # the file's tail: named here, not again as bytes after the last record
                to_end.append(at + size)
                padding = tail_padding(cast(IO[bytes], stream), at)
                if padding:  # zeros or blank space alone: nothing lost
                    note_padding(skips, path, at, padding)
                    return
        elif more and seekable:
            return
        else:
            offset = place(records.offset)
        last = records.record
        where = f"{path}@{offset}" if offset is not None else f"{path} ({record_uri(last)})"
        skips.record(path, where, junk_after(size))
        if ends_checked is not None:
            ends_checked.junk_passed(at, size)

    to_end: list[int] = []  # where junk after the last record ends (the file's end)
    setattr(records, JUNK_HOOK, junk)
    if ends_checked is not None:  # the trailer checked around junk (named on its own)
        setattr(records, JUNK_BEGINS, ends_checked.junk_begins)
    joining = Joining(path, skips, segments)
    record: ArcWarcRecord | None = None  # the last read (`unfinished_member`)
    try:
        for record in records:
            # `offset` (not get_record_offset(), which reads the record to its end)
            if stop is not None and records.offset >= stop.at:
                if stop.reached is None:
                    stop.reached = records.offset
                if not joining.pending:
                    return
                # a worker's share ends, but not before the segments begun in it are whole
                if record.rec_type == "continuation" and joining.wants(record):
                    joined = joining.add(record, record.raw_stream.read())
                    if joined is not None:
                        yield joined
                continue
            ended = None
            _note_type(record, path, skips)
            if ends_checked is not None:
                ends_checked.begun(records, record)
                ended = ends_checked.ended
            yield from _one_record(
                records, record, path, skips, wanted, arc, joining, ends, place,
                in_frame=frame is not None, seekable=seekable, join_members=join_members,
                ended=ended, named=gunzipped.place if gunzipped is not None else None,
                spread_start=first_at is not None and records.offset == 0,
            )  # fmt: skip
            if join_members:
                _member_goes_on(records)
    except (*READ_ERRORS, Resume):
        joining.unjoined()
        raise
    joining.unjoined()
    unfinished_member(records, record)
    if ends is not None and to_end:
        ends.append(to_end[-1])


def _note_type(record: ArcWarcRecord, path: Path, skips: Skips) -> None:
    """A record of a type WARC does not define (FastWARC's tests write `unknown`) is passed
    over, as WARC 1.1 asks readers to, but named once a file: a file of them gave `0 items`
    without a word why."""
    kind = str(record.rec_type or "").lower()
    key = f"type {path}"
    if kind in _WARC_TYPES or key in skips.noticed:
        return
    skips.noticed.add(key)
    skips.notice(
        path,
        f"a record of a type WARC does not define ({record.rec_type}) passed over, as the "
        "standard asks readers to (any more such in the file are not named)",
    )


def _member_goes_on(records: ArchiveIterator) -> None:
    """Raise warcio's "non-chunked gzip" where the gzip member of the record just read (to
    its end) goes on past it (junk, another record): the file is read again as one gzip
    stream (`whole_file_gzip`), which reads and names what the member holds. Before, the
    reading went on from the end warcio gives such a record (short of it, or before its
    start): records read twice, bytes of gzip members named as junk."""
    if records.reader.decompressor is not None and records.next_line:
        raise ArchiveLoadFailed(f"a gzip member goes on past a record ({WHOLE_FILE_GZIP})")


def read_spread(
    path: Path, skips: Skips, wanted: Wanted, at: int, segments: Segments | None = None
) -> Iterator[Read]:
    """The records of `path` from the record at `at`, spread over gzip members, on: read as
    one gzip stream (as gzip reads the members, one after another), so that record is read
    whole (at its offset) and the records after it too (one may start inside a member),
    without offsets."""
    skips.notice(
        path,
        f"the record at offset {at} is spread over several gzip members (its member ends "
        "before its length): read from there as one gzip stream, the records after it "
        "without offsets (replay tools read one member a record: `index` leaves it out)",
    )
    count = 0
    stream: WholeGunzip | None = None
    try:
        with path.open("rb") as packed:
            stream = WholeGunzip(packed, start=at)
            for read in _records(
                stream, path, skips, wanted, seekable=False, segments=segments, first_at=at
            ):
                count += 1
                yield read
            if stream.cut:
                skips.file(path, stream.cut_reason(), partial=True)
            elif stream.trailing:
                skips.file(path, stream.trailing_reason(), partial=True)
    except READ_ERRORS as exc:
        if stream is not None and disk_error(exc):
            skips.disk(path, disk_why(exc), count)
            return
        if stream is not None and not stream.cut and isinstance(exc, zlib.error):
            yield from _past_damaged_member(path, skips, wanted, (at, count), stream, exc, segments)
            return
        reason = stream.cut_reason() if stream and stream.cut else _reason(exc, count)
        skips.file(path, reason, partial=True)


def _past_damaged_member(
    path: Path,
    skips: Skips,
    wanted: Wanted,
    read: tuple[int, int],
    stream: WholeGunzip,
    exc: zlib.error,
    segments: Segments | None,
) -> Iterator[Read]:
    """A gzip member that does not inflate in the stream `read_spread` reads (the spread
    record's rest, or a member after it): named once, the spread record (`read`: its offset,
    and how many records were read from there) if its rest holds it, else the member as
    bytes that start no record, and the file read on, member by member, from the next
    member that starts a record. It lost the file's rest, every record after it."""
    at, count = read
    damaged = stream.member_start
    with path.open("rb") as raw:
        resume = next_record(raw, damaged)
        end = resume if resume is not None else raw.seek(0, 2)
    # the records whole before the damaged member that were not handed on (warcio looks
    # past a record before it is given): a first, silent pass tells whether the spread
    # record is among them (else its rest holds the damage), the second hands them on
    before = _up_to(path, Skips(quiet=True), wanted, at, damaged, segments)
    said = logging.getLogger("newsarchive.warc.archives")  # `Skips` names records even quiet
    was, said.disabled = said.disabled, True
    try:
        whole = [r.offset for _, r in zip(range(count + 1), before, strict=False)]
    finally:
        said.disabled = was
        before.close()
    if count == 0 and at not in whole:  # in the spread record's own rest
        skips.record(path, f"{path}@{at}", spread_rest_damaged(error_text(exc)))
    else:
        skips.record(path, f"{path}@{damaged}", junk(end - damaged))
    for number, again in enumerate(_up_to(path, skips, wanted, at, damaged, segments)):
        if number >= count:
            yield again
    if resume is not None:
        yield from _read_file(path, skips, wanted, segments, start=resume)


def _up_to(
    path: Path, skips: Skips, wanted: Wanted, at: int, limit: int, segments: Segments | None
) -> Generator[Read, None, None]:
    """The records read as one gzip stream from `at` in the file's bytes before `limit` (a
    damaged gzip member's start), as `read_spread` read them; what is cut there is not
    named (the caller names the damage)."""
    with path.open("rb") as packed:
        stream = WholeGunzip(cast(IO[bytes], _Before(packed, limit)), start=at)
        try:
            yield from _records(
                stream, path, skips, wanted, seekable=False, segments=segments, first_at=at
            )
        except READ_ERRORS:
            return


class _Before:
    """A file read as if it ended at `limit`: read, tell and seek, all `WholeGunzip` uses."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self.raw = raw
        self.limit = limit

    def read(self, size: int = -1) -> bytes:
        left = max(0, self.limit - self.raw.tell())
        return self.raw.read(left if size < 0 else min(size, left))

    def tell(self) -> int:
        return self.raw.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 2:
            return self.raw.seek(self.limit + offset)
        return self.raw.seek(offset, whence)


def _one_record(
    records: ArchiveIterator,
    record: ArcWarcRecord,
    path: Path,
    skips: Skips,
    wanted: Wanted,
    arc: bool,
    joining: Joining,
    ends: list[int] | None,
    place: Callable[[int], int | None],
    in_frame: bool,
    seekable: bool,
    join_members: bool = False,
    ended: Callable[[ArchiveIterator, ArcWarcRecord], None] | None = None,
    named: Callable[[int], str] | None = None,
    spread_start: bool = False,
) -> Iterator[Read]:
    """The record `records` is at, if it is read whole and wanted (see `_records`); `ended`
    raises for damage its frame's checksums would have found, once it is read to its end;
    `spread_start`: the record spread over gzip members `read_spread` reads on from."""
    spread_check = join_members and seekable and not in_frame

    def where(offset: int | None) -> str:
        return f"{path}@{offset}" if offset is not None else f"{path} ({record_uri(record)})"

    # a plain file (warcio knows once it has read the first record)
    plain = seekable and not in_frame and records.reader.decompressor is None
    plain = plain or named is not None  # (a gzip stream read whole: `named` its offsets)
    check_record(record, arc)
    problem = unreadable_record(record)
    if problem and spread_check and header_spread(records):  # its header's rest: next member
        raise Spread(records.offset)
    if no_length(problem):  # its header cut off before its length (or one that is no number)
        at = where(place(records.offset))  # before its length is read: that moves it on
        skips.record(path, at, problem)
        following = length_lost(records) if plain else None
        if following is not None:
            raise Resume(following)
        if ends is not None:
            ends.append(records.get_record_offset() + records.get_record_length())
        return
    if problem:
        skips.record(path, where(place(records.offset)), problem, url=_uri(record))
    joining.seen(record)
    continuing = record.rec_type == "continuation" and (
        joining.wants(record) or joining.holds(record)
    )
    # the filter asked once a record; what it raises is its own bug (FilterFailed), no damage
    want = not problem and (continuing or ask(wanted, record, where(place(records.offset))))
    too_long = want and record_too_long(record, path, skips, where(place(records.offset)))
    if problem or too_long or not want:
        if plain and not too_long:  # read to its end: it may run over the records after it
            payload, size = drained(record.raw_stream)
            resume_past_overrun(records, record, payload, size, path, skips, arc, named)
        elif spread_check and not problem and not too_long:  # to its end, nothing kept
            while record.raw_stream.read(1 << 16):
                pass
            if spread_over_members(records, record):
                raise Spread(records.offset)
        if ends is not None or in_frame:  # get_record_length() reads it to its end
            end = records.get_record_offset() + records.get_record_length()
            if ended is not None:
                ended(records, record)
            if ends is not None:
                ends.append(end)
            left = int(getattr(record.raw_stream, "limit", 0) or 0)
            if left:  # the file ends inside it: nothing after it says so
                at = where(place(records.get_record_offset()))
                skips.record(path, at, cut_short_record(left), url=_uri(record))
        return
    raw = record.raw_stream.read()
    if plain:
        resume_past_overrun(records, record, raw, len(raw), path, skips, arc, named)
    if spread_check and spread_over_members(records, record):
        raise Spread(records.offset)
    offset = place(records.get_record_offset())
    if ended is not None:
        ended(records, record)
    if ends is not None:
        ends.append(records.get_record_offset() + records.get_record_length())
    if join_members:  # (read with the records after it in its member, its length checked)
        _member_goes_on(records)
    problem = record_damage(record, raw)
    if not problem and (past := length_past_end(record, len(raw))):
        begins = offset if offset is not None else records.get_record_offset()
        skips.tally(path, LONG_LENGTH, begins, f"{past:,}")
    if spread_start and problem == BLOCK_DIGEST_FAILS:  # as `index` names it
        problem = spread_damage(True)
    if not problem and ended is not None and not read_whole(record):
        # an unchecked frame's last record, cut: a miscounted length cannot be told there
        problem = cut_short_record(int(getattr(record.raw_stream, "limit", 0) or 0))
    if continuing and not joining.wants(record):  # its first is in another file, or none
        joining.hold(record, raw, problem, where(offset))
        return
    if continuing:
        joined = joining.add(record, raw, problem)
        if joined is not None:
            yield joined
        return
    if problem:
        skips.record(path, where(offset), problem, url=_uri(record))
        return
    read = Read(record, unframed(record, raw), offset, where(offset), path, arc)
    if record.rec_headers.get_header("WARC-Segment-Number") is not None:
        joining.begin(read, raw)  # its continuation records follow
        return
    yield read


def read_range(
    stream: IO[bytes],
    path: Path,
    skips: Skips,
    wanted: Wanted,
    ends: list[int],
    stop: Stop,
    segments: Segments | None = None,
) -> Iterator[Read]:
    """The records from the stream's position (a record's start) to `stop`, as `read_records`
    reads them; errors are the caller's, who knows how much of the file came before. A
    record spread over gzip members raises `Spread`, as in `read_records`: the caller reads
    on from it as one gzip stream (`read_spread`), to the file's end."""
    yield from _records(
        stream, path, skips, wanted, seekable=True, ends=ends, stop=stop, segments=segments,
        join_members=True,
    )  # fmt: skip


def read_frame(
    stream: FrameStream,
    path: Path,
    skips: Skips,
    wanted: Wanted,
    frame: Frame,
    segments: Segments | None = None,
) -> Iterator[Read]:
    """The records in one lz4 or zstd frame, as `read_records` reads them; errors (a frame
    that does not decompress or is cut off) are the caller's, who knows what came before."""
    yield from _records(stream, path, skips, wanted, seekable=False, frame=frame, segments=segments)


def whole_file_gzip(
    path: Path,
    skips: Skips,
    wanted: Wanted,
    done: int,
    segments: Segments | None = None,
    after: int | None = None,
) -> Iterator[Read]:
    """A file gzipped whole (not per record): readable, but nothing can seek into it. Its
    notices give offsets in its gunzipped stream, the only ones that name a place in it.
    The first `done` records were read (as gzipped member by member); with `after`, the
    offset of the last of them, the records from the gzip member after it on are given
    (the first record of a member shared with the records after it, its length running
    over them, is left out of this reading: the count alone lost the one after it)."""
    skips.untally(path)  # of the first record, read as gzipped member by member
    shared = _one_member_shared(path)
    if shared:  # `index` indexes the file, but that member's later records
        skips.notice(
            path,
            "a gzip member after its first holds more than one record: read whole from the "
            "start, the records after that member's first without offsets (`index` indexes "
            "the first record of each member and names the others)",
        )
    else:
        skips.unseekable.add(str(path))
        skips.notice(  # unless a pass that could not read it named it already
            path,
            "gzipped as one stream, not record by record: read whole (replay tools cannot use "
            f"it; {recompress_hint(skips.shown(path))})",
        )
    count = 0
    stream: WholeGunzip | None = None
    try:
        with path.open("rb") as packed:
            stream = whole = WholeGunzip(packed)
            ends = [0]

            def records() -> Iterator[Read]:
                yield from _records(
                    whole, path, skips, wanted, seekable=False, ends=ends, segments=segments,
                    gunzipped=whole, member_offsets=shared,
                )  # fmt: skip

            def place(at: int, size: int) -> tuple[str, int]:
                """Junk at gunzipped offset `at`: named at its gzip member (as `index` names
                it), the blank lines that end the record before it apart."""
                whole.seek(at)
                lead = whole.read(min(size, 64))
                blank = len(lead) - len(lead.lstrip(b"\r\n"))
                offset, _ = whole.member_at(at + blank)
                return f"{path}@{offset}", size - blank

            reading = read_on_past_junk(
                records, cast(IO[bytes], whole), path, skips, ends, place=place
            )
            left = 0
            skipping = shared and after is not None
            while True:
                try:
                    read = next(reading)
                except StopIteration as stopped:
                    left = stopped.value or 0
                    break
                count += 1
                if skipping and after is not None:  # read before, up to the one at `after`
                    skipping = read.offset is not None and read.offset < after
                    if skipping or read.offset == after:
                        continue
                elif not (shared and after is not None) and count <= done:
                    continue
                yield read
            if whole.cut:
                skips.file(path, stream.cut_reason(), partial=count > 0)
            elif whole.trailing:
                skips.file(path, whole.trailing_reason(), partial=True)
            elif left:
                skips.file(path, cut_short(left), partial=count > 0)
    except READ_ERRORS as exc:  # a record the stream was cut in, read as far as it goes
        if stream is not None and disk_error(exc):
            skips.disk(path, disk_why(exc), count)
            return
        reason = stream.cut_reason() if stream and stream.cut else _reason(exc, count)
        skips.file(path, reason, partial=count > 0)


def _one_member_shared(path: Path) -> bool:
    """Whether warcio's "non-chunked gzip" came of one member holding several records in a
    file gzipped a member a record otherwise (`newsarchive.warc.shared_members`), not of a
    file gzipped whole (as `recompress` tells it)."""
    from newsarchive.warc.recompress import ProbeDamaged, gzipped_whole  # (it imports this)

    try:
        with path.open("rb") as stream:
            return not gzipped_whole(stream)
    except (*READ_ERRORS, ProbeDamaged):
        return False


def read_one(path: Path, offset: int, codec: Codec | None = None) -> tuple[ArcWarcRecord, bytes]:
    """The record at `offset` of `path` and its payload (as `read_records` gives it);
    with `codec`, `offset` is that of an lz4 or zstd frame."""
    with path.open("rb") as stream:
        stream.seek(offset)
        source = FrameStream(stream, offset, codec) if codec is not None else stream
        archive = ArchiveIterator(source, arc2warc=True)
        if isinstance(source, FrameStream):  # (its rest in the frames after, if split)
            follow_records(archive, source, ANY_LENGTH)
        record = next(iter(archive))
        return record, unframed(record, record.raw_stream.read())


def _uri(record: ArcWarcRecord) -> str | None:
    """The URL a skipped record was of (`history URL` names it), if its header says one."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return str(uri) if uri else None
