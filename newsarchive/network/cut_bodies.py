"""Bodies that did not come whole: archived as they came, never parsed as if whole.

With DOWNLOAD_FAIL_ON_DATALOSS off (the project's setting) Scrapy hands on a
body that ended before its Content-Length or inside a bad chunk, flagged
`dataloss`, instead of failing the download; newsarchive.network.download hands
on one still arriving at DOWNLOAD_MAX_TIME, flagged `time_limit`. The WARC
extension has already archived either, as served, with `WARC-Truncated:
disconnect` or `time` (what Heritrix and wpull write for a connection that
dropped or ran out of time mid-body). This middleware, next to the downloader
and before the crawl state sees the answer, retries a disconnect like a failed
download (RETRY_TIMES, reason `dataloss`; a time cut is not retried: it would
take as long again); when no try brought the body whole it drops the response
with one line. No spider parses part of a page, so no article item is made of
it and the crawl state does not remember the article (the next run fetches it
again). Each cut capture stays in the WARC.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from newsarchive.request_meta import SPOOLED_BODY
from newsarchive.warc.scrapy_exchange import truncation

logger = logging.getLogger(__name__)

RETRIED = "disconnect"  # a connection dropped mid-body may not drop again
UNPARSED_STAT = "warc/truncated_unparsed/"  # + the WARC-Truncated reason
WHY = {
    "disconnect": "body cut short on every try",
    "time": "body cut at DOWNLOAD_MAX_TIME",
}


class TruncatedResponse(IgnoreRequest):
    """A body that did not come whole: archived, not parsed."""


class CutBodyMiddleware:
    """Retries a body cut short; drops a cut body, counted, when no try brought it whole."""

    def __init__(self, crawler: Crawler, stats: StatsCollector) -> None:
        self.crawler = crawler
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CutBodyMiddleware:
        assert crawler.stats is not None
        return cls(crawler, crawler.stats)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        reason = truncation(response.flags)
        if reason is None:
            return response
        if reason == RETRIED and not request.meta.get("dont_retry"):
            again = self._retry(request)
            if again is not None:
                return again
        self.stats.inc_value(UNPARSED_STAT + reason)
        why = f"{WHY.get(reason, 'body cut')} ({received(request, response)})"
        logger.warning(
            "could not fetch %s: %s; archived as WARC-Truncated: %s, not parsed",
            request.url,
            why,
            reason,
        )
        raise TruncatedResponse(why)

    def _retry(self, request: Request) -> Request | None:
        assert self.crawler.spider is not None
        return get_retry_request(
            request,
            spider=self.crawler.spider,
            reason="dataloss",
            max_retry_times=request.meta.get("max_retry_times"),
            give_up_log_level=logging.DEBUG,  # said once, by process_response
        )


def received(request: Request, response: Response) -> str:
    """How much of the body came, against what the server announced."""
    spooled = request.meta.get(SPOOLED_BODY)  # a large body: only in its spool file
    got = f"{spooled.size if spooled is not None else len(response.body):,} bytes"
    announced = response.headers.get(b"Content-Length")
    if announced and announced.isdigit():
        return f"{got} of {int(announced):,}"
    return f"{got} of a body of unannounced length"
