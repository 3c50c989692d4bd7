"""A scheduled run of a shared crawl counts each known, unchanged article once across workers.

Known articles are dropped as the spider yields them (`IncrementalSpiderMiddleware`),
before the shared scheduler's dupefilter, which used to let only one worker see
each article: now two workers whose listings name the same article (measured on
the demo: two workers' reports of a second run summed 186 skipped for 150 known
articles) must agree through Redis on which one counts it. Two crawlers'
middlewares and crawl states, as two workers have them, against a real
redis-server (tests/test_distributed.py starts it) and the shared Redis state.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsarchive.state.extension import CrawlStateExtension
from newsarchive.state.middleware import IncrementalMiddleware, IncrementalSpiderMiddleware
from newsarchive.state.run import crawl_state
from newsarchive.warc.exchange import RecordRef
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

URLS = [f"http://news.test/politics/a-{n}" for n in range(5)]
LISTED = "2025-01-01T00:00:00Z"


def article(url: str) -> Request:
    meta = {
        "newsarchive_article": True,
        "newsarchive_section": "politics",
        "newsarchive_listed_modified": LISTED,
    }
    return Request(url, meta=meta)


class Workers:
    """Crawlers sharing one crawl (`run` names it) and one crawl state in Redis."""

    def __init__(self, redis: RedisServer, tmp_path: Path) -> None:
        self.redis = redis
        self.tmp_path = tmp_path
        self.opened: list[Crawler] = []

    def start(self, run: str, worker: str) -> Crawler:
        settings = {
            "REDIS_URL": self.redis.url,
            "NEWSARCHIVE_REDIS_URL": self.redis.url,
            "NEWSARCHIVE_REDIS_KEY": f"newsarchive:test-skipcount-{run}",
            "SCHEDULER_QUEUE_KEY": f"newsarchive:test-skipcount-{run}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"newsarchive:test-skipcount-{run}:dupefilter",
            "STATE_REDIS_KEY": "newsarchive:state:test-skipcount",
            "STATE_RUN_LEDGER": "newsarchive.distributed.RedisRunLedger",
            "STATE_PATH": str(self.tmp_path / f"{worker}.sqlite"),  # unused: the state is shared
        }
        crawler = get_crawler(Spider, settings)
        build_from_crawler(CrawlStateExtension, crawler)  # the state's owner opens it
        self.opened.append(crawler)
        return crawler

    def close(self) -> None:
        for crawler in self.opened:
            crawl_state(crawler).close()


@pytest.fixture
def workers(redis_server: RedisServer, tmp_path: Path) -> Iterator[Workers]:  # noqa: F811
    found = Workers(redis_server, tmp_path)
    yield found
    found.close()


def _archive(crawler: Crawler, url: str) -> None:
    """A first run's fetch of `url`, as the downloader middleware sees it."""
    mw = build_from_crawler(IncrementalMiddleware, crawler)
    request = article(url)
    assert mw.process_request(request) is None
    ref = RecordRef(f"<urn:uuid:{url}>", "x.warc.gz", 0, "response", "2026-01-01T00:00:00Z", url)
    request.meta["newsarchive_warc"] = ref
    headers = {"ETag": '"e1"', "Content-Type": "text/html"}
    mw.process_response(request, HtmlResponse(url, body=b"v1", headers=headers, request=request))
    crawl_state(crawler).commit_all()


def test_two_workers_listing_the_same_known_articles_count_each_once(workers: Workers) -> None:
    first = workers.start("run1", "a")
    for url in URLS:
        _archive(first, url)
    # the second run: both workers read listings naming every known article, twice
    both = [workers.start("run2", name) for name in ("a", "b")]
    for _ in range(2):
        for crawler in both:
            mw = IncrementalSpiderMiddleware(crawler)
            dropped = [mw.get_processed_request(article(url), None) for url in URLS]
            assert dropped == [None] * len(URLS)  # known and unchanged: not queued
    counted = [crawler.stats.get_value("state/skipped/unchanged", 0) for crawler in both]
    assert sum(counted) == len(URLS), counted
    by_section = [c.stats.get_value("state/section/politics/unchanged", 0) for c in both]
    assert sum(by_section) == len(URLS), by_section
