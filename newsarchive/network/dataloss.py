"""Responses cut short: archived as they came, retried, never parsed as if whole.

With DOWNLOAD_FAIL_ON_DATALOSS off (the project's setting) Scrapy hands on a
body that ended before its Content-Length or inside a bad chunk, flagged
`dataloss`, instead of failing the download: the WARC extension has already
archived it, as served, with `WARC-Truncated: disconnect` (what Heritrix and
wpull write for a connection that dropped mid-body). This middleware, next to
the downloader and before the crawl state sees the answer, retries such a
response like a failed download (RETRY_TIMES, reason `dataloss`); when the
retries are spent it drops it with one line: no spider parses half a page, so
no article item is made of it and the crawl state does not remember the article
(the next run fetches it again). Each cut capture stays in the WARC.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from newsarchive.request_meta import SPOOLED_BODY

logger = logging.getLogger(__name__)

DATALOSS_FLAG = "dataloss"  # Scrapy's flag on a response whose body was cut short
UNPARSED_STAT = "warc/truncated_unparsed/disconnect"


class TruncatedResponse(IgnoreRequest):
    """A body cut short on every try: archived, not parsed."""


class DataLossMiddleware:
    """Retries a response Scrapy flagged `dataloss`; drops it, counted, when retries are spent."""

    def __init__(self, crawler: Crawler, stats: StatsCollector) -> None:
        self.crawler = crawler
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DataLossMiddleware:
        if crawler.settings.getbool("DOWNLOAD_FAIL_ON_DATALOSS"):
            raise NotConfigured("DOWNLOAD_FAIL_ON_DATALOSS is on: a cut body fails its download")
        assert crawler.stats is not None
        return cls(crawler, crawler.stats)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if DATALOSS_FLAG not in response.flags:
            return response
        if not request.meta.get("dont_retry"):
            assert self.crawler.spider is not None
            again = get_retry_request(
                request,
                spider=self.crawler.spider,
                reason=DATALOSS_FLAG,
                max_retry_times=request.meta.get("max_retry_times"),
                give_up_log_level=logging.DEBUG,  # said once, below
            )
            if again is not None:
                return again
        self.stats.inc_value(UNPARSED_STAT)
        why = f"body cut short on every try ({received(request, response)})"
        logger.warning(
            "could not fetch %s: %s; archived as WARC-Truncated: disconnect, not parsed",
            request.url,
            why,
        )
        raise TruncatedResponse(why)


def received(request: Request, response: Response) -> str:
    """How much of the body came, against what the server announced."""
    spooled = request.meta.get(SPOOLED_BODY)  # a large body: only in its spool file
    got = f"{spooled.size if spooled is not None else len(response.body):,} bytes"
    announced = response.headers.get(b"Content-Length")
    if announced and announced.isdigit():
        return f"{got} of {int(announced):,}"
    return f"{got} of a chunked body"
