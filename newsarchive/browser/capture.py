"""Everything one rendered page fetches, handed to the archive as it completes.

The browser's exchanges never pass through Scrapy's downloader, so the WARC
extension cannot see them: each Playwright `response` becomes an
`HttpExchange` sent with `newsarchive.signals.exchange_captured`, and the
extension answers with the `RecordRef` it wrote. The page's own document is
remembered so the rendered DOM can point at it (`concurrent_to`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any
from urllib.parse import urldefrag

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Route
from playwright.async_api import Request as PlaywrightRequest
from playwright.async_api import Response as PlaywrightResponse
from scrapy.signalmanager import SignalManager
from scrapy.statscollectors import StatsCollector

from newsarchive.browser.bodies import InspectorBodies
from newsarchive.browser.downloads import DownloadSizes, PageDownloads
from newsarchive.browser.exchange import BodyUnavailable, in_viewer, is_archivable, to_exchange
from newsarchive.browser.hops import DOM_LOADED_JS, HopGuard, redirect_exchange
from newsarchive.network.browser_proxy import GuardProxy
from newsarchive.signals import exchange_captured, resource_captured
from newsarchive.warc.exchange import HttpExchange, RecordRef

logger = logging.getLogger(__name__)


# Requests that may stay open for as long as the page does: never waited for.
STREAMING = frozenset({"eventsource", "websocket", "media"})
NAVIGATED_AWAY = "browser/exchanges/no_body/navigated_away"
ROBOTS_REFUSED = "browser/moves_refused_robots"  # moves to an address robots.txt disallows
ROBOTS_REDIRECT = "browser/redirects_disallowed_robots"  # redirects Chromium followed there
# of those, archived with DevTools' parsed headers (no raw head came: no Set-Cookie line)
ROBOTS_REDIRECT_PARSED_HEAD = "browser/redirects_disallowed_robots/parsed_headers"
# of those, written as their page closed, their raw head still awaited (`navigation_ended`)
ROBOTS_REDIRECT_HEAD_CUT = "browser/redirects_disallowed_robots/head_cut"
LOOPS = "browser/move_loops"  # pages that moved round in a loop (A -> B -> A ...)
LOOP_REFUSED = "browser/moves_refused_loop"  # their moves refused
MAX_VISITS = 2  # a page's moves to one address (a third goes round)
MAX_PAGE_MOVES = 20  # a page's main-frame navigations routed, in all
SENT_HEADERS_WAIT = 5.0  # s: a refused redirect's request headers, as sent (else as DevTools has)


def record_ref(results: list[tuple[object, object]]) -> RecordRef | None:
    """The record a receiver of our signals reports having written, if any."""
    return next((r for _, r in results if isinstance(r, RecordRef)), None)


def _is_document(response: PlaywrightResponse) -> bool:
    request = response.request
    return (
        request.is_navigation_request()
        and response.frame.parent_frame is None
        and not 300 <= response.status < 400
    )


def _is_main_navigation(request: PlaywrightRequest) -> bool:
    try:
        return request.is_navigation_request() and request.frame.parent_frame is None
    except PlaywrightError:  # a service worker's request has no frame
        return False


def _page_of(request: PlaywrightRequest) -> Page | None:
    try:
        return request.frame.page
    except PlaywrightError:  # a service worker's request has no frame
        return None


class PageCapture:
    """Per rendered request: open requests (to know when the page is quiet), archiving.

    scrapy-playwright may open a second page for the same request when the
    first one's browser died: the handlers are then attached again, so open
    requests are counted per page.
    """

    def __init__(
        self,
        signals: SignalManager,
        stats: StatsCollector,
        archive: bool,
        body_buffer: int = 0,
        sizes: DownloadSizes | None = None,
    ) -> None:
        self.signals = signals
        self.stats = stats
        self.archive = archive
        self.page: Page | None = None
        self.open_requests: set[PlaywrightRequest] = set()
        self.pending: set[asyncio.Task[None]] = set()
        # of those, the ones whose body the archive's thread is writing (a large download), by URL
        self.writing: dict[asyncio.Task[None], str] = {}
        self.documents: dict[str, RecordRef] = {}  # main-frame document URL -> its record
        self.navigations = 0  # main-frame navigation requests (the page's own moves included)
        self.hops: list[str] = []  # where the main frame's documents redirected to
        self.settled_at = 0  # navigations when the page was last settled (loaded, quiet, drained)
        self.proxy: GuardProxy | None = None  # set by the handler: knows the servers' addresses
        # set by the handler: takes the page before it navigates (the page init callback)
        self.adopt: Callable[[Page], None] | None = None
        # the page being read, kept on the document read: its moves are refused (hold_route)
        self.held: Page | None = None
        # set by RenderMiddleware when robots.txt is obeyed: whether the page may move to a URL
        self.robots: Callable[[str], Awaitable[bool]] | None = None
        # the same, from a parser at hand (None: not read yet), for a redirect's hops
        self.robots_now: Callable[[str], bool | None] | None = None
        self.disallowed_hops: set[str] = set()  # of those, the ones robots.txt disallows
        # of `pending`, stopped redirects archived once their raw head comes or their request ends
        self.late_heads: set[asyncio.Task[None]] = set()
        self.visits: dict[str, int] = {}  # main-frame navigations routed, by address (_loops)
        self.looped = False  # the page moved round in a loop (said once)
        # stops those hops before Chromium sends them (attached by the page init callback)
        self.hop_guard = HopGuard(self.refuses_hop)
        # a disallowed move that stopped the page's parse: where it went (_stop_if_unparsed)
        self.refused_unparsed: str | None = None
        self.stop_reason = "which robots.txt disallows"  # why (the handler's IgnoreRequest)
        self.stopped = asyncio.Event()
        # requests the held page started from its read on: not archived (on_response)
        self.after_read: set[PlaywrightRequest] = set()
        self.read_url: str | None = None  # the address of the document read, as it was read
        # bodies Playwright's buffer lost (attached by the page init callback, before navigation)
        self.bodies = InspectorBodies(body_buffer if archive else 0, stats)
        # files the page downloaded: their bodies (within Scrapy's limits for bodies)
        self.downloads = PageDownloads(sizes or DownloadSizes(), stats, archive)
        self.in_viewer: set[str] = set()  # documents shown in Chromium's PDF viewer
        self.framed_pdfs: list[str] = []  # of those, the ones shown in a frame of the page
        # documents the page left before their body was read (NAVIGATED_AWAY): fetched plainly
        self.left: list[str] = []

    def handlers(self) -> dict[str, object]:
        """scrapy-playwright `playwright_page_event_handlers` for this page."""
        handlers: dict[str, object] = {
            "request": self.on_request,
            "requestfinished": self.on_request_done,
            "requestfailed": self.on_request_done,
        }
        handlers["download"] = self.downloads.on_download
        if self.archive:
            handlers["response"] = self.on_response
        return handlers

    def on_request(self, request: PlaywrightRequest) -> None:
        page = _page_of(request)
        if page is not None:
            self.page = page  # the latest page of this request: closed if it hangs
        if self.holds(request):
            return  # refused by hold_route: the page stays on the document read
        if self.held is not None and page == self.held:
            self.after_read.add(request)
        if request.resource_type not in STREAMING:
            self.open_requests.add(request)
        if _is_main_navigation(request):
            self.navigations += 1
            if request.redirected_from is not None:
                self.hops.append(request.url)
                self._disallowed_hop(request)

    async def refuses_hop(self, url: str, paused: dict[str, Any]) -> bool:
        """Whether a redirect Chromium is about to follow in the main frame goes to `url`,
        an address robots.txt disallows (HopGuard, before the hop is sent): counted, one INFO
        line, the redirect archived as served (`paused`: what DevTools shows of it), and a
        page not parsed yet (the request's own navigation, a move as it was parsed) ends its
        rendering as robots.txt refuses a request (set before the redirect fails, so the
        failed navigation is no error to retry); a page that had loaded stays on its document."""
        if self.robots is None:
            return False
        try:
            if await self.robots(url):
                return False
        except Exception:  # the crawl closing as its robots.txt is fetched: Scrapy's to say
            logger.debug("robots.txt not read for the redirect to %s", url, exc_info=True)
            return False
        self.disallowed_hops.add(url)
        self.stats.inc_value(ROBOTS_REDIRECT)
        served = paused["request"]["url"]
        logger.info("%s redirected to %s, which robots.txt disallows: not fetched", served, url)
        if self.archive and is_archivable(served):
            ip = self.proxy.address_for(served) if self.proxy is not None else None
            sent = await self._sent_headers(served)
            head = self.hop_guard.head_now(paused)
            if head is not None:
                self.send_exchange(redirect_exchange(paused, ip, sent, head), "document")
            else:  # not come yet, or none: waited for as the pause is failed
                task = asyncio.ensure_future(self._archive_late_head(paused, ip, sent))
                self.pending.add(task)
                task.add_done_callback(self.pending.discard)
                self.late_heads.add(task)
                task.add_done_callback(self.late_heads.discard)
        if not self.hop_guard.loaded():
            self.refused_unparsed = url
            self.stopped.set()
        return True

    async def _archive_late_head(
        self, paused: dict[str, Any], ip: str | None, sent: list[tuple[str, str]] | None
    ) -> None:
        """A stopped redirect whose raw head had not come at its pause: archived once it comes,
        or as its pause showed it once its request is over without one (a hop Chromium did not
        take from the network: counted). Cancelled (its page closing, `navigation_ended`),
        it is written at once with what came of it, counted as cut."""
        try:
            head = await self.hop_guard.head(paused)
        except asyncio.CancelledError:
            head = self.hop_guard.head_now(paused)
            self.stats.inc_value(ROBOTS_REDIRECT_HEAD_CUT)
            if head is None:
                self.stats.inc_value(ROBOTS_REDIRECT_PARSED_HEAD)
            self.send_exchange(redirect_exchange(paused, ip, sent, head), "document")
            raise
        if head is None:
            self.stats.inc_value(ROBOTS_REDIRECT_PARSED_HEAD)
            logger.debug("no raw headers for the redirect of %s", paused["request"]["url"])
        self.send_exchange(redirect_exchange(paused, ip, sent, head), "document")

    async def _sent_headers(self, url: str) -> list[tuple[str, str]] | None:
        """The headers the main frame's request of `url` went with, as Playwright read them
        (after scrapy-playwright gave it the request's own); None if it cannot tell."""
        for request in list(self.open_requests):
            if request.url == url and _is_main_navigation(request):
                with suppress(PlaywrightError, TimeoutError):
                    headers = await asyncio.wait_for(request.headers_array(), SENT_HEADERS_WAIT)
                    return [(h["name"], h["value"]) for h in headers if h["name"][:1] != ":"]
        return None

    def _disallowed_hop(self, request: PlaywrightRequest) -> None:
        """A redirect Chromium follows to an address robots.txt disallows, which HopGuard
        did not stop (no DevTools session of its own): Chromium asks for it, but nothing of
        it is archived (on_response) and the rendering ends as robots.txt refuses a request
        (the handler, IgnoreRequest)."""
        if request.url in self.disallowed_hops:
            return  # stopped before it was sent (refuses_hop): counted there
        if self.robots_now is None or self.robots_now(request.url) is not False:
            return
        self.disallowed_hops.add(request.url)
        self.stats.inc_value(ROBOTS_REDIRECT)
        logger.info(
            "%s redirected to %s, which robots.txt disallows: not archived",
            request.redirected_from.url if request.redirected_from else "",
            request.url,
        )
        self.refused_unparsed = request.url
        self.stopped.set()

    def on_request_done(self, request: PlaywrightRequest) -> None:
        self.open_requests.discard(request)

    def holds(self, request: PlaywrightRequest) -> bool:
        """Whether `request` would move the held page off the document read."""
        return (
            self.held is not None
            and _is_main_navigation(request)
            and _page_of(request) == self.held
        )

    async def hold_route(self, route: Route, request: PlaywrightRequest) -> None:
        """The page's route handler, run before scrapy-playwright's: once its content is
        read, the page moves no more (as ERR_ABORTED, which leaves the document shown; another
        error would commit an error page), so its address, screenshot and close are those of
        the document read."""
        if not self.holds(request):
            if self._loops(request):
                with suppress(PlaywrightError):  # the page closed meanwhile
                    await route.abort("aborted")  # it stays on the document it had
                    await self._stop_if_unparsed(request, "which goes round in a loop")
                return
            if await self._robots_refuse(request):
                with suppress(PlaywrightError):  # the page closed meanwhile
                    await route.abort("aborted")  # the page stays on the document it had
                    await self._stop_if_unparsed(request)
                return
            await route.fallback()
            return
        self.stats.inc_value("browser/moves_refused_after_read")
        logger.info("%s was read: its move to %s is refused", request.frame.url, request.url)
        with suppress(PlaywrightError):  # the page closed meanwhile
            await route.abort("aborted")

    def _loops(self, request: PlaywrightRequest) -> bool:
        """Whether the page's move to `request` (a main-frame navigation) goes round: to an
        address it went to MAX_VISITS times already (A -> B -> A -> B -> A: a consent page's
        A -> consent -> A is twice), or past MAX_PAGE_MOVES moves. Such a page moved until its
        rendering timed out, each document left before its body was read (a warning each,
        ~1,400 a page): it stays where it is now, read there; one WARNING a page, counted
        (`browser/move_loops`; each move refused, `browser/moves_refused_loop`)."""
        if not _is_main_navigation(request):
            return False
        url = urldefrag(request.url)[0]
        self.visits[url] = self.visits.get(url, 0) + 1
        if self.visits[url] <= MAX_VISITS and sum(self.visits.values()) <= MAX_PAGE_MOVES:
            return False
        self.stats.inc_value(LOOP_REFUSED)
        if not self.looped:
            self.looped = True
            self.stats.inc_value(LOOPS)
            logger.warning(
                "%s moves round in a loop (%d moves, %s %d times): its moves are refused, it"
                " is read where it stands (if it was parsed; else it is dropped)",
                request.frame.url,
                sum(self.visits.values()),
                url,
                self.visits[url],
            )
        return True

    async def _robots_refuse(self, request: PlaywrightRequest) -> bool:
        """Whether the page's move to `request` (a main-frame navigation: a script's
        location.replace or href, a meta refresh, a link followed) is one robots.txt disallows.
        Its requisites (images, CSS, scripts, frames) are not checked, as a browser's are not."""
        if self.robots is None or not _is_main_navigation(request):
            return False
        try:
            if await self.robots(request.url):
                return False
        except Exception:  # the crawl closing as its robots.txt is fetched: Scrapy's to say
            logger.debug("robots.txt not read for the move to %s", request.url, exc_info=True)
            return False
        self.stats.inc_value(ROBOTS_REFUSED)
        logger.info(
            "%s moves to %s, which robots.txt disallows: not fetched",
            request.frame.url,
            request.url,
        )
        return True

    async def _stop_if_unparsed(
        self, request: PlaywrightRequest, why: str = "which robots.txt disallows"
    ) -> None:
        """A move started while its document was parsing (`location.replace` in the page)
        aborted the parse, as browsers do: no DOMContentLoaded comes, and the page would wait
        for it until its navigation timeout. Its rendering is ended (the handler closes the
        page), its request refused as robots.txt refuses one (IgnoreRequest, saying `why`)."""
        page = _page_of(request)
        if page is None:
            return
        loaded = await request.frame.evaluate(DOM_LOADED_JS)
        if loaded:
            return
        self.refused_unparsed = request.url
        self.stop_reason = why
        self.stopped.set()  # the handler ends the rendering (BrowserDownloadHandler)

    async def navigation_ended(self, page: Page, timeout: float) -> bool:
        """Whether `page` has no main-frame navigation open (waited for at most `timeout` s):
        a page closed while it navigates may never have its close answered (handler.close_page),
        and one stopped as it navigated (a refused redirect or move, failed as ERR_ABORTED)
        ends its navigation at once (and its redirect's record is written:
        `_archive_late_head`)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        ended = True
        while any(_is_main_navigation(r) and _page_of(r) == page for r in self.open_requests):
            if loop.time() >= deadline:
                ended = False
                break
            await asyncio.sleep(0.02)
        if self.late_heads:  # the stopped redirect's record: written as its request ended
            await asyncio.wait(list(self.late_heads), timeout=max(0.0, deadline - loop.time()))
        await self._cut_late_heads()
        return ended

    async def _cut_late_heads(self) -> None:
        """The stopped redirects whose raw head has not come yet as their page closes: written
        now, from their pause (`_archive_late_head`, counted as cut). Left waiting up to
        HEAD_WAIT after the close, a crawl that closed meanwhile lost the record, uncounted."""
        if not self.late_heads:
            return
        await asyncio.sleep(0)  # one made just now has its first step (a task never started
        late = list(self.late_heads)  # is cancelled without running its `except`)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late)

    def moved(self, page: Page) -> bool:
        """Whether `page` navigated since it was settled, or is navigating (location.replace)."""
        return self.navigations != self.settled_at or any(
            _is_main_navigation(r) and _page_of(r) == page for r in self.open_requests
        )

    def busy(self, page: Page) -> bool:
        """Whether `page` has a request open now."""
        return self._open_on(page) > 0

    def _open_on(self, page: Page) -> int:
        """Requests still open on `page` (not on an earlier page of a retried request)."""
        return sum(1 for r in self.open_requests if _page_of(r) == page)

    def on_response(self, response: PlaywrightResponse) -> None:
        if not is_archivable(response.url):
            return
        if response.url in self.disallowed_hops:
            return
        if response.request in self.after_read:  # the archive holds the page as it was read
            self.stats.inc_value("browser/exchanges/after_read")
            return
        task = asyncio.ensure_future(self._capture(response, self.navigations))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def _capture(self, response: PlaywrightResponse, at: int = 0) -> None:
        """`at`: the page's navigations as the response came (one since: the page left it)."""
        try:
            exchange = await to_exchange(response, self.proxy, self.bodies)
        except BodyUnavailable as exc:
            # a file: its body went to the download the page started (its event in by now)
            await self._capture_download(response, exc, at)
            return
        if response.request.is_navigation_request() and in_viewer(exchange):
            self.in_viewer.add(response.url)
            if response.frame.parent_frame is not None:  # fetched plainly (RenderMiddleware)
                self.framed_pdfs.append(response.url)
            self.stats.inc_value("browser/exchanges/in_pdf_viewer")
            logger.info("not archived from the browser (shown in its PDF viewer): %s", response.url)
            return
        ref = self.send_exchange(exchange, response.request.resource_type)
        if ref is not None and _is_document(response):
            self.documents[response.url] = ref

    async def _capture_download(
        self, response: PlaywrightResponse, exc: BodyUnavailable, at: int = 0
    ) -> None:
        """The file `response` brought, archived from the download (from its file on disk
        when large), or not: cancelled, too large, failed."""
        downloaded = None
        if self.downloads.started(response.url):
            downloaded = await self.downloads.body(response.url)
        if downloaded is None:
            if response.url not in (self.downloads.answer, *self.downloads.too_large):
                self._no_body(response, exc, at)  # those are said and counted already
            return
        if isinstance(downloaded, bytes):
            exchange = await to_exchange(response, self.proxy, body=downloaded)
            self.stats.inc_value("browser/exchanges/downloaded")
            self.send_exchange(exchange, response.request.resource_type)
            return
        try:
            exchange = await to_exchange(response, self.proxy, body=b"")
            exchange.spooled = downloaded  # read from the browser's file as it is archived
            self.stats.inc_value("browser/exchanges/downloaded")
            # hashed and written off the reactor thread (WarcExtension), waited for here
            self._count(response.request.resource_type)
            task = asyncio.current_task()
            if task is not None:
                self.writing[task] = response.url  # given up, it is written all the same
            try:
                await self.signals.send_catch_log_async(signal=exchange_captured, exchange=exchange)
            finally:
                if task is not None:
                    self.writing.pop(task, None)
        finally:
            downloaded.file.close()

    def _no_body(self, response: PlaywrightResponse, exc: BodyUnavailable, at: int = 0) -> None:
        """Named and counted: a page's document it navigated away from (location.replace at
        load) has its body dropped by Chromium at once; other bodies the log line explains."""
        self.stats.inc_value("browser/exchanges/no_body")
        now = self.page.url if self.page is not None and not self.page.is_closed() else ""
        # left: the page shows another address, or the same one anew (a page that moved away
        # and back: A -> B -> A, its first A's body dropped as the second committed)
        left = now != response.url or self.navigations > at
        if _is_document(response) and now and left:
            self.stats.inc_value(NAVIGATED_AWAY)
            self.left.append(response.url)
            logger.info(
                "browser document not archived from the browser (the page navigated away, to"
                " %s, before its body was read): %s, fetched without the browser",
                now,
                response.url,
            )
            return
        reason = str(exc).split("\n", 1)[0]  # Playwright appends the whole browser log
        logger.warning("browser response not archived (body gone): %s %s", response.url, reason)

    def send_exchange(self, exchange: HttpExchange, resource_type: str) -> RecordRef | None:
        self._count(resource_type)
        results = self.signals.send_catch_log(signal=exchange_captured, exchange=exchange)
        return record_ref(results)

    def _count(self, resource_type: str) -> None:
        self.stats.inc_value("browser/exchanges")
        self.stats.inc_value(f"browser/exchanges/{resource_type}")

    async def drain(self, timeout: float) -> None:
        """Wait for the captures started (before the page, and its bodies, go away).

        At most `timeout` s: a browser that died mid-response may never answer
        for that body. What is still unfinished then is given up, counted, logged.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.pending and loop.time() < deadline:
            await asyncio.wait(list(self.pending), timeout=deadline - loop.time())
        for task in list(self.pending):
            writing = self.writing.pop(task, None)
            task.cancel()
            if task in self.late_heads:  # written from its pause as it is cancelled, counted
                continue
            if writing is not None:  # the archive's thread goes on (archive_large is shielded)
                self.stats.inc_value("browser/exchanges/written_after_page")
                logger.info(
                    "browser download %s still being written to the WARC file after %.0f s: "
                    "not waited for; its record is written when done",
                    writing,
                    timeout,
                )
                continue
            self.stats.inc_value("browser/exchanges/abandoned")
            logger.warning("browser response not archived: no body within %.0f s", timeout)

    async def wait_quiet(
        self, page: Page, settle: float, timeout: float, counted: bool = True
    ) -> bool:
        """True once no request has been open for `settle` s (0: as soon as none is open);
        False when `timeout` ran out (counted as `browser/quiet_timeout`, unless not
        `counted`: a step of a longer wait).

        Cheaper than Playwright's "networkidle" (a fixed 500 ms) and it sees
        requests the page starts late, e.g. a fetch() after DOMContentLoaded.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        quiet_since = loop.time()
        step = max(min(settle / 4, 0.05), 0.005)  # settle 0: no spin on the reactor's loop
        while loop.time() < deadline:
            await asyncio.sleep(step)
            if self._open_on(page):
                quiet_since = loop.time()
            elif loop.time() - quiet_since >= settle:
                return True
        if counted:
            self.stats.inc_value("browser/quiet_timeout")
        return False

    def document_for(self, url: str) -> RecordRef | None:
        """The record of the main-frame document now shown (else the last one archived)."""
        if url in self.documents:
            return self.documents[url]
        return list(self.documents.values())[-1] if self.documents else None

    def send_resource(
        self, url: str, kind: str, content_type: str, data: bytes
    ) -> RecordRef | None:
        """Something derived from the page (`kind` "dom" or "screenshot") as a resource record."""
        document = self.document_for(url)
        results = self.signals.send_catch_log(
            signal=resource_captured,
            uri=f"urn:{kind}:{url}",
            content_type=content_type,
            data=data,
            concurrent_to=document.record_id if document else None,
        )
        self.stats.inc_value(f"browser/resources/{kind}")
        return record_ref(results)
