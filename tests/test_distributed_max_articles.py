"""`max_articles` shared by a crawl's workers: the run's article set in Redis is the count.

A claim refused because that set is full (-1) is no article that gave no item: it frees no
place and asks for no waiting article (before, each refusal asked for the next waiting one,
refused in turn: the whole waiting list was popped and dropped, one by one). And a place
freed by an article that gave no item in a worker that listed no article waiting is taken by
the worker that did (before, the run ended short of the limit).

Real `scrapy crawl` processes, a real redis-server, the demo site on 127.0.0.1 behind a
front that decides, per worker (its User-Agent), what its article requests get.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import RunningCrawl, ended_on_failure, start_crawl
from tests.plugins.gated_front import gated_front, relay
from tests.plugins.page_origin import served
from tests.test_distributed import STARTED, RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_mixed_state import _until
from tests.test_distributed_state import is_article, log_of, shared_settings, wait_until_missed

LIMIT = 3
# one section's first page lists ten articles; nothing else lists any
ARGS = {"site": "demo", "requisites": "0", "discover": "sections", "sections": "politics"}


def _listed(demo: DemoServer) -> int:
    return min(len(demo.site.catalog.by_section["politics"]), 10)


def test_claims_refused_over_the_shared_limit_ask_for_no_waiting_article(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """Other workers' claims filled the run's `max_articles` before this worker's first
    claim (written here as theirs are: members of the run's article set). Each of its
    requests is refused at its claim; it asks for no more, counts no article that gave no
    item, and the set keeps the other workers' claims."""
    demo = demo_server_factory(articles=100)
    assert _listed(demo) > 2 * LIMIT
    settings = shared_settings(redis_server, "over-limit")
    key = f"{settings['NEWSARCHIVE_REDIS_KEY']}:articles"
    theirs = {f"{demo.base_url}/politics/elsewhere-{n}" for n in range(LIMIT)}
    with gated_front(demo, answered=0) as (front, _, release):
        args = {**ARGS, "base_url": front, "max_articles": str(LIMIT)}
        with ended_on_failure() as running:
            crawl = start_crawl("news", args, settings, tmp_path / "a")
            running.append(crawl)
            _until(lambda: bool(STARTED.search(log_of(crawl.log_path))), {"a": crawl}, "started")
            redis_server.client.sadd(key, *theirs)  # the run's fresh set: after its start
            release.set()
            done = crawl.wait(timeout=240)
    assert done.returncode == 0, done.log[-3000:]
    stats = done.stats
    assert stats.get("news/articles_requested") == LIMIT, stats
    assert stats.get("redis/articles_over_limit") == LIMIT, stats
    assert "news/articles_refused_uncounted" not in stats, stats
    assert not done.items()


class _Front:
    """The demo site; worker A's first article request waits until worker B's first two
    article requests were answered 404 (B gave no item of them); the rest are relayed."""

    def __init__(self, demo: DemoServer) -> None:
        self.demo = demo
        self.failed = 0
        self.lock = threading.Lock()
        self.b_failed = threading.Event()
        self.a_holding = threading.Event()

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        agent = handler.headers.get("User-Agent", "")
        if is_article(self.demo, handler.path) and agent == "worker-b":
            with self.lock:
                fail = self.failed < LIMIT - 1
                self.failed += fail
            if fail:
                handler.send_error(404)
                with self.lock:
                    if self.failed == LIMIT - 1:
                        self.b_failed.set()
                return
        if is_article(self.demo, handler.path) and agent == "worker-a":
            self.a_holding.set()
            self.b_failed.wait(240)
        relay(handler, self.demo)


@contextlib.contextmanager
def _front(
    answer: Callable[[BaseHTTPRequestHandler], None], *ends: threading.Event
) -> Iterator[str]:
    """A front answering with `answer`; `ends` are set as the block ends (its waits let go)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                answer(self)

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        try:
            yield url
        finally:
            for end in ends:
                end.set()


def test_a_place_freed_in_a_worker_with_nothing_waiting_is_taken_by_the_lister(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """A lists the section (three articles asked for, the rest waiting) and fetches one at a
    time; B, started once A fetches its first, takes the other two, which give no item.
    Their places are free in the run's set, B has nothing waiting, and A took itself for
    full: the run ended with one article of three (the places B freed, B refilled from its
    own waiting list only). A takes them now from its waiting list."""
    demo = demo_server_factory(articles=100)
    front = _Front(demo)
    settings = shared_settings(redis_server, "freed-places", DOWNLOAD_TIMEOUT="300")
    with _front(front.answer, front.b_failed) as url:
        args = {**ARGS, "base_url": url, "max_articles": str(LIMIT)}
        running: dict[str, RunningCrawl] = {}
        with ended_on_failure() as started:
            a_settings = {**settings, "USER_AGENT": "worker-a", "CONCURRENT_REQUESTS": "1"}
            running["a"] = start_crawl("news", args, a_settings, tmp_path / "a")
            started.append(running["a"])
            _until(front.a_holding.is_set, running, "A fetching its first article")
            b_settings = {**settings, "USER_AGENT": "worker-b"}
            running["b"] = start_crawl("news", args, b_settings, tmp_path / "b")
            started.append(running["b"])
            done = {name: crawl.wait(timeout=240) for name, crawl in running.items()}
    for worker in done.values():
        assert worker.returncode == 0, worker.log[-3000:]
    assert "Joining crawl" in done["b"].log
    assert sum(w.stats.get("news/articles_refused_uncounted", 0) for w in done.values()) == 2
    items = sorted(urlsplit(i["url"]).path for w in done.values() for i in w.items())
    assert len(items) == len(set(items)) == LIMIT, items


class _StallFront:
    """The demo site; worker A's first article request waits until `a_go`; worker B's
    request for that article is answered 404, B's other article requests wait until `b_go`."""

    def __init__(self, demo: DemoServer) -> None:
        self.demo = demo
        self.first: str | None = None
        self.a_holding, self.a_go = threading.Event(), threading.Event()
        self.b_failed, self.b_holding, self.b_go = (threading.Event() for _ in range(3))

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        agent, path = handler.headers.get("User-Agent", ""), handler.path
        if is_article(self.demo, path) and agent == "worker-a" and self.first is None:
            self.first = path
            self.a_holding.set()
            self.a_go.wait(240)
        elif is_article(self.demo, path) and agent == "worker-b" and path == self.first:
            handler.send_error(404)
            self.b_failed.set()
            return
        elif is_article(self.demo, path) and agent == "worker-b":
            self.b_holding.set()
            self.b_go.wait(240)
        relay(handler, self.demo)


def test_a_place_freed_by_the_takers_fetch_of_a_stalled_workers_article_is_taken(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """A lists the section (three articles asked for, the rest waiting) and stalls past its
    TTL fetching the first; B takes that request back with the other two, and its fetch of it
    gives no item. Woken, A leaves its copy to B (`LEFT_TO_TAKER`: no place freed in A, which
    still counts the article), and B has nothing waiting: the run ended one short. A takes
    the place from its waiting list now."""
    demo = demo_server_factory(articles=100)
    front = _StallFront(demo)
    settings = shared_settings(redis_server, "taker-freed", DOWNLOAD_TIMEOUT="300")
    with _front(front.answer, front.a_go, front.b_go) as url:
        args = {**ARGS, "base_url": url, "max_articles": str(LIMIT)}
        running: dict[str, RunningCrawl] = {}
        with ended_on_failure() as started:
            a_settings = {
                **settings, "USER_AGENT": "worker-a", "CONCURRENT_REQUESTS": "1",
                "NEWSARCHIVE_REDIS_WORKER_TTL": "3",
            }  # fmt: skip
            running["a"] = start_crawl("news", args, a_settings, tmp_path / "a")
            started.append(running["a"])
            _until(front.a_holding.is_set, running, "A fetching its first article")
            running["a"].process.send_signal(signal.SIGSTOP)
            try:
                wait_until_missed(a_settings)
                b_settings = {**settings, "USER_AGENT": "worker-b"}
                running["b"] = start_crawl("news", args, b_settings, tmp_path / "b")
                started.append(running["b"])
                _until(front.b_failed.is_set, running, "B failing the article taken back")
                _until(front.b_holding.is_set, running, "B fetching the others")
            finally:
                running["a"].process.send_signal(signal.SIGCONT)
            front.a_go.set()
            woke = "rejoins the crawl"
            _until(lambda: woke in log_of(running["a"].log_path), running, "A rejoining")
            front.b_go.set()
            done = {name: crawl.wait(timeout=240) for name, crawl in running.items()}
    for worker in done.values():
        assert worker.returncode == 0, worker.log[-3000:]
    # at least: at a TTL of 3 s a loaded box may stall A again later (its next request left too)
    assert done["a"].stats.get("redis/taken_back_while_stalled", 0) >= 1, done["a"].stats
    assert done["b"].stats.get("news/articles_refused_uncounted") == 1, done["b"].stats
    items = sorted(urlsplit(i["url"]).path for w in done.values() for i in w.items())
    assert front.first not in items
    assert len(items) == len(set(items)) == LIMIT, items
