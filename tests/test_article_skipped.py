"""An article the crawl state drops as it is yielded gives its `max_articles` place back,
under the URL it was counted by: the one listed, kept in the request's meta. Before, the
spider gave back `request.url`, which Scrapy escapes, so an article listed with a space or
a non-ASCII letter stayed counted and used up the limit without being fetched."""

from __future__ import annotations

import pytest
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.sources import Entry


@pytest.mark.parametrize(
    "article",
    ["http://ex.org/news/harbour-ferry", "http://ex.org/news/café-opens", "http://ex.org/a b"],
)
def test_a_dropped_article_gives_its_place_back(article: str) -> None:
    crawler = Crawler(NewsSpider)
    spider: NewsSpider = crawler._create_spider(
        site="demo", base_url="http://ex.org", max_articles="1"
    )
    crawler.stats = MemoryStatsCollector(crawler)
    request = spider._article_request(article, Entry(article), None)
    assert spider.frontier.full()
    spider._article_skipped(request)  # as the state middleware's signal calls it
    assert not spider.frontier.full()
