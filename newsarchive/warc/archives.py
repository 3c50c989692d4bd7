"""Reading WARC and ARC files that anyone wrote, record by record, without stopping a batch.

`extract`, `index` and `replay` all read archives through here: WARC/0.18 to
1.1 and ARC (arc2warc), plain or gzipped. A file that cannot be read, or a
record that is damaged, is named with its reason in `Skips` and the reader
goes on with the rest; the commands turn the count into their summary line
and exit status.
"""

from __future__ import annotations

import base64
import gzip
import logging
import os
import re
import sys
import weakref
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, cast

from warcio import digestverifyingreader
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader
from warcio.statusandheaders import (
    StatusAndHeaders,
    StatusAndHeadersParser,
    StatusAndHeadersParserException,
)
from warcio.utils import Digester

from newsarchive.timestamps import utc_warc_date
from newsarchive.warc.encodings import dechunk
from newsarchive.warc.frames import Codec, FrameStream, framed
from newsarchive.warc.readerrors import (  # READ_ERRORS, error_text, unreadable: read from here too
    READ_ERRORS as READ_ERRORS,
)
from newsarchive.warc.readerrors import (
    ask,
)
from newsarchive.warc.readerrors import (
    error_text as error_text,
)
from newsarchive.warc.readerrors import reason as _reason
from newsarchive.warc.readerrors import (
    unreadable as unreadable,
)
from newsarchive.warc.spoolfiles import new_spool_file

logger = logging.getLogger(__name__)

# A name an archive file may have: example.warc.gz, crawl.arc, x.warc.gz.bad ...
ARCHIVE_NAME = re.compile(r"\.w?arc(\.|$)", re.IGNORECASE)
_MAGIC = {b"PK\x03\x04": "a ZIP file (a .wacz? give it to `replay`, or unpack it)"}
WHOLE_FILE_GZIP = "non-chunked gzip"
# WARC-Truncated values for a body the server did not send whole (newsarchive,
# Heritrix and wpull write these); `length` (kept up to a size limit) came whole.
CUT_WHEN_FETCHED = ("disconnect", "time")
# WARC/0.9 and 0.10 put length, type, URI, date and id on the version's line
_DRAFT_WARC = re.compile(rb"\s*(WARC/0\.(?!17\b|18\b)\d+)\s")
# Which records a reader wants read whole (the others are passed over unread).
Wanted = Callable[[ArcWarcRecord], bool]


@dataclass
class Skips:
    """What a batch could not read: files (or their rest) and single records, each named."""

    files: dict[str, str] = field(default_factory=dict)
    records: list[tuple[str, str]] = field(default_factory=list)
    partial: set[str] = field(default_factory=set)  # files whose first records were read
    with_records: set[str] = field(default_factory=set)  # files with records skipped
    # `where` of records left out of the index whose file is still whole (a record split in
    # segments, its revisits): a WACZ holds the file, without them
    left_in_file: list[str] = field(default_factory=list)
    named: set[str] = field(default_factory=set)  # the `where` of each record skipped
    noticed: set[str] = field(default_factory=set)  # `path@offset` of each notice said
    # warcio's notices, counted a file and kind (`tally`): (path, kind) -> [count, first
    # offset, what the first found]
    tallied: dict[tuple[str, str], list[object]] = field(default_factory=dict)
    # a file read under another name (replay's links in its scratch folder): the name given
    aliases: dict[str, str] = field(default_factory=dict)
    quiet: bool = False  # a pass whose findings another pass names: says nothing
    # first segments (`path@offset`) that `replay` serves joined from a copy: not left out
    joined_copies: set[str] = field(default_factory=set)
    # files gzipped whole: read, but no offset in them can be served (kept out of a WACZ)
    unseekable: set[str] = field(default_factory=set)
    # `where` of the revisits without HTTP headers whose original is in none of the files
    # (an image's or a page's: only the original tells), said in one line (`say_outside`)
    outside: list[str] = field(default_factory=list)
    _outside_said: int = 0
    # `where` of the revisits with HTTP headers whose original is in none of the files, each
    # named on its own line (a page a package cannot show: `revisit_unlisted`)
    unlisted: list[str] = field(default_factory=list)

    def file(self, path: Path | str, reason: str, partial: bool = False) -> None:
        """`path` could not be read (`partial`: only from some record on).

        A file named already (a second pass over the batch, as `index --wacz`
        makes) is not named or counted again.
        """
        if str(path) in self.files:
            return
        said = "rest skipped" if partial else "skipped"
        logger.warning("%s: %s: %s", self.shown(path), said, reason)
        self.files[str(path)] = reason
        if partial:
            self.partial.add(str(path))

    def record(self, path: Path | str, where: str, reason: str, file_whole: bool = False) -> None:
        """A record of `path` (at `where`: path@offset) was left out (once, however often read);
        `file_whole`: the record is whole, only replay tools cannot serve it, so a package may
        still hold its file."""
        if where in self.named or str(path) in self.files:  # named already, or its file
            return
        self.named.add(where)
        logger.warning("%s: record skipped: %s", self.shown(where), reason)
        self.records.append((where, reason))
        if file_whole:
            self.left_in_file.append(where)
        else:
            self.with_records.add(str(path))

    def revisit_outside(self, where: str) -> None:
        """A revisit without HTTP headers whose original is in none of the files given (a
        crawl's 304s, given without the earlier crawl's WARCs): counted, said with the
        others in one line (`say_outside`), not one line each, most being of images."""
        if where in self.named:
            return
        self.named.add(where)
        self.outside.append(where)

    def revisit_unlisted(self, where: str, url: str) -> None:
        """A revisit with HTTP headers whose original is in none of the files given: no page
        a package can list (wget's `--warc-dedup` re-crawl given alone), named and counted
        with the revisits of originals not given (before, named only: exit 0)."""
        if where in self.named:
            return
        self.named.add(where)
        self.unlisted.append(where)
        logger.warning(
            "%s: revisit of %s whose original is in none of these files: not listed as a page",
            self.shown(where), url,
        )  # fmt: skip

    @property
    def revisits_outside(self) -> int:
        """Revisits whose original is in none of the files given, with HTTP headers or not."""
        return len(self.outside) + len(self.unlisted)

    def say_outside(self) -> None:
        """The line of the revisits counted by `revisit_outside` since it was last said."""
        new = self.outside[self._outside_said :]
        self._outside_said = len(self.outside)
        if new and not self.quiet:
            logger.warning(
                "%d revisit%s without HTTP headers (not modified) point%s to an original in none "
                "of the files given: no page made of them (only the original tells a page's from "
                "an image's; give the earlier crawls' WARCs too); the first at %s",
                len(new), "s" * (len(new) != 1), "s" * (len(new) == 1), self.shown(new[0]),
            )  # fmt: skip

    def notice(self, path: Path | str, text: str) -> None:
        """Something about `path` worth a line that skips nothing (once per file and pass)."""
        if not self.quiet and str(path) not in self.files:
            logger.warning("%s: %s", self.shown(path), text)

    def tally(self, path: Path | str, kind: str, offset: int, detail: str) -> None:
        """One more of warcio's notices of `kind` (NOT_BLANK, SPACES) in `path`, at `offset`
        (once however often read), said with the others of its file and kind on one line
        (`say_tallied`): warcio says each on its own, three lines for some, naming no file."""
        key = f"{kind} {path}@{offset}"
        if self.quiet or key in self.noticed:
            return
        self.noticed.add(key)
        found = self.tallied.setdefault((str(path), kind), [0, offset, detail])
        found[0] = cast(int, found[0]) + 1

    def untally(self, path: Path | str) -> None:
        """Forget the notices tallied of `path`: read again from its start (a file found
        gzipped whole), the offsets of the first reading named no place in it."""
        for key in [key for key in self.tallied if key[0] == str(path)]:
            del self.tallied[key]

    def say_tallied(self, path: Path | str | None = None) -> None:
        """Say the notices tallied of `path` (all files: None), a line a kind, and forget them."""
        for key in [key for key in self.tallied if path is None or key[0] == str(path)]:
            count, first, detail = self.tallied.pop(key)
            text = _TALLIED[key[1]](cast(int, count), cast(int, first), str(detail))
            logger.warning("%s: %s", self.shown(key[0]), text)

    def shown(self, where: Path | str) -> str:
        """`where` (a path, `path@offset` or `path (url)`) under the name the user gave."""
        text = str(where)
        for alias, name in self.aliases.items():
            if text == alias or text.startswith((alias + "@", alias + " ")):
                return name + text[len(alias) :]
        return text

    def clean(self, paths: Iterable[Path]) -> list[Path]:
        """The files of `paths` that were read with nothing skipped."""
        left_out = self.files.keys() | self.with_records
        return [p for p in paths if str(p) not in left_out]

    def packable(self, paths: Iterable[Path]) -> list[Path]:
        """The files of `paths` a package can hold: every one with a record replay tools can
        serve at its offset. A file with records skipped (or its rest) is kept, bytes
        unchanged, its index leaving out what was skipped; only a file wholly unreadable,
        or gzipped whole (no offset in it can be sought), stays out."""
        wholly = {path for path in self.files if path not in self.partial}
        left_out = wholly | self.unseekable
        return [p for p in paths if str(p) not in left_out]

    def left_out_of(self, path: Path | str) -> int:
        """How many records of `path` were skipped (a record split in segments, which its
        file still holds, not counted)."""
        prefix, whole = f"{path}@", set(self.left_in_file)
        return sum(
            1 for where, _ in self.records if where.startswith(prefix) and where not in whole
        )

    @property
    def count(self) -> int:
        return len(self.files) + len(self.records) + self.revisits_outside

    def summary(self) -> str:
        """`2 files unreadable, 3 records skipped` (empty when nothing was skipped)."""
        parts = []
        if self.files:
            whole = len(self.files) - len(self.partial)
            parts.append(f"{len(self.files)} file{'s' * (len(self.files) != 1)} unreadable")
            if self.partial:
                parts[-1] += f" ({whole} wholly, {len(self.partial)} from some record on)"
        if self.records:
            parts.append(f"{len(self.records)} record{'s' * (len(self.records) != 1)} skipped")
        if self.revisits_outside:
            count = self.revisits_outside
            parts.append(f"{count} revisit{'s' * (count != 1)} of originals not given")
        return ", ".join(parts)


def archive_files(inputs: Iterable[Path]) -> list[Path]:
    """Archive files named by `inputs` (files, or folders searched recursively).

    In a folder, every name with `.warc` or `.arc` in it is taken (so a broken
    `.warc.lz4`, or a link to no file, is tried and named, not passed over); a `.open` file is still
    being written (or awaits `python -m newsarchive recover`) and is left out,
    with a warning. A file named on the command line must look like an archive.
    A file named twice (`warc/ warc/*.warc.gz`) is taken once: its records are
    one capture each, not two.
    """
    found: dict[Path, Path] = {}  # resolved path: the path as named first
    for path in inputs:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if candidate.name.endswith(".open"):
                    logger.warning("left out %s: still open (recover it first)", candidate)
                elif ARCHIVE_NAME.search(candidate.name) and (
                    candidate.is_file() or candidate.is_symlink()  # a link to nothing: named
                ):
                    found.setdefault(Path(os.path.realpath(candidate)), candidate)
        elif ARCHIVE_NAME.search(path.name) and not path.name.endswith(".open"):
            found.setdefault(path.resolve(), path)
        elif path.name.endswith(".open") and ARCHIVE_NAME.search(path.name):
            raise ValueError(  # it said "not a WARC or ARC file", of a WARC being written
                f"{path} is still open: a crawl is writing it, or one was killed "
                "(python -m newsarchive recover closes it)"
            )
        else:
            raise ValueError(f"not a WARC or ARC file or directory: {path}")
    return list(found.values())


def openable(path: Path, skips: Skips) -> bool:
    """Whether `path` opens; if not (a link to nothing, a loop of links), it is named in `skips`."""
    try:
        path.open("rb").close()
    except OSError as exc:
        skips.file(path, unreadable(error_text(exc), 0))
        return False
    return True


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
    path: Path, skips: Skips, wanted: Wanted, segments: Segments | None = None
) -> Iterator[Read]:
    done = 0
    try:
        with path.open("rb") as stream:
            reason = foreign_format(stream)
            if reason:
                skips.file(path, reason)
                return
            past_bom(stream, path, skips)
            ends: list[int] = [stream.tell()]

            def records() -> Iterator[Read]:
                nonlocal done
                for read in _records(
                    stream, path, skips, wanted, seekable=True, ends=ends, segments=segments,
                    join_members=True,
                ):  # fmt: skip
                    done += 1
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
        yield from whole_file_gzip(path, skips, wanted, done, segments)
    except READ_ERRORS as exc:
        skips.file(path, _reason(exc, done), partial=done > 0)


def read_on_past_junk(
    read: Callable[[], Iterable[Read]],
    stream: IO[bytes],
    path: Path,
    skips: Skips,
    ends: list[int],
    stop: Stop | None = None,
) -> Generator[Read, None, int]:
    """What `read()` gives from the stream's position (a record's start; `ends[-1]`, the
    end of the last record met, grows as it reads), read again at each record that an
    overlong one ran over (`Resume`) and after each stretch of junk, at the next record.

    Returns the bytes after the last record that could not be read (0: none). A read
    error with no record after it is raised, as is a file found gzipped whole, at once:
    what it loses is the caller's to say. `stop` reached ends the reading there.
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
        left, following = past_junk(stream, path, skips, past(ends[-1], start))
        if following is None:
            if failed is not None:
                raise failed
            return left
        ends.append(following)


def past(end: int, start: int) -> int:
    """Where to look for the next record once reading from `start` stopped at `end`: never
    before `start` (a damaged gzip member's header, its FEXTRA flag set by a flipped bit,
    gave its record an end before its start, and the same record was read again forever)."""
    return max(end, start)


def past_junk(
    stream: IO[bytes], path: Path | str, skips: Skips, end: int, named: bool = False
) -> tuple[int, int | None]:
    """Where reading stopped at `end`: the bytes left there that are more than blank lines
    (0: none), and the offset of the next record past them (None: none). Junk before a
    record is named (not where it is `named` already: the rest of a record spread over
    gzip members) and the stream set at that record: the records after it are whole.
    The blank lines that end the record before (counted with junk after them) are no junk
    alone: a plain WARC cut inside a record's header named them so (`4 bytes that start no
    record`) beside its cut rest."""
    left = unread_tail(stream, end)
    following = next_record(stream, end) if left else None
    if following is not None and not named:
        stream.seek(end)
        gap = following - end  # a long one is junk: never read whole
        if gap > 64 or stream.read(gap).strip(b"\r\n"):
            skips.record(path, f"{path}@{end}", junk(gap))
        stream.seek(following)
    return left, following


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
) -> Iterator[Read]:
    """`ends` gets the end offset of each record (whole or not), to find what follows the last.
    With `join_members`, a record whose gzip member ends before its length, the file going
    on, raises `Spread` (read on as one gzip stream from there: `read_spread`); `first_at`:
    the file offset of the first record of a stream that cannot be sought (`read_spread`).

    With `stop`, the first record starting at or past `stop.at` ends the iteration
    unread and `stop.reached` is its offset (a worker's share of a file ends there).
    With `frame`, `stream` is one lz4 or zstd frame's content (newsarchive.warc.framed).
    """
    arc = frame.arc if frame is not None else is_arc(cast(IO[bytes], stream))
    install_tolerant_digests()
    records = ArchiveIterator(stream, check_digests=True, arc2warc=True)
    tolerant_loader(records, arc)
    one_line_notices(records, path, skips, gunzipped=isinstance(stream, WholeGunzip))

    def place(offset: int) -> int | None:
        """A record's offset in the file (None: it cannot be sought)."""
        if frame is not None:
            return frame.offset if offset == 0 else None
        if first_at is not None and offset == 0:
            return first_at
        return offset if seekable else None

    joining = _Joining(path, skips, segments)
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
            yield from _one_record(
                records, record, path, skips, wanted, arc, joining, ends, place,
                in_frame=frame is not None, seekable=seekable, join_members=join_members,
            )  # fmt: skip
    except (*READ_ERRORS, Resume):
        joining.unjoined()
        raise
    joining.unjoined()
    unfinished_member(records, record)


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
        head = _head(stream)
    finally:
        stream.seek(here)
    return head is not None and (_starts_record(head, False) or _starts_record(head, True))


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


def spread_reason(missing: int) -> str:
    """Why `index` leaves out a record spread over gzip members (`spread_over_members`)."""
    return (
        f"spread over several gzip members (its member ends {missing} bytes before its "
        "length; replay tools read one member a record): not indexed, the members after it "
        "with it (`extract` reads it whole)"
    )


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
        reason = stream.cut_reason() if stream and stream.cut else _reason(exc, count)
        skips.file(path, reason, partial=True)


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


def _one_record(
    records: ArchiveIterator,
    record: ArcWarcRecord,
    path: Path,
    skips: Skips,
    wanted: Wanted,
    arc: bool,
    joining: _Joining,
    ends: list[int] | None,
    place: Callable[[int], int | None],
    in_frame: bool,
    seekable: bool,
    join_members: bool = False,
) -> Iterator[Read]:
    """The record `records` is at, if it is read whole and wanted (see `_records`)."""
    spread_check = join_members and seekable and not in_frame

    def where(offset: int | None) -> str:
        return f"{path}@{offset}" if offset is not None else f"{path} ({_uri(record)})"

    # a plain file (warcio knows once it has read the first record)
    plain = seekable and not in_frame and records.reader.decompressor is None
    check_record(record, arc)
    problem = unreadable_record(record)
    if problem and spread_check and header_spread(records):  # its header's rest: next member
        raise Spread(records.offset)
    if problem == NO_LENGTH:  # its header cut off before its length (or one that is no number)
        at = where(place(records.offset))  # before its length is read: that moves it on
        skips.record(path, at, problem)
        following = length_lost(records) if plain else None
        if following is not None:
            raise Resume(following)
        if ends is not None:
            ends.append(records.get_record_offset() + records.get_record_length())
        return
    if problem:
        skips.record(path, where(place(records.offset)), problem)
    joining.seen(record)
    continuing = record.rec_type == "continuation" and (
        joining.wants(record) or joining.holds(record)
    )
    # the filter asked once a record; what it raises is its own bug (FilterFailed), no damage
    want = not problem and (continuing or ask(wanted, record, where(place(records.offset))))
    too_long = want and _too_long(record, path, skips, where(place(records.offset)))
    if problem or too_long or not want:
        if plain and not too_long:  # read to its end: it may run over the records after it
            payload, size = _drained(record.raw_stream)
            _resume_past_overrun(records, record, payload, size, path, skips, arc)
        elif spread_check and not problem and not too_long:  # to its end, nothing kept
            while record.raw_stream.read(1 << 16):
                pass
            if spread_over_members(records, record):
                raise Spread(records.offset)
        if ends is not None or in_frame:  # get_record_length() reads it to its end
            end = records.get_record_offset() + records.get_record_length()
            if ends is not None:
                ends.append(end)
            left = int(getattr(record.raw_stream, "limit", 0) or 0)
            if left:  # the file ends inside it: nothing after it says so
                at = where(place(records.get_record_offset()))
                skips.record(path, at, f"cut short: {left} bytes of its length missing")
        return
    raw = record.raw_stream.read()
    if plain:
        _resume_past_overrun(records, record, raw, len(raw), path, skips, arc)
    if spread_check and spread_over_members(records, record):
        raise Spread(records.offset)
    offset = place(records.get_record_offset())
    if ends is not None:
        ends.append(records.get_record_offset() + records.get_record_length())
    problem = _damage(record, raw)
    if continuing and not joining.wants(record):  # its first is in another file, or none
        joining.hold(record, raw, problem, where(offset))
        return
    if continuing:
        joined = joining.add(record, raw, problem)
        if joined is not None:
            yield joined
        return
    if problem:
        skips.record(path, where(offset), problem)
        return
    read = Read(record, _unframed(record, raw), offset, where(offset), path, arc)
    if record.rec_headers.get_header("WARC-Segment-Number") is not None:
        joining.begin(read, raw)  # its continuation records follow
        return
    yield read


class _Joining:
    """The segments of records split in segments (WARC-Segment-Number), joined as they come:
    a first segment waits for its continuation records in its file, then the record is
    given whole; one whose segments do not all come is named, or, in a batch (`Segments`),
    held with the continuations whose first is not in their file, for the batch's end.
    Held segments go to a `_Spool` (the batch's, or this file's own): bounded memory."""

    def __init__(self, path: Path, skips: Skips, batch: Segments | None = None) -> None:
        self.path = path
        self.skips = skips
        self.pending: dict[str, tuple[Read, list[_Piece], int]] = {}  # origin id: first, parts
        self.batch = batch
        self.spool = batch.spool if batch is not None else _Spool()

    def wants(self, record: ArcWarcRecord) -> bool:
        """Whether `record` (a continuation) continues a first segment read."""
        return _origin(record) in self.pending

    def seen(self, record: ArcWarcRecord) -> None:
        """Note a first segment, read or not: its continuations in other files are its."""
        if self.batch is not None and _segment_number(record) == "1":
            self.batch.seen.add(str(record.rec_headers.get_header("WARC-Record-ID")).strip())

    def holds(self, record: ArcWarcRecord) -> bool:
        """Whether `record` (a continuation whose first is not pending here) is held for the
        batch's end: its first may be in another file (not one passed over unread)."""
        batch = self.batch
        origin = _origin(record)
        return batch is not None and (origin in batch.firsts or origin not in batch.seen)

    def hold(self, record: ArcWarcRecord, raw: bytes, problem: str | None, where: str) -> None:
        assert self.batch is not None
        number = _segment_number(record)
        last = record.rec_headers.get_header("WARC-Segment-Total-Length") is not None
        parts = self.batch.rest.setdefault(_origin(record), {})
        key = int(number) if number.isdigit() else 0
        if key in parts:  # a segment given twice: the last kept
            self.spool.drop([parts[key].piece])
        piece = self.spool.put(raw if problem is None else b"")  # a damaged one is not joined
        parts[key] = _Held(piece, last, problem, self.path, where)

    def begin(self, first: Read, raw: bytes) -> None:
        number = (first.record.rec_headers.get_header("WARC-Segment-Number") or "").strip()
        record_id = first.record.rec_headers.get_header("WARC-Record-ID") or ""
        if number != "1" or not record_id:
            self.skips.record(self.path, first.where, f"segment {number} without its first")
            return
        # its payload is made again from all the parts once joined
        held = replace(first, payload=b"")
        self.pending[record_id.strip()] = (held, [self.spool.put(raw)], len(raw))

    def add(self, record: ArcWarcRecord, raw: bytes, problem: str | None = None) -> Read | None:
        """`record` (a continuation of a pending record) added; the record, if now whole."""
        origin = _origin(record)
        first, parts, size = self.pending.pop(origin)
        number = (record.rec_headers.get_header("WARC-Segment-Number") or "").strip()
        if problem is None and number != str(len(parts) + 1):
            problem = f"segment {number or '?'} came where segment {len(parts) + 1} was due"
        if problem is None and size + len(raw) > MAX_RECORD_BYTES:
            problem = f"its segments are over the {MAX_RECORD_BYTES:,} bytes read"
        if problem is not None:
            self.spool.drop(parts)
            self.skips.record(self.path, first.where, f"segment {number}: {problem}")
            return None
        parts.append(self.spool.put(raw))
        if record.rec_headers.get_header("WARC-Segment-Total-Length") is None:
            self.pending[origin] = (first, parts, size + len(raw))
            return None
        joined = self.spool.take(parts)
        return replace(first, payload=_unframed(first.record, joined))

    def unjoined(self) -> None:
        """Name the records whose segments did not all come (in a batch: hold them for its
        end, when the other files were read)."""
        if self.batch is not None:
            for origin, (first, parts, _) in self.pending.items():
                self.batch.firsts[origin] = (first, parts)
            self.pending.clear()
            return
        for first, parts, _ in self.pending.values():
            reason = (
                f"segment 1 of a record split in segments (WARC-Segment-Number): "
                f"{len(parts)} of its segments read, the others not in this file "
                "(segments are joined only within a file)"
            )
            self.skips.record(self.path, first.where, reason)
        self.pending.clear()
        self.spool.close()


def _origin(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Segment-Origin-ID") or "").strip()


def _segment_number(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Segment-Number") or "").strip()


# Segments held for joining are kept in memory up to this many bytes in all (per reader or
# worker), the rest in a temporary file: an archive of continuation records whose first
# segment never comes took its size in memory (2 GiB of them: 2.1 GB peak RSS).
SPOOL_MEMORY = 32 << 20


@dataclass(frozen=True)
class _Piece:
    """One segment's bytes as held: in memory (`data`), or at `at` in its spool's file."""

    size: int
    data: bytes | None = None
    at: int = 0


class _Spool:
    """Where the segments held for joining are kept: memory up to `SPOOL_MEMORY` bytes, then
    a temporary file (deleted once closed, or with this object). A worker hands its spool
    to the parent pickled (`hand_over`): the file is then the parent's to read and delete."""

    def __init__(self, memory: int | None = None) -> None:
        self.memory = SPOOL_MEMORY if memory is None else memory
        self.in_memory = 0
        self.path: str | None = None
        self._file: IO[bytes] | None = None
        self._remove: weakref.finalize[[IO[bytes], str], _Spool] | None = None

    def put(self, raw: bytes) -> _Piece:
        if self.in_memory + len(raw) <= self.memory:
            self.in_memory += len(raw)
            return _Piece(len(raw), raw)
        stream = self._open()
        at = stream.seek(0, os.SEEK_END)
        stream.write(raw)
        return _Piece(len(raw), None, at)

    def get(self, piece: _Piece) -> bytes:
        if piece.data is not None:
            return piece.data
        stream = self._open()
        stream.seek(piece.at)
        return stream.read(piece.size)

    def take(self, pieces: list[_Piece]) -> bytes:
        """The pieces' bytes joined; they are then no longer held."""
        joined = b"".join(self.get(piece) for piece in pieces)
        self.drop(pieces)
        return joined

    def drop(self, pieces: Iterable[_Piece]) -> None:
        self.in_memory -= sum(piece.size for piece in pieces if piece.data is not None)

    def _open(self) -> IO[bytes]:
        if self._file is None:
            if self.path is None:
                handle, self.path = new_spool_file()  # named after its run (spoolfiles)
                self._file = os.fdopen(handle, "w+b")
            else:  # handed over by a worker
                self._file = open(self.path, "r+b")  # noqa: SIM115 (closed in close())
            self._remove = weakref.finalize(self, _remove_spool, self._file, self.path)
        return self._file

    def close(self) -> None:
        """The file closed and deleted; what is in memory let go."""
        if self._remove is not None:
            self._remove()
        self._file, self._remove, self.path, self.in_memory = None, None, None, 0

    def hand_over(self) -> _Spool:
        """This spool as a worker hands it back: its file left for the parent to delete."""
        if self._file is not None:
            self._file.flush()
        if self._remove is not None:
            self._remove.detach()
        self._remove = None
        return self

    def __getstate__(self) -> dict[str, object]:
        if self._file is not None:
            self._file.flush()
        return {"memory": self.memory, "in_memory": self.in_memory, "path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(cast(int, state["memory"]))  # type: ignore[misc]
        self.in_memory = cast(int, state["in_memory"])
        self.path = cast("str | None", state["path"])
        if self.path is not None:
            self._open()  # deleted with this spool from now on


def _remove_spool(stream: IO[bytes], path: str) -> None:
    stream.close()
    if os.path.exists(path):
        os.unlink(path)


@dataclass(frozen=True)
class _Held:
    """A continuation record held until a batch's end."""

    piece: _Piece
    last: bool  # it has WARC-Segment-Total-Length
    problem: str | None
    path: Path
    where: str


@dataclass
class Segments:
    """Records split in segments across the files of a batch (a crawler that started a new
    file in the middle of a record): first segments whose continuations were not all in
    their file, and continuations whose first was not in theirs, joined once every file
    was read (`joined`). The reader of a batch owns one and hands it to `read_archive`."""

    firsts: dict[str, tuple[Read, list[_Piece]]] = field(default_factory=dict)  # origin id:
    rest: dict[str, dict[int, _Held]] = field(default_factory=dict)  # origin id: number:
    seen: set[str] = field(default_factory=set)  # ids of first segments, read or passed over
    spool: _Spool = field(default_factory=_Spool)  # the bytes of the segments held

    def joined(self, skips: Skips) -> Iterator[Read]:
        """The records whose segments all came, whole; the others named in `skips`."""
        try:
            for origin, (first, parts) in self.firsts.items():
                held = self.rest.pop(origin, {})
                joined = _join(first, parts, held, skips, self.spool)
                if joined is not None:
                    yield joined
            for origin, held in self.rest.items():
                if origin in self.seen:  # its first was passed over unread, or named
                    continue
                for number, one in sorted(held.items()):
                    reason = (
                        f"segment {number} of a record split in segments, whose first segment "
                        "is in none of the files given"
                    )
                    skips.record(one.path, one.where, reason)
        finally:
            self.close()

    def close(self) -> None:
        """Let go of what is held (its temporary file deleted)."""
        self.firsts.clear()
        self.rest.clear()
        self.spool.close()

    def portable(self) -> Segments:
        """These segments as a worker process can hand them back (no open streams)."""
        firsts = {
            origin: (replace(first, record=_headers_only(first.record)), parts)
            for origin, (first, parts) in self.firsts.items()
        }
        return Segments(firsts, dict(self.rest), set(self.seen), self.spool.hand_over())

    def merge(self, other: Segments) -> None:
        """Add what another reader of the batch (a worker's shard) held, into this spool."""
        spool, theirs = self.spool, other.spool

        def moved(piece: _Piece) -> _Piece:
            return spool.put(theirs.get(piece))

        for origin, (first, parts) in other.firsts.items():
            self.firsts[origin] = (first, [moved(piece) for piece in parts])
        for origin, held in other.rest.items():
            mine = self.rest.setdefault(origin, {})
            for number, one in held.items():
                mine[number] = replace(one, piece=moved(one.piece))
        self.seen |= other.seen
        theirs.close()

    def __bool__(self) -> bool:
        return bool(self.firsts or self.rest or self.seen)


def _headers_only(record: ArcWarcRecord) -> ArcWarcRecord:
    """`record` without its stream (read already): what a joined record is built from."""
    return ArcWarcRecord(
        record.format, record.rec_type, record.rec_headers, None, record.http_headers,
        record.content_type, record.length,
    )  # fmt: skip


def _join(
    first: Read, parts: list[_Piece], held: dict[int, _Held], skips: Skips, spool: _Spool
) -> Read | None:
    """`first` with its `parts` read after it in its file and the segments `held` from the
    others, joined (None: named, a segment missing or damaged)."""
    parts = list(parts)
    size = sum(piece.size for piece in parts)
    try:
        while True:
            number = len(parts) + 1
            one = held.pop(number, None)
            if one is None:
                reason = (
                    f"segment 1 of a record split in segments (WARC-Segment-Number): "
                    f"{len(parts)} of its segments read, segment {number} in none of the "
                    "files given"
                )
                skips.record(first.path, first.where, reason)
                return None
            parts.append(one.piece)
            problem = one.problem
            if problem is None and size + one.piece.size > MAX_RECORD_BYTES:
                problem = f"its segments are over the {MAX_RECORD_BYTES:,} bytes read"
            if problem is not None:
                skips.record(first.path, first.where, f"segment {number} ({one.where}): {problem}")
                return None
            size += one.piece.size
            if one.last:
                joined = spool.take(parts)
                parts = []
                return replace(first, payload=_unframed(first.record, joined))
    finally:
        spool.drop([*parts, *(one.piece for one in held.values())])


class Resume(Exception):
    """A record's length ran over the records after it: read on at `at` (named already)."""

    def __init__(self, at: int) -> None:
        super().__init__(f"read on at {at}")
        self.at = at


_NEXT_WARC = re.compile(rb"\r?\n\r?\n(WARC/1\.[01]\r?\n)")


def overrun(
    record: ArcWarcRecord, payload: bytes, followed: bool = True, after: bytes = b""
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
    inside the next record's header, whose rest is there.
    """
    cut = int(getattr(record.raw_stream, "limit", 0) or 0) > 0
    if not cut and followed:  # only right where its HTTP body ends (found: a record there)
        declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
        if declared is None or not declared.strip().isdigit():
            return None
        found = _NEXT_WARC.match(payload, int(declared))
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
    inside = overrun(record, payload, followed, _bytes_at(records.fh, end, 8192))
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


def _resume_past_overrun(
    records: ArchiveIterator, record: ArcWarcRecord, payload: bytes, size: int, path: Path,
    skips: Skips, arc: bool,
) -> None:  # fmt: skip
    """Raise `Resume` (the record named) where the next record starts inside this one."""
    at = overrun_at(records, record, payload, size, arc)
    if at is None:
        return
    length = int(record.rec_headers.get_header("Content-Length"))
    skips.record(path, f"{path}@{records.offset}", overrun_reason(length, at))
    raise Resume(at)


# A record passed over is searched for the record its length may run over up to this size
SEARCHED = 16 << 20


def _drained(stream: IO[bytes]) -> tuple[bytes, int]:
    """A record's rest read to its end: the bytes (none past `SEARCHED`) and their count."""
    kept = bytearray()
    size = 0
    while chunk := stream.read(1 << 16):
        size += len(chunk)
        if size <= SEARCHED:
            kept += chunk
    return (bytes(kept) if size <= SEARCHED else b""), size


def overrun_reason(length: int, at: int) -> str:
    return (
        f"its Content-Length ({length:,}) runs over the record at offset {at}: left out, "
        "read on there"
    )


# A record longer than this is named and passed over unread: its payload is held whole (and
# decoded whole for a page), so a 64 KB zstd frame holding a 2 GiB record took 4.2 GB.
MAX_RECORD_BYTES = 256 << 20


def _too_long(record: ArcWarcRecord, path: Path, skips: Skips, where: str) -> bool:
    length = int(record.rec_headers.get_header("Content-Length"))  # digits: checked before
    if length <= MAX_RECORD_BYTES:
        return False
    reason = f"{length:,} bytes long, over the {MAX_RECORD_BYTES:,} read: passed over unread"
    skips.record(path, where, reason)
    return True


@dataclass(frozen=True)
class Frame:
    """Where a frame's records sit: the frame's offset in its file, and whether the file is ARC."""

    offset: int
    arc: bool


@dataclass
class Stop:
    """Where a read of part of a file ends: before the first record at or past `at`."""

    at: int
    reached: int | None = None  # that record's offset, once seen


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
    path: Path, skips: Skips, wanted: Wanted, done: int, segments: Segments | None = None
) -> Iterator[Read]:
    """A file gzipped whole (not per record): readable, but nothing can seek into it. Its
    notices give offsets in its gunzipped stream, the only ones that name a place in it."""
    skips.unseekable.add(str(path))
    skips.untally(path)  # of the first record, read as gzipped member by member
    skips.notice(  # unless a pass that could not read it named it already
        path,
        "gzipped as one stream, not record by record: read whole (replay tools cannot use it; "
        f"{recompress_hint(path)})",
    )
    count = 0
    stream: WholeGunzip | None = None
    try:
        with path.open("rb") as packed:
            stream = WholeGunzip(packed)
            for read in _records(stream, path, skips, wanted, seekable=False, segments=segments):
                count += 1
                if count > done:
                    yield read
            if stream.cut:
                skips.file(path, stream.cut_reason(), partial=count > 0)
            elif stream.trailing:
                skips.file(path, stream.trailing_reason(), partial=True)
    except READ_ERRORS as exc:  # a record the stream was cut in, read as far as it goes
        reason = stream.cut_reason() if stream and stream.cut else _reason(exc, count)
        skips.file(path, reason, partial=count > 0)


class WholeGunzip:
    """A file gzipped whole, decompressed as warcio reads it (`read`, and the `tell` and
    `seek` back that sniffing its head takes), keeping what a stream cut short holds.

    gzip.GzipFile raises EOFError for a read that meets the end of a stream cut short, the
    bytes of that read lost, and warcio takes EOFError for the end of the records: such a
    file gave no record and no word (exit 0). Here the bytes before the cut are read and
    `cut` says the stream was cut short; several gzip streams one after another are read
    as one (as gzip reads them).
    """

    CUT = "cut short inside its gzip stream: the records before the cut are read"
    _BLOCK = 1 << 16

    def __init__(self, raw: IO[bytes], first_only: bool = False, start: int = 0) -> None:
        self.raw = raw
        self.first_only = first_only  # the first gzip member's bytes only (`gzipped_whole`)
        self.start = start  # where the (first) gzip member begins in the file
        self._start()

    def member_end(self) -> int | None:
        """Where the member read (`first_only`, to its end) ends in the file; None: it was
        not read to its end (cut short, or not read whole)."""
        if not self._inflate.eof:
            return None
        return self.raw.tell() - len(self._inflate.unused_data)

    def _start(self) -> None:
        self.raw.seek(self.start)
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._buffer = bytearray()
        self._position = 0
        self._ended = False
        self.cut = False
        self.trailing = False  # bytes other than zeros after the last stream (GzipFile raised)
        self.after = 0  # how many bytes follow the last stream (zeros, a block's padding, too)
        self._streams = 1
        self._stream_at = self.start  # where the stream being read begins in the file
        self._cut_at = 0  # where the file ends, in a stream (`cut`)

    def read(self, size: int = -1) -> bytes:
        while (size < 0 or len(self._buffer) < size) and not self._ended:
            self._fill()
        size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._position += size
        return out

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence != 0:
            raise OSError("a gzip stream read whole is sought from its start only")
        if offset < self._position:
            self._start()
        while self._position < offset and self.read(min(offset - self._position, self._BLOCK)):
            pass
        return self._position

    def cut_reason(self) -> str:
        """What `cut` names: a stream after the first (a second member cut short) is counted."""
        if self._streams == 1:
            return self.CUT
        held = _bytes(self._cut_at - self._stream_at)
        return (
            f"cut short inside gzip stream {self._streams} ({held} from offset "
            f"{self._stream_at:,}): the records before the cut are read"
        )

    def trailing_reason(self) -> str:
        """What `trailing` names: the bytes after the stream, counted."""
        return f"{_bytes(self.after)} after its gzip stream that begin no gzip stream: not read"

    def _fill(self) -> None:
        if self._inflate.eof:  # a stream ended: another may follow
            if self.first_only:
                self._ended = True
                return
            rest = self._inflate.unused_data
            if len(rest) < 2:  # none, or a magic split between two reads
                rest += self.raw.read(self._BLOCK)
            if not rest.startswith(b"\x1f\x8b"):  # the end (or bytes after it that start none)
                self._ended = True
                self._count_after(rest)
                return
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._streams += 1
            self._stream_at = self.raw.tell() - len(rest)
            self._buffer += self._inflate.decompress(rest, self._BLOCK)
            return
        data = self._inflate.unconsumed_tail or self.raw.read(self._BLOCK)
        if not data:  # the file ends inside the stream
            self.cut = True
            self._cut_at = self.raw.tell()
            self._ended = True
            return
        self._buffer += self._inflate.decompress(data, self._BLOCK)

    def _count_after(self, rest: bytes) -> None:
        """Count `rest` and the file after it, and whether they hold more than zeros (a
        block's padding)."""
        while rest:
            self.after += len(rest)
            self.trailing = self.trailing or bool(rest.strip(b"\0"))
            rest = self.raw.read(self._BLOCK)


def _bytes(count: int) -> str:
    return f"{count:,} byte{'s' * (count != 1)}"


def recompressed_name(path: Path) -> Path:
    """x.warc.gz (gzipped whole) -> x.recompressed.warc.gz (beside it: never over it)."""
    return gz_name(path, ".recompressed")


_KIND = re.compile(r"\.w?arc(?=\.|$)", re.IGNORECASE)


def gz_name(path: Path, mark: str = "") -> Path:
    """The name of the .warc.gz (.arc.gz) that `recompress` writes of `path`, beside it:
    x.warc.lz4, x.warc.zst -> x.warc.gz; with `mark`, x.warc.gz -> x{mark}.warc.gz.

    What follows .warc (.arc) names the old compression or was added by hand
    (x.warc.gz.bad, x.warc.lz4.bad): it is not the new file's, so it is dropped.
    """
    kinds = list(_KIND.finditer(path.name))
    at = kinds[-1].start() if kinds else len(path.name)
    kind = kinds[-1].group() if kinds else ".warc"
    return path.with_name(path.name[:at] + mark + kind + ".gz")


def recompress_hint(path: Path | str) -> str:
    """What to run to have a file gzipped whole read by replay tools."""
    return (
        f"`python -m newsarchive recompress {path}` writes it a member a record "
        f"as {recompressed_name(Path(path))}"
    )


# warcio's notices, tallied a file (Skips.tally)
NOT_BLANK = "not blank"  # a record not followed by its blank lines (a Content-Length wrong)
SPACES = "spaces"  # a WARC-Target-URI with spaces, read with %20
ARC_SPACES = "arc spaces"  # an ARC header line's URL with spaces (it has no WARC-Target-URI)
_SPACES_SAID = "Replacing spaces in invalid WARC-Target-URI: "  # warcio's log message


def _not_blank(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} record{'s' * some} not followed by a blank line ({'their' if some else 'its'} "
        f"Content-Length may be wrong), read on; {'the first ' * some}at offset {first}, "
        f"found {detail}"
    )


def _not_blank_gunzipped(count: int, first: int, detail: str) -> str:
    """`_not_blank` of a file gzipped whole: no offset in the file holds a record, so the
    offset is in its gunzipped stream (as `zcat FILE` writes it)."""
    said = _not_blank(count, first, detail)
    return said.replace(f"at offset {first},", f"at offset {first} of its gunzipped stream,")


def _spaces(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} WARC-Target-URI{'s' * some} with spaces, read with %20 as warcio and "
        f"cdxj-indexer read {'them' if some else 'it'}; {'the first ' * some}at offset "
        f"{first}: {detail[:100]!r}"
    )


def _arc_spaces(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} URL{'s' * some} with spaces in ARC header lines, read with %20 as warcio "
        f"and cdxj-indexer read {'them' if some else 'it'}; {'the first ' * some}at offset "
        f"{first}: {detail[:100]!r}"
    )


NOT_BLANK_GUNZIPPED = "not blank, gunzipped"  # of a file gzipped whole
_TALLIED = {
    NOT_BLANK: _not_blank,
    NOT_BLANK_GUNZIPPED: _not_blank_gunzipped,
    SPACES: _spaces,
    ARC_SPACES: _arc_spaces,
}
# the readers inside warcio's parsing of a record now: (path, skips, records)
_reading: list[tuple[Path | str, Skips, ArchiveIterator]] = []


class _Notice:
    """Stands in for warcio's `INC_RECORD` template: warcio writes `INC_RECORD.format(offset,
    line)` to stderr, three lines naming no file, for each record not followed by its blank
    lines; here each is tallied for its file instead (and nothing written)."""

    def __init__(self, path: Path | str, skips: Skips, gunzipped: bool = False) -> None:
        self.path = path
        self.skips = skips
        self.kind = NOT_BLANK_GUNZIPPED if gunzipped else NOT_BLANK

    def format(self, offset: int, line: bytes) -> str:
        self.skips.tally(self.path, self.kind, offset, repr(line[:60]))
        return ""


class _Unsaid:
    """warcio's `INC_RECORD` for a record named already: its length runs over the record
    after it (`overrun_at`), which the notice would name a second time."""

    def format(self, offset: int, line: bytes) -> str:
        return ""


def unsaid_notices(records: ArchiveIterator) -> None:
    """No notice of a record not followed by a blank line from `records` from now on (a new
    iterator has its own: `one_line_notices`)."""
    records.INC_RECORD = _Unsaid()


def one_line_notices(
    records: ArchiveIterator, path: Path | str, skips: Skips, gunzipped: bool = False
) -> None:
    """Have warcio's notices while `records` reads `path` (a record not followed by its blank
    lines, a WARC-Target-URI with spaces) tallied in `skips`, for a line a file and kind
    (`Skips.say_tallied`) in place of warcio's own lines, which name no file. `gunzipped`:
    `records` reads a file gzipped whole, gunzipped (`WholeGunzip`): offsets are in that."""
    records.INC_RECORD = _Notice(path, skips, gunzipped)
    _say_warcio_notices_once()
    loader = records.loader
    parse = loader.parse_record_stream

    def parsing(*args: object, **kwargs: object) -> object:
        _reading.append((path, skips, records))  # for `_WarcioLog` (warcio logs as it parses)
        try:
            return parse(*args, **kwargs)
        finally:
            _reading.pop()

    loader.parse_record_stream = parsing


def install_tolerant_digests() -> None:
    """Have warcio judge a record's digests only where it can read them.

    warcio 1.8.1 raises on a digest value that is no base16/32/64 (the rest of the
    file is then lost to the reader) and compares a hex MD5 as if it were base32
    (it has the same length), failing a whole record. Here any of the three
    encodings of the right length is compared; a value none decodes to is not
    judged, as warcio leaves an unknown algorithm unjudged.
    """
    digestverifyingreader._compare_digest_rfc_3548 = _compare_digest
    digestverifyingreader.Digester = _Digester
    install_tolerant_uris()


def install_tolerant_uris() -> None:
    """Have every warcio loader read a response, request or revisit record without a
    WARC-Target-URI (its HTTP headers unread; the readers name it, `not_a_capture`):
    warcio 1.8.1 raised AttributeError (`None.startswith`), which the readers no longer
    take for damage (`readerrors`), in `recompress` and `--with-originals` too."""
    load = ArcWarcRecordLoader.load_http_headers
    if getattr(load, "newsarchive_tolerant", False):
        return

    def tolerant(
        self: ArcWarcRecordLoader, rec_type: str, uri: str | None, stream: IO[bytes], length: int
    ) -> object:
        return load(self, rec_type, "" if uri is None else uri, stream, length)

    tolerant.newsarchive_tolerant = True  # type: ignore[attr-defined]
    ArcWarcRecordLoader.load_http_headers = tolerant


class _Digester(Digester):  # type: ignore[misc]  # warcio has no types
    """warcio's, raising ValueError for every algorithm name hashlib cannot take: hashlib
    raises TypeError for one with a NUL byte or a lone surrogate (a damaged digest header),
    which warcio 1.8.1 let out (the file's rest was lost); its ValueError it names as an
    unknown algorithm and leaves the digest unjudged."""

    def __init__(self, type_: str = "sha1") -> None:
        try:
            super().__init__(type_)
        except TypeError as exc:
            raise ValueError(f"unknown hash algorithm {type_!r}") from exc


def _compare_digest(digester: object, digest: str | None) -> bool | None:
    if not digester or not digest:
        return None
    ours = base64.b32decode(str(digester).partition(":")[2])
    value = digest.partition(":")[2].strip()
    readings = [raw for raw in _digest_readings(value) if len(raw) == len(ours)]
    return ours in readings if readings else None


def _digest_readings(value: str) -> Iterator[bytes]:
    """`value` read as base16, base32 and base64 (standard and URL-safe), where it is one."""
    padded = value + "=" * (-len(value) % 8)
    decoders: list[Callable[[], bytes]] = [
        lambda: base64.b16decode(value, casefold=True),
        lambda: base64.b32decode(padded, casefold=True),
        lambda: base64.b64decode(value + "=" * (-len(value) % 4), validate=True),
        lambda: base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)),
    ]
    for decode in decoders:
        try:
            yield decode()
        except ValueError:  # binascii.Error too
            continue


def check_record(record: ArcWarcRecord, arc: bool) -> None:
    """Raise for a "record" that is none: warcio takes any line of five words for an ARC header.

    An ARC record's header line starts with its URL; one without a scheme is text. An ARC
    file header whose version lines lost their line ends swallowed the records after it,
    nothing said (exit 0): it is damage, and reading goes on at the next ARC header line.
    """
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if arc and uri is not None and ":" not in uri:
        raise ArchiveLoadFailed(f"not a WARC or ARC record (no URL: {uri[:60]!r})")
    if arc and record.rec_type == "warcinfo":  # the file header: its two version lines
        declared = (record.rec_headers.get_header("Content-Length") or "").strip()
        read = int(getattr(record.rec_headers, "total_len", 0) or 0)
        if declared.isdigit() and read > int(declared) + 2:  # their line ends zeroed or lost:
            raise ArchiveLoadFailed(  # warcio read on to the next line end, the file's end
                f"the ARC file header's version lines run {read - int(declared):,} bytes past "
                "its length (damaged)"
            )


_STATUS = re.compile(r"\d{3}(\s|$)")
NO_LENGTH = "cut short inside its header (no Content-Length number)"


def unreadable_record(record: ArcWarcRecord) -> str | None:
    """Why a record, of whatever type, is named and left out by every reader (None: it is not).

    `extract`, `history` and `index` (with or without `--wacz`) all ask this of every
    record before choosing the ones they want, so each names the same records: `index`
    asked only of the types it indexes, and missed a warcinfo (an ARC's file header) or
    request record without a Content-Length number that `extract` named.
    """
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        return NO_LENGTH
    return _damaged_header(record) or not_a_capture(record)


_ONCE_A_RECORD = ("warc-type", "warc-record-id", "content-length")


def _damaged_header(record: ArcWarcRecord) -> str | None:
    """Why a WARC header is damaged (None: it is not): NUL bytes in it (a zeroed block), or
    a line that a record has once there twice (two records' headers run together).

    In a plain WARC a zeroed block that takes a record's Content-Length line runs its
    header into the next record's, whose length it then takes: the next record was
    swallowed without a word (a request's digest line, cut, is judged by no reader).
    """
    names = [name.lower() for name, _ in record.rec_headers.headers]
    if any("\0" in name or "\0" in value for name, value in record.rec_headers.headers):
        return "its WARC header is damaged (NUL bytes in it): left out, read on after it"
    for name in _ONCE_A_RECORD:
        if names.count(name) > 1:
            return (
                f"its WARC header has {name.title()} twice (two records' headers run "
                "together: damage): left out, read on after it"
            )
    return None


def not_a_capture(record: ArcWarcRecord) -> str | None:
    """Why a record cannot be read as the capture it looks like (None: it can).

    Each would otherwise be lost without a word or read wrong: warcio takes an
    HTML block's first line for an HTTP status line (and the page for headers),
    and a first segment is only part of its record.
    """
    kind = record.rec_type
    if kind in ("response", "request", "revisit") and not _uri(record).strip("?"):
        return f"a {kind} record without a WARC-Target-URI"
    if kind in ("response", "request", "revisit") and ":" not in _uri(record):
        # warcio reads no HTTP headers but for http(s) URIs: the page's type is unknown
        return f"WARC-Target-URI without a scheme ({_uri(record)[:80]!r}): not read as a page"
    headers = record.http_headers
    # a status code after the protocol, whatever it says (pywb's samples have HTTPX/1.1)
    status = (headers.statusline or "") if headers is not None else "200"
    if kind in ("response", "revisit") and not _STATUS.match(status.strip()):
        return "no HTTP status line (an HTTP/0.9 or headerless response): not read as a page"
    return None


def segment_problem(record: ArcWarcRecord) -> str | None:
    """Why `index` leaves out a segment of a record split in segments: pywb and replayweb.page
    serve the record at an offset as it is, and would serve one segment as the whole page
    (`extract` and `history` join the segments instead)."""
    segment = record.rec_headers.get_header("WARC-Segment-Number")
    if segment is None or record.rec_type == "continuation":
        return None
    return (
        f"segment {segment.strip()} of a record split in segments (WARC-Segment-Number): "
        "replay tools would serve it alone, not indexed"
    )


def tolerant_loader(records: ArchiveIterator, arc: bool) -> None:
    """Have warcio read a response or request record without WARC-Target-URI (named by
    `not_a_capture`): warcio 1.8.1 raised AttributeError, and the file's rest was lost.
    ARC version 2 header lines are read too (`arc_v1_line`), a URI's raw bytes that are no
    UTF-8 are percent-encoded (`_UriLines`), and a gzip member that breaks part way raises
    (`_loud_gzip_damage`)."""
    _say_warcio_notices_once()
    _loud_gzip_damage(records.reader)
    tight_records_read(records, arc)
    records.newsarchive_reader = records.reader  # warcio lets go of it at the end
    loader = records.loader
    load = loader.load_http_headers

    def tolerant(rec_type: str, uri: str | None, stream: IO[bytes], length: int | None) -> object:
        try:
            return load(rec_type, "" if uri is None else uri, stream, length)
        except EOFError:
            if header_spread(records):  # its gzip member ended in its WARC header: the
                return None  # record is read (and named, or read whole) as such
            raise

    loader.load_http_headers = tolerant
    warc_parse = loader.warc_parser.parse

    raw_first: list[bytes] = []  # the line a WARC parse failed on, as read (an ARC header)

    def parse_raw_uris(stream: IO[bytes], full_statusline: bytes | str | None = None) -> object:
        tap = _UriLines(stream)
        raw_first.clear()
        if full_statusline is None:  # past blank lines: the end of the record before, written
            line = tap.readline()  # into this record's gzip member (warcio's wrong-chunks file)
            while line and not line.strip(b"\r\n"):
                line = tap.readline()
            full_statusline = tap.first = line
        try:
            headers = warc_parse(tap, full_statusline)
        except StatusAndHeadersParserException:
            first = tap.first if full_statusline is None else full_statusline
            if isinstance(first, bytes):
                raw_first.append(first)
            raise
        if tap.encoded:  # warcio's reading kept for the index's second line (`text_uri`)
            setattr(headers, TEXT_URIS, {name: headers.get_header(name) for name in tap.encoded})
        for name, value in tap.encoded.items():
            headers.replace_header(name, value)
        _utc_dates(headers)
        return headers

    loader.warc_parser.parse = parse_raw_uris
    arc_parser = loader.arc_parser
    parse = arc_parser.parse

    def parse_v2(stream: IO[bytes], headerline: bytes | str | None = None) -> object:
        if headerline is None:
            headerline = stream.readline()
        elif raw_first and headerline == StatusAndHeadersParser.decode_header(raw_first[0]):
            headerline = raw_first[0]  # the line as read, not warcio's decoding of it
        raw_first.clear()
        line = arc_v1_line(_raw_uri_line(headerline))
        text = line.decode("latin-1") if isinstance(line, bytes) else line
        if text.strip() and not arc_header_line(text):
            # warcio took any line of five words for an ARC header, its last word for a length
            raise StatusAndHeadersParserException("not a WARC or ARC header line", text.strip())
        return parse(stream, line)

    arc_parser.parse = parse_v2


_VERSION_LINE = re.compile(rb"WARC/(?:0\.1[78]|1\.[01])\r?\n")


def tight_records_read(records: ArchiveIterator, arc: bool = False) -> None:
    """Have `records` read a record that follows the one before with no blank lines (`arc`:
    an ARC file's, with no newline)."""
    records._consume_blanklines = lambda: _blank_lines(records, arc)


def _blank_lines(records: ArchiveIterator, arc: bool) -> tuple[bytes | None, int]:
    """warcio's reading of the blank lines after a record (the next record's first line, the
    bytes of those before it), except that a WARC version line right after a record, with
    no blank line between, starts the next record: warcio took any first line for a blank
    one (naming it), and the next record, its version line gone, ended the file's reading.
    In an ARC file (`arc`), an ARC header line there starts the next record the same way.
    """
    skipped, first = 0, True
    while line := records.reader.readline():
        if not line.rstrip():
            skipped += len(line)
        elif first:  # not blank: its Content-Length may be wrong, named as warcio names it
            at = records.fh.tell() - records.reader.rem_length() - skipped - len(line)
            sys.stderr.write(records.INC_RECORD.format(at, line))
            if _VERSION_LINE.fullmatch(line) or (arc and _arc_record_line(line)):
                return line, skipped
            skipped += len(line)
        else:
            return line, skipped
        first = False
    return None, skipped


def _arc_record_line(line: bytes) -> bool:
    """Whether `line`, read where an ARC file's record ended, is the next record's header line
    (an ARC writer may leave out the newline after a record)."""
    v1 = arc_v1_line(line)
    return arc_header_line(v1.decode("latin-1") if isinstance(v1, bytes) else v1)


# Set on a record's WARC headers whose date had a UTC offset (read as its `Z` moment)
OFFSET_DATED = "newsarchive_offset_dated"


def _utc_dates(headers: StatusAndHeaders) -> None:
    """A WARC-Date (or WARC-Refers-To-Date) another tool wrote with a UTC offset is read
    as its `Z` moment (`utc_warc_date`): every reader then keys the capture by the same
    second, and an index no longer stops at it."""
    for name in ("WARC-Date", "WARC-Refers-To-Date"):
        value = headers.get_header(name)
        if value and value != utc_warc_date(value):
            headers.replace_header(name, utc_warc_date(value))
            setattr(headers, OFFSET_DATED, True)  # pywb cannot load it: `replay` copies it
        elif value and _DIGITS_DATE.fullmatch(value.strip()):  # an ARC header's form
            headers.replace_header(name, _iso_date(value.strip()))
            setattr(headers, OFFSET_DATED, True)


# 14 digits (and a fraction): warcio read the run as one number, a year (OverflowError)
_DIGITS_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{1,9})?")


def _iso_date(digits: str) -> str:
    found = _DIGITS_DATE.fullmatch(digits)
    assert found is not None
    year, month, day, hour, minute, second, fraction = found.groups()
    fraction = f".{fraction}" if fraction else ""
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{fraction}Z"


_URI_HEADERS = {b"warc-target-uri": "WARC-Target-URI", b"warc-refers-to-target-uri":
                "WARC-Refers-To-Target-URI"}  # fmt: skip


class _UriLines:
    """A record's WARC header lines as warcio's parser reads them, keeping a URI line's raw
    bytes where they are no UTF-8 (a latin-1 byte, as a server's redirect or an older
    crawler writes it): warcio decodes such a line as latin-1 and the index encoded that
    as UTF-8 (`caf\xe9` indexed as `caf%C3%A9`, a URL no one asked for, or mojibake
    where the line mixes UTF-8 and latin-1), so replay of the URL as requested found
    nothing. `encoded` has each such URI with its raw non-ASCII bytes percent-encoded
    (`caf%E9`), the URL that was requested on the wire; a URI in UTF-8 is left as
    warcio, pywb and cdxj-indexer read it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.encoded: dict[str, str] = {}
        self.first: bytes | None = None  # the first line read (an ARC header, if no WARC's)

    def readline(self, *args: int) -> bytes:
        line = self.stream.readline(*args)
        if self.first is None:
            self.first = line
        name, colon, value = line.partition(b":")
        header = _URI_HEADERS.get(name.strip().lower()) if colon else None
        if header is not None and not value.isascii():
            try:
                value.decode("utf-8")
            except UnicodeDecodeError:
                self.encoded[header] = percent_encode_raw(value.strip())
        return line


def _raw_uri_line(line: bytes | str) -> bytes | str:
    """An ARC header line whose raw bytes are no UTF-8 with each byte outside ASCII
    percent-encoded, as `_UriLines` reads a WARC-Target-URI (its URL is the only field that
    holds such bytes): warcio decoded it as latin-1 and the index keyed `caf\xe9` as
    `caf%C3%A9`."""
    if isinstance(line, str) or line.isascii():
        return line
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return percent_encode_raw(line.rstrip(b"\r\n")) + "\n"
    return line


TEXT_URIS = "newsarchive_text_uris"  # on a record's headers: its URIs as warcio read them


def text_uri(record: ArcWarcRecord) -> str | None:
    """The WARC-Target-URI of a record whose raw bytes were no UTF-8, as warcio decodes it
    (latin-1): pywb's cdx-indexer and cdxj-indexer key that text's UTF-8 form (`caf%C3%A9`,
    also what a browser asks for a path typed or linked as "café"); None for other records."""
    uris: dict[str, str] = getattr(record.rec_headers, TEXT_URIS, None) or {}
    return uris.get("WARC-Target-URI")


def percent_encode_raw(value: bytes) -> str:
    """`value` with each byte outside ASCII percent-encoded (`caf\xe9` -> `caf%E9`)."""
    return "".join(chr(byte) if byte < 0x80 else f"%{byte:02X}" for byte in value)


def _loud_gzip_damage(reader: DecompressingBufferedReader) -> None:
    """Make a gzip member that fails part way raise `zlib.error`, for the readers to name
    the damage and read on at the next member.

    warcio 1.8.1 printed the bare zlib message (`Error -3 while decompressing data:
    incorrect data check`) and read nothing more of the member: the records after it
    were lost without a name (and exit 0). Only its first read of a file may fail
    quietly: that is how it finds an uncompressed file.
    """
    decompress = reader._decompress

    def loud(data: bytes) -> bytes:
        if reader.decompressor is None or reader.num_read == 0:
            return cast(bytes, decompress(data))
        try:
            return cast(bytes, reader.decompressor.decompress(data))
        except zlib.error as exc:
            raise zlib.error(f"a gzip member does not inflate ({exc})") from exc

    reader._decompress = loud
    close = reader.close_decompressor

    def closing() -> None:  # warcio closes it at the records' end: was its member whole?
        decompressor = reader.decompressor
        reader.newsarchive_unfinished = decompressor is not None and not decompressor.eof
        close()

    reader.close_decompressor = closing


class _WarcioLog(logging.Filter):
    """warcio's `Replacing spaces in invalid WARC-Target-URI: ...` log line: tallied for the
    file being read (`one_line_notices`), and any other of its notices let through once
    (`index --wacz` reads each file twice, and said it twice for one record)."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if _reading and text.startswith(_SPACES_SAID):
            path, skips, records = _reading[-1]
            kind = ARC_SPACES if _reads_arc(records, path) else SPACES
            skips.tally(path, kind, records.offset, text[len(_SPACES_SAID) :])
            return False
        if text in self.said:
            return False
        self.said.add(text)
        return True


def _reads_arc(records: ArchiveIterator, path: Path | str) -> bool:
    """Whether warcio reads ARC records there (warcio's notice says WARC-Target-URI of
    what an ARC header line calls its URL). Before a range's first record is read warcio
    knows no format yet: the file's name says it then."""
    known = str(records.known_format or "")
    if known:
        return known.startswith("arc")
    return ".arc" in Path(path).name.lower()


def _say_warcio_notices_once() -> None:
    notices = logging.getLogger("warcio.recordloader")
    if not any(isinstance(f, _WarcioLog) for f in notices.filters):
        notices.addFilter(_WarcioLog())


# An ARC version 2 URL record: URL IP-address Archive-date Content-type Result-code
# Checksum Location Offset Filename Archive-length
_ARC_V2 = r"(\S+ \S+ \d{14} \S+) (?:\d{3}|-) \S+ \S+ (?:\d+|-) \S+ (\d+)\s*"
_ARC_V2_TEXT = re.compile(_ARC_V2)
_ARC_V2_BYTES = re.compile(_ARC_V2.encode())


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def arc_header_line(line: str) -> bool:
    """Whether `line` can be an ARC version 1 header line: a URL (with its scheme), an address,
    a date of digits, a type and a length, the URL possibly holding spaces (warcio reads the
    fields from the right). Any other line of five words is text, not a record's start."""
    parts = line.strip().rsplit(" ", 4)
    return len(parts) == 5 and bool(_SCHEME.match(parts[0])) and parts[2].isdigit()


def arc_v1_line(line: bytes | str) -> bytes | str:
    """An ARC version 2 header line as the version 1 line of the same record (other lines as
    they are): warcio reads only version 1's five fields, so a version 2 record's URL was the
    first six fields joined, its date the file offset (1900) and its type the file name.

    (warcio hands the ARC parser the line decoded when it tried it as WARC first.)
    """
    if isinstance(line, bytes):
        found_bytes = _ARC_V2_BYTES.fullmatch(line)
        if found_bytes is None:
            return line
        return b" ".join(found_bytes.groups()) + line[len(line.rstrip()) :]
    found = _ARC_V2_TEXT.fullmatch(line)
    if found is None:
        return line
    return " ".join(found.groups()) + line[len(line.rstrip()) :]


def is_arc(stream: IO[bytes] | gzip.GzipFile) -> bool:
    """An ARC file (not a WARC), told by its first line, gzipped or not."""
    head = _head(stream)
    return head is not None and not head.lstrip().startswith(b"WARC/")


def archive_head(stream: IO[bytes]) -> bytes | None:
    """The first bytes (gunzipped) if they start a WARC or ARC record (None: they do not)."""
    head = _head(stream)
    if head is None or not (_starts_record(head, False) or _starts_record(head, True)):
        return None
    return head


def _head(stream: IO[bytes] | gzip.GzipFile) -> bytes | None:
    """The first bytes from the stream's position, gunzipped (None: a gzip that is not)."""
    start = stream.tell()
    head = stream.read(512)
    stream.seek(start)
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return None
    return head


def unread_tail(stream: IO[bytes], end: int) -> int:
    """Bytes after offset `end` that are more than blank lines (a record cut short, junk).

    warcio ends its iteration quietly where a gzip member breaks off: this is how
    such a loss is found.
    """
    stream.seek(end)
    tail = stream.read(1 << 16)
    if not tail.strip(b"\r\n\0 "):
        return 0
    stream.seek(0, 2)
    return stream.tell() - end


BOM = b"\xef\xbb\xbf"  # UTF-8's byte order mark


def past_bom(stream: IO[bytes], path: Path | str, skips: Skips) -> None:
    """Past a UTF-8 byte order mark or blank space before a file's first record (an editor
    or a tool added it), named as junk: warcio took the file for no archive at all (a
    gzipped one, or a plain one after spaces). Line ends alone before a plain WARC are
    read as warcio reads them, unsaid (the blank lines that end a record)."""
    start = stream.tell()
    head = stream.read(64)
    lead = lead_length(head)
    if lead and not (head[lead : lead + 5] == b"WARC/" and not head[:lead].strip(b"\r\n")):
        what = "a UTF-8 byte order mark" if head[:lead] == BOM else _lead_words(head[:lead])
        skips.record(path, f"{path}@{start}", junk(lead, what))
        stream.seek(start + lead)
    else:
        stream.seek(start)


_LEAD = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*")
_FIRST = (b"WARC/", b"\x1f\x8b", b"filedesc:")  # a WARC, a gzip member, an ARC file header


def lead_length(head: bytes) -> int:
    """Bytes of a byte order mark and blank space before the first record a file's first
    bytes `head` hold (0: none, or no record after them)."""
    lead = _LEAD.match(head)
    size = lead.end() if lead else 0
    return size if size and head[size:].startswith(_FIRST) else 0


def _lead_words(lead: bytes) -> str:
    said = ["a UTF-8 byte order mark"] if lead.startswith(BOM) else []
    rest = lead.removeprefix(BOM)
    said += ["blank space" if rest.strip(b"\r\n") else "blank lines"] if rest else []
    return " and ".join(said)


def junk(size: int, what: str = "junk, or a damaged record") -> str:
    """A record skip's reason: bytes between two records that start none."""
    return f"{size} bytes that start no record ({what}): read on after them"


_WARC_START = re.compile(rb"(?:^|\n)(WARC/(?:0\.1[78]|1\.[01])\r?\n)")
_LINE = re.compile(rb"\n([^\r\n]{9,4096})\r?\n")


def next_record(stream: IO[bytes], after: int) -> int | None:
    """Offset of the first record past `after` that the reader can start at: a gzip member
    that decompresses to a WARC header (an ARC header line in an ARC file) in a gzipped file,
    a WARC line (an ARC header line) in a plain one.

    Where reading stopped at junk (a copy gone wrong, a damaged member), the records
    after it are still whole: each gzip member, and each plain record, stands alone.
    """
    stream.seek(0)
    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(0)
    arc = is_arc(stream)
    position = after + 1
    while True:
        stream.seek(position)
        block = stream.read(1 << 16)
        if len(block) < 8:
            return None
        if gzipped:
            found = block.find(b"\x1f\x8b\x08")
            start = position + found
            if found >= 0:
                stream.seek(start)
                head = _head(stream)
                if head is not None and _starts_record(head, arc):
                    return start
                position = start + 1
                continue
        else:
            at = _record_start(block, arc)
            if at is not None:
                return position + at
        if len(block) < 1 << 16:
            return None
        position += len(block) - 4096  # a magic or header line across the blocks' border


def _starts_record(head: bytes, arc: bool) -> bool:
    """Whether decompressed bytes begin with a record's header (of the file's kind), past
    blank lines (the end of the record before it, written into this member: warcio reads
    them as such)."""
    head = head.lstrip(b"\r\n")
    if not arc:
        return head.startswith(b"WARC/")
    line = head.split(b"\n", 1)[0]
    return arc_header_line(str(arc_v1_line(line.decode("latin-1"))))


def _record_start(block: bytes, arc: bool) -> int | None:
    """Offset in `block` (past its first byte) of a line that starts a record, if any."""
    if not arc:
        match = _WARC_START.search(block, 1)
        return match.start(1) if match is not None else None
    for match in _LINE.finditer(block):
        text = match.group(1).decode("latin-1")
        if arc_header_line(str(arc_v1_line(text))):
            return match.start(1)
    return None


def cut_short(left: int) -> str:
    return f"{left} bytes after the last whole record could not be read (cut short or damaged)"


def foreign_format(stream: IO[bytes]) -> str | None:
    """Why a file is no WARC or ARC, told by its first bytes (None: it may be one)."""
    start = stream.tell()
    head = stream.read(4)
    stream.seek(start)
    if not head:
        return "empty file"
    draft = _DRAFT_WARC.match(_head(stream) or b"")
    if draft:
        return (
            f"{draft.group(1).decode()}: a WARC draft from before WARC/0.17, whose header "
            "lines warcio cannot read (not supported)"
        )
    found = framed(stream)
    if found is not None:
        return (
            f"{found.name}-compressed WARC: pywb and WACZ cannot read {found.name} (`extract` "
            "and `history` can); to index or replay it, `python -m newsarchive recompress` it "
            "into a .warc.gz"
        )
    return _MAGIC.get(head)


def _damage(record: ArcWarcRecord, payload: bytes) -> str | None:
    """Why a record cannot be trusted, or None.

    A payload digest that fails alone is let through: tools disagree on what it
    covers (before or after chunked framing), so it flags no damage by itself.
    Nor does a record shorter than its length when the HTTP body in it is
    whole by its own Content-Length (the record's length was miscounted).
    """
    left = missing_bytes(record, len(payload))
    if left:
        return f"cut short: {left} bytes of its length missing"
    if block_digest_fails(record):
        return BLOCK_DIGEST_FAILS
    return None


BLOCK_DIGEST_FAILS = "block digest does not match (damaged or mis-sized record)"


def block_digest_fails(record: ArcWarcRecord) -> bool:
    """Whether the record's block, read to its end with digests checked, fails its digest."""
    checker = getattr(record, "digest_checker", None)
    problems = checker.problems if checker is not None else []
    return any(p.startswith("block digest failed") for p in problems)


def missing_bytes(record: ArcWarcRecord, payload_length: int) -> int:
    """Bytes of the record's length the file lacks, once its payload was read (0: whole, or
    its length was miscounted but the HTTP body in it is whole by its Content-Length)."""
    left = int(getattr(record.raw_stream, "limit", 0) or 0)
    return left if left and not _http_body_whole(record, payload_length) else 0


def _http_body_whole(record: ArcWarcRecord, payload_length: int) -> bool:
    declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
    try:
        return declared is not None and payload_length >= int(declared)
    except ValueError:
        return False


def _unframed(record: ArcWarcRecord, raw: bytes) -> bytes:
    headers = record.http_headers
    if headers is not None and "chunked" in (headers.get_header("Transfer-Encoding") or "").lower():
        return dechunk(raw)
    return raw


def _uri(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or "?")


def read_one(path: Path, offset: int, codec: Codec | None = None) -> tuple[ArcWarcRecord, bytes]:
    """The record at `offset` of `path` and its payload (as `read_records` gives it);
    with `codec`, `offset` is that of an lz4 or zstd frame."""
    with path.open("rb") as stream:
        stream.seek(offset)
        source = FrameStream(stream, offset, codec) if codec is not None else stream
        record = next(iter(ArchiveIterator(source, arc2warc=True)))
        return record, _unframed(record, record.raw_stream.read())
