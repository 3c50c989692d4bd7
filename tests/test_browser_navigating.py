"""Rendered pages that replace themselves (location.replace), a crawl with real Chromium.

A consent or edition redirect done by script moves the page on as it is read: its
content read as the next document committed failed ("Unable to retrieve content
because the page is navigating"), and the request was retried. Each page is now read
once, after its navigation settled: no failure, no retry, the final document archived
and the item made from it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

ARTICLE = (
    "<!doctype html><html lang=en><head><title>{title}</title></head><body><article>"
    "<h1>{title}</h1><p>{text}</p></article>{script}</body></html>"
)
# how each page moves on (to its own final page), and when: (kind, script, delays in ms)
MOVES = (
    ("at-once", "location.replace('{to}')", (0,) * 4),  # as it is parsed
    ("at-load", "addEventListener('load', () => location.replace('{to}'))", (0,) * 4),
    # after "load": within the page's first quiet wait, then about when it is read (a race:
    # a move that starts only after the read leaves the page read as it was then)
    (
        "after-load",
        "addEventListener('load', () => setTimeout(() => location.replace('{to}'), {ms}))",
        (20, 60, 100, *range(150, 400, 10)),
    ),
)
PAGES: dict[str, tuple[str, bytes]] = {}
LINKS: list[str] = []
for kind, move, delays in MOVES:
    for n, ms in enumerate(delays):
        start, final = f"/js-article/{kind}-{n}", f"/js-article/{kind}-{n}-final"
        LINKS.append(f"<a href='{start}'>{kind} {n}</a>")
        script = "<script>" + move.format(to=final, ms=ms) + "</script>"
        PAGES[start] = (
            "text/html; charset=utf-8",
            ARTICLE.format(title=f"Leaving {kind} {n}", text="Moved on.", script=script).encode(),
        )
        PAGES[final] = (
            "text/html; charset=utf-8",
            ARTICLE.format(
                title=f"Arrived {kind} {n}", text="The page a reader ends up on.", script=""
            ).encode(),
        )
PAGES["/js-news/"] = (
    "text/html; charset=utf-8",
    (
        "<!doctype html><title>News</title><div id=js-news-list>" + "".join(LINKS) + "</div>"
    ).encode(),
)
STARTS = [path for path in PAGES if path.startswith("/js-article/") and "-final" not in path]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with page_origin(PAGES, "HTTP/1.1") as origin:
        args = {"site": "js-demo", "base_url": origin, "sections": "js-news"}
        yield run_crawl("news", args, {}, tmp_path_factory.mktemp("navigating"))


def responses(crawl: CrawlResult) -> dict[str, list[bytes]]:
    """Path -> the payloads of its response records."""
    found: dict[str, list[bytes]] = {}
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                    found.setdefault("/" + uri.split("/", 3)[3], []).append(
                        record.content_stream().read()
                    )
    return found


def test_a_page_that_navigates_itself_is_read_once_after_it_settles(crawl: CrawlResult) -> None:
    failed = {key: n for key, n in crawl.stats.items() if key.startswith("browser/failed/")}
    assert failed == {}
    assert crawl.stats.get("retry/count", 0) == 0
    assert "page is navigating" not in crawl.log
    print(
        f"{crawl.stats.get('browser/moved_before_read', 0)} pages moved on as they were read, "
        f"{crawl.stats.get('browser/page_close_unanswered', 0)} closes unanswered"
    )


def test_each_item_comes_from_the_document_it_was_read_from(crawl: CrawlResult) -> None:
    items = {item["url"].split("/", 3)[3]: item for item in crawl.items()}
    # one item per page, from the final document where the page moved before it was read
    assert sorted(url.removesuffix("-final") for url in items) == sorted(p[1:] for p in STARTS)
    # those that moved at once or at load: always the final document, archived, the item
    # made from it (one that moves after "load" is read as it was or as it became, as its
    # timer and the read fall on a busy box; a move begun once it was read is refused)
    early = [p for p in STARTS if "after-load" not in p]
    for url, item in items.items():  # never one page's body under another's address
        assert item["title"] == title("/" + url), url
    archived = responses(crawl)
    for start in early:
        final = f"{start}-final"
        assert items[final[1:]]["title"] == title(final)
        assert archived.get(final) == [PAGES[final][1]]


def title(path: str) -> str:
    return PAGES[path][1].decode().split("<title>")[1].split("<")[0]


def test_a_move_begun_before_the_read_is_followed_one_begun_as_it_reads_is_refused() -> None:
    """A page whose move began before its read (the move's request sent) is read once it
    stays put: the page it became. Read as it moved, that met the move's commit ("the page
    is navigating", at each try on an idle box: scrapy-playwright's read failed the attempt).
    A move begun as the page is read is refused (tests/plugins/move_at_read.py): the page
    stays on the document read."""
    from playwright.async_api import async_playwright
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newsarchive.browser.capture import PageCapture
    from newsarchive.browser.config import BrowserConfig
    from newsarchive.browser.middleware import RenderMiddleware, no_popups
    from newsarchive.browser.render import CAPTURE_META, RenderSpec
    from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
    from tests.plugins.move_at_read import move

    crawler = get_crawler()
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = RenderMiddleware(crawler, BrowserConfig())
    start, final = "/js-article/at-load-0-final", "/js-article/after-load-0-final"

    async def read(origin: str, browser: Any, moving: bool) -> tuple[str, str]:
        page = await browser.new_page()
        capture = PageCapture(crawler.signals, crawler.stats, archive=False)
        request = Request(origin + start, meta={CAPTURE_META: capture})
        await no_popups(page, request)  # the route that refuses moves, as in a crawl
        for event, handler in capture.handlers().items():
            page.on(event, handler)
        await page.goto(origin + start)
        await middleware._finish_page(page, capture, RenderSpec(), request)

        async def read_as_it_moves() -> str:
            await move(page, final)  # refused: the page is held from its read on
            return await page.content()

        if moving:
            html = await middleware._read_settled(page, read_as_it_moves, capture, request)
        else:
            async with page.expect_request(origin + final):
                await page.evaluate(f"location.replace({final!r})")
            html = await middleware._read_settled(page, page.content, capture, request)
        url = page.url
        await page.close()
        return html, url

    async def main(origin: str) -> list[tuple[str, str]]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            read_both = [await read(origin, browser, moving) for moving in (False, True)]
            await browser.close()
            return read_both

    with page_origin(PAGES, "HTTP/1.1") as origin:
        (followed, followed_url), (held, held_url) = asyncio.run(main(origin))
    assert "<title>Arrived after-load 0</title>" in followed
    assert followed_url.endswith(final)
    assert crawler.stats.get_value("browser/moved_before_read") == 1
    assert "<title>Arrived at-load 0</title>" in held
    assert held_url.endswith(start)
    assert crawler.stats.get_value("browser/moves_refused_after_read") == 1
