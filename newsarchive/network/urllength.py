"""Scrapy's URL length limit, set where servers set theirs, and a URL past it named.

Scrapy drops a request whose URL is longer than URLLENGTH_LIMIT (2,083 characters by
default, an old browser's limit) at INFO, counted only in a stat no report read: an
article a listing named with a long slug or query vanished from the run. Browsers take
URLs of megabytes; servers refuse request lines past about 8 KiB (Apache's
LimitRequestLine, 8,190; nginx's 8k buffers) with a 414. The limit here is theirs, and a
request past it is named in one line and counted in the run report's `failed`.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.http import Response
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware

logger = logging.getLogger(__name__)

STAT = "urllength/request_ignored_count"  # Scrapy's name
SHOWN = 100  # characters of the URL shown in the log


class NamedUrlLengthMiddleware(UrlLengthMiddleware):
    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if len(request.url) <= self.maxlength:
            return request
        self.crawler.stats.inc_value(STAT)
        logger.warning(
            "could not fetch %s...: its URL is %s characters, longer than URLLENGTH_LIMIT (%s); "
            "not asked",
            request.url[:SHOWN],
            f"{len(request.url):,}",
            f"{self.maxlength:,}",
        )
        return None
