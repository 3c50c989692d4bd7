"""A page that could not be reached for its redirects: named once and counted.

Scrapy ends a redirect loop without a word: the hop back to a URL the chain
already asked for is dropped by the duplicate filter (the scheduler's
`request_dropped` signal), and a chain of `dont_filter` requests by
RedirectMiddleware after REDIRECT_MAX_TIMES hops, logged at DEBUG. The page
was not archived (its redirects are), no item came of it and the run report
did not count it. Here either end gives one line, `could not fetch URL:
redirect loop (A -> B -> A)` or `more than 10 redirects`, and a count
(`redirect/loop`, `redirect/too_many`; the report's `failed` as `redirect:
loop`). A redirect to a URL of another scheme (`file:`, `data:`, `ftp:`, `javascript:`)
is not followed, as in Scrapy; the page ended as an unnamed `HTTP 302` in the report.
It is named too (`could not fetch URL: redirected to a file: URL (...), not followed`,
stat `redirect/not_http`). A redirect off the site (to another host, a private or
metadata address among them) is dropped where it is scheduled (OffsiteMiddleware), at
DEBUG: the article vanished from the run. It is named, `could not fetch URL: redirected
off the site (A -> B), not followed`, and counted (`redirect/offsite`). The crawl
state never remembered such a page (it keeps only archived 200s), so the next run
tries it again. A redirect to a page the run already
fetched by another link is no failure: it is archived once, under that link.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from w3lib.url import canonicalize_url, safe_url_string

from newsarchive import request_meta as meta_keys
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)

STAT = "redirect/"  # + loop, too_many, not_http, offsite
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
SHOWN = 100  # characters of a target URL shown in the log (a data: URL holds a page)


class RedirectNotFollowed(IgnoreRequest):
    """A redirect to a URL that is not http(s): the redirect is archived, nothing more."""


class NamedRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, with a loop or too many hops named and counted."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NamedRedirectMiddleware:
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.request_dropped, signals.request_dropped)
        return middleware

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = super().process_response(request, response)
        if result is response and self._handles(request, response):
            target = _other_scheme_target(request, response)
            if target is not None:
                self._not_followed(request, target)
        return result

    def _handles(self, request: Request, response: Response) -> bool:
        """A redirect this middleware is to follow (Scrapy's conditions)."""
        handled = getattr(self.crawler.spider, "handle_httpstatus_list", ())
        return not (
            response.status not in REDIRECT_STATUSES
            or request.meta.get("dont_redirect", False)
            or response.status in handled
            or response.status in request.meta.get("handle_httpstatus_list", ())
            or request.meta.get("handle_httpstatus_all", False)
        )

    def _not_followed(self, request: Request, target: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(STAT + "not_http")
        scheme = target.split(":", 1)[0].lower()
        shown = target if len(target) <= SHOWN else target[:SHOWN] + "..."
        logger.warning(
            "could not fetch %s: redirected to a %s: URL (%s), not followed",
            request.url,
            scheme,
            shown,
        )
        raise RedirectNotFollowed(f"redirected to a {scheme}: URL")

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        try:
            return filtered(super()._redirect(redirected, request, reason), request)
        except IgnoreRequest:
            chain = [*request.meta.get("redirect_urls", []), request.url, redirected.url]
            self._failed(chain, "too_many", f"more than {self.max_redirect_times} redirects")
            raise

    def request_dropped(self, request: Request) -> None:
        """A hop the scheduler dropped as already seen: a loop when its own chain had it;
        a hop dropped as offsite: a page that left the site."""
        earlier = request.meta.get("redirect_urls") or []
        if not earlier:
            return
        if request.meta.get(meta_keys.OFFSITE_DROPPED):
            if request.meta.get(meta_keys.REQUISITE):
                return  # an image moved to a CDN the profile does not name: no page failed
            chain = [*earlier, request.url]
            self._failed(chain, "offsite", "redirected off the site", "not followed")
        elif request.url in earlier:
            self._failed([*earlier, request.url], "loop", "redirect loop")

    def _failed(self, chain: list[str], kind: str, what: str, then: str = "") -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(STAT + kind)
        hops = " -> ".join(chain if len(chain) <= 6 else [*chain[:3], "...", *chain[-2:]])
        tail = f", {then}" if then else ""
        logger.warning("could not fetch %s: %s (%s)%s", chain[0], what, hops, tail)


class ReloadingMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta refresh, and the HTTP `Refresh:` header it never read, except one
    naming the page itself: that is a reload timer
    (`<meta http-equiv="refresh" content="300; url=https://site/politics/">` on news
    front and section pages), not a redirect. Scrapy followed it to the same URL, the
    duplicate filter dropped that, and the page was never parsed: a section read as a
    redirect loop, with none of its articles.

    `Refresh: 0; url=/story` (a moved page answering 200, an interstitial of any type)
    is the same instruction as the meta tag (browsers follow both): Scrapy handed the
    interstitial to the spider as the page. It is followed now, under the meta tag's
    rules (METAREFRESH_ENABLED, METAREFRESH_MAXDELAY, `dont_redirect`, not for HEAD;
    not for a robots.txt, whose rules are read as served: followed, the front page was
    read as rules, none, and what it disallowed was crawled),
    the header first, as browsers take it. The hop is a new request: the network guard
    and the spider's scope check it like any redirect; the answer carrying the header
    is archived as served."""

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = self._followed(request, response)
        if isinstance(result, Request):
            # the crawl state saw a 200 (it sits nearer the downloader) and kept it as the
            # article, counted new: a page that moves on is no article of its own, as a 3xx
            # is not. Kept, it was "unchanged" next run and its target never asked again.
            state = getattr(self.crawler, CRAWL_STATE, None)
            if isinstance(state, CrawlStateRun):
                state.forget(request.url)
        return result

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        return filtered(super()._redirect(redirected, request, reason), request)

    def _followed(self, request: Request, response: Response) -> Request | Response:
        header = response.headers.get(b"Refresh")
        if header and self._follows(request):
            refresh = parse_refresh(_header_text(header), response.url)
            if refresh is not None:
                return self._refresh(request, response, *refresh)
        if isinstance(response, HtmlResponse):
            try:
                _, target = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            except ValueError:  # "url=http://[bad/x": no address a browser would move to
                return response
            if target and _names_itself(target, request, response):
                return response
            # a rendered page's scripts ran in Chromium, which made (or refused) the move
            rendered = bool(request.meta.get(meta_keys.RENDER))
            moved = None if target or rendered else script_move(response)
            if moved and self._follows(request):
                return self._refresh(request, response, 0, moved, "script move")
        return super().process_response(request, response)

    def _follows(self, request: Request) -> bool:
        url = urlparse_cached(request)
        return not (
            request.meta.get("dont_redirect", False)
            or request.method == "HEAD"
            or url.scheme not in {"http", "https"}
            or url.path == "/robots.txt"  # rules, read as served: no page to move on from
        )

    def _refresh(
        self,
        request: Request,
        response: Response,
        interval: float,
        target: str | None,
        reason: str = "refresh header",
    ) -> Request | Response:
        if not target or _names_itself(target, request, response):
            return response  # a reload timer
        if interval >= self._maxdelay:
            return response
        redirected = self._redirect_request_using_get(request, response, target)
        if urlparse_cached(redirected).scheme not in {"http", "https"}:
            return response
        return self._redirect(redirected, request, reason)


# A script whose whole code is one move to a literal address: `location.replace("/x")`,
# `window.location.href = '/x'`, `location.assign("/x")` (a moved article's or a consent
# hop's stub, which a browser leaves at once).
_SCRIPT_MOVE = re.compile(
    r"""(?:(?:window|self|top|document)\.)?location
    (?:\.(?:replace|assign)\s*\(\s*(?P<q1>["'])(?P<call>[^"'\s]+)(?P=q1)\s*\)
      |(?:\.href)?\s*=\s*(?P<q2>["'])(?P<set>[^"'\s]+)(?P=q2))""",
    re.VERBOSE,
)
STUB_BYTES = 32 * 1024  # a stub is small: a section page's megabytes are not read twice
STUB_TEXT = 200  # characters a reader sees on a stub ("Redirecting...", "click here")


def script_move(response: HtmlResponse) -> str | None:
    """The absolute address a script-only stub moves to, or None. Only a small page
    with next to no text a reader sees, one of whose scripts is nothing but the move:
    a page with an article's text is read even if a script would move it (a mobile or
    AMP switch), and a move on a condition (`if (...) location.href = ...`) is no stub's."""
    if len(response.body) > STUB_BYTES:
        return None
    seen = response.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
        " or ancestor::template)]"
    ).getall()
    if len(" ".join(" ".join(seen).split())) > STUB_TEXT:
        return None
    for code in response.xpath("//script[not(@src)]/text()").getall():
        match = _SCRIPT_MOVE.fullmatch(code.strip().removesuffix(";").rstrip())
        if match:
            try:
                return urljoin(response.url, safe_url_string(match["call"] or match["set"]))
            except ValueError:  # "http://[bad/x": no address a browser would move to
                return None
    return None


# HTML's "shared declarative refresh steps": a time, then an optional `;` or `,`, an
# optional `url=`, and the URL, perhaps quoted.
_REFRESH = re.compile(
    r"""[ \t\n\f\r]*(?P<time>\d+)?(?P<fraction>\.[\d.]*)?[ \t\n\f\r]*[;,]?[ \t\n\f\r]*
    (?:url[ \t\n\f\r]*=[ \t\n\f\r]*)?(?P<url>.*)""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)


def parse_refresh(value: str, base: str) -> tuple[float, str | None] | None:
    """(seconds, absolute URL or None) of a `Refresh` header value; None when it has no
    time (as browsers, which then ignore it)."""
    match = _REFRESH.match(value)
    if match is None or (match["time"] is None and match["fraction"] is None):
        return None
    seconds = float(match["time"] or 0)
    url = match["url"].strip(" \t\n\f\r")
    if url[:1] in {"'", '"'}:
        url = url[1:].split(url[0], 1)[0]
    if not url:
        return seconds, None
    return seconds, urljoin(base, safe_url_string(url))


def _header_text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _other_scheme_target(request: Request, response: Response) -> str | None:
    """The Location of a redirect, when it leads to a scheme other than http(s)."""
    location = response.headers.get(b"Location")
    if not location:
        return None
    target = urljoin(request.url, safe_url_string(_header_text(location).strip()))
    return None if urlsplit(target).scheme.lower() in {"http", "https"} else target


def _names_itself(target: str, request: Request, response: Response) -> bool:
    """`target` is the page, or a URL of the redirects that led to it."""
    chain = (*request.meta.get("redirect_urls", ()), request.url, response.url)
    return canonicalize_url(target) in {canonicalize_url(url) for url in chain}


def filtered(redirected: Request, request: Request) -> Request:
    """A listing page's redirect goes through the duplicate filter (`FILTERED_REDIRECTS`):
    Scrapy gives it its request's dont_filter, which a retry sets. A section's first page
    retried (a timeout, a 503) and then redirected to a page already read (another
    section's first page, one's next page, in a shared crawl by another worker) was
    fetched and read a second time."""
    if request.meta.get(meta_keys.FILTERED_REDIRECTS):
        redirected.dont_filter = False
    return redirected
