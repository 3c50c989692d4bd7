"""A page that could not be reached for its redirects: named once and counted.

Scrapy ends a redirect loop without a word: the hop back to a URL the chain
already asked for is dropped by the duplicate filter (the scheduler's
`request_dropped` signal), and a chain of `dont_filter` requests by
RedirectMiddleware after REDIRECT_MAX_TIMES hops, logged at DEBUG. The page
was not archived (its redirects are), no item came of it and the run report
did not count it. Here either end gives one line, `could not fetch URL:
redirect loop (A -> B -> A)` or `more than 10 redirects`, and a count
(`redirect/loop`, `redirect/too_many`; the report's `failed` as `redirect:
loop`). The crawl state never remembered such a page (it keeps only archived
200s), so the next run tries it again. A redirect to a page the run already
fetched by another link is no failure: it is archived once, under that link.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.response import get_meta_refresh
from w3lib.url import canonicalize_url

logger = logging.getLogger(__name__)

STAT = "redirect/"  # + loop, too_many


class NamedRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, with a loop or too many hops named and counted."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NamedRedirectMiddleware:
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.request_dropped, signals.request_dropped)
        return middleware

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        try:
            return super()._redirect(redirected, request, reason)
        except IgnoreRequest:
            chain = [*request.meta.get("redirect_urls", []), request.url, redirected.url]
            self._failed(chain, "too_many", f"more than {self.max_redirect_times} redirects")
            raise

    def request_dropped(self, request: Request) -> None:
        """A hop the scheduler dropped as already seen: a loop when its own chain had it."""
        earlier = request.meta.get("redirect_urls") or []
        if request.url in earlier:
            self._failed([*earlier, request.url], "loop", "redirect loop")

    def _failed(self, chain: list[str], kind: str, what: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(STAT + kind)
        hops = " -> ".join(chain if len(chain) <= 6 else [*chain[:3], "...", *chain[-2:]])
        logger.warning("could not fetch %s: %s (%s)", chain[0], what, hops)


class ReloadingMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta refresh, except one naming the page itself: that is a reload timer
    (`<meta http-equiv="refresh" content="300; url=https://site/politics/">` on news
    front and section pages), not a redirect. Scrapy followed it to the same URL, the
    duplicate filter dropped that, and the page was never parsed: a section read as a
    redirect loop, with none of its articles."""

    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if isinstance(response, HtmlResponse):
            _, target = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if target and _names_itself(target, request, response):
                return response
        return super().process_response(request, response)


def _names_itself(target: str, request: Request, response: Response) -> bool:
    """`target` is the page, or a URL of the redirects that led to it."""
    chain = (*request.meta.get("redirect_urls", ()), request.url, response.url)
    return canonicalize_url(target) in {canonicalize_url(url) for url in chain}
