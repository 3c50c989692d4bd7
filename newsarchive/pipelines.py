"""Item pipelines: fetched article pages become article items."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from newsarchive.articles import article_item, missing_fields
from newsarchive.items import ArticleItem, ArticlePage

logger = logging.getLogger(__name__)


class ExtractArticlePipeline:
    """Turns `ArticlePage` into `ArticleItem`, extracting off the reactor thread.

    Parsing a page costs milliseconds of CPU; run on the reactor it would stall
    every download in flight. A page that fails to extract is still archived
    (the WARC extension wrote it before any pipeline ran): its item carries the
    provenance, and the failure is counted.
    """

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractArticlePipeline:
        assert crawler.stats is not None
        return cls(crawler.stats)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        try:
            article: ArticleItem = await maybe_deferred_to_future(deferToThread(article_item, item))
        except Exception as exc:
            logger.warning("extraction failed for %s: %r", item.url, exc)
            self.stats.inc_value(f"extract/failed/{type(exc).__name__}")
            article = ArticleItem(
                url=item.url,
                site=item.site,
                fetched_at=item.fetched_at,
                warc_file=item.warc_file,
                warc_record_id=item.warc_record_id,
                warc_offset=item.warc_offset,
            )
        self.stats.inc_value("extract/items")
        for name in missing_fields(article):
            self.stats.inc_value(f"extract/missing/{name}")
        return article
