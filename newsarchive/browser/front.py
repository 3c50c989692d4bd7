"""The browser's handler and middleware, with Playwright imported at the first rendered request.

`BrowserDownloadHandler` subclasses scrapy-playwright's handler, whose import (Playwright's
client, scrapy-playwright: ~0.15 s of CPU) every crawl paid at its first request though
most render nothing. This handler is the one place plain requests are downloaded
(Scrapy's HTTP/1.1 client, large bodies spooled, DOWNLOAD_MAX_TIME, header lines up to
256 KiB: newsarchive.network.download); it imports and builds the browser's handler, which
renders and does nothing else, when the first request marked for the browser
(`meta["playwright"]`, set by RenderMiddleware) comes. A user who names
`BrowserDownloadHandler` in DOWNLOAD_HANDLERS gets this handler too (its `from_crawler`).
`RenderOnDemand` does the same for `RenderMiddleware`, which imports Playwright's client and
the browser's handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response

from newsarchive import signals as na_signals
from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.render import RENDER_META, render_spec
from newsarchive.network.download import DownloadLimits, download_with_limits, long_header_lines

if TYPE_CHECKING:
    from newsarchive.browser.handler import BrowserDownloadHandler
    from newsarchive.browser.middleware import RenderMiddleware


class PlainFirstHandler(HTTP11DownloadHandler):
    """Plain requests here; rendered ones to a `BrowserDownloadHandler` made on demand."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler=crawler)
        self._limits = DownloadLimits.from_settings(crawler.settings)
        long_header_lines(self._pool)
        self._browser: BrowserDownloadHandler | None = None

    async def download_request(self, request: Request) -> Response:
        refuse_download(self._crawler, request)
        if not request.meta.get("playwright"):  # spooled to disk, time-limited
            return await download_with_limits(self, request, self._limits)
        return await self._browser_handler().download_request(request)

    def _browser_handler(self) -> BrowserDownloadHandler:
        if self._browser is None:
            from newsarchive.browser.handler import BrowserDownloadHandler

            self._browser = BrowserDownloadHandler(self._crawler)
        return self._browser

    async def close(self) -> None:
        """The browser is closed even when the HTTP pool's close fails: a Chromium left
        running outlives the crawl."""
        try:
            await super().close()
        finally:
            if self._browser is not None:
                await self._browser.close()


def refuse_download(crawler: Crawler, request: Request) -> None:
    """Raise IgnoreRequest if a receiver of `download_starting` refuses the request as it
    leaves its slot's queue: what a middleware saw at process_request may have changed
    during the wait (a shared crawl's worker stalled past its TTL there, and another
    worker took the request back)."""
    for _, reason in crawler.signals.send_catch_log(na_signals.download_starting, request=request):
        if isinstance(reason, str):
            raise IgnoreRequest(reason)


class RenderOnDemand:
    """`RenderMiddleware`, imported and made at the first request marked for rendering.

    Until then no request carries anything of it (its keys, its capture), so a response
    or an exception passes as the middleware would have let it.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._render: RenderMiddleware | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RenderOnDemand:
        if not crawler.settings.getbool("BROWSER_ENABLED", True):
            raise NotConfigured("BROWSER_ENABLED is off")
        BrowserConfig.from_settings(crawler.settings)  # a wrong setting stops the crawl at start
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self._render is None:
            if render_spec(request.meta.get(RENDER_META)) is None:
                return None
            from newsarchive.browser.middleware import RenderMiddleware

            self._render = RenderMiddleware.from_crawler(self.crawler)
        return self._render.process_request(request)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if self._render is None:
            return response
        return self._render.process_response(request, response)

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if self._render is None:
            return None
        return self._render.process_exception(request, exception)
