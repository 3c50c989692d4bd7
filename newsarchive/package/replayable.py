"""Decoded copies of the records pywb cannot decode, and joined copies of the records split
in segments, for `replay` only.

pywb 2.10 undoes gzip, deflate and br itself, but serves a zstd body, a stacked
coding (`gzip, br`, also `gzip, identity` or `br, none`: pywb reads the header as
one name) or an `x-gzip` one as the compressed bytes, to any client. `replay`
therefore writes, in its scratch collection (never beside the archive), a copy of
each such response with its body decoded and the coding kept as
`X-Archive-Orig-Content-Encoding`, and indexes the copy in place of the
original; so is a response dated with a UTC offset (`+02:00` where the WARC
standard asks for `Z`), which pywb fails to load, one (or a revisit) whose status line is not
HTTP/1.x (`HTTP/2 200`: pywb answers 503), and one whose Content-Length is more than
its stored body (cut at a size limit: pywb's client waited for the rest until it timed
out). The archive itself still holds
the bytes as served. pywb serves the record at an offset as it is, so a record
split in segments (WARC-Segment-Number) would be its first segment: `index`
leaves it out, and `replay` serves a copy joined from all its segments, which a
revisit of it finds by URL and digest. A revisit that names its original otherwise than
by WARC-Refers-To-Target-URI is served from a copy that names it so (`refers`).
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.exitcodes import copy_failed
from newsarchive.numbers import header_number
from newsarchive.outputs import named_write_error
from newsarchive.package.refers import DIGEST, Referred, lacks_target
from newsarchive.warc.archives import OFFSET_DATED, Read, Segments, Skips, read_records
from newsarchive.warc.digests import index_digest
from newsarchive.warc.encodings import ContentDecodingError, codings, decode_body
from newsarchive.warc.warcio_patches import wire_headers

PYWB_DECODES = ("gzip", "deflate", "br")
PYWB_PROTOCOLS = ("HTTP/1.0", "HTTP/1.1")  # what pywb's record loader takes a status line for
COPIES_NAME = "newsarchive-decoded-copies.warc.gz"
# what a revisit's copy keeps of its WARC headers: its date, and what names its original
REVISIT_KEEPS = (
    "WARC-Date", "WARC-IP-Address", "WARC-Payload-Digest", "WARC-Profile", "WARC-Refers-To",
    "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date",
)  # fmt: skip


def offset_dated(record: ArcWarcRecord) -> bool:
    """A response dated with a UTC offset (`+02:00`): pywb 2.10 fails to load it (500), its
    copy is dated in `Z` (`utc_warc_date`)."""
    dated = getattr(record.rec_headers, OFFSET_DATED, False)
    return bool(dated) and record.rec_type == "response" and record.http_headers is not None


def pywb_cannot_decode(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    header = record.http_headers.get_header("Content-Encoding")
    # pywb decodes a header that names one of its codings alone: "gzip, identity" went
    # to every client compressed
    return bool(codings(header)) and (header or "").strip().lower() not in PYWB_DECODES


def pywb_refuses_status_line(record: ArcWarcRecord) -> bool:
    """A response or revisit whose status line names another protocol (`HTTP/2 200`, Go's
    `HTTP/2.0 200 OK`): pywb 2.10 answers 503 (`Expected Status Line starting with ['HTTP/1.0',
    'HTTP/1.1']`), its copy says HTTP/1.1 (a revisit's copy is a revisit of the same original)."""
    if record.rec_type not in ("response", "revisit") or not _has_status_line(record):
        return False
    return not (record.http_headers.protocol or "").upper().startswith(PYWB_PROTOCOLS)


def _has_status_line(record: ArcWarcRecord) -> bool:
    """Whether its HTTP headers are there (a revisit may have none: pywb serves the original's)."""
    headers = record.http_headers
    return headers is not None and bool(headers.statusline or headers.headers)


def declares_more_than_stored(record: ArcWarcRecord) -> bool:
    """A response whose HTTP Content-Length is more than its stored body (cut at a size limit,
    `WARC-Truncated: length`, as Common Crawl's): pywb sends that length and fewer bytes, and
    the client waits for the rest until it times out; its copy says the length stored. A 304's
    or 204's length is not waited for (it has no body)."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None or headers.get_header("Transfer-Encoding"):
        return False
    if headers.get_statuscode() in ("204", "304") or headers.get_statuscode().startswith("1"):
        return False
    declared = header_number(headers.get_header("Content-Length"))
    stored = int(record.length or 0) - int(getattr(headers, "total_len", 0) or 0)
    return declared is not None and declared > stored


def _name_original(record: ArcWarcRecord, names: dict[str, str]) -> None:
    """Adds to the revisit's WARC headers (as read: the archive is not written) what names its
    original."""
    for name, value in names.items():
        record.rec_headers.add_header(name, value)


@dataclass(frozen=True)
class Replaced:
    """An original record (file name, offset) and its copy's offset and payload digest."""

    name: str
    offset: int
    copy_offset: int
    digest: str | None
    joined: bool = False  # a record split in segments, joined (its first has no index line)


def first_segment(record: ArcWarcRecord) -> bool:
    """A response whose segments (WARC-Segment-Number) `read_records` joins."""
    segment = record.rec_headers.get_header("WARC-Segment-Number")
    return record.rec_type == "response" and record.http_headers is not None and segment == "1"


def write_decoded_copies(
    warcs: list[Path], output: Path, decode: bool = True, packed: str | None = None
) -> list[Replaced]:
    """Decoded copies of the records of `warcs` that pywb cannot decode (not with `decode`
    False: a WACZ keeps what was served), and joined copies of those split in segments (in
    one file or several), in `output`. `packed`: what the copy is, a copy a package holds
    in its temporary folder: its write error is said as the package's other copies' are
    (`copy_failed`: no WACZ written, what was copied, the temporary file)."""
    replaced: list[Replaced] = []
    skips = _Unnamed()
    segments = Segments()  # a record's segments may be in several files
    referred = Referred()  # its original may come after it: such revisits are written last
    unnamed: list[Read] = []

    def copied(record: ArcWarcRecord) -> bool:
        if decode:
            referred.note(record)
        return (
            (decode and lacks_target(record) and _has_status_line(record))
            or (decode and pywb_cannot_decode(record))
            or first_segment(record)
            or (decode and offset_dated(record))
            or (decode and pywb_refuses_status_line(record))
            or (decode and declares_more_than_stored(record))
        )

    def reads() -> Iterator[Read]:
        try:
            for path in warcs:
                for read in read_records(path, skips, copied, segments):
                    if decode and lacks_target(read.record):
                        unnamed.append(read)
                    else:
                        yield read
            yield from segments.joined(skips)
        finally:
            segments.close()  # its temporary file, if reading stopped early
        for read in unnamed:
            names = referred.names(read.record)
            if names or pywb_refuses_status_line(read.record):
                _name_original(read.record, names)
                yield read

    try:
        _write_copies(output, reads(), decode, replaced)
    except OSError as exc:  # its own file (a full temporary folder: "No space left", naming none)
        if packed is not None:
            raise copy_failed(exc, packed, output) from None
        raise named_write_error(exc, output) from None
    return replaced


def _write_copies(
    output: Path, reads: Iterator[Read], decode: bool, replaced: list[Replaced]
) -> None:
    with output.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True, warc_version="WARC/1.1")
        for read in reads:
            if read.offset is None:  # read past a record spread over gzip members, or in a
                continue  # file gzipped whole: no index line of it to stand in for
            assert read.record.http_headers is not None
            joined = read.record.rec_headers.get_header("WARC-Segment-Number") is not None
            body = read.payload
            if decode and pywb_cannot_decode(read.record):
                try:
                    body = decode_body(read.payload, read.record.http_headers.get_header(
                        "Content-Encoding"))  # fmt: skip
                except ContentDecodingError:
                    if not joined:
                        continue  # named by the index pass; nothing better to serve
            at = stream.tell()
            decoded = body is not read.payload
            writer.write_record(_copy(writer, read.record, body, decoded))
            # a joined copy's digest is its own: its first segment's may be of one segment
            digest = None if joined else read.record.rec_headers.get_header(DIGEST)
            digest = digest and index_digest(digest)  # as the index writes the revisit's
            replaced.append(Replaced(read.path.name, read.offset, at, digest, joined))


class _Unnamed(Skips):
    """What this pass cannot read goes unnamed: the index pass after it names it, once."""

    def __init__(self) -> None:
        super().__init__(quiet=True)

    def file(self, path: Path | str, reason: str, partial: bool = False) -> None:
        pass

    def record(
        self,
        path: Path | str,
        where: str,
        reason: str,
        file_whole: bool = False,
        url: str | None = None,
    ) -> None:
        pass


def _copy(writer: WARCWriter, record: ArcWarcRecord, body: bytes, decoded: bool) -> ArcWarcRecord:
    """A response of `record`'s headers and `body` (`decoded`: its coding undone)."""
    assert record.http_headers is not None
    if record.rec_type == "revisit":
        return _revisit_copy(writer, record, body)
    original = record.http_headers
    wire = wire_headers(original)
    archived = wire or original
    dropped = ("content-length", "transfer-encoding", *(["content-encoding"] * decoded))
    headers = [(name, value) for name, value in archived.headers if name.lower() not in dropped]
    if decoded:
        coding = archived.get_header("Content-Encoding")
        headers.append(("X-Archive-Orig-Content-Encoding", coding))
    headers.append(("Content-Length", str(len(body))))
    protocol = original.protocol if not pywb_refuses_status_line(record) else "HTTP/1.1"
    http = _headers(archived.statusline, headers, protocol, wire is not None)
    keep = ("WARC-Date", "WARC-IP-Address")
    warc_headers = {k: v for k, v in record.rec_headers.headers if k in keep}
    return writer.create_warc_record(
        record.rec_headers.get_header("WARC-Target-URI"),
        "response",
        payload=BytesIO(body),
        length=len(body),  # warcio spools a payload of no length to a file it never closes
        http_headers=http,
        warc_headers_dict=warc_headers,
    )


class _AsArchived(StatusAndHeaders):
    """Headers read as latin-1 from their archived lines (`wire_headers`), written back as
    those bytes. warcio writes a header that is not ASCII percent-encoded as UTF-8 (a
    latin-1 `caf\xe9` as `caf%C3%A9`), or raised UnicodeEncodeError (a name, or a value
    holding a ';' beside its `name="value"` parts): a traceback ended `replay`."""

    def compute_headers_buffer(self, header_filter: object = None) -> None:
        self.headers_buff = self.to_str(header_filter).encode("latin-1") + b"\r\n"


def _headers(
    statusline: str, headers: list[tuple[str, str]], protocol: str, latin1: bool
) -> StatusAndHeaders:
    """A copy's HTTP headers: as archived, byte for byte, where they were read as latin-1
    (`latin1`); else as warcio read them, a character outside ASCII (only in headers read
    some other way) percent-encoded."""
    if latin1:
        return _AsArchived(statusline, headers, protocol=protocol)
    named = [(_ascii(name), _ascii(value)) for name, value in headers]
    return StatusAndHeaders(_ascii(statusline), named, protocol=protocol)


def _ascii(text: str) -> str:
    return text if text.isascii() else quote(text, safe=string.punctuation + " ")


def _revisit_copy(writer: WARCWriter, record: ArcWarcRecord, body: bytes) -> ArcWarcRecord:
    """The revisit with an HTTP/1.1 status line, its headers and what names its original as
    they are (its Content-Length is the original's body's, which pywb serves)."""
    assert record.http_headers is not None
    wire = wire_headers(record.http_headers)
    archived = wire or record.http_headers
    http = _headers(archived.statusline, archived.headers, "HTTP/1.1", wire is not None)
    keep = REVISIT_KEEPS
    warc_headers = {k: v for k, v in record.rec_headers.headers if k in keep}
    return writer.create_warc_record(
        record.rec_headers.get_header("WARC-Target-URI"),
        "revisit",
        payload=BytesIO(body),
        length=len(body),  # as a response's (`_copy`)
        http_headers=http,
        warc_headers_dict=warc_headers,
    )


def swap_in_copies(index: Path, replaced: list[Replaced]) -> None:
    """The CDXJ at `index` with each replaced original's line dropped for its copy's.

    The copy's line keeps the original's payload digest: pywb finds a revisit's
    original by URL and digest, and the copy stands for that original.
    """
    originals = {(r.name, str(r.offset)) for r in replaced}
    digests = {str(r.copy_offset): r.digest for r in replaced}
    kept = []
    for line in index.read_text(encoding="utf-8").splitlines():
        key, ts, text = line.split(" ", 2)
        fields = json.loads(text)
        where = (fields.get("filename"), fields.get("offset"))
        if where in originals:
            continue
        if fields.get("filename") == COPIES_NAME and digests.get(fields.get("offset")):
            fields["digest"] = digests[fields["offset"]]
        kept.append(f"{key} {ts} {json.dumps(fields)}")
    index.write_text("".join(line + "\n" for line in sorted(kept)), encoding="utf-8")
