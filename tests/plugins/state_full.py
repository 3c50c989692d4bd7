"""A crawl extension for tests: the crawl state's file stops growing after the Nth item.

SQLite's own size cap (`PRAGMA max_page_count`) on the state's connection makes
its next write that needs a new page fail with SQLITE_FULL, as a full disk does,
and SQLite rolls the whole open batch back, as it does on a full disk.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.itemsinks import ORDER, item_sinks
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
        item_sinks(crawler).add(extension.item_scraped, ORDER["state"] - 1)
        return extension

    def item_scraped(self, item: Any, response: Any) -> None:
        self.left -= 1
        if self.left == 0:
            db = crawl_state(self.crawler).store._db  # type: ignore[union-attr]
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
