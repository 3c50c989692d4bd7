"""An article answered with an empty 200: archived as served, never parsed, fetched again.

A server or CDN having a bad moment answers `200 OK` with no body. Parsed, the
page gave a traceback from the spider (parsel: "Selector needs text, body, or
root arguments"), an item with no title and no body, and the crawl state kept
the article as archived, so no later run fetched it again until
STATE_RECHECK_AGE: the article was lost. Here, next to the downloader and before
the crawl state sees the answer (as newsarchive.network.cut_bodies), an
article's empty 200 is logged once, counted (`download/empty_article`, the
report's `failed` as `empty body, not parsed`) and dropped: the WARC keeps the
exchange, the state does not remember the article, and the next run fetches it.
Only articles: an empty robots.txt, script or API answer is a page as served.

A `304 Not Modified` to a request that named no copy (no If-None-Match or
If-Modified-Since: the crawl state had none) leaves nothing to archive but the
304 itself. It was dropped like every 304, which the run report does not count
as a failure (a 304 to a conditional request is the state working), so the page
went unnamed. It is now named once and counted (`download/unasked_304`, the
report's `failed` as `HTTP 304 to a request naming no copy`); the state does
not remember the page, so the next run asks again.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from newsarchive.request_meta import SPOOLED_FLAG
from newsarchive.state.middleware import is_article

logger = logging.getLogger(__name__)

STAT = "download/empty_article"
UNASKED_304_STAT = "download/unasked_304"
CONDITIONS = (b"If-None-Match", b"If-Modified-Since")


class EmptyArticle(IgnoreRequest):
    """An article whose 200 carried no body: archived, not parsed."""


class EmptyArticleMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EmptyArticleMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304 and not any(request.headers.get(h) for h in CONDITIONS):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(UNASKED_304_STAT)
            logger.warning(
                "could not fetch %s: HTTP 304 Not Modified to a request naming no copy; "
                "archived, nothing to parse",
                request.url,
            )
            return response  # dropped as every 304 is (HttpErrorMiddleware)
        empty = response.status == 200 and not response.body.strip()
        if not empty or request.method == "HEAD" or SPOOLED_FLAG in response.flags:
            return response
        if self.crawler.spider is None or not is_article(self.crawler, request):
            return response
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(STAT)
        logger.warning(
            "could not fetch %s: HTTP 200 with an empty body; archived, not parsed", request.url
        )
        raise EmptyArticle("HTTP 200 with an empty body")
