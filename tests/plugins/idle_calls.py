"""Test plugin: a crawl whose engine has no heartbeat, its idle checks written to a file.

Scrapy's engine asks an idle spider again at a 5 s heartbeat: with it pushed an hour
away, an idle worker kept open is asked again only when something wakes its engine.
Each spider_idle call appends a line to `TEST_IDLE_CALLS_FILE` (so a test knows the
worker is idle, and counts how often it was asked).
"""

from __future__ import annotations

from pathlib import Path

from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

NO_HEARTBEAT = 3600.0


class IdleCalls:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdleCalls:
        path = crawler.settings.get("TEST_IDLE_CALLS_FILE")
        if not path:
            raise NotConfigured
        # read by the engine when it starts its heartbeat, after the extensions are built
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = NO_HEARTBEAT
        extension = cls(Path(path))
        crawler.signals.connect(extension.spider_idle, signal=signals.spider_idle)
        return extension

    def spider_idle(self) -> None:
        with self.path.open("a", encoding="utf-8") as calls:
            calls.write("idle\n")
