"""Building WARC/1.1 records from HTTP exchanges: pure functions, no I/O.

Record ids and dates come in as arguments, so the same exchange always gives
the same bytes (tests compare them exactly). Writing files is `writer.py`'s job.
The HTTP headers are stored as the bytes that came off the wire (latin-1 round
trip), and only changed where keeping them would make the record lie about the
stored body: Content-Length, Transfer-Encoding, and, for bodies a browser
already decoded, Content-Encoding.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from urllib.parse import urlsplit

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders

from newsarchive.warc.exchange import HttpExchange, RecordRef

WARC_VERSION = "WARC/1.1"
REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
CONFORMS_TO = "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
ORIG_PREFIX = "X-Archive-Orig-"
HTTP_RESPONSE = "application/http; msgtype=response"
HTTP_REQUEST = "application/http; msgtype=request"
WARC_FIELDS = "application/warc-fields"

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class HttpPayload:
    """The HTTP part of a response record, as it will be stored."""

    head: bytes  # status line, headers, blank line
    headers: StatusAndHeaders
    body: bytes
    payload_digest: str
    truncated: str | None  # WARC-Truncated reason


def digest(data: bytes) -> str:
    """`sha1:` + base32, the form Heritrix, wget and pywb use."""
    if not data:
        return EMPTY_DIGEST
    return _sha1_b32(hashlib.sha1(data).digest())


def warc_date(moment: datetime) -> str:
    """WARC 1.1 date with microseconds, always UTC."""
    moment = moment.astimezone(UTC) if moment.tzinfo else moment
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def http_response(exchange: HttpExchange, max_payload: int | None = None) -> HttpPayload:
    """Status line, honest headers and the stored (possibly truncated) body."""
    body, truncated = exchange.body, exchange.truncated
    if max_payload is not None and len(body) > max_payload:
        body, truncated = body[:max_payload], "length"
    headers = _response_headers(exchange, len(body))
    reason = exchange.reason if exchange.reason is not None else _phrase(exchange.status)
    statusline = f"{exchange.status} {reason}".rstrip()
    protocol = exchange.protocol if exchange.protocol.startswith("HTTP/") else "HTTP/1.1"
    head = _head(f"{protocol} {statusline}", headers)
    parsed = _status_and_headers(statusline, headers, protocol, head)
    return HttpPayload(head, parsed, body, digest(body), truncated)


def response_record(exchange: HttpExchange, http: HttpPayload, record_id: str) -> ArcWarcRecord:
    warc = _warc_headers("response", record_id, exchange.started_at, exchange.url)
    _add_fetch_headers(warc, exchange, http.truncated)
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
        headers.insert(0, ("Host", parts.netloc.rsplit("@", 1)[-1]))
    protocol = exchange.protocol if exchange.protocol.startswith("HTTP/1") else "HTTP/1.1"
    statusline = f"{exchange.method} {target}"
    head = _head(f"{statusline} {protocol}", headers)
    http = _status_and_headers(f"{target} {protocol}", headers, exchange.method, head)
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


def metadata_record(
    uri: str,
    data: bytes,
    content_type: str,
    record_id: str,
    date: datetime,
    concurrent_to: str | None = None,
) -> ArcWarcRecord:
    """Something said about a capture (an item's metadata), tied to its record."""
    return _described("metadata", uri, data, content_type, record_id, date, concurrent_to)


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


def record_bytes(record: ArcWarcRecord) -> bytes:
    """The uncompressed record: WARC headers, block, two CRLFs."""
    parts = [record.rec_headers.to_bytes(encoding="utf-8")]
    if record.http_headers is not None:
        parts.append(record.http_headers.headers_buff)
    parts.append(record.raw_stream.getvalue())
    parts.append(b"\r\n\r\n")
    return b"".join(parts)


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
    return _status_and_headers("", headers, WARC_VERSION, None)


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
    warc.add_header("WARC-Block-Digest", _sha1_b32(block_hash.digest()))
    length = len(head) + len(body)
    warc.add_header("Content-Length", str(length))
    record = ArcWarcRecord("warc", kind, warc, BytesIO(body), http, content_type, length)
    record.payload_length = len(body)
    return record


def _sha1_b32(raw: bytes) -> str:
    """base64.b32encode is pure Python and slow; a 20-byte sha1 is exactly 32 digits,
    taken here two at a time (10 bits) from a table."""
    number = int.from_bytes(raw, "big")
    return "sha1:" + "".join([_B32_PAIRS[(number >> shift) & 1023] for shift in _PAIR_SHIFTS])


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_PAIRS = [a + b for a in _B32 for b in _B32]
_PAIR_SHIFTS = range(150, -1, -10)
EMPTY_DIGEST = _sha1_b32(hashlib.sha1(b"").digest())


def _response_headers(exchange: HttpExchange, stored_length: int) -> Headers:
    """Rename what would lie about the stored body; make Content-Length true."""
    renamed = {"transfer-encoding"}
    if exchange.body_decoded:
        renamed.add("content-encoding")
    keeps_length = not exchange.body and (
        exchange.method == "HEAD" or exchange.status in (204, 304) or exchange.status < 200
    )
    headers: Headers = []
    has_length = False
    for name, value in exchange.response_headers:
        lower = name.lower()
        if lower == "content-length" and not keeps_length:
            if has_length or value.strip() != str(stored_length):
                headers.append((ORIG_PREFIX + name, value))
                continue
            has_length = True
        elif lower in renamed:
            headers.append((ORIG_PREFIX + name, value))
            continue
        headers.append((name, value))
    if not has_length and not keeps_length:
        headers.append(("Content-Length", str(stored_length)))
    return headers


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _head(first_line: str, headers: Iterable[tuple[str, str]]) -> bytes:
    """Header bytes as received: latin-1 gives back the wire bytes; else UTF-8."""
    text = "\r\n".join([first_line, *(f"{name}: {value}" for name, value in headers)])
    text += "\r\n\r\n"
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _status_and_headers(
    statusline: str, headers: Headers, protocol: str, head: bytes | None
) -> StatusAndHeaders:
    """warcio's object, built without its per-header str conversion: ours are str already."""
    built = StatusAndHeaders.__new__(StatusAndHeaders)
    built.statusline = statusline
    built.headers = headers
    built.protocol = protocol
    built.total_len = 0
    built.headers_buff = head
    return built
