"""`/a` and `/a/` on one `-a url=` crawl: what the fold of spellings keeps, and what it says.

Since session 36 one article linked as `/story` and `/story/` is asked once (the spelling
first listed; the next on a 404 or 410). Most servers answer both alike or redirect one
to the other (Apache's mod_dir, nginx, WordPress, Django's APPEND_SLASH); a server that
answers both with two different pages loses the second to the fold, and the crawl says
how many links it folded (`news/links_spelling_folded`) beside `news/links_duplicate`.

A section page that links itself (`/news/live-coverage`, its "all updates" link) before a
story at `/news/live-coverage/` made its own address the story's first spelling: that
request was the section page again, dropped by the duplicate filter, and the story was
never asked. A link to a listing the run reads is no article (`news/links_to_listings`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
SECTION = "/news/live-coverage-of-the-council-vote"
PAGES = {
    SECTION + "/": "Council vote: what was decided",
    "/news/harbour-crane-lifts-first-ship": "Harbour crane lifts first ship",
    "/news/harbour-crane-lifts-first-ship/": "Crane story, printer-friendly copy",
}
LISTED = (SECTION, SECTION + "/", *list(PAGES)[1:])


class Origin:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append(target)
        if target == SECTION:
            links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in LISTED)
            return 200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode()
        if target in PAGES:
            title = PAGES[target]
            return 200, HTML, story_page(title, f"{title}, as the clerk read it out.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Origin, CrawlResult]]:
    origin = Origin()
    with answering_origin(origin.answer) as url:
        out = tmp_path_factory.mktemp("slash-pages")
        args = {"url": url + SECTION, "requisites": "0"}
        yield origin, run_crawl("news", args, {"STATE_PATH": str(out / "state.sqlite")}, out)


def test_a_story_at_the_section_path_with_a_slash_is_fetched(
    site: tuple[Origin, CrawlResult],
) -> None:
    origin, crawl = site
    titles = sorted(item["title"] for item in crawl.items())
    assert PAGES[SECTION + "/"] in titles, (origin.asked, crawl.log[-3000:])
    assert origin.asked.count(SECTION) == 1
    assert crawl.stats.get("news/links_to_listings") == 1, crawl.stats


def test_the_fold_of_two_spellings_is_counted_under_its_name(
    site: tuple[Origin, CrawlResult],
) -> None:
    """The crane's `/` spelling, another page on this server, is folded: said, not hidden."""
    origin, crawl = site
    assert "/news/harbour-crane-lifts-first-ship/" not in origin.asked
    assert crawl.stats.get("news/links_spelling_folded") == 1, crawl.stats
    assert crawl.stats.get("news/links_duplicate") == 1, crawl.stats
