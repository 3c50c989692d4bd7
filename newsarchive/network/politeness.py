"""What a server asks of the crawl's pace: `Retry-After` and robots.txt's `Crawl-delay`.

Scrapy retries a 429 or 503 at once, whatever its `Retry-After` says (twice, then
gives up: three requests within a second to a server that asked for a minute's
rest), and reads robots.txt for Allow/Disallow only, never `Crawl-delay`. Here a
host that answers 429/503 with `Retry-After` (seconds or an HTTP-date) gets no
request at all until then, the retry included (a 429 without one, for
`NETWORK_RETRY_429_WAIT`, doubled at each retry); a wait longer than
`NETWORK_RETRY_AFTER_MAX` is not waited for and not retried (one line: the page
is left for a later run). A robots.txt `Crawl-delay` for our user agent spaces the
starts of the host's requests by that much (at most `NETWORK_CRAWL_DELAY_MAX`), on
top of `DOWNLOAD_DELAY` and AutoThrottle, which may only shorten their own delay.

Requests wait in `process_request`, after robots.txt is read and before the
downloader's slot, so the wait holds for every request to the host, retries too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})
STAT_WAITS = "network/retry_after/waits"  # answers whose Retry-After was waited for
STAT_SECONDS = "network/retry_after/seconds"  # their seconds, summed (whole)
STAT_TOO_LONG = "network/retry_after/too_long"  # not waited for, not retried
STAT_ASSUMED = "network/retry_after/assumed"  # 429s without one: NETWORK_RETRY_429_WAIT
STAT_CRAWL_DELAY = "network/crawl_delay/hosts"  # hosts paced by their Crawl-delay


@dataclass(frozen=True)
class PaceConfig:
    retry_after_max: float  # s; a longer Retry-After is not waited for
    backoff_429: float  # s before a 429 without Retry-After is retried (doubled each retry)
    crawl_delay_max: float  # s; a longer Crawl-delay is cut to this (0: ignored)
    user_agent: str  # whose Crawl-delay is read

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> PaceConfig:
        # ranges checked by newsarchive.checks before any component is built
        agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or "*"
        return cls(
            settings.getfloat("NETWORK_RETRY_AFTER_MAX"),
            settings.getfloat("NETWORK_RETRY_429_WAIT"),
            settings.getfloat("NETWORK_CRAWL_DELAY_MAX"),
            str(agent),
        )


def retry_after_seconds(value: str, sent: str | None, now: float) -> float | None:
    """Seconds a Retry-After value asks for; None when it is neither form.

    An HTTP-date is measured from the answer's own `Date` when it has one, so a
    server whose clock is off asks for what it meant."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    until = _http_date(value)
    if until is None:
        return None
    base = _http_date(sent or "")
    start = base.timestamp() if base is not None else now
    return max(0.0, until.timestamp() - start)


def _http_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


class PaceMiddleware:
    """Holds a host's requests while it asked for rest, and spaces them by its Crawl-delay."""

    def __init__(self, config: PaceConfig, stats: StatsCollector) -> None:
        self.config = config
        self.stats = stats
        self._not_before: dict[str, float] = {}  # host: no request starts before (monotonic)
        self._crawl_delay: dict[str, float] = {}  # host: seconds between request starts

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PaceMiddleware:
        assert crawler.stats is not None
        middleware = cls(PaceConfig.from_settings(crawler.settings), crawler.stats)
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        return middleware

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).netloc.lower()
        while (wait := self._not_before.get(host, 0.0) - time.monotonic()) > 0:
            await asyncio.sleep(wait)  # the time may move on while this waits
        delay = self._crawl_delay.get(host)
        if delay:
            self._not_before[host] = max(self._not_before.get(host, 0.0), time.monotonic() + delay)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in RETRY_AFTER_STATUSES:
            return response
        seconds = self._asked(response)
        said = f"Retry-After {seconds:g} s" if seconds is not None else ""
        if seconds is None and response.status == 429:  # "too many", but for how long?
            seconds = self.config.backoff_429 * 2 ** int(request.meta.get("retry_times", 0))
            said = f"no Retry-After, so {seconds:g} s"
            self.stats.inc_value(STAT_ASSUMED)
        if not seconds:
            return response
        if seconds > self.config.retry_after_max:
            request.meta["dont_retry"] = True  # RetryMiddleware leaves it to the spider
            self.stats.inc_value(STAT_TOO_LONG)
            logger.warning(
                "%s answered HTTP %d with %s, longer than NETWORK_RETRY_AFTER_MAX (%g s):"
                " not retried, left for a later run",
                request.url,
                response.status,
                said,
                self.config.retry_after_max,
            )
            return response
        self._hold(urlparse_cached(request).netloc.lower(), seconds, request, response, said)
        return response

    @staticmethod
    def _asked(response: Response) -> float | None:
        """The seconds the answer's Retry-After asks for; None: it has none we can read."""
        header = response.headers.get(b"Retry-After")
        if header is None:
            return None
        date = response.headers.get(b"Date")
        sent = date.decode("latin-1") if date else None
        return retry_after_seconds(header.decode("latin-1"), sent, time.time())

    def _hold(
        self, host: str, seconds: float, request: Request, response: Response, said: str
    ) -> None:
        """No request to `host` for `seconds` (a request not retried holds its host too)."""
        until = time.monotonic() + seconds
        if until > self._not_before.get(host, 0.0):
            self._not_before[host] = until
            logger.info(
                "%s answered HTTP %d with %s: no request to %s until then",
                request.url,
                response.status,
                said,
                host,
            )
        self.stats.inc_value(STAT_WAITS)
        self.stats.inc_value(STAT_SECONDS, round(seconds))

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        reader = getattr(robotparser, "crawl_delay", None)
        if not callable(reader) or not self.config.crawl_delay_max:
            return
        asked = reader(self.config.user_agent)
        if not asked or asked <= 0:
            return
        host = urlparse_cached(request).netloc.lower()
        delay = min(float(asked), self.config.crawl_delay_max)
        self._crawl_delay[host] = delay
        self.stats.inc_value(STAT_CRAWL_DELAY)
        cut = f" (NETWORK_CRAWL_DELAY_MAX; it asks {asked:g} s)" if delay < asked else ""
        logger.info(
            "robots.txt of %s asks a Crawl-delay: %g s between requests%s", host, delay, cut
        )
