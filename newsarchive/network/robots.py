"""robots.txt that could not be had: one line and a counted stat, not a traceback.

Scrapy's RobotsTxtMiddleware logs any failed robots.txt download (a connection
reset or closed, a timeout, no such host) at ERROR with the whole traceback,
names the page that asked rather than robots.txt, and counts it only by the
exception's class repr. A site whose robots.txt is broken is bad input, not a
crawler error. Here the crawl goes on exactly as Scrapy's does (ROBOTSTXT_OBEY:
a robots.txt that could not be fetched allows everything; one that came, whatever
its status, is read as rules), and says so once per site:

    robots.txt URL not read (ConnectionLost: ...); HOST crawled as if it allowed everything

counted as `robotstxt/unavailable` and `robotstxt/unavailable/<error>` (ConnectionLost...).
RFC 9309 (2.3.1.4) asks a crawler to read such a robots.txt, unreachable "due to server or
network errors", as "Disallow: /" too: `ROBOTSTXT_UNREACHABLE = "disallow"` does, and says

    robots.txt URL not read (ConnectionRefusedError: ...); read as 'Disallow: /'
    (ROBOTSTXT_UNREACHABLE, RFC 9309), nothing more of HOST is fetched this run

Only the site's failures are read so: a robots.txt request the crawl refused itself
(a redirect to an address NETWORK_ALLOWED refuses, one not followed, offsite) is
"unavailable" (RFC 9309 2.3.1.3), and the host is crawled as if it allowed everything.
The default, "allow", stays Scrapy's: a host that refuses every connection or has no
address fails its pages too, each named for what it is (connection refused, no such
host), where "disallow" would name them all "Forbidden by robots.txt"; only a server
that answers its pages and breaks on robots.txt alone is crawled that a strict reading
would leave. A
robots.txt answered with a 5xx status (after the retries) is read as "Disallow: /",
as RFC 9309 (2.3.1.4) and Google do: a server failing at robots.txt is no
permission, and is often one asking for less traffic; so is a 429 (Too Many
Requests), which Google reads as a server error too. Scrapy read the error page as
rules, usually none, and crawled the whole host. It is named and counted
(`robotstxt/server_error`). A robots.txt a middleware dropped (a redirect to a
refused address, a body whose coding does not decode) is named by that middleware
already; the line here says what it means for the crawl.

A request of the crawl's own for a robots.txt the middleware has just downloaded (the
spider reads its `Sitemap:` lines) is answered with that download, once: robots.txt
is fetched and archived once per host, not twice (`robotstxt/shared`). Only a download
such a request waits for is kept (one scheduled before it came: a `-a url=` crawl asks
first thing), until that request takes it: every other crawl (`site=`, `follow`) kept
each host's robots.txt Response, body and request, to its end, and asked for none.

A robots.txt that redirects to another host's robots.txt (`www.example.org/robots.txt` ->
`example.org/robots.txt`) is that host's robots.txt too: its parser is the one read, unless the
host's was read or asked for already (`robotstxt/shared_host`). The crawl following the same
move for its pages asked it again: fetched, archived and counted twice.

A robots.txt that redirects to a page (`/robots.txt` -> `/politik/`, as sites without one
send it to a section or the front page) is followed by Scrapy's download outside the
scheduler, past the dupefilter: the crawl then fetched that page a second time for its own
request. The page it ended on is kept, under the crawl's request fingerprint (what the
dupefilter compares), and answers the crawl's own request for it once, scheduled before
or after (`robotstxt/shared_redirect`; `RobotsLandedMiddleware`, after the crawl state, which
claims and remembers an article so answered as any other and leaves the robots.txt download
unclaimed): fetched and archived once, its item naming that record. At most LANDED_KEPT such
pages are held, their decoded bodies LANDED_BYTES in all (the oldest let go, a larger page
not held: fetched again if the crawl asks for it, as before): a crawl that never asks for
the page its robots.txt leads to holds a few Responses, not one per host, nor eight of up
to DOWNLOAD_DECODED_MAXSIZE each.

Either answer is one download, counted once: Scrapy's DownloaderStats counted it again
(`downloader/response_count`, its status and bytes; the landed page's request too, which
went on no wire), so a crawl said 6 requests and 7 responses where the site was asked 5
times. `OnceCountedDownloaderStats` counts an answer flagged `shared` (the log's
"Crawled (200) <GET ...> ['shared']") as no download. With BROWSER_ENABLED off, a request
marked for rendering (`-a render=1`, a profile's rendered sections) is fetched plainly, so
the landed page answers it too: it was fetched a second time.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.stats import DownloaderStats
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.python import global_object_name
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive import scoped
from newsarchive.browser.render import render_spec

logger = logging.getLogger(__name__)

UNAVAILABLE = "robotstxt/unavailable"
SERVER_ERROR = "robotstxt/server_error"
SHARED = "robotstxt/shared"
SHARED_REDIRECT = "robotstxt/shared_redirect"
SHARED_HOST = "robotstxt/shared_host"  # another host's robots.txt a redirect landed on
# + the exception's full name, as DownloaderStats counts it: the run report's `failed` leaves
# these download errors out (a robots.txt is no page of the site's the crawl failed)
NOT_READ = "robotstxt/not_read/"
SHARED_FAILURE = "robotstxt/shared_failure"
ARCHIVED = (meta_keys.WARC_RECORD, meta_keys.WARC_FAILED)  # what the WARC extension set
ROBOTS_ATTRIBUTE = "newsarchive_robots"  # the crawler's NamedRobotsTxtMiddleware
LANDED_KEPT = 8  # pages robots.txt redirected to, held for the crawl's own request of them
LANDED_BYTES = 16 * 1024 * 1024  # their bodies, in all
# the stats Scrapy's DownloaderStats counts a request in (its count is read off them)
REQUEST_COUNT = "downloader/request_count"
REQUEST_BYTES = "downloader/request_bytes"
METHOD_COUNT = "downloader/request_method_count/"  # + the request's method
SHARED_FLAG = "shared"  # a Response answering a request from a download made for another
LANDED_COUNTED = "newsarchive_robots_landed_counted"  # meta: its request was counted, uncount
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"  # what a robots.txt server error means
UNREACHABLE_CHOICES = ("allow", "disallow")  # ROBOTSTXT_UNREACHABLE: not fetched means ...


def underlying(error: BaseException) -> BaseException:
    """The error that ended the download, unwrapped from Scrapy's DownloadFailedError
    and Twisted's lists of failures."""
    seen: set[int] = set()
    while id(error) not in seen:
        seen.add(id(error))
        reasons = getattr(error, "reasons", None)  # ResponseNeverReceived, ResponseFailed
        if reasons and isinstance(reasons[0], Failure):
            error = reasons[0].value
        elif error.__cause__ is not None:
            error = error.__cause__
        else:
            break
    return error


def _passed_on(pending: Deferred[Any]) -> Deferred[Any]:
    """A Deferred firing with what `pending` fires with, leaving that result on `pending`'s
    chain. Scrapy 2.19 awaits the pending robots.txt with `maybe_deferred_to_future`, whose
    callback returns None down the chain: every request that waited but the first got None,
    read as "no robots.txt, everything allowed" (the first section pages of a crawl were
    fetched whatever robots.txt said: 6 of 8 on a site disallowing all)."""
    waiter: Deferred[Any] = Deferred()

    def pass_on(result: Any) -> Any:
        waiter.callback(result)
        return result

    pending.addCallback(pass_on)
    return waiter


def refused_by_crawl(error: BaseException) -> bool:
    """Whether the crawl itself refused the robots.txt request (NETWORK_ALLOWED, a redirect
    not followed, offsite), rather than the site failing it: such a robots.txt is
    "unavailable" (RFC 9309 2.3.1.3: allow), not "unreachable" (2.3.1.4). A body that came
    broken (cut, or its coding not decoding) is the site's failure."""
    from newsarchive.network.codings import UndecodableBody
    from newsarchive.network.cut_bodies import TruncatedResponse

    cause = underlying(error)
    broken = isinstance(cause, UndecodableBody | TruncatedResponse)
    return isinstance(cause, IgnoreRequest) and not broken


def robots_download(request: Request) -> bool:
    """The robots.txt request of Scrapy's RobotsTxtMiddleware, or a redirect of it: no
    request of the crawl's own (no page it asked for; its answer is read as rules)."""
    if request.callback is not NO_CALLBACK or not request.meta.get("dont_obey_robotstxt"):
        return False
    first = (request.meta.get("redirect_urls") or [request.url])[0]
    return urlsplit(first).path == "/robots.txt"


def _held_bytes(held: dict[bytes, Response]) -> int:
    return sum(len(response.body) for response in held.values())


def _is_robots_txt(request: Request) -> bool:
    url = urlparse_cached(request)
    return url.path == "/robots.txt" and not url.query


class _NoTraceback(logging.Filter):
    """Drops the ERROR-with-traceback Scrapy's middleware logs for a failed robots.txt
    download; `NamedRobotsTxtMiddleware._robots_error` says it in one line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        failed = str(record.msg).startswith("Error downloading")
        return not (record.levelno >= logging.ERROR and failed)


_SCRAPY_LOGGER = logging.getLogger(RobotsTxtMiddleware.__module__)


class NamedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's middleware, its download and parsing untouched, through its two hooks:
    `_parse_robots` (a robots.txt that came) and `_robots_error` (one that did not).

    Both are private to Scrapy 2.19 (pinned in requirements.txt; test_robots_unavailable
    names them if an upgrade renames them). Scrapy's public API cannot say the same:
    a ROBOTSTXT_PARSER class gets the body only (no status, never called for a download
    that failed); the `robots_parsed` signal fires only for one that came; no signal and
    no errback see a failed robots.txt download (its request has NO_CALLBACK and Scrapy
    catches the error inside `robot_parser`); and no setting quiets the traceback
    Scrapy logs for it (hence `_NoTraceback`). A downloader middleware watching for
    `/robots.txt` requests would guess by URL what these hooks are told.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        unreachable = crawler.settings.get("ROBOTSTXT_UNREACHABLE", "allow")
        if unreachable not in UNREACHABLE_CHOICES:
            raise ValueError(
                f"ROBOTSTXT_UNREACHABLE = {unreachable!r}: one of {', '.join(UNREACHABLE_CHOICES)}"
            )
        self._disallow_unreachable = unreachable == "disallow"
        self._schemes: dict[str, str] = {}  # netloc: the scheme its robots.txt is asked by
        # robots.txt URLs a request of the crawl's own asks for (scheduled, not yet answered)
        self._wanted: set[str] = set()
        # of those, robots.txt URL: its download, until that request takes it
        self._downloaded: dict[str, Response] = {}
        # robots.txt URL: why its download failed, for the crawl's own request of it (asked
        # again, it failed a second time and was counted twice in the report's `failed`)
        self._not_read: dict[str, str] = {}
        # request fingerprint: the page a robots.txt redirected to, until the crawl asks it
        self._landed: dict[bytes, Response] = {}
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        setattr(crawler, ROBOTS_ATTRIBUTE, self)  # RobotsLandedMiddleware takes its pages
        scoped.log_filter(crawler, _SCRAPY_LOGGER, _NoTraceback())  # until the engine stops

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        self._schemes.setdefault(url.netloc, url.scheme)
        pending = self._parsers.get(url.netloc)
        if isinstance(pending, Deferred):  # another request is fetching this robots.txt
            return await maybe_deferred_to_future(_passed_on(pending))
        return await super().robot_parser(request)

    async def process_request(self, request: Request) -> Response | None:  # type: ignore[override]
        await super().process_request(request)  # robots.txt read (and obeyed) first
        if request.meta.get("dont_obey_robotstxt"):  # the middleware's own download, too
            return None
        self._wanted.discard(request.url)
        if (why := self._not_read.pop(request.url, None)) is not None:
            self._stats.inc_value(SHARED_FAILURE)
            raise IgnoreRequest(why)  # (the crawl's line: "robots.txt not read (WHY)")
        response = self._downloaded.pop(request.url, None)
        if response is not None:
            self._stats.inc_value(SHARED)
            return _shared(response, request)
        return None

    async def allows_browser(self, url: str, useragent: str | bytes | None = None) -> bool:
        """Whether robots.txt lets the crawl's browser go to `url` (a page moving itself there):
        the host's parser as the crawl's requests have it (its robots.txt fetched through Scrapy
        once, and cached, for a host not yet asked), read for `useragent` (`useragent_for` the
        rendered request), else the crawl's."""
        request = Request(url, callback=NO_CALLBACK)
        return self._allows(await self.robot_parser(request), url, useragent)

    def allows_browser_now(self, url: str, useragent: str | bytes | None = None) -> bool | None:
        """`allows_browser` from the host's parser if it is at hand, else None (its robots.txt
        not read yet): for what the browser asks before anyone can wait (a redirect's hop)."""
        netloc = urlsplit(url).netloc
        if netloc not in self._parsers:
            return None
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return None
        return self._allows(parser, url, useragent)

    def useragent_for(self, request: Request) -> str | bytes:
        """The user agent robots.txt is read for on `request`'s behalf, as Scrapy's
        RobotsTxtMiddleware reads it: ROBOTSTXT_USER_AGENT, else the request's own User-Agent
        header (the one the browser sends for it), else USER_AGENT."""
        useragent: str | bytes | None = self._robotstxt_useragent
        if not useragent:
            useragent = request.headers.get(b"User-Agent", self._default_useragent)
        return useragent or ""

    def _allows(
        self, parser: RobotParser | None, url: str, useragent: str | bytes | None = None
    ) -> bool:
        """`url` allowed for `useragent` (by default the crawl's; no parser: robots.txt could
        not be read)."""
        if parser is None:
            return True
        if not useragent:
            useragent = self._robotstxt_useragent or self._default_useragent
        return bool(parser.allowed(url, useragent or ""))

    def take_landed(self, request: Request) -> Response | None:
        """The page a robots.txt download landed on, for the crawl's own request of it (same
        fingerprint), once; None if there is none."""
        response = self._landed.pop(self._fingerprint(request), None) if self._landed else None
        if response is None:
            return None
        self._stats.inc_value(SHARED_REDIRECT)
        for key in ARCHIVED:  # where its capture went: the item's provenance, the state's row
            if key in response.meta:
                request.meta[key] = response.meta[key]
        request.meta[LANDED_COUNTED] = True  # DownloaderStats (850) counted it, before us
        return _shared(response, request)

    def _hold(self, landed: Request, response: Response) -> None:
        """A page, fetched outside the scheduler: kept for the crawl's own request of it
        (`take_landed`), the oldest let go past LANDED_KEPT pages or LANDED_BYTES of body."""
        fingerprint = self._fingerprint(landed)
        self._landed.pop(fingerprint, None)  # landed again: the newest
        if len(response.body) > LANDED_BYTES:
            return
        self._landed[fingerprint] = response
        while len(self._landed) > LANDED_KEPT or _held_bytes(self._landed) > LANDED_BYTES:
            del self._landed[next(iter(self._landed))]  # the oldest

    def _fingerprint(self, request: Request) -> bytes:
        assert self.crawler.request_fingerprinter is not None
        return self.crawler.request_fingerprinter.fingerprint(request)

    def request_scheduled(self, request: Request) -> None:
        """A request of the crawl's own for a robots.txt: its download is kept for it."""
        if not request.meta.get("dont_obey_robotstxt") and _is_robots_txt(request):
            self._wanted.add(request.url)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        robotsurl = f"{self._schemes.get(netloc, 'http')}://{netloc}/robots.txt"
        if robotsurl in self._wanted:
            self._downloaded[robotsurl] = response
        landed = response.request
        if landed is not None and landed.meta.get("redirect_urls") and not _is_robots_txt(landed):
            self._hold(landed, response)
        if response.status >= 500 or response.status == 429:  # 429: as Google reads it
            self._server_error(response, netloc)
            response = response.replace(body=DISALLOW_ALL, flags=list(response.flags))
        await super()._parse_robots(response, netloc, request)
        self._share_with_hosts(response, netloc)

    def _share_with_hosts(self, response: Response, netloc: str) -> None:
        """A robots.txt that redirected to another host's (`www.example.org/robots.txt` ->
        `example.org/robots.txt`) is that host's robots.txt too, and every host's on the way:
        their parser is this one, unless one is read or asked for already. The crawl following
        the same move for its pages asked the file again (fetched, archived and counted
        twice); `robotstxt/shared_host` counts the hosts so answered."""
        landed = response.request
        parser = self._parsers.get(netloc)
        if landed is None or parser is None or isinstance(parser, Deferred):
            return
        for url in {*landed.meta.get("redirect_urls", ()), landed.url}:
            parts = urlsplit(url)
            host = parts.netloc.lower()
            if parts.path != "/robots.txt" or parts.query or host in self._parsers:
                continue
            self._parsers[host] = parser
            self._schemes.setdefault(host, parts.scheme)
            self._stats.inc_value(SHARED_HOST)
            robotsurl = f"{parts.scheme}://{host}/robots.txt"
            if url == landed.url and robotsurl in self._wanted:
                self._downloaded[robotsurl] = response

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        robotsurl = f"{self._schemes.get(netloc, 'http')}://{netloc}/robots.txt"
        refused = refused_by_crawl(exc)
        self._unavailable(robotsurl, netloc, exc, refused)
        self._stats.inc_value(NOT_READ + global_object_name(type(exc)))
        if not self._disallow_unreachable or refused:
            super()._robots_error(exc, netloc)  # no parser: everything allowed
            return
        parser = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        waiting = self._parsers[netloc]
        assert isinstance(waiting, Deferred)
        self._parsers[netloc] = parser
        waiting.callback(parser)

    def _server_error(self, response: Response, netloc: str) -> None:
        tries = int(response.request.meta.get("retry_times", 0)) if response.request else 0
        after = f" (after {tries} retries)" if tries else ""
        self._stats.inc_value(SERVER_ERROR)
        logger.warning(
            "robots.txt %s answered HTTP %d%s: read as 'Disallow: /' (RFC 9309), nothing"
            " more of %s is fetched this run",
            response.url,
            response.status,
            after,
            netloc,
        )

    def _unavailable(
        self, robotsurl: str, netloc: str, error: Exception, refused: bool = False
    ) -> None:
        cause = underlying(error)
        kind, message = type(cause).__name__, str(cause).strip()
        reason = f"{kind}: {message}" if message else kind
        self._not_read[robotsurl] = reason  # the crawl's own request of it is told, not sent
        self._stats.inc_value(UNAVAILABLE)
        self._stats.inc_value(f"{UNAVAILABLE}/{kind}")
        if self._disallow_unreachable and refused:
            means = (
                "%s crawled as if it allowed everything (the crawl refused it, the site did not"
                " fail: ROBOTSTXT_UNREACHABLE reads the site's failures only)"
            )
        elif self._disallow_unreachable:
            means = (
                "read as 'Disallow: /' (ROBOTSTXT_UNREACHABLE, RFC 9309), nothing more of %s is"
                " fetched this run"
            )
        else:
            means = "%s crawled as if it allowed everything"
        logger.warning("robots.txt %s not read (%s); " + means, robotsurl, reason, netloc)


def _shared(response: Response, request: Request) -> Response:
    """`response` (a download made for another request) as the answer to `request`, flagged
    `shared`: a new Response with a list of flags of its own. The held download's list is
    never written: were it shared (Response.replace hands over the same list unless Scrapy's
    constructor copies it), the download itself, already counted and archived, would read
    as `shared` too. Not retried: the download's own retries were spent on it."""
    flags = list(response.flags)
    if SHARED_FLAG not in flags:
        flags.append(SHARED_FLAG)
    # the download was retried already: a 503 handed on went through RetryMiddleware again,
    # and the host was asked twice more for what it had just refused
    request.meta["dont_retry"] = True
    return response.replace(request=request, flags=flags)


class OnceCountedDownloaderStats(DownloaderStats):
    """Scrapy's DownloaderStats (in its place, 850), counting an answer a download made for
    another request gave (flagged `shared`) as no download: that one was counted when it
    came. A landed page's request (answered at 962, after this counted it) is uncounted, by
    the bytes it was counted with: the crawl state (960) adds an article's validators after
    850, and uncounting those too put request_bytes below what went on the wire."""

    # set on the class made around a run's own DownloaderStats subclass (`_once_counted`):
    # its path, and whether Scrapy's own was on beside it (turned off: said once)
    wraps = ""
    turned_off_scrapys = False

    def __init__(self, stats: StatsCollector, *args: Any, **kwargs: Any) -> None:
        super().__init__(stats, *args, **kwargs)  # a run's own subclass may take more
        # what Scrapy's process_request added to each of its request stats, by request
        self._counted: weakref.WeakKeyDictionary[Request, tuple[int, int, int]] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        middleware = super().from_crawler(crawler)
        if cls.turned_off_scrapys:  # once: one middleware of the kind per crawler
            logger.warning(
                "DOWNLOADER_MIDDLEWARES: %s counts the downloader stats in place of Scrapy's "
                "DownloaderStats, which is turned off beside it (both counted each download: "
                "twice); an answer one download gave two requests is counted once",
                cls.wraps,
            )
        return middleware

    def process_request(  # type: ignore[override]
        self, request: Request
    ) -> Request | Response | None:
        """Scrapy's count, what it added to each of its request stats read off them (before
        and after): uncounted by what Scrapy counted, not by a copy of its lines."""
        names = _request_stats(request)
        before = [self.stats.get_value(name, 0) for name in names]
        result = super().process_request(request)
        count, method, size = (
            self.stats.get_value(name, 0) - then for name, then in zip(names, before, strict=True)
        )
        self._counted[request] = (count, method, size)
        return result

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        landed = request.meta.pop(LANDED_COUNTED, False)
        counted = self._counted.pop(request, None)
        if SHARED_FLAG not in response.flags:
            return super().process_response(request, response)
        if landed and counted is not None:  # None: not counted here after all
            count, method, size = counted
            self.stats.inc_value(REQUEST_COUNT, -count)
            self.stats.inc_value(METHOD_COUNT + request.method, -method)
            self.stats.inc_value(REQUEST_BYTES, -size)
        return response

    def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        self._counted.pop(request, None)
        return super().process_exception(request, exception)


def _request_stats(request: Request) -> tuple[str, ...]:
    """The stats Scrapy's DownloaderStats counts a request in (read, never written, here: a
    name Scrapy no longer counts adds nothing, so nothing is taken back from it)."""
    return (REQUEST_COUNT, METHOD_COUNT + request.method, REQUEST_BYTES)


def count_downloads_once(settings: BaseSettings) -> None:
    """Scrapy's DownloaderStats, wherever the run's DOWNLOADER_MIDDLEWARES (or Scrapy's base)
    put it, becomes OnceCountedDownloaderStats (the add-on, before the settings freeze). Set
    in the project's settings instead, a user's `DownloaderStats: None` left the replacement
    counting, and a user's own DOWNLOADER_MIDDLEWARES brought Scrapy's back, counting twice.
    Turned off (None, under any of its names) it stays off.

    A run's own subclass of DownloaderStats (beside Scrapy's, from the base, or in its place)
    counts: it is run with OnceCountedDownloaderStats's rule around it, and Scrapy's own is
    turned off beside it (both counted each download, and the shared answers again: three
    times; said once, as the middleware starts). One naming OnceCountedDownloaderStats (or a
    subclass of it) decides where it goes: Scrapy's own is turned off beside it too."""
    name = "DOWNLOADER_MIDDLEWARES"
    merged = settings.getwithbase(name)
    scrapys: dict[Any, Any] = {}
    own: dict[Any, type] = {}  # a run's own DownloaderStats subclasses, switched on
    for key, value in merged.items():
        try:
            component = load_object(key)
        except (ImportError, NameError, ValueError):  # Scrapy says so when it loads them
            continue
        if component is DownloaderStats:
            scrapys[key] = value
        elif isinstance(component, type) and issubclass(component, DownloaderStats):
            own.update({key: component} if value is not None else {})
    scrapys_on = any(value is not None for value in scrapys.values())
    if not own:
        if not scrapys_on or None in scrapys.values():
            return
        mine = settings.getdict(name)
        mine.update(dict.fromkeys(scrapys))
        mine[OnceCountedDownloaderStats] = next(iter(scrapys.values()))
        settings.set(name, mine, priority=settings.getpriority(name) or 0)
        return
    mine = settings.getdict(name)
    mine.update(dict.fromkeys(scrapys))  # the run's own counts: Scrapy's would count again
    wrapped: set[type] = set()
    for key, component in own.items():
        if issubclass(component, OnceCountedDownloaderStats):
            continue
        mine[key] = None
        if component in wrapped:  # named twice (by its path and as a class): one counts
            continue
        wrapped.add(component)
        mine[_once_counted(component, key, scrapys_on)] = merged[key]
    settings.set(name, mine, priority=settings.getpriority(name) or 0)


def _once_counted(component: type, key: Any, turned_off_scrapys: bool) -> type:
    """A run's own DownloaderStats subclass with OnceCountedDownloaderStats's rule around it
    (its process_request and process_response run inside the rule's)."""
    path = key if isinstance(key, str) else f"{component.__module__}.{component.__qualname__}"
    attributes = {"wraps": path, "turned_off_scrapys": turned_off_scrapys, "__module__": __name__}
    return type(f"OnceCounted[{path}]", (OnceCountedDownloaderStats, component), attributes)


class RobotsLandedMiddleware:
    """Answers the crawl's own request for a page a robots.txt redirected to with that
    download (`NamedRobotsTxtMiddleware.take_landed`). It sits after the crawl state
    (IncrementalMiddleware), which claims the article and remembers its capture as for
    any download, and before the browser: a request to render is fetched by it."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        # a request marked for rendering is fetched plainly when the browser is off
        self._rendering = crawler.settings.getbool("BROWSER_ENABLED", True)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsLandedMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Response | None:
        robots = getattr(self.crawler, ROBOTS_ATTRIBUTE, None)
        if robots is None or request.meta.get("dont_obey_robotstxt"):
            return None
        if self._rendering and render_spec(request.meta.get(meta_keys.RENDER)) is not None:
            return None  # the browser fetches it (RenderMiddleware's own test)
        taken: Response | None = robots.take_landed(request)
        return taken
