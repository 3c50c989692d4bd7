"""A Playwright response as an `HttpExchange`: what the browser sent and received."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from playwright._impl._api_structures import HttpHeader
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Response as PlaywrightResponse

from newsarchive.network.browser_proxy import GuardProxy
from newsarchive.warc.exchange import HttpExchange

ARCHIVED_SCHEMES = ("http:", "https:")


class BodyUnavailable(Exception):
    """The browser no longer holds the body (page closed, evicted): nothing true to write."""


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


def _protocol(version: str) -> str:
    # Chromium reports "http/1.1", "h2", "h3"; records carry an HTTP/1.x-style status line.
    version = version.lower()
    if version in ("http/1.0", "http/1.1"):
        return version.upper()
    return "HTTP/1.1"


async def _body(response: PlaywrightResponse) -> bytes:
    try:
        return await response.body()
    except PlaywrightError as exc:
        if 300 <= response.status < 400 or response.status in (204, 304):
            return b""  # redirects and empty statuses have no body a browser keeps
        raise BodyUnavailable(str(exc)) from exc


async def _server_ip(response: PlaywrightResponse, proxy: GuardProxy | None) -> str | None:
    try:
        addr = await response.server_addr()
    except PlaywrightError:
        return None
    if addr and proxy is not None and addr["port"] == proxy.port:
        return proxy.address_for(response.url)  # Chromium only saw the guard proxy
    return addr["ipAddress"] if addr else None


async def to_exchange(
    response: PlaywrightResponse, proxy: GuardProxy | None = None
) -> HttpExchange:
    """Everything a record needs, read from the browser (body decoded, repeated headers kept).

    The five reads are separate round trips to the browser: asked together,
    a page waits for one round of them, not five.
    """
    request = response.request
    body, request_headers, response_headers, version, ip_address = await asyncio.gather(
        _body(response),
        request.headers_array(),
        response.headers_array(),
        response.http_version(),
        _server_ip(response, proxy),
    )
    return HttpExchange(
        url=response.url,
        method=request.method,
        request_headers=_pairs(request_headers),
        request_body=request.post_data_buffer or b"",
        status=response.status,
        response_headers=_pairs(response_headers),
        body=body,
        started_at=_started_at(response),
        protocol=_protocol(version),
        reason=response.status_text or None,
        ip_address=ip_address,
        body_decoded=True,
    )
