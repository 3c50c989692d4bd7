"""An article whose claim a shared run refused over `max_articles` waits again
(`Frontier.wait_again`, `news/articles_waiting_again`): its first request passed the
duplicate filter and was refused where it was fetched (`OVER_LIMIT`).

- The waiting list keeps its cap (MAX_WAITING) for these too, as for articles listed past
  the limit (`Frontier.wait`): one over it is counted as not asked
  (`news/articles_skipped_max`), and a later listing of it still asks for it. Before, refused
  claims grew the list past the cap.
- Listed again while it waits, with a place free, it is asked past the duplicate filter,
  which saw its first request. Before, that request was dropped there: counted in
  `news/articles_dropped`, its place handed to the next waiting article, and the article
  itself never asked again.

A real spider built by Scrapy, its real scheduler and duplicate filter; the engine's two
steps (enqueue, then `request_dropped` when refused) are made here in its order."""

from __future__ import annotations

from scrapy import Request, signals
from scrapy.core.scheduler import Scheduler
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsarchive.request_meta import OVER_LIMIT
from newsarchive.spiders.frontier import MAX_WAITING
from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.sources import Entry

SITE = "http://news.test"
LISTING = f"{SITE}/politics/"
FIRST, SECOND = f"{SITE}/politics/harbour-crane-1", f"{SITE}/politics/tram-line-2"


class _Engine:
    """What the engine does with a request a handler crawls: scheduled, or dropped."""

    def __init__(self, scheduler: Scheduler) -> None:
        self.scheduler = scheduler
        self.crawled: list[Request] = []

    def crawl(self, request: Request) -> None:
        self.crawled.append(request)
        self.schedule(request)

    def schedule(self, request: Request) -> bool:
        if self.scheduler.enqueue_request(request):
            return True
        crawler = self.scheduler.crawler
        crawler.signals.send_catch_log(signals.request_dropped, request=request)
        return False


def _spider() -> tuple[NewsSpider, _Engine]:
    """A news spider (max_articles=1) and the scheduler its requests go to."""
    settings = {"SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue"}
    crawler = get_crawler(NewsSpider, settings)
    crawler.settings.frozen = False  # a news spider sets its site's politeness, as in a crawl
    spider = NewsSpider.from_crawler(crawler, site="demo", base_url=SITE, max_articles="1")
    crawler.spider = spider
    scheduler = build_from_crawler(Scheduler, crawler)
    scheduler.crawler = crawler
    scheduler.open(spider)
    engine = _Engine(scheduler)
    crawler.engine = engine  # type: ignore[assignment]
    return spider, engine


def _listed(spider: NewsSpider, *urls: str) -> list[Request]:
    return list(spider._follow([Entry(u) for u in urls], HtmlResponse(LISTING), set(), "politics"))


def _claim_refused(spider: NewsSpider, engine: _Engine) -> Request:
    """FIRST asked for, scheduled, and its claim refused over the shared limit."""
    (first,) = _listed(spider, FIRST, SECOND)
    assert first.url == FIRST
    assert engine.schedule(first)
    assert engine.scheduler.next_request() is first
    first.meta[OVER_LIMIT] = True  # what the state's downloader middleware marks
    assert list(spider._refused(first)) == []
    return first


def test_an_article_waiting_again_and_listed_again_is_asked_past_the_duplicate_filter() -> None:
    spider, engine = _spider()
    _claim_refused(spider, engine)
    stats = spider.crawler.stats
    assert stats.get_value("news/articles_waiting_again") == 1

    again = _listed(spider, FIRST)  # a place is free: listed again, it is asked now
    assert [r.url for r in again] == [FIRST]
    for request in again:
        engine.crawl(request)

    assert stats.get_value("news/articles_dropped") is None
    assert [r.url for r in engine.crawled] == [FIRST]  # SECOND still waits its turn
    assert engine.scheduler.next_request() is again[0]
    assert stats.get_value("news/articles_requested") == 2  # FIRST, then FIRST again


def test_an_article_waiting_again_obeys_the_waiting_lists_cap() -> None:
    spider, engine = _spider()
    (first,) = _listed(spider, FIRST)
    assert engine.schedule(first)
    filler = [f"{SITE}/politics/filler-{n}" for n in range(MAX_WAITING)]
    assert _listed(spider, *filler) == []  # all past the limit: the waiting list is full
    first.meta[OVER_LIMIT] = True
    assert list(spider._refused(first)) == []

    stats = spider.crawler.stats
    waiting = list(spider.frontier.waiting_for(MAX_WAITING + 1))
    assert len(waiting) == MAX_WAITING
    assert FIRST not in {w.article for w in waiting}
    assert stats.get_value("news/articles_waiting_again") is None
    assert stats.get_value("news/articles_skipped_max") == MAX_WAITING + 1  # FIRST counted too

    # nothing lost: listed again with a place free, it is asked past the duplicate filter
    (again,) = _listed(spider, FIRST)
    engine.crawl(again)
    assert stats.get_value("news/articles_dropped") is None
    assert engine.scheduler.next_request() is again
