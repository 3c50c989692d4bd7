"""Where warcio 1.8.1 is patched to read what other tools wrote: digests it cannot decode,
records without a WARC-Target-URI, ARC version 2 lines, raw URI bytes that are no UTF-8,
dates with a UTC offset, records with no blank lines between them, a gzip member that
breaks part way. tests/test_warc_warcio_internals.py names each internal used."""

from __future__ import annotations

import base64
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from io import BytesIO
from typing import IO, cast

from warcio import digestverifyingreader
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader
from warcio.statusandheaders import (
    StatusAndHeaders,
    StatusAndHeadersParser,
    StatusAndHeadersParserException,
)
from warcio.utils import Digester

from newsarchive.timestamps import utc_warc_date
from newsarchive.warc.gzipped import header_spread
from newsarchive.warc.notices import say_warcio_notices_once
from newsarchive.warc.record_starts import arc_header_line, arc_single_spaced, arc_v1_line


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


# a record's length no file reaches: a WARC Content-Length of 19 digits or more is cut to it
LONGEST_RECORD = 2**62


def tolerant_loader(records: ArchiveIterator, arc: bool) -> None:
    """Have warcio read a response or request record without WARC-Target-URI (named by
    `not_a_capture`): warcio 1.8.1 raised AttributeError, and the file's rest was lost.
    ARC version 2 header lines are read too (`arc_v1_line`), a URI's raw bytes that are no
    UTF-8 are percent-encoded (`_UriLines`), and a gzip member that breaks part way raises
    (`_loud_gzip_damage`)."""
    say_warcio_notices_once()
    _loud_gzip_damage(records.reader)
    tight_records_read(records, arc)
    records.newsarchive_reader = records.reader  # warcio lets go of it at the end
    loader = records.loader
    load = loader.load_http_headers

    def tolerant(rec_type: str, uri: str | None, stream: IO[bytes], length: int | None) -> object:
        if length is not None and length > LONGEST_RECORD:  # past any file: no C size holds it
            length = LONGEST_RECORD  # (OverflowError out of warcio's reads; passed over, named)
            if hasattr(stream, "limit"):
                stream.limit = min(stream.limit, length)
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
    http_parse = loader.http_parser.parse

    def parse_wire(stream: IO[bytes], full_statusline: bytes | str | None = None) -> object:
        tap = _WireLines(stream)
        headers = http_parse(tap, full_statusline)
        if tap.lines is not None and full_statusline is None:
            setattr(headers, WIRE_LINES, tap.lines)
        last = tap.read[-1] if tap.read else b"\n"
        if full_statusline is None and (not last.endswith(b"\n") or last.strip(b"\r\n")):
            setattr(headers, HTTP_CUT, True)  # the record's length ended before their blank line
        return headers

    loader.http_parser.parse = parse_wire
    arc_parser = loader.arc_parser
    parse = arc_parser.parse

    def parse_v2(stream: IO[bytes], headerline: bytes | str | None = None) -> object:
        if headerline is None:
            headerline = stream.readline()
        elif raw_first and headerline == StatusAndHeadersParser.decode_header(raw_first[0]):
            headerline = raw_first[0]  # the line as read, not warcio's decoding of it
        raw_first.clear()
        line = arc_single_spaced(arc_v1_line(_raw_uri_line(headerline)))
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


# a line after a record longer than this, with no line end, is junk (zeros a crash left)
LINE_MAX = 1 << 16
# on an ArchiveIterator: called with (the junk's offset as warcio counts it, its size, whether a
# record follows it in the stream) once junk after a record is passed over (to name, count it)
JUNK_HOOK = "newsarchive_junk"
# on an ArchiveIterator, if set: called with the junk's offset before it is passed over (a
# reader keeping what it reads lets go of it)
JUNK_BEGINS = "newsarchive_junk_begins"


def junk_after(size: int) -> str:
    """A record skip's reason: junk after a record, passed over (`JUNK_HOOK`)."""
    return (
        f"{size} bytes skipped after a record: junk with no line end in its first {LINE_MAX} "
        "bytes, read on at the next record"
    )


def _blank_lines(records: ArchiveIterator, arc: bool) -> tuple[bytes | None, int]:
    """warcio's reading of the blank lines after a record (the next record's first line, the
    bytes of those before it), except that a WARC version line right after a record, with
    no blank line between, starts the next record: warcio took any first line for a blank
    one (naming it), and the next record, its version line gone, ended the file's reading.
    In an ARC file (`arc`), an ARC header line there starts the next record the same way.
    A line over LINE_MAX bytes is junk: it and the lines after it up to the next record's
    first line are passed over a piece at a time (warcio joined ever longer copies of such
    a line: quadratic, 50 MB took minutes) and handed to `JUNK_HOOK`, once.
    """
    skipped, first = 0, True
    reader = records.reader
    while True:
        line, ended = _line(reader)
        if not line:
            return None, skipped
        if not ended:
            at = records.fh.tell() - reader.rem_length() - len(line)
            begins = getattr(records, JUNK_BEGINS, None)
            if begins is not None:
                begins(at)
            junk, found = _past_junk(reader, len(line) + _rest_of_line(reader), arc)
            hook = getattr(records, JUNK_HOOK, None)
            if hook is not None:
                hook(at, junk, found is not None)
            return found, skipped + junk
        if not line.rstrip():
            skipped += len(line)
        elif first:  # not blank: its Content-Length may be wrong, named as warcio names it
            at = records.fh.tell() - reader.rem_length() - skipped - len(line)
            sys.stderr.write(records.INC_RECORD.format(at, line))
            if _VERSION_LINE.fullmatch(line) or (arc and _arc_record_line(line)):
                return line, skipped
            skipped += len(line)
        else:
            return line, skipped
        first = False


def _line(reader: DecompressingBufferedReader) -> tuple[bytes, bool]:
    """The next line of `reader`, or its first LINE_MAX + 1 bytes, and whether that is all
    of it (a line end, or the stream's end): read a piece at a time, memory bounded."""
    line = piece = reader.readline(LINE_MAX + 1)
    while piece and not piece.endswith(b"\n") and len(line) <= LINE_MAX:
        piece = reader.readline(LINE_MAX + 1 - len(line))
        line += piece
    return line, line.endswith(b"\n") or not piece


def _rest_of_line(reader: DecompressingBufferedReader) -> int:
    """Pass over the rest of a line a piece at a time (time linear in it): its length."""
    size = 0
    while piece := reader.readline(LINE_MAX):
        size += len(piece)
        if piece.endswith(b"\n"):
            break
    return size


def _past_junk(
    reader: DecompressingBufferedReader, size: int, arc: bool
) -> tuple[int, bytes | None]:
    """The bytes of junk, `size` of them read, up to the first line that starts a record (a
    WARC version line; in an ARC file, an ARC header line), and that line (None: the stream
    ends first)."""
    while True:
        line, ended = _line(reader)
        if not line:
            return size, None
        if ended and (_VERSION_LINE.fullmatch(line) or (arc and _arc_record_line(line))):
            return size, line
        size += len(line) + (0 if ended else _rest_of_line(reader))


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
# on a response's HTTP headers holding a byte outside ASCII: its status and header lines as read
WIRE_LINES = "newsarchive_wire_lines"
# on HTTP headers that the record's Content-Length ended before their blank line
HTTP_CUT = "newsarchive_http_cut"


class _WireLines:
    """A response's HTTP status and header lines as warcio's parser reads them, kept (`lines`)
    where one holds a byte outside ASCII: warcio decodes each line as UTF-8, else latin-1, so
    its text does not say which bytes were archived (`café` is `caf\xe9` or `caf\xc3\xa9`)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.read: list[bytes] = []
        self.lines: list[bytes] | None = None  # set once a line is not ASCII

    def readline(self, *args: int) -> bytes:
        line = self.stream.readline(*args)
        self.read.append(line)
        if self.lines is None and not line.isascii():
            self.lines = self.read
        return line


def wire_headers(headers: StatusAndHeaders) -> StatusAndHeaders | None:
    """`headers` read again from their archived lines as latin-1 (each character one byte
    as archived; `to_str().encode("latin-1")` gives them back), where a line held a byte
    outside ASCII; None for ASCII headers, whose text is their bytes."""
    lines: list[bytes] | None = getattr(headers, WIRE_LINES, None)
    if lines is None:
        return None
    return _Latin1Parser([], verify=False).parse(BytesIO(b"".join(lines)))


class _Latin1Parser(StatusAndHeadersParser):  # type: ignore[misc]  # warcio has no types
    @staticmethod
    def decode_header(line: bytes | str) -> str:
        return line.decode("latin-1") if isinstance(line, bytes) else line


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
