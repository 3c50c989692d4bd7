"""A redirect Chromium follows in a rendered page, stopped before its hop is sent when
robots.txt disallows where it goes.

Playwright routes no redirect hop (its route handler sees the first request of a chain only;
it lets every later hop go on by itself), so a page's `302` to a disallowed address reached
the server: not archived, but asked. A DevTools session of the page's own pauses each
document response of the page (DevTools `Fetch`, the response stage: a redirect is paused
before Chromium follows it) and lets it go on, unless it is a redirect of the main frame to
an address robots.txt disallows (`PageCapture.refuses_hop`, the host's robots.txt read
through Scrapy first if it was not yet). That redirect is archived as served (a redirect's
body is none a browser keeps): its protocol and header lines from the raw header text the
network stack reports (`Network.responseReceivedExtraInfo`), as the pause's header list
leaves out Set-Cookie (each cookie its own line, as the server sent them); and
fails as `ERR_ABORTED`, which leaves the page on the document it had (none, for the
request's own navigation: its rendering ends as robots.txt refuses a request). Only
documents are paused (a frame's go on at once, as a browser's requisites are not checked);
each pause is one answer from the reactor.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import CDPSession, Frame, Page
from playwright.async_api import Error as PlaywrightError

from newsarchive.browser.exchange import record_protocol
from newsarchive.warc.exchange import HttpExchange

logger = logging.getLogger(__name__)

# s: at most, a stopped redirect's raw header text after its pause (it comes before the pause, or
# not at all; waited for until its request ends, this only if the page's events stop)
HEAD_WAIT = 5.0
DOCUMENTS = {
    "patterns": [{"urlPattern": "*", "resourceType": "Document", "requestStage": "Response"}]
}
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# the pause's own key in its event: when its response came (the record's WARC-Date)
PAUSED_AT = "newsarchivePausedAt"
# a raw head's own key: the address of the hop it came for
HEAD_URL = "newsarchiveUrl"
# Network events that end a request: no raw head of it comes after them
ENDS = ("Network.loadingFailed", "Network.loadingFinished")
# no network buffer of this session's own (its events only; InspectorBodies keeps bodies)
NO_BUFFER = {"maxTotalBufferSize": 0, "maxResourceBufferSize": 0}

Head = tuple[str, list[tuple[str, str]]]  # a record's protocol, and header lines as served

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


def _location(headers: Iterable[tuple[str, str]]) -> str | None:
    return next((v.strip() for k, v in headers if k.lower() == "location"), None)


def served_head(extra: dict[str, Any]) -> Head:
    """A response's protocol and header lines as served, from its
    `Network.responseReceivedExtraInfo`: the lines of its raw header text (each Set-Cookie a
    line of its own), each value as its header list gives it where the list has as many for
    the name (the text drops the bytes that are no UTF-8, the list keeps them, as every
    browser record has them); else (no text given) its header list, a name's newline-joined
    values one line each."""
    pairs = [
        (name, value)
        for name, values in (extra.get("headers") or {}).items()
        if not name.startswith(":")  # HTTP/2 pseudo-headers are no header of the record
        for value in str(values).split("\n")
    ]
    text = extra.get("headersText") or ""
    if not text:
        return record_protocol(""), pairs
    listed: dict[str, list[str]] = {}
    for name, value in pairs:
        listed.setdefault(name.lower(), []).append(value)
    # lines end at CRLF only: a value's U+2028 or U+0085 (str.splitlines) is no line break
    status_line, *lines = (line.removesuffix("\r") for line in text.split("\n"))
    headers: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and headers:  # a folded line: the value goes on
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {line.strip()}")
        elif ":" in line:
            name, _, value = line.partition(":")
            headers.append((name, value.strip(" \t")))
    counts = Counter(name.lower() for name, _ in headers)
    taken: Counter[str] = Counter()
    for at, (name, _) in enumerate(headers):
        values = listed.get(name.lower(), [])
        if len(values) == counts[name.lower()]:
            headers[at] = (name, values[taken[name.lower()]])
            taken[name.lower()] += 1
    return record_protocol(status_line.split(" ", 1)[0]), headers


def redirect_exchange(
    event: dict[str, Any],
    ip_address: str | None,
    sent: list[tuple[str, str]] | None = None,
    head: Head | None = None,
) -> HttpExchange:
    """The paused redirect as served: its protocol and header lines `head` (`served_head`),
    else the headers of the pause (no Set-Cookie among them), no body; its request's
    headers `sent` (as Playwright read them), else as this session saw them (before
    scrapy-playwright's User-Agent, say)."""
    request = event["request"]
    protocol, response_headers = head or (
        "HTTP/1.1",
        [(h["name"], h["value"]) for h in event.get("responseHeaders") or []],
    )
    return HttpExchange(
        url=request["url"] + request.get("urlFragment", ""),
        method=request.get("method", "GET"),
        request_headers=sent if sent is not None else list(request.get("headers", {}).items()),
        request_body=b"",
        status=int(event["responseStatusCode"]),
        response_headers=response_headers,
        body=b"",
        # as the response came, not once robots.txt was read (a host's first: fetched first)
        started_at=event.get(PAUSED_AT) or datetime.now(UTC),
        protocol=protocol,
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
        # raw heads of the page's redirect responses, by network request id, as they came
        self._heads: dict[str, list[dict[str, Any]]] = {}
        # the address each main-frame document request (network id) went to last
        self._urls: dict[str, str] = {}
        self._taken: set[int] = set()  # of those, the ones matched to their pause already
        self._over: set[str] = set()  # of those, the ones that failed or finished
        self._news = asyncio.Event()  # set (and replaced) as a head comes or a request ends

    async def attach(
        self, page: Page, heads: bool = True, network: CDPSession | None = None
    ) -> None:
        """Before the page navigates (scrapy-playwright's page init callback). `heads`: the
        raw heads of redirects are wanted (the stopped one is archived), read from `network`,
        a session of the page's with its Network domain on already, else from this one's.
        Every Network event of a session comes to this process: one more such session per
        page doubles that traffic (measured: 150 images, 0.035 -> 0.10 s of CPU a page)."""
        page.on("domcontentloaded", self._on_parsed)
        page.on("framenavigated", self._on_navigated)
        try:
            session = await page.context.new_cdp_session(page)
            tree = await session.send("Page.getFrameTree")
            self.main_frame = tree["frameTree"]["frame"]["id"]
            session.on("Fetch.requestPaused", self._paused)
            if heads:
                source = network if network is not None else session
                source.on("Network.requestWillBeSent", self._sent)
                source.on("Network.responseReceivedExtraInfo", self._head)
                for ends in ENDS:
                    source.on(ends, self._ended)
                if network is None:
                    await session.send("Network.enable", NO_BUFFER)
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

    def _sent(self, event: dict[str, Any]) -> None:
        # only the main frame's documents are stopped: nothing of the page's other requests
        # (images, fetches, frames) is kept, a long-lived page's grow no state here
        if event.get("type") == "Document" and event.get("frameId") == self.main_frame:
            self._urls[event["requestId"]] = event["request"]["url"]

    def _head(self, event: dict[str, Any]) -> None:
        # only a main-frame document's redirect is ever asked for
        if event.get("statusCode") in REDIRECTS and event["requestId"] in self._urls:
            # the hop it is the head of: the request's latest sent (its events come in order)
            event[HEAD_URL] = self._urls[event["requestId"]]
            self._heads.setdefault(event["requestId"], []).append(event)
            self._changed()

    def _ended(self, event: dict[str, Any]) -> None:
        """The request is over (failed, or its last response came): the network stack reported
        the raw head of each hop of it it had (a hop from Chromium's cache, an internal
        redirect, has none)."""
        if event["requestId"] in self._urls:
            self._over.add(event["requestId"])
            self._changed()

    def _changed(self) -> None:
        self._news.set()
        self._news = asyncio.Event()

    def head_now(self, paused: dict[str, Any]) -> Head | None:
        """The paused redirect's protocol and header lines as served (`served_head`), if its
        raw head came: the one of its request (network id) and address with its status and
        Location, not taken by an earlier hop; never matched by position (a hop with no raw
        head of its own, a 301 from Chromium's cache say, would shift every later one)."""
        network_id = paused.get("networkId")
        if network_id is None:
            return None
        status, location = (
            paused.get("responseStatusCode"),
            _location((h["name"], h["value"]) for h in paused.get("responseHeaders") or []),
        )
        url = paused["request"]["url"]
        for event in self._heads.get(network_id, ()):
            if id(event) in self._taken or event.get("statusCode") != status:
                continue
            if event[HEAD_URL] != url:
                continue
            if _location((str(k), str(v)) for k, v in (event.get("headers") or {}).items()) == (
                location
            ):
                self._taken.add(id(event))
                return served_head(event)
        return None

    async def head(self, paused: dict[str, Any]) -> Head | None:
        """`head_now`, waited for until it comes or its request is over (the pause answered;
        DevTools reports the raw head apart from the pause, most often before it); at most
        HEAD_WAIT s (the page closed meanwhile, its events stopped). None: none came."""
        network_id = paused.get("networkId")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + HEAD_WAIT
        while True:
            news = self._news
            head = self.head_now(paused)
            if head is not None or network_id is None or network_id in self._over:
                return head
            left = deadline - loop.time()
            if left <= 0:
                return None
            with suppress(TimeoutError):
                await asyncio.wait_for(news.wait(), left)

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
