"""The crawl state of a rendered page that moved itself (a script's `location`, a meta
refresh in the page) and was read at another address (newsarchive.state, the shared crawl's
ledger in newsarchive.distributed): its capture waits under the address it was read at (the
item's), the request's address beside it.

A page dropped after the state saw its answer (its request left to the worker that took it
back, a body that does not decode) is forgotten by its request's address: its capture was kept
all the same (under the landed address), and the taker skipped the article as unchanged. In a
shared crawl, the landed address's claim went into the run's article set, whose size is the
run's `max_articles`: a page that moved counted twice, and the limit refused a real article.

A real redis-server and a real SQLite state."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from redis import Redis
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.distributed import SharedCrawlExtension
from newsarchive.shared_keys import ARTICLES, LANDED, crawl_keys
from newsarchive.shared_ledger import RedisRunLedger, claimed_as
from newsarchive.state.ledger import LocalRunLedger, OverLimit
from newsarchive.state.run import CrawlStateRun
from newsarchive.state.run import Response as Answer
from newsarchive.state.store import CrawlState
from newsarchive.warc.exchange import RecordRef
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

PREFIX = "newsarchive:test-landed"
LEFT = "http://news.test/story/moves"
LANDED_URL = "http://news.test/story/moved-here"


def _ledger(redis: RedisServer, limit: int) -> tuple[RedisRunLedger, dict[str, str]]:
    settings = {
        "NEWSARCHIVE_REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_KEY": PREFIX,
        "SCHEDULER_QUEUE_KEY": f"{PREFIX}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{PREFIX}:dupefilter",
    }
    crawler = get_crawler(settings_dict=settings)
    crawler.spider = SimpleNamespace(options=SimpleNamespace(max_articles=limit))  # type: ignore[assignment]
    keys = crawl_keys(crawler.settings, None)
    assert crawler.stats is not None
    server = Redis.from_url(redis.url)
    ledger = RedisRunLedger(crawler, server, keys[ARTICLES], crawler.stats, keys["skipped"])
    return ledger, keys


def _clear(redis: RedisServer) -> None:
    for key in redis.client.keys(f"{PREFIX}*"):
        redis.client.delete(key)


def test_a_page_that_moved_counts_once_under_a_shared_max_articles(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """max_articles=2: a page that moved and another article are the run's two; the landed
    address is claimed (another worker's later link to it is refused), not counted."""
    _clear(redis_server)
    one, _ = _ledger(redis_server, 2)
    other, _ = _ledger(redis_server, 2)
    state = CrawlStateRun(None, None, None, one, one.stats)
    assert one.claim(LEFT)
    state.landed(LANDED_URL)
    assert other.claim("http://news.test/story/second")  # refused when the move counted
    assert one.stats.get_value("redis/articles_over_limit") is None
    assert not other.claim(LANDED_URL)  # fetched in this run, by the first worker
    assert one.fetched(LANDED_URL)
    with pytest.raises(OverLimit):  # the limit holds
        other.claim("http://news.test/story/third")


def test_a_fresh_run_forgets_where_the_last_run_landed(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """The landed addresses are the run's: a worker starting the run afresh clears them with
    the run's article set."""
    _clear(redis_server)
    ledger, keys = _ledger(redis_server, 0)
    CrawlStateRun(None, None, None, ledger, ledger.stats).landed(LANDED_URL)
    assert redis_server.client.exists(keys[LANDED])
    crawler = get_crawler(settings_dict=dict(ledger.crawler.settings))
    worker = SharedCrawlExtension(crawler, Redis.from_url(redis_server.url), keys)
    args = [worker.me, worker.ttl, worker.start, worker.inflight_prefix, worker.window]
    worker._join(keys=worker.keys, args=args)  # no live worker: a fresh run
    assert not redis_server.client.exists(keys[LANDED])
    fresh, _ = _ledger(redis_server, 0)
    assert fresh.claim(LANDED_URL)


def test_a_landed_page_forgotten_by_its_request_address_keeps_no_capture(
    tmp_path: Path,
) -> None:
    """`forget(request.url)` (a request left to the worker that took it back, a body that
    does not decode) drops the capture of the page read at the landed address, and its
    outcome is not counted."""
    store = CrawlState(tmp_path / "demo.sqlite", commit_writes=1000, commit_seconds=600)
    stats = MemoryStatsCollector(get_crawler())
    run = CrawlStateRun(None, store, None, LocalRunLedger(), stats)
    ref = RecordRef("<urn:uuid:1>", "demo.warc.gz", 0, "response", "20261205123000")
    answer = Answer([LANDED_URL, LEFT], 200, "sha1:A", None, None, ref)
    run.record_response(answer, None, None, datetime.now(UTC))
    assert set(run.pending) == {LANDED_URL}
    assert stats.get_value("state/articles/new") == 1
    run.forget(LEFT)
    assert run.pending == {}
    assert run.take_outcome(LANDED_URL) is None
    assert stats.get_value("state/articles/new") == 0
    run.close()
    kept = CrawlState(tmp_path / "demo.sqlite", commit_writes=1000, commit_seconds=600)
    assert (kept.capture(LANDED_URL), kept.capture(LEFT)) == (None, None)  # fetched again
    kept.close()


def test_a_claim_fetched_elsewhere_leaves_the_other_workers_claim_in_the_run(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """max_articles=2. B's claim of an article A already claimed is refused ("another worker
    fetched this article"), and its errback tells the state B's request gave no item. A's
    claim stays in the run's article set: the limit still holds after one more article.
    Before, B's ledger removed A's claim from the set, and a third article was fetched."""
    _clear(redis_server)
    one, keys = _ledger(redis_server, 2)
    other, _ = _ledger(redis_server, 2)
    theirs = CrawlStateRun(None, None, None, other, other.stats)
    first = "http://news.test/story/first"
    assert one.claim(first)
    decision = theirs.should_fetch(first, None)
    assert not decision.fetch
    assert not decision.over_limit and not decision.left_to_taker
    theirs.gave_no_item(first)  # the spider's errback of the dropped request (`_refused`)
    assert redis_server.client.sismember(keys[ARTICLES], claimed_as(first))
    assert not other.claim(first)  # still not fetched again by B
    assert other.claim("http://news.test/story/second")
    with pytest.raises(OverLimit):  # the run holds its two articles
        one.claim("http://news.test/story/third")
