"""An idle handler of a user's own that keeps the spider open for a few idle checks.

Like a browser's or a shared crawl's handler waiting on something: it raises
DontCloseSpider at the first `TEST_KEEP_OPEN_IDLES` idle checks (each a few
seconds apart in Scrapy 2.19's engine: asked again at once is what is measured),
counting them in `test/keep_open/idles`.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured


class KeepOpen:
    def __init__(self, crawler: Crawler, idles: int) -> None:
        self.crawler = crawler
        self.idles = idles

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KeepOpen:
        idles = crawler.settings.getint("TEST_KEEP_OPEN_IDLES")
        if idles < 1:
            raise NotConfigured
        extension = cls(crawler, idles)
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        return extension

    def spider_idle(self) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("test/keep_open/idles")
        if self.crawler.stats.get_value("test/keep_open/idles") <= self.idles:
            raise DontCloseSpider
