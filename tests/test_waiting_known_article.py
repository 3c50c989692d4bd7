"""A waiting article (listed past `max_articles`) requested later, from an errback or from
spider_idle's top-up of a shared run's freed places: neither passes the spider middlewares,
so `IncrementalSpiderMiddleware` never asked the crawl state about it. In a re-run, a known,
unchanged one went to robots and the network guard, was dropped by the downloader-side
check, and its errback counted it in `news/articles_refused_uncounted` (a skip, no article
that gave no item); it carried no Referer either.

A real spider and a real SQLite crawl state; its middlewares built by Scrapy."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.sources import Entry
from newsarchive.state.config import StateConfig
from newsarchive.state.ledger import LocalRunLedger
from newsarchive.state.middleware import IncrementalMiddleware
from newsarchive.state.run import CRAWLER_ATTRIBUTE, CrawlStateRun
from newsarchive.state.store import CrawlState
from tests.plugins.environment import project_settings
from tests.test_incremental_state import capture

SITE = "http://news.test"
LISTING = f"{SITE}/politics/"
FIRST, KNOWN, NEW = (f"{SITE}/politics/{name}" for name in ("first-1", "known-2", "new-3"))


def _rerun(
    tmp_path: Path, settings: dict[str, object] | None = None
) -> tuple[NewsSpider, CrawlStateRun]:
    """A re-run's spider (max_articles=1) whose state knows KNOWN, unchanged."""
    crawler = Crawler(NewsSpider, {**project_settings().copy_to_dict(), **(settings or {})})
    crawler.spider = crawler._create_spider(site="demo", base_url=SITE, max_articles="1")
    crawler.stats = MemoryStatsCollector(crawler)
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=1000, commit_seconds=600)
    store.save([capture(url=KNOWN)])
    config = StateConfig(path, tmp_path / "demo.lock", recheck_age=timedelta(days=3650))
    state = CrawlStateRun(config, store, None, LocalRunLedger(), crawler.stats)
    setattr(crawler, CRAWLER_ATTRIBUTE, state)
    return crawler.spider, state


def _listed(spider: NewsSpider) -> Request:
    """The listing names three articles: the first is requested, two wait past the limit."""
    entries = [Entry(url) for url in (FIRST, KNOWN, NEW)]
    (first,) = spider._follow(entries, HtmlResponse(LISTING), set(), "politics")
    assert first.url == FIRST
    return first


def test_a_waiting_known_unchanged_article_is_skipped_before_it_is_queued(
    tmp_path: Path,
) -> None:
    """The first article fails (its errback): the waiting known one is skipped by the state
    (counted as unchanged, its place given back) and the new one after it is requested,
    with the listing page as its Referer. Before, the known one was requested."""
    spider, state = _rerun(tmp_path)
    first = _listed(spider)
    refill = list(spider._refused(first))
    assert [r.url for r in refill] == [NEW]
    assert refill[0].headers.get("Referer") == LISTING.encode()
    stats = spider.crawler.stats
    assert stats.get_value("state/skipped/unchanged") == 1
    assert stats.get_value("news/articles_refused_uncounted") == 1  # the first one only
    state.close()


def test_a_known_article_dropped_where_it_is_fetched_is_no_refusal(tmp_path: Path) -> None:
    """A known, unchanged article that reached the downloader unasked (a request no spider
    middleware saw) is dropped there; its errback gives its place back, counts no article
    that gave no item, and asks for the next waiting one."""
    spider, state = _rerun(tmp_path)
    (known,) = spider._follow([Entry(KNOWN), Entry(NEW)], HtmlResponse(LISTING), set(), "politics")
    middleware = IncrementalMiddleware(state, spider.crawler, browser_renders=False)
    with pytest.raises(IgnoreRequest):
        middleware.process_request(known)
    refill = list(spider._refused(known))
    assert spider.crawler.stats.get_value("news/articles_refused_uncounted") is None
    assert [r.url for r in refill] == [NEW]
    state.close()


@pytest.mark.parametrize(
    "settings",
    [{"REFERER_ENABLED": False}, {"REFERRER_POLICY": "no-referrer"}, {"REFERRER_POLICY": "origin"}],
)
def test_a_waiting_articles_referer_follows_the_referer_settings(
    tmp_path: Path, settings: dict[str, object]
) -> None:
    """The Referer a waiting article carries is the one Scrapy's RefererMiddleware would
    give a request yielded from its listing: none with the middleware off or a policy that
    sends none, the origin only under `origin`. Before, Scrapy's default policy was taken
    whatever the settings said (the full listing URL was sent)."""
    spider, state = _rerun(tmp_path, settings)
    refill = list(spider._refused(_listed(spider)))
    assert [r.url for r in refill] == [NEW]
    expected = {"origin": f"{SITE}/".encode()}.get(str(settings.get("REFERRER_POLICY")))
    assert refill[0].headers.get("Referer") == expected
    state.close()
