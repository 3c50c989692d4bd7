"""A crawl extension sending SIGTERM to its own process as the spider opens: Scrapy has
taken the signal over (its handlers go in as the reactor starts) but its engine has not
started, and a graceful stop then closes no spider (no finish reason)."""

from __future__ import annotations

import os
import signal

from scrapy import signals
from scrapy.crawler import Crawler


class TermAtOpen:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TermAtOpen:
        extension = cls()
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        return extension

    def spider_opened(self) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
