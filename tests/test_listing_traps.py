"""Listings that never end on their own, on a live `news` crawl of a stdlib server.

A sitemap index that names itself and, on every answer, a new index one level down
(`/sitemap-news.xml?n=1`, `?n=2`, ...) with one article sitemap beside it: the
spider read it for ever (a crawl of such a site ran until killed, 4,835 articles in
two minutes). It now reads LISTING_SITEMAP_LEVELS below the profile's sitemap and
names the rest. The chain here ends at CHAIN levels, so the test ends without the fix.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

CHAIN = 30
LEVELS = 2
SITEMAP = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


class ChainedSitemaps:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def answer(self, path: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append(path)
        parts = urlsplit(path)
        n = int(parse_qs(parts.query).get("n", ["0"])[0])
        xml = {"Content-Type": "application/xml"}
        if parts.path == "/sitemap-news.xml":
            children = ["/sitemap-news.xml", f"/articles.xml?n={n}"]
            if n < CHAIN:
                children.append(f"/sitemap-news.xml?n={n + 1}")
            locs = "".join(f"<sitemap><loc>{child}</loc></sitemap>" for child in children)
            return 200, xml, f"<sitemapindex {SITEMAP}>{locs}</sitemapindex>".encode()
        if parts.path == "/articles.xml":
            loc = f"<url><loc>/politics/story-{n}</loc></url>"
            return 200, xml, f"<urlset {SITEMAP}>{loc}</urlset>".encode()
        if parts.path.startswith("/politics/story-"):
            title = f"Story {parts.path.rsplit('-', 1)[1]}"
            body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"
            return 200, {}, body.encode()
        return 404, {}, b"not here"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    site = ChainedSitemaps()
    with answering_origin(site.answer) as url:
        out = tmp_path_factory.mktemp("sitemap-chain")
        args = {"site": "demo", "base_url": url, "discover": "sitemap"}
        settings = {"LISTING_SITEMAP_LEVELS": str(LEVELS), "STATE_ENABLED": "0"}
        yield run_crawl("news", args, settings, out), site.asked


def test_a_sitemap_chain_is_read_down_to_its_levels(crawl: tuple[CrawlResult, list[str]]) -> None:
    result, asked = crawl
    indexes = sorted(path for path in asked if path.startswith("/sitemap-news.xml"))
    # the profile's sitemap (level 0) and LEVELS below it, each once (naming itself: no loop)
    assert indexes == ["/sitemap-news.xml", "/sitemap-news.xml?n=1", "/sitemap-news.xml?n=2"]
    stories = sorted(item["url"].rsplit("-", 1)[1] for item in result.items())
    assert stories == ["0", "1"]  # article sitemaps at levels 1 and 2; level 3's not read


def test_what_was_not_read_is_named_and_counted(crawl: tuple[CrawlResult, list[str]]) -> None:
    result, _ = crawl
    assert result.stats["news/sitemaps_too_deep"] == 3  # the deepest index's three children
    lines = [line for line in result.log.splitlines() if "LISTING_SITEMAP_LEVELS" in line]
    assert len(lines) == 1 and "sitemap-news.xml?n=2: 3 child sitemap(s) not read" in lines[0]
