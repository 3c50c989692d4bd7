"""One article claimed once by a shared crawl's workers, whatever spelling each listed.

Two workers whose listings wrote one story as `/story` and `/story/` each claimed it in the
run's article set in Redis (keyed on the exact URL), fetched it, and took two places under
a shared `max_articles`. The set is keyed on `urlkeys.article_identity`; a worker's next
spelling of an article whose first answered 404 (it gave no item) is still asked.

A real redis-server; two workers' spiders and crawl states over one ledger (no engine).
"""

from __future__ import annotations

from redis import Redis
from scrapy.crawler import Crawler
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive.shared_keys import ARTICLES, crawl_keys
from newsarchive.shared_ledger import RedisRunLedger
from newsarchive.spiders.news import NewsSpider
from newsarchive.state.run import CRAWLER_ATTRIBUTE, CrawlStateRun
from tests.plugins.environment import project_settings
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

PREFIX = "newsarchive:test-spellings"
SITE = "http://news.test"
STORY = f"{SITE}/news/harbour-crane-lifts-first-ship"


def _worker(redis: RedisServer) -> tuple[CrawlStateRun, str]:
    """One worker's crawl state over the shared Redis ledger."""
    settings = project_settings()
    settings.set("NEWSARCHIVE_REDIS_URL", redis.url)
    settings.set("NEWSARCHIVE_REDIS_KEY", PREFIX)
    settings.set("SCHEDULER_QUEUE_KEY", f"{PREFIX}:requests")
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{PREFIX}:dupefilter")
    crawler = Crawler(NewsSpider, settings)
    crawler.spider = crawler._create_spider(url=f"{SITE}/news/", max_articles="2")
    crawler.stats = MemoryStatsCollector(crawler)
    keys = crawl_keys(crawler.settings, None)
    ledger = RedisRunLedger(crawler, Redis.from_url(redis.url), keys[ARTICLES], crawler.stats)
    state = CrawlStateRun(None, None, None, ledger, crawler.stats)
    setattr(crawler, CRAWLER_ATTRIBUTE, state)
    return state, keys[ARTICLES]


def _fresh(redis: RedisServer) -> None:
    for key in redis.client.keys(f"{PREFIX}*"):
        redis.client.delete(key)


def test_two_workers_listing_two_spellings_fetch_the_article_once(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    _fresh(redis_server)
    (one, key), (other, _) = _worker(redis_server), _worker(redis_server)
    assert one.should_fetch(STORY, None).fetch
    for spelling in (f"{STORY}/", f"{STORY}/index.html", STORY.replace("news.test", "NEWS.test")):
        decision = other.should_fetch(spelling, None)
        assert not decision.fetch, spelling
    # one place taken under the shared max_articles, not two
    assert redis_server.client.scard(key) == 1
    assert other.stats.get_value("redis/articles_fetched_elsewhere") == 3


def test_a_spelling_not_found_frees_the_article_for_the_next(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """The first spelling asked answered 404 (no item): the worker's next spelling of it is
    claimed and fetched, by this worker or by another (one listed it first)."""
    _fresh(redis_server)
    (one, key), (other, _) = _worker(redis_server), _worker(redis_server)
    assert one.should_fetch(STORY, None).fetch
    one.gave_no_item(STORY)
    assert redis_server.client.scard(key) == 0
    assert one.should_fetch(f"{STORY}/", None).fetch  # the frontier's respelling
    assert not other.should_fetch(f"{STORY}/index.html", None).fetch
    assert not one.should_fetch(STORY, None).fetch  # the one not found: not asked again
