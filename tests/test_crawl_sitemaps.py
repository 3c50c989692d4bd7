"""News sitemaps and feeds as servers really send them, on one `news` crawl.

The demo profile (sitemap `/sitemap-news.xml`, feed `/rss/latest.xml`) against a
127.0.0.1 origin whose sitemap index starts with a byte-order mark and blank lines
and is served as text/html, and names four children: a gzipped file served as
application/x-gzip, a sitemap in Google's old news namespace, a text sitemap (the
protocol's other form, one URL a line: it gave nothing) and a moved sitemap that
answers with an HTML page; the feed moved too. A sitemap or feed that listed nothing
was only counted; now each says so in one line naming it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

XML = "application/xml"
HOME = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>News</p></body></html>"


def _urlset(paths: list[str], namespace: str) -> bytes:
    urls = "".join(
        f"<url><loc>{{origin}}{p}</loc><n:news><n:publication_date>2025-05-0{i + 1}T10:00:00Z"
        "</n:publication_date></n:news></url>"
        for i, p in enumerate(paths)
    )
    return (
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="{namespace}">'
        f"{urls}</urlset>"
    ).encode()


NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
OLD_NEWS = "http://www.google.com/schemas/sitemap-news/0.84"
# child sitemap: (Content-Type, body with {origin}, gzipped, its article paths)
CHILDREN = {
    "/sm/news.xml.gz": ("application/x-gzip", NEWS, True, ["/world/gz-story-1", "/world/gz-2"]),
    "/sm/old-ns.xml": (XML, OLD_NEWS, False, ["/us/old-namespace-story-3"]),
    "/sm/urls.txt": ("text/plain", "", False, ["/tech/text-story-4", "/tech/text-story-5"]),
}
ARTICLES = [path for *_, paths in CHILDREN.values() for path in paths]


def _pages(origin: str) -> dict[str, tuple[str, bytes]]:
    index = "".join(
        f"<sitemap><loc>{origin}{path}</loc></sitemap>" for path in [*CHILDREN, "/sm/moved.xml"]
    )
    pages: dict[str, tuple[str, bytes]] = {
        "/sitemap-news.xml": (
            "text/html",
            b"\xef\xbb\xbf\n\n"
            + b'<?xml version="1.0" encoding="UTF-8"?>'
            + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}'
            "</sitemapindex>".encode(),
        ),
        "/sm/moved.xml": ("text/html; charset=utf-8", HOME),
        "/rss/latest.xml": ("text/html; charset=utf-8", HOME),
    }
    for path, (kind, namespace, zipped, paths) in CHILDREN.items():
        if namespace:
            body = _urlset(paths, namespace).replace(b"{origin}", origin.encode())
        else:
            body = "".join(f"{origin}{p}\r\n" for p in paths).encode()
        pages[path] = (kind, gzip.compress(body) if zipped else body)
    for path in ARTICLES:
        words = " ".join(f"{path} says this, paragraph {n}." for n in range(20))
        html = f"<html><head><title>{path}</title></head><body><article><p>{words}</p>"
        pages[path] = ("text/html; charset=utf-8", html.encode())
    return pages


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    pages: dict[str, tuple[str, bytes]] = {}
    with page_origin(pages) as origin:
        pages.update(_pages(origin))
        args = {"site": "demo", "base_url": origin, "discover": "sitemap,rss"}
        out = tmp_path_factory.mktemp("sitemaps")
        yield run_crawl("news", args, {"STATE_ENABLED": "0"}, out)


def test_every_sitemap_form_gives_its_articles(crawl: CrawlResult) -> None:
    assert crawl.returncode == 0, crawl.log[-3000:]
    fetched = {item["url"].split("/", 3)[3] for item in crawl.items()}
    assert fetched == {path[1:] for path in ARTICLES}


def test_a_sitemap_or_feed_listing_nothing_is_named_once(crawl: CrawlResult) -> None:
    assert crawl.stats["news/sitemaps_empty"] == 1
    assert crawl.stats["news/feeds_empty"] == 1
    for kind, path in (("sitemap", "/sm/moved.xml"), ("feed", "/rss/latest.xml")):
        said = f"{kind} {crawl_origin(crawl)}{path} lists no URL ({len(HOME)} bytes served as"
        assert crawl.log.count(said) == 1, crawl.log[-3000:]
    assert "served as text/html); check the profile's feeds" in crawl.log


def crawl_origin(crawl: CrawlResult) -> str:
    return next(iter(crawl.items()))["url"].rsplit("/", 2)[0]
