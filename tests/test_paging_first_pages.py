"""A section's next page that is another section's first page.

Section /a/'s page names /b/ as its next page (rel=next), and /b/ is a section of the crawl
too. Scrapy reads the spider's start requests lazily: when /a/'s answer was read before
/b/'s start request was yielded (`tests.plugins.held_start` makes that order certain),
/b/ was read as /a/'s page 2, /b/'s own start request dropped as asked already: /a/ was
credited with /b/'s page and its article (in `listing/a/*` and the report's sections), /b/
with no page. Every section's first page is now taken before any request is yielded: /a/
ends `other_section` (counted, `news/listings_next_other_section`) and /b/ reads its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from newsarchive import settings as project_settings
from tests.plugins.crawling import CrawlResult
from tests.plugins.section_pages import ARTICLE, crawl_sections, listing

STORIES = {s: f"/{s}/2026/12/the-{s}-section-story-of-the-day/" for s in "ab"}


def section_page(section: str, head: str = "") -> bytes:
    return listing(section, STORIES[section], head)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/a/":
            return 200, {}, section_page("a", '<link rel="next" href="/b/">')
        if path == "/b/":
            return 200, {}, section_page("b")
        if path in STORIES.values():
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    middlewares = {
        **project_settings.SPIDER_MIDDLEWARES,
        "tests.plugins.held_start.HeldStart": 5,
    }
    out = tmp_path_factory.mktemp("first-pages")
    held = {"TEST_HOLD_START": "1", "SPIDER_MIDDLEWARES": json.dumps(middlewares)}
    yield crawl_sections(answer, ["/a/", "/b/"], out, **held), asked


def test_each_section_reads_its_own_first_page(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    stats = result.stats
    assert "test/start_hold_timeout" not in stats  # /a/ was read before /b/ was yielded
    assert asked.count("/b/") == 1
    assert sorted(p for p in asked if p in STORIES.values()) == sorted(STORIES.values())
    listings = {s: {k: stats.get(f"listing/{s}/{k}") for k in ("pages", "articles", "ended")}
                for s in "ab"}  # fmt: skip
    assert listings == {
        "a": {"pages": 1, "articles": 1, "ended": "other_section"},
        "b": {"pages": 1, "articles": 1, "ended": "last_page"},
    }
    assert stats["news/listings_next_other_section"] == 1
    assert "news/listings_shared" not in stats


def test_the_report_credits_each_section_with_its_own_article(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, _ = crawled
    report = json.loads(next((result.out_dir / "reports").glob("*.json")).read_text())
    assert report["sections"] == {"a": {"new": 1}, "b": {"new": 1}}
    assert report["listings"]["a"]["ended"] == "other_section"
    assert report["listings"]["b"] == {"pages": 1, "articles": 1, "ended": "last_page"}
