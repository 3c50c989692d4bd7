"""Bodies the browser dropped from Playwright's buffer, read again from a buffer of our own.

Playwright reads a body with the DevTools call `Network.getResponseBody` on its own
session, whose buffer is Chromium's default: a fetch()/XHR body over 20,000,000
bytes (measured with Chromium 156: 19,999,999 read, 20,000,001 not), or one pushed
out by later bodies past the page's total, is "evicted from inspector cache" before
it is read. Images and
scripts are read from Blink's memory cache instead and come whole. A second DevTools
session on the page, its network buffer as large as BROWSER_BODY_BUFFER_SIZE, keeps
its own copy of each body: a body Playwright no longer has is read from there.
Chromium fills that buffer only with what the page receives, up to the limit, and
frees it with the page.
"""

from __future__ import annotations

import base64
import logging
from collections import defaultdict
from typing import Any

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Response as PlaywrightResponse
from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

STAT = "browser/exchanges/body_from_own_buffer"  # bodies Playwright had lost, read here
MAX_BUFFER = 2**31 - 1  # DevTools takes a 32-bit integer


class InspectorBodies:
    """The page's own DevTools session: request ids by URL, and their bodies on demand."""

    def __init__(self, buffer_size: int, stats: StatsCollector) -> None:
        self.buffer_size = buffer_size
        self.stats = stats
        self.session: CDPSession | None = None
        # url -> (DevTools request id, status) of each response the page received
        self.request_ids: dict[str, list[tuple[str, int]]] = defaultdict(list)

    async def attach(self, page: Page) -> None:
        """Before navigation (scrapy-playwright's page init callback): buffer from the start."""
        if self.buffer_size <= 0:
            return
        try:
            session = await page.context.new_cdp_session(page)
            session.on("Network.responseReceived", self._response_received)
            size = min(self.buffer_size, MAX_BUFFER)
            await session.send(
                "Network.enable", {"maxTotalBufferSize": size, "maxResourceBufferSize": size}
            )
        except PlaywrightError as exc:  # not Chromium, or the page is gone already
            logger.debug("no DevTools session of our own for %s: %s", page.url, exc)
            return
        self.session = session

    def _response_received(self, event: dict[str, Any]) -> None:
        response = event["response"]
        self.request_ids[response["url"]].append((event["requestId"], response["status"]))

    async def body(self, response: PlaywrightResponse) -> bytes | None:
        """The body of `response` as Playwright would give it, or None if this buffer lost it too.

        A URL fetched more than once on the page: the first of its responses with the same
        status whose body is still held (a repeated URL most often answers the same bytes).
        """
        if self.session is None:
            return None
        for request_id, status in self.request_ids.get(response.url, ()):
            if status != response.status:
                continue
            try:
                got = await self.session.send("Network.getResponseBody", {"requestId": request_id})
            except PlaywrightError:
                continue
            self.stats.inc_value(STAT)
            body: str = got["body"]
            return base64.b64decode(body) if got["base64Encoded"] else body.encode("utf-8")
        return None
