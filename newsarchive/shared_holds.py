"""Until when a shared crawl's worker holds a request it popped: the end of its page's work.

The shared scheduler (newsarchive.shared_scheduler) notes each request it pops in this
worker's inflight hash (`<crawl>:inflight:<worker>`); the components here drop the note
once nothing is lost with the worker: when the request ends without a response
(`ReleaseHeldMiddleware`), or once its callback's links are in the shared queue and an
article page's item is done (`ReleaseHeldSpiderMiddleware`, `HeldArticlePipeline`). A
request another worker took back while this one stalled past its TTL is left to that one.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import Response

from newsarchive import signals as na_signals
from newsarchive.distributed import CRAWLER_ATTRIBUTE as SHARED_ATTRIBUTE
from newsarchive.feeds import CRAWLER_ATTRIBUTE as FEEDS_ATTRIBUTE
from newsarchive.items import ArticlePage
from newsarchive.itemsinks import ORDER, item_sinks
from newsarchive.redislink import lost, unreachable
from newsarchive.request_meta import FETCH_COUNTED, LEFT_TO_TAKER
from newsarchive.shared_keys import INFLIGHT, crawl_keys, worker_name
from newsarchive.shared_ledger import TAKEN_BACK_STAT, RedisRunLedger
from newsarchive.state.run import CRAWLER_ATTRIBUTE as STATE_ATTRIBUTE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)

INFLIGHT_META = "newsarchive_inflight"  # the request's field in its worker's inflight hash
POPPED_META = "newsarchive_popped"  # when (time.monotonic) this worker popped it
# of the requests taken back while this worker stalled (shared_ledger.TAKEN_BACK_STAT), the ones
# refused as they left the download slot's queue (not fetched here)
FETCH_REFUSED_STAT = "redis/taken_back/fetch_refused"
HELD_PAGES_ATTRIBUTE = "newsarchive_held_pages"  # the crawler's ReleaseHeldSpiderMiddleware
LATEST_POPS_ATTRIBUTE = "newsarchive_latest_pops"  # URL -> field of its last pop taken back
_ITEM_PENDING = "newsarchive_held_for_item"  # an article page: held until its item is done
_OUTPUT_DONE = "newsarchive_held_output_done"  # ... and its callback's output has gone
_OUTPUT_PENDING = "output"  # (no meta key: the output's end)
_RECORD = "newsarchive_held_record"  # ... its page's WARC record (`_by_record`)


class _Holds:
    """This worker's note of the requests it holds (`<crawl>:inflight:<worker>`)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.server: Any = None
        self.held_key = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Any) -> None:
        from scrapy_redis.connection import get_redis_from_settings

        keys = crawl_keys(self.crawler.settings, spider)
        self.server = get_redis_from_settings(self.crawler.settings)
        self.held_key = f"{keys['prefix']}:{INFLIGHT}:{worker_name()}"

    def _release(self, request: Request | None) -> None:
        if request is None:
            return
        field = request.meta.pop(INFLIGHT_META, None)
        if field and self.server is not None and not lost():  # lost: links may be missing
            with contextlib.suppress(*unreachable()):
                self.server.hdel(self.held_key, field)

    def _taken_back(self, request: Request) -> bool:
        """Whether another worker took this held request back while this one stalled past
        its TTL (alive, it looked dead): that worker's copy is the one that goes on."""
        popped = request.meta.get(POPPED_META)
        field = request.meta.get(INFLIGHT_META)
        shared = getattr(self.crawler, SHARED_ATTRIBUTE, None)
        if popped is None or not field or shared is None or self.server is None or lost():
            return False
        with contextlib.suppress(*unreachable()):
            if popped < shared.held_unsure_before():
                return not self.server.hexists(self.held_key, field)
        return False

    def _popped_again(self, request: Request, field: str | None) -> bool:
        """Whether this worker popped the request's URL (or the one it was last redirected
        from: a redirect's request) again after the copy noted as `field` was taken back
        (the scheduler keeps the last pop of those only: `latest_pops`).

        A copy whose note is unknown (None: released already) is taken for the old one: its
        claim and capture are dropped. Taken for a copy popped before another (any pop of the
        URL differed from None), a copy that was itself the latest kept its capture though
        left to the taker, which found the article unchanged and skipped it: exported by no
        one. The other way a new copy's capture is dropped: fetched again next run, no loss."""
        if not field:
            return False
        latest: dict[str, str] = getattr(self.crawler, LATEST_POPS_ATTRIBUTE, None) or {}
        urls = {request.url, *request.meta.get("redirect_urls", [])[-1:]}
        return any(latest.get(url, field) != field for url in urls)

    def _left_to_taker(self, request: Request, field: str | None = None) -> None:
        """No item from this page: the worker that took the request back exports it (before,
        both did: 13 of 60 articles exported twice in a test).

        This worker may have popped the taken-back request itself since (`field`: the old
        copy's note): the article's claim and capture are then the new copy's and stay.
        Before, the old copy's retry, refused as it woke, dropped them: the new copy's
        capture was not kept (fetched again next run, as new) and its claim was gone."""
        field = request.meta.pop(INFLIGHT_META, None) or field  # no longer this one's to release
        request.meta[LEFT_TO_TAKER] = True  # its errback: the section is not ended here
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun) and not self._popped_again(request, field):
            # its capture is not kept: the taker, finding it, skipped the article as
            # unchanged and no one exported it (1 of 60 in a test)
            state.forget(request.url)
            if isinstance(state.ledger, RedisRunLedger):
                state.ledger.taken_back(request.url)
        logger.warning(
            "Left %s to the worker that took it back while this one stalled past its TTL",
            request.url,
        )
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value(TAKEN_BACK_STAT)


class ReleaseHeldMiddleware(_Holds):
    """Outermost downloader middleware: a request that ends without a response is no
    longer held (dropped by a middleware, failed); a redirect or a retry is a new
    request, the note moving with it through the shared queue (`_SEE_AND_PUSH`).

    A response keeps its request held until its callback's links are in the shared
    queue (`ReleaseHeldSpiderMiddleware`): a worker killed between the download and
    the callback would otherwise take a section page's links with it, and the
    shared dupefilter would keep any other worker from asking for the page again.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        crawler.signals.connect(middleware.download_starting, signal=na_signals.download_starting)
        return middleware

    def spider_opened(self, spider: Any) -> None:
        super().spider_opened(spider)
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun):  # its article is claimed only while still held
            state.held_request = self.held_as

    def held_as(self, request: Request) -> tuple[str, str] | None:
        """Where (this worker's inflight hash, field) the request is held; None: not noted
        (no shared queue popped it) or Redis lost."""
        field = request.meta.get(INFLIGHT_META)
        if not field or self.server is None or lost():
            return None
        return self.held_key, field

    def process_request(self, request: Request) -> None:
        """A request another worker took back while this one stalled is that worker's now."""
        if self._taken_back(request):
            self._left_to_taker(request)
            raise IgnoreRequest("taken back by another worker while this one stalled")

    def download_starting(self, request: Request) -> str | None:
        """The same look as the request leaves its download slot's queue: it may have waited
        there (DOWNLOAD_DELAY, the slot's concurrency) through a stall past the TTL, after
        process_request let it through. Fetched then, the old copy's page went into this
        worker's WARC beside the new copy's when the worker popped the taken-back request
        again (7 of 17 in a test run), or beside the taker's elsewhere. A refusal, why."""
        counted = request.meta.pop(FETCH_COUNTED, None)  # not carried by a retry of a fetch
        if not self._taken_back(request):
            return None
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        if isinstance(counted, str) and isinstance(state, CrawlStateRun):
            state.fetch_refused(counted)
        self._left_to_taker(request)
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value(FETCH_REFUSED_STAT)
        return "taken back by another worker while this one stalled (its download waited)"

    def process_response(self, request: Request, response: Any) -> Any:
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)


class ReleaseHeldSpiderMiddleware(_Holds):
    """Outermost spider middleware: a page is no longer held once its callback's output
    has gone to the engine (its requests are in the shared queue), or it failed.

    An article page is held until its item is out and the crawl state has saved its
    capture too (an item sink after the state's; or the item was dropped): a worker
    killed in between (the item's line out, the state not told) had given the request
    up already, its next run took the line out of its items file as one the state
    never recorded, and the run's claim on the article kept every worker from fetching
    it again: the article was missing until the next run (1 of 60 in a test). Now the
    worker taking up the dead one's requests fetches it again (its item once; its record
    a revisit of the dead worker's, whose payload a shared state knew at once).
    """

    _extracting: dict[str, Request]  # article pages out to extraction, by URL (its latest copy)
    # ... and by their WARC record: a worker that popped its taken-back request again has two
    # copies of the page out at once, and an item is its own copy's (`_copy_of`)
    _by_record: dict[str, Request]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        middleware._extracting = {}
        middleware._by_record = {}
        setattr(crawler, HELD_PAGES_ATTRIBUTE, middleware)
        item_sinks(crawler).add(middleware.item_saved, ORDER["state"] + 1)
        for signal in (signals.item_dropped, signals.item_error):
            crawler.signals.connect(middleware.item_done, signal=signal)
        return middleware

    def spider_opened(self, spider: Any) -> None:
        super().spider_opened(spider)
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        if isinstance(state, CrawlStateRun):  # its capture is saved only while still held
            state.held_by = self.held_at

    def held_at(self, url: str) -> tuple[str, str] | None:
        """Where (this worker's inflight hash, field) the article page at `url` is held until
        its capture is saved; None: not held (released, or no shared crawl)."""
        request = self._extracting.get(url)
        field = request.meta.get(INFLIGHT_META) if request is not None else None
        if not field or self.server is None or lost():
            return None
        return self.held_key, field

    def item_saved(self, item: Any, response: Any = None) -> None:
        """The crawl state has the capture: released once it is on disk. A SQLite state
        (STATE_SHARED=0) commits in batches: released at once, a worker killed before
        the commit had given up an article its next run takes out of its items file
        (5 of 60 missing in a test)."""
        state = getattr(self.crawler, STATE_ATTRIBUTE, None)
        request = getattr(response, "request", None)
        if isinstance(state, CrawlStateRun) and state.taken_back and request is not None:
            url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
            if url in state.taken_back:
                state.taken_back.discard(url)
                self._take_line_back(item, request, state)
                self.item_done(item, response)
                return
        if isinstance(state, CrawlStateRun):
            state.when_committed(lambda: self.item_done(item, response))
        else:
            self.item_done(item, response)

    def _take_line_back(self, item: Any, request: Request, state: CrawlStateRun) -> None:
        """The state did not keep the capture: another worker took the page back while this
        one stalled past its TTL after its look at 310 (HeldArticlePipeline), its item on its
        way out or its line written (a stop right after the line: 1 of 60 articles exported
        by both workers in a test). That worker exports it: this one takes its line back out
        of its items files (`CrashSafeFeedExporter.take_back`). A feed that cannot be cut
        back keeps it, and the items journal stays: the next run's repair takes it out of
        a file it is the last line of (a batch closed on it), the state naming the taker's
        record, not this worker's."""
        feeds = getattr(self.crawler, FEEDS_ATTRIBUTE, None)
        taken = feeds is not None and feeds.take_back(item)
        self._left_to_taker(request)
        if taken:  # not exported here: Scrapy's count (the report's "exported") says so
            stats = self.crawler.stats
            if stats is not None:
                stats.inc_value("item_scraped_count", -1)
        else:
            state.drop_item(request.url)
        logger.warning(
            "%s the line of %s back out of the items: the worker that took its page back "
            "exports it",
            "Took" if taken else "Could not take",
            request.url,
        )

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        request = response.request
        try:
            async for output in result:
                if isinstance(output, ArticlePage) and request is not None:
                    if self._taken_back(request):
                        self._left_to_taker(request)
                        continue
                    request.meta[_ITEM_PENDING] = True  # released when the item is done
                    self._extracting[output.url] = request
                    if output.warc_record_id:
                        self._by_record[output.warc_record_id] = request
                        request.meta[_RECORD] = output.warc_record_id
                yield output
        except Exception:
            self._release(request)
            raise
        self._done_with(request, _OUTPUT_PENDING)

    def _copy_of(self, url: str, record_id: str | None) -> Request | None:
        """The request whose page gave the item: by its WARC record, else by its URL.

        By the URL alone, a copy popped again after the take-back (its page out to
        extraction while the old copy's still was) hid the old copy: the old one's item
        was checked as the new one's and went out, and its end took the new copy's entry,
        whose item went out too (the article twice in this worker's items)."""
        request = self._by_record.get(record_id) if record_id else None
        return request if request is not None else self._extracting.get(url)

    def taken_back_while_extracted(self, url: str, record_id: str | None = None) -> bool:
        """Whether the page at `url` (its WARC record `record_id`), still held for its item,
        was taken back by another worker while this one stalled during its extraction: no
        item from here then."""
        request = self._copy_of(url, record_id)  # kept for the state's save (`held_at`)
        if request is None or not self._taken_back(request):
            return False
        self._left_to_taker(request)
        return True

    def item_done(self, item: Any, response: Any = None, *args: Any, **kwargs: Any) -> None:
        """An article page's item is out and its capture saved (or the item was dropped)."""
        request = getattr(response, "request", None)
        url = getattr(response, "url", "")
        if self._extracting.get(url) is request:  # not another copy's entry
            self._extracting.pop(url, None)
        record = request.meta.pop(_RECORD, None) if request is not None else None
        if record and self._by_record.get(record) is request:
            del self._by_record[record]
        if request is not None and request.meta.get(_ITEM_PENDING):
            self._done_with(request, _ITEM_PENDING)

    def _done_with(self, request: Request | None, part: str) -> None:
        """Released once its output has gone and its item (if any) is done, in either order."""
        if request is None:
            return
        request.meta.pop(part, None)
        if part == _OUTPUT_PENDING and request.meta.get(_ITEM_PENDING):
            request.meta[_OUTPUT_DONE] = True
            return
        if part == _ITEM_PENDING and not request.meta.get(_OUTPUT_DONE):
            return  # the output's end releases it
        self._release(request)

    def process_spider_exception(self, response: Response, exception: Exception) -> None:
        self._release(response.request)


class HeldArticlePipeline:
    """Right after extraction, before the article's line, changes or version go out: an
    article this worker may not export, its page held for another worker, is dropped.

    - Another worker took the page back while this one stalled past its TTL (its
      extraction outlasted the stall): the taker exports it (before, both did).
    - This worker's Redis stopped answering: its pages stay held there for the worker
      that takes them up, and their captures cannot be recorded in the shared state.
      Before, the pages it was busy with as it stopped went out in its items and again
      in the taker's until its next start took them out (17 of 60 articles, one worker
      cut off)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        pages = getattr(self.crawler, HELD_PAGES_ATTRIBUTE, None)
        if not isinstance(pages, ReleaseHeldSpiderMiddleware) or isinstance(item, ArticlePage):
            return item
        if lost():
            raise DropItem("the shared crawl's Redis stopped answering: its page stays held")
        adapter = ItemAdapter(item) if ItemAdapter.is_item(item) else None
        url = adapter.get("url") if adapter is not None else None
        record = adapter.get("warc_record_id") if adapter is not None else None
        if isinstance(url, str) and pages.taken_back_while_extracted(url, record):
            raise DropItem("taken back by another worker while this one stalled")
        return item
