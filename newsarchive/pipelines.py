"""Item pipelines: fetched article pages become article items."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from newsarchive.articles import article_item, missing_fields
from newsarchive.items import ArticleItem, ArticlePage

logger = logging.getLogger(__name__)


class ExtractArticlePipeline:
    """Turns `ArticlePage` into `ArticleItem`, extracting off the reactor thread.

    Parsing a page costs milliseconds of CPU; run on the reactor it would stall
    every download in flight. It runs in a small pool of its own rather than the
    reactor's, which Scrapy also uses for DNS lookups. A page that fails to
    extract is still archived (the WARC extension wrote it before any pipeline
    ran): its item carries the provenance, and the failure is counted.
    """

    def __init__(self, stats: StatsCollector, threads: int) -> None:
        self.stats = stats
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="extract")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractArticlePipeline:
        assert crawler.stats is not None
        threads = crawler.settings.getint("EXTRACT_THREADS", 2)
        if threads < 1:
            raise NotConfigured("EXTRACT_THREADS must be at least 1")
        return cls(crawler.stats, threads)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        try:
            loop = asyncio.get_running_loop()
            article: ArticleItem = await loop.run_in_executor(self._pool, article_item, item)
        except Exception as exc:
            logger.warning("extraction failed for %s: %r", item.url, exc)
            self.stats.inc_value(f"extract/failed/{type(exc).__name__}")
            article = ArticleItem(url=item.url, site=item.site, **item.provenance.item_fields())
        self.stats.inc_value("extract/items")
        for name in missing_fields(article):
            self.stats.inc_value(f"extract/missing/{name}")
        return article

    def close_spider(self) -> None:
        self._pool.shutdown(wait=True)
