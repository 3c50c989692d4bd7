"""A counted article's retry the shared scheduler refuses because another worker took the
request back while this one stalled (its note gone) is dropped where it is scheduled, as a
duplicate is: Scrapy sends `request_dropped`. It is no dropped article: it is left to the
taker, as the errback leaves one (`LEFT_TO_TAKER`). Here the worker popped the taken-back
request again itself and claimed the article anew: that claim stays in the run's set, no
place is freed and nothing is counted dropped (before, the drop took the new copy's claim
out of the run's articles, and a later listing of it had the article fetched twice).

A real redis-server and the worker's real scheduler, state and middlewares; the engine's
two steps (enqueue, then the signal when refused) are made here in its order."""

from __future__ import annotations

import time
from pathlib import Path

from scrapy import Request, signals
from scrapy.utils.misc import build_from_crawler

from newsarchive.distributed import SharedCrawlExtension
from newsarchive.request_meta import COUNTED, LEFT_TO_TAKER
from newsarchive.shared_holds import INFLIGHT_META, ReleaseHeldMiddleware
from newsarchive.shared_keys import ARTICLES
from newsarchive.shared_ledger import claimed_as
from newsarchive.state.middleware import IncrementalMiddleware
from newsarchive.state.run import crawl_state
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_popped_again import PREFIX, URL, _news_worker, _take_back


def test_a_retry_left_to_the_taker_is_no_dropped_article(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _news_worker(redis_server, tmp_path)
    crawler, spider = scheduler.crawler, scheduler.crawler.spider
    assert spider is not None
    shared = build_from_crawler(SharedCrawlExtension, crawler)
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(spider)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    meta = {"newsarchive_article": True, COUNTED: URL}
    assert scheduler.enqueue_request(Request(URL, meta=meta))
    old = scheduler.next_request()
    assert old is not None
    assert held.process_request(old) is None
    assert incremental.process_request(old) is None  # claimed; then the stall
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])
    shared.unsure_before = shared._beaten = time.monotonic()  # its first beat once woken
    new = scheduler.next_request()  # woken, it pops the taken-back request itself
    assert new is not None
    assert held.process_request(new) is None
    assert incremental.process_request(new) is None  # the new copy's claim

    # the old copy's download timed out as the worker woke: its retry (meta copied)
    retry = old.replace(
        dont_filter=True, callback=spider.parse_article, errback=spider.fetch_failed
    )
    if not scheduler.enqueue_request(retry):  # the engine's `_schedule_request`
        crawler.signals.send_catch_log(signals.request_dropped, request=retry, spider=spider)
    assert retry.meta.get(LEFT_TO_TAKER) is True  # refused: its note is gone

    # the new copy's claim
    assert redis_server.client.sismember(f"{PREFIX}:{ARTICLES}", claimed_as(URL))
    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert "news/articles_dropped" not in stats, stats
    crawl_state(crawler).close()
