"""Listings end only when they have ended: paging rules, and a crawl of a site of our own.

tests/fixtures/sites/paging is served in the demo profile's URL scheme: its World
page shows ten teasers and a "show more" whose first answer repeats them; its
Politics "show more" answer is full and says the listing holds 20.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.sites.base import ShowMore
from newsarchive.spiders.paging import ListingProgress, answer_end, first_offset, next_offset
from newsarchive.spiders.sources import Entry, ShowMoreAnswer, read_show_more
from tests.plugins.fixture_server import FixtureSites, SiteCrawl, crawl_site

SPEC = ShowMore(url="/api?from={offset}", size=3, offset_pattern=r'data-from="(\d+)"')


def entries(count: int) -> tuple[Entry, ...]:
    return tuple(Entry(f"/a/{n}") for n in range(count))


@pytest.mark.parametrize(
    ("html", "spec", "teasers", "expected"),
    [
        ('<div data-from="12">', SPEC, 5, 12),  # what the page states wins
        ("<div>", SPEC, 5, 5),  # else the teasers the page showed
        ("<div>", ShowMore(url="", first_offset=0), 5, 0),  # else the profile's fixed offset
        ('<div data-from="x">', SPEC, 4, 4),
    ],
)
def test_first_offset(html: str, spec: ShowMore, teasers: int, expected: int) -> None:
    assert first_offset(html, spec, teasers) == expected


@pytest.mark.parametrize(
    ("answer", "offset", "end", "following"),
    [
        (ShowMoreAnswer(entries(3)), 0, None, 3),  # full page, nothing said: go on
        (ShowMoreAnswer(entries(2)), 0, "short_page", 2),
        (ShowMoreAnswer(entries(2), more=True), 0, None, 2),  # the site's word beats the size
        (ShowMoreAnswer(entries(3), more=False), 0, "end_marker", 3),
        (ShowMoreAnswer(entries(3), total=6), 3, "total", 6),
        (ShowMoreAnswer(entries(3), total=7), 3, None, 6),
        (ShowMoreAnswer(entries(3), next_offset=10, total=12), 0, None, 10),
        (ShowMoreAnswer(()), 9, "empty", 9),
        (ShowMoreAnswer((), more=True), 9, "empty", 9),  # never asks the same offset again
    ],
)
def test_answer_end_and_next_offset(
    answer: ShowMoreAnswer, offset: int, end: str | None, following: int
) -> None:
    assert answer_end(answer, SPEC, offset) == end
    assert next_offset(answer, offset) == following


def test_read_show_more_reads_the_answers_own_markers() -> None:
    spec = ShowMore(
        url="",
        items_path=("data", "items"),
        total_field=("data", "total"),
        more_field=("data", "has_more"),
        next_offset_field=("data", "next"),
    )
    data = {"data": {"items": [{"url": "/a"}], "total": "40", "has_more": True, "next": 11}}
    assert read_show_more(data, spec) == ShowMoreAnswer((Entry("/a"),), 40, True, 11)
    odd = {"data": {"items": [], "total": -1, "has_more": "yes", "next": True}}
    assert read_show_more(odd, spec) == ShowMoreAnswer(())


def test_repeated_pages_end_a_section_only_after_the_bound() -> None:
    progress = ListingProgress(repeat_pages=2)
    progress.read("world", {"/a", "/b"})
    assert progress.stop("world", 1, depth=9, full=False, too_old=False) is None
    progress.read("world", {"/a"})  # one page of repeats
    assert progress.stop("world", 2, depth=9, full=False, too_old=False) is None
    progress.read("world", {"/b"})  # a second in a row
    assert progress.stop("world", 3, depth=9, full=False, too_old=False) == "repeats"
    progress.read("us", {"/c"})
    assert progress.stop("us", 5, depth=5, full=False, too_old=False) == "depth"
    assert progress.stop("us", 1, depth=5, full=False, too_old=True) == "since"
    assert progress.section_of("/b") == "world"
    with pytest.raises(ValueError, match="LISTING_REPEAT_PAGES"):
        ListingProgress(repeat_pages=0)


WORLD = {f"/world/story-number-{n}" for n in range(101, 116)}
POLITICS = {f"/politics/story-number-{n}" for n in range(201, 221)}


@pytest.fixture(scope="module")
def paged(fixture_sites: FixtureSites, tmp_path_factory: pytest.TempPathFactory) -> SiteCrawl:
    out = tmp_path_factory.mktemp("paging")
    server = fixture_sites.server("paging")
    crawl = crawl_site(server, "demo", out, "sections=world,politics", "discover=sections")
    assert crawl.returncode == 0, crawl.log[-3000:]
    return crawl


def test_a_show_more_answer_repeating_the_page_is_not_the_end(paged: SiteCrawl) -> None:
    assert set(paged.requests) >= WORLD | POLITICS
    assert "/api/section/world?offset=20" in paged.requests


def test_the_answers_total_ends_the_listing(paged: SiteCrawl) -> None:
    assert "/api/section/politics?offset=10" in paged.requests
    assert "/api/section/politics?offset=20" not in paged.requests


def test_the_report_says_pages_read_and_why_each_section_ended(paged: SiteCrawl) -> None:
    report = json.loads(next(Path(paged.warc_dir.parent, "reports").glob("*.json")).read_text())
    assert report["listings"] == {
        "politics": {"pages": 2, "articles": 20, "ended": "total"},
        "world": {"pages": 3, "articles": 15, "ended": "end_marker"},
    }


def test_sections_sharing_a_first_page_are_refused_and_read_together() -> None:
    """Two profile sections naming one page (or one redirected to the other's): one listing,
    so neither is left unrefused and unread beside a refused one."""
    refused = ListingProgress()
    refused.share("us", "politics")
    refused.refuse("politics", "HTTP 404")
    assert refused.all_refused(["politics", "us"]) == {"politics": "HTTP 404", "us": "HTTP 404"}
    read = ListingProgress()
    read.read("politics", {"https://news.test/a"})
    read.share("us", "politics")
    assert read.section("us").summary() == {"pages": 1, "articles": 1, "ended": None}
    assert read.all_refused(["politics", "us"]) == {}
