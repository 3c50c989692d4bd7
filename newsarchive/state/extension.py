"""Opening and closing the crawl state around a run.

Listed before the WARC extension in EXTENSIONS so the run lock is taken before
any WARC file is opened: a second run of the same crawl fails to start with a
message naming the holder, and writes nothing. The lock and the database are
released when the engine stops, after the WARC files are closed.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.crawler import Crawler

from newsarchive.state.run import StateRun, close_state_run, state_run

logger = logging.getLogger(__name__)


class CrawlStateExtension:
    def __init__(self, crawler: Crawler, run: StateRun) -> None:
        self.crawler = crawler
        self.run = run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlStateExtension:
        extension = cls(crawler, state_run(crawler))
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def spider_closed(self) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("state/urls_known", self.run.store.count())

    def engine_stopped(self) -> None:
        close_state_run(self.crawler)
