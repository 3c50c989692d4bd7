"""Building WARC/1.1 records from HTTP exchanges: pure functions, no I/O.

Record ids and dates come in as arguments, so the same exchange always gives
the same bytes (tests compare them exactly). Writing files is `writer.py`'s job.
The HTTP part (honest headers, digests) is built by `httpmessage.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from urllib.parse import urlsplit

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders

from newsarchive.timestamps import warc_date
from newsarchive.warc.exchange import HttpExchange, RecordRef, SpooledBody
from newsarchive.warc.httpmessage import (
    EMPTY_DIGEST,
    HttpPayload,
    digest,
    head_bytes,
    http_response,
    sha1_b32,
    status_and_headers,
)

__all__ = [  # callers build a whole exchange from here: records.http_response(...)
    "CONFORMS_TO",
    "EMPTY_DIGEST",
    "NOT_MODIFIED_PROFILE",
    "REVISIT_PROFILE",
    "HttpPayload",
    "PreparedRecord",
    "SpooledBlock",
    "digest",
    "http_response",
    "metadata_record",
    "not_modified_record",
    "record_bytes",
    "record_head",
    "request_record",
    "resource_record",
    "response_record",
    "revisit_record",
    "warc_date",
    "warcinfo_fields",
    "warcinfo_record",
]

WARC_VERSION = "WARC/1.1"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
CONFORMS_TO = "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
HTTP_RESPONSE = "application/http; msgtype=response"
HTTP_REQUEST = "application/http; msgtype=request"
WARC_FIELDS = "application/warc-fields"


def response_record(exchange: HttpExchange, http: HttpPayload, record_id: str) -> ArcWarcRecord:
    warc = _warc_headers("response", record_id, exchange.started_at, exchange.url)
    _add_fetch_headers(warc, exchange, http.truncated)
    if http.spooled is not None:
        return _spooled_record(warc, http, http.spooled)
    return _record(warc, "response", HTTP_RESPONSE, http.headers, http.body, http.payload_digest)


def revisit_record(
    exchange: HttpExchange, http: HttpPayload, record_id: str, original: RecordRef
) -> ArcWarcRecord:
    """Headers of this fetch; the body is the one `original` already holds."""
    warc = _warc_headers("revisit", record_id, exchange.started_at, exchange.url)
    _add_fetch_headers(warc, exchange, None)
    warc.add_header("WARC-Profile", REVISIT_PROFILE)
    warc.add_header("WARC-Refers-To", original.record_id)
    warc.add_header("WARC-Refers-To-Target-URI", original.target_uri)
    warc.add_header("WARC-Refers-To-Date", original.date)
    return _record(warc, "revisit", HTTP_RESPONSE, http.headers, b"", http.payload_digest)


def not_modified_record(
    exchange: HttpExchange, http: HttpPayload, record_id: str, original: RecordRef, digest: str
) -> ArcWarcRecord:
    """A 304 to a conditional request (newsarchive.state): the record (and payload
    digest) of the body the server said is still current.

    The block is left empty: pywb then replays the current body (with its headers)
    at the time of the check, where the 304's own headers would replay as an
    empty 304. The request record beside it keeps the conditional headers sent.
    """
    warc = _warc_headers("revisit", record_id, exchange.started_at, exchange.url)
    _add_fetch_headers(warc, exchange, None)
    warc.add_header("WARC-Profile", NOT_MODIFIED_PROFILE)
    warc.add_header("WARC-Refers-To", original.record_id)
    warc.add_header("WARC-Refers-To-Target-URI", original.target_uri)
    warc.add_header("WARC-Refers-To-Date", original.date)
    return _record(warc, "revisit", HTTP_RESPONSE, None, b"", digest)


def request_record(exchange: HttpExchange, record_id: str, concurrent_to: str) -> ArcWarcRecord:
    """What was sent: request line with path and query, Host first if missing."""
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(exchange.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", _host_header(parts.scheme, parts.netloc)))
    # Scrapy's client and browsers send HTTP/1.1 whatever version the server answers
    # in; an HTTP/2 exchange is written in HTTP/1.1 form (WARC has no framing for h2).
    protocol = "HTTP/1.1"
    statusline = f"{exchange.method} {target}"
    head = head_bytes(f"{statusline} {protocol}", headers)
    http = status_and_headers(f"{target} {protocol}", headers, exchange.method, head)
    warc = _warc_headers("request", record_id, exchange.started_at, exchange.url)
    warc.add_header("WARC-Concurrent-To", concurrent_to)
    body = exchange.request_body
    return _record(warc, "request", HTTP_REQUEST, http, body, digest(body))


def warcinfo_record(
    filename: str, fields: Mapping[str, str], record_id: str, date: datetime
) -> ArcWarcRecord:
    """The file's description: empty fields are left out."""
    data = "".join(f"{name}: {value}\r\n" for name, value in fields.items() if value)
    warc = _warc_headers("warcinfo", record_id, date, None)
    warc.add_header("WARC-Filename", filename)
    return _record(warc, "warcinfo", WARC_FIELDS, None, data.encode("utf-8"), None)


def warcinfo_fields(
    software: str, hostname: str, robots: str, user_agent: str, operator: str, description: str
) -> dict[str, str]:
    return {
        "software": software,
        "hostname": hostname,
        "format": "WARC File Format 1.1",
        "conformsTo": CONFORMS_TO,
        "robots": robots,
        "http-header-user-agent": user_agent,
        "operator": operator,
        "description": description,
    }


@dataclass(frozen=True, slots=True)
class PreparedRecord:
    """A record whose header block is built as bytes directly (`metadata_record`).

    One is written for every item: warcio's generic record (a StatusAndHeaders to
    fill, a BytesIO, its headers joined again at writing) and a second SHA-1 of
    the same bytes cost more than the header bytes themselves. `writer.py` writes
    it as it writes any record; its bytes are those of the generic path
    (`tests/test_warc_records.py` compares them).
    """

    rec_type: str
    head: bytes  # the WARC header block, blank line included
    block: bytes
    record_id: str
    date: str
    target_uri: str
    payload_digest: str


def metadata_record(
    uri: str,
    data: bytes,
    content_type: str,
    record_id: str,
    date: datetime,
    concurrent_to: str | None = None,
) -> PreparedRecord:
    """Something said about a capture (an item's metadata), tied to its record.

    Its block is its payload (no HTTP head): the block digest is the payload
    digest, computed once.
    """
    when = warc_date(date)
    sha1 = digest(data)
    concurrent = f"WARC-Concurrent-To: {concurrent_to}\r\n" if concurrent_to else ""
    head = (
        f"{WARC_VERSION}\r\nWARC-Type: metadata\r\nWARC-Record-ID: {record_id}\r\n"
        f"WARC-Date: {when}\r\nWARC-Target-URI: {uri}\r\n{concurrent}"
        f"Content-Type: {content_type}\r\nWARC-Payload-Digest: {sha1}\r\n"
        f"WARC-Block-Digest: {sha1}\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    return PreparedRecord("metadata", head.encode("utf-8"), data, record_id, when, uri, sha1)


def described_record(
    kind: str,
    uri: str,
    data: bytes,
    content_type: str,
    record_id: str,
    date: datetime,
    concurrent_to: str | None = None,
) -> ArcWarcRecord:
    """A metadata or resource record through warcio's generic record (what
    `metadata_record` must equal byte for byte)."""
    return _described(kind, uri, data, content_type, record_id, date, concurrent_to)


def resource_record(
    uri: str,
    data: bytes,
    content_type: str,
    record_id: str,
    date: datetime,
    concurrent_to: str | None = None,
) -> ArcWarcRecord:
    """Content not from an HTTP exchange (a rendered DOM, a screenshot)."""
    return _described("resource", uri, data, content_type, record_id, date, concurrent_to)


class SpooledBlock:
    """A record block's body read from a spool file: what `writer.py` streams, never joins."""

    def __init__(self, spooled: SpooledBody, size: int) -> None:
        self.spooled = spooled
        self.size = size

    def chunks(self) -> Iterator[bytes]:
        return self.spooled.chunks(self.size)


def _spooled_record(
    warc: StatusAndHeaders, http: HttpPayload, spooled: SpooledBody
) -> ArcWarcRecord:
    """A response record whose body stays in its temporary file until written."""
    head = http.head
    warc.add_header("Content-Type", HTTP_RESPONSE)
    warc.add_header("WARC-Payload-Digest", http.payload_digest)
    block_digest = http.block_digest or sha1_b32(spooled.sha1(http.size, prefix=head))
    warc.add_header("WARC-Block-Digest", block_digest)
    length = len(head) + http.size
    warc.add_header("Content-Length", str(length))
    block = SpooledBlock(spooled, http.size)
    record = ArcWarcRecord("warc", "response", warc, block, http.headers, HTTP_RESPONSE, length)
    record.payload_length = http.size
    return record


def record_head(record: ArcWarcRecord) -> bytes:
    """WARC headers and the HTTP head: all of a record but its body and the two CRLFs."""
    head: bytes = record.rec_headers.to_bytes(encoding="utf-8")
    if record.http_headers is None:
        return head
    http_head: bytes = record.http_headers.headers_buff
    return head + http_head


def record_bytes(record: ArcWarcRecord | PreparedRecord) -> bytes:
    """The uncompressed record: WARC headers, block, two CRLFs."""
    if isinstance(record, PreparedRecord):
        return b"".join((record.head, record.block, b"\r\n\r\n"))
    parts = [record.rec_headers.to_bytes(encoding="utf-8")]
    if record.http_headers is not None:
        parts.append(record.http_headers.headers_buff)
    parts.append(record.raw_stream.getvalue())
    parts.append(b"\r\n\r\n")
    return b"".join(parts)


def _host_header(scheme: str, netloc: str) -> str:
    """As HTTP clients send it: no credentials, no default port."""
    host = netloc.rsplit("@", 1)[-1]
    default = {"http": ":80", "https": ":443"}.get(scheme, "")
    return host.removesuffix(default) if default else host


def _described(
    kind: str,
    uri: str,
    data: bytes,
    content_type: str,
    record_id: str,
    date: datetime,
    concurrent_to: str | None,
) -> ArcWarcRecord:
    warc = _warc_headers(kind, record_id, date, uri)
    if concurrent_to:
        warc.add_header("WARC-Concurrent-To", concurrent_to)
    return _record(warc, kind, content_type, None, data, digest(data))


def _warc_headers(kind: str, record_id: str, date: datetime, uri: str | None) -> StatusAndHeaders:
    headers = [("WARC-Type", kind), ("WARC-Record-ID", record_id), ("WARC-Date", warc_date(date))]
    if uri is not None:
        headers.append(("WARC-Target-URI", uri))
    return status_and_headers("", headers, WARC_VERSION, None)


def _add_fetch_headers(
    warc: StatusAndHeaders, exchange: HttpExchange, truncated: str | None
) -> None:
    if exchange.ip_address:
        warc.add_header("WARC-IP-Address", exchange.ip_address)
    if truncated:
        warc.add_header("WARC-Truncated", truncated)
    for name, value in exchange.extra.items():
        warc.add_header(name, value)


def _record(
    warc: StatusAndHeaders,
    kind: str,
    content_type: str,
    http: StatusAndHeaders | None,
    body: bytes,
    payload_digest: str | None,
) -> ArcWarcRecord:
    head = http.headers_buff if http is not None else b""
    warc.add_header("Content-Type", content_type)
    if payload_digest is not None:
        warc.add_header("WARC-Payload-Digest", payload_digest)
    block_hash = hashlib.sha1(head)
    block_hash.update(body)
    warc.add_header("WARC-Block-Digest", sha1_b32(block_hash.digest()))
    length = len(head) + len(body)
    warc.add_header("Content-Length", str(length))
    record = ArcWarcRecord("warc", kind, warc, BytesIO(body), http, content_type, length)
    record.payload_length = len(body)
    return record
