"""The owner of the crawl state: opens it, puts it on the crawler, closes it.

The other components find it with `newsarchive.state.run.crawl_state(crawler)`.

Listed before the WARC extension in EXTENSIONS so the run lock is taken before
any WARC file is opened: a second run of the same crawl fails to start with a
message naming the holder, and writes nothing. An article's capture is saved
once its item is out (the WARC extension has archived it as a metadata record),
so a run killed in between fetches the article again and loses no item. The
state's writes are committed in batches (`STATE_COMMIT_WRITES`,
`STATE_COMMIT_SECONDS`), and every `STATE_COMMIT_SECONDS` here while the crawl
waits. The lock and the database are released when the engine stops.

A batch the disk could not take is lost whole (SQLite rolls it back): the run
stops (`state_write_error`, exit 1) with the state as it was at its last commit,
so the items feed's repair and the next run see a state that never lies.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.task import LoopingCall
from twisted.internet.threads import deferToThread

from newsarchive import exitcodes
from newsarchive import signals as na_signals
from newsarchive.exporters import is_plain_dataclass
from newsarchive.itemsinks import item_sinks
from newsarchive.redislink import lost as redis_lost
from newsarchive.redislink import unreachable
from newsarchive.state.run import (
    LOCKED_BY_ANOTHER,
    SIZE_LIMIT_REMEDY,
    CrawlStateRun,
    full_disk,
    open_crawl_state,
    size_limit,
)
from newsarchive.state.store import CrawlState

logger = logging.getLogger(__name__)

WRITE_ERROR = "state_write_error"  # the finish reason of a run whose state lost writes


class CrawlStateExtension:
    def __init__(self, crawler: Crawler, state: CrawlStateRun) -> None:
        self.crawler = crawler
        self.state = state
        self._flushing: LoopingCall | None = None
        self._lost_told = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlStateExtension:
        extension = cls(crawler, open_crawl_state(crawler))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        crawler.signals.connect(extension.state.run_replaced, signal=na_signals.run_replaced)
        return extension

    async def spider_opened(self) -> None:
        """An old state file's identity upgrade, said, in a thread: the engine waits for it
        before its first request (the spider's links are looked up by identity), and the
        reactor goes on meanwhile (signals, timers). Done where the file was opened, it held
        the reactor's thread for ~9 s on a 200,000-row file, without a word. Awaited, not
        returned as a Deferred: Scrapy logs a deprecation warning for that."""
        store = self.state.store
        rows = store.rows_to_key() if isinstance(store, CrawlState) else None
        if not isinstance(store, CrawlState) or rows is None:
            return
        if rows == 0:  # a new (or empty) file: its index made, nothing to say or count
            error = await maybe_deferred_to_future(deferToThread(store.upgrade_apart))
            store.identities_upgraded(error is None)  # a full disk: the first write says it
            return
        logger.info(
            "crawl state %s was written by an earlier version: keying its %s URLs by article "
            "identity (one key for http and https), once, in a thread (the crawl starts when "
            "it is done; a kill meanwhile leaves the file as it was)",
            store.path,
            f"{rows:,}",
        )
        began = time.monotonic()
        error = await maybe_deferred_to_future(deferToThread(store.upgrade_apart))
        store.identities_upgraded(error is None)
        if error is None:
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("state/urls_rekeyed", rows)
            logger.info(
                "crawl state %s: %s URLs keyed by article identity (%.1f s)",
                store.path,
                f"{rows:,}",
                time.monotonic() - began,
            )
        elif LOCKED_BY_ANOTHER in str(error):  # another program holds its write lock
            logger.warning(
                "crawl state %s: not keyed by article identity (its write lock is held); "
                "this run finds its articles by exact URL only",
                store.path,
            )
        else:  # a full disk: no lock held, as it was said, and the run's writes fail next
            why = full_disk(error, store.path) or str(error)
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("state/errors", 1)  # the run's last line says why
            exitcodes.note_write_error(self.crawler.stats, "state", store.path, error)
            logger.error(
                "cannot write the crawl state %s to key its URLs by article identity (%s); "
                "not crawling (the file is left as it was)",
                store.path,
                why,
            )
            raise CloseSpider(WRITE_ERROR)

    def engine_started(self) -> None:
        # The last item sink: an article's capture is saved only once the feed has its
        # line and the WARC extension has written its item (a flushed metadata record).
        item_sinks(self.crawler).add(self.item_done, "state")
        if self.state.lock is not None:  # it crawls: its report names a killed run before it
            self.state.lock.hand_over()
        self.crawler.signals.connect(self.item_done, signal=signals.item_dropped)
        config = self.state.config
        if self.state.persistent and config is not None and config.commit_seconds > 0:
            # a crawl waiting on slow servers still commits what it wrote
            self._flushing = LoopingCall(self._timed_flush)
            self._flushing.start(config.commit_seconds, now=False)

    def _timed_flush(self) -> None:
        """A failed commit (a full disk) stays open and is retried by the next flush: the
        timer must go on rather than stop at its first error."""
        try:
            self.state.flush()
        except sqlite3.Error as exc:
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("state/commit_errors")
            logger.error("crawl state commit failed (retried at the next commit): %s", exc)
        except unreachable():  # a shared state's Redis went away (the run's last line says so)
            return
        self._stop_if_lost()

    def _stop_if_lost(self, closing: bool = False) -> None:
        """Tell once that the state lost writes, and stop the crawl (unless it is closing)."""
        lost = self.state.lost
        if lost is None or self._lost_told:
            return
        self._lost_told = True
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("state/errors", 1)
        limited = size_limit(str(lost))  # said "disk I/O error", of a limit the next run hits too
        error, where = lost, str(self.state.path)
        if limited:  # the remedy after the file: it read "...: raise the limit ...: PATH"
            lost = sqlite3.OperationalError(f"{limited}: {SIZE_LIMIT_REMEDY}")
            error, where = sqlite3.OperationalError(limited), f"{where}; {SIZE_LIMIT_REMEDY}"
        exitcodes.note_write_error(self.crawler.stats, "state", where, error)
        logger.error(
            "cannot write the crawl state %s: %s; stopping the crawl (the next run fetches "
            "again what this one archived after the state's last commit)",
            self.state.path,
            lost,
        )
        engine = self.crawler.engine
        if not closing and engine is not None:
            deferred_from_coro(engine.close_spider_async(reason=WRITE_ERROR))

    def item_done(self, item: Any, response: Any = None) -> None:
        if is_plain_dataclass(item):  # an article item: its two fields read, no adapter built
            url, section = getattr(item, "url", None), getattr(item, "section", None)
        elif ItemAdapter.is_item(item):
            adapter = ItemAdapter(item)
            url, section = adapter.get("url"), adapter.get("section")
        else:
            return
        if isinstance(url, str) and not redis_lost():  # the item's section: the page's own
            try:  # (once Redis went away, no later item either: the lines it lacks stay last)
                self.state.commit_item(url, section if isinstance(section, str) else None)
            except unreachable():  # a shared state's Redis went away: the run stops (one line)
                return  # and the article is not recorded: fetched again
            self._stop_if_lost()

    def spider_closed(self, spider: Spider) -> None:
        if self._flushing is not None and self._flushing.running:
            self._flushing.stop()
        # the news spider's listings: a known article a sitemap named first, under its section
        section_of = getattr(getattr(spider, "sections", None), "section_of", None)
        if callable(section_of):
            self.state.name_skipped(section_of)
        try:
            self.state.commit_all()  # articles whose page gave no item
            self.state.flush()  # a batch lost now still shows in this run's stats and exit status
            self._stop_if_lost(closing=True)
            known = self.state.known_count()
        except unreachable():  # a shared state's Redis went away (the run's last line says so)
            return
        if known is not None:
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("state/urls_known", known)

    def engine_stopped(self) -> None:
        try:
            self.state.close()
        except sqlite3.Error as exc:  # still busy after SQLite's own wait: the batch is lost
            logger.error("cannot commit the crawl state %s: %s", self.state.path, exc)
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("state/errors", 1)
        except unreachable():  # a shared state's Redis went away (the run's last line says so)
            pass
        self._stop_if_lost(closing=True)
