"""A crawl extension for tests: the crawl state's file stops growing after the Nth item.

SQLite's own size cap (`PRAGMA max_page_count`) on the state's connection makes
its next write that needs a new page fail with SQLITE_FULL, as a full disk does,
and SQLite rolls the whole open batch back, as it does on a full disk.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.state.run import crawl_state


class StateFileFullAfterItems:
    def __init__(self, crawler: Crawler, count: int) -> None:
        self.crawler = crawler
        self.left = count

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateFileFullAfterItems:
        count = crawler.settings.getint("TEST_STATE_FULL_AFTER_ITEMS")
        if count < 1:
            raise NotConfigured
        extension = cls(crawler, count)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any) -> None:
        self.left -= 1
        if self.left == 0:
            db = crawl_state(self.crawler).store._db  # type: ignore[union-attr]
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
