"""A folded article whose scheme answered, then was slow or cut mid-body, is no refused scheme.

The fold fallback (`news/articles_fold_fallback`) asks a story as written where its folded
scheme gave no answer. A server that sent its status line and headers answered in that
scheme: a body slower than the time allowed, or cut after its headers, is the server's
trouble (it would be alike in the other scheme), and asking again as written fetched the
page twice. With the project's settings such a body is archived truncated and dropped
(`WARC-Truncated: time` or `disconnect`, never a fallback); with Scrapy's own ways
(`DOWNLOAD_MAX_TIME=0`: the body fails on DOWNLOAD_TIMEOUT; `DOWNLOAD_FAIL_ON_DATALOSS=True`:
a cut body fails) the failure was taken for a refused scheme. A connection closed before any
answer still falls back. Real Scrapy against one local port answering http and TLS.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.plugins.both_schemes import CUT, HALF_BODY, STALLED_BODY, both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
SLOW = "/news/lighthouse-keeper-retires"  # https sends headers and half the body, then stalls
HALF = "/news/bakery-wins-bread-award"  # https sends headers and half the body, then closes
UNANSWERED = "/news/ferry-gets-a-new-engine"  # https closes the connection unanswered
STORIES = (SLOW, HALF, UNANSWERED)


@dataclass
class Origin:
    host: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)

    def answer(
        self, scheme: str, target: str
    ) -> tuple[int | tuple[str, int], Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/" and scheme == "https":
            links = (f"http://{self.host}{path}" for path in STORIES)
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if target in STORIES:
            title = target.rsplit("/", 1)[1].replace("-", " ").capitalize()
            page = story_page(title, f"{title}, the harbour office said. " * 20)
            if scheme == "https" and target == UNANSWERED:
                return CUT, {}, b""
            if scheme == "https":
                return ((STALLED_BODY if target == SLOW else HALF_BODY), 200), HTML, page
            return 200, HTML, page
        return 404, {"Content-Type": "text/plain"}, b"not here"


@dataclass
class Run:
    origin: Origin
    crawl: CrawlResult


def _run(tmp_path_factory: pytest.TempPathFactory, settings: dict[str, str]) -> Iterator[Run]:
    origin = Origin()
    out: Path = tmp_path_factory.mktemp("fold-fallback-slow-body")
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        args = {"url": f"https://{host}/news/", "requisites": "0"}
        base = {"STATE_ENABLED": "0", "RETRY_TIMES": "0"}
        yield Run(origin, run_crawl("news", args, {**base, **settings}, out))


@pytest.fixture(scope="module")
def scrapys_way(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """Bodies fail as Scrapy fails them: on DOWNLOAD_TIMEOUT, and on data loss."""
    settings = {
        "DOWNLOAD_MAX_TIME": "0",
        "DOWNLOAD_TIMEOUT": "5",
        "DOWNLOAD_FAIL_ON_DATALOSS": "True",
    }
    yield from _run(tmp_path_factory, settings)


@pytest.fixture(scope="module")
def projects_way(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """The project's settings: bodies cut at DOWNLOAD_MAX_TIME or short are archived truncated."""
    yield from _run(tmp_path_factory, {"DOWNLOAD_MAX_TIME": "2"})


def test_failed_so_as_scrapy_fails_bodies_it_is_not_asked_as_written(scrapys_way: Run) -> None:
    """Before, both were asked again over http (a second fetch, counted a fallback)."""
    _not_asked_as_written(scrapys_way)


def test_cut_and_archived_truncated_it_is_not_asked_as_written(projects_way: Run) -> None:
    _not_asked_as_written(projects_way)


def _not_asked_as_written(run: Run) -> None:
    asked = run.origin.asked
    log = run.crawl.log
    for path in (SLOW, HALF):
        assert [one for one in asked if one[1] == path] == [("https", path)], (asked, log[-4000:])
        assert f"asked as written, http://{run.origin.host}{path}" not in log, log[-4000:]
    assert [one for one in asked if one[1] == UNANSWERED] == [
        ("https", UNANSWERED),
        ("http", UNANSWERED),
    ], asked
    assert run.crawl.stats.get("news/articles_fold_fallback") == 1, run.crawl.stats
    urls = [item["url"] for item in run.crawl.items()]
    assert urls == [f"http://{run.origin.host}{UNANSWERED}"], log[-4000:]
    assert "Traceback" not in log, log[-4000:]
