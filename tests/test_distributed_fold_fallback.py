"""The fold fallback in a shared crawl: a folded article request that failed in a worker that
did not list it is asked as written there.

A site served over https lists four stories linked `http://...`: each is asked over https
(folded, `news/links_scheme_folded`), and its https gives no answer. Worker A reads the
listing; its folded requests go to the shared queue, and worker B fetches three of them.
Only A's frontier knew their written spellings: B said `could not fetch` and the three
stories were lost. The written spelling now travels with the request; B asks it, and each
story is exported once, by one of the workers. Real `scrapy crawl` processes, a real
redis-server, one local port answering http and TLS; the origin tells the workers apart by
their User-Agent.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from tests.plugins.both_schemes import CUT, both_schemes_origin
from tests.plugins.crawling import RunningCrawl, ended_on_failure, start_crawl
from tests.plugins.story_page import story_page
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_mixed_state import _until
from tests.test_distributed_state import shared_settings

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = (
    "/news/lighthouse-keeper-retires",
    "/news/bakery-wins-bread-award",
    "/news/ferry-gets-a-new-engine",
    "/news/market-square-repaved",
)


class Origin:
    """Over https the listing; its stories over http alone. A's first story request waits
    until B was cut on each of the others over https."""

    def __init__(self) -> None:
        self.host = ""
        self.asked: list[tuple[str, str, str]] = []
        self.lock = threading.Lock()
        self.a_holding, self.b_cut = threading.Event(), threading.Event()

    def answer(self, scheme: str, target: str, agent: str) -> tuple[int, Mapping[str, str], bytes]:
        with self.lock:
            self.asked.append((agent, scheme, target))
            b_cut = sum(
                1 for one in self.asked if one[:2] == ("worker-b", "https") and one[2] in STORIES
            )
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/" and scheme == "https":
            links = (f"http://{self.host}{path}" for path in STORIES)
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if target in STORIES and scheme == "https":
            if agent == "worker-a" and not self.a_holding.is_set():
                self.a_holding.set()
                self.b_cut.wait(240)
            elif agent == "worker-b" and b_cut == len(STORIES) - 1:
                self.b_cut.set()
            return CUT, {}, b""
        if target in STORIES:
            title = target.rsplit("/", 1)[1].replace("-", " ").capitalize()
            return 200, HTML, story_page(title, f"{title}, the harbour office said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


def test_a_folded_request_failing_in_another_worker_is_asked_as_written(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    origin = Origin()
    settings = shared_settings(
        redis_server, "fold-fallback", DOWNLOAD_TIMEOUT="300", RETRY_TIMES="0"
    )
    try:
        with both_schemes_origin(origin.answer, by_agent=True) as host:
            origin.host = host
            args = {"url": f"https://{host}/news/", "requisites": "0"}
            running: dict[str, RunningCrawl] = {}
            with ended_on_failure() as started:
                a = {**settings, "USER_AGENT": "worker-a", "CONCURRENT_REQUESTS": "1"}
                running["a"] = start_crawl("news", args, a, tmp_path / "a")
                started.append(running["a"])
                _until(origin.a_holding.is_set, running, "A fetching its first story")
                running["b"] = start_crawl(
                    "news", args, {**settings, "USER_AGENT": "worker-b"}, tmp_path / "b"
                )
                started.append(running["b"])
                done = {name: crawl.wait(timeout=240) for name, crawl in running.items()}
    finally:
        origin.b_cut.set()  # A's held request let go, whatever happened
    logs = "\n".join(worker.log[-3000:] for worker in done.values())
    for worker in done.values():
        assert worker.returncode == 0, worker.log[-3000:]
        assert "Traceback" not in worker.log, worker.log[-3000:]
    assert "Joining crawl" in done["b"].log, logs
    urls = sorted(item["url"] for worker in done.values() for item in worker.items())
    assert urls == sorted(f"http://{host}{path}" for path in STORIES), logs
    stats = [worker.stats for worker in done.values()]
    assert sum(one.get("news/articles_fold_fallback", 0) for one in stats) == len(STORIES), stats
    assert done["b"].stats.get("news/articles_fold_fallback") == len(STORIES) - 1, logs
    # each story asked once in each scheme, by either worker
    for path in STORIES:
        schemes = sorted(scheme for _, scheme, target in origin.asked if target == path)
        assert schemes == ["http", "https"], (path, origin.asked)
    assert "could not fetch" not in logs, logs


PAGE_TWO = "/news/?page=2"
LAST = "/news/harbour-fair-dates-set"  # page 2's last link: B read every link before it


class BothListed(Origin):
    """As `Origin`, and a second listing page that links the stories in the site's scheme
    (`https://...`: no other spelling), read by B alone (its start URL). B's https stories
    are cut only once B asked `LAST`, the listing's last link: B listed each story itself,
    in the one spelling its page wrote, before its fetch of A's folded request failed."""

    def __init__(self) -> None:
        super().__init__()
        self.b_listed = threading.Event()

    def answer(self, scheme: str, target: str, agent: str) -> tuple[int, Mapping[str, str], bytes]:
        if target == PAGE_TWO and scheme == "https":
            with self.lock:
                self.asked.append((agent, scheme, target))
            links = [f"https://{self.host}{path}" for path in (*STORIES, LAST)]
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if target == LAST:
            self.b_listed.set()
            title = "Harbour fair dates set"
            return 200, HTML, story_page(title, f"{title}, the harbour office said.")
        if target in STORIES and scheme == "https" and agent == "worker-b":
            self.b_listed.wait(240)
        return super().answer(scheme, target, agent)


def test_a_worker_that_listed_the_story_in_one_spelling_learns_the_written_one(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """B's own listing named each story once, as `https://...`: its frontier knew the story
    and no other spelling of it, so the written one A's request carried was not learnt and B
    said `could not fetch` for the three it fetched (stories lost); now the spellings B never
    had are taken, and each story is exported once."""
    origin = BothListed()
    settings = shared_settings(
        redis_server, "fold-fallback-both-listed", DOWNLOAD_TIMEOUT="300", RETRY_TIMES="0"
    )
    try:
        with both_schemes_origin(origin.answer, by_agent=True) as host:
            origin.host = host
            args = {"url": f"https://{host}/news/", "requisites": "0"}
            running: dict[str, RunningCrawl] = {}
            with ended_on_failure() as started:
                a = {**settings, "USER_AGENT": "worker-a", "CONCURRENT_REQUESTS": "1"}
                running["a"] = start_crawl("news", args, a, tmp_path / "a")
                started.append(running["a"])
                _until(origin.a_holding.is_set, running, "A fetching its first story")
                b_args = {**args, "url": f"https://{host}{PAGE_TWO}"}
                # B's stories wait for its fetch of LAST: room for them and LAST at once
                b = {**settings, "USER_AGENT": "worker-b", "CONCURRENT_REQUESTS_PER_DOMAIN": "8"}
                running["b"] = start_crawl("news", b_args, b, tmp_path / "b")
                started.append(running["b"])
                done = {name: crawl.wait(timeout=240) for name, crawl in running.items()}
    finally:
        origin.b_cut.set()
        origin.b_listed.set()
    logs = "\n".join(worker.log[-3000:] for worker in done.values())
    for worker in done.values():
        assert worker.returncode == 0, worker.log[-3000:]
        assert "Traceback" not in worker.log, worker.log[-3000:]
    assert ("worker-b", "https", PAGE_TWO) in origin.asked, logs
    urls = sorted(item["url"] for worker in done.values() for item in worker.items())
    written = [f"http://{host}{path}" for path in STORIES]
    assert urls == sorted([*written, f"https://{host}{LAST}"]), logs
    assert done["b"].stats.get("news/articles_fold_fallback") == len(STORIES) - 1, logs
    assert "could not fetch" not in logs, logs
