"""Scrapy's (request, response) as an `HttpExchange`, as it was on the wire.

Called from `response_downloaded`, before any downloader middleware: the body
is still content-encoded. Twisted has de-chunked it and kept the hop-by-hop
headers apart; Scrapy has dropped the reason phrase (records.py restores the standard
one), reordered the headers and may have added a `Content-Length`: the download
handler's header lines as served (`HEADER_LINES`) are passed on when it has them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy.http import Headers, Request, Response

from newsarchive.request_meta import HEADER_LINES, SPOOLED_BODY, TIME_LIMIT_FLAG, TRAILER_LINES
from newsarchive.warc.exchange import HttpExchange


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    """Every value of every header (`getlist`: repeated Set-Cookie kept); latin-1 is lossless."""
    # Headers keeps each normalised name's values as a list: read it as the dict it is
    # (getlist() would normalise every name again, for every response).
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in dict.items(headers)
        for value in values
    ]


def truncation(flags: list[str]) -> str | None:
    """The WARC-Truncated reason the download handler's flags stand for."""
    if TIME_LIMIT_FLAG in flags:
        return "time"  # cut at DOWNLOAD_MAX_TIME (newsarchive.network.download)
    if "dataloss" in flags:
        return "disconnect"
    return None


def exchange_from_scrapy(request: Request, response: Response, now: datetime) -> HttpExchange:
    """`request.meta` may hold the body in a spool file (a large download): read from there."""
    latency = float(request.meta.get("download_latency") or 0.0)
    spooled = request.meta.get(SPOOLED_BODY)
    sent = header_pairs(request.headers)
    if request.body and not any(name.lower() == "content-length" for name, _ in sent):
        sent.append(("Content-Length", str(len(request.body))))
    return HttpExchange(
        url=response.url,
        method=request.method,
        request_headers=sent,
        request_body=request.body,
        status=response.status,
        response_headers=header_pairs(response.headers),
        body=b"" if spooled is not None else response.body,
        started_at=(now - timedelta(seconds=latency)).astimezone(UTC),
        protocol=response.protocol or "HTTP/1.1",
        ip_address=str(response.ip_address) if response.ip_address is not None else None,
        truncated=truncation(response.flags),
        spooled=spooled,
        trailers=list(request.meta.get(TRAILER_LINES) or ()),
        served_headers=served_pairs(request.meta.get(HEADER_LINES)),
    )


def served_pairs(lines: list[tuple[bytes, bytes]] | None) -> list[tuple[str, str]] | None:
    """The download handler's header fields as served; latin-1 is lossless."""
    if lines is None:
        return None
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in lines]
