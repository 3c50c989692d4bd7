"""Two sections whose listings go on at the same next page, or POST the same "load more" form.

A site's /a/ and /b/ both carry a button POSTing `action=more_posts&page=2` to one
endpoint; /c/ and /d/ both page on to /archive/2; /e/'s button POSTs to the same endpoint
a form of its own (`category=e`), read to its own end. Each shared page is asked once and
read to the listing's end by whichever section's page came first; the other section
ends `shared`, counted (`news/listings_shared`). Before, it ended `last_page` ("the page
has no next page": it had one), so which section read on and which claimed to have
ended depended on the order the answers came in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qsl

import pytest

from newsarchive.spiders.paging import ListingProgress
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

OWN = {s: [f"/{s}/2026/12/{s}-own-story-of-the-day/"] for s in "abcde"}
POSTED = {n: [f"/more/2026/12/batch-{n}-story-of-the-day/"] for n in (2, 3)}
POSTED_E = {2: ["/more/2026/12/a-story-of-category-e/"]}
ARCHIVE = ["/archive/2026/12/an-older-story-of-the-day/"]
ARTICLES = {p for ps in (*OWN.values(), *POSTED.values(), *POSTED_E.values(), ARCHIVE) for p in ps}
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
BUTTON = (
    '<button class="load-more" data-action="more_posts" data-page="2" data-url="/ajax/more">'
    "Load more</button>"
)
BUTTON_E = BUTTON.replace('data-page="2"', 'data-page="2" data-category="e"')
PAGER = '<nav class="pager"><a class="next" href="/archive/2">Next</a></nav>'


def teasers(paths: list[str]) -> str:
    return "".join(
        f'<article class="teaser"><h2><a href="{p}">A story</a></h2></article>' for p in paths
    )


def page(title: str, body: str) -> bytes:
    head = f'<html lang="en"><head><title>{title}</title></head>'
    return f"{head}<body><main>{body}</main></body></html>".encode()


@pytest.fixture(scope="module")
def crawled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CrawlResult, list[tuple[str, str, str]]]]:
    asked: list[tuple[str, str, str]] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(("GET", path, ""))
        section = path.strip("/")
        if section in OWN:
            more = {"a": BUTTON, "b": BUTTON, "e": BUTTON_E}.get(section, PAGER)
            return 200, {}, page(section, teasers(OWN[section]) + more)
        if path == "/archive/2":
            return 200, {}, page("Archive, page 2", teasers(ARCHIVE))
        if path in ARTICLES:
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    def answer_post(path: str, posted: bytes) -> tuple[int, dict[str, str], bytes]:
        asked.append(("POST", path, posted.decode()))
        form = dict(parse_qsl(posted.decode()))
        batches = POSTED_E if form.get("category") == "e" else POSTED
        return 200, {}, teasers(batches.get(int(form.get("page", "0")), [])).encode()

    with answering_origin(answer, answer_post=answer_post) as origin:
        out = tmp_path_factory.mktemp("shared")
        urls = ",".join(f"{origin}/{s}/" for s in "abcde")
        args = {"url": urls, "requisites": "0", "discover": "sections", "depth": "10"}
        settings = {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}
        yield run_crawl("news", args, settings, out), asked


def test_a_shared_next_page_or_form_is_asked_once_and_read_to_the_end(
    crawled: tuple[CrawlResult, list[tuple[str, str, str]]],
) -> None:
    _, asked = crawled
    posts = [body for method, _, body in asked if method == "POST"]
    assert [body for body in posts if "category" not in body] == [
        f"action=more_posts&page={n}"
        for n in (2, 3, 4)  # 4: empty, the end
    ]
    assert [body for body in posts if "category" in body] == [
        f"action=more_posts&page={n}&category=e" for n in (2, 3)
    ]
    gets = [path for method, path, _ in asked if method == "GET"]
    assert gets.count("/archive/2") == 1
    assert sorted(path for path in gets if path in ARTICLES) == sorted(ARTICLES)


def test_the_section_that_did_not_read_it_ends_shared_and_is_counted(
    crawled: tuple[CrawlResult, list[tuple[str, str, str]]],
) -> None:
    result, _ = crawled
    stats = result.stats
    for pair, reader_pages in (("ab", 3), ("cd", 2)):
        ended = {s: stats[f"listing/{s}/ended"] for s in pair}
        assert sorted(ended.values()) == ["last_page", "shared"], ended
        reader = next(s for s in pair if ended[s] == "last_page")
        other = next(s for s in pair if s != reader)
        assert stats[f"listing/{reader}/pages"] == reader_pages
        assert stats[f"listing/{other}/pages"] == 1
    assert stats["news/listings_shared"] == 2
    # the shared pages' articles count for both: which section read them is the answers' order
    assert {s: stats[f"listing/{s}/articles"] for s in "abcd"} == {"a": 3, "b": 3, "c": 2, "d": 2}
    assert (stats["listing/e/ended"], stats["listing/e/pages"]) == ("last_page", 2)
    report = json.loads(next((result.out_dir / "reports").glob("*.json")).read_text())
    assert "shared" in {listing["ended"] for listing in report["listings"].values()}


@pytest.mark.parametrize("follow_first", [True, False])
@pytest.mark.parametrize(("shared_at", "expected"), [(2, {"p2", "p3"}), (3, {"p3"})])
def test_what_the_shared_pages_list_counts_for_both_in_either_order(
    follow_first: bool, shared_at: int, expected: set[str]
) -> None:
    """The section ending `shared` on the reader's page N counts what the reader's pages
    list from N on, whether it asked before or after the reader had read them."""
    progress = ListingProgress()
    progress.read("a", {"a1"}, page=1)
    progress.read("b", {"b1"}, page=1)
    progress.read("c", {"c1"}, page=1)
    if follow_first:
        progress.follow("b", "a", shared_at)
        progress.follow("c", "b", 2)  # c's next page was b's: b went on in a's listing
    progress.read("a", {"p2"}, page=2)
    progress.read("a", {"p3"}, page=3)
    if not follow_first:
        progress.follow("c", "b", 2)
        progress.follow("b", "a", shared_at)
    assert progress.section("a").listed == {"a1", "p2", "p3"}
    assert progress.section("b").listed == {"b1"} | expected
    assert progress.section("c").listed == {"c1"} | expected
    assert progress.section("a").pages == 3 and progress.section("b").pages == 1
