"""An extension keeping a log file of its own, as a project's audit log would: its handler
is the program's, not the crawl's LOG_FILE. Its file is `OWN_LOG_FILE` (/dev/full in the
test: every write refused), one line written as the spider opens."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from scrapy import signals


class OwnLog:
    def __init__(self, path: str) -> None:
        self.logger = logging.getLogger("tests.own_log")
        self.logger.propagate = False
        self.handler = logging.FileHandler(path)
        self.logger.addHandler(self.handler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> OwnLog:
        ext = cls(crawler.settings.get("OWN_LOG_FILE"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.logger.warning("audit: crawl opened")

    def spider_closed(self, spider: Any) -> None:
        self.logger.removeHandler(self.handler)
        with contextlib.suppress(OSError):  # its own buffer, refused again
            self.handler.close()
