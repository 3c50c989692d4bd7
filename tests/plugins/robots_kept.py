"""Test plugin: what the robots.txt middleware still holds when the spider closes.

`test/robots/kept` (downloaded robots.txt Responses held for a request of the crawl's
own), `test/robots/wanted` (such requests not yet answered) and `test/robots/landed` (pages
a robots.txt redirected to, held for the crawl's request of them), set at spider_closed.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from newsarchive.network.robots import NamedRobotsTxtMiddleware


class RobotsKept:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsKept:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self) -> None:
        assert self.crawler.engine is not None and self.crawler.stats is not None
        for middleware in self.crawler.engine.downloader.middleware.middlewares:
            if isinstance(middleware, NamedRobotsTxtMiddleware):
                self.crawler.stats.set_value("test/robots/kept", len(middleware._downloaded))
                wanted = len(getattr(middleware, "_wanted", ()))
                self.crawler.stats.set_value("test/robots/wanted", wanted)
                landed = len(getattr(middleware, "_landed", ()))
                self.crawler.stats.set_value("test/robots/landed", landed)
