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

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

NEXT = {"c": "/archive/?page=2&amp;sort=new", "d": "/archive/?sort=new&amp;page=2"}
STORIES = {s: f"/{s}/2026/12/the-{s}-story-of-the-day/" for s in ("c", "d", "archive")}
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)


def listing(name: str, head: str = "") -> bytes:
    teaser = f'<article class="teaser"><h2><a href="{STORIES[name]}">A story</a></h2></article>'
    return (
        f'<html lang="en"><head><title>{name}</title>{head}</head>'
        f"<body><main>{teaser}</main></body></html>"
    ).encode()


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

    with answering_origin(answer) as origin:
        out = tmp_path_factory.mktemp("shared-forms")
        args = {
            "url": f"{origin}/c/,{origin}/d/",
            "requisites": "0",
            "discover": "sections",
            "depth": "10",
        }
        settings = {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}
        yield run_crawl("news", args, settings, out), asked


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
