"""Test plugin: the crawl's ExtractArticlePipeline (its worker processes, its failure
handling) with an extraction that raises on every page, its message on two lines: what a
page that breaks the extractor does to a crawl or a check."""

from __future__ import annotations

from scrapy.crawler import Crawler

from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.pipelines import ExtractArticlePipeline


def broken(page: ArticlePage) -> ArticleItem:
    raise ValueError(f"the extractor broke on {page.url}\nat its second step")


class BrokenExtractPipeline(ExtractArticlePipeline):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractArticlePipeline:
        pipeline = super().from_crawler(crawler)
        pipeline._extract_page = broken  # module-level: the workers receive it by name
        return pipeline
