"""A crawl extension for tests: SIGKILL its own process right after the Nth item is out.

Listed after the feed exporter and the WARC extension, before the crawl state
commits (it connects at engine start): the kill lands between an item's line
and the state's record of its article, the narrowest window there is.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class KillAfterItems:
    def __init__(self, count: int) -> None:
        self.left = count

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAfterItems:
        count = crawler.settings.getint("TEST_KILL_AFTER_ITEMS")
        if count < 1:
            raise NotConfigured
        extension = cls(count)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any) -> None:
        self.left -= 1
        if self.left == 0:
            os.kill(os.getpid(), signal.SIGKILL)
