"""A crawl extension for tests: logs, as the crawl closes, which of the modules named in
TEST_LOADED_MODULES (comma-separated) the process has imported."""

from __future__ import annotations

import logging
import sys

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class LoadedModules:
    def __init__(self, names: list[str]) -> None:
        self.names = names

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LoadedModules:
        names = crawler.settings.getlist("TEST_LOADED_MODULES")
        if not names:
            raise NotConfigured
        extension = cls(names)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self) -> None:
        loaded = [name for name in self.names if name in sys.modules]
        logger.info("test: modules loaded at the close: %s", ",".join(loaded) or "none")
