"""Pages whose `<base href>` is no URL Scrapy can make (`http://[::1`, a host with a
space, `javascript:`), crawled with their requisites: each page is archived, its links
are followed against the page's own URL, its requisites asked there too, and the
crawl counts the base it passed over (`pages/base_href_ignored`), with no traceback. A feed's
item whose link is no URL is passed over, the items after it read (before, it raised in
the spider's scope and the rest of the feed was lost).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
BASES = {"v6": "http://[::1", "space": "http://exa mple.com/", "script": "javascript:"}


def article(base: str) -> str:
    return (
        f'<html lang="en"><head><title>A story</title><base href="{base}">'
        '<meta name="author" content="Ann Example"><link rel="stylesheet" href="look.css">'
        '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
        f'<body><article><h1>A story</h1><img src="lead.jpg"><p>{WORDS}</p><p>{WORDS}</p>'
        "</article></body></html>"
    )


def listing(base: str, name: str, page: int) -> str:
    pager = '<nav class="pager"><a class="next" href="?page=2">Next</a></nav>' if page == 1 else ""
    story = f"{name}-story-on-page-{page}-today/"
    return (
        f'<html lang="en"><head><title>News</title><base href="{base}">'
        '<link rel="stylesheet" href="section.css">'
        f'<link rel="alternate" type="application/rss+xml" href="/{name}/feed.xml">'
        "</head><body><main>"
        f'<article><h2><a href="{story}">A story</a></h2></article>{pager}</main></body></html>'
    )


ARTICLES = {f"/{name}/{name}-story-on-page-{n}-today/" for name in BASES for n in (1, 2)} | {
    f"/{name}/{name}-story-only-in-the-feed/" for name in BASES
}


def feed(origin: str, name: str) -> str:
    """A feed whose first item's link is no URL (`http://[::1`), its second a story's."""
    links = ("http://[::1/made-up-broken-item/", f"{origin}/{name}/{name}-story-only-in-the-feed/")
    items = "".join(f"<item><title>A story</title><link>{link}</link></item>" for link in links)
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    )


REQUISITES = (
    {f"/{name}/section.css" for name in BASES}
    | {
        f"/{name}/{name}-story-on-page-{n}-today/{file}"
        for name in BASES
        for n in (1, 2)
        for file in ("look.css", "lead.jpg")
    }
    | {
        f"/{name}/{name}-story-only-in-the-feed/{file}"
        for name in BASES
        for file in ("look.css", "lead.jpg")
    }
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []
    at: list[str] = []

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(target)
        for name, base in BASES.items():
            if target == f"/{name}/feed.xml":
                return 200, {"Content-Type": "application/rss+xml"}, feed(at[0], name).encode()
            if target in (f"/{name}/", f"/{name}/?page=2"):
                page = 2 if target.endswith("=2") else 1
                return 200, {"Content-Type": "text/html"}, listing(base, name, page).encode()
            if target.startswith(f"/{name}/") and target in ARTICLES:
                return 200, {"Content-Type": "text/html"}, article(base).encode()
        if target in REQUISITES:
            kind = "text/css" if target.endswith(".css") else "image/jpeg"
            return 200, {"Content-Type": kind}, b"made-up"
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        at.append(origin)
        out = tmp_path_factory.mktemp("badbase")
        urls = ",".join(f"{origin}/{name}/" for name in BASES)
        args = {"url": urls, "requisites": "1", "discover": "sections,rss", "depth": "5"}
        result = run_crawl(
            "news", args, {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}, out
        )
        yield result, asked


def test_every_page_is_archived_and_its_links_followed_against_its_url(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    assert sorted(t for t in asked if t in ARTICLES) == sorted(ARTICLES)
    assert {f"/{name}/?page=2" for name in BASES} <= set(asked)
    assert set(asked) >= REQUISITES
    log = result.log_path.read_text()
    assert "Traceback" not in log
    assert not [k for k in result.stats if k.startswith("spider_exceptions/")]
    assert result.stats["item_scraped_count"] == len(ARTICLES)


def test_the_base_passed_over_is_counted(crawled: tuple[CrawlResult, list[str]]) -> None:
    result, _ = crawled
    # each page with such a base: 3 sections x 2 listing pages + 9 articles
    assert result.stats["pages/base_href_ignored"] == len(BASES) * 2 + len(ARTICLES)
