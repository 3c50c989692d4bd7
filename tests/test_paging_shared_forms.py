"""Two sections going on at one next page written two ways.

/c/ names `/archive/?page=2&sort=new` as its next page, /d/ `/archive/?sort=new&page=2`:
one page to the server, and to Scrapy's duplicate filter (it sorts a query's pairs). The
frontier took them as two listing pages: the second request was dropped by the filter
unanswered, and its section never ended (`unfinished`, neither `shared` nor counted). Listing
pages are now known by the URL as the filter reads it: the page is asked once, and the
section whose page came second ends `shared`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult
from tests.plugins.section_pages import ARTICLE, crawl_sections
from tests.plugins.section_pages import listing as page

NEXT = {"c": "/archive/?page=2&amp;sort=new", "d": "/archive/?sort=new&amp;page=2"}
STORIES = {s: f"/{s}/2026/12/the-{s}-story-of-the-day/" for s in ("c", "d", "archive")}


def listing(name: str, head: str = "") -> bytes:
    return page(name, STORIES[name], head)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        section = path.strip("/")
        if section in NEXT:
            return 200, {}, listing(section, f'<link rel="next" href="{NEXT[section]}">')
        if path.startswith("/archive/?"):
            return 200, {}, listing("archive")
        if path in STORIES.values():
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    out = tmp_path_factory.mktemp("shared-forms")
    yield crawl_sections(answer, ["/c/", "/d/"], out), asked


def test_one_next_page_written_two_ways_is_read_once_and_shared(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    assert len([path for path in asked if path.startswith("/archive/?")]) == 1
    assert sorted(p for p in asked if p in STORIES.values()) == sorted(STORIES.values())
    stats = result.stats
    ended = {s: stats[f"listing/{s}/ended"] for s in "cd"}
    assert sorted(ended.values()) == ["last_page", "shared"], ended
    assert stats["news/listings_shared"] == 1
    # the shared page's article counts for both
    assert {s: stats[f"listing/{s}/articles"] for s in "cd"} == {"c": 2, "d": 2}
