"""Why a record is left out by every reader: a header that is damaged or cut before its
length, a record that is not the capture it looks like, one cut short or failing its block
digest, one too long to read, a segment `index` cannot serve alone."""

from __future__ import annotations

import copy
import re
import zlib
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeGuard

from warcio import digestverifyingreader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsarchive.numbers import header_number
from newsarchive.warc.record_starts import next_record, peek_head, record_at, starts_record
from newsarchive.warc.skips import Skips
from newsarchive.warc.warcio_patches import HTTP_CUT, install_tolerant_digests

# A record longer than this is named and passed over unread: its payload is held whole (and
# decoded whole for a page), so a 64 KB zstd frame holding a 2 GiB record took 4.2 GB.
MAX_RECORD_BYTES = 256 << 20


def record_too_long(record: ArcWarcRecord, path: Path, skips: Skips, where: str) -> bool:
    length = header_number(record.rec_headers.get_header("Content-Length")) or 0  # checked before
    if length <= MAX_RECORD_BYTES:
        return False
    reason = f"{length:,} bytes long, over the {MAX_RECORD_BYTES:,} read: passed over unread"
    skips.record(path, where, reason)
    return True


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
        declared = header_number(record.rec_headers.get_header("Content-Length"))
        read = int(getattr(record.rec_headers, "total_len", 0) or 0)
        if declared is not None and read > declared + 2:  # their line ends zeroed or lost:
            raise ArchiveLoadFailed(  # warcio read on to the next line end, the file's end
                f"the ARC file header's version lines run {read - declared:,} bytes past "
                "its length (damaged)"
            )


_STATUS = re.compile(r"\d{3}(\s|$)")


_NO_NUMBER = "(no Content-Length number)"  # how every reason of a length lost ends
NO_LENGTH = f"cut short inside its header {_NO_NUMBER}"
# (a number: ASCII digits; newsarchive.numbers)


def no_length(problem: str | None) -> TypeGuard[str]:
    """Whether `problem` (`unreadable_record`) is a record's length lost: none, or one that
    is no number; either is read on from the next record."""
    return problem is not None and problem.endswith(_NO_NUMBER)


def _length_reason(value: str | None) -> str:
    """A length that is there but no number (an ARC's `-1` or `abc`) is named so: it was
    `cut short inside its header`, of a header read whole (pywb's `bad.arc`)."""
    shown = (value or "").strip()
    if not shown:
        return NO_LENGTH
    return f"its length {shown[:20]!r} is no number {_NO_NUMBER}"


def unreadable_record(record: ArcWarcRecord) -> str | None:
    """Why a record, of whatever type, is named and left out by every reader (None: it is not).

    `extract`, `history` and `index` (with or without `--wacz`) all ask this of every
    record before choosing the ones they want, so each names the same records: `index`
    asked only of the types it indexes, and missed a warcinfo (an ARC's file header) or
    request record without a Content-Length number that `extract` named.
    """
    length = record.rec_headers.get_header("Content-Length")
    if header_number(length) is None:
        return _length_reason(length)
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
    if kind in ("response", "request", "revisit") and not record_uri(record).strip("?"):
        return f"a {kind} record without a WARC-Target-URI"
    if kind in ("response", "request", "revisit") and ":" not in record_uri(record):
        # warcio reads no HTTP headers but for http(s) URIs: the page's type is unknown
        return f"WARC-Target-URI without a scheme ({record_uri(record)[:80]!r}): not read as a page"
    headers = record.http_headers
    # a status code after the protocol, whatever it says (pywb's samples have HTTPX/1.1)
    status = (headers.statusline or "") if headers is not None else "200"
    if kind in ("response", "revisit") and not _STATUS.match(status.strip()):
        return "no HTTP status line (an HTTP/0.9 or headerless response): not read as a page"
    if kind == "response" and getattr(headers, HTTP_CUT, False) and not _http_body_whole(record, 0):
        # warcio gives the headers read up to the record's end and an empty body: indexed, it
        # replayed as an empty page of status 200 (headers that say `Content-Length: 0`,
        # their blank line alone cut, as a pywb sample has them, lose nothing)
        return "its Content-Length ends inside its HTTP headers (damaged): not read as a page"
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


def record_damage(record: ArcWarcRecord, payload: bytes) -> str | None:
    """Why a record cannot be trusted, or None.

    A payload digest that fails alone is let through: tools disagree on what it
    covers (before or after chunked framing), so it flags no damage by itself.
    Nor does a record shorter than its length when the HTTP body in it is
    whole by its own Content-Length (the record's length was miscounted).
    """
    left = missing_bytes(record, len(payload))
    if left:
        return cut_short_record(left)
    if block_digest_fails(record):
        return BLOCK_DIGEST_FAILS
    return None


CUT_SHORT = "cut short: "  # how the reason of a record the file or its frame ends inside begins


def cut_short_record(left: int) -> str:
    """The reason a record the file (or its frame) ends inside is skipped."""
    return f"{CUT_SHORT}{left} bytes of its length missing"


BLOCK_DIGEST_FAILS = "block digest does not match (damaged or mis-sized record)"


def block_digest_fails(record: ArcWarcRecord) -> bool:
    """Whether the record's block, read to its end with digests checked, fails its digest."""
    checker = getattr(record, "digest_checker", None)
    problems = checker.problems if checker is not None else []
    return any(p.startswith("block digest failed") for p in problems)


class SpreadRest(NamedTuple):
    """A spread record's rest, read in the members from its first member's end on."""

    end: int  # where the member its last byte is in ends (and blank-line members after it)
    missing: int  # bytes of its length not there (the file ends, junk or a record comes first)
    digest_fails: bool  # read whole, its block digest does not match
    last_at: int  # where the member its last byte is in starts
    after: int  # gunzipped bytes after it in that member, not blank lines (a record, junk)
    after_record: bool  # those bytes start a record (replay tools cannot read it there)
    damage: str = ""  # a gzip member of the rest that does not decompress: zlib's words


def spread_rest(path: Path, record: ArcWarcRecord, rest_at: int) -> SpreadRest:
    """Read `record`'s rest once, from file offset `rest_at` (warcio read it to the end of
    its first gzip member): where it ends, so that `index` names what lies between it and
    the next record (it went on at the next record and passed that over without a word),
    what it lacks (a file that ends inside it: cut short, as `extract` says), and whether
    its block digest fails read whole (`spread_damage`). The digest warcio took over the
    first member goes on over the rest: read again from its first member, a record in two
    members was gunzipped one and a half times (benchmarks/spread_index_passes.py)."""
    stream = record.raw_stream
    left = int(getattr(stream, "limit", 0) or 0)
    digester = getattr(stream, "block_digester", None)
    expected = getattr(stream, "block_digest", None)
    hashed = None
    if digester is not None and expected:
        hashed = copy.copy(digester)
        hashed.digester = digester.digester.copy()  # warcio's own goes on unchanged
        install_tolerant_digests()
    end = last_at = rest_at
    after, head, damage = 0, b"", ""
    with path.open("rb") as packed:
        while left:
            if end != rest_at and record_at(packed, end):  # its length runs over it: cut
                break
            last_at = end
            try:
                member_end, used, after, head = _rest_member(packed, end, left, hashed)
            except zlib.error as exc:  # a gzip member there, damaged: named with the record,
                damage = f"error: {exc}"  # and passed over to the next record
                found = next_record(packed, end)
                end = found if found is not None else packed.seek(0, 2)
                break
            left -= used
            if member_end is None:  # no gzip member, or the file's end
                if used:  # the file ends inside it
                    end = packed.seek(0, 2)
                break
            end = member_end
        while not left and (blank := _blank_member(packed, end)) is not None:
            end = blank  # the lines that end the record, in a member of their own
    fails = (
        hashed is not None
        and not left
        and (digestverifyingreader._compare_digest_rfc_3548(hashed, expected) is False)
    )
    if left:  # cut short: what follows is named from `end` on
        after, head = 0, b""
    starts = bool(head) and (starts_record(head, False) or starts_record(head, True))
    return SpreadRest(end, left, fails, last_at, after, starts, damage)


def _rest_member(
    packed: IO[bytes], at: int, want: int, hashed: Any
) -> tuple[int | None, int, int, bytes]:
    """Gunzip the member at `at`: where it ends (None: none there, damaged, or cut by the
    file's end), how many of its bytes (up to `want`) are the record's, hashed, and what
    follows them in it past blank lines (a record or junk, else passed over without a
    word): its size, and its first bytes."""
    packed.seek(at)
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    used = after = 0
    head = b""
    while not inflate.eof:
        block = packed.read(1 << 16)
        if not block:
            return None, used, 0, b""
        try:
            out = inflate.decompress(block)
        except zlib.error:
            packed.seek(at)
            if packed.read(3) == b"\x1f\x8b\x08":  # a gzip member, damaged: the caller's
                raise
            return None, 0, 0, b""
        part = out[: want - used]
        if hashed is not None and part:
            hashed.update(part)
        used += len(part)
        more = out[len(part) :]
        if not after:  # the blank lines that end the record are its own
            more = more.lstrip(b"\r\n")
        after += len(more)
        if len(head) < _HEAD:
            head += more[: _HEAD - len(head)]
    return packed.tell() - len(inflate.unused_data), used, after, head


_HEAD = 512  # enough to see a record's first line


def _blank_member(packed: IO[bytes], at: int) -> int | None:
    """Where a gzip member at `at` of blank lines alone ends (None: no such member)."""
    packed.seek(at)
    if packed.read(2) != b"\x1f\x8b":
        return None
    packed.seek(at)
    head = peek_head(packed)  # a few bytes: a record's member is not gunzipped whole here
    if head is None or not head or head.strip(b"\r\n"):
        return None
    end, _, after, _ = _rest_member(packed, at, 0, None)
    return end if not after else None


def missing_bytes(record: ArcWarcRecord, payload_length: int) -> int:
    """Bytes of the record's length the file lacks, once its payload was read (0: whole, or
    its length was miscounted but the HTTP body in it is whole by its Content-Length)."""
    left = int(getattr(record.raw_stream, "limit", 0) or 0)
    return left if left and not _http_body_whole(record, payload_length) else 0


def length_past_end(record: ArcWarcRecord, payload_length: int) -> int:
    """Bytes a record's length claims past its file's (or gzip member's) end where the HTTP
    body in it is whole (`missing_bytes` lets it through): a miscounted length, named."""
    left = int(getattr(record.raw_stream, "limit", 0) or 0)
    return left if left and _http_body_whole(record, payload_length) else 0


def _http_body_whole(record: ArcWarcRecord, payload_length: int) -> bool:
    declared = record.http_headers.get_header("Content-Length") if record.http_headers else None
    number = header_number(declared)
    return number is not None and payload_length >= number


def record_uri(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or "?")
