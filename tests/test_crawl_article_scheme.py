"""One story linked under both schemes of the site's host, on one `-a url=` crawl.

A site's templates write a story relative (the scheme of the page) in the story list and
absolute with the other scheme in a widget or a sitemap entry (`http://` on a site that
serves `https://`, or the reverse). Each spelling was an article of its own: the story
was fetched twice, or, where the site answers one scheme only, once more as a failure.
A link on the seed's own host (the same port, or each scheme's default one) is asked in
the seed's scheme, counted `news/links_scheme_folded`; the spelling as written is the
next one asked where the seed's scheme is not found.

The origin here serves plain HTTP only, so a link asked over https fails there: the
folded crawl must ask none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from newsarchive.sites.adhoc import profile_from_urls
from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.options import parse_options
from newsarchive.spiders.scope import Scope
from tests.plugins.crawling import CrawlResult, run_crawl, start_crawl
from tests.plugins.page_origin import answering_origin
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = {
    "/news/tram-line-opens-to-the-harbour": "Tram line opens to the harbour",
    "/news/library-keeps-late-hours-in-winter": "Library keeps late hours",
}


class Origin:
    def __init__(self) -> None:
        self.url = ""
        self.asked: list[str] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append(target)
        if target == "/news/":
            other = self.url.replace("http://", "https://")
            links = (  # the tram story both ways; the library story only under https
                "/news/tram-line-opens-to-the-harbour",
                f"{other}/news/tram-line-opens-to-the-harbour",
                f"{other}/news/library-keeps-late-hours-in-winter",
            )
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if target in STORIES:
            title = STORIES[target]
            return 200, HTML, story_page(title, f"{title}, the council said on Monday.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Origin, CrawlResult]]:
    origin = Origin()
    with answering_origin(origin.answer) as url:
        origin.url = url
        out = tmp_path_factory.mktemp("scheme")
        args = {"url": f"{url}/news/", "requisites": "0"}
        yield origin, run_crawl("news", args, {"STATE_ENABLED": "0"}, out)


def test_a_story_under_both_schemes_is_fetched_once_in_the_seeds(
    site: tuple[Origin, CrawlResult],
) -> None:
    origin, crawl = site
    stories = sorted(target for target in origin.asked if target in STORIES)
    assert stories == sorted(STORIES), origin.asked
    titles = sorted(item["title"] for item in crawl.items())
    assert titles == sorted(STORIES.values()), crawl.log[-3000:]
    assert all(item["url"].startswith("http://") for item in crawl.items())


def test_no_request_goes_out_under_the_other_scheme(site: tuple[Origin, CrawlResult]) -> None:
    _, crawl = site
    stats = {k: v for k, v in crawl.stats.items() if k.startswith(("news/", "downloader/"))}
    assert crawl.stats.get("news/links_scheme_folded") == 2, stats
    assert crawl.stats.get("news/links_duplicate") == 1, stats
    assert not any("https://" in line for line in crawl.log.splitlines() if "fetch" in line)
    assert crawl.stats.get("downloader/exception_count") is None, stats


@pytest.mark.parametrize(
    ("seed", "link", "asked"),
    [
        ("https://news.example/", "http://news.example/a/story", "https://news.example/a/story"),
        ("https://news.example/", "http://NEWS.example:80/a/b", "https://news.example/a/b"),
        ("http://news.example/", "https://news.example:443/a/b", "http://news.example/a/b"),
        ("http://127.0.0.1:8080/", "https://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
        # another port, another host: another server, kept as written
        ("https://news.example/", "http://news.example:8080/a", "http://news.example:8080/a"),
        ("https://news.example/", "http://news.example:443/a", "http://news.example:443/a"),
        ("https://news.example/", "http://cdn.other.example/a", "http://cdn.other.example/a"),
    ],
)
def test_the_seeds_scheme_on_its_own_host(seed: str, link: str, asked: str) -> None:
    assert Scope(profile_from_urls(seed)).in_site_scheme(link) == asked


def test_the_spelling_as_written_is_next_where_the_seeds_scheme_is_not_found() -> None:
    """A link folded into the seed's scheme keeps its written spelling as the next one asked
    (a site answering the story under the written scheme only): nothing else holds it."""
    options = parse_options(None, {"url": "https://news.example/news/"})
    frontier, scope = Frontier(options, Scope(options.profile)), Scope(options.profile)
    written = "http://news.example/news/ferry-story"
    asked = scope.in_site_scheme(written)
    assert asked == "https://news.example/news/ferry-story"
    assert frontier.spelled(asked, written=written) == asked
    assert frontier.respelled(asked) == written
    assert frontier.respelled(asked) is None


def test_a_folded_link_the_seeds_scheme_does_not_find_is_asked_as_written(
    tmp_path: Path,
) -> None:
    """On a real crawl: the seed's scheme answers 404, the written one is asked next
    (`news/articles_respelled`); here the origin speaks plain HTTP only, so that ask fails
    as a fetch failure of its own, said and counted, no traceback."""
    asked: list[str] = []
    other: list[str] = []

    def answer(target: str) -> tuple[int, Mapping[str, str], bytes]:
        asked.append(target)
        if target == "/news/":
            link = f"{other[0]}/news/ferry-timetable-changes"
            return 200, HTML, f'<html><body><a href="{link}">Ferry</a></body></html>'.encode()
        return 404, {"Content-Type": "text/plain"}, b"not here"

    with answering_origin(answer) as url:
        other.append(url.replace("http://", "https://"))
        args = {"url": f"{url}/news/", "requisites": "0"}
        crawl = start_crawl("news", args, {"STATE_ENABLED": "0"}, tmp_path).wait()
    stats = {k: v for k, v in crawl.stats.items() if k.startswith(("news/", "downloader/"))}
    assert asked.count("/news/ferry-timetable-changes") == 1, asked
    assert crawl.stats.get("news/links_scheme_folded") == 1, stats
    assert crawl.stats.get("news/articles_respelled") == 1, stats
    assert crawl.stats.get("downloader/exception_count"), stats  # https on a plain HTTP port
    assert "Traceback" not in crawl.log, crawl.log[-4000:]
