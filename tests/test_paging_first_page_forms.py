"""A section's first page known as the duplicate filter knows it, and where it redirected.

1. Two sections whose first page is one page written two ways (`/news/?x=1&y=2`,
   `/news/?y=2&x=1`): one page to the server and to Scrapy's duplicate filter. The frontier
   knew listing pages by that form, but the sections' first pages were claimed by the URL
   as written: the second section was taken for a section whose next page is another's
   first page, ended `other_section` at the start (counted in
   `news/listings_next_other_section`) with no page read. It now shares the first
   section's listing, as two sections naming one URL do.
2. Section /b's first page redirects to /b/; /a/'s next page is /b/, read after that
   redirect was asked for (the origin holds /a/'s answer until then). /a/ took /b/ as its
   page 2, the duplicate filter dropped that request unanswered, and /a/ never ended
   (`unfinished`). Another section's first page where it was redirected is that section's
   too: /a/ ends `other_section`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult
from tests.plugins.section_pages import ARTICLE, GATE, crawl_sections
from tests.plugins.section_pages import listing as page


def story(name: str) -> str:
    return f"/{name}/2026/12/the-{name}-story-of-the-day/"


def listing(name: str, head: str = "") -> bytes:
    return page(name, story(name), head)


def listings(result: CrawlResult, names: list[str]) -> dict[str, dict[str, object]]:
    keys = ("pages", "articles", "ended")
    return {s: {k: result.stats.get(f"listing/{s}/{k}") for k in keys} for s in names}


@pytest.fixture(scope="module")
def two_forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path.startswith("/news/?"):
            return 200, {}, listing("news")
        if path == story("news"):
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    out = tmp_path_factory.mktemp("first-page-forms")
    yield crawl_sections(answer, ["/news/?x=1&y=2", "/news/?y=2&x=1"], out, depth=None), asked


def test_one_first_page_written_two_ways_is_one_listing_for_both(
    two_forms: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = two_forms
    assert result.returncode == 0
    assert len([path for path in asked if path.startswith("/news/?")]) == 1
    assert asked.count(story("news")) == 1
    one = {"pages": 1, "articles": 1, "ended": "last_page"}
    assert listings(result, ["news-x-1-y-2", "news-y-2-x-1"]) == {
        "news-x-1-y-2": one,
        "news-y-2-x-1": one,
    }
    assert "news/listings_next_other_section" not in result.stats


@pytest.fixture(scope="module")
def redirected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []
    moved = threading.Event()  # /b's redirect was followed: /b/ asked for

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        if path != "/a/":
            asked.append(path)
        if path == "/a/":
            moved.wait(GATE)
            asked.append(path)  # as answered: after the gate
            return 200, {}, listing("a", '<link rel="next" href="/b/">')
        if path == "/b":
            return 301, {"Location": "/b/"}, b""
        if path == "/b/":
            moved.set()
            return 200, {}, listing("b")
        if path in (story("a"), story("b")):
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    out = tmp_path_factory.mktemp("first-page-redirected")
    yield crawl_sections(answer, ["/a/", "/b"], out), asked


def test_a_next_page_where_another_first_page_redirected_ends_the_section(
    redirected: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = redirected
    assert result.returncode == 0
    assert asked.index("/b/") < asked.index("/a/")  # the gate held /a/ till /b/ was asked
    assert asked.count("/b/") == 1
    assert sorted(p for p in asked if p.startswith(("/a/2", "/b/2"))) == [story("a"), story("b")]
    assert listings(result, ["a", "b"]) == {
        "a": {"pages": 1, "articles": 1, "ended": "other_section"},
        "b": {"pages": 1, "articles": 1, "ended": "last_page"},
    }
    assert result.stats["news/listings_next_other_section"] == 1


@pytest.fixture(scope="module")
def redirected_late(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []
    taken = threading.Event()  # /a/'s next page /b/ was asked for

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        if path != "/b":
            asked.append(path)
        if path == "/a/":
            return 200, {}, listing("a", '<link rel="next" href="/b/">')
        if path == "/b":
            taken.wait(GATE)
            asked.append(path)  # as answered: after the gate
            return 301, {"Location": "/b/"}, b""
        if path == "/b/":
            taken.set()
            return 200, {}, listing("b")
        if path in (story("a"), story("b")):
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    out = tmp_path_factory.mktemp("first-page-redirected-late")
    yield crawl_sections(answer, ["/a/", "/b"], out), asked


def test_a_first_page_redirected_to_a_page_read_already_shares_that_listing(
    redirected_late: tuple[CrawlResult, list[str]],
) -> None:
    """/a/'s next page /b/ was asked for before /b answered with its redirect there: the
    redirect was dropped as asked for already, and section b was neither read nor ended
    (`unfinished`, no page, its article counted for a only). It now goes on in /a/'s
    listing from that page (`shared`): its article counts for it too."""
    result, asked = redirected_late
    assert result.returncode == 0
    assert asked.index("/b/") < asked.index("/b")  # the gate held /b till /b/ was asked
    assert asked.count("/b/") == 1
    stats = result.stats
    assert stats["listing/b/ended"] == "shared"
    assert stats["listing/b/articles"] == 1
    assert stats["listing/a/articles"] == 2  # /b/ was read as its page 2
    assert stats["news/listings_shared"] == 1
