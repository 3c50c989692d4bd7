"""A redirect Chromium follows in a rendered page, stopped before its hop is sent when
robots.txt disallows where it goes.

Playwright routes no redirect hop (its route handler sees the first request of a chain only;
it lets every later hop go on by itself), so a page's `302` to a disallowed address reached
the server: not archived, but asked. A DevTools session of the page's own pauses each
document response of the page (DevTools `Fetch`, the response stage: a redirect is paused
before Chromium follows it) and lets it go on, unless it is a redirect of the main frame to
an address robots.txt disallows (`PageCapture.refuses_hop`, the host's robots.txt read
through Scrapy first if it was not yet). That redirect is archived as served from what the
pause shows (its status line and headers; a redirect's body is none a browser keeps), and
fails as `ERR_ABORTED`, which leaves the page on the document it had (none, for the
request's own navigation: its rendering ends as robots.txt refuses a request). Only
documents are paused (a frame's go on at once, as a browser's requisites are not checked);
each pause is one answer from the reactor.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import CDPSession, Frame, Page
from playwright.async_api import Error as PlaywrightError

from newsarchive.warc.exchange import HttpExchange

logger = logging.getLogger(__name__)

DOCUMENTS = {
    "patterns": [{"urlPattern": "*", "resourceType": "Document", "requestStage": "Response"}]
}
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# the pause's own key in its event: when its response came (the record's WARC-Date)
PAUSED_AT = "newsarchivePausedAt"
# whether the document's DOMContentLoaded fired
DOM_LOADED_JS = (
    "() => { const [n] = performance.getEntriesByType('navigation');"
    " return !!n && n.domContentLoadedEventStart > 0; }"
)


def redirect_target(event: dict[str, Any]) -> str | None:
    """Where a paused document response redirects to (None: it is no redirect)."""
    if event.get("responseStatusCode") not in REDIRECTS:
        return None
    headers = event.get("responseHeaders") or []
    location = next((h["value"] for h in headers if h["name"].lower() == "location"), None)
    return urljoin(event["request"]["url"], location) if location else None


def redirect_exchange(
    event: dict[str, Any],
    ip_address: str | None,
    sent: list[tuple[str, str]] | None = None,
) -> HttpExchange:
    """The paused redirect as served: its status line and headers (in the order DevTools
    gives them), no body; its request's headers `sent` (as Playwright read them), else as
    this session saw them (before scrapy-playwright's User-Agent, say)."""
    request = event["request"]
    return HttpExchange(
        url=request["url"] + request.get("urlFragment", ""),
        method=request.get("method", "GET"),
        request_headers=sent if sent is not None else list(request.get("headers", {}).items()),
        request_body=b"",
        status=int(event["responseStatusCode"]),
        response_headers=[(h["name"], h["value"]) for h in event.get("responseHeaders") or []],
        body=b"",
        # as the response came, not once robots.txt was read (a host's first: fetched first)
        started_at=event.get(PAUSED_AT) or datetime.now(UTC),
        reason=event.get("responseStatusText") or None,
        ip_address=ip_address,
        body_decoded=True,
    )


class HopGuard:
    """The page's document responses, paused in a DevTools session of its own: a main-frame
    redirect `refuses(target, event)` says no to is failed before its hop is sent."""

    def __init__(self, refuses: Callable[[str, dict[str, Any]], Awaitable[bool]]) -> None:
        self.refuses = refuses
        self.session: CDPSession | None = None
        self.main_frame: str | None = None
        self._answering: set[asyncio.Task[None]] = set()
        self._parsed = False  # the main frame's document had its DOMContentLoaded

    async def attach(self, page: Page) -> None:
        """Before the page navigates (scrapy-playwright's page init callback)."""
        page.on("domcontentloaded", self._on_parsed)
        page.on("framenavigated", self._on_navigated)
        try:
            session = await page.context.new_cdp_session(page)
            tree = await session.send("Page.getFrameTree")
            self.main_frame = tree["frameTree"]["frame"]["id"]
            session.on("Fetch.requestPaused", self._paused)
            await session.send("Fetch.enable", DOCUMENTS)
        except PlaywrightError as exc:  # not Chromium, or the page is gone already
            logger.debug("no redirect guard for %s: %s", page.url, exc)
            return
        self.session = session

    def loaded(self) -> bool:
        """Whether the main frame's document had its DOMContentLoaded (False: none yet, the
        first navigation's, or not parsed yet). Told by the page's events: DevTools'
        `Runtime.evaluate` is not answered while a navigation of the main frame is paused."""
        return self._parsed

    def _on_parsed(self, page: Page) -> None:
        self._parsed = True

    def _on_navigated(self, frame: Frame) -> None:
        if frame.parent_frame is None:  # a new document in the main frame: not parsed yet
            self._parsed = False

    def _paused(self, event: dict[str, Any]) -> None:
        event[PAUSED_AT] = datetime.now(UTC)
        task = asyncio.ensure_future(self._answer(event))
        self._answering.add(task)
        task.add_done_callback(self._answering.discard)

    async def _answer(self, event: dict[str, Any]) -> None:
        assert self.session is not None
        request_id = event["requestId"]
        target = redirect_target(event) if event.get("frameId") == self.main_frame else None
        refused = False
        if target is not None:
            try:
                refused = await self.refuses(target, event)
            except Exception:  # never left paused: the page would wait for it to its timeout
                logger.exception("the redirect to %s was not checked", target)
        try:
            if refused:
                await self.session.send(
                    "Fetch.failRequest", {"requestId": request_id, "errorReason": "Aborted"}
                )
            else:
                await self.session.send("Fetch.continueRequest", {"requestId": request_id})
        except PlaywrightError:  # the page closed meanwhile
            pass
