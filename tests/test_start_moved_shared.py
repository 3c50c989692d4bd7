"""A shared crawl's section that moved to another name of its site: every worker crawls there.

Worker A reads `news.example.test/politik/`, moved to `example.test/politik/`, and takes
`example.test` into its scope (`scope/start_moved`); the stories it lists there go into the
crawl's Redis queue. Worker B, joining the run, never sees the move (the section is asked
once per run): it took those stories from the queue and dropped them as offsite, counted
only in `offsite/filtered`, and half the section was lost. A worker restarted into the run
lost them alike. Real `scrapy crawl news` processes, a real redis-server, the hosts names
a forward proxy on 127.0.0.1 answers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.plugins.crawling import RunningCrawl, ended_on_failure, start_crawl
from tests.plugins.moving_hosts import MovingHosts, listing, proxied, serving, story
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

STORIES = [f"/politik/2026/12/05/the-council-votes-on-item-{n}" for n in range(8)]
PREFIX = "newsarchive:test-startmoved"
FOOTER = "<footer><a href='/impressum'>Impressum</a></footer>"  # a page the stories link to


@contextmanager
def moved_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, list[str]]]:
    """`news.example.test` moves every page to `example.test`, whose section lists STORIES.
    The stories are held until the Event is set (`holding`: one waits). Yields (release,
    the story paths asked)."""
    release, asked = threading.Event(), []

    class Handler(MovingHosts):
        def answer(self, host: str, path: str) -> tuple[int, str | None, bytes]:
            if host == "news.example.test":
                return 301, "http://example.test" + path, b""
            if path == "/robots.txt":
                return 200, None, b"User-agent: *\nAllow: /\n"
            if path == "/politik/":
                return 200, None, listing(tuple(STORIES))
            if path == "/impressum":
                return 200, None, b"<html><body><p>Invented Verlag</p></body></html>"
            if path in STORIES:
                asked.append(path)
                release.wait(240)
                title = path.rsplit("/", 1)[1].replace("-", " ")
                return 200, None, story(title, "de", FOOTER)
            return 404, None, b"not here"

    with serving(Handler) as port, proxied(port, monkeypatch):
        try:
            yield release, asked
        finally:
            release.set()  # no story held past the test


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _until(done: Callable[[], bool], crawls: list[RunningCrawl], what: str) -> None:
    deadline = time.monotonic() + 240  # a hang guard only
    while not done():
        for crawl in crawls:
            assert crawl.process.poll() is None, f"{what}: {_log(crawl)[-3000:]}"
        assert time.monotonic() < deadline, f"never {what}: {_log(crawls[-1])[-3000:]}"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("spider", "more", "pages"),
    [
        ("news", {}, STORIES),
        # follow: the start page, the stories, the page they link to (B follows links there)
        ("follow", {"depth": "2", "items": "1"}, ["/politik/", *STORIES, "/impressum"]),
    ],
)
def test_a_worker_joining_crawls_the_host_another_worker_s_start_page_moved_to(
    spider: str,
    more: dict[str, str],
    pages: list[str],
    redis_server: RedisServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    settings = shared_settings(
        redis_server, "startmoved", NETWORK_ALLOWED="", STATE_ENABLED="0", DOWNLOAD_TIMEOUT="300"
    )
    queued = f"{PREFIX}:requests"
    args = {"url": "http://news.example.test/politik/", **more}
    with moved_site(monkeypatch) as (release, asked), ended_on_failure() as crawls:
        # A downloads one page at a time: it waits on its first story, the rest queued
        a = start_crawl(spider, args, {**settings, "CONCURRENT_REQUESTS": "1"}, tmp_path / "a")
        crawls.append(a)
        _until(
            lambda: bool(asked) and redis_server.client.zcard(queued) >= len(STORIES) - 1,
            crawls,
            "A queued the stories",
        )
        b = start_crawl(spider, args, settings, tmp_path / "b")
        crawls.append(b)
        # B has taken the queue (A waits on its one story): dropped it, or fetches it
        _until(lambda: redis_server.client.zcard(queued) == 0, crawls, "B took the queue")
        release.set()
        done_a, done_b = a.wait(240), b.wait(240)
    assert done_a.returncode == 0, done_a.log[-3000:]
    assert done_b.returncode == 0, done_b.log[-3000:]
    assert done_a.stats["scope/start_moved"] == 1
    urls = [item["url"] for done in (done_a, done_b) for item in done.items()]
    wanted = sorted(f"http://example.test{path}" for path in pages)
    assert sorted(urls) == wanted, done_b.log[-3000:]  # was: A's one story, B's dropped
    assert "offsite/filtered" not in done_b.stats
    assert done_b.stats["scope/start_moved_shared"] == 1
