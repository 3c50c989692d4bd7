"""Scrapy's HTTP/1.1 download, with bodies spooled to disk and a total time limit.

Scrapy holds every body whole in a BytesIO and copies it once more at the end:
eight concurrent 64 MiB downloads took ~700 MB. Here a body past
DOWNLOAD_SPOOL_SIZE goes on in an unnamed temporary file (`SpooledBody`, in
`meta["newsarchive_spooled_body"]`), which the WARC extension archives from a
megabyte at a time. The body Scrapy's response carries is then read back from
the file only for text types a spider parses (HTML, XML, JSON, text); images,
audio, video, fonts and PDFs get an empty body and the `spooled` flag.

A body still arriving DOWNLOAD_MAX_TIME seconds after the request started (a
server dripping a byte a second) is cut there and handed on with the
`time_limit` flag: it is archived as `WARC-Truncated: time` instead of failing
on DOWNLOAD_TIMEOUT, three times over with retries, and being archived nowhere.
Headers still not whole at DOWNLOAD_TIMEOUT leave nothing a record could hold:
that timeout is raised as `HeadersTimeout`, counted (`network/headers_timeout`)
and named apart in the log and the run report.

A response header line may be as long as Chromium takes a whole header block
(256 KiB): Twisted's parser stops at 16 KiB a line and closes the connection,
so a page with one long `Content-Security-Policy`, `Link` or `Set-Cookie`
header was archived nowhere, named `ConnectionDone: Connection was closed
cleanly` (the server had not closed it). A line longer than that still closes
the connection, but the failure says so (`HeaderLineTooLong`, not retried: the
next try would get the same line). Only this crawler's connections take the
longer lines (`long_header_lines` gives its pool a protocol of its own, the way
Scrapy gives it its lenient parser): Twisted's own parser keeps its limit for
every other client in the process. A header block past MAX_HEADER_BLOCK in all
(a server sending header lines for ever) is given up the same way
(`HeadersTooLong`): Twisted kept every line, and one such answer grew the crawl
by 1.6 GB before DOWNLOAD_TIMEOUT, three tries over.

The framing headers a response came with, `Transfer-Encoding` and `Content-Length`, reach
the response as served: Twisted keeps them off the headers it hands on (it has used
them to read the body), and Scrapy put back only a Content-Length of the length it
read. A chunked answer was archived as if never chunked, and one that was chunked and
also said `Content-Length: 5` as if it had said the length it had; the WARC record now
keeps the served values (renamed `X-Archive-Orig-...` where they no longer describe the
stored body, newsarchive.warc.httpmessage).

Bytes that come after a body has ended by its Content-Length (a length counted in
characters while the page went out in UTF-8, say) are no part of the answer, by HTTP:
Twisted dropped them without a word, and the page was parsed as it was cut. The body
is still taken as its Content-Length frames it (as browsers take it, and replay shows
it), and the surplus is now named (`URL: N bytes came after the Content-Length's M`)
and counted (`download/past_content_length`).

An answer in HTTP/1.0 without `Connection: keep-alive`, or with a `close` token Twisted
misses (`Connection: Close`, `keep-alive, close`), ends its connection (the server
closes it): the connection goes back to no pool (`ends_connection`). Twisted pooled it, and
a POST sent on it before the close was read got no answer and was not sent again (Twisted
resends only idempotent requests): a "load more" page was lost on a busy box.

Scrapy 2.19's `_ScrapyAgent._cb_bodyready` names its body reader directly, so
it is mirrored here with only the reader changed; the parser is swapped in as
Scrapy's `_LenientHTTP11ClientProtocol` swaps its own in (Scrapy is pinned).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import tempfile
from dataclasses import dataclass
from functools import partial
from time import monotonic
from typing import Any, cast

from scrapy import Request, signals
from scrapy.core.downloader.handlers.http11 import (
    HTTP11DownloadHandler,
    _LenientHTTP11ClientFactory,
    _LenientHTTP11ClientProtocol,
    _LenientHTTPClientParser,
    _ResponseReader,
    _ResultT,
    _ScrapyAgent,
)
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
    StopDownload,
)
from scrapy.http import Headers, Response
from scrapy.settings import BaseSettings
from scrapy.utils._download_handlers import (
    check_stop_download,
    get_dataloss_msg,
    get_maxsize_msg,
    get_warnsize_msg,
    wrap_twisted_exceptions,
)
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure
from twisted.web._newclient import Request as TxRequest
from twisted.web.client import HTTPConnectionPool
from twisted.web.client import Response as TxResponse
from twisted.web.http_headers import Headers as TxHeaders
from twisted.web.iweb import UNKNOWN_LENGTH, IResponse

from newsarchive.request_meta import (
    HEADER_LINES,
    SPOOLED_BODY,
    SPOOLED_FLAG,
    TIME_LIMIT_FLAG,
    TRAILER_LINES,
)
from newsarchive.warc.exchange import SpooledBody

logger = logging.getLogger(__name__)

SURPLUS_STAT = "download/past_content_length"  # answers with bytes after their body's end
SURPLUS = "_newsarchive_surplus"  # on a Twisted response: how many bytes came after its body
TRAILERS = "_newsarchive_trailers"  # on a Twisted response: its trailer field lines
SERVED = "_newsarchive_served"  # on a Twisted response: its header fields in order, as served
HEADERS_TIMEOUT_STAT = "network/headers_timeout"  # tries whose answer never reached its headers
# What the spool folder refused (the message; the run stops, `scrapy crawl` says it last).
SPOOL_ERROR_STAT = "download/spool_write_error"
SPOOL_WRITE_ERROR = "spool_write_error"  # the finish reason
MAX_HEADER_LINE = 256 * 1024  # Chromium's limit for all of a response's headers
MAX_HEADER_BLOCK = 4 * MAX_HEADER_LINE  # status line and headers in all


class HeaderLineTooLong(Exception):
    """A status or header line past MAX_HEADER_LINE: nothing to archive, and retrying would
    get the same line (a plain exception: RetryMiddleware retries none of these)."""


class ConflictingLengths(Exception):
    """An answer naming two different Content-Lengths (and no chunking): its body has no
    end anyone could tell, and browsers refuse it (ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_
    LENGTH). Twisted failed it with a bare ValueError, retried twice and given up at ERROR
    as a list of Failure reprs; this names it, and the next try would get the same."""


class HeadersTooLong(Exception):
    """Status line and headers past MAX_HEADER_BLOCK in all: as HeaderLineTooLong."""


FRAMING = (b"Transfer-Encoding", b"Content-Length")  # served, kept off by Twisted


class _ServedHeaders(TxHeaders):
    """A response's headers, and the framing headers Twisted keeps apart (`framing`)."""

    __slots__ = ("framing",)

    def __init__(self, headers: TxHeaders, framing: list[tuple[bytes, list[bytes]]]) -> None:
        super().__init__(dict(headers.getAllRawHeaders()))
        self.framing = framing


def _as_scrapy_puts_it(framing: list[tuple[bytes, list[bytes]]], no_body: bool) -> bool:
    """No chunking, and one plain Content-Length of a body: what Scrapy writes back anyway
    (most answers: no copy of their headers is made)."""
    (_, chunked), (_, length) = framing
    if chunked or no_body:  # Scrapy writes `Content-Length: 0` for a 204 or 304
        return False
    return not length or (len(length) == 1 and length[0].strip().isdigit())


class _LongLineParser(_LenientHTTPClientParser):
    """Scrapy's response parser taking header lines up to MAX_HEADER_LINE (Twisted's: 16 KiB)
    and header blocks up to MAX_HEADER_BLOCK (Twisted's: no limit)."""

    MAX_LENGTH = MAX_HEADER_LINE

    def lineReceived(self, line: bytes) -> None:
        # the class is swapped onto a live parser (below): no __init__ of its own to count in
        taken = getattr(self, "_header_bytes", 0) + len(line) + 2
        self._header_bytes = taken
        if taken > MAX_HEADER_BLOCK:
            raise HeadersTooLong(
                f"response headers longer than {MAX_HEADER_BLOCK // 1024} KiB in all "
                f"({taken:,} bytes and on); the connection was closed, nothing to archive"
            )
        super().lineReceived(line)

    def statusReceived(self, status: bytes) -> None:
        self._served: list[tuple[bytes, bytes]] = []  # anew after a 1xx answer too
        super().statusReceived(status)

    def headerReceived(self, name: bytes, value: bytes) -> None:
        # every field, obs-fold already joined by Twisted, before it lower-cases the name
        # and files the hop-by-hop ones apart
        self._served.append((name, value))
        super().headerReceived(name, value)

    def allHeadersReceived(self) -> None:
        framing = [(name, self.connHeaders.getRawHeaders(name, [])) for name in FRAMING]
        (_, chunked), (_, lengths) = framing
        named = {value.strip() for line in lengths for value in line.split(b",")}
        if not chunked and len(named) > 1:
            shown = ", ".join(
                sorted((v.decode("latin-1") for v in named), key=lambda v: (len(v), v))
            )
            raise ConflictingLengths(
                f"the answer names {len(named)} different Content-Lengths ({shown}); "
                "browsers refuse it too, nothing to archive"
            )
        response: Any = self.response  # built at the status line, headers added since
        setattr(response, SERVED, self._served)
        if not _as_scrapy_puts_it(framing, response.code in self.NO_BODY_CODES):
            response.headers = _ServedHeaders(response.headers, framing)
        super().allHeadersReceived()

    def _finished(self, rest: bytes) -> None:
        """The body has ended (its Content-Length or last chunk): `rest` came after it."""
        response = getattr(self, "response", None)
        if rest.strip(b"\r\n") and response is not None:  # a stray line end is common, no harm
            setattr(response, SURPLUS, len(rest))
        # Twisted collects a chunked body's trailer section and hands it to no one
        lines = getattr(getattr(self, "bodyDecoder", None), "_trailerHeaders", None)
        if lines and response is not None:
            setattr(response, TRAILERS, [bytes(line) for line in lines])
        super()._finished(rest)

    def lineLengthExceeded(self, line: bytes) -> None:
        """Twisted only closed the connection here, and the failure read 'Connection was
        closed cleanly'; raised instead, the protocol gives up with this as the reason."""
        raise HeaderLineTooLong(
            f"a response header line longer than {MAX_HEADER_LINE // 1024} KiB "
            f"({len(line):,} bytes and on); the connection was closed, nothing to archive"
        )


# raised from the parser, handed on as themselves (not retried: plain exceptions)
NAMED_FAILURES = (HeaderLineTooLong, HeadersTooLong, ConflictingLengths)


def ends_connection(version: tuple[bytes, int, int], connection: list[bytes]) -> bool:
    """Whether an answer ends its connection: a `close` among its Connection tokens (any
    case, with other tokens), or HTTP/1.0 (or earlier) without `keep-alive` (RFC 9112
    9.3). Twisted looks only for a Connection header that is exactly `close`: an HTTP/1.1
    `Connection: Close` was pooled too."""
    tokens = {t.strip().lower() for value in connection for t in value.split(b",")}
    if b"close" in tokens:
        return True
    return tuple(version[1:]) < (1, 1) and b"keep-alive" not in tokens


class _LongLineProtocol(_LenientHTTP11ClientProtocol):
    def _finishResponse_WAITING(self, rest: bytes) -> None:  # Twisted dispatches by this name
        """An answer that ended its connection (`ends_connection`) does not put it back in
        the pool: the server closes it, and a request sent on it before the crawler read
        the close got no answer. Twisted sends a GET again on a new connection, never a
        POST: a "load more" page POSTed so was lost (its retries found more such ones)."""
        parser, sent = self._parser, self._currentRequest
        response = getattr(parser, "response", None)
        if parser is not None and sent is not None and response is not None:
            said = parser.connHeaders.getRawHeaders(b"Connection", [])
            if ends_connection(response.version, said):
                sent.persistent = False  # given up after this answer, not pooled
        super()._finishResponse_WAITING(rest)

    def request(self, request: TxRequest) -> Deferred[IResponse]:
        answer = super().request(request)
        # Scrapy's own request() has just made the parser its `_LenientHTTPClientParser`
        # by setting its class; this one only adds a longer line (no state of its own).
        if isinstance(self._parser, _LenientHTTPClientParser):
            self._parser.__class__ = _LongLineParser
        return answer


class _LongLineFactory(_LenientHTTP11ClientFactory):
    def buildProtocol(self, addr: object) -> _LongLineProtocol:
        return _LongLineProtocol(self._quiescentCallback)


def long_header_lines(pool: HTTPConnectionPool) -> None:
    """Let this pool's connections take header lines up to MAX_HEADER_LINE; the rest of
    the process keeps Twisted's limit."""
    pool._factory = _LongLineFactory


class SpoolWriteError(Exception):
    """A body past DOWNLOAD_SPOOL_SIZE could not be written to its spool file (a full or
    read-only disk): the crawler's own disk, not the server, so no retry (a plain
    exception) and nothing archived. It read as the server cutting the body short."""

    def __init__(self, folder: str | None, size: int, error: OSError) -> None:
        where = folder or f"{tempfile.gettempdir()} (the system's temporary folder)"
        why = error.strerror or str(error)
        code = errno.errorcode.get(error.errno or 0)
        super().__init__(
            f"a body past DOWNLOAD_SPOOL_SIZE ({size:,} bytes) could not be written to "
            f"DOWNLOAD_SPOOL_DIR {where}: {why}" + (f" ({code})" if code else "") + "; free "
            "space there or set DOWNLOAD_SPOOL_DIR to a folder with room"
        )


class _Spool:
    """The body's SpooledTemporaryFile, its write errors raised as SpoolWriteError."""

    def __init__(self, limits: DownloadLimits) -> None:
        self.limits = limits
        self.file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (handed on, closed later)
            max_size=limits.spool_size, dir=limits.spool_dir
        )

    def write(self, data: bytes) -> int:
        try:
            return self.file.write(data)
        except OSError as exc:
            raise SpoolWriteError(self.limits.spool_dir, self.limits.spool_size, exc) from exc

    def truncate(self, size: int | None = None) -> int:
        return self.file.truncate(size)


def stop_for_spool(crawler: Crawler | None, error: SpoolWriteError) -> None:
    """Say once what the spool folder refused, and stop the crawl: every later large body
    would fail alike (exit 1, `scrapy crawl`'s last line names it)."""
    if crawler is None or crawler.stats is None or crawler.stats.get_value(SPOOL_ERROR_STAT):
        return
    crawler.stats.set_value(SPOOL_ERROR_STAT, str(error))
    logger.error("%s; stopping the crawl", error)
    if crawler.engine is not None:
        deferred_from_coro(crawler.engine.close_spider_async(reason=SPOOL_WRITE_ERROR))


class HeadersTimeout(DownloadTimeoutError):
    """No status line and headers within DOWNLOAD_TIMEOUT: retried as any timeout, and
    named apart in the log and the report (nothing of it could be archived)."""


# Bodies of these types are never parsed by a spider: past the spool size they stay on disk.
UNPARSED_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")


@dataclass(frozen=True)
class DownloadLimits:
    spool_size: int  # bytes of a body kept in memory before it moves to a temporary file; 0: off
    spool_dir: str | None  # where those files go (None: the system's temporary folder)
    max_time: float | None  # seconds from request to the end of the body, then cut

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> DownloadLimits:
        spool_size = settings.getint("DOWNLOAD_SPOOL_SIZE", 4 * 1024 * 1024)
        max_time = settings.getfloat("DOWNLOAD_MAX_TIME", 0)
        if spool_size < 0:
            raise ValueError(f"DOWNLOAD_SPOOL_SIZE must be >= 0 bytes, not {spool_size}")
        if max_time < 0:
            raise ValueError(f"DOWNLOAD_MAX_TIME must be >= 0 seconds, not {max_time}")
        timeout = settings.getfloat("DOWNLOAD_TIMEOUT", 180)
        if max_time and max_time >= timeout:
            logger.warning(
                "DOWNLOAD_MAX_TIME (%s s) is not below DOWNLOAD_TIMEOUT (%s s): slow bodies"
                " fail on the timeout instead of being archived truncated",
                max_time,
                timeout,
            )
        return cls(spool_size, settings.get("DOWNLOAD_SPOOL_DIR") or None, max_time or None)


def keeps_body(content_type: bytes | None) -> bool:
    """Whether a spider may parse a body of this type (so Scrapy's response must hold it)."""
    kind = (content_type or b"").decode("latin-1").strip().lower()
    return not kind.startswith(UNPARSED_TYPES)


class _LimitedReader(_ResponseReader):
    """Scrapy's body reader writing into a SpooledTemporaryFile, cut at a deadline."""

    def __init__(self, *args: Any, limits: DownloadLimits, time_left: float | None, **kw: Any):
        super().__init__(*args, **kw)
        self._limits = limits
        self._writer = _Spool(limits)
        self._spool = self._writer.file
        self._bodybuf = self._writer  # type: ignore[assignment]  # write() and truncate() suffice
        self._timer: Any = None
        if time_left is not None:
            from twisted.internet import reactor

            clock: Any = reactor
            self._timer = clock.callLater(max(0.0, time_left), self._time_up)

    def _time_up(self) -> None:
        self._timer = None
        transport: Any = self.transport
        if self._finished.called or transport is None:
            return
        transport.stopProducing()
        transport.loseConnection()
        logger.warning(
            "%s: body cut after DOWNLOAD_MAX_TIME (%.0f s, %d bytes received)",
            self._request.url,
            self._limits.max_time or 0,
            self._bytes_received,
        )
        self._finish_response(flags=[TIME_LIMIT_FLAG])

    def _finish_response(
        self, flags: list[str] | None = None, stop_download: StopDownload | None = None
    ) -> None:
        if self._timer is not None and self._timer.active():
            self._timer.cancel()
        flags = list(flags or [])
        self._name_surplus()
        trailers = getattr(self._txresponse, TRAILERS, None)
        if trailers:
            self._request.meta[TRAILER_LINES] = trailers
        self._spool.seek(0)
        if not self._limits.spool_size or self._bytes_received <= self._limits.spool_size:
            body = self._spool.read()  # small: in memory all along
            self._spool.close()
        else:
            self._spool.seek(0, 2)
            size = self._spool.tell()
            self._request.meta[SPOOLED_BODY] = SpooledBody(cast(Any, self._spool), size)
            content_type = self._txresponse.headers.getRawHeaders(b"content-type", [None])[-1]
            if keeps_body(content_type):
                self._spool.seek(0)
                body = self._spool.read()
            else:
                body = b""
                flags.append(SPOOLED_FLAG)
        self._finished.callback(
            {
                "txresponse": self._txresponse,
                "body": body,
                "flags": flags or None,
                "certificate": self._certificate,
                "ip_address": self._ip_address,
                "stop_download": stop_download,
            }
        )

    def _name_surplus(self) -> None:
        surplus = getattr(self._txresponse, SURPLUS, 0)
        if not surplus:
            return
        if self._crawler.stats is not None:
            self._crawler.stats.inc_value(SURPLUS_STAT)
        length = self._txresponse.length
        end = f"its Content-Length, {length}" if isinstance(length, int) else "its last chunk"
        logger.warning(
            "%s: %d bytes came after the body's end (%s); the body is taken as framed,"
            " as browsers take it",
            self._request.url,
            surplus,
            end,
        )

    def dataReceived(self, data: bytes) -> None:
        try:
            super().dataReceived(data)
        except SpoolWriteError as exc:  # raised on, it closed the connection: "cut short"
            if self._timer is not None and self._timer.active():
                self._timer.cancel()
            self._finished.errback(Failure(exc))  # first: connectionLost then does nothing
            transport: Any = self.transport
            transport.stopProducing()
            transport.loseConnection()
            with contextlib.suppress(OSError):  # its buffer's flush fails alike; it closes
                self._spool.close()

    def connectionLost(self, reason: Any = None) -> None:
        if reason is None:
            from twisted.internet.protocol import connectionDone

            reason = connectionDone
        if not self._finished.called and self._timer is not None and self._timer.active():
            self._timer.cancel()
        super().connectionLost(reason)


class _LimitedAgent(_ScrapyAgent):
    def __init__(self, *, limits: DownloadLimits, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._limits = limits
        self._started = monotonic()

    def download_request(self, request: Request) -> Deferred[Response]:
        self._started = monotonic()
        return super().download_request(request)

    @staticmethod
    def _headers_from_twisted_response(response: TxResponse) -> Headers:
        """Scrapy's, with the framing headers as served."""
        headers = _ScrapyAgent._headers_from_twisted_response(response)
        for name, values in getattr(response.headers, "framing", ()):
            if values:
                headers.setlist(name, values)
            else:
                headers.pop(name, None)  # not served
        return headers

    def _cb_bodyready(self, txresponse: TxResponse, request: Request) -> Any:
        """Scrapy 2.19's `_cb_bodyready`, with `_LimitedReader` as the body reader."""
        # a redirect or retry copies the meta: an earlier answer's trailer is not this one's
        request.meta.pop(TRAILER_LINES, None)
        request.meta.pop(HEADER_LINES, None)
        served = getattr(txresponse, SERVED, None)
        if served is not None:
            request.meta[HEADER_LINES] = served
        if stop_download := check_stop_download(
            signals.headers_received,
            self._crawler,
            request,
            headers=self._headers_from_twisted_response(txresponse),
            body_length=txresponse.length,
        ):
            txresponse._transport.stopProducing()
            txresponse._transport.loseConnection()
            return {"txresponse": txresponse, "stop_download": stop_download}
        if cast("int", txresponse.length) == 0:  # deliverBody hangs for responses without body
            return {
                "txresponse": txresponse,
                "certificate": getattr(txresponse, "_scrapy_certificate", None),
                "ip_address": getattr(txresponse, "_scrapy_ip_address", None),
            }
        maxsize = request.meta.get("download_maxsize", self._maxsize)
        warnsize = request.meta.get("download_warnsize", self._warnsize)
        expected = cast("int", txresponse.length) if txresponse.length != UNKNOWN_LENGTH else -1
        fail_on_dataloss = request.meta.get("download_fail_on_dataloss", self._fail_on_dataloss)
        if maxsize and expected > maxsize:
            warning_msg = get_maxsize_msg(expected, maxsize, request, expected=True)
            logger.warning(warning_msg)
            txresponse._transport._producer.abortConnection()
            raise DownloadCancelledError(warning_msg)
        reached_warnsize = bool(warnsize and expected > warnsize)
        if reached_warnsize:
            logger.warning(get_warnsize_msg(expected, warnsize, request, expected=True))
        time_left = None
        if self._limits.max_time is not None:
            time_left = self._limits.max_time - (monotonic() - self._started)
        d: Deferred[_ResultT] = Deferred(partial(self._cancel, txresponse=txresponse))
        txresponse.deliverBody(
            _LimitedReader(
                finished=d,
                txresponse=txresponse,
                request=request,
                maxsize=maxsize,
                warnsize=warnsize,
                reached_warnsize=reached_warnsize,
                fail_on_dataloss=fail_on_dataloss,
                crawler=self._crawler,
                tls_verbose_logging=self._tls_verbose_logging,
                limits=self._limits,
                time_left=time_left,
            )
        )
        self._txresponse = txresponse  # for timeouts
        return d


async def download_with_limits(
    handler: HTTP11DownloadHandler, request: Request, limits: DownloadLimits
) -> Response:
    """What `HTTP11DownloadHandler.download_request` does, through `_LimitedAgent`."""
    request.meta.pop(SPOOLED_BODY, None)  # a redirect or retry copies meta: not its body
    agent = _LimitedAgent(
        limits=limits,
        contextFactory=handler._contextFactory,
        bindAddress=handler._bind_address,
        pool=handler._pool,
        maxsize=handler._default_maxsize,
        warnsize=handler._default_warnsize,
        fail_on_dataloss=handler._fail_on_dataloss,
        crawler=handler._crawler,
        tls_verbose_logging=handler._tls_verbose_logging,
    )
    try:
        with wrap_twisted_exceptions():
            return await maybe_deferred_to_future(agent.download_request(request))
    except DownloadTimeoutError as exc:
        if agent._txresponse is not None:  # the body was slow (DOWNLOAD_MAX_TIME off)
            raise
        assert handler._crawler.stats is not None
        handler._crawler.stats.inc_value(HEADERS_TIMEOUT_STAT)
        timeout = request.meta.get("download_timeout") or 0
        raise HeadersTimeout(
            f"no response headers within DOWNLOAD_TIMEOUT ({timeout:g} s); nothing to archive "
            "(DOWNLOAD_MAX_TIME limits bodies only)"
        ) from exc
    except SpoolWriteError as exc:
        stop_for_spool(handler._crawler, exc)
        raise
    except DownloadFailedError as exc:
        reasons = getattr(exc.__cause__, "reasons", None) or ()
        for reason in reasons:
            if isinstance(reason, Failure) and reason.check(*NAMED_FAILURES):
                raise reason.value from exc
        raise
    except ResponseDataLossError:
        if not handler._fail_on_dataloss_warned:
            logger.warning(get_dataloss_msg(request.url))
            handler._fail_on_dataloss_warned = True
        raise
