"""The shared run's name (`:run`, Redis's clock as a worker starts the run afresh) as a
worker's beat reads it (newsarchive.distributed): a newer name is a new run started under a
stalled worker; an older one is not (a Redis restarted from a snapshot taken in an earlier
run), nor is none (the run's keys gone), nor a beat that failed.

A real redis-server; the worker's real extension, beating as its looping call does.
"""

from __future__ import annotations

from redis import Redis
from scrapy.utils.test import get_crawler

from newsarchive.distributed import RUN_STAT, SharedCrawlExtension
from newsarchive.shared_keys import RUN, crawl_keys
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

PREFIX = "newsarchive:test-runid"


def _worker(redis: RedisServer) -> tuple[SharedCrawlExtension, list[int]]:
    settings = {
        "NEWSARCHIVE_REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_KEY": PREFIX,
        "SCHEDULER_QUEUE_KEY": f"{PREFIX}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{PREFIX}:dupefilter",
    }
    crawler = get_crawler(settings_dict=settings)
    worker = SharedCrawlExtension(
        crawler, Redis.from_url(redis.url), crawl_keys(crawler.settings, None)
    )
    replaced: list[int] = []
    from newsarchive import signals as na_signals

    crawler.signals.connect(lambda: replaced.append(1), signal=na_signals.run_replaced, weak=False)
    assert crawler.stats is not None
    args = [worker.me, worker.ttl, worker.start, worker.inflight_prefix, worker.window]
    *_, run = worker._join(keys=worker.keys, args=args)  # spider_opened's join: a fresh run
    worker.run = run.decode()
    assert worker.run.isdigit()
    return worker, replaced


def test_an_older_run_name_is_not_a_new_run(redis_server: RedisServer) -> None:  # noqa: F811
    """Redis restarted from a snapshot an earlier run left: its older name is no run
    started under this worker (it dropped its memory and seeded the crawl again)."""
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    worker, replaced = _worker(redis_server)
    key = f"{PREFIX}:{RUN}"
    redis_server.client.set(key, str(int(worker.run) - 3_600_000_000))  # an hour before
    worker.beat()
    assert (replaced, worker.crawler.stats.get_value(RUN_STAT)) == ([], None)  # type: ignore[union-attr]
    redis_server.client.delete(key)  # the run's keys gone: nothing to go into
    worker.beat()
    assert replaced == []
    newer = str(int(worker.run) + 1)
    redis_server.client.set(key, newer)  # started afresh under it
    worker.beat()
    assert replaced == [1] and worker.run == newer
    assert worker.crawler.stats.get_value(RUN_STAT) == 1  # type: ignore[union-attr]
    worker.beat()  # once
    assert replaced == [1]


def test_a_page_of_the_old_run_left_after_the_run_changed_leaves_the_new_runs_claim(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """A's article request, popped in the old run, comes back after A found the new run:
    its note went with the old run, so it is left (`_left_to_taker`, the ledger's
    `taken_back`). The claim A made went with the old run's article set too; taking it back
    removed B's claim of the same article in the new run instead (fetchable again, one more
    for a shared `max_articles`)."""
    from newsarchive.shared_keys import ARTICLES
    from newsarchive.shared_ledger import RedisRunLedger, claimed_as

    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    url = "https://demo.example/politics/2026/12/05/a-story/"
    a, _ = _worker(redis_server)
    b, _ = _worker(redis_server)
    articles = f"{PREFIX}:{ARTICLES}"
    ledgers = [
        RedisRunLedger(
            w.crawler, Redis.from_url(redis_server.url), articles, w.stats, f"{PREFIX}:skipped"
        )
        for w in (a, b)
    ]
    ledger_a, ledger_b = ledgers
    assert ledger_a.claim(url)  # the old run
    redis_server.client.delete(articles)  # B's fresh start dropped the old run's keys
    ledger_a.start_over()  # A, woken, found the new run (run_replaced)
    assert ledger_b.claim(url)  # B fetches it in the new run
    ledger_a.taken_back(url)  # A's old-run page comes back: left
    assert redis_server.client.sismember(articles, claimed_as(url))  # B's claim stands
    assert ledger_a.fetched(url) is False  # A does not hold it as its own
