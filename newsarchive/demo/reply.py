"""What a route answers, before HTTP framing: status, body, headers and serving flags."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

HTML = "text/html; charset=utf-8"
STATIC_DATE = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Reply:
    """A response of the demo site; the server turns it into bytes on the wire.

    `gzip`: sent gzip-encoded (with `Vary: Accept-Encoding`) to clients that accept it.
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
    etag: str = field(init=False, default="")
    gzipped: bytes = field(init=False, default=b"")

    def __post_init__(self) -> None:
        if self.validators:
            digest = hashlib.sha1(self.body).hexdigest()[:20]
            object.__setattr__(self, "etag", f'"{digest}"')
        if self.gzip:
            object.__setattr__(self, "gzipped", gzip.compress(self.body, 6, mtime=0))


def html(
    text: str,
    status: int = 200,
    *,
    headers: tuple[tuple[str, str], ...] = (),
    gzip: bool = False,
    chunked: bool = False,
    cacheable: bool = True,
) -> Reply:
    body = text.encode("utf-8")
    return Reply(status, body, HTML, headers, gzip=gzip, chunked=chunked, cacheable=cacheable)


def redirect(status: int, location: str) -> Reply:
    body = f'<html><body><a href="{location}">Moved</a></body></html>\n'.encode()
    return Reply(status, body, HTML, (("Location", location),))
