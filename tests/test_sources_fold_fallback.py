"""A sitemap or feed folded to the scheme of the page naming it is asked as written where the
folded URL fails.

An https site's robots.txt names `Sitemap: http://...` and its pages a feed under `http://`:
they are asked over https (`news/sources_scheme_folded`). Where the site's https does not
have them (404 or 410: the sitemap generator still writes to the http vhost), or cuts the
connection (a CDN rule on the old path), the run read none of them, though asked as written
they answered. They are asked as written then, counted `news/sources_fold_fallback`. Real
Scrapy against one local port answering http and TLS, as a site's host does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.plugins.both_schemes import CUT, both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml"}
STORIES = {
    "/news/harbour-crane-gets-a-new-arm": "Harbour crane gets a new arm",
    "/news/choir-sings-on-the-quay": "Choir sings on the quay",
}
IN_SITEMAP, IN_FEED = STORIES


class SourcesLeftOnHttp:
    """The site over https (plain http redirects there); its sitemap and feed still served
    over plain http alone (left out of the redirect, not copied to the https vhost)."""

    def __init__(self) -> None:
        self.host = ""
        self.asked: list[tuple[str, str]] = []

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        plain, secure = f"http://{self.host}", f"https://{self.host}"
        if scheme == "http" and target == "/news-sitemap.xml":
            url = f"<url><loc>{secure}{IN_SITEMAP}</loc></url>"
            namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
            urlset = f'<?xml version="1.0"?><urlset xmlns="{namespace}">{url}</urlset>'
            return 200, XML, urlset.encode()
        if scheme == "http" and target == "/feed.xml":
            item = f"<item><title>Choir</title><link>{secure}{IN_FEED}</link></item>"
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{item}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml"}, rss.encode()
        if scheme == "http":  # the rest moved: plain http redirects to https
            return 301, {"Location": secure + target}, b""
        if target == "/feed.xml":
            return CUT, {}, b""
        if target == "/robots.txt":
            robots = f"User-agent: *\nAllow: /\nSitemap: {plain}/news-sitemap.xml\n"
            return 200, {"Content-Type": "text/plain"}, robots.encode()
        if target == "/news/":
            feed = f'<link rel="alternate" type="application/rss+xml" href="{plain}/feed.xml">'
            return 200, HTML, f"<html><head>{feed}</head><body><p>Today</p></body>".encode()
        if target in STORIES:
            title = STORIES[target]
            return 200, HTML, story_page(title, f"{title}, the harbour master said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SourcesLeftOnHttp, CrawlResult]]:
    origin = SourcesLeftOnHttp()
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        out: Path = tmp_path_factory.mktemp("sources-fold-fallback")
        args = {"url": f"https://{host}/news/", "requisites": "0"}
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0"}
        yield origin, run_crawl("news", args, settings, out)


def test_a_folded_sitemap_and_feed_that_fail_are_asked_as_written(
    site: tuple[SourcesLeftOnHttp, CrawlResult],
) -> None:
    origin, crawl = site
    for source in ("/news-sitemap.xml", "/feed.xml"):  # folded first, then as written
        assert [one for one in origin.asked if one[1] == source] == [
            ("https", source),
            ("http", source),
        ], (origin.asked, crawl.log[-3000:])
    assert crawl.stats.get("news/sources_scheme_folded") == 2, crawl.stats
    assert crawl.stats.get("news/sources_fold_fallback") == 2, crawl.stats


def test_the_articles_they_list_are_archived(
    site: tuple[SourcesLeftOnHttp, CrawlResult],
) -> None:
    origin, crawl = site
    urls = sorted(item["url"] for item in crawl.items())
    assert urls == sorted(f"https://{origin.host}{path}" for path in STORIES), crawl.log[-3000:]


class FeedCutOnceFull(SourcesLeftOnHttp):
    """As above, the https feed cut only once the sitemap's article has been asked: under
    `max_articles=1` the run is full when the feed fails, and asks nothing more."""

    def __init__(self) -> None:
        super().__init__()
        self.article_asked = threading.Event()

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        if target == IN_SITEMAP:
            self.article_asked.set()
        if scheme == "https" and target == "/feed.xml":
            self.article_asked.wait(60)
        return super().answer(scheme, target)


def test_a_fallback_the_full_run_does_not_ask_is_not_counted(tmp_path: Path) -> None:
    """`news/sources_fold_fallback` counts the sources asked as written: a feed whose folded
    URL failed once `max_articles` was reached is not asked again, nor counted (it was,
    and logged `asked as written` of a request never made)."""
    origin = FeedCutOnceFull()
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        args = {"url": f"https://{host}/news/", "requisites": "0", "max_articles": "1"}
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0"}
        crawl = run_crawl("news", args, settings, tmp_path)
    feed = [one for one in origin.asked if one[1] == "/feed.xml"]
    assert feed == [("https", "/feed.xml")], (origin.asked, crawl.log[-3000:])
    assert crawl.stats.get("news/sources_fold_fallback") == 1, crawl.stats
    assert "asked as written, http://" + host + "/feed.xml" not in crawl.log


NGINX_400 = (
    b"<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head>"
    b"<body><center><h1>400 Bad Request</h1></center>"
    b"<center>The plain HTTP request was sent to HTTPS port</center></body></html>"
)


class SourcesOnHttpsOnly:
    """The site's pages over plain http; its robots.txt and pages name its sitemap and feed
    under `https://`, where alone they are served: the http vhost hands those paths to the
    TLS backend, whose nginx answers plain HTTP with its 400."""

    def __init__(self) -> None:
        self.host = ""
        self.asked: list[tuple[str, str]] = []

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        plain, secure = f"http://{self.host}", f"https://{self.host}"
        if target in ("/news-sitemap.xml", "/feed.xml") and scheme == "http":
            return 400, HTML, NGINX_400
        if target == "/news-sitemap.xml":
            url = f"<url><loc>{plain}{IN_SITEMAP}</loc></url>"
            namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
            urlset = f'<?xml version="1.0"?><urlset xmlns="{namespace}">{url}</urlset>'
            return 200, XML, urlset.encode()
        if target == "/feed.xml":
            item = f"<item><title>Choir</title><link>{plain}{IN_FEED}</link></item>"
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{item}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml"}, rss.encode()
        if target == "/robots.txt":
            robots = f"User-agent: *\nAllow: /\nSitemap: {secure}/news-sitemap.xml\n"
            return 200, {"Content-Type": "text/plain"}, robots.encode()
        if target == "/news/":
            feed = f'<link rel="alternate" type="application/rss+xml" href="{secure}/feed.xml">'
            return 200, HTML, f"<html><head>{feed}</head><body><p>Today</p></body>".encode()
        if target in STORIES:
            title = STORIES[target]
            return 200, HTML, story_page(title, f"{title}, the harbour master said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


def test_a_folded_source_answered_400_is_asked_as_written(tmp_path: Path) -> None:
    """nginx's `400 The plain HTTP request was sent to HTTPS port` to the folded spelling
    says the scheme is wrong, not the source: asked as written (one request more), counted
    `news/sources_fold_fallback`. Before, the 400 ended it and no article of it was read."""
    origin = SourcesOnHttpsOnly()
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        args = {"url": f"http://{host}/news/", "requisites": "0"}
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0"}
        crawl = run_crawl("news", args, settings, tmp_path)
    for source in ("/news-sitemap.xml", "/feed.xml"):  # folded first, then as written
        assert [one for one in origin.asked if one[1] == source] == [
            ("http", source),
            ("https", source),
        ], (origin.asked, crawl.log[-3000:])
    assert crawl.stats.get("news/sources_scheme_folded") == 2, crawl.stats
    assert crawl.stats.get("news/sources_fold_fallback") == 2, crawl.stats
    assert crawl.stats.get("httperror/response_ignored_status_count/400") == 2, crawl.stats
    # their links asked in the scheme the sources were served in, as any listing's
    urls = sorted(item["url"] for item in crawl.items())
    assert urls == sorted(f"https://{host}{path}" for path in STORIES), crawl.log[-3000:]
