"""A listing answered as JSON under an HTML (or plain text) label, or opening with a byte-order
mark: read as HTML it gave no link and no word of why (or, as a plain-text answer with the mark,
parsel read it as JSON and refused CSS on it: a ValueError out of the spider). It is read as
the JSON listing it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, TextResponse

from newsarchive.spiders.jsonlisting import is_json
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

BOM = b"\xef\xbb\xbf"
TITLE = "Harbour board adds evening ferries"
SENTENCE = "The harbour board voted on Tuesday to add two evening crossings to the timetable."
STORIES = [f"/news/2026/12/04/ferry-story-{n}" for n in range(3)]
LISTING = b'{"items": [' + b", ".join(b'{"url": "%s"}' % p.encode() for p in STORIES) + b"]}"


def _response(body: bytes, kind: str) -> TextResponse:
    return TextResponse("https://n.example/api/", body=body, headers={"Content-Type": kind})


@pytest.mark.parametrize(
    ("body", "kind", "expected"),
    [
        (LISTING, "application/json", True),
        (LISTING, "text/plain", True),
        (BOM + LISTING, "text/plain", True),  # was False: the mark hid the brace
        (LISTING, "text/html; charset=utf-8", True),  # was False: parsel reads it as JSON
        (BOM + b"  " + LISTING, "text/html", True),
        (b"<html><body><p>[1] A footnote first</p></body></html>", "text/html", False),
        (b"[not json] <html><body><a href='/x'>x</a></body></html>", "text/html", False),
        (b"<html><body>{}</body></html>", "text/plain", False),
    ],
)
def test_a_listing_is_json_where_its_body_is(body: bytes, kind: str, expected: bool) -> None:
    assert is_json(_response(body, kind)) is expected
    html = HtmlResponse("https://n.example/api/", body=body, headers={"Content-Type": kind})
    assert is_json(html) is expected  # as Scrapy makes it for an HTML label


def _story(n: int) -> bytes:
    return (
        f"<html><head><title>{TITLE} {n}</title></head><body><article><h1>{TITLE} {n}</h1>"
        f"<p>{SENTENCE}</p></article></body></html>"
    ).encode()


# past OFF_THREAD_BYTES: read on a worker thread, and taken as JSON from what it read there
PADDED = LISTING[:-1] + b', "padding": "' + b"x" * (300 * 1024) + b'"}'


@pytest.fixture(scope="module", params=["small", "large"])
def crawl(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CrawlResult]:
    pages = {path: ("text/html; charset=utf-8", _story(n)) for n, path in enumerate(STORIES)}
    listing = BOM + (LISTING if request.param == "small" else PADDED)
    pages["/news/"] = ("text/html; charset=utf-8", listing)
    with page_origin(pages) as url:
        out: Path = tmp_path_factory.mktemp("json-as-html-listing")
        yield run_crawl("news", {"url": url + "/news/"}, {}, out)


def test_a_section_answered_as_json_under_an_html_label_gives_its_articles(
    crawl: CrawlResult,
) -> None:
    assert sorted(item["url"].split("/", 3)[3] for item in crawl.items()) == sorted(
        path.lstrip("/") for path in STORIES
    )


def test_the_section_raised_nothing(crawl: CrawlResult) -> None:
    assert "spider_exceptions/count" not in crawl.stats
    assert "Traceback" not in crawl.log


def test_a_large_one_is_read_on_a_worker_thread(
    crawl: CrawlResult, request: pytest.FixtureRequest
) -> None:
    large = request.node.callspec.params["crawl"] == "large"
    assert crawl.stats.get("news/listings_read_off_thread", 0) == (1 if large else 0)
