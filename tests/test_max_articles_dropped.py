"""`max_articles` counts articles as the spider keys them (`request.url`), the duplicate
filter as Scrapy fingerprints them (`canonicalize_url`): a listing naming one article in
two spellings (`caf%c3%a9` and `café`) had two counted requests of one
fingerprint. The second was dropped where it was scheduled (no errback), its place never
given back: `max_articles=N` ended with fewer than N items (2 of 3 here). A redirect to a
page asked already was dropped the same way. Now a counted article the scheduler drops
gives its place to the next article waiting. Since session 36 the spider knows the two
spellings for one article itself (`Frontier.spelled`: the second is a duplicate link, never
asked); the redirect to the page asked already is still dropped where it is scheduled.

A real crawl of 127.0.0.1 (the news spider over a listing written here), alone and as a
shared crawl's worker (scrapy-redis's scheduler and duplicate filter, a real Redis)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin
from tests.plugins.story_page import story_page
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

DAY = "/news/2026/12/06/"
STORIES = {
    "cafe-reopens-on-mill-street": (
        "Corner café reopens",
        "The corner café on Mill Street opened its doors again.",
    ),
    "ferry-times-change-for-winter": (
        "Ferry times change",
        "Two evening crossings join the winter timetable.",
    ),
    "library-hours-run-later-on-fridays": (
        "Library opens late",
        "The central library stays open until nine on Fridays.",
    ),
    "bridge-works-begin-next-monday": (
        "Bridge works begin",
        "Lane closures on the east bridge start next Monday.",
    ),
    "market-moves-to-station-square": (
        "Market moves square",
        "The Saturday market moves to the station square.",
    ),
}
MOVED = f"{DAY}corner-cafe-old-address-on-mill"  # redirects to the café's page
# each article as the listing names it; the first twice, in spellings of one fingerprint,
# and once more at an old address
LISTED = [
    f"{DAY}caf%c3%a9-reopens-on-mill-street",
    f"{DAY}café-reopens-on-mill-street",
    MOVED,
    f"{DAY}ferry-times-change-for-winter",
    f"{DAY}library-hours-run-later-on-fridays",
    f"{DAY}bridge-works-begin-next-monday",
    f"{DAY}market-moves-to-station-square",
]
# the paths a client asks for (both spellings served: whichever one is fetched answers)
SERVED = {
    "cafe-reopens-on-mill-street": [
        "caf%c3%a9-reopens-on-mill-street",
        "caf%C3%A9-reopens-on-mill-street",
    ],
}
LIMIT = 3


@pytest.fixture(scope="module", params=[False, True], ids=["alone", "through-redis"])
def crawl(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[CrawlResult]:
    pages: dict[str, tuple[str, bytes] | tuple[str, bytes, dict[str, str]]] = {}
    pages[MOVED] = ("text/html", b"moved", {"Location": f"{DAY}caf%C3%A9-reopens-on-mill-street"})
    for slug, (title, text) in STORIES.items():
        for path in SERVED.get(slug, [slug]):
            pages[DAY + path] = ("text/html; charset=utf-8", story_page(title, text))
    links = "".join(f'<li><a href="{path}">Story {n}</a></li>' for n, path in enumerate(LISTED))
    listing = f"<html><head><title>News</title></head><body><ul>{links}</ul></body></html>"
    pages["/news/"] = ("text/html; charset=utf-8", listing.encode())
    settings: dict[str, str] = {}
    if request.param:
        redis: RedisServer = request.getfixturevalue("redis_server")
        settings.update(shared_settings(redis, "dropped"))
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("dropped")
        args = {"url": url + "/news/", "requisites": "0", "max_articles": str(LIMIT)}
        yield run_crawl("news", args, settings, out)


def test_a_second_spelling_dropped_gives_its_place_to_the_next_article(
    crawl: CrawlResult,
) -> None:
    titles = sorted(item["title"] for item in crawl.items())
    stats = {k: v for k, v in crawl.stats.items() if k.startswith("news/")}
    assert titles == sorted(title for title, _ in list(STORIES.values())[:LIMIT]), stats
    assert crawl.stats.get("news/articles_dropped") == 1, stats  # the redirect's
    assert crawl.stats.get("news/links_duplicate") == 1, stats  # the second spelling
    assert "Traceback" not in crawl.log
