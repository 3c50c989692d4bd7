"""One form of an article's URL across the spider and the crawl state: the requested one.

The spider kept an article under the URL as listed (`café`, a space, an IDN host), the crawl
state and a shared crawl's ledger under `request.url`, which Scrapy escapes (`caf%C3%A9`,
`%20`, `xn--`). An article of such a URL that gave no item never freed its place in the
run's article set in Redis: the shared `max_articles` counted it, and the run ended short.

A real redis-server; a real spider, its requests built as the crawl builds them."""

from __future__ import annotations

from redis import Redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive.shared_keys import ARTICLES, crawl_keys
from newsarchive.shared_ledger import RedisRunLedger, claimed_as
from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.sources import Entry
from newsarchive.state.run import CRAWLER_ATTRIBUTE, CrawlStateRun
from newsarchive.urlkeys import article_key
from tests.plugins.environment import project_settings
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

PREFIX = "newsarchive:test-article-key"
SITE = "http://news.test"


def _spider(redis: RedisServer, **args: str) -> tuple[NewsSpider, RedisRunLedger, str]:
    """A worker's spider and its state over a real Redis ledger (no engine: nothing fetched)."""
    settings = project_settings()
    settings.set("NEWSARCHIVE_REDIS_URL", redis.url)
    settings.set("NEWSARCHIVE_REDIS_KEY", PREFIX)
    settings.set("SCHEDULER_QUEUE_KEY", f"{PREFIX}:requests")
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{PREFIX}:dupefilter")
    crawler = Crawler(NewsSpider, settings)
    crawler.spider = crawler._create_spider(**args)
    crawler.stats = MemoryStatsCollector(crawler)
    keys = crawl_keys(crawler.settings, None)
    ledger = RedisRunLedger(crawler, Redis.from_url(redis.url), keys[ARTICLES], crawler.stats)
    setattr(crawler, CRAWLER_ATTRIBUTE, CrawlStateRun(None, None, None, ledger, crawler.stats))
    for key in redis.client.keys(f"{PREFIX}*"):
        redis.client.delete(key)
    return crawler.spider, ledger, keys[ARTICLES]


def test_an_article_of_an_escaped_url_that_gave_no_item_frees_its_place(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """Listed, requested, claimed (the state claims `request.url`), then no item (its
    errback): its place in the run's article set is free, and one more article is taken."""
    spider, _, key = _spider(redis_server, url=f"{SITE}/kultur/", max_articles="1")
    state: CrawlStateRun = getattr(spider.crawler, CRAWLER_ATTRIBUTE)
    base = f"{SITE}/kultur/"
    listed = f"{SITE}/kultur/2026/12/06/ein-café-im-park-öffnet-wieder"
    (request,) = spider._follow([Entry(listed)], HtmlResponse(base), set(), "kultur")
    assert request.url != listed  # escaped by Scrapy: the case this is about
    assert state.should_fetch(request.url, None).fetch
    assert redis_server.client.smembers(key) == {claimed_as(request.url).encode()}
    assert list(spider._refused(request)) == []  # nothing waiting
    assert redis_server.client.scard(key) == 0  # before: the claim stayed, the place lost
    # the same article listed again is not fetched twice here
    assert not state.should_fetch(request.url, None).fetch


def test_the_spiders_article_is_the_requested_url() -> None:
    """The spider's key of an article (its frontier, its listed sets, the meta the errback
    reads) is `request.url`, for every form a listing may write it in."""
    for url in (
        "http://bücher.test/politics/story-1",
        "http://news.test/politics/story-1?q=café",
        "http://news.test/politics/story-1?q=a b",
        "http://news.test/politics/story-1?q=caf%C3%A9",
    ):
        key = article_key(url)
        assert Request(url).url == key
        assert article_key(key) == key  # once keyed, the same


def test_a_link_naming_the_sites_idn_host_in_letters_is_in_scope() -> None:
    """A page of `bücher.test` links to itself as `bücher.test` (a browser takes it as
    `xn--bcher-kva.test`): an article of the run, keyed as requested. Before, the run's
    host was the IDNA form only, and such links were offsite."""
    spider = Crawler(NewsSpider, project_settings())._create_spider(
        url="http://bücher.test/kultur/"
    )
    listed = "http://bücher.test/kultur/2026/12/06/ein-café-im-park-öffnet-wieder"
    found = spider.scope.resolve(listed)
    assert found is not None
    article = spider.scope.article(found)
    assert article == Request(listed).url
    assert article.startswith("http://xn--bcher-kva.test/kultur/")
