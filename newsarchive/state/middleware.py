"""The crawl state applied to traffic: a spider middleware and a downloader middleware.

Spiders keep yielding every article they find. The spider middleware drops,
as they are yielded, the requests the crawl state (`newsarchive.state.run`, the
one place that decides) already knows it skips (a known article unchanged since
its capture, one fetched already in this run), so they never take a place in
the scheduler or a pass through the downloader middlewares (robots.txt, the
network guard, Scrapy's download counts). The downloader middleware asks the
state about the rest where they are fetched (claiming each article for this
run, so a shared crawl's dead worker gives its claims back with its requests),
makes re-fetches conditional (unless a browser renders them), and tells the
state what each answer was. It sits next to the
downloader (priority ~950): it sees the body as received, the same bytes whose
digest the WARC record carries, and by then the WARC extension has written and
flushed the record group (`response_downloaded` fires before any middleware),
so the row written here points at bytes already in the file.

Request meta it reads (set by spiders, all optional):
    newsarchive_article: True/False, whether the URL is an article page
        (default: the spider's site profile decides from the URL);
    newsarchive_listed_modified: the modification date the listing, feed or
        sitemap gave for the article (a datetime; an ISO 8601 string is read too);
    newsarchive_section: the profile section whose listing named it (per-section
        counts, when no earlier item gave the article's own section).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from urllib.parse import urldefrag

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from newsarchive import request_meta as meta_keys
from newsarchive import signals as na_signals
from newsarchive.network.robots import robots_download
from newsarchive.redislink import unreachable
from newsarchive.sites import site_profile
from newsarchive.state.policy import as_datetime
from newsarchive.state.run import CrawlStateRun, crawl_state
from newsarchive.state.run import Response as Answer
from newsarchive.state.store import Capture
from newsarchive.warc.exchange import RecordRef
from newsarchive.warc.records import digest

logger = logging.getLogger(__name__)

META_PREVIOUS = "newsarchive_state_previous"  # the Capture a re-fetch started from
META_CHECKED = "newsarchive_state_checked"  # the URL the state looked at (once a request)
CONDITIONS = ("If-None-Match", "If-Modified-Since")
META_NOT_MODIFIED = meta_keys.WARC_NOT_MODIFIED


class IncrementalSpiderMiddleware(BaseSpiderMiddleware):
    """Drops the article requests the crawl state skips before they are queued."""

    def __init__(self, crawler: Crawler, state: CrawlStateRun | None = None) -> None:
        super().__init__(crawler)
        self.state = state or crawl_state(crawler)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        return request if passes_state(self.crawler, self.state, request) else None


def passes_state(crawler: Crawler, state: CrawlStateRun, request: Request) -> bool:
    """Whether an article request is queued: False for one the crawl state skips (counted,
    `article_skipped` sent). Asked once per request (`STATE_ASKED`): by the spider middleware
    for what a callback yields, by the news spider for a waiting article it requests from
    an errback or spider_idle, whose requests pass no spider middleware (before, a known,
    unchanged one went to robots and the network guard, was dropped by the downloader-side
    check, and counted as an article that gave no item)."""
    meta = request.meta
    if (
        meta.get(META_CHECKED)
        or meta.get(meta_keys.STATE_ASKED)
        or not is_article(crawler, request)
    ):
        return True
    meta[meta_keys.STATE_ASKED] = True
    try:
        skip = state.skips(
            request.url,
            as_datetime(meta.get(meta_keys.LISTED_MODIFIED)),
            relisted=bool(meta.get(meta_keys.RELISTED)),
            listing_section=_listing_section(request),
        )
    except unreachable():  # a shared state's Redis went away: the run stops (one line);
        return False  # the page stays held in Redis, a resumed worker reads it again
    if skip is None:
        return True
    logger.debug("not requesting %s: %s", request.url, skip.why)
    crawler.signals.send_catch_log(na_signals.article_skipped, request=request)
    return False


class IncrementalMiddleware:
    """Asks the crawl state (`CrawlStateRun`) about each article request and tells it the answer."""

    def __init__(self, state: CrawlStateRun, crawler: Crawler, browser_renders: bool) -> None:
        self.state = state
        self.crawler = crawler
        # Chromium cannot render a 304: a re-fetch it renders is asked unconditionally.
        self.browser_renders = browser_renders

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        browser = crawler.settings.getbool("BROWSER_ENABLED", True)
        return cls(crawl_state(crawler), crawler, browser)

    def process_request(self, request: Request) -> None:
        if robots_download(request):  # read as rules: the crawl's own request claims the page
            return
        checked = request.meta.get(META_CHECKED)
        if isinstance(checked, str) and checked != request.url:
            self._redirected(request)
            return
        if checked:
            return
        if request.meta.get(meta_keys.REQUISITE):
            self._requisite_request(request)
            return
        if not is_article(self.crawler, request):
            return
        request.meta[META_CHECKED] = request.url
        held_request = self.state.held_request
        held = held_request(request) if held_request is not None else None
        try:
            decision = self.state.should_fetch(
                request.url,
                as_datetime(request.meta.get(meta_keys.LISTED_MODIFIED)),
                relisted=bool(request.meta.get(meta_keys.RELISTED)),
                listing_section=_listing_section(request),
                held=held,
            )
        except unreachable():  # held in Redis: a resumed worker asks again
            raise IgnoreRequest("the shared crawl state's Redis stopped answering") from None
        if not decision.fetch:
            if decision.left_to_taker:  # its errback: no article of this worker's gave no item
                request.meta[meta_keys.LEFT_TO_TAKER] = True
            if decision.over_limit:  # nor here: it frees no place under `max_articles`
                request.meta[meta_keys.OVER_LIMIT] = True
            if decision.known:  # a skip: its errback counts no article that gave no item
                request.meta[meta_keys.STATE_SKIPPED] = True
            raise IgnoreRequest(decision.why)
        if held is not None and self.state.persistent:  # counted: taken back if not fetched
            request.meta[meta_keys.FETCH_COUNTED] = decision.why
        if decision.previous is None:
            return
        request.meta[META_PREVIOUS] = decision.previous
        if decision.not_modified is not None:
            request.meta[META_NOT_MODIFIED] = decision.not_modified
        if not decision.conditional:
            return
        if self.browser_renders and request.meta.get(meta_keys.RENDER) not in (None, False):
            request.meta[meta_keys.UNCONDITIONAL] = True
            return
        for name, value in decision.conditional.items():
            request.headers[name] = value

    def _redirected(self, request: Request) -> None:
        """A redirect's target: Scrapy copied the first URL's headers and meta to it, and a
        304 to that URL's validators would be archived as a revisit of that URL's record.
        The target is asked with its own validators (the state knows it), else plainly."""
        for name in CONDITIONS:
            request.headers.pop(name, None)
        request.meta.pop(META_NOT_MODIFIED, None)
        if request.meta.get(meta_keys.REQUISITE):
            self._requisite_request(request)
            return
        request.meta[META_CHECKED] = request.url
        if request.meta.get(meta_keys.UNCONDITIONAL):  # rendered: asked plainly, as before
            return
        try:
            known = self.state.redirect_conditions(request.url)
        except unreachable():  # a shared state's Redis went away: asked plainly (the run stops)
            return
        if known is None:  # the first URL's capture stays the baseline of a 200
            return
        request.meta[META_PREVIOUS], headers, not_modified = known
        if not_modified is not None:
            request.meta[META_NOT_MODIFIED] = not_modified
        for name, value in headers.items():
            request.headers[name] = value

    def _requisite_request(self, request: Request) -> None:
        """An image, stylesheet or script an earlier run archived is asked conditionally:
        unchanged, it costs a 304 and a revisit record instead of its whole body again."""
        request.meta[META_CHECKED] = request.url
        try:
            known = self.state.requisite_conditions(request.url)
        except unreachable():  # a shared state's Redis went away: asked plainly (the run stops)
            return
        if known is None:
            return
        headers, request.meta[META_NOT_MODIFIED] = known
        for name, value in headers.items():
            request.headers[name] = value

    def process_response(self, request: Request, response: Response) -> Response:
        landed = self._landed_at(request, response)
        if landed and (request.meta.get(META_CHECKED) or is_article(self.crawler, Request(landed))):
            try:
                self.state.landed(landed)
            except unreachable():  # a shared state's Redis went away: the run stops
                pass
        if not request.meta.get(META_CHECKED) or not self.state.persistent:
            return response
        if request.meta.get(meta_keys.REQUISITE):
            self._requisite_response(request, response)
            return response
        previous: Capture | None = request.meta.get(META_PREVIOUS)
        ref: RecordRef | None = request.meta.get(meta_keys.WARC_RECORD)
        now = datetime.now(UTC)
        asked = any(request.headers.get(name) for name in CONDITIONS)
        if response.status == 304 and previous is not None and asked:
            self.state.record_not_modified(request.url, previous, _listing_section(request), now)
        elif response.status == 200:
            if ref is None:  # not archived (WARC writing off): nothing to remember
                self.state.stats.inc_value("state/not_remembered/no_record")
            else:
                answer = _answer(request, response, ref, landed)
                self.state.record_response(answer, previous, _listing_section(request), now)
        return response

    def _landed_at(self, request: Request, response: Response) -> str | None:
        """Where a rendered page went by itself (a script's `location`, a meta refresh in the
        page, a redirect the browser followed): the address it was read at, when another than
        the request's. Only a page the browser rendered: a plain answer has its request's
        address (Scrapy follows a redirect with a request of its own), and a download shared
        with another request (robots.txt's, which redirected to a page) is that page's."""
        if not self.browser_renders or request.meta.get(meta_keys.RENDER) in (None, False):
            return None
        url = urldefrag(response.url)[0]
        return url if url != urldefrag(request.url)[0] else None

    def _requisite_response(self, request: Request, response: Response) -> None:
        now = datetime.now(UTC)
        etag, modified = _header(response, b"ETag"), _header(response, b"Last-Modified")
        current: tuple[RecordRef, str] | None = request.meta.get(META_NOT_MODIFIED)
        ref: RecordRef | None = request.meta.get(meta_keys.WARC_RECORD)
        if response.status == 304 and current is not None:
            self.state.requisite_not_modified(request.url, current[1], etag, modified, now)
        elif response.status == 200 and ref is not None:
            payload_digest = ref.payload_digest or digest(response.body)
            self.state.record_requisite(request.url, payload_digest, etag, modified, now)


def is_article(crawler: Crawler, request: Request) -> bool:
    """Whether the spider marked `request` an article, else whether its profile says so."""
    flag = request.meta.get(meta_keys.ARTICLE)
    if flag is not None:
        return bool(flag)
    profile = site_profile(crawler.spider)
    return profile is not None and profile.is_article_url(request.url)


def _answer(
    request: Request, response: Response, ref: RecordRef, landed: str | None = None
) -> Answer:
    return Answer(
        # the link a listing gave may have redirected: it is remembered too; a page that
        # moved itself is remembered under the address it was read at (its item's) first
        urls=[*([landed] if landed else []), request.url, *request.meta.get("redirect_urls", [])],
        status=response.status,
        # the archived payload's digest: for a rendered page, of the document the server
        # sent (response.body is then the rendered DOM, which changes with every ad)
        digest=ref.payload_digest or digest(response.body),
        etag=_header(response, b"ETag"),
        last_modified=_header(response, b"Last-Modified"),
        record=ref,
    )


def _listing_section(request: Request) -> str | None:
    section = request.meta.get(meta_keys.LISTING_SECTION)
    return str(section) if section else None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
