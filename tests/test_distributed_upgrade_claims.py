"""A rolling upgrade of a shared crawl's workers: a claim an older worker made is found.

Session 38 took the scheme out of an article's identity: the run's article set in Redis holds
`//host/path` where a worker of the version before claimed `http://host/path` (its key kept
the scheme). Upgraded one by one, a newer worker's claim missed an older worker's, and the
story was fetched and exported twice in one run. A newer worker looks for the older
spellings too (`shared_ledger.claimed_before`); and a dead older worker's claims go with its
requests back to the queue, else the taker's claim found them and the article was fetched by
no one. (An older worker never looks for a newer one's member: the README still says to
upgrade all workers together.)

A real `scrapy crawl` worker, a real redis-server: the older worker's claims are written by
hand into the run's set, as that version wrote them, after the run started and before any
article is asked; and the real scheduler's give-back of a dead worker's held request.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.utils.misc import build_from_crawler

from newsarchive.demo.server import DemoServer
from newsarchive.shared_holds import INFLIGHT_META
from newsarchive.shared_keys import ARTICLES
from newsarchive.shared_ledger import claim_members, claimed_as
from newsarchive.state.middleware import IncrementalMiddleware
from tests.plugins.crawling import ended_on_failure, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import STARTED, RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_mixed_state import _until
from tests.test_distributed_popped_again import PREFIX, URL, _take_back, _worker
from tests.test_distributed_state import is_article, log_of, shared_settings

ARGS = {"site": "demo", "requisites": "0", "discover": "sections", "sections": "politics"}


def test_a_newer_worker_leaves_an_article_an_older_worker_claimed(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=40)
    catalog = demo.site.catalog
    paths = [catalog.article(n).path for n in catalog.by_section["politics"]]
    theirs, ours = paths[::2], paths[1::2]
    assert theirs and ours
    settings = shared_settings(redis_server, "upgrade-claims")
    key = f"{settings['NEWSARCHIVE_REDIS_KEY']}:{ARTICLES}"
    with gated_front(demo, answered=0) as (front, _, release), ended_on_failure() as running:
        crawl = start_crawl("news", {**ARGS, "base_url": front}, settings, tmp_path / "a")
        running.append(crawl)
        _until(lambda: bool(STARTED.search(log_of(crawl.log_path))), {"a": crawl}, "started")
        # as the version before wrote them: the URL's key with its scheme
        redis_server.client.sadd(key, *(front + path for path in theirs))
        release.set()
        done = crawl.wait(timeout=240)
    assert done.returncode == 0, done.log[-3000:]
    asked = [urlsplit(target).path for _, target in demo.requests if is_article(demo, target)]
    assert sorted(asked) == sorted(ours), done.log[-3000:]
    assert done.stats.get("redis/articles_fetched_elsewhere") == len(theirs), done.stats
    assert sorted(urlsplit(item["url"]).path for item in done.items()) == sorted(ours)


def test_a_dead_older_workers_claim_goes_back_with_its_request(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """An older worker popped the article's request, claimed it its way and died; a newer
    worker takes the request back into the queue with its claim, pops it and fetches it.
    Before, the older claim stayed: the newer worker's claim found it and nobody fetched
    the story."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    scheduler = _worker(redis_server, tmp_path)
    incremental = build_from_crawler(IncrementalMiddleware, scheduler.crawler)
    meta = {"newsarchive_article": True, "newsarchive_section": "politics"}
    assert scheduler.enqueue_request(Request(URL, meta=meta))
    held = scheduler.next_request()
    assert held is not None
    articles = f"{PREFIX}:{ARTICLES}"
    older = claim_members(URL)[1]  # as the version before claimed it: with the scheme
    assert older == URL and older != claimed_as(URL)
    redis_server.client.sadd(articles, older)
    _take_back(redis_server, scheduler, held.meta[INFLIGHT_META])
    assert not redis_server.client.sismember(articles, older)

    again = scheduler.next_request()
    assert again is not None
    assert incremental.process_request(again) is None  # claimed: fetched here
    assert redis_server.client.smembers(articles) == {claimed_as(URL).encode()}
