"""What a worker's spiders remember of a shared crawl's run, dropped when it finds the run
started afresh while it stalled (`newsarchive.signals.run_replaced`, newsarchive.distributed).

dist-21 dropped the news spider's frontier only: its sections' listing progress (what each
section listed, its pages in a row of repeats, the cursors followed) and the news sitemaps
section pages had named stayed the old run's, so re-read in the new run a section's first
pages listed "nothing new" and ended it after LISTING_REPEAT_PAGES; the follow spider's
`seen` links were never asked again, and its start page never went into the new run.

Real Scrapy crawlers and spiders, their signals sent as the shared crawl sends them.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive import signals as na_signals
from newsarchive.spiders.follow import FollowSpider
from newsarchive.spiders.news import NewsSpider
from tests.plugins.environment import project_settings


def _spider(cls: type[Any], **args: str) -> Any:
    settings = project_settings()
    settings.set("NEWSARCHIVE_REDIS_URL", "redis://127.0.0.1:9/0")  # no Redis is reached here
    crawler = Crawler(cls, settings)
    crawler.spider = crawler._create_spider(**args)
    crawler.stats = MemoryStatsCollector(crawler)
    return crawler.spider


def _replaced(spider: Any) -> None:
    """The shared crawl's signal (no engine here: the starting points go nowhere)."""
    spider.crawler.signals.send_catch_log(na_signals.run_replaced)


def test_a_section_re_read_in_a_new_run_lists_its_articles_as_new() -> None:
    """Its first two pages read in the old run, re-read in the new one: not 'nothing new'
    (the section ended after LISTING_REPEAT_PAGES=2 pages, the rest never listed)."""
    spider = _spider(NewsSpider, site="demo", base_url="https://demo.example")
    section = next(iter(spider.options.sections))
    for page in (1, 2):
        listed = {f"https://demo.example/a/{page}-{n}" for n in range(10)}
        assert not spider.sections.page_read(section, listed, page, full=False, too_old=False)
    cursor = "next-page-token"
    assert spider.sections.follow_cursor(section, cursor)
    _replaced(spider)
    for page in (1, 2):
        listed = {f"https://demo.example/a/{page}-{n}" for n in range(10)}
        ended = spider.sections.page_read(section, listed, page, full=False, too_old=False)
        assert not ended, spider.sections.section(section)
    assert spider.sections.section(section).repeats == 0
    assert spider.sections.follow_cursor(section, cursor)  # the new run's to follow


def test_a_news_sitemap_a_page_named_in_the_old_run_is_read_in_the_new_one() -> None:
    from scrapy.http import HtmlResponse

    spider = _spider(NewsSpider, site="demo", base_url="https://demo.example")
    spider.listed.robots_named = False  # robots.txt named none: pages' news sitemaps are read
    head = '<link rel="sitemap" type="application/xml" href="/news-sitemap.xml">'
    page = HtmlResponse(
        "https://demo.example/politics/", body=f"<html><head>{head}</head></html>".encode()
    )
    first = list(spider.listed.on_page(page, ("sitemap",)))
    assert first, "the page names a news sitemap"
    _replaced(spider)
    assert list(spider.listed.on_page(page, ("sitemap",))) == first


def test_the_follow_spider_asks_again_in_a_new_run_what_it_followed_in_the_old_one() -> None:
    """Its links seen in the old run: asked again in the new one (its start page too, put
    into the new run as the news spider's starting points are)."""
    from scrapy.http import HtmlResponse

    start = "https://site.test/"
    spider = _spider(FollowSpider, url=start, depth="2")
    body = b'<html><body><a href="/one">1</a><a href="/two">2</a></body></html>'
    page = HtmlResponse(start, body=body, request=Request(start, meta={"depth": 0}))
    first = [request.url for request in spider.parse(page)]
    assert first == ["https://site.test/one", "https://site.test/two"]
    _replaced(spider)
    assert [request.url for request in spider.parse(page)] == first
