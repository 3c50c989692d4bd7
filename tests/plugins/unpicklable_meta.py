"""A downloader middleware for tests: every request of a host named in
TEST_UNPICKLABLE_HOST gets a meta value pickle cannot take (a lock) on its way, as a
middleware keeping a live object for its own use might put there."""

from __future__ import annotations

import threading

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

KEY = "test_live_lock"


class UnpicklableMeta:
    def __init__(self, host: str) -> None:
        self.host = host

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnpicklableMeta:
        host = crawler.settings.get("TEST_UNPICKLABLE_HOST")
        if not host:
            raise NotConfigured
        return cls(host)

    def process_request(self, request: Request) -> None:
        if self.host in request.url:
            request.meta[KEY] = threading.Lock()
