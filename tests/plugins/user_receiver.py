"""A user's own crawl extension for tests: connected to `item_scraped` directly, the Scrapy way.

For each item it counts whether the crawl state already named the item's record
when it was called (`test/user/after_state`) or not yet (`test/user/before_state`).
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.itemsinks import ORDER, item_sinks
from newsarchive.state.run import crawl_state


class UserItemReceiver:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UserItemReceiver:
        if not crawler.settings.getbool("TEST_USER_RECEIVER"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any, response: Any, spider: Any) -> None:
        assert self.crawler.stats is not None
        named = crawl_state(self.crawler).record_id_of(item.url) == item.warc_record_id
        self.crawler.stats.inc_value(f"test/user/{'after' if named else 'before'}_state")


class UserItemSink(UserItemReceiver):
    """The same writer registered as an item sink just before the crawl state's."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UserItemReceiver:
        if not crawler.settings.getbool("TEST_USER_RECEIVER"):
            raise NotConfigured
        extension = cls(crawler)
        item_sinks(crawler).add(extension.item_sink, ORDER["state"] - 1)
        return extension

    def item_sink(self, item: Any, response: Any) -> None:
        assert self.crawler.stats is not None
        named = crawl_state(self.crawler).record_id_of(item.url) == item.warc_record_id
        self.crawler.stats.inc_value(f"test/user_sink/{'after' if named else 'before'}_state")
