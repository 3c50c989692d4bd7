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
        # url -> (DevTools request id, status, headers) of each response the page received
        self.request_ids: dict[str, list[tuple[str, int, dict[str, str]]]] = defaultdict(list)

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
        headers = {name.lower(): value for name, value in response["headers"].items()}
        self.request_ids[response["url"]].append((event["requestId"], response["status"], headers))

    async def body(self, response: PlaywrightResponse) -> bytes | None:
        """The body of `response` as Playwright would give it, or None if this buffer lost it
        too, or cannot tell it apart.

        A URL fetched more than once on the page (a live ticker polled): the responses with
        its status and, if one or more have them, its very headers (a Date, an ETag, a
        length tell polls apart); if more than one is left, the body only if each is still
        held and all hold the same bytes: another response's body is never archived under
        this one's headers.
        """
        candidates = self._candidates(response)
        found: bytes | None = None
        for request_id in candidates:
            body = await self._read(request_id)
            if body is None or (found is not None and body != found):
                if len(candidates) > 1:
                    logger.debug("%s: cannot tell which held body is this one's", response.url)
                return None
            found = body
        if found is not None:
            self.stats.inc_value(STAT)
        return found

    def _candidates(self, response: PlaywrightResponse) -> list[str]:
        same = [r for r in self.request_ids.get(response.url, ()) if r[1] == response.status]
        exact = [r for r in same if r[2] == response.headers]
        return [request_id for request_id, _, _ in exact or same]

    async def _read(self, request_id: str) -> bytes | None:
        if self.session is None:
            return None
        try:
            got = await self.session.send("Network.getResponseBody", {"requestId": request_id})
        except PlaywrightError:
            return None
        body: str = got["body"]
        return base64.b64decode(body) if got["base64Encoded"] else body.encode("utf-8")
