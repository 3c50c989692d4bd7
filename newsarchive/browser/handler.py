"""scrapy-playwright's download handler, started on demand and blocking unwanted hosts."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from contextlib import suppress
from functools import partial
from importlib.metadata import version
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import Request as PlaywrightRequest
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.statscollectors import StatsCollector
from scrapy_playwright.handler import BrowserContextWrapper, ScrapyPlaywrightDownloadHandler

from newsarchive import scoped
from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.launch import (
    PROXY_SERVER,
    WEBRTC_PROXIED,
    chromium_args,
    has_own_proxy,
    kept_quiet,
)
from newsarchive.browser.render import CAPTURE_META, FINISH_META, READ_META
from newsarchive.network.browser import BrowserNetworkGuard
from newsarchive.network.browser_proxy import GuardProxy
from newsarchive.network.policy import NetworkPolicy

logger = logging.getLogger(__name__)


class HostBlocker:
    """Aborts browser requests to listed hosts (ads, trackers) and their subdomains.

    Used as scrapy-playwright's abort predicate; a blocked request never
    happens, so nothing of it is archived.
    """

    def __init__(self, hosts: list[str], stats: StatsCollector) -> None:
        self.hosts = frozenset(h.strip().lower().rstrip(".") for h in hosts if h.strip())
        self.stats = stats

    def blocks(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").rstrip(".")
        while host:
            if host in self.hosts:
                return True
            host = host.partition(".")[2]
        return False

    def __call__(self, request: PlaywrightRequest) -> bool:
        if self.blocks(request.url):
            self.stats.inc_value("browser/blocked")
            return True
        return False


class OneLineFailures(logging.Filter):
    """scrapy-playwright's "Closing page due to failed request" in one line.

    It logs every failed rendered request (a page that timed out, a crashed
    renderer) with a traceback and Playwright's multi-line call log, before
    the request is retried or given up, both logged and counted by us.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith("Closing page due to failed request"):
            args = record.args if isinstance(record.args, tuple) else ()
            if len(args) > 1 and isinstance(args[1], type) and issubclass(args[1], IgnoreRequest):
                return False  # a page given up on purpose: the spider's own line names it
            if (
                len(args) > 2
                and str(args[2]).startswith("Failed to download")
                and str(args[2]).endswith(": canceled")
            ):
                return False  # a file answering the request, cancelled: Scrapy fetches it
            record.exc_info = None
            record.exc_text = None
            if isinstance(record.args, tuple):
                record.args = tuple(
                    str(a).split("\n", 1)[0].strip() if isinstance(a, str) else a
                    for a in record.args
                )
        return True


# s a page's close may take before Playwright is taken to have lost its answer (below)
PAGE_CLOSE_TIMEOUT = 20.0
# s a stopped page's navigation (failed as ERR_ABORTED) may take to end before its close
STOPPED_NAVIGATION_WAIT = 5.0
# Playwright's own handler of a page's "close" event, private (Page._on_close, 1.65): no
# public call says a page closed, and scrapy-playwright frees a page's place on that event.
ON_CLOSE = "_on_close"


def close_event(page: Page) -> Callable[[], None] | None:
    """A call delivering `page`'s "close" event as Playwright does (the page closed, its
    listeners told, once: a late event is then dropped); None, said in one ERROR line,
    when this Playwright has no such handler (a name it changed)."""
    impl = getattr(page, "_impl_obj", None)
    on_close = getattr(impl, ON_CLOSE, None)
    if not callable(on_close):
        logger.error(
            "Playwright %s's Page has no %s: a page whose close it never answers is not"
            " closed, its place in scrapy-playwright's context is freed by hand instead",
            version("playwright"),
            ON_CLOSE,
        )
        return None

    def deliver() -> None:
        on_close()
        setattr(impl, ON_CLOSE, lambda: None)  # a late one: no second place freed

    return deliver


async def close_page(
    page: Page,
    close: Callable[[], Awaitable[None]],
    stats: StatsCollector | None,
    lost: Callable[[], None] | None = None,
    timeout: float | None = None,
) -> None:
    """`close()` of `page`, at most `timeout` s (PAGE_CLOSE_TIMEOUT), then `lost()`.

    A page closed while it navigates (location.replace as its content is read) is
    gone from Chromium and from Playwright's driver, but Playwright 1.65 never answers
    the close nor delivers the page's "close" event (4 pages in 10 on an idle box):
    awaited, the rendered request waited out BROWSER_PAGE_TIMEOUT, and the close of
    the timed-out page then waited forever, the crawl with it. `lost` gives the page its
    place back (free_place); without it, its "close" event is
    delivered here, if this Playwright can (close_event).
    """
    try:
        await asyncio.wait_for(close(), PAGE_CLOSE_TIMEOUT if timeout is None else timeout)
    except TimeoutError:
        if stats is not None:
            stats.inc_value("browser/page_close_unanswered")
        logger.warning(
            "the browser did not answer the close of %s within %.0f s: taken as closed",
            page.url,
            PAGE_CLOSE_TIMEOUT if timeout is None else timeout,
        )
        if lost is not None:
            lost()
        elif not page.is_closed() and (deliver := close_event(page)) is not None:
            deliver()


def free_place(
    wrappers: Mapping[str, BrowserContextWrapper],
    context: str,
    deliver: Callable[[], None] | None,
) -> None:
    """A page whose close was never answered is taken as closed: its "close" event
    delivered as Playwright would (scrapy-playwright frees its place in `context` on it),
    or, this Playwright unable to (close_event), its place freed here. A late event then
    frees it twice: one place too many in scrapy-playwright's count, harmless as the
    handler's own page slots (BrowserDownloadHandler._page_slot) bound the pages open."""
    if deliver is not None:
        deliver()
        return
    wrapper = wrappers.get(context)
    if wrapper is not None:
        wrapper.semaphore.release()


# set on a page once _adopt wrapped it
ADOPTED = "_newsarchive_adopted"
# Contexts block service workers (unless their kwargs say otherwise): a worker's own
# fetches (its script, what it caches) belong to no page, so nothing would archive them.
CONTEXT_DEFAULTS = {"service_workers": "block"}


class FinishThenRead:
    """A page's content for scrapy-playwright: RenderMiddleware's driving and archiving
    (`finish`, once: scrapy-playwright asks again after a navigation error), then `read`.

    Run as the content is asked for, after the spider's page methods: as a page method of
    its own, scrapy-playwright would wait for "load" after it up to the navigation timeout
    (one image that never ends would fail the page); ours waits a bounded time and goes on.
    """

    def __init__(
        self, finish: Callable[[Page], Awaitable[None]] | None, read: Callable[..., Awaitable[str]]
    ) -> None:
        self.finish = finish
        self.read = read

    async def __call__(self, page: Page, content: Callable[[], Awaitable[str]]) -> str:
        finish, self.finish = self.finish, None
        if finish is not None:
            await finish(page)
        return await self.read(page, content)


class BrowserTimeout(Exception):
    """A rendered request ran past BROWSER_PAGE_TIMEOUT (retried like a network timeout)."""


class BrowserDownloadHandler(ScrapyPlaywrightDownloadHandler):
    """Requests marked `meta["playwright"]`, rendered in Chromium; nothing else.

    Plain requests are `PlainFirstHandler`'s (newsarchive.browser.front), which makes
    this handler at the first rendered request. Named in DOWNLOAD_HANDLERS, this class
    gives that same front (`from_crawler`), so plain downloads have one path whichever
    of the two a user names (bodies spooled, DOWNLOAD_MAX_TIME, long header lines).

    scrapy-playwright starts Playwright's driver when the engine starts; here
    it is started by the first rendered request instead, so a crawl that
    renders nothing never spawns the driver or the browser. Scrapy's
    DOWNLOAD_TIMEOUT does not reach the browser: BROWSER_PAGE_TIMEOUT bounds a
    rendered request as a whole (a call to a browser that died can wait forever).
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        """Named in DOWNLOAD_HANDLERS: the front, which downloads plain requests and makes
        this handler (by its constructor) at the first rendered one."""
        from newsarchive.browser.front import PlainFirstHandler

        return PlainFirstHandler(crawler)

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # read and checked once, with the other BROWSER_* settings (checks.py at the start)
        self._page_timeout = BrowserConfig.from_settings(crawler.settings).page_timeout
        scoped.log_filter(crawler, logging.getLogger("scrapy-playwright"), OneLineFailures())
        self._launched = False
        self._launch_lock = asyncio.Lock()
        # a free page is waited for here, outside BROWSER_PAGE_TIMEOUT (see download_request)
        pages = crawler.settings.getint("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT", 4)
        self._pages_per_context = max(1, pages)
        self._page_slots: dict[str, asyncio.Semaphore] = {}
        self._close_events: bool | None = None  # whether Playwright has close_event's handler
        self._stats = crawler.stats
        blocked = crawler.settings.getlist("BROWSER_BLOCKED_HOSTS")
        assert crawler.stats is not None
        then: Any = getattr(self, "abort_request", None)  # PLAYWRIGHT_ABORT_REQUEST, if set
        if blocked and not crawler.settings.get("PLAYWRIGHT_ABORT_REQUEST"):
            then = HostBlocker(blocked, crawler.stats)
        # private networks first, whatever else decides (newsarchive.network)
        policy = NetworkPolicy.from_settings(crawler.settings)
        self._guard_proxy = GuardProxy(policy, crawler.stats)
        self.abort_request = BrowserNetworkGuard(
            policy, crawler.stats, then, fence=self._guard_proxy.fence
        )
        for kwargs in self.config.startup_context_kwargs.values():  # PLAYWRIGHT_CONTEXTS
            for key, value in CONTEXT_DEFAULTS.items():
                kwargs.setdefault(key, value)

    async def _maybe_launch_in_thread(self) -> None:
        """Connected to engine_started by the parent: launching waits for a rendered request."""

    async def _ensure_launched(self) -> None:
        async with self._launch_lock:
            if not self._launched:
                await self._route_through_guard()
                await self._launch()
                self._launched = True
                if self._stats is not None:
                    self._stats.inc_value("browser/playwright_started")

    async def _route_through_guard(self) -> None:
        """Chromium's connections go through the guard proxy (newsarchive.network),
        unless it is remote or configured with a proxy of its own; its args are the user's
        merged with the project's (newsarchive.browser.launch)."""
        options = self.config.launch_options
        remote = self.config.cdp_url or getattr(self.config, "connect_url", None)
        args = options.get("args", [])
        if "ignore_default_args" in options:
            options["ignore_default_args"], taken = kept_quiet(options["ignore_default_args"])
            if taken:
                logger.warning(
                    "PLAYWRIGHT_LAUNCH_OPTIONS ignore_default_args: %s kept (Chromium would"
                    " otherwise send traffic of its own: newsarchive.browser.launch)",
                    ", ".join(taken),
                )
        # Playwright's headless Blink settings, unless it was told to add none of its own
        headless = (
            bool(options.get("headless", True)) and options.get("ignore_default_args") is not True
        )
        if remote or options.get("proxy") or has_own_proxy(args):
            logger.warning(
                "the browser has its own proxy or is remote: its redirects are not checked"
                " against NETWORK_ALLOWED (first requests still are)"
            )
            if not remote:  # its WebRTC kept to that proxy all the same
                options["args"] = chromium_args(args, [WEBRTC_PROXIED], headless)
            return
        proxy = await self._guard_proxy.start()
        # <-loopback>: Chromium would otherwise bypass a proxy for loopback addresses
        guard = [f"{PROXY_SERVER}{proxy}", "--proxy-bypass-list=<-loopback>", WEBRTC_PROXIED]
        options["args"] = chromium_args(args, guard, headless)

    async def close(self) -> None:
        await super().close()
        await self._guard_proxy.close()

    async def download_request(self, request: Request) -> Response:
        if not request.meta.get("playwright"):
            raise ValueError(
                f"{request.url} is not marked for the browser: plain requests are"
                " PlainFirstHandler's (newsarchive.browser.front)"
            )
        capture = request.meta.get(CAPTURE_META)
        if capture is not None:  # the server's address, where Chromium only saw the proxy
            capture.proxy = self._guard_proxy
            capture.adopt = partial(self._adopt, request)  # by the page init callback
        await self._ensure_launched()
        # BROWSER_PAGE_TIMEOUT bounds the rendering, not the queue before it: with more
        # rendered requests in flight than pages per context, the last ones would
        # otherwise run out of time waiting for a page (on a busy machine, every retry too).
        async with self._page_slot(request):
            try:
                return await asyncio.wait_for(
                    self._unless_stopped(request, capture), self._page_timeout
                )
            except TimeoutError:
                await self._close_page_of(request)
                raise BrowserTimeout(
                    f"rendering {request.url} took over {self._page_timeout:.0f} s"
                ) from None

    async def _unless_stopped(self, request: Request, capture: Any) -> Response:
        """scrapy-playwright's rendering, ended early when the page's capture says it is to stop
        (a move robots.txt disallows aborted its parse: PageCapture._stop_if_unparsed)."""
        download = asyncio.ensure_future(super().download_request(request))
        stopped = getattr(capture, "stopped", None)
        if stopped is None:
            return await download
        stop = asyncio.ensure_future(stopped.wait())
        try:
            done, _ = await asyncio.wait({download, stop}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # BROWSER_PAGE_TIMEOUT, the crawl closing
            download.cancel()
            raise
        finally:
            stop.cancel()
        if download in done and not stopped.is_set():
            return download.result()
        download.cancel()  # stopped (the page's answer, if it came as well, is not kept)
        with suppress(asyncio.CancelledError, Exception):
            await download
        await self._close_page_of(request, timed_out=False)
        raise IgnoreRequest(
            f"its page moved to {capture.refused_unparsed} while loading,"
            f" {getattr(capture, 'stop_reason', 'which robots.txt disallows')}"
        )

    def _page_slot(self, request: Request) -> asyncio.Semaphore:
        """One slot per page scrapy-playwright will open in the request's context."""
        name = str(request.meta.get("playwright_context", "default"))
        slot = self._page_slots.get(name)
        if slot is None:
            slot = self._page_slots[name] = asyncio.Semaphore(self._pages_per_context)
        return slot

    async def _close_page_of(self, request: Request, timed_out: bool = True) -> None:
        """A page given up on is closed, so its slot in the context is freed."""
        if self._stats is not None and timed_out:
            self._stats.inc_value("browser/page_timeout")
        capture = request.meta.get(CAPTURE_META)
        page = getattr(capture, "page", None)
        if page is not None and not page.is_closed():
            ended = getattr(capture, "navigation_ended", None)
            if not timed_out and ended is not None:  # stopped (a refused redirect or move):
                await ended(page, STOPPED_NAVIGATION_WAIT)  # its navigation ends first
            with suppress(PlaywrightError):
                await page.close()  # bounded (_adopt)

    def _adopt(self, request: Request, page: Page) -> None:
        """The page of a rendered request, as scrapy-playwright made it (called from the page
        init callback, newsarchive.browser.middleware.no_popups): its close bounded
        (scrapy-playwright closes it too); its content, read by scrapy-playwright after the
        spider's page methods, read once RenderMiddleware drove and archived the page and
        the page stays put (a page that navigates itself is read after its move)."""
        if getattr(page, ADOPTED, False):  # a page scrapy-playwright was handed again
            return
        setattr(page, ADOPTED, True)
        deliver = close_event(page) if self._close_events is not False else None
        self._close_events = deliver is not None  # checked (and said) once
        context = str(request.meta.get("playwright_context", "default"))
        lost = partial(free_place, self.context_wrappers, context, deliver)
        page.close = partial(close_page, page, page.close, self._stats, lost)  # type: ignore[method-assign]
        read = request.meta.get(READ_META)
        if read is not None:
            finish = request.meta.get(FINISH_META)
            page.content = partial(FinishThenRead(finish, read), page, page.content)  # type: ignore[method-assign]
