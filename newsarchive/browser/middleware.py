"""Turns `meta["newsarchive_render"]` into scrapy-playwright meta, so spiders set one flag."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from functools import partial
from urllib.parse import urldefrag

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeout
from pydispatch import dispatcher
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response, TextResponse
from scrapy.http.request import NO_CALLBACK
from scrapy.statscollectors import StatsCollector
from scrapy.utils.misc import load_object

from newsarchive import request_meta as meta_keys
from newsarchive.browser.capture import PageCapture
from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.downloads import DownloadSizes
from newsarchive.browser.drive import click_show_more, scroll_to_end
from newsarchive.browser.exchange import VIEWER_TYPES, is_archivable
from newsarchive.browser.handler import CONTEXT_DEFAULTS, BrowserTimeout
from newsarchive.browser.lazy import WATCHERS_INIT_JS, scroll_through
from newsarchive.browser.render import (
    CAPTURE_META,
    FINISH_META,
    READ_META,
    RENDER_META,
    RenderSpec,
    render_spec,
)
from newsarchive.network.middleware import RequestRefused
from newsarchive.network.robots import ROBOTS_ATTRIBUTE
from newsarchive.signals import exchange_captured

logger = logging.getLogger(__name__)

# Where the page's record is, as the WARC extension says it for plain responses (spiders
# read it for ArticlePage): here the document the browser fetched, never the rendered DOM.
DOCUMENT_RECORD_META = meta_keys.WARC_RECORD
# Meta keys holding live objects (handlers, bound methods): dropped once used, so a
# retried or re-queued copy of the request stays picklable and is rebuilt here.
NO_POPUPS = f"{__name__}.no_popups"
# a spider's own page init callback (a dotted path or a callable), run after no_popups
SPIDERS_INIT_META = "newsarchive_browser_spiders_init"
_LIVE_KEYS = ("playwright_page_event_handlers", FINISH_META, READ_META, CAPTURE_META)
# Playwright's error for content read as the page's next document commits
NAVIGATING = "page is navigating"
# moves of a page followed before its content is read as it is (a page that never stays put)
MAX_MOVES = 5
# Chromium's errors that a retry gets again (a redirect loop: 20 hops fetched at each try)
NOT_RETRIED = ("net::ERR_TOO_MANY_REDIRECTS",)
# where Chromium shows a document it could not load (refused, no such host, reset)
ERROR_PAGE = "chrome-error:"
MOVED_TO_ERROR_STAT = "browser/moved_to_error_page"
# a page read at another address than its request's (it moved itself there): registered
LANDED_STAT = "browser/landed_elsewhere"
# a document a page left before its body was read, fetched by Scrapy to be archived
LEFT_STAT = "browser/fetched_plainly/left"


def _as_read(url: str, asked: str) -> str:
    """`url` without the fragment the page gave itself (one the request had is kept)."""
    return url if "#" in asked else urldefrag(url)[0]


class MovedToErrorPage(IgnoreRequest):
    """A rendered page moved itself (script, meta refresh, form) to a document the browser
    could not load: what it shows is Chromium's error page, no page of the site."""


# window.open() opens nothing: a popup's page is not the request's, so nothing it fetched
# would be archived, and scrapy-playwright never closes it (it runs until the crawl ends).
NO_POPUPS_JS = "window.open = function () { return null; };"


async def no_popups(page: Page, request: Request) -> None:
    """scrapy-playwright's page init callback for rendered pages (set by its dotted path);
    also starts the page's own body buffer (newsarchive.browser.bodies) before it navigates,
    and routes its requests through PageCapture.hold_route (no move once it is read)."""
    await page.add_init_script(NO_POPUPS_JS)
    await page.add_init_script(WATCHERS_INIT_JS)  # what answers a scroll (newsarchive.browser.lazy)
    page.on("popup", _close_popup)  # one opened otherwise (a target=_blank link clicked)
    capture = request.meta.get(CAPTURE_META)
    if isinstance(capture, PageCapture):
        if capture.adopt is not None:  # the handler's bounded close and settled read
            capture.adopt(page)
        await capture.bodies.attach(page)
        await capture.downloads.attach(page)
        if capture.robots is not None:  # its redirects' hops obey robots.txt before they leave
            # the raw heads of its redirects from the body buffer's session (Network on there)
            await capture.hop_guard.attach(page, capture.archive, capture.bodies.session)
        await page.route("**", capture.hold_route)  # run before scrapy-playwright's own
    if (own := request.meta.get(SPIDERS_INIT_META)) is not None:
        await load_object(own)(page, request)


async def _close_popup(popup: Page) -> None:
    logger.info("popup closed, nothing of it archived: %s", popup.url)
    with suppress(PlaywrightError):
        await popup.close()


def _first_line_only(error: PlaywrightError) -> None:
    """Playwright's message without its call log (and Chromium's log): the errback of a
    page given up on logs the message, and a failure is one line there."""
    first = error.message.split("\n", 1)[0].strip()
    if first != error.message:
        error._message = first
        error.args = (first,)


class RenderMiddleware:
    """Requests marked for rendering go to the browser, every exchange of theirs archived."""

    def __init__(
        self, crawler: Crawler, config: BrowserConfig, sizes: DownloadSizes | None = None
    ) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats: StatsCollector = crawler.stats
        self.config = config
        self.sizes = sizes or DownloadSizes()
        self._archiving: bool | None = None
        self._framed_pdfs: set[str] = set()  # PDFs shown in frames, fetched plainly once a crawl
        self._fetched_left: set[str] = set()  # documents pages left unread, fetched plainly once
        self._fetches: set[asyncio.Task[None]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RenderMiddleware:
        if not crawler.settings.getbool("BROWSER_ENABLED", True):
            raise NotConfigured("BROWSER_ENABLED is off")
        settings = crawler.settings
        return cls(
            crawler, BrowserConfig.from_settings(settings), DownloadSizes.from_settings(settings)
        )

    def archiving(self) -> bool:
        """Whether anything (the WARC extension) listens for browser exchanges."""
        if self._archiving is None:
            receivers = dispatcher.getAllReceivers(self.crawler.signals.sender, exchange_captured)
            self._archiving = any(True for _ in dispatcher.liveReceivers(receivers))
        return self._archiving

    def process_request(self, request: Request) -> None:
        spec = render_spec(request.meta.get(RENDER_META))
        if spec is None:
            return
        if request.meta.pop(meta_keys.UNCONDITIONAL, None):
            self.stats.inc_value("browser/unconditional")  # the crawl state did not ask for a 304
        archive, buffer = self.archiving(), self.config.body_buffer_size
        capture = PageCapture(self.crawler.signals, self.stats, archive, buffer, self.sizes)
        request.meta["playwright"] = True
        # Not "load": one image or script that never ends would fail the whole page at the
        # navigation timeout (and each retry); _finish_page waits for "load" a bounded time.
        request.meta.setdefault("playwright_page_goto_kwargs", {"wait_until": "domcontentloaded"})
        # ours first, then the spider's own (scrapy-playwright takes one)
        own = request.meta.get("playwright_page_init_callback")
        if own is not None and own != NO_POPUPS:
            request.meta[SPIDERS_INIT_META] = own
        request.meta["playwright_page_init_callback"] = NO_POPUPS
        # service workers blocked in the context this request may create (handler.py)
        kwargs = request.meta.get("playwright_context_kwargs") or {}
        request.meta["playwright_context_kwargs"] = {**CONTEXT_DEFAULTS, **kwargs}
        robots = getattr(self.crawler, ROBOTS_ATTRIBUTE, None)  # ROBOTSTXT_OBEY's middleware
        if robots is not None and not request.meta.get("dont_obey_robotstxt"):
            # the page's own moves obey it too, read for the request's user agent as Scrapy's
            # middleware reads it (its User-Agent header, what Chromium sends)
            useragent = robots.useragent_for(request)
            capture.robots = partial(robots.allows_browser, useragent=useragent)
            capture.robots_now = partial(robots.allows_browser_now, useragent=useragent)
        request.meta[CAPTURE_META] = capture
        request.meta["playwright_page_event_handlers"] = capture.handlers()
        # run as the page's content is read (handler.FinishThenRead), not as a PageMethod:
        # scrapy-playwright waits for "load" after each
        request.meta[FINISH_META] = partial(
            self._finish_page, capture=capture, spec=spec, request=request
        )
        request.meta[READ_META] = partial(self._read_settled, capture=capture, request=request)
        self.stats.inc_value("browser/pages")

    def process_response(self, request: Request, response: Response) -> Request | Response:
        capture: PageCapture | None = request.meta.get(CAPTURE_META)
        self._drop_live_keys(request)
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        if capture is not None and content_type.split(";")[0].strip().lower() in VIEWER_TYPES:
            return self._fetch_plainly(request, response)
        if capture is not None and capture.downloads.answer is not None:
            # cancelled too late (a small file was whole already): fetched by Scrapy all the same
            return self._fetch_file_plainly(request, capture.downloads.answer)
        # a file the browser downloaded: no page was read (the browser shows about:blank)
        downloaded = request.meta.get("playwright_suggested_filename") is not None
        if capture and capture.read_url and response.url != capture.read_url and not downloaded:
            # scrapy-playwright asks the page's address after its close: the body's is the
            # one it had when read (a history.pushState since would give the body another)
            self.stats.inc_value("browser/url_as_read")
            response = response.replace(url=capture.read_url)
        if capture is not None and capture.archive and self.config.keep_dom and not downloaded:
            self._keep_dom(capture, response)
        if capture is not None:
            self._fetch_framed_pdfs(capture, request)
            self._fetch_left(capture, request)
            if capture.read_url and not downloaded:
                self._landed(request, capture.read_url)
        return response

    def _landed(self, request: Request, url: str) -> None:
        """A page that moved itself (a script's `location`, a meta refresh in the page) was
        read at `url`: its fingerprint goes to the scheduler's dupefilter, as a redirect
        target's does, so a later link to it is filtered (`dupefilter/filtered`), not fetched
        and itemed again. The crawl state claims it too (IncrementalMiddleware)."""
        url = urldefrag(url)[0]
        if url == urldefrag(request.url)[0] or not is_archivable(url):
            return
        self.stats.inc_value(LANDED_STAT)
        engine = self.crawler.engine
        seen = getattr(getattr(engine, "scheduler", None), "df", None)
        if seen is None or not callable(getattr(seen, "request_seen", None)):
            return
        if seen.request_seen(Request(url)):
            return  # requested before the page landed there: that request is fetched too
        logger.info("%s went to %s: a later link to it is a duplicate", request.url, url)

    def _fetch_left(self, capture: PageCapture, request: Request) -> None:
        """A document the page left before the browser read its body (a `location.replace` at
        or before "load": Chromium drops it as the next document commits) is fetched by Scrapy
        beside the page, once a crawl, and archived as served: a replay of its address gives
        what the server sent (and its script moves on, to the page archived), where it gave
        nothing. It keeps no rendered DOM record: its DOM was never read, the one read is the
        page's it went to."""
        for url in capture.left:
            if url in self._fetched_left or url == capture.read_url:
                continue
            self._fetched_left.add(url)
            logger.info("%s was left before its body was read: fetched without the browser", url)
            # as the browser asked for it: the request's own Referer (none for a start page,
            # not itself), the page's for a document it moved to and left
            referer = request.headers.get("Referer") if url == request.url else request.url
            left = Request(
                url,
                headers={"Referer": referer} if referer else None,
                meta={meta_keys.ARTICLE: False},  # the page fetched already, no item of its own
                callback=NO_CALLBACK,
                dont_filter=True,
            )
            self._beside(left, "a document the rendered page left", left=True)

    def _fetch_file_plainly(self, request: Request, url: str) -> Request:
        """A rendered request answered with a file (a download): no page to render, and
        scrapy-playwright would read the file whole into memory. Its download was cancelled
        (newsarchive.browser.downloads); Scrapy fetches it, spooled to disk past
        DOWNLOAD_SPOOL_SIZE and stopped at DOWNLOAD_MAXSIZE like any other body."""
        self.stats.inc_value("browser/fetched_plainly/file")
        logger.info("%s is a file to download: fetched without the browser", url)
        return self._plain_copy(request, url)

    def _plain_copy(self, request: Request, url: str) -> Request:
        meta = {
            key: value
            for key, value in request.meta.items()
            if not key.startswith("playwright") and key not in (RENDER_META, DOCUMENT_RECORD_META)
        }
        return request.replace(url=url, meta=meta, dont_filter=True)

    def _fetch_plainly(self, request: Request, response: Response) -> Request:
        """A PDF is no page to render: Chromium shows it in its viewer and hands over the
        viewer's HTML (not archived, newsarchive.browser.capture); Scrapy fetches it, from
        where the browser's redirects ended: those hops are archived from the browser already
        (fetched from the request's own address, each was fetched and archived twice)."""
        self.stats.inc_value("browser/fetched_plainly")
        logger.info("%s is a PDF: fetched without the browser", response.url)
        return self._plain_copy(request, response.url)

    def _fetch_framed_pdfs(self, capture: PageCapture, request: Request) -> None:
        """A PDF in a frame of the page was shown in Chromium's viewer, whose HTML is not
        archived: Scrapy fetches it (through the downloader middlewares, archived as
        served), once a crawl, beside the page."""
        for url in capture.framed_pdfs:
            if url in self._framed_pdfs:
                continue
            self._framed_pdfs.add(url)
            self.stats.inc_value("browser/fetched_plainly/in_frame")
            logger.info(
                "%s is a PDF in a frame of %s: fetched without the browser", url, request.url
            )
            pdf = Request(url, headers={"Referer": request.url}, callback=NO_CALLBACK)
            self._beside(pdf, "a PDF in a frame")

    def _beside(self, request: Request, what: str, left: bool = False) -> None:
        """`request` fetched by Scrapy beside the page; a document the page `left` is counted
        (LEFT_STAT) once answered, after Scrapy's retries: not an attempt refused or failed."""
        task = asyncio.ensure_future(self._fetch_plainly_beside(request, what, left))
        self._fetches.add(task)
        task.add_done_callback(self._fetches.discard)

    async def _fetch_plainly_beside(self, request: Request, what: str, left: bool = False) -> None:
        assert self.crawler.engine is not None
        try:
            await self.crawler.engine.download_async(request)
        except IgnoreRequest as exc:  # the crawl's own policy (robots.txt, offsite): no fault
            logger.info("not fetching %s (%s): %s", request.url, what, exc)
        except Exception as exc:  # it fails alone, said here: the page it was in is kept
            logger.warning("could not fetch %s (%s): %s", request.url, what, exc)
        else:
            if left:
                self.stats.inc_value(LEFT_STAT)

    def _keep_dom(self, capture: PageCapture, response: Response) -> None:
        """The rendered DOM, exactly the body the spider parses, beside the served document."""
        if not isinstance(response, TextResponse) or not 200 <= response.status < 300:
            return  # an error page or a 304's empty page says nothing about the page
        content_type = f"text/html; charset={response.encoding}"
        capture.send_resource(response.url, "dom", content_type, response.body)

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        """Browser failures (a crashed browser, a hung page) are retried like network ones.

        Scrapy's RetryMiddleware does not know Playwright's errors; without this
        the pages open when Chromium died would be lost while the crawl goes on
        with a relaunched browser.
        """
        capture: PageCapture | None = request.meta.get(CAPTURE_META)
        self._drop_live_keys(request)
        if not (request.meta.get("playwright") and RENDER_META in request.meta):
            return None
        if capture is not None and capture.downloads.answer is not None:
            return self._fetch_file_plainly(request, capture.downloads.answer)
        if isinstance(exception, IgnoreRequest):  # a move robots.txt disallows (handler)
            return None
        self.stats.inc_value(f"browser/failed/{type(exception).__name__}")
        if not isinstance(exception, PlaywrightError | BrowserTimeout):
            return None
        if isinstance(exception, PlaywrightError):
            _first_line_only(exception)
            if capture is not None:
                self._refused_hop(capture, request)
            if any(error in exception.message for error in NOT_RETRIED):
                return None  # the same answer each time: the errback says it once
        assert self.crawler.spider is not None  # a request is being downloaded
        return get_retry_request(
            request, spider=self.crawler.spider, reason=f"browser: {type(exception).__name__}"
        )

    def _refused_hop(self, capture: PageCapture, request: Request) -> None:
        """A page whose redirect the guard proxy refused failed in the browser as an empty
        answer (`net::ERR_EMPTY_RESPONSE`), and was retried and given up at ERROR like a
        server fault: it is refused, once, as Scrapy's own requests are."""
        proxy = capture.proxy
        if proxy is None:  # not handed to the browser handler: no refusal known
            return
        for hop in capture.hops:
            why = proxy.refusal_for(hop)
            if why is not None:
                logger.warning(
                    "refused %s: the browser's redirect to %s: %s (not allowed by NETWORK_ALLOWED)",
                    request.url,
                    hop,
                    why,
                )
                raise RequestRefused(f"redirected to {hop}: {why}")

    def _drop_live_keys(self, request: Request) -> None:
        for key in _LIVE_KEYS:
            request.meta.pop(key, None)

    async def _finish_page(
        self, page: Page, capture: PageCapture, spec: RenderSpec, request: Request
    ) -> None:
        """After load: let scripts fetch, drive the listing, archive all it fetched."""
        if capture.downloads.answer is not None:  # a file, fetched by Scrapy: no page here
            return
        config = self.config
        wait_quiet = partial(capture.wait_quiet, page, config.settle_time, config.quiet_timeout)
        await self._wait_load(page)
        await wait_quiet()
        if spec.listing:
            selectors = spec.show_more or self.config.show_more_selectors
            await click_show_more(page, selectors, self.config, wait_quiet, self.stats)
            if spec.scroll:
                await scroll_to_end(page, self.config, wait_quiet, self.stats)
        settled = capture.navigations
        await self._scroll_through(page, capture)
        await self._drain(page, capture, request, settled)

    async def _scroll_through(self, page: Page, capture: PageCapture) -> None:
        """What the page loads only in view, fetched before its read (newsarchive.browser.lazy)."""
        step_wait = partial(capture.wait_quiet, page, self.config.settle_time, counted=False)
        await scroll_through(page, self.config, step_wait, self.stats, partial(capture.busy, page))

    async def _wait_load(self, page: Page) -> None:
        try:
            await page.wait_for_load_state("load", timeout=self.config.quiet_timeout * 1000)
        except PlaywrightTimeout:  # a subresource that never ends: the page is taken as it is
            self.stats.inc_value("browser/load_timeout")
            logger.info("%s: no load event within %.0f s", page.url, self.config.quiet_timeout)

    async def _drain(
        self, page: Page, capture: PageCapture, request: Request, settled: int
    ) -> None:
        """Archive what the page fetched; the item points at the document now shown.
        `settled`: the page's navigations before its scroll through, a move during the
        scroll (a script sending the reader on) is one before the read (`_read_settled`:
        the document it went to is loaded, scrolled and read)."""
        capture.settled_at = settled
        await capture.drain(self.config.quiet_timeout)
        document = capture.document_for(page.url)
        if document is not None:
            request.meta[DOCUMENT_RECORD_META] = document

    async def _read_settled(
        self,
        page: Page,
        content: Callable[[], Awaitable[str]],
        capture: PageCapture,
        request: Request,
    ) -> str:
        """The page's HTML (scrapy-playwright's `page.content()`), read once it stays put.

        A page that replaces itself (location.replace at or after "load": a consent or
        edition redirect) read as it moved failed ("the page is navigating"), and was
        retried, its close sometimes never answered. Such a page is read after its next
        document loaded and went quiet, that document archived and the item made from it.
        """
        wait_quiet = partial(
            capture.wait_quiet, page, self.config.settle_time, self.config.quiet_timeout
        )
        for _ in range(MAX_MOVES):
            if not capture.moved(page):
                capture.held = page  # its moves refused from now on (PageCapture.hold_route)
                try:
                    html = await content()
                except PlaywrightError as exc:
                    if NAVIGATING not in exc.message:
                        raise
                else:
                    if not capture.moved(page):
                        self._not_an_error_page(page, request)
                        await self._read_done(page, capture, request)
                        return html
                capture.held = None
                capture.after_read.clear()  # not read after all: its fetches archived
            self.stats.inc_value("browser/moved_before_read")
            logger.info("%s moved on as it was read: read once it settles", page.url)
            await wait_quiet()  # the move's own request done: its document committed
            await self._wait_load(page)
            await wait_quiet()
            settled = capture.navigations
            await self._scroll_through(page, capture)
            await self._drain(page, capture, request, settled)
        capture.held = page
        html = await content()
        self._not_an_error_page(page, request)
        await self._read_done(page, capture, request)
        return html

    async def _read_done(self, page: Page, capture: PageCapture, request: Request) -> None:
        """The address of the document read, as read (scrapy-playwright asks it only after
        the page's close), and its screenshot: the page, held, is on that document still.
        A fragment the page set itself (a scrollspy's `#part-3` as it was scrolled through)
        is no part of it: the item and the rendered DOM record were named `…#part-3`, the
        record tied to no document."""
        capture.read_url = _as_read(page.url, request.url)
        read = capture.read_url
        shown = is_archivable(read) and read not in capture.in_viewer  # not a PDF
        if capture.archive and self.config.screenshot and shown:
            await self._keep_screenshot(page, capture, request)

    def _not_an_error_page(self, page: Page, request: Request) -> None:
        """A page that moved to a document the browser could not load (an address the
        network policy refuses, a name that does not resolve) shows Chromium's error page:
        it was archived as a rendered DOM and the spider made an item of it. Named here,
        counted, not retried (the page would move the same way)."""
        if not page.url.startswith(ERROR_PAGE):
            return
        self.stats.inc_value(MOVED_TO_ERROR_STAT)
        why = (
            "the rendered page moved to a document the browser could not load (Chromium's"
            " error page is no page of the site); not parsed, no item"
        )
        logger.warning("could not fetch %s: %s", request.url, why)
        raise MovedToErrorPage(why)

    async def _keep_screenshot(self, page: Page, capture: PageCapture, request: Request) -> None:
        try:
            timeout = self.config.action_timeout * 1000
            png = await page.screenshot(full_page=True, timeout=timeout)
        except PlaywrightError as exc:
            logger.info("no screenshot of %s: %s", page.url, exc.message.split("\n", 1)[0])
            self.stats.inc_value("browser/resources/screenshot_failed")
            return
        if _as_read(page.url, request.url) != capture.read_url:  # about:blank, pushState
            logger.info("no screenshot of %s: the page went on to %s", capture.read_url, page.url)
            self.stats.inc_value("browser/resources/screenshot_failed")
            return
        capture.send_resource(capture.read_url, "screenshot", "image/png", png)
