"""scrapy-playwright's download handler, started on demand and blocking unwanted hosts."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from playwright.async_api import Request as PlaywrightRequest
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.statscollectors import StatsCollector
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

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


class BrowserDownloadHandler(ScrapyPlaywrightDownloadHandler):
    """Plain requests go to Scrapy's HTTP/1.1 handler; `meta["playwright"]` ones to Chromium.

    scrapy-playwright starts Playwright's driver when the engine starts; here
    it is started by the first rendered request instead, so a crawl that
    renders nothing never spawns the driver or the browser.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._launched = False
        self._launch_lock = asyncio.Lock()
        self._stats = crawler.stats
        blocked = crawler.settings.getlist("BROWSER_BLOCKED_HOSTS")
        if blocked and not crawler.settings.get("PLAYWRIGHT_ABORT_REQUEST"):
            assert crawler.stats is not None
            self.abort_request = HostBlocker(blocked, crawler.stats)

    async def _maybe_launch_in_thread(self) -> None:
        """Connected to engine_started by the parent: launching waits for a rendered request."""

    async def _ensure_launched(self) -> None:
        async with self._launch_lock:
            if not self._launched:
                await self._launch()
                self._launched = True
                if self._stats is not None:
                    self._stats.inc_value("browser/playwright_started")

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("playwright"):
            await self._ensure_launched()
        return await super().download_request(request)
