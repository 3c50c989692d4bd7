"""Crawl extensions for tests that SIGKILL their own process at a chosen moment.

`KillAfterItems`: right after the Nth item is out.
`KillAfterRecords`: right after the crawl state saved the Nth item's capture.

An item sink placed after the feed and the WARC metadata record, before the
crawl state (newsarchive.itemsinks): the kill lands between an item's line and
the state's record of its article, the narrowest window there is.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.itemsinks import ORDER, item_sinks
from newsarchive.shared_scheduler import ResumableScheduler

BEFORE_STATE = ORDER["state"] - 1


class KillAfterItems:
    def __init__(self, count: int) -> None:
        self.left = count

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAfterItems:
        count = crawler.settings.getint("TEST_KILL_AFTER_ITEMS")
        if count < 1:
            raise NotConfigured
        extension = cls(count)
        item_sinks(crawler).add(extension.item_scraped, BEFORE_STATE)
        return extension

    def item_scraped(self, item: Any, response: Any) -> None:
        self.left -= 1
        if self.left == 0:
            os.kill(os.getpid(), signal.SIGKILL)


class KillOnResponse:
    """SIGKILL on the response of the first URL ending in TEST_KILL_ON_RESPONSE: the page is
    downloaded (and archived) but its callback never runs."""

    def __init__(self, ending: str) -> None:
        self.ending = ending

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillOnResponse:
        ending = crawler.settings.get("TEST_KILL_ON_RESPONSE")
        if not ending:
            raise NotConfigured
        extension = cls(ending)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        return extension

    def response_received(self, response: Any) -> None:
        if response.url.endswith(self.ending):
            os.kill(os.getpid(), signal.SIGKILL)


def crash_on_page(page: Any) -> Any:
    """Extraction whose worker dies (exit 9) on the page whose URL ends in
    TEST_CRASH_EXTRACT_ON (an environment variable: it reaches the worker processes)."""
    from newsarchive.articles import article_item

    ending = os.environ.get("TEST_CRASH_EXTRACT_ON")
    if ending and page.url.endswith(ending):
        os._exit(9)
    return article_item(page)


class CrashingExtractPipeline:
    """The extraction pipeline with `crash_on_page` as its extraction (module-level:
    the workers receive it by name)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        from newsarchive.pipelines import ExtractArticlePipeline

        pipeline = ExtractArticlePipeline.from_crawler(crawler)
        pipeline._extract_page = crash_on_page
        return pipeline


class KillAfterStateItems(KillAfterItems):
    """SIGKILL right after the Nth item's capture went to the crawl state (and after
    what a shared crawl does once the state has it): with the SQLite state's batched
    commits, before that batch is committed."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAfterItems:
        count = crawler.settings.getint("TEST_KILL_AFTER_STATE_ITEMS")
        if count < 1:
            raise NotConfigured
        extension = cls(count)
        item_sinks(crawler).add(extension.item_scraped, ORDER["state"] + 10)
        return extension


class KillAfterRecords(KillAfterItems):
    """SIGKILL right after the crawl state saved the Nth item's capture (and the held page's
    release), before any later sink: with a Redis state, between the article's record and
    anything a shared crawl counts after it (the life record's count, before it moved into
    the record's transaction)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAfterItems:
        count = crawler.settings.getint("TEST_KILL_AFTER_RECORDS")
        if count < 1:
            raise NotConfigured
        extension = cls(count)
        item_sinks(crawler).add(extension.item_scraped, ORDER["state"] + 1)
        return extension


class StallingScheduler(ResumableScheduler):
    """The shared scheduler, its process stalled once for TEST_STALL_SECONDS (as a box with a
    load of 15 stalls it: no heartbeat meanwhile) before its next pop once the crawl has
    TEST_STALL_AFTER_ITEMS items out."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResumableScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.stall_after = crawler.settings.getint("TEST_STALL_AFTER_ITEMS")  # type: ignore[attr-defined]
        scheduler.stall = crawler.settings.getfloat("TEST_STALL_SECONDS")  # type: ignore[attr-defined]
        return scheduler

    def _next_request(self) -> Any:
        stats = self.crawler.stats
        scraped = stats.get_value("item_scraped_count", 0) if stats else 0
        if self.stall and scraped >= self.stall_after:  # type: ignore[attr-defined]
            time.sleep(self.stall)  # type: ignore[attr-defined]
            self.stall = 0.0  # type: ignore[attr-defined]
        return super()._next_request()


class KillAtWarcFile:
    """SIGKILL right after the crawl's WARC writer opened its TEST_KILL_AT_WARC_FILE-th file
    (its `.open` name shown), before the group that made it open that file is written."""

    def __init__(self, crawler: Crawler, count: int) -> None:
        self.crawler = crawler
        self.count = count

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAtWarcFile:
        count = crawler.settings.getint("TEST_KILL_AT_WARC_FILE")
        if count < 1:
            raise NotConfigured
        extension = cls(crawler, count)
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        return extension

    def engine_started(self) -> None:
        from tests.plugins.full_warc import warc_extension

        writer = warc_extension(self.crawler).archiver.writer
        open_next = writer._open_next

        def opening() -> None:
            open_next()
            if writer.files_opened == self.count:
                os.kill(os.getpid(), signal.SIGKILL)

        writer._open_next = opening  # type: ignore[method-assign]


class KillAfterJoin:
    """SIGKILL in spider_opened, after the shared crawl's extension (earlier in EXTENSIONS)
    joined or started its run, before any request of the worker's own reached the queue."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAfterJoin:
        crawler.signals.connect(cls.spider_opened, signal=signals.spider_opened)
        return cls()

    @staticmethod
    def spider_opened() -> None:
        os.kill(os.getpid(), signal.SIGKILL)
