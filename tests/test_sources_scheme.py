"""Sitemaps and feeds an https site names under `http://` are asked over https.

An https site's robots.txt often writes `Sitemap: http://...` (a generator's default, a line
kept from before the site moved), a sitemap index its children, a page its feed. They were
asked as written: an https-only site answers plain http with an error (nginx: 400, "The
plain HTTP request was sent to HTTPS port"), and the run read none of them; a site that
answers both had every article such a sitemap lists asked over http too. A sitemap or feed
on the host of the page naming it is asked in the scheme that page was served in, counted
`news/sources_scheme_folded`. Real Scrapy against one local port answering http and TLS.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.plugins.both_schemes import both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml"}
STORIES = {
    "/news/tide-gauge-replaced-at-the-pier": "Tide gauge replaced at the pier",
    "/news/night-market-moves-indoors": "Night market moves indoors",
    "/news/lighthouse-opens-for-visits": "Lighthouse opens for visits",
}
IN_SITEMAP, IN_SITEMAP_HTTP, IN_FEED = STORIES


class HttpsOnly:
    """The site over https; plain http answered as an https-only server's port answers it."""

    def __init__(self) -> None:
        self.host = ""
        self.asked: list[tuple[str, str]] = []

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        if scheme == "http":
            return 400, HTML, b"<html><body>The plain HTTP request was sent to HTTPS port"
        plain, secure = f"http://{self.host}", f"https://{self.host}"
        if target == "/robots.txt":
            robots = f"User-agent: *\nAllow: /\nSitemap: {plain}/news-index.xml\n"
            return 200, {"Content-Type": "text/plain"}, robots.encode()
        if target == "/news-index.xml":
            child = f"<sitemap><loc>{plain}/news-today.xml</loc></sitemap>"
            return 200, XML, _xml("sitemapindex", child)
        if target == "/news-today.xml":
            urls = (secure + IN_SITEMAP, plain + IN_SITEMAP_HTTP)
            return 200, XML, _xml("urlset", "".join(f"<url><loc>{u}</loc></url>" for u in urls))
        if target == "/news/":
            feed = f'<link rel="alternate" type="application/rss+xml" href="{plain}/feed.xml">'
            return 200, HTML, f"<html><head>{feed}</head><body><p>Today</p></body>".encode()
        if target == "/feed.xml":
            item = f"<item><title>Lighthouse</title><link>{secure}{IN_FEED}</link></item>"
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{item}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml"}, rss.encode()
        if target in STORIES:
            title = STORIES[target]
            return 200, HTML, story_page(title, f"{title}, the harbour office said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


def _xml(root: str, inside: str) -> bytes:
    namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    return f'<?xml version="1.0"?><{root} xmlns="{namespace}">{inside}</{root}>'.encode()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HttpsOnly, CrawlResult]]:
    origin = HttpsOnly()
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        out: Path = tmp_path_factory.mktemp("sources-scheme")
        args = {"url": f"https://{host}/news/", "requisites": "0"}
        yield origin, run_crawl("news", args, {"STATE_ENABLED": "0"}, out)


def test_the_sitemaps_and_the_feed_are_read_over_https(site: tuple[HttpsOnly, CrawlResult]) -> None:
    origin, crawl = site
    asked = [target for scheme, target in origin.asked if scheme == "https"]
    for source in ("/news-index.xml", "/news-today.xml", "/feed.xml"):
        assert source in asked, (origin.asked, crawl.log[-3000:])
    assert [one for one in origin.asked if one[0] == "http"] == []
    assert crawl.stats.get("news/sources_scheme_folded") == 3, crawl.stats


def test_the_articles_they_list_are_archived_under_https(
    site: tuple[HttpsOnly, CrawlResult],
) -> None:
    origin, crawl = site
    urls = sorted(item["url"] for item in crawl.items())
    assert urls == sorted(f"https://{origin.host}{path}" for path in STORIES), crawl.log[-3000:]
