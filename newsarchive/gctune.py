"""Python's cyclic garbage collector, tuned for a crawl's process once it has started.

By the time the engine starts, the crawl's process holds some hundreds of
thousands of objects from imports and start-up (modules, classes, functions,
settings) that live as long as it does, and every full collection walks them
all again. `GC_FREEZE` moves them out of the collector's reach (`gc.freeze()`,
after one collection so no garbage is kept), and `GC_THRESHOLD` (the first
generation's allocation threshold, Python's default 700) makes the young
collections rarer: a crawl allocates and frees short-lived containers
(requests, responses, deferreds, tasks) by the thousand a second, which
reference counting frees without the collector's help. Cycles are still
collected, only later.
"""

from __future__ import annotations

import gc

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class CollectorTuning:
    def __init__(self, freeze: bool, threshold: int) -> None:
        self.freeze = freeze
        self.threshold = threshold

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CollectorTuning:
        freeze = crawler.settings.getbool("GC_FREEZE", True)
        threshold = crawler.settings.getint("GC_THRESHOLD", 0)
        if threshold < 0:
            raise NotConfigured("GC_THRESHOLD must be 0 (Python's own) or more")
        if not freeze and not threshold:
            raise NotConfigured("garbage collector left as it is")
        tuning = cls(freeze, threshold)
        crawler.signals.connect(tuning.engine_started, signal=signals.engine_started)
        return tuning

    def engine_started(self) -> None:
        if self.threshold:
            _, older, oldest = gc.get_threshold()
            gc.set_threshold(self.threshold, older, oldest)
        if self.freeze:
            gc.collect()
            gc.freeze()
