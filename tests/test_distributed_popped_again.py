"""A worker stalled past its TTL while holding an article request; another worker took the
request back (its claim dropped, the request queued again). Woken, this worker pops the
request itself and fetches it (a new claim, a capture waiting for its item) before its old
copy's retry is queued: `_SEE_AND_PUSH` refuses that retry (-1, its note gone). The
article's claim and capture are the new copy's: they stay (before, the refusal dropped
both: the capture was not kept, and the claim was gone for the other workers).

A real redis-server and the worker's real scheduler, state and middlewares, driven in the
order the test forces (no timing).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import NamedTuple

import pytest
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure
from warcio.archiveiterator import ArchiveIterator

from newsarchive.browser.front import refuse_download
from newsarchive.distributed import SharedCrawlExtension
from newsarchive.items import ArticlePage
from newsarchive.network.politeness import RETURNED
from newsarchive.provenance import Provenance
from newsarchive.request_meta import COUNTED, LEFT_TO_TAKER
from newsarchive.shared_holds import (
    HELD_PAGES_ATTRIBUTE,
    INFLIGHT_META,
    HeldArticlePipeline,
    ReleaseHeldMiddleware,
    ReleaseHeldSpiderMiddleware,
)
from newsarchive.shared_keys import ARTICLES
from newsarchive.shared_ledger import claimed_as
from newsarchive.shared_scheduler import ResumableScheduler
from newsarchive.state.extension import CrawlStateExtension
from newsarchive.state.middleware import IncrementalMiddleware
from newsarchive.state.run import crawl_state
from newsarchive.warc.exchange import RecordRef
from newsarchive.warc.extension import WarcExtension
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_warc_extension import project_settings

PREFIX = "newsarchive:test-poppedagain"
URL = "http://news.test/politics/a-story"


class _Engine:
    """No engine runs here: the scheduler asks for one only to wake it."""


def _worker(
    redis: RedisServer, tmp_path: Path, spider_cls: type[Spider] = Spider, **kwargs: str
) -> ResumableScheduler:
    """One worker's scheduler, crawl state and held-page middleware, opened on a spider."""
    settings = {
        "REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_KEY": PREFIX,
        "SCHEDULER_QUEUE_KEY": f"{PREFIX}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{PREFIX}:dupefilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "STATE_REDIS_KEY": f"{PREFIX}:state",
        "STATE_RUN_LEDGER": "newsarchive.shared_ledger.RedisRunLedger",
        "STATE_PATH": str(tmp_path / "unused.sqlite"),
    }
    crawler = get_crawler(spider_cls, settings)
    crawler.settings.frozen = False  # a news spider sets its site's politeness, as in a crawl
    named = kwargs or {"name": "poppedagain"}  # a plain spider needs a name
    spider = crawler.spider = spider_cls.from_crawler(crawler, **named)
    crawler.engine = _Engine()  # type: ignore[assignment]
    build_from_crawler(CrawlStateExtension, crawler)
    pages = build_from_crawler(ReleaseHeldSpiderMiddleware, crawler)
    scheduler = ResumableScheduler.from_crawler(crawler)
    scheduler.open(spider)
    pages.spider_opened(spider)
    return scheduler


def _take_back(redis: RedisServer, scheduler: ResumableScheduler, field: str) -> None:
    """Another worker finds this one dead (not heard of within its TTL) and takes what it
    held back, with its own scheduler's code: the request back into the queue, its article's
    claim dropped, the note gone."""
    assert redis.client.hexists(scheduler.held_key, field)
    redis.client.zrem(scheduler.workers_key, scheduler.me)  # not heard of: dead to the other
    taker = copy.copy(scheduler)  # the other worker's scheduler, on the same crawl's keys
    taker.me = "4242-another-host"
    taker.held_key = scheduler.held_key[: -len(scheduler.me)] + taker.me
    assert taker.requeue_dead(name=False) >= 1
    assert not redis.client.hexists(scheduler.held_key, field)
    assert not redis.client.sismember(f"{PREFIX}:{ARTICLES}", claimed_as(URL))


def test_the_old_copys_refused_retry_leaves_the_new_copys_claim_and_capture(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path)
    crawler = scheduler.crawler
    state = crawl_state(crawler)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    meta = {"newsarchive_article": True, "newsarchive_section": "politics"}
    assert scheduler.enqueue_request(Request(URL, meta=meta))
    old = scheduler.next_request()
    assert old is not None
    assert incremental.process_request(old) is None  # claimed, then the worker stalls
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])

    new = scheduler.next_request()  # woken, it pops the taken-back request itself
    assert new is not None and new.meta[INFLIGHT_META] != old.meta[INFLIGHT_META]
    assert incremental.process_request(new) is None  # fetched: claimed again
    ref = RecordRef("<urn:uuid:new>", "x.warc.gz", 0, "response", "2026-01-01T00:00:00Z", URL)
    new.meta["newsarchive_warc"] = ref
    response = HtmlResponse(URL, body=b"<p>v1</p>", headers={"ETag": '"e1"'}, request=new)
    incremental.process_response(new, response)

    retry = old.replace(dont_filter=True)  # the old copy's download timed out as it woke
    assert scheduler.enqueue_request(retry) is False  # refused: its note is gone
    assert crawler.stats.get_value("redis/taken_back_while_stalled") == 1  # type: ignore[union-attr]

    state.commit_item(URL)  # the new copy's item is out
    # no other worker fetches it
    assert redis_server.client.sismember(f"{PREFIX}:{ARTICLES}", claimed_as(URL))
    assert state.ledger.fetched(URL)
    store = state.store
    assert store is not None
    capture = store.capture(URL)  # kept: the next run knows the article
    assert capture is not None and capture.etag == '"e1"'
    state.close()


def test_a_worker_keeps_no_record_of_the_pops_no_one_took_back(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The record that tells a new copy from an old one holds only requests taken back from
    this worker: one of every pop grew a long run's worker without end (some 250 MB a
    million requests)."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path)
    for n in range(50):
        assert scheduler.enqueue_request(Request(f"http://news.test/world/story-{n}"))
    popped = [scheduler.next_request() for _ in range(50)]
    assert all(request is not None for request in popped)
    assert scheduler.latest_pops == {}


async def _outputs(pages: ReleaseHeldSpiderMiddleware, response: HtmlResponse) -> list[object]:
    """The page's callback output (its article page) through the held-page middleware."""

    async def callback() -> AsyncIterator[object]:
        record = response.meta["newsarchive_warc"].record_id
        yield ArticlePage(URL, response.body, "utf-8", provenance=Provenance(record_id=record))

    return [output async for output in pages.process_spider_output(response, callback())]


def _answer(request: Request, record_id: str) -> HtmlResponse:
    request.meta["newsarchive_warc"] = RecordRef(
        record_id, "x.warc.gz", 0, "response", "2026-01-01T00:00:00Z", URL
    )
    return HtmlResponse(URL, body=b"<p>v1</p>", request=request)


def test_the_old_copys_item_is_dropped_though_the_new_copys_page_is_out_too(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The old copy's page was out to extraction as the worker stalled; woken, the worker
    popped the taken-back request again and the new copy's page went out before the old
    one's item came back. The old copy's item is dropped (the new copy's goes out), and its
    end leaves the new copy held: by URL alone, the old item was checked as the new copy's
    and went out, and the new item too (the article twice in this worker's items)."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path)
    crawler = scheduler.crawler
    shared = build_from_crawler(SharedCrawlExtension, crawler)
    pages = getattr(crawler, HELD_PAGES_ATTRIBUTE)
    pipeline = HeldArticlePipeline(crawler)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True}))
    old = scheduler.next_request()
    assert old is not None
    old_answer = _answer(old, "<urn:uuid:old>")
    assert len(asyncio.run(_outputs(pages, old_answer))) == 1  # out to extraction; then the stall
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])
    shared.unsure_before = shared._beaten = time.monotonic()  # its first beat once woken

    new = scheduler.next_request()  # woken, it pops the taken-back request itself
    assert new is not None
    new_answer = _answer(new, "<urn:uuid:new>")
    assert len(asyncio.run(_outputs(pages, new_answer))) == 1

    old_item = {"url": URL, "warc_record_id": "<urn:uuid:old>"}
    with pytest.raises(DropItem):
        pipeline.process_item(old_item)
    pages.item_done(old_item, old_answer)  # item_dropped
    assert pages.held_at(URL) == (scheduler.held_key, new.meta[INFLIGHT_META])
    new_item = {"url": URL, "warc_record_id": "<urn:uuid:new>"}
    assert pipeline.process_item(new_item) is new_item
    crawl_state(crawler).close()


def _leaves_its_slot(crawler: object, request: Request) -> None:
    """What the downloader does as a request leaves its slot's queue: the download handler's
    look first (`refuse_download`, raising IgnoreRequest), then the page's answer (made
    here: no reactor runs) goes to `response_downloaded`, where the WARC extension writes it."""
    refuse_download(crawler, request)  # type: ignore[arg-type]
    response = HtmlResponse(URL, body=b"<p>v1</p>", request=request)
    crawler.signals.send_catch_log(  # type: ignore[attr-defined]
        signals.response_downloaded, response=response, request=request, spider=None
    )


def test_the_old_copy_waiting_in_its_download_slot_is_not_fetched(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The old copy went through the downloader middlewares and waited in its download
    slot's queue (DOWNLOAD_DELAY) as the worker stalled past its TTL; woken, the worker
    popped the taken-back request again. The old copy is refused as it leaves the slot's
    queue, counted: the worker's WARC holds one answer for the URL, the new copy's (before,
    both were fetched: a response and a revisit, 7 of the 17 taken back in a test run)."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path)
    crawler = scheduler.crawler
    crawler.settings.setdict(project_settings(WARC_DIR=str(tmp_path / "warc")))
    warc = WarcExtension.from_crawler(crawler)
    shared = build_from_crawler(SharedCrawlExtension, crawler)
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(crawler.spider)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True}))
    old = scheduler.next_request()
    assert old is not None
    assert held.process_request(old) is None  # into its slot's queue; then the stall
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])
    shared.unsure_before = shared._beaten = time.monotonic()  # its first beat once woken

    new = scheduler.next_request()  # woken, it pops the taken-back request itself
    assert new is not None
    assert held.process_request(new) is None
    for request in (old, new):  # the slot's queue, in order
        with contextlib.suppress(IgnoreRequest):
            _leaves_its_slot(crawler, request)
    warc.close()

    answers = []
    for path in (tmp_path / "warc").iterdir():
        with path.open("rb") as stream:
            answers += [
                record.rec_type
                for record in ArchiveIterator(stream)
                if record.rec_headers.get_header("WARC-Target-URI") == URL
                and record.rec_type in ("response", "revisit")
            ]
    assert answers == ["response"]
    assert crawler.stats.get_value("redis/taken_back/fetch_refused") == 1  # type: ignore[union-attr]
    assert redis_server.client.hexists(scheduler.held_key, new.meta[INFLIGHT_META])
    crawl_state(crawler).close()


def test_a_copy_taken_back_just_before_its_claim_leaves_the_article_to_the_taker(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The worker looked at its request (ReleaseHeldMiddleware, priority 1: still held) and
    stalled past its TTL before the crawl state claimed its article (IncrementalMiddleware);
    another worker took the request back. Woken, its claim is refused (the request is no
    longer held, in the same Redis step), and the taker's claim stands: before, the stale
    copy's claim refused the taker's copy, and no one fetched the article."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path / "a")
    crawler = scheduler.crawler
    taker = _worker(redis_server, tmp_path / "b").crawler  # the worker that takes it back
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(crawler.spider)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True}))
    old = scheduler.next_request()
    assert old is not None
    assert held.process_request(old) is None  # still held; then the stall
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])
    with contextlib.suppress(IgnoreRequest):  # woken: the claim
        incremental.process_request(old)

    taken = build_from_crawler(IncrementalMiddleware, taker)
    assert taken.process_request(Request(URL, meta={"newsarchive_article": True})) is None
    # the taker's claim
    assert redis_server.client.sismember(f"{PREFIX}:{ARTICLES}", claimed_as(URL))
    assert crawler.stats.get_value("redis/taken_back/claim_refused") == 1  # type: ignore[union-attr]
    crawl_state(crawler).close()
    crawl_state(taker).close()


def test_the_old_copys_end_leaves_the_takers_claim(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The worker claimed its article while it held the request, then stalled past its TTL;
    another worker took the request back and claimed the article itself. Woken, the worker's
    old copy is left to the taker: the taker's claim stands (before, the old copy's end took
    the URL out of the run's set, and a later listing of it had the article fetched again)."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path / "a")
    crawler = scheduler.crawler
    taker = _worker(redis_server, tmp_path / "b").crawler
    shared = build_from_crawler(SharedCrawlExtension, crawler)
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(crawler.spider)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True}))
    old = scheduler.next_request()
    assert old is not None
    assert held.process_request(old) is None
    assert incremental.process_request(old) is None  # claimed; then the stall
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])
    taken = build_from_crawler(IncrementalMiddleware, taker)
    assert taken.process_request(Request(URL, meta={"newsarchive_article": True})) is None
    shared.unsure_before = shared._beaten = time.monotonic()  # its first beat once woken

    with pytest.raises(IgnoreRequest):  # the old copy leaves its slot's queue: left
        _leaves_its_slot(crawler, old)
    # the taker's claim
    assert redis_server.client.sismember(f"{PREFIX}:{ARTICLES}", claimed_as(URL))
    crawl_state(crawler).close()
    crawl_state(taker).close()


def test_a_copy_left_to_the_taker_with_its_note_released_is_taken_for_the_old_one(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A copy left to the taker whose note was released already (no field to tell it by) is
    taken for the old copy: its claim is forgotten here. Before, any later pop of the URL
    counted as "popped again" for it, and its claim and capture stayed though it was left."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path)
    crawler = scheduler.crawler
    pages = getattr(crawler, HELD_PAGES_ATTRIBUTE)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True}))
    request = scheduler.next_request()
    assert request is not None
    assert incremental.process_request(request) is None  # claimed
    scheduler.latest_pops[URL] = request.meta.pop(INFLIGHT_META)  # its note released
    pages._left_to_taker(request)
    state = crawl_state(crawler)
    assert not state.ledger.fetched(URL)  # this worker may fetch it again if it pops it
    state.close()


def _refused(request: Request, exception: IgnoreRequest) -> Failure:
    """The errback's failure for a request a downloader middleware dropped."""
    failure = Failure(exception)
    failure.request = request  # type: ignore[attr-defined]
    return failure


def _news_worker(redis: RedisServer, tmp_path: Path) -> ResumableScheduler:
    from newsarchive.spiders.news import NewsSpider

    return _worker(redis, tmp_path, NewsSpider, site="demo", base_url="http://news.test")


class _Stalled(NamedTuple):
    """A news worker that claimed its article, stalled past its TTL (another worker took
    the request back), woke, and popped the taken-back request again itself."""

    crawler: Crawler
    old: Request  # the copy claimed before the stall, still in its download slot's queue
    new: Request  # the copy popped again and claimed anew
    other: Crawler | None  # a second worker, opened before the stall


def _popped_again_after_a_stall(
    redis: RedisServer, tmp_path: Path, other: Path | None = None
) -> _Stalled:
    """`_Stalled`, on a fresh run's keys (with a second worker at `other`, if given)."""
    for key in redis.client.keys(f"{PREFIX}*"):
        redis.client.delete(key)
    scheduler = _news_worker(redis, tmp_path)
    crawler = scheduler.crawler
    second = _worker(redis, other).crawler if other is not None else None
    shared = build_from_crawler(SharedCrawlExtension, crawler)
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(crawler.spider)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True, COUNTED: URL}))
    old = scheduler.next_request()
    assert old is not None
    assert held.process_request(old) is None
    assert incremental.process_request(old) is None  # claimed; into its slot's queue; the stall
    _take_back(redis, scheduler, old.meta[INFLIGHT_META])
    shared.unsure_before = shared._beaten = time.monotonic()  # its first beat once woken

    new = scheduler.next_request()  # woken, it pops the taken-back request itself
    assert new is not None
    assert held.process_request(new) is None
    assert incremental.process_request(new) is None  # the new copy's claim
    return _Stalled(crawler, old, new, second)


def test_a_claim_refused_as_taken_back_is_counted_as_that_only(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A claim refused because the request is no longer held (another worker took it back
    while this one stalled before its claim) is left to the taker, as the other refusals of
    a taken-back copy are: counted among them (`redis/taken_back_while_stalled`, what a user
    reads for the requests a stall cost this worker; before, a copy refused at its claim was
    left out) and as `redis/taken_back/claim_refused`. Before, its
    article was also counted fetched here (`state/fetch/new`), its request dropped as
    "another worker fetched this article", and its errback counted an article that gave no
    item (`news/articles_refused_uncounted`), freeing a place under `max_articles`."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _news_worker(redis_server, tmp_path)
    crawler = scheduler.crawler
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(crawler.spider)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    meta = {"newsarchive_article": True, COUNTED: URL}
    assert scheduler.enqueue_request(Request(URL, meta=meta))
    old = scheduler.next_request()
    assert old is not None
    assert held.process_request(old) is None  # still held; then the stall
    _take_back(redis_server, scheduler, old.meta[INFLIGHT_META])
    with pytest.raises(IgnoreRequest) as dropped:  # woken: the claim
        incremental.process_request(old)
    assert old.meta.get(LEFT_TO_TAKER) is True
    assert "taken back" in str(dropped.value), dropped.value
    with contextlib.suppress(IgnoreRequest):
        crawler.spider.fetch_failed(_refused(old, dropped.value))  # type: ignore[union-attr]

    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert stats.get("redis/taken_back/claim_refused") == 1
    assert stats.get("redis/taken_back_while_stalled") == 1
    counted = sorted(k for k in stats if k.startswith(("state/fetch/", "news/articles_refused")))
    assert counted == []
    assert "redis/articles_fetched_elsewhere" not in stats
    crawl_state(crawler).close()


def test_an_old_copy_refused_after_its_claim_leaves_the_new_copys_claim(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The worker claimed its article, stalled past its TTL, and popped the taken-back request
    again itself (the new copy claimed the article anew). The old copy, refused as it leaves
    its download slot's queue, is left to the new one: its errback takes nothing out of the
    run's articles. Before, it counted an article that gave no item and dropped the URL from
    the run's set, the new copy's claim: another worker's listing of it had it fetched twice."""
    # (a worker that lists it later, opened before the stall)
    crawler, old, _, other = _popped_again_after_a_stall(
        redis_server, tmp_path / "a", tmp_path / "b"
    )
    assert other is not None
    with pytest.raises(IgnoreRequest) as dropped:  # the old copy leaves its slot's queue
        _leaves_its_slot(crawler, old)
    with contextlib.suppress(IgnoreRequest):
        crawler.spider.fetch_failed(_refused(old, dropped.value))  # type: ignore[union-attr]

    # the new copy's claim
    assert redis_server.client.sismember(f"{PREFIX}:{ARTICLES}", claimed_as(URL))
    listed = build_from_crawler(IncrementalMiddleware, other)
    with pytest.raises(IgnoreRequest):  # fetched in this run already: not again
        listed.process_request(Request(URL, meta={"newsarchive_article": True}))
    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert "news/articles_refused_uncounted" not in stats
    crawl_state(crawler).close()
    crawl_state(other).close()


def test_a_copy_refused_as_it_leaves_its_slot_is_not_counted_fetched(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The worker claimed its article (`state/fetch/new`), stalled past its TTL with the
    request in its download slot's queue, and popped the taken-back request again itself.
    The old copy, refused as it leaves the slot's queue, was not fetched: the worker's
    `state/fetch/new` counts the one copy it fetched, as `state/articles/new` will (before,
    2 for the one article: the refused copy was counted as fetched too, and, the taker
    another worker, the article counted fetched by both)."""
    crawler, old, new, _ = _popped_again_after_a_stall(redis_server, tmp_path)
    with pytest.raises(IgnoreRequest):  # the old copy leaves its slot's queue: refused
        _leaves_its_slot(crawler, old)
    _leaves_its_slot(crawler, new)  # the new copy is fetched

    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert stats.get("redis/taken_back/fetch_refused") == 1
    assert stats.get("state/fetch/new") == 1
    crawl_state(crawler).close()


def test_a_counted_copy_given_back_on_its_way_carries_no_count_to_refuse(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The worker claimed its article (counted), then its host began to rest and the request
    came back to the shared queue (the shared politeness gives it back on its way). Popped
    again (checked already: not claimed nor counted again), it waited in its slot through a
    stall and was taken back: refused there, it takes back no count, as its fetch, the
    taker's, counts none either (before, the count went with the copy into the queue and
    the refusal took it back: 0 for the one article fetched)."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _news_worker(redis_server, tmp_path)
    crawler = scheduler.crawler
    shared = build_from_crawler(SharedCrawlExtension, crawler)
    held = build_from_crawler(ReleaseHeldMiddleware, crawler)
    held.spider_opened(crawler.spider)
    incremental = build_from_crawler(IncrementalMiddleware, crawler)
    assert scheduler.enqueue_request(Request(URL, meta={"newsarchive_article": True, COUNTED: URL}))
    first = scheduler.next_request()
    assert first is not None
    assert held.process_request(first) is None
    assert incremental.process_request(first) is None  # claimed and counted
    back = first.replace(meta={**first.meta, RETURNED: True})  # its host began to rest
    assert scheduler.enqueue_request(back)
    again = scheduler.next_request()
    assert again is not None
    assert held.process_request(again) is None
    assert incremental.process_request(again) is None  # checked already: not counted again
    _take_back(redis_server, scheduler, again.meta[INFLIGHT_META])  # waiting in its slot
    shared.unsure_before = shared._beaten = time.monotonic()
    with pytest.raises(IgnoreRequest):  # it leaves its slot's queue: refused
        _leaves_its_slot(crawler, again)

    stats = crawler.stats.get_stats()  # type: ignore[union-attr]
    assert stats.get("redis/taken_back/fetch_refused") == 1
    assert stats.get("state/fetch/new") == 1
    crawl_state(crawler).close()
