"""RSS items whose `<guid>` is an id, not a URL, on one `news` crawl of a 127.0.0.1 origin.

The demo profile's feed (/rss/latest.xml) lists six items: a page link with an id for
a guid, a permalink guid alone, a bare-number guid alone, an isPermaLink="false" guid
alone, a relative "permalink" alone and an item with nothing. A guid that is no URL was
joined with the feed's URL (`/rss/story-4712`, `/world/relative-story-5` asked for as
articles); now the item's `<link>`
is its page, a guid counts only as an absolute URL, and an item naming no page is a
counted, named skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsarchive.spiders.sources import Feed, read_feed
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

ITEMS = """
<item><title>One</title><guid isPermaLink="false">tag:news.example,2026:4711</guid>
  <link>{origin}/world/linked-story-1</link></item>
<item><title>Two</title><guid>{origin}/world/permalink-story-2</guid></item>
<item><title>Three</title><guid>story-4712</guid></item>
<item><title>Four</title><guid isPermaLink="false">a1b2c3-4713</guid></item>
<item><title>Five</title><guid isPermaLink="true">/world/relative-story-5</guid></item>
<item><title>Six</title><description>A note with no page.</description></item>
"""
FETCHED = ["/world/linked-story-1", "/world/permalink-story-2"]


def _pages(origin: str) -> dict[str, tuple[str, bytes]]:
    feed = f'<rss version="2.0"><channel><title>Latest</title>{ITEMS}</channel></rss>'
    pages = {"/rss/latest.xml": ("application/rss+xml", feed.format(origin=origin).encode())}
    for path in FETCHED:
        words = " ".join(f"{path} says this, paragraph {n}." for n in range(20))
        html = f"<html><head><title>{path}</title></head><body><article><p>{words}</p>"
        pages[path] = ("text/html; charset=utf-8", html.encode())
    return pages


class Served(dict[str, tuple[str, bytes]]):
    """The origin's pages, noting every path asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def get(self, path: str, default: Any = None) -> Any:  # type: ignore[override]
        self.asked.append(path)
        return super().get(path, default)


Crawl = tuple[CrawlResult, str, list[str]]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    pages = Served()
    with page_origin(pages) as origin:
        pages.update(_pages(origin))
        args = {"site": "demo", "base_url": origin, "discover": "rss"}
        out = tmp_path_factory.mktemp("guids")
        yield run_crawl("news", args, {"STATE_ENABLED": "0"}, out), origin, pages.asked


def test_only_pages_a_feed_names_are_fetched(crawl: Crawl) -> None:
    result, origin, asked = crawl
    assert sorted(item["url"] for item in result.items()) == [origin + p for p in FETCHED]
    # no id was made a URL and asked for
    assert sorted(set(asked) - {"/robots.txt"}) == sorted(["/rss/latest.xml", *FETCHED])


def test_items_naming_no_page_are_a_counted_named_skip(crawl: Crawl) -> None:
    result, origin, _ = crawl
    assert result.stats["news/feed_items_unlinked"] == 4
    said = f"feed {origin}/rss/latest.xml: 4 item(s) name no page (no link, no guid that is a URL)"
    assert result.log.count(said) == 1, result.log[-3000:]


@pytest.mark.parametrize(
    ("item", "url"),
    [
        ("<link>https://x.test/a</link><guid>https://x.test/a?amp</guid>", "https://x.test/a"),
        ('<guid isPermaLink="false">4711</guid><link>/b</link>', "https://x.test/b"),  # xml:base
        ("<guid>https://x.test/c</guid>", "https://x.test/c"),
        ('<guid isPermaLink="TRUE"> https://x.test/d </guid>', "https://x.test/d"),
        ("<guid>4711</guid>", None),
        ('<guid isPermaLink="false">https://x.test/e</guid>', None),  # an id that looks like one
        ('<guid isPermaLink="False">x</guid>', None),
        ("<guid>urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</guid>", None),
        ("<guid>tag:news.example,2026:4711</guid>", None),
        ("<guid>/world/relative-story-5</guid>", None),
        ("<guid>news.example/world/f</guid>", None),
        ("<guid></guid>", None),
        ("<title>nothing</title>", None),
    ],
)
def test_an_items_page(item: str, url: str | None) -> None:
    feed = read_feed(
        f'<rss xml:base="https://x.test/"><channel><item>{item}</item></channel></rss>'.encode()
    )
    assert [entry.url for entry in feed.entries] == ([url] if url else [])
    assert feed.unlinked == (0 if url else 1)


def test_a_feed_of_linked_items_skips_nothing() -> None:
    feed = read_feed(b"<rss><channel><item><link>/a</link></item></channel></rss>")
    assert feed == Feed(feed.entries, None, 0) and len(feed.entries) == 1
