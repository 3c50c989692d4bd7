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

import json
import signal
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsarchive import settings as project_settings
from newsarchive.demo.lab_paging import PAGE, token
from newsarchive.demo.server import DemoServer
from newsarchive.state.extension import CrawlStateExtension
from newsarchive.state.middleware import IncrementalMiddleware, IncrementalSpiderMiddleware
from newsarchive.state.run import crawl_state
from newsarchive.warc.exchange import RecordRef
from tests.plugins.crawling import CrawlResult, run_crawl, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import run_together, shared_settings, wait_until_missed

URLS = [f"http://news.test/politics/a-{n}" for n in range(5)]
LISTED = "2025-01-01T00:00:00Z"


def report(worker: CrawlResult) -> dict[str, Any]:
    [path] = (worker.out_dir / "reports").glob("*.json")
    return dict(json.loads(path.read_text()))


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
            "STATE_RUN_LEDGER": "newsarchive.shared_ledger.RedisRunLedger",
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


def test_workers_of_a_shared_crawl_raise_no_alarm_for_sections_another_read(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """Each worker reads only some listing pages: a section another worker read named 0
    articles here. Judged per worker, every such run was "degraded" (exit 4 with
    NEWSARCHIVE_FAIL_ON_ALARM), however healthy the site."""
    demo = demo_server_factory(articles=80)
    settings = shared_settings(redis_server, "alarms", NEWSARCHIVE_FAIL_ON_ALARM="1")
    # no page answered until both workers are up: both read listings (was a pace of 0.15 s
    # a request, to outlast the later worker's start-up)
    with gated_front(demo, answered=0) as (front, _, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        workers = run_together(args, settings, [tmp_path / "a", tmp_path / "b"], release)
    reports = [report(worker) for worker in workers]
    read = [{s for s, listing in r["listings"].items() if listing["pages"]} for r in reports]
    assert read[0] != read[1] or not all(read), read  # some section is another worker's
    assert sum(r["articles"]["new"] for r in reports) == len(demo.site.catalog.ids)
    assert [r["status"] for r in reports] == ["ok", "ok"], [r["alarms"] for r in reports]


def test_a_cursor_loop_is_seen_by_the_worker_resuming_a_killed_one_s_listing(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The lab's `loop` section hands back its first cursor in its last answer. The
    worker that followed that cursor is killed on its answer; the worker resuming the
    crawl reads the rest: it must see the loop (the cursors followed travel with the
    listing's requests), not call the listing unfinished when the shared dupefilter
    drops the repeated cursor's request. Every lab article is still archived once."""
    with DemoServer(articles=160) as lab:
        args = {"base_url": lab.base_url, "requisites": "0"}
        settings = shared_settings(redis_server, "cursorkill", NEWSARCHIVE_REDIS_WORKER_TTL="1")
        extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillOnResponse": 200}
        kill = {"EXTENSIONS": json.dumps(extensions), "TEST_KILL_ON_RESPONSE": token("loop", PAGE)}
        killed = start_crawl("paging-lab", args, {**settings, **kill}, tmp_path / "killed")
        assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[
            -3000:
        ]
        wait_until_missed(settings)  # its heartbeat lapses: it is dead
        resumed = run_crawl(
            "paging-lab", args, {**settings, "NEWSARCHIVE_RESUME": "1"}, tmp_path / "resumed"
        )
        items = Counter(item["url"] for item in resumed.items() + killed.wait().items())
    assert resumed.stats.get("redis/requeued_from_dead_workers", 0) > 0
    assert len(items) == 141 and set(items.values()) == {1}
    assert report(resumed)["listings"]["loop"]["ended"] == "cursor_loop"
