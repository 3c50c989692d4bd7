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

A host's rest is kept in `HostHolds` (one per crawl). `PacedScheduler`, the crawl's
scheduler, keeps a resting host's requests until their time: a request handed to the
downloader counts against CONCURRENT_REQUESTS while it waits there, so the requests of
one host that asked for a minute's rest used to fill it and hold every other host of
the crawl too. A request that reaches `PaceMiddleware` early all the same (on its way
when the answer came, or past robots.txt's first read) goes back to it. A shared crawl's
scheduler (newsarchive.shared_scheduler) keeps a host's Retry-After rest in Redis, for
every worker, and the host's requests there too; with another scheduler a request waits
in `PaceMiddleware`, after robots.txt is read and before the downloader's slot.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, cast

import scrapy
from scrapy import Request, Spider, signals
from scrapy.core.scheduler import Scheduler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import CallLaterResult, call_later
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from newsarchive.numbers import ascii_digits

if TYPE_CHECKING:
    from scrapy.core.engine import ExecutionEngine

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})
STAT_WAITS = "network/retry_after/waits"  # answers whose Retry-After was waited for
STAT_SECONDS = "network/retry_after/seconds"  # their seconds, summed (whole)
STAT_TOO_LONG = "network/retry_after/too_long"  # not waited for, not retried
STAT_ASSUMED = "network/retry_after/assumed"  # 429s without one: NETWORK_RETRY_429_WAIT
STAT_CRAWL_DELAY = "network/crawl_delay/hosts"  # hosts paced by their Crawl-delay
STAT_KEPT = "network/pace/kept"  # requests the scheduler kept back while their host rested


class HostHolds:
    """When each host (host:port) may next be asked, on the monotonic clock: the one record
    of a crawl's Retry-After and Crawl-delay rests, written by PaceMiddleware and read by
    it and by PacedScheduler."""

    def __init__(self) -> None:
        self._not_before: dict[str, float] = {}
        self._rest_listeners: list[Callable[[str, float], None]] = []

    def wait(self, host: str) -> float:
        """Seconds until `host` may be asked (<= 0: now)."""
        return self._not_before.get(host, 0.0) - time.monotonic()

    def hold(self, host: str, until: float) -> bool:
        """No request to `host` before `until`; whether that is later than its hold was."""
        if until <= self._not_before.get(host, 0.0):
            return False
        self._not_before[host] = until
        return True

    def rest(self, host: str, seconds: float) -> bool:
        """A server's own ask for rest (Retry-After): held here, and told to the listeners
        (a shared crawl's scheduler keeps it in Redis, for every worker)."""
        held = self.hold(host, time.monotonic() + seconds)
        for listener in self._rest_listeners:
            listener(host, seconds)
        return held

    def on_rest(self, listener: Callable[[str, float], None]) -> None:
        self._rest_listeners.append(listener)


_HOLDS: weakref.WeakKeyDictionary[Crawler, HostHolds] = weakref.WeakKeyDictionary()


def host_holds(crawler: Crawler) -> HostHolds:
    """The crawl's HostHolds (made at the first ask)."""
    return _HOLDS.setdefault(crawler, HostHolds())


def request_host(request: Request) -> str:
    return urlparse_cached(request).netloc.lower()


# A request PaceMiddleware handed back to PacedScheduler: taken again past the dupefilter.
RETURNED = "pace_returned"
# A request PacedScheduler gave out: it may go back there. One the engine downloads for a
# component (robots.txt, its retries) never passed it: handed back, the engine would ask
# for it again at once, and again, while the host rests.
SCHEDULED = "pace_scheduled"


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
    if ascii_digits(value):
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

    def __init__(self, config: PaceConfig, stats: StatsCollector, holds: HostHolds) -> None:
        self.config = config
        self.stats = stats
        self.holds = holds
        self._crawl_delay: dict[str, float] = {}  # host: seconds between request starts

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PaceMiddleware:
        assert crawler.stats is not None
        config = PaceConfig.from_settings(crawler.settings)
        middleware = cls(config, crawler.stats, host_holds(crawler))
        crawler.signals.connect(middleware.robots_parsed, signal=signals.robots_parsed)
        return middleware

    async def process_request(self, request: Request) -> Request | None:
        host = request_host(request)
        scheduled = request.meta.pop(SCHEDULED, False)  # not carried into its copies
        if self.holds.wait(host) > 0 and scheduled:
            # on its way when its host's rest began: back to the scheduler, which keeps it
            return request.replace(meta={**request.meta, RETURNED: True})
        while (wait := self.holds.wait(host)) > 0:  # not from PacedScheduler: waits here
            await asyncio.sleep(wait)  # the time may move on while this waits
        delay = self._crawl_delay.get(host)
        if delay:
            self.holds.hold(host, time.monotonic() + delay)
        return None

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
        self._hold(request_host(request), seconds, request, response, said)
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
        if self.holds.rest(host, seconds):
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


# Where Scrapy 2.19's engine keeps the call that has it ask its scheduler for requests
# (private: there is no public one)
ENGINE_WAKE = ("_slot", "nextcall", "schedule")
_TOLD: weakref.WeakSet[Any] = weakref.WeakSet()  # engines whose crawl was told it has none


def engine_waker(engine: ExecutionEngine | None) -> Callable[[], None] | None:
    """The call that has Scrapy's engine ask its scheduler for requests now; None, said in
    one ERROR line, if this Scrapy has none. Scrapy 2.19 has no public one (its engine asks
    when a download ends, a request is crawled, and at a 5 s heartbeat; `crawl()` would put
    a request through the dupefilter again): this is its own `_slot.nextcall.schedule`, the
    call it makes, at most once a tick. The one use of engine internals, read once when a
    scheduler opens; without it a resting host's requests go out at the engine's next ask.
    tests/test_politeness_wake.py fails by name when Scrapy changes it, and runs the
    fallback."""
    found: Any = engine
    for name in ENGINE_WAKE:
        found = getattr(found, name, None)
    if callable(found):
        return cast("Callable[[], None]", found)
    if engine is not None:  # said once a crawl, though its scheduler and the shared crawl's
        if engine in _TOLD:  # extension both ask (weak: a finished crawl's engine goes)
            return None
        _TOLD.add(engine)
    logger.error(
        "Scrapy %s's engine has no %s (written for Scrapy 2.19): a resting host's requests"
        " go out at the engine's next download or 5 s heartbeat, up to 5 s late",
        scrapy.__version__,
        ".".join(ENGINE_WAKE),
    )
    return None


class PacedScheduler(Scheduler):
    """Scrapy's scheduler, keeping a resting host's requests (HostHolds) until their time.

    The engine hands the downloader requests while fewer than CONCURRENT_REQUESTS are in
    it, waiting ones included: held here, a resting host's requests leave it free for the
    crawl's other hosts. A kept request goes out before the queue's, once due; the engine
    is woken then (it asks on its own only when a download ends, or every 5 s). Kept
    requests go back into the queue at the close, so a JOBDIR keeps them."""

    def open(self, spider: Spider) -> Deferred[None] | None:
        assert self.crawler is not None
        self.holds = host_holds(self.crawler)
        self._kept: list[tuple[float, int, Request]] = []  # (due, order, request): a heap
        self._order = itertools.count()
        self._timer: tuple[float, CallLaterResult] | None = None
        self._wake_engine = engine_waker(self.crawler.engine)  # None: the heartbeat asks
        return super().open(spider)

    def enqueue_request(self, request: Request) -> bool:
        if request.meta.pop(RETURNED, False):  # seen by the dupefilter when first queued
            if not self._dqpush(request):
                self._mqpush(request)
            return True
        return super().enqueue_request(request)

    def next_request(self) -> Request | None:
        try:
            while True:
                request = self._due() or super().next_request()
                if request is None:
                    return None
                wait = self.holds.wait(request_host(request))
                if wait <= 0:
                    request.meta[SCHEDULED] = True
                    return request
                self._keep(request, wait)
        finally:
            self._arm()

    def has_pending_requests(self) -> bool:
        return bool(self._kept) or super().has_pending_requests()

    def __len__(self) -> int:
        return super().__len__() + len(self._kept)

    def close(self, reason: str) -> Deferred[None] | None:
        if self._timer is not None:
            self._timer[1].cancel()
            self._timer = None
        for _, _, request in sorted(self._kept):
            if not self._dqpush(request):
                self._mqpush(request)
        self._kept.clear()
        return super().close(reason)

    def _due(self) -> Request | None:
        if self._kept and self._kept[0][0] <= time.monotonic():
            return heapq.heappop(self._kept)[2]
        return None

    def _keep(self, request: Request, wait: float) -> None:
        heapq.heappush(self._kept, (time.monotonic() + wait, next(self._order), request))
        assert self.stats is not None
        self.stats.inc_value(STAT_KEPT)

    def _arm(self) -> None:
        """A wake-up when the first kept request is due (one timer, the earliest)."""
        if not self._kept:
            return
        due = self._kept[0][0]
        if self._timer is not None:
            if self._timer[0] <= due:
                return
            self._timer[1].cancel()
        self._timer = (due, call_later(max(0.0, due - time.monotonic()), self._wake))

    def _wake(self) -> None:
        """The first kept request is due: the engine asks for requests again."""
        self._timer = None
        if self._wake_engine is not None:
            self._wake_engine()
