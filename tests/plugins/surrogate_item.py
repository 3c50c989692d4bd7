"""A crawl extension for tests: the Nth item's title ends in a lone surrogate, as a page makes it.

A page's JSON-LD may escape half of an emoji's surrogate pair ("Storm \\ud83d"),
cut by its CMS: `json.loads` gives a str no UTF-8 encoder takes. Set here, as an
item sink before the items feed, on item TEST_SURROGATE_ITEM.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.itemsinks import ORDER, item_sinks

CUT_EMOJI = "\ud83d"


class SurrogateTitle:
    def __init__(self, count: int) -> None:
        self.left = count

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SurrogateTitle:
        count = crawler.settings.getint("TEST_SURROGATE_ITEM")
        if count < 1:
            raise NotConfigured
        extension = cls(count)
        item_sinks(crawler).add(extension.item_sink, ORDER["feed"] - 1)
        return extension

    def item_sink(self, item: Any, response: Any) -> None:
        self.left -= 1
        if self.left == 0:
            item.title = f"{item.title} {CUT_EMOJI}"
