"""Test plugin: a run's own DownloaderStats subclass, as a user writes one (it counts, as
Scrapy's does, and notes each request it saw under a stat of its own)."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.stats import DownloaderStats


class OwnDownloaderStats(DownloaderStats):
    def process_request(self, request: Request) -> Any:
        self.stats.inc_value("test/own_stats/requests")
        return super().process_request(request)
