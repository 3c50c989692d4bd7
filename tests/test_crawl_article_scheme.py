"""One story linked under both schemes of the site's host, on one `-a url=` crawl.

A site's templates write a story relative (the scheme of the page) in the story list and
absolute with the other scheme in a widget or a sitemap entry (`http://` on a site that
serves `https://`, or the reverse). Each spelling was an article of its own: the story
was fetched twice, or, where the site answers one scheme only, once more as a failure.
A link on the seed's own host, or its listing's (the same port, or each scheme's default
one), is asked in the scheme its listing was served in, counted `news/links_scheme_folded`;
the spelling as written is the next one asked where that scheme is not found.

The origin here serves plain HTTP only, so a link asked over https fails there: the
folded crawl must ask none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newsarchive.sites.adhoc import profile_from_urls
from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.options import parse_options
from newsarchive.spiders.scope import Scope
from newsarchive.spiders.sources import Entry
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
    """A page served in the seed's scheme (no redirect between them)."""
    assert Scope(profile_from_urls(seed)).in_site_scheme(link, served=seed) == asked


SEED = "http://news.example/news/"  # typed http; the site redirects to https


@pytest.mark.parametrize(
    ("served", "link", "asked"),
    [
        # the listing came over https: its https links as written, its http ones in https
        ("https://news.example/news/", "https://news.example/a", "https://news.example/a"),
        ("https://news.example/news/", "http://news.example/a", "https://news.example/a"),
        ("https://news.example/news/", "http://news.example:80/a", "https://news.example/a"),
        ("https://news.example/news/", "https://news.example:443/a", "https://news.example:443/a"),
        # the listing came over http: its https links in http
        ("http://news.example/news/", "https://news.example/a", "http://news.example/a"),
        (
            "http://news.example/news/",
            "https://news.example:443/a?x=1",
            "http://news.example/a?x=1",
        ),
        # the host it was served on, moved from the seed's (`www.`): that host's links too
        (
            "https://www.news.example/news/",
            "http://www.news.example/a",
            "https://www.news.example/a",
        ),
        # another port, another host: another server, kept as written
        ("https://news.example/news/", "http://news.example:8080/a", "http://news.example:8080/a"),
        ("https://news.example/news/", "http://cdn.news.example/a", "http://cdn.news.example/a"),
        ("http://127.0.0.1:8080/", "https://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
        ("https://127.0.0.1:8443/", "http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
    ],
)
def test_the_scheme_the_listing_was_served_in(served: str, link: str, asked: str) -> None:
    """A seed typed `http://` on a site that redirects to `https://`: the links its pages
    write `https://` are asked so, not over http first (a 301 and a redirect record per
    article, and articles stored under https in earlier runs fetched again)."""
    assert Scope(profile_from_urls(SEED)).in_site_scheme(link, served=served) == asked


HTTPS, HTTP = "https://news.example", "http://news.example"
FERRY = "/news/ferry-timetable-changes-for-winter"


@pytest.mark.parametrize(
    ("served", "link", "asked", "folded"),
    [
        (f"{HTTPS}/news/", f"{HTTPS}{FERRY}", f"{HTTPS}{FERRY}", None),
        (f"{HTTPS}/news/", FERRY, f"{HTTPS}{FERRY}", None),
        (f"{HTTPS}/news/", f"{HTTP}{FERRY}", f"{HTTPS}{FERRY}", 1),
        (f"{HTTP}/news/", f"{HTTPS}{FERRY}", f"{HTTP}{FERRY}", 1),
    ],
)
def test_the_spider_asks_in_the_listings_scheme(
    served: str, link: str, asked: str, folded: int | None
) -> None:
    """The news spider's own `_follow` over a listing response whose final URL is `served`."""
    crawler = get_crawler(NewsSpider, {"STATE_ENABLED": "0"})
    crawler.settings.frozen = False  # a news spider sets its site's politeness, as in a crawl
    spider = NewsSpider.from_crawler(crawler, url=SEED, requisites="0")
    crawler.spider = spider
    (request,) = spider._follow([Entry(link)], HtmlResponse(served), set(), "news")
    assert request.url == asked
    assert crawler.stats.get_value("news/links_scheme_folded") == folded


def test_the_spelling_as_written_is_next_where_the_seeds_scheme_is_not_found() -> None:
    """A link folded into the seed's scheme keeps its written spelling as the next one asked
    (a site answering the story under the written scheme only): nothing else holds it."""
    options = parse_options(None, {"url": "https://news.example/news/"})
    frontier, scope = Frontier(options, Scope(options.profile)), Scope(options.profile)
    written = "http://news.example/news/ferry-story"
    asked = scope.in_site_scheme(written, served="https://news.example/news/")
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
