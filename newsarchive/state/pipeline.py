"""Article items learn which version of the page they come from.

A re-fetched article whose body did not change adds nothing new: its item is
dropped (counted as `state/items/unchanged`; the earlier run exported it).
A changed article's item carries `version` (1 for the first body seen) and
`previous_capture`, the WARC-Date under which the version before is archived.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector

from newsarchive.items import ArticleItem
from newsarchive.state.run import CrawlStateRun, crawl_state


class ArticleVersionPipeline:
    def __init__(self, state: CrawlStateRun, stats: StatsCollector) -> None:
        self.state = state
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleVersionPipeline:
        assert crawler.stats is not None
        state = crawl_state(crawler)
        if not state.persistent:
            raise NotConfigured("no crawl state: every article item is new")
        return cls(state, crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        outcome = self.state.take_outcome(item.url)
        if outcome is None:
            return item
        if outcome.kind in ("unchanged", "not_modified"):
            self.stats.inc_value("state/items/unchanged")
            raise DropItem(f"unchanged since version {outcome.version}", log_level="DEBUG")
        item.version = outcome.version
        item.previous_capture = outcome.previous_capture
        return item
