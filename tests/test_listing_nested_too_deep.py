"""A section page nested past libxml2's limit (parsel parses with `huge_tree`: 2,047 levels
below <html>) lost its links after that point silently: the parser stops there. It is
counted (`news/listings_nested_too_deep`) and logged, on a real crawl of 127.0.0.1; the
links before the point are still followed, and a page nested just within the limit is no
such page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator

from newsarchive.spiders.listing import PARSER_DEPTH, nested_past_parser
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin


def _listing(levels: int, closed: bool = True) -> bytes:
    before = '<ul><li><a href="/news/2026/12/04/harbour-board-votes">Harbour board</a></li></ul>'
    deep = '<a href="/news/2026/12/04/evening-crossings-added">Evening crossings</a>'
    after = '<a href="/news/2026/12/04/summer-season-runs">Summer season</a>'
    nested = "<div>" * levels + deep + ("</div>" * levels if closed else "")
    body = f"<html><head><title>News</title></head><body>{before}{nested}{after}</body></html>"
    return body.encode()


def _response(body: bytes) -> HtmlResponse:
    return HtmlResponse("https://news.example/news/", body=body, encoding="utf-8")


def test_a_page_past_the_limit_is_told_from_one_within_it() -> None:
    within = _response(_listing(2_000))
    assert within.css("a::attr(href)").getall()[-1].endswith("summer-season-runs")
    assert not nested_past_parser(within)
    past = _response(_listing(2_100))
    assert [h for h in past.css("a::attr(href)").getall()] == [
        "/news/2026/12/04/harbour-board-votes"
    ]  # the parser stopped: the deep link and the one after it are lost
    assert nested_past_parser(past)
    assert nested_past_parser(_response(_listing(5_000, closed=False)))
    assert not nested_past_parser(_response(b"<html><body><p>short</p></body></html>"))
    assert PARSER_DEPTH == 2047


def test_the_limit_is_libxml2s_to_the_level() -> None:
    """The installed libxml2 keeps an element 2,047 levels below <html> and drops one a level
    deeper with all after it: PARSER_DEPTH is its limit exactly (a libxml2 whose limit moved
    fails here, not on pages of a depth between the two)."""
    # <body>, the <div>s, then the <a>: 2 + levels below <html>
    kept = _response(_listing(PARSER_DEPTH - 2))
    assert kept.css("a::attr(href)").getall()[-1].endswith("summer-season-runs")
    lost = _response(_listing(PARSER_DEPTH - 1))
    assert lost.css("a::attr(href)").getall() == ["/news/2026/12/04/harbour-board-votes"]
    assert nested_past_parser(lost)
    assert not nested_past_parser(_response(_listing(PARSER_DEPTH - 3)))
    # a deep branch within the limit, then shallow links after it: no such page
    deep_first = _listing(PARSER_DEPTH - 3).replace(b"</body>", b"<p><a href='/x'>x</a></p></body>")
    assert not nested_past_parser(_response(deep_first))
    # unclosed inline tags nest too (libxml2 closes none of them): the parse stops the same
    unclosed = b"<html><body>" + b"<font>" * 2_100 + b"<a href='/x'>x</a></body></html>"
    assert _response(unclosed).css("a").getall() == []
    assert nested_past_parser(_response(unclosed))


def test_a_body_read_as_json_is_no_such_page() -> None:
    from scrapy.http import TextResponse

    for body in (b'\xef\xbb\xbf{"items": []}', b"[1, 2]"):
        response = TextResponse("https://news.example/news/", body=body, encoding="utf-8")
        assert response.selector.type == "json"
        assert not nested_past_parser(response)


def _story(title: str) -> bytes:
    paragraph = "The harbour board voted on Tuesday to add two evening crossings to the timetable."
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{paragraph}</p></article></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    html = "text/html; charset=utf-8"
    pages = {
        "/news/": (html, _listing(2_100)),
        "/news/2026/12/04/harbour-board-votes": (html, _story("Harbour board")),
        "/news/2026/12/04/evening-crossings-added": (html, _story("Evening crossings")),
        "/news/2026/12/04/summer-season-runs": (html, _story("Summer season")),
    }
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("listing-too-deep")
        yield run_crawl("news", {"url": url + "/news/"}, {}, out)


def test_the_listing_is_counted_and_logged(crawl: CrawlResult) -> None:
    assert crawl.stats.get("news/listings_nested_too_deep") == 1
    lines = [line for line in crawl.log.splitlines() if "nests elements past 2047 levels" in line]
    assert len(lines) == 1 and "/news/" in lines[0] and "WARNING" in lines[0]


def test_the_links_before_the_point_are_followed(crawl: CrawlResult) -> None:
    urls = {item["url"].split("/", 3)[3] for item in crawl.items()}
    assert "news/2026/12/04/harbour-board-votes" in urls
    assert "news/2026/12/04/summer-season-runs" not in urls  # lost: the parser never saw it


@pytest.fixture(scope="module")
def follow_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    html = "text/html; charset=utf-8"
    pages = {
        "/": (html, _listing(2_100)),
        "/news/2026/12/04/harbour-board-votes": (html, _story("Harbour board")),
        "/news/2026/12/04/summer-season-runs": (html, _story("Summer season")),
    }
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("follow-too-deep")
        yield run_crawl("follow", {"url": url + "/", "depth": "1"}, {}, out)


def test_follow_counts_and_logs_the_page(follow_crawl: CrawlResult) -> None:
    assert follow_crawl.stats.get("follow/pages_nested_too_deep") == 1
    told = [line for line in follow_crawl.log.splitlines() if "nests elements past" in line]
    assert len(told) == 1 and "WARNING" in told[0]
    fetched = set()
    for path in follow_crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    fetched.add(record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3])
    assert "news/2026/12/04/harbour-board-votes" in fetched  # the link before the point
    assert "news/2026/12/04/summer-season-runs" not in fetched  # lost: the parser never saw it
