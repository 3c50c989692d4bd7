"""The CDXJ index of an archive, as cdxj-indexer writes it, without its four failures.

cdxj-indexer (with post-append and sorting, as py-wacz and pywb use it) is the
reference, line for line. What it gets wrong on archives others wrote is
fixed here and nothing else: one bad record (a malformed date) or file
(ARC-in-disguise, lz4, cut short) ends its whole run, where here it is named,
counted and passed over; a record without WARC-Payload-Digest (resource and
metadata records, ARC) gets the SHA-1 of empty input, because post-append
has read its stream before the digest is taken, where here it gets the digest
of its payload, as cdxj-indexer gives without post-append; br bodies
crash warcio's decoder (see `install_warcio_decoders`); and a record the file
ends inside, or whose block fails its WARC-Block-Digest, is indexed as if whole
(replay would serve it cut off or damaged), where here it is named and left
out, as `extract` leaves it out. And a capture its crawler cut short
(`WARC-Truncated: disconnect` or `time`: the server closed or stalled mid-body),
indexed by cdxj-indexer like any other, is left out where a whole capture of the
same URL and status is in the index: replay picks the closest capture, and on a
tie the first line, so a cut try could hide the whole page fetched a moment later.
A URL that only ever came cut keeps its cut captures (what there is to show).
A payload digest is written in one form per algorithm (`index_digest`: a SHA-1 in
base16 as base32), where cdxj-indexer copies the header: pywb finds a revisit's
original by the digest's text, and a revisit may quote it as another tool writes it.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, ClassVar

from cdxj_indexer.main import CDX11Indexer, CDXJIndexer
from warcio.archiveiterator import ArchiveIterator
from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord

from newsarchive.exitcodes import SCRATCH_ERRNOS, scratch_failed
from newsarchive.numbers import header_number
from newsarchive.outputs import replaceable, whole_text_file
from newsarchive.warc.archives import (
    BLOCK_DIGEST_FAILS,
    CUT_WHEN_FETCHED,
    HEADER_SPREAD,
    JUNK_HOOK,
    READ_ERRORS,
    SEARCHED,
    WHOLE_FILE_GZIP,
    Skips,
    block_digest_fails,
    check_record,
    cut_short,
    foreign_format,
    header_spread,
    install_tolerant_digests,
    is_arc,
    junk_after,
    length_lost,
    missing_bytes,
    no_length,
    one_line_notices,
    openable,
    orphan_reason,
    overrun_at,
    overrun_reason,
    past,
    past_bom,
    past_junk,
    recompress_hint,
    segment_problem,
    spread_over_members,
    spread_reason,
    spread_rest,
    text_uri,
    tolerant_loader,
    unfinished_member,
    unreadable_record,
    unsaid_notices,
)
from newsarchive.warc.digests import index_digest
from newsarchive.warc.encodings import install_warcio_decoders
from newsarchive.warc.gzipped import after_rest_reason, spread_cut_reason, spread_rest_damaged
from newsarchive.warc.notices import LONG_LENGTH
from newsarchive.warc.readerrors import tail_text
from newsarchive.warc.recompress import ProbeDamaged, gzipped_whole
from newsarchive.warc.record_checks import length_past_end
from newsarchive.warc.record_starts import (
    note_padding,
    padding_after,
    record_at,
    tail_padding,
    unread_tail,
)
from newsarchive.warc.shared_members import member_end, name_rest

logger = logging.getLogger(__name__)

JOINED_NAME = "newsarchive-joined-segments.warc.gz"  # in a WACZ: records joined from segments

_SPOOL_IN_MEMORY = 1024 * 1024


class NothingIndexed(Exception):
    """No line could be written of the inputs (each empty or unreadable, named in the skips):
    no index is written, one already at the output kept as it was (`write_cdxj(keep_existing
    =True)`)."""


def write_cdxj(
    warcs: list[Path],
    output: Path,
    skips: Skips,
    root: Path | None = None,
    keep_existing: bool = False,
    names: dict[str, str] | None = None,
    cdx11: bool = False,
) -> int:
    """Sorted CDXJ of `warcs` (file names relative to `root`, default the index's folder;
    `names`: the name of a file read from a copy, a WACZ's member under `archive/`;
    `cdx11`: the classic 11-field CDX older tools read, its header line once, first).

    Returns the number of lines; what could not be indexed is named in `skips`.
    `keep_existing`: no line written, no index is written, and one already at `output` is
    not replaced by an empty one (`NothingIndexed` raised; `index` of an empty or unreadable
    file did; with no index there, it left an empty one that replay and others took for
    the archive's, holding nothing).
    """
    install_warcio_decoders()
    output.parent.mkdir(parents=True, exist_ok=True)
    warcs = [path for path in warcs if openable(path, skips)]  # the indexer opens them uncaught
    keep = keep_existing and replaceable(output)  # (a device or link: written in place)
    with whole_text_file(output) as text:  # a run that fails leaves no partial index
        if cdx11:  # before the sorted lines, not counted among them
            text.write(CDX11Indexer.CDX_HEADER + "\n")
        out = _CountingLines(text)
        indexer = (TolerantCDX11Indexer if cdx11 else TolerantIndexer)(
            out,
            [str(p) for p in warcs],
            sort=True,
            post_append=True,
            dir_root=str(root or output.parent),
            skips=skips,
            names=names or {},
        )
        indexer.process_all()
        if keep and not out.lines:  # the hidden partial file goes, the index stays
            raise NothingIndexed
    return out.lines


class Tolerant:
    """What makes a cdxj-indexer indexer (or py-wacz's) skip what it cannot read.

    A mixin before CDXJIndexer or a subclass of it; `skips` names what was left out.
    """

    skips: Skips
    _indexed = 0
    _records: _Digesting
    _files_done = 0
    inputs: list[str]
    _cut_now = False  # the line being written is a cut capture's
    # the revisit whose line is being written: (its original's keys, file, file@offset)
    _revisit_now: tuple[set[tuple[str, ...]], str, str] | None = None
    _filename = "?"  # the file being indexed
    cut_left_out = 0  # cut captures left out: a whole one of their URL is indexed

    def process_all(self) -> None:
        self.inputs = list(self.inputs)  # counted: the last file releases the cut lines
        if not self.inputs:
            self._release_cut_lines()
        super().process_all()  # type: ignore[misc]

    def process_one(self, input_: IO[bytes], output: Any, filename: str) -> None:
        self._filename = filename
        try:
            self._index_file(input_, output, filename)
        finally:
            self.skips.say_tallied()  # warcio's notices of the file, a line a kind
            self._files_done += 1
            if self._files_done == len(self.inputs):
                self._name_orphans()
                self._release_cut_lines()

    def _index_file(self, input_: IO[bytes], output: Any, filename: str) -> None:
        reason = foreign_format(input_)
        if reason:
            self.skips.file(filename, reason)
            return
        past_bom(input_, filename, self.skips)
        before = self._indexed
        while True:  # again after each stretch of junk, at the next record
            start = input_.tell()
            try:
                super().process_one(input_, output, filename)  # type: ignore[misc]
                failed = self._records.failed
            except READ_ERRORS as exc:
                if isinstance(exc, OSError) and exc.errno in SCRATCH_ERRNOS:
                    # a spool of a record's body (ours, cdxj-indexer's) or of the sorted lines
                    # in a full temporary folder: the run's failure, not the file's damage
                    where = tempfile.gettempdir()
                    raise scratch_failed(exc, "a temporary file", where) from exc
                failed = exc
            finally:  # cdxj-indexer closes its copies of the records only when it gets to the end
                self._records.close_copies()
            if failed is not None and WHOLE_FILE_GZIP in str(failed):
                reason = "gzipped as one stream, not record by record: nothing can seek "
                reason += f"into it ({recompress_hint(self.skips.shown(filename))})"
                self.skips.unseekable.add(filename)
                self.skips.untally(filename)  # its offsets named no place in it
                self.skips.file(filename, reason, self._indexed > before)
                return
            if self._records.resume is not None:  # a record ran over the next: named, on there
                input_.seek(self._records.resume)
                continue
            end = past(max(self._records.end, self._records.junk_end), start)
            spread = end == self._records.spread_end  # what follows: the header's rest, named
            if end == self._records.rest_end and record_at(input_, end):  # none between
                input_.seek(end)
                continue
            left, following = past_junk(input_, filename, self.skips, end, named=spread)
            padding = padding_after(input_, end) if following is None and failed else 0
            if padding and not left:  # zeros that warcio took for a gzip member: none lost
                note_padding(self.skips, filename, end, padding)
                return
            if following is None:
                if failed is not None:
                    reason = f"unreadable from here on ({_short(failed)})"
                    if left:  # where, and how much: as `extract` says it
                        reason = "unreadable: " + tail_text(end, left, _short(failed))
                    self.skips.file(filename, reason, self._indexed > before)
                elif left:
                    self.skips.file(filename, cut_short(left), partial=self._indexed > before)
                return

    def _create_record_iter(self, input_: IO[bytes]) -> _Digesting:
        arc = is_arc(input_)
        start = input_.tell()
        records = super()._create_record_iter(input_)  # type: ignore[misc]
        install_tolerant_digests()
        records.check_digests = True  # block digests checked as the records are spooled
        tolerant_loader(records, arc)
        one_line_notices(records, getattr(input_, "name", "?"), self.skips)
        batched = self.__dict__.setdefault("_batched", {})
        self._records = _Digesting(records, arc, self.skips, self._filename, batched)
        self._records.end = start
        setattr(records, JUNK_HOOK, self._records.junk)  # named as `extract` names it
        return self._records

    def filter_record(self, record: ArcWarcRecord) -> bool:
        """cdxj-indexer's choice of records, saying where it leaves out a conversion record."""
        self._note_segment(record)
        if getattr(record, "newsarchive_unreadable", False):  # named as it was read
            return False
        if record.rec_type == "conversion":
            uri = record.rec_headers.get_header("WARC-Target-URI") or "?"
            self.skips.notice(
                f"{self._filename} ({uri})",
                "conversion record not indexed (as cdxj-indexer and WACZ: it would stand "
                "for its original's URL at a later date); its original capture is indexed",
            )
        return bool(super().filter_record(record))  # type: ignore[misc]

    def process_index_entry(
        self, it: Any, record: ArcWarcRecord, filename: str, output: Any
    ) -> None:
        offset = getattr(record, "file_offset", "?")
        missing = getattr(record, "newsarchive_missing", 0)
        problem = segment_problem(record) or getattr(record, "newsarchive_overrun", None)
        if problem and segment_problem(record):
            if f"{filename}@{offset}" in self.skips.joined_copies:
                return  # `replay` serves it joined, from a copy it indexes
            keys = _original_keys(record)
            firsts = self._segmented_firsts()
            firsts.update((key, _capture_key(record)) for key in keys)  # its revisits find none
            # whole, but served as one segment: left out of the index (and a WACZ's, whose
            # indexer is this one), its file kept
            self.skips.record(filename, f"{filename}@{offset}", problem, file_whole=True)
            return
        if problem:  # pywb would serve it wrong (or cdxj-indexer stop at it): as `extract` does
            self.skips.record(filename, f"{filename}@{offset}", problem)
            return
        if missing:  # replay would serve it cut off: named and left out, as `extract` does
            reason = f"cut short: {missing} bytes of its length missing"
            self.skips.record(filename, f"{filename}@{offset}", reason)
            return
        if block_digest_fails(record):  # damaged: left out, as `extract` and the WACZ leave it
            self.skips.record(filename, f"{filename}@{offset}", BLOCK_DIGEST_FAILS)
            return
        try:
            super().process_index_entry(it, record, filename, output)  # type: ignore[misc]
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:  # a date
            self.skips.record(filename, f"{filename}@{offset}", f"not indexed: {_short(exc)}")
            return
        self._indexed += 1
        if Path(filename).name == JOINED_NAME:  # a WACZ's joined record: its revisits have it
            self._joined_captures().add(_capture_key(record))

    def _write_line(self, out: Any, index: Any, record: ArcWarcRecord, filename: str) -> None:
        self._cut_now = record.rec_headers.get_header("WARC-Truncated") in CUT_WHEN_FETCHED
        if record.rec_type == "revisit":  # its original may be a first segment, read later
            offset = getattr(record, "file_offset", "?")
            self._revisit_now = (_refers_to(record), filename, f"{filename}@{offset}")
            if _by_own_url(record):
                self.__dict__.setdefault("_by_own_url", set()).add(self._revisit_now[2])
        else:  # what a revisit's original may be found by (pywb: its payload digest)
            self.__dict__.setdefault("_digests", set()).add(index.get("digest"))
        try:
            super()._write_line(out, index, record, filename)  # type: ignore[misc]
            text = text_uri(record)
            if text is not None and not hasattr(record, "urlkey"):
                # also under the key other indexers give it: found by either URL
                alias = {**index, "url": text}
                super()._write_line(out, alias, record, filename)  # type: ignore[misc]
        finally:
            self._cut_now = False
            self._revisit_now = None

    def _note_segment(self, record: ArcWarcRecord) -> None:
        """Note the id of a first segment (read or named), and where each continuation record
        is, for `_name_orphans` once every file was read: cdxj-indexer indexes no continuation
        record, and one whose first segment is in none of the files was left out unnamed."""
        headers = record.rec_headers
        if (headers.get_header("WARC-Segment-Number") or "").strip() == "1":
            firsts: set[str] = self.__dict__.setdefault("_first_ids", set())
            firsts.add((headers.get_header("WARC-Record-ID") or "").strip())
        elif record.rec_type == "continuation" and not getattr(
            record, "newsarchive_unreadable", False
        ):
            continuations = self.__dict__.setdefault("_continuations", [])
            origin = (headers.get_header("WARC-Segment-Origin-ID") or "").strip()
            number = (headers.get_header("WARC-Segment-Number") or "?").strip()
            offset = getattr(record, "file_offset", "?")
            continuations.append((origin, number, self._filename, f"{self._filename}@{offset}"))

    def _name_orphans(self) -> None:
        """Name each continuation record whose first segment is in none of the files (as
        `extract` names it): a part of a record, which nothing indexed can serve."""
        firsts = self.__dict__.get("_first_ids", set())
        for origin, number, filename, where in self.__dict__.pop("_continuations", []):
            if origin not in firsts:
                self.skips.record(filename, where, orphan_reason(number))

    def _segmented_firsts(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Keys (`_original_keys`) of the first segments left out, to each one's URL and date:
        a revisit naming one has no original in replay tools (`replay` serves it joined, from
        a copy; a WACZ holds it joined, `_joined_captures`)."""
        firsts: dict[tuple[str, ...], tuple[str, ...]] = self.__dict__.setdefault("_firsts", {})
        return firsts

    def _joined_captures(self) -> set[tuple[str, ...]]:
        """URL and date of the records joined from their segments that a WACZ holds (in
        `JOINED_NAME`, under the first segment's URL and date), indexed in this run."""
        joined: set[tuple[str, ...]] = self.__dict__.setdefault("_joined", set())
        return joined

    def _do_write(self, urlkey: str, ts: str, index: Any, out: Any) -> None:
        """Lines of cut captures wait for the last file: a whole capture may come later."""
        cut = self.__dict__.setdefault("_cut_lines", [])
        whole = self.__dict__.setdefault("_whole", set())
        if self._revisit_now is not None:  # written at the end, once its original is known
            revisits = self.__dict__.setdefault("_revisit_lines", [])
            revisits.append((self._revisit_now, self._cut_now, (urlkey, ts, index, out)))
            return
        if self._cut_now:
            cut.append((urlkey, ts, index, out))
            return
        whole.add((urlkey, index.get("status")))
        # pywb finds a revisit's original without WARC-Refers-To-Target-URI by its URL's key
        self.__dict__.setdefault("_captured", {}).setdefault(
            (urlkey, index.get("digest")), index.get("url")
        )
        self.__dict__.setdefault("_digest_urls", {}).setdefault(
            index.get("digest"), index.get("url")
        )
        super()._do_write(urlkey, ts, index, out)  # type: ignore[misc]

    def _release_cut_lines(self) -> None:
        firsts, joined = self._segmented_firsts(), self._joined_captures()
        for (keys, filename, where), cut, line in self.__dict__.pop("_revisit_lines", []):
            # its original is a first segment; in a WACZ holding that record joined, pywb and
            # replayweb.page find the joined record by URL and digest, as `replay` does
            if any(key in firsts and firsts[key] not in joined for key in keys):
                reason = (
                    "revisit of a record split in segments (WARC-Segment-Number), which replay "
                    "tools cannot serve: not indexed (`python -m newsarchive replay` serves both "
                    "joined)"
                )
                self.skips.record(filename, where, reason, file_whole=True)
            else:
                self._note_unserved(where, line[2], line[0])
                if cut:
                    self.__dict__.setdefault("_cut_lines", []).append(line)
                else:
                    self.__dict__.setdefault("_whole", set()).add((line[0], line[2].get("status")))
                    super()._do_write(*line)  # type: ignore[misc]
        whole = self.__dict__.get("_whole", set())
        for urlkey, ts, index, out in self.__dict__.pop("_cut_lines", []):
            if (urlkey, index.get("status")) in whole:
                self.cut_left_out += 1
                continue
            super()._do_write(urlkey, ts, index, out)  # type: ignore[misc]
        if self.cut_left_out:
            logger.info(
                "%d captures cut short when fetched (WARC-Truncated) left out of the index: "
                "a whole capture of each URL is in it",
                self.cut_left_out,
            )

    def _note_unserved(self, where: str, index: Any, urlkey: str) -> None:
        """A revisit indexed whose payload digest no capture indexed has: its original is in
        none of the files (pywb finds it by that digest, and answers 503 without it). One
        without a digest, or of an empty payload (served from its own headers), is not
        judged. One that names no other URL (no WARC-Refers-To-Target-URI) whose digest is
        only under other URLs is pywb's 503 too (it looks under the revisit's own URL)."""
        found = index.get("digest")
        if not found or found == "-" or found.endswith(EMPTY_SHA1):
            return
        if found not in self.__dict__.get("_digests", set()):
            self.skips.unserved.append((where, str(index.get("url"))))
        elif (
            where in self.__dict__.get("_by_own_url", set())
            and (urlkey, found) not in self.__dict__.get("_captured", {})
            and found in self.__dict__.get("_digest_urls", {})
        ):
            original = str(self.__dict__["_digest_urls"][found])
            self.skips.other_url.append((where, str(index.get("url")), original))

    def _get_digest(self, record: ArcWarcRecord, name: str) -> str | None:
        """In one form per algorithm (`index_digest`): pywb finds a revisit's original by
        the digest's text, and a revisit may quote it as another tool writes it."""
        value = record.rec_headers.get_header(name)
        if value:
            return index_digest(value)
        if record.rec_type in RecordBuilder.NO_PAYLOAD_DIGEST_TYPES:
            return value
        return getattr(record, "newsarchive_digest", None)


def _original_keys(record: ArcWarcRecord) -> set[tuple[str, ...]]:
    """What a revisit may name this record by: its id, its URL and date."""
    headers = record.rec_headers
    keys: set[tuple[str, ...]] = {("id", (headers.get_header("WARC-Record-ID") or "").strip())}
    keys.add(("capture", headers.get_header("WARC-Target-URI") or "", _date(headers)))
    return keys


def _capture_key(record: ArcWarcRecord) -> tuple[str, ...]:
    """A record's URL and date (to the second): a joined record keeps its first segment's."""
    return (
        "capture",
        record.rec_headers.get_header("WARC-Target-URI") or "",
        _date(record.rec_headers),
    )


def _by_own_url(record: ArcWarcRecord) -> bool:
    """A revisit pywb looks for the original of under its own URL: it names no other
    (WARC-Refers-To-Target-URI), and has no HTTP headers `replay` could serve a copy
    naming one with (`package.refers`)."""
    headers = record.rec_headers
    return not headers.get_header("WARC-Refers-To-Target-URI") and not record.http_headers


def _refers_to(record: ArcWarcRecord) -> set[tuple[str, ...]]:
    """What a revisit names its original by (`_original_keys`)."""
    headers = record.rec_headers
    keys: set[tuple[str, ...]] = set()
    if headers.get_header("WARC-Refers-To"):
        keys.add(("id", headers.get_header("WARC-Refers-To").strip()))
    uri, date = headers.get_header("WARC-Refers-To-Target-URI"), headers.get_header(
        "WARC-Refers-To-Date")  # fmt: skip
    if uri and date:
        keys.add(("capture", uri, date.strip()[:19]))
    return keys


def _date(headers: Any) -> str:
    """WARC-Date to the second, as revisits quote it (with or without fractions)."""
    return str(headers.get_header("WARC-Date") or "").strip()[:19]


# the SHA-1 of no bytes, in base32: a revisit of an empty payload needs no original
EMPTY_SHA1 = "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"


class TolerantIndexer(Tolerant, CDXJIndexer):
    """cdxj-indexer's own indexer, made tolerant."""

    # Its own copy of cdxj-indexer's record kinds: importing py-wacz's waczindexer appends
    # "warcinfo" to the base class's list for the whole process, and a CDXJ written after it
    # (in a process that also packaged a WACZ) held warcinfo and ARC filedesc lines.
    DEFAULT_RECORDS: ClassVar[list[str]] = ["response", "revisit", "resource", "metadata"]

    def __init__(
        self, *args: Any, skips: Skips, names: dict[str, str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.skips = skips
        self.names = names or {}

    def _resolve_rel_path(self, filename: str) -> str:
        """A WACZ member's copy under its name in the package (after `archive/`), as the
        package's own CDXJ names it; any other file as cdxj-indexer names it."""
        named = self.names.get(filename)
        return named if named is not None else str(super()._resolve_rel_path(filename))


class TolerantCDX11Indexer(TolerantIndexer, CDX11Indexer):
    """The same indexer writing 11-field CDX lines (` CDX N b a m s k r M S V g`)."""

    def _write_header(self, out: Any, filename: str) -> None:
        """None here: cdxj-indexer writes one a file, each sorted in with the lines;
        `write_cdxj` writes it once, first."""


class _Digesting:
    """ArchiveIterator whose records are spooled once: digest taken, then readable again."""

    def __init__(
        self,
        records: ArchiveIterator,
        arc: bool,
        skips: Skips,
        filename: str,
        batched: dict[str, bool],
    ) -> None:
        self.records = records
        # a file by file: is its first member holding more records followed by whole members
        # (a writer closing a member every few records), not the end of a stream gzipped whole
        self.batched = batched
        self.arc = arc
        self.skips = skips
        self.filename = filename
        self.end = 0  # where the last record read ends
        self.failed: BaseException | None = None  # what ended the reading, if not the file's end
        self.resume: int | None = None  # where the record after one too long starts
        self.spread_end: int | None = None  # where the member of a header spread ends
        self.rest_end: int | None = None  # where the members of a record spread's rest end
        self.last: deque[ArcWarcRecord] = deque(maxlen=2)  # cdxj-indexer holds two at most
        self.junk_end = 0  # where junk after the last record ends (the file's end), if any
        self.shared: tuple[int, int] | None = None  # a member with more than one record

    def junk(self, at: int, size: int, more: bool) -> None:
        """Junk after a record (`JUNK_HOOK`), named once as `extract` names it: at its offset
        in a plain file, else at its record's gzip member (a record after it in that member:
        the file is gzipped whole, named as such); zeros alone to a plain file's end are
        padding, noted."""
        plain = self.records.reader.decompressor is None
        if more and not plain:
            return
        offset = at if plain else self.records.offset
        if plain and not more:  # the file's tail: named here, not again as its rest
            self.junk_end = at + size
            padding = tail_padding(self.records.fh, at)
            if padding:
                note_padding(self.skips, self.filename, at, padding)
                return
        self.skips.record(self.filename, f"{self.filename}@{offset}", junk_after(size))

    def __iter__(self) -> Iterator[ArcWarcRecord]:
        records = iter(self.records)
        while True:
            try:  # an error ends the iteration: cdxj-indexer then indexes the record it holds
                record = next(records)
            except StopIteration:
                try:
                    unfinished_member(self.records, self.last[-1] if self.last else None)
                except EOFError as exc:
                    self.failed = exc
                return
            except READ_ERRORS as exc:
                if self._past_shared_member():  # named, on at the next member
                    return
                if WHOLE_FILE_GZIP in str(exc):  # no offset in it holds: nothing indexed
                    raise
                self.failed = exc
                return
            if self._past_shared_member():  # read from the member's rest: named, not indexed
                return
            check_record(record, self.arc)
            problem = unreadable_record(record)
            header_cut = bool(problem) and header_spread(self.records)
            if problem and self.records.offset == self.spread_end:  # the spread record's
                record.newsarchive_unreadable = True  # rest, read as a record: named with it
            elif problem:  # of any type, as `extract` names it (`unreadable_record`)
                at = f"{self.filename}@{self.records.offset}"  # before its length is read
                self.skips.record(self.filename, at, HEADER_SPREAD if header_cut else problem)
                record.newsarchive_unreadable = True
            if header_cut:  # the next member is the header's rest: named with it
                self.spread_end = self.records.fh.tell() - self.records.reader.rem_length()
            spool = tempfile.SpooledTemporaryFile(_SPOOL_IN_MEMORY)  # noqa: SIM115 (closed below)
            digest = hashlib.sha1()
            size = 0
            while chunk := record.raw_stream.read(65536):
                digest.update(chunk)
                spool.write(chunk)
                size += len(chunk)
            record.newsarchive_missing = missing_bytes(record, size)
            if past := length_past_end(record, size):  # read, as warcio reads it: said
                begins = self.get_record_offset()
                self.skips.tally(self.filename, LONG_LENGTH, begins, f"{past:,}")
            spool.seek(0)
            plain = self.records.reader.decompressor is None
            if plain and no_length(problem):  # read to the file's end: on at the next record
                self.resume = length_lost(self.records)
                if self.resume is not None:
                    record.raw_stream = spool
                    self.last.append(record)
                    with spool:  # named already, not indexed
                        yield record
                    return
            # plain: a length may run over the records after it (none without a length)
            if plain and size <= SEARCHED and not no_length(problem):
                self.resume = overrun_at(self.records, record, spool.read(), size, self.arc)
                spool.seek(0)
                if self.resume is not None:
                    length = header_number(record.rec_headers.get_header("Content-Length")) or 0
                    record.newsarchive_overrun = overrun_reason(length, self.resume)
                    unsaid_notices(self.records)  # of its end: named as it is skipped
                    record.raw_stream = spool
                    self.last.append(record)
                    with spool:  # named, not indexed; reading goes on at `resume`
                        yield record
                    return
            rest_end: int | None = None  # where the members holding a spread record's rest end
            if record.newsarchive_missing and not problem:  # of any type, as `extract` says:
                reason = f"cut short: {record.newsarchive_missing} bytes of its length missing"
                if spread_over_members(self.records, record):  # its rest in the next members
                    rest_at = self.records.fh.tell() - self.records.reader.rem_length()
                    rest = spread_rest(Path(self.filename), record, rest_at)
                    rest_end = self.rest_end = rest.end
                    reason = spread_reason(record.newsarchive_missing, rest.digest_fails)
                    if rest.missing:  # the file ends inside its rest, as `extract` says
                        reason = spread_cut_reason(rest.missing)
                    if rest.damage:  # not cut: a member of its rest damaged, as `extract` says
                        reason = spread_rest_damaged(rest.damage)
                at = f"{self.filename}@{self.get_record_offset()}"  # a request was not named
                self.skips.record(self.filename, at, reason)
                # a record after the rest in its member: else passed over without a word
                # (junk there is not named: a header split where warcio misread the length
                # leaves the record's own bytes there, named with it already)
                if rest_end is not None and rest.after_record:
                    after = after_rest_reason(rest.after)
                    self.skips.record(self.filename, f"{self.filename}@{rest.last_at}", after)
                record.newsarchive_unreadable = True
            record.raw_stream = spool
            self.last.append(record)
            record.newsarchive_digest = "sha1:" + base64.b32encode(digest.digest()).decode()
            with spool:  # read by the time the next record is asked for (cdxj-indexer
                yield record  # copies each into a spool of its own as it comes)
            if rest_end is not None:
                # its rest is not read as a record (warcio gunzipped a rest with no line end
                # whole looking for a header line; `spread_rest` read it already): on after
                # its members, what lies between them and the next record named
                self.end = rest_end
                return
            self.end = self.get_record_offset() + self.get_record_length()

    def close_copies(self) -> None:
        """Close the spools cdxj-indexer copied the last records into (`buffered_stream`)."""
        for record in self.last:
            stream = getattr(record, "buffered_stream", None)
            if stream is not None:
                stream.close()
        self.last.clear()

    def get_record_offset(self) -> int:
        return int(self.records.get_record_offset())

    def get_record_length(self) -> int:
        """The record's length; a record with more in its gzip member after it (another
        record, junk) has its member's: a replay tool reads the record from the member's start,
        and warcio's count (its buffered bytes against the file's) came out 0 or below."""
        length = int(self.records.get_record_length())  # (read to its end first)
        if self.records.reader.decompressor is None or not self.records.next_line:
            return length
        offset = self.get_record_offset()
        if offset < 0:  # warcio's count, gone below 0 in a first member holding more records:
            return length  # the file is gzipped whole (warcio says so at the next record)
        if self.shared is None or self.shared[0] != offset:
            end = member_end(self.records.fh, offset)
            if end is None:  # cut short: as warcio counts it
                return length
            self.shared = (offset, end)
        return self.shared[1] - offset

    def _past_shared_member(self) -> bool:
        """Where the reading stopped inside a member the last record shares (`shared`) in a
        file not gzipped whole: the rest of the member named (`shared_members.name_rest`) and
        reading set to go on after it (`resume`). pywb's indexer stops the file there."""
        if self.shared is None or not self.last:
            return False
        offset, end = self.shared
        if getattr(self.last[-1], "file_offset", None) != offset:
            return False
        stream = self.records.fh
        here = stream.tell()
        try:
            whole = gzipped_whole(stream)
            if whole and self.filename not in self.batched:  # the file's first such member
                self.batched[self.filename] = _whole_member_at(stream, end)
                if self.batched[self.filename]:  # each first record indexed, each other named
                    self.skips.notice(self.filename, _batched_hint(self.filename, self.skips))
        except (*READ_ERRORS, ProbeDamaged):
            whole = True  # as before: named as a file gzipped whole
        finally:
            stream.seek(here)
        if whole and not self.batched.get(self.filename):
            return False
        name_rest(stream, self.filename, offset, end, self.skips)
        here = stream.tell()
        if unread_tail(stream, end):  # (else the file's end, or its padding: as after any)
            self.resume = end
        stream.seek(here)
        return True


def _whole_member_at(stream: IO[bytes], at: int) -> bool:
    """Whether a gzip member that ends starts at `at` (not a stream's end, zeros, junk or a
    member cut short after a file gzipped whole); the stream's position is kept."""
    here = stream.tell()
    try:
        stream.seek(at)
        return stream.read(2) == b"\x1f\x8b" and member_end(stream, at) is not None
    finally:
        stream.seek(here)


def _batched_hint(filename: str, skips: Skips) -> str:
    return (
        "its gzip members hold more than one record each (a writer closing a member every "
        "few records): each member's first record is indexed, the others named, not indexed "
        f"({recompress_hint(skips.shown(filename))}: every record indexed then)"
    )


class _CountingLines:
    """The index's output, counting the lines written (it may be `/dev/stdout`: not re-read)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.lines = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}"
