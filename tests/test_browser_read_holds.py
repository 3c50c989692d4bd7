"""A rendered page's item, DOM and screenshot are of one document, whenever the page moves on.

A crawl with real Chromium (local origin). The moves are made at set points by a test
middleware (tests/plugins/move_at_read.py), so there is no race to win or lose:
- `/after-read-N` sets `location` right after its content was read, and the move ends
  before scrapy-playwright asks the page's address. That address was the next page's:
  the item had the next page's URL with the old page's body (seen once in 36 pages under
  load). The page now moves no more once read (the move is refused), and the item has the
  address the page had when read. `/pushes-after-read-N` does history.pushState there
  instead (no move to refuse): the item has the address the document was read under.
- `/before-read-N` moves after it was driven (where the screenshot was taken) and before
  its content is read: the item and DOM came from the next page, the screenshot of the
  old one. The screenshot is now taken after the read, of the document read.
Each page has its own background colour; a screenshot's first pixel says which page it is.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive import settings as project_settings
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PAGE = (
    "<!doctype html><html lang=en><head><title>{title}</title><style>html,body"
    "{{background:rgb{colour};margin:0}}</style></head><body><article><h1>{title}</h1>"
    "<p>{text}</p></article></body></html>"
)
N = 4
PAGES: dict[str, tuple[str, bytes]] = {}
COLOURS: dict[str, tuple[int, int, int]] = {}
for when in ("after-read", "before-read", "pushes-after-read"):
    for n in range(N):
        for path, title, colour in (
            (f"/js-article/{when}-{n}", f"Left {when} {n}", (200, 30 + n, 40)),
            (f"/js-article/{when}-{n}-final", f"Arrived {when} {n}", (30, 40 + n, 200)),
        ):
            text = "A page that a reader sees for a moment before it moves on."
            html = PAGE.format(title=title, colour=colour, text=text)
            PAGES[path] = ("text/html; charset=utf-8", html.encode())
            COLOURS[path] = colour
LINKS = "".join(f"<a href='{p}'>{p}</a>" for p in PAGES if not p.endswith("-final"))
PAGES["/js-news/"] = (
    "text/html; charset=utf-8",
    f"<!doctype html><title>News</title><div id=js-news-list>{LINKS}</div>".encode(),
)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    middlewares = {
        **project_settings.DOWNLOADER_MIDDLEWARES,
        "tests.plugins.move_at_read.MoveAtRead": 980,  # after RenderMiddleware (970)
    }
    settings = {"BROWSER_SCREENSHOT": "1", "DOWNLOADER_MIDDLEWARES": json.dumps(middlewares)}
    with page_origin(PAGES, "HTTP/1.1") as origin:
        args = {"site": "js-demo", "base_url": origin, "sections": "js-news"}
        yield run_crawl("news", args, settings, tmp_path_factory.mktemp("read-holds"))


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def resources(crawl: CrawlResult, kind: str) -> dict[str, list[bytes]]:
    """Page path -> the payloads of its `urn:<kind>:` resource records."""
    found: dict[str, list[bytes]] = {}
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "resource" and uri.startswith(f"urn:{kind}:"):
                    page = path_of(uri.removeprefix(f"urn:{kind}:"))
                    found.setdefault(page, []).append(record.content_stream().read())
    return found


def first_pixel(png: bytes) -> tuple[int, int, int]:
    """The top-left pixel of an 8-bit RGB(A) PNG (the first row's first pixel is stored
    as is whatever the row's filter)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data = 8, b""
    while at < len(png):
        (size,) = struct.unpack(">I", png[at : at + 4])
        kind, chunk = png[at + 4 : at + 8], png[at + 8 : at + 8 + size]
        if kind == b"IHDR":
            assert chunk[8] == 8 and chunk[9] in (2, 6), chunk  # 8-bit RGB or RGBA
        elif kind == b"IDAT":
            data += chunk
        at += 12 + size
    raw = zlib.decompressobj().decompress(data, 8)
    return raw[1], raw[2], raw[3]


def title_of(path: str) -> str:
    return PAGES[path][1].decode().split("<title>")[1].split("<")[0]


def test_each_item_has_the_address_of_the_page_it_was_read_from(crawl: CrawlResult) -> None:
    items = {path_of(item["url"]): item for item in crawl.items()}
    assert crawl.stats.get("retry/count", 0) == 0
    for n in range(N):
        start = f"/js-article/after-read-{n}"
        assert start in items, sorted(items)  # read before it moved, and moved no more
        assert items[start]["title"] == title_of(start)
        assert f"/js-article/before-read-{n}-final" in items  # moved before it was read
        assert f"/js-article/pushes-after-read-{n}" in items
    for path, item in items.items():
        assert item["title"] == title_of(path), path  # never one page's body at another's URL
    # the moves after the read were refused: the next documents were never fetched
    assert crawl.stats.get("browser/moves_refused_after_read") == N
    assert crawl.stats.get("browser/url_as_read") == N  # the pushState ones


def test_the_dom_and_screenshot_are_of_the_document_read(crawl: CrawlResult) -> None:
    items = sorted(path_of(item["url"]) for item in crawl.items() if "read-" in item["url"])
    doms = resources(crawl, "dom")
    screenshots = resources(crawl, "screenshot")
    assert sorted(p for p in screenshots if "read-" in p) == items
    for path in items:
        assert len(doms[path]) == 1 and f"<title>{title_of(path)}</title>".encode() in doms[path][0]
        assert [first_pixel(png) for png in screenshots[path]] == [COLOURS[path]], path
