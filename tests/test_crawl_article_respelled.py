"""A story's first-listed spelling that its server does not answer, on one `-a url=` crawl.

Since session 36 one article linked under several spellings is asked once, in the
spelling first listed. A site routed strictly (a web framework's routes, no trailing
slash folded) answers `/news/story` and 404s `/news/story/`: when a widget above the
story list writes the slash, the first spelling is the one that fails, and the story
the site links rightly a line below was never asked (before session 36 both were
fetched: one 404, one item). Now a 404 or 410 of the spelling asked asks the next
spelling listed, once each; a story none of whose spellings answer ends there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.options import parse_options
from newsarchive.spiders.scope import Scope
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
ROUTED = {  # the paths the site answers: no trailing slash
    "/news/harbour-crane-returns-to-the-quay": "Harbour crane returns",
    "/news/school-roof-repairs-finish-early": "School roof repaired",
}
LISTED = (  # the "most read" widget writes a trailing slash, the story list does not
    "/news/harbour-crane-returns-to-the-quay/",
    "/news/lost-page-nobody-answers-for/",
    "/news/harbour-crane-returns-to-the-quay",
    "/news/school-roof-repairs-finish-early",
    "/news/school-roof-repairs-finish-early/",
    "/news/lost-page-nobody-answers-for",
    "/news/lost-page-nobody-answers-for/index.html",
)


class Origin:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append(target)
        if target == "/news/":
            links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in LISTED)
            return 200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode()
        if target in ROUTED:
            title = ROUTED[target]
            return 200, HTML, story_page(title, f"{title} after a long wait this week.")
        return 404, {"Content-Type": "text/plain"}, b"no route"


@pytest.fixture(scope="module", params=[None, "2"], ids=["no-limit", "max_articles=2"])
def site(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[Origin, CrawlResult]]:
    """With `max_articles=2` the school story waits: the crane's and the lost page's places
    go to their next spellings first, then, the lost page's last one not found, to it."""
    origin = Origin()
    with answering_origin(origin.answer) as url:
        out = tmp_path_factory.mktemp("respelled")
        args = {"url": f"{url}/news/", "requisites": "0"}
        if request.param is not None:
            args["max_articles"] = request.param
        yield origin, run_crawl("news", args, {"STATE_ENABLED": "0"}, out)


def test_the_next_spelling_is_asked_when_the_first_is_not_found(
    site: tuple[Origin, CrawlResult],
) -> None:
    _, crawl = site
    titles = sorted(item["title"] for item in crawl.items())
    stats = {k: v for k, v in crawl.stats.items() if k.startswith("news/")}
    assert titles == sorted(ROUTED.values()), stats
    assert crawl.stats.get("news/articles_respelled") == 3, stats  # crane, lost page twice


def test_each_spelling_is_asked_once_and_one_that_answers_is_not_asked_again(
    site: tuple[Origin, CrawlResult],
) -> None:
    origin, _ = site
    stories = sorted(
        target for target in origin.asked if target.startswith("/news/") and target != "/news/"
    )
    assert stories == sorted(set(LISTED) - {"/news/school-roof-repairs-finish-early/"})


def test_a_spelling_the_server_reads_alike_is_no_other_spelling() -> None:
    """A fragment, or the escapes' case, is one request with the one asked: not asked again."""
    options = parse_options(None, {"url": "http://news.example/news/"})
    frontier = Frontier(options, Scope(options.profile))
    first = "http://news.example/news/caf%C3%A9-story"
    for spelling in (first, first + "#comments", "http://news.example/news/café-story"):
        assert frontier.spelled(spelling) == first
    assert frontier.respelled(first) is None
    assert frontier.spelled(first + "/") == first
    assert frontier.respelled(first) == first + "/"
    assert frontier.respelled(first) is None
