"""The incremental middleware as a component (get_crawler, real SQLite state, no network)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from newsarchive.state.extension import CrawlStateExtension
from newsarchive.state.middleware import IncrementalMiddleware, IncrementalSpiderMiddleware
from newsarchive.state.run import crawl_state
from newsarchive.warc.exchange import RecordRef

URL = "http://news.test/politics/a-1"


def article(url: str = URL, listed: str | None = None) -> Request:
    meta: dict[str, object] = {"newsarchive_article": True, "newsarchive_section": "politics"}
    if listed:
        meta["newsarchive_listed_modified"] = listed
    return Request(url, meta=meta)


def answer(request: Request, body: bytes, date: str, status: int = 200) -> HtmlResponse:
    ref = RecordRef(f"<urn:uuid:{date}>", "x.warc.gz", 0, "response", date, request.url)
    request.meta["newsarchive_warc"] = ref
    headers = {"ETag": '"e1"', "Content-Type": "text/html"}
    return HtmlResponse(request.url, status=status, body=body, headers=headers, request=request)


@pytest.fixture
def runs(tmp_path: Path) -> Iterator[Callable[[], IncrementalMiddleware]]:
    """A factory of successive runs over one state file."""
    opened: list[Crawler] = []

    def new_run() -> IncrementalMiddleware:
        if opened:
            crawl_state(opened[-1]).close()
        crawler = get_crawler(Spider, {"STATE_PATH": str(tmp_path / "s.sqlite")})
        opened.append(crawler)
        build_from_crawler(CrawlStateExtension, crawler)  # the state's owner opens it
        return build_from_crawler(IncrementalMiddleware, crawler)

    yield new_run
    if opened:
        crawl_state(opened[-1]).close()


def fetch(mw: IncrementalMiddleware, request: Request, body: bytes, date: str) -> None:
    assert mw.process_request(request) is None
    mw.process_response(request, answer(request, body, date))
    crawl_state(mw.crawler).commit_all()


def test_new_then_skipped_then_changed(runs: Callable[[], IncrementalMiddleware]) -> None:
    first = runs()
    fetch(first, article(listed="2025-01-01T00:00:00Z"), b"v1", "2026-01-01T00:00:00.000000Z")
    with pytest.raises(IgnoreRequest, match="already fetched"):
        first.process_request(article())  # a second listing of it, same run

    second = runs()
    with pytest.raises(IgnoreRequest, match="unchanged"):
        second.process_request(article(listed="2025-01-01T00:00:00Z"))
    stats = second.crawler.stats
    assert stats is not None and stats.get_value("state/skipped/unchanged") == 1
    assert stats.get_value("state/section/politics/unchanged") == 1

    changed = article(listed="2025-02-01T00:00:00Z")  # a later listing date: fetch again
    assert second.process_request(changed) is None
    assert changed.headers.get("If-None-Match") == b'"e1"'
    original, digest = changed.meta["newsarchive_warc_not_modified"]
    assert original.date == "2026-01-01T00:00:00.000000Z" and digest.startswith("sha1:")
    second.process_response(changed, answer(changed, b"v2", "2026-02-01T00:00:00.000000Z"))
    outcome = crawl_state(second.crawler).outcomes[URL]
    assert (outcome.kind, outcome.version, outcome.previous_capture) == (
        "changed",
        2,
        "2026-01-01T00:00:00.000000Z",
    )
    assert stats.get_value("state/skipped/unchanged") == 0  # it was fetched after all


def test_a_304_keeps_the_version_and_is_not_an_item(
    runs: Callable[[], IncrementalMiddleware],
) -> None:
    fetch(runs(), article(), b"v1", "2026-01-01T00:00:00.000000Z")
    again = runs()
    request = article(listed="2030-01-01T00:00:00Z")
    again.process_request(request)
    again.process_response(request, answer(request, b"", "2026-03-01T00:00:00Z", status=304))
    outcome = crawl_state(again.crawler).outcomes[URL]
    assert (outcome.kind, outcome.version) == ("not_modified", 1)


def test_pages_that_are_no_articles_pass_untouched(
    runs: Callable[[], IncrementalMiddleware],
) -> None:
    mw = runs()
    listing = Request("http://news.test/politics/")
    assert mw.process_request(listing) is None
    assert "newsarchive_state_checked" not in listing.meta
    mw.process_request(Request("http://news.test/politics/"))  # always fetched, every time


def test_a_redirected_link_is_known_under_both_urls(
    runs: Callable[[], IncrementalMiddleware],
) -> None:
    first = runs()
    link = article("http://news.test/a-1")
    assert first.process_request(link) is None
    final = link.replace(url=URL)  # what RedirectMiddleware sends next (meta copied)
    final.meta["redirect_urls"] = [link.url]
    assert first.process_request(final) is None  # already decided: passes through
    first.process_response(final, answer(final, b"v1", "2026-01-01T00:00:00.000000Z"))
    crawl_state(first.crawler).commit_item(URL)

    again = runs()
    for url in (link.url, URL):  # a later listing of either is skipped
        with pytest.raises(IgnoreRequest, match="unchanged"):
            again.process_request(article(url))


def test_without_state_a_relisted_article_is_not_fetched_twice() -> None:
    crawler = get_crawler(Spider, {"STATE_ENABLED": "0"})
    build_from_crawler(CrawlStateExtension, crawler)
    mw = build_from_crawler(IncrementalMiddleware, crawler)
    assert mw.process_request(article()) is None
    relisted = article(listed="2025-02-01T00:00:00Z")
    relisted.meta["newsarchive_relisted"] = True
    with pytest.raises(IgnoreRequest):
        mw.process_request(relisted)


def test_the_spider_middleware_drops_what_the_state_skips_before_it_is_queued(
    runs: Callable[[], IncrementalMiddleware],
) -> None:
    fetch(runs(), article(listed="2025-01-01T00:00:00Z"), b"v1", "2026-01-01T00:00:00.000000Z")
    again = runs()
    early = build_from_crawler(IncrementalSpiderMiddleware, again.crawler)
    other = "http://news.test/politics/a-2"
    yielded = [
        article(listed="2025-01-01T00:00:00Z"),  # known, unchanged: dropped here
        article(other),  # new: on to the downloader
        Request("http://news.test/politics/"),  # a listing: untouched
    ]
    relisted = article(other, listed="2025-03-01T00:00:00Z")
    relisted.meta["newsarchive_relisted"] = True  # a later listing of the one on its way
    yielded.append(relisted)
    passed = list(early.process_spider_output(None, yielded))
    assert [r.url for r in passed] == [other, "http://news.test/politics/"]
    stats = again.crawler.stats
    assert stats is not None
    assert stats.get_value("state/skipped/unchanged") == 1
    assert stats.get_value("state/skipped/duplicate") == 1
    # the downloader middleware still decides (and claims) what passed
    assert again.process_request(passed[0]) is None
    assert passed[0].meta["newsarchive_state_checked"] == passed[0].url  # the URL it looked at
    assert stats.get_value("state/fetch/new") == 1
