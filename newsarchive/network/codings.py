"""Bodies whose content coding does not decode whole: archived as served, never parsed.

Scrapy's HttpCompressionMiddleware gives back "as much data as possible": a br
body that is damaged or ends early decodes to what came before the damage (often
nothing), a zstd, gzip or deflate stream that ends early to its first part, and the
spider made an article item of an empty or half page, which the crawl state then
remembered as archived. A body that does not decode at all raised out of the
middleware: one line from the errback, but counted nowhere, so the run report
did not show it. Here every coding must reach its end marker (a gzip member's
checksum, or a zlib stream's, is still not checked: browsers show such pages);
a body that does not is logged once, counted as `download/undecodable/<coding>`
(the report's "failed": `body does not decode: <coding>`) and dropped like a
body cut short (newsarchive.network.cut_bodies): no item, and the crawl state,
which saw the answer first (it sits next to the downloader), is told to forget
it, so the next run fetches it again. The WARC has it as served.

A coding no decoder here knows (`compress`, `x-foo`) is left on the body, as browsers
leave it: most such labels lie, and the body is the page as it is. A page (a type a
spider parses: not an image, a font, a PDF) whose body is not text (the signature of
a compressed stream: `compress` is LZW, 1F 9D; or NUL bytes at its start) was parsed
as a page all the same, an item of binary garbage; it is now undecodable too
(`download/undecodable/compress`).

A body that decodes to more than DOWNLOAD_DECODED_MAXSIZE (a few kilobytes of br or
gzip of one repeated byte: a "zip bomb") is the same, counted as
`download/decoded_too_large/<coding>`. The project keeps DOWNLOAD_MAXSIZE at 0 (a
large download is archived, not dropped), which left Scrapy's decoding unbounded.
"""

from __future__ import annotations

import logging
import struct
import zlib
from gzip import GzipFile
from io import BytesIO
from typing import NoReturn

import brotli
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils._compression import _check_max_size, _DecompressionMaxSizeExceeded

from newsarchive.network.download import keeps_body
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE
from newsarchive.state.run import CrawlStateRun
from newsarchive.warc.encodings import IDENTITY, zlib_header, zstd_module

logger = logging.getLogger(__name__)

UNDECODABLE_STAT = "download/undecodable/"  # + the coding
TOO_LARGE_STAT = "download/decoded_too_large/"  # + the coding
LIMIT_SETTING = "DOWNLOAD_DECODED_MAXSIZE"
_CHUNK = 65536
CODING = "_newsarchive_coding"  # set on an error of decoding: which coding
# how streams of compressors start: compress (LZW), gzip, zstd, bzip2, xz
COMPRESSED_SIGNATURES = (b"\x1f\x9d", b"\x1f\x8b", b"\x28\xb5\x2f\xfd", b"BZh", b"\xfd7zXZ\x00")


class UndecodableBody(IgnoreRequest):
    """A body its Content-Encoding does not describe whole: archived, not parsed."""


class _EndsEarly(ValueError):
    pass


class _TooLarge(ValueError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"decodes to more than {limit:,} bytes")
        self.limit = limit


class WholeBodyCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decoding, with each coding read to its end, and a failure counted."""

    _crawler: Crawler | None = None
    _decoded_limit = 0  # DOWNLOAD_DECODED_MAXSIZE

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WholeBodyCompressionMiddleware:
        middleware = super().from_crawler(crawler)
        middleware._crawler = crawler
        limit = middleware._decoded_limit = crawler.settings.getint(LIMIT_SETTING)
        if limit and not 0 < middleware._max_size <= limit:  # the smaller of the two limits
            middleware._max_size = limit
        return middleware

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        try:
            decoded = super().process_response(request, response)
        except IgnoreRequest:
            raise
        except Exception as exc:
            coding = getattr(exc, CODING, None)
            if coding is None:  # not from decoding
                raise
            self._failed(request, coding, exc)
            raise  # pragma: no cover (_failed raises)
        left = decoded.headers.getlist(b"Content-Encoding") if request.method != "HEAD" else []
        if left and isinstance(decoded, Response) and _garbled_page(decoded):
            coding = left[-1].decode("latin-1").split(",")[-1].strip().lower()
            self._failed(request, coding, _EndsEarly("no decoder for it here, and it is no text"))
        return decoded

    def _failed(self, request: Request, coding: str, exc: BaseException) -> NoReturn:
        too_large = isinstance(exc, _TooLarge)
        if self.stats is not None:
            self.stats.inc_value((TOO_LARGE_STAT if too_large else UNDECODABLE_STAT) + coding)
        state = getattr(self._crawler, CRAWL_STATE, None)
        if isinstance(state, CrawlStateRun):  # it saw the answer: it must not keep the page
            state.forget(request.url)
        why = f"its {coding} body " + (
            f"{exc} ({self._limit_name(request, exc)})"
            if isinstance(exc, _TooLarge)
            else f"does not decode ({exc})"
        )
        logger.warning("could not fetch %s: %s; archived as served, not parsed", request.url, why)
        raise UndecodableBody(why)

    def _limit_name(self, request: Request, exc: _TooLarge) -> str:
        """Which limit the body went past: the smaller of DOWNLOAD_MAXSIZE and
        DOWNLOAD_DECODED_MAXSIZE (from_crawler), or the request's own."""
        if "download_maxsize" in request.meta:
            return "the request's download_maxsize"
        return LIMIT_SETTING if exc.limit == self._decoded_limit else "DOWNLOAD_MAXSIZE"

    @staticmethod
    def _split_encodings(content_encoding: list[bytes]) -> tuple[list[bytes], list[bytes]]:
        """Scrapy's split, without the names of no coding (`identity`, `none`, empty, as
        the archive's readers skip them): Scrapy stopped at them, so a "gzip, identity"
        body reached the spider still gzipped (no item; only a warning about 'identity'),
        and a lone "identity" was warned about."""
        named = (item.strip().lower() for value in content_encoding for item in value.split(b","))
        kept = [item for item in named if item.decode("latin-1") not in IDENTITY]
        return HttpCompressionMiddleware._split_encodings([b",".join(kept)] if kept else [])

    @staticmethod
    def _decode(body: bytes, encoding: bytes, max_size: int) -> bytes:
        if not body:
            return body  # an empty body (a 200 or 204 with nothing): nothing to decode
        try:
            if encoding in {b"gzip", b"x-gzip"}:
                return _gunzip(body, max_size)
            if encoding == b"deflate":
                return _inflate_whole(body, max_size)
            if encoding == b"br":
                return _unbrotli(body, max_size)
            if encoding == b"zstd":
                return _unzstd(body, max_size)
        except _DecompressionMaxSizeExceeded:
            exc = _TooLarge(max_size)
            setattr(exc, CODING, encoding.decode("latin-1"))
            raise exc from None
        except Exception as exc:
            setattr(exc, CODING, encoding.decode("latin-1"))  # which coding failed
            raise
        return body  # pragma: no cover (Scrapy passes only the codings above)


def _garbled_page(response: Response) -> bool:
    """A page a spider would parse (not an image, a font ...) whose body is no text."""
    return keeps_body(response.headers.get(b"Content-Type")) and not _looks_like_text(response.body)


def _looks_like_text(body: bytes) -> bool:
    """Not a compressed stream: no compressor's signature, no NUL byte at its start
    (but in UTF-16, whose byte order mark says so)."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return not body.startswith(COMPRESSED_SIGNATURES) and b"\x00" not in body[:1024]


def _gunzip(body: bytes, max_size: int) -> bytes:
    """Scrapy's gunzip (a bad checksum or trailing junk after a whole member is kept),
    except that a stream ending before its end marker, or holding nothing, fails."""
    stream = GzipFile(fileobj=BytesIO(body))
    out = BytesIO()
    while True:
        try:
            chunk = stream.read1(_CHUNK)
        except EOFError:
            raise _EndsEarly("gzip stream ends early") from None
        except (OSError, struct.error):
            if out.tell() == 0:
                raise
            break  # past a whole member: a bad checksum, or junk after it
        if not chunk:
            return out.getvalue()
        _check_max_size(out.tell() + len(chunk), max_size)
        out.write(chunk)
    return out.getvalue()


def _inflate_whole(body: bytes, max_size: int) -> bytes:
    """Deflate, zlib-wrapped (RFC 9110) or raw (as IIS sends it), read to its last block:
    Scrapy's inflate gave what came before a cut (a half page made an item). The zlib
    trailer (adler32) is not checked, as browsers do not: a whole page without it or
    with a wrong one is kept, as a gzip member's bad checksum is."""
    if zlib_header(body):
        try:
            return _inflate_to_end(body[2:], max_size)
        except zlib.error:
            pass  # raw deflate whose first two bytes look like a zlib header
    return _inflate_to_end(body, max_size)


def _inflate_to_end(body: bytes, max_size: int) -> bytes:
    """Raw deflate to its final block (what follows it, a zlib trailer or junk, left)."""
    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
    out = BytesIO()
    data = body
    while True:
        chunk = decompressor.decompress(data, _CHUNK)
        _check_max_size(out.tell() + len(chunk), max_size)
        out.write(chunk)
        data = decompressor.unconsumed_tail
        if decompressor.eof or not (chunk or data):
            break
    if not decompressor.eof:
        raise _EndsEarly("deflate stream ends early")
    return out.getvalue()


def _unbrotli(body: bytes, max_size: int) -> bytes:
    decoder = brotli.Decompressor()
    out = BytesIO()
    chunk = decoder.process(body, output_buffer_limit=_CHUNK)
    while True:
        _check_max_size(out.tell() + len(chunk), max_size)
        out.write(chunk)
        if decoder.is_finished() or not chunk:
            break
        chunk = decoder.process(b"", output_buffer_limit=_CHUNK)
    if not decoder.is_finished():
        raise _EndsEarly("br stream ends early or is damaged")
    return out.getvalue()


def _unzstd(body: bytes, max_size: int) -> bytes:
    module = zstd_module()
    if module is None or not hasattr(module, "ZstdFile"):
        raise _EndsEarly("no zstd decoder installed")
    stream = module.ZstdFile(BytesIO(body))
    out = BytesIO()
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except EOFError:
            raise _EndsEarly("zstd stream ends early") from None
        if not chunk:
            return out.getvalue()
        _check_max_size(out.tell() + len(chunk), max_size)
        out.write(chunk)
