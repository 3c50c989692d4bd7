"""A Playwright response as an `HttpExchange`: what the browser sent and received."""

from __future__ import annotations

import asyncio
import codecs
import re
from datetime import UTC, datetime
from email.message import Message

from playwright._impl._api_structures import HttpHeader
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Response as PlaywrightResponse

from newsarchive.browser.bodies import InspectorBodies
from newsarchive.network.browser_proxy import GuardProxy
from newsarchive.warc.exchange import HttpExchange

ARCHIVED_SCHEMES = ("http:", "https:")
# Labels whose WHATWG decoder (what Chromium uses) is another codec than Python's of that name.
WHATWG_CODECS = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "gb2312": "gbk", "gb_2312": "gbk", "x-gbk": "gbk", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "tis-620": "cp874", "iso-8859-11": "cp874", "big5": "big5hkscs",
}  # fmt: skip
TEXT_TYPES = ("text/", "javascript", "json", "xml", "css", "ecmascript")
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)""", re.I)


class BodyUnavailable(Exception):
    """The browser no longer holds the body (page closed, evicted): nothing true to write."""


# Types Chromium shows in its PDF viewer: the body it hands over is the viewer's own HTML
VIEWER_TYPES = frozenset({"application/pdf", "application/x-pdf"})


def media_type(headers: list[tuple[str, str]]) -> str:
    value = next((v for k, v in headers if k.lower() == "content-type"), "")
    return value.split(";", 1)[0].strip().lower()


def in_viewer(exchange: HttpExchange) -> bool:
    """A document Chromium showed in its PDF viewer: the body is the viewer's page, not
    the bytes served (a record of it would replay HTML as the PDF)."""
    return (
        media_type(exchange.response_headers) in VIEWER_TYPES
        and b"%PDF-" not in exchange.body[:1024]
    )


def is_archivable(url: str) -> bool:
    return url.lower().startswith(ARCHIVED_SCHEMES)


def _pairs(headers: list[HttpHeader]) -> list[tuple[str, str]]:
    # HTTP/2 pseudo-headers (":authority") are not headers of an HTTP/1.x record.
    return [(h["name"], h["value"]) for h in headers if not h["name"].startswith(":")]


def _started_at(response: PlaywrightResponse) -> datetime:
    start_ms = response.request.timing.get("startTime", -1)
    if start_ms and start_ms > 0:
        return datetime.fromtimestamp(start_ms / 1000, tz=UTC)
    return datetime.now(UTC)


def record_protocol(version: str) -> str:
    """The protocol of a record's status line for what Chromium reports ("http/1.1", "h2",
    "h3"): HTTP/1.0 or HTTP/1.1 as served; HTTP/1.1 for the others (pywb 2.10 answers a
    status line of `HTTP/2` with 503; the record's headers are HTTP/1.x-style already)."""
    version = version.lower()
    if version in ("http/1.0", "http/1.1"):
        return version.upper()
    return "HTTP/1.1"


def _charset(
    headers: list[tuple[str, str]], body: bytes, resource_type: str
) -> tuple[str, str] | None:
    """(media type, charset label) Chromium decoded a text body with, where it can be told.

    The Content-Type's charset; for an HTML document without one, its <meta>
    charset (Chromium's prescan reads the first 1,024 bytes; the UTF-8 copy of
    those is at most twice as long for the legacy charsets).
    """
    value = next((v for k, v in reversed(headers) if k.lower() == "content-type"), "")
    message = Message()
    message["content-type"] = value
    label = message.get_param("charset")
    media_type = message.get_content_type()
    if isinstance(label, str) and label.strip():
        return media_type, label.strip().lower()
    if resource_type == "document" and media_type == "text/html":
        meta = META_CHARSET.search(body[:2048])
        if meta is not None:
            return media_type, meta.group(1).decode("ascii").lower()
    return None


def _encode_as_served(text: str, codec: str) -> bytes | None:
    """`text` in `codec`; None for a character the served bytes cannot have held."""
    try:
        if codec == "cp1252" and not text.isascii():
            # WHATWG windows-1252 maps 0x81, 0x8d, 0x8f, 0x90, 0x9d to U+0081...; Python not
            return bytes(_cp1252_byte(ch) for ch in text)
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def _cp1252_byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        if ord(ch) < 256:
            return ord(ch)
        raise


def served_text(
    body: bytes, headers: list[tuple[str, str]], resource_type: str = ""
) -> tuple[bytes, list[tuple[str, str]]]:
    """A text body as the server sent it, or else headers that say what it now is.

    Chromium hands over a text resource (document, script, stylesheet, fetch()
    of text, JSON or XML) decoded with its Content-Type charset and re-encoded
    as UTF-8: stored so, a Latin-1 or Shift_JIS page would replay as mojibake
    and its digest would match nothing the server sent. Encoding the text back
    with that charset gives the served bytes; when it cannot (a byte the charset
    had no character for became U+FFFD), the body stays UTF-8 and the record's
    Content-Type says so (the served one kept as X-Archive-Orig-Content-Type).
    An HTML document's <meta> charset is the one Chromium used when the
    Content-Type names none.
    """
    declared = _charset(headers, body, resource_type)
    if declared is None or not any(t in declared[0] for t in TEXT_TYPES):
        return body, headers
    media_type, label = declared
    try:
        codec = codecs.lookup(WHATWG_CODECS.get(label, label)).name
        text = body.decode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body, headers  # a charset Chromium does not know either, or not transcoded
    if codec == "utf-8":
        return body, headers
    served = None if codec.startswith("utf-") else _encode_as_served(text, codec)
    if served is not None and _length_agrees(served, headers):
        return served, headers
    relabelled: list[tuple[str, str]] = []
    for name, value in headers:
        if name.lower() == "content-type":
            relabelled.append(("X-Archive-Orig-" + name, value))
            value = f"{media_type}; charset=utf-8"  # over a <meta> charset too
        relabelled.append((name, value))
    return body, relabelled


def _length_agrees(served: bytes, headers: list[tuple[str, str]]) -> bool:
    """False when an unencoded body's Content-Length says the server sent other bytes."""
    names = {k.lower(): v for k, v in headers}
    if "content-encoding" in names or "content-length" not in names:
        return True
    return names["content-length"].strip() == str(len(served))


async def _body(response: PlaywrightResponse, spare: InspectorBodies | None) -> bytes:
    try:
        return await response.body()
    except PlaywrightError as exc:
        if 300 <= response.status < 400 or response.status in (204, 304):
            return b""  # redirects and empty statuses have no body a browser keeps
        body = await spare.body(response) if spare is not None else None
        if body is None:
            raise BodyUnavailable(str(exc)) from exc
        return body


async def _given(body: bytes) -> bytes:
    return body


async def _server_ip(response: PlaywrightResponse, proxy: GuardProxy | None) -> str | None:
    try:
        addr = await response.server_addr()
    except PlaywrightError:
        return None
    if addr and proxy is not None and addr["port"] == proxy.port:
        return proxy.address_for(response.url)  # Chromium only saw the guard proxy
    return addr["ipAddress"] if addr else None


async def to_exchange(
    response: PlaywrightResponse,
    proxy: GuardProxy | None = None,
    spare: InspectorBodies | None = None,
    body: bytes | None = None,
) -> HttpExchange:
    """Everything a record needs, read from the browser (body decoded, repeated headers kept);
    a body Playwright lost is read from `spare` (newsarchive.browser.bodies); `body` when it
    is known already (a file downloaded: newsarchive.browser.downloads).

    The five reads are separate round trips to the browser: asked together,
    a page waits for one round of them, not five.
    """
    request = response.request
    received, request_headers, raw_headers, version, ip_address = await asyncio.gather(
        _body(response, spare) if body is None else _given(body),
        request.headers_array(),
        response.headers_array(),
        response.http_version(),
        _server_ip(response, proxy),
    )
    received, response_headers = served_text(received, _pairs(raw_headers), request.resource_type)
    return HttpExchange(
        url=response.url,
        method=request.method,
        request_headers=_pairs(request_headers),
        request_body=request.post_data_buffer or b"",
        status=response.status,
        response_headers=response_headers,
        body=received,
        started_at=_started_at(response),
        protocol=record_protocol(version),
        reason=response.status_text or None,
        ip_address=ip_address,
        body_decoded=True,
    )
