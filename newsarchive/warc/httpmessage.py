"""The HTTP part of a response record: status line, honest headers, digests.

Headers are stored as the bytes that came off the wire (a latin-1 round trip),
in the order served, hop-by-hop ones too, when the fetcher kept its header lines
(`served_headers`), and changed only where keeping them would make the record lie about the stored
body: Content-Length, Transfer-Encoding, and, for bodies a browser already
decoded, Content-Encoding (renamed `X-Archive-Orig-...`, as Browsertrix and
Common Crawl do). A chunked body's trailer section, which unframing would drop,
follows the headers as `X-Archive-Trailer: NAME: VALUE` lines: apart from the
header fields (RFC 9110 6.5.1 forbids merging the two), in order, as served.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus

from warcio.statusandheaders import StatusAndHeaders

from newsarchive.warc.exchange import HttpExchange, SpooledBody

ORIG_PREFIX = "X-Archive-Orig-"
TRAILER_HEADER = "X-Archive-Trailer"

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class HttpPayload:
    """The HTTP part of a response record, as it will be stored."""

    head: bytes  # status line, headers, blank line
    headers: StatusAndHeaders
    body: bytes
    payload_digest: str
    truncated: str | None  # WARC-Truncated reason
    spooled: SpooledBody | None = None  # the body is the first `spooled_size` bytes of this
    spooled_size: int = 0
    block_digest: str = ""  # of `head` and the spooled body, hashed with the payload's digest

    @property
    def size(self) -> int:
        return self.spooled_size if self.spooled is not None else len(self.body)


def digest(data: bytes) -> str:
    """`sha1:` + base32, the form Heritrix, wget and pywb use."""
    if not data:
        return EMPTY_DIGEST
    return sha1_b32(hashlib.sha1(data).digest())


def http_response(exchange: HttpExchange, max_payload: int | None = None) -> HttpPayload:
    """Status line, honest headers and the stored (possibly truncated) body."""
    if exchange.spooled is not None:
        return _spooled_response(exchange, exchange.spooled, max_payload)
    body, truncated = exchange.body, exchange.truncated
    if max_payload is not None and len(body) > max_payload:
        body, truncated = body[:max_payload], "length"
    headers = _response_headers(exchange, len(body))
    reason = exchange.reason if exchange.reason is not None else _phrase(exchange.status)
    statusline = f"{exchange.status} {reason}".rstrip()
    protocol = exchange.protocol if exchange.protocol.startswith("HTTP/") else "HTTP/1.1"
    head = head_bytes(f"{protocol} {statusline}", headers)
    parsed = status_and_headers(statusline, headers, protocol, head)
    return HttpPayload(head, parsed, body, digest(body), truncated)


def _spooled_response(
    exchange: HttpExchange, spooled: SpooledBody, max_payload: int | None
) -> HttpPayload:
    """As `http_response`, for a body in a temporary file: read through, never held whole."""
    size, truncated = spooled.size, exchange.truncated
    if max_payload is not None and size > max_payload:
        size, truncated = max_payload, "length"
    headers = _response_headers(exchange, size)
    reason = exchange.reason if exchange.reason is not None else _phrase(exchange.status)
    statusline = f"{exchange.status} {reason}".rstrip()
    protocol = exchange.protocol if exchange.protocol.startswith("HTTP/") else "HTTP/1.1"
    head = head_bytes(f"{protocol} {statusline}", headers)
    parsed = status_and_headers(statusline, headers, protocol, head)
    payload, block = hashlib.sha1(), hashlib.sha1(head)  # one read of the file for both
    for chunk in spooled.chunks(size):
        payload.update(chunk)
        block.update(chunk)
    payload_digest = sha1_b32(payload.digest()) if size else EMPTY_DIGEST
    block_digest = sha1_b32(block.digest())
    return HttpPayload(head, parsed, b"", payload_digest, truncated, spooled, size, block_digest)


def sha1_b32(raw: bytes) -> str:
    """base64.b32encode is pure Python and slow; a 20-byte sha1 is exactly 32 digits,
    taken here two at a time (10 bits) from a table."""
    number = int.from_bytes(raw, "big")
    return "sha1:" + "".join([_B32_PAIRS[(number >> shift) & 1023] for shift in _PAIR_SHIFTS])


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_PAIRS = [a + b for a in _B32 for b in _B32]
_PAIR_SHIFTS = range(150, -1, -10)
EMPTY_DIGEST = sha1_b32(hashlib.sha1(b"").digest())


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
    served = exchange.served_headers
    for name, value in served if served is not None else exchange.response_headers:
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
    return headers + [(TRAILER_HEADER, _one_line(line)) for line in exchange.trailers]


def _one_line(line: bytes) -> str:
    """A trailer line as a header value: a bare CR or LF in it (Twisted splits at CRLF
    only) would end the record's header line early, so it is a space, as obs-fold is."""
    return line.decode("latin-1").replace("\r", " ").replace("\n", " ")


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def head_bytes(first_line: str, headers: Iterable[tuple[str, str]]) -> bytes:
    """Header bytes as received: latin-1 gives back the wire bytes; else UTF-8."""
    text = "\r\n".join([first_line, *(f"{name}: {value}" for name, value in headers)])
    text += "\r\n\r\n"
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")


def status_and_headers(
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
