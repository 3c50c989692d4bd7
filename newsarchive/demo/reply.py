"""What a route answers, before HTTP framing: status, body, headers and serving flags."""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import brotli

try:  # Python 3.14's own zstd, else its backport (which Scrapy installs)
    from compression import zstd
except ImportError:
    from backports import zstd

HTML = "text/html; charset=utf-8"
STATIC_DATE = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Reply:
    """A response of the demo site; the server turns it into bytes on the wire.

    `gzip`: sent gzip-encoded (with `Vary: Accept-Encoding`) to clients that accept it.
    `codings`: the same for other codings (CODINGS), the first the client accepts.
    `chunked`: sent with `Transfer-Encoding: chunked` and no Content-Length.
    `validators`: strong ETag (from the body) and Last-Modified, and 304 answers.
    `drip`: seconds between two body bytes (a slow-drip server), 0 for one write.
    """

    status: int
    body: bytes = b""
    content_type: str = HTML
    headers: tuple[tuple[str, str], ...] = ()
    gzip: bool = False
    chunked: bool = False
    validators: bool = False
    last_modified: datetime = STATIC_DATE
    cacheable: bool = True
    drip: float = 0.0
    codings: tuple[str, ...] = ()
    etag: str = field(init=False, default="")
    gzipped: bytes = field(init=False, default=b"")

    def __post_init__(self) -> None:
        if self.validators:
            digest = hashlib.sha1(self.body).hexdigest()[:20]
            object.__setattr__(self, "etag", f'"{digest}"')
        if self.gzip:
            object.__setattr__(self, "gzipped", gzip.compress(self.body, 6, mtime=0))

    @property
    def offered(self) -> tuple[str, ...]:
        """Codings this reply may be sent in, by preference (names from CODINGS)."""
        return ("gzip",) if self.gzip else self.codings

    def encoded(self, coding: str) -> bytes:
        return self.gzipped if coding == "gzip" and self.gzip else CODINGS[coding][1](self.body)


def _raw_deflate(body: bytes) -> bytes:
    """Deflate without the zlib wrapper: what many servers send as `deflate`."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(body) + compressor.flush()


# name -> (Content-Encoding on the wire, encoder)
CODINGS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "gzip": ("gzip", lambda body: gzip.compress(body, 6, mtime=0)),
    "br": ("br", brotli.compress),
    "zstd": ("zstd", zstd.compress),
    "deflate": ("deflate", zlib.compress),
    "deflate-raw": ("deflate", _raw_deflate),
}


def html(
    text: str,
    status: int = 200,
    *,
    headers: tuple[tuple[str, str], ...] = (),
    gzip: bool = False,
    chunked: bool = False,
    cacheable: bool = True,
    codings: tuple[str, ...] = (),
) -> Reply:
    body = text.encode("utf-8")
    return Reply(
        status,
        body,
        HTML,
        headers,
        gzip=gzip,
        chunked=chunked,
        cacheable=cacheable,
        codings=codings,
    )


def redirect(status: int, location: str) -> Reply:
    body = f'<html><body><a href="{location}">Moved</a></body></html>\n'.encode()
    return Reply(status, body, HTML, (("Location", location),))
