"""An article two sections list, whose item names no section, is counted under the first of
them in the crawl's order, whichever listing answered first.

The crawl's sections are /zeta/ then /alpha/; both list one story, and each one of its own.
The server holds /zeta/'s answer until the shared story was asked for (by /alpha/'s
listing, the only one read by then). The report's `sections` counted an item naming no
section under the listing that asked for it: the shared story under `alpha` here, under
`zeta` when /zeta/ answers first. It is now under `zeta`, the first section of the crawl
(not the first by name) whose listing named it, either way. So it is when the listings
write the story's link unescaped (`/à-la-une/`): the item's URL is as it was asked
(`/%C3%A0-la-une/`), and the report found no listing naming it, so counted it under the
listing that asked for it, the one that answered first.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

SHARED = "/news/2026/12/a-story-both-sections-list/"
# the same, its link written with a letter no URL carries unescaped (as asked: escaped)
UNESCAPED = ("/news/2026/12/une-histoire-à-la-une/", "/news/2026/12/une-histoire-%C3%A0-la-une/")
OWN = {s: f"/{s}/2026/12/a-story-only-{s}-lists/" for s in ("zeta", "alpha")}
GUARD = 120  # s: a gate never opened fails the test (`held`), not hangs it
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)


def section_page(section: str, shared: str = SHARED) -> bytes:
    teasers = "".join(
        f'<article class="teaser"><h2><a href="{p}">A story</a></h2></article>'
        for p in (OWN[section], shared)
    )
    return (
        f'<html lang="en"><head><title>{section}</title></head>'
        f"<body><main>{teasers}</main></body></html>"
    ).encode()


def crawl(out: pytest.TempPathFactory, link: str, asked: str) -> tuple[CrawlResult, list[bool]]:
    """The crawl of /zeta/ then /alpha/, both listing the shared story at `link` (asked for
    at `asked`), /zeta/'s answer held until it was asked for."""
    shared_asked = threading.Event()
    held: list[bool] = []  # whether /zeta/ was held until the shared story was asked

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        if path == "/zeta/":
            held.append(shared_asked.wait(GUARD))
            return 200, {}, section_page("zeta", link)
        if path == "/alpha/":
            return 200, {}, section_page("alpha", link)
        if path == asked:
            shared_asked.set()
            return 200, {}, ARTICLE.encode()
        if path in OWN.values():
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        where = out.mktemp("sections-order")
        args = {
            "url": f"{origin}/zeta/,{origin}/alpha/",
            "requisites": "0",
            "discover": "sections",
        }
        settings = {"STATE_ENABLED": "0", "REPORT_DIR": str(where / "reports")}
        return run_crawl("news", args, settings, where), held


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[bool]]]:
    yield crawl(tmp_path_factory, SHARED, SHARED)


@pytest.fixture(scope="module")
def crawled_unescaped(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CrawlResult, list[bool]]]:
    yield crawl(tmp_path_factory, *UNESCAPED)


def test_an_article_two_sections_list_counts_under_the_first_in_the_crawl_s_order(
    crawled: tuple[CrawlResult, list[bool]],
) -> None:
    result, held = crawled
    assert held == [True]  # /alpha/'s listing asked for the shared story
    report = json.loads(next((result.out_dir / "reports").glob("*.json")).read_text())
    assert report["sections"] == {"zeta": {"new": 2}, "alpha": {"new": 1}}
    assert {s: report["listings"][s]["articles"] for s in ("zeta", "alpha")} == {
        "zeta": 2,
        "alpha": 2,
    }


def test_so_it_is_when_the_listings_write_the_link_unescaped(
    crawled_unescaped: tuple[CrawlResult, list[bool]],
) -> None:
    result, held = crawled_unescaped
    assert held == [True]  # /alpha/'s listing asked for the shared story
    report = json.loads(next((result.out_dir / "reports").glob("*.json")).read_text())
    assert report["sections"] == {"zeta": {"new": 2}, "alpha": {"new": 1}}
