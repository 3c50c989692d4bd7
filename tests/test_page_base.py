"""A page's article links and its pager's are joined with one base: its `<base href>`,
wherever it stands. Scrapy's `response.urljoin` looks for it in the first 4,096
characters only: a section page whose head holds more before it (inline styles, a
consent script) had its articles joined with the page's URL (404s, nothing archived)
and its pager with the base. Where the base stands early, the spiders' reading gives
Scrapy's URL, to the byte.

One real crawl of an invented site on 127.0.0.1 (markup written here), and the
reading itself beside Scrapy's on made-up pages.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_base_url

from newsarchive.network.basehref import readable_by_scrapy
from newsarchive.pagebase import (
    base_href_ignored,
    base_href_ignored_unparsed,
    page_base,
    response_base,
)
from newsarchive.sites.base import Listing
from newsarchive.spiders.listing import next_page, section_entries
from tests.plugins.crawling import run_scrapy_here
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
# more than 4 KB of head before the <base>: a theme's inline styles
RULES = "".join(f".teaser-{n} {{ margin: {n}px 0 }}\n" for n in range(300))
STYLES = f"<style>{RULES}</style>"
BASE = "/ausgabe/welt/"  # where the section's links are relative to
PAGES = {
    1: ["2026/12/04/harbour-ferry-runs-late/", "2026/12/04/library-opens-on-sunday/"],
    2: ["2026/12/03/bridge-repairs-begin/", "2026/12/03/school-choir-sings-tonight/"],
}
STORIES = {BASE + story for stories in PAGES.values() for story in stories}


def section(page: int) -> str:
    head = f'<meta charset="utf-8"><title>Welt</title>{STYLES}<base href="{BASE}">'
    if page == 1:
        head += '<link rel="next" href="seite/2/">'
    links = "".join(f'<h2><a href="{story}">Story</a></h2>' for story in PAGES[page])
    return f"<!doctype html><html><head>{head}</head><body>{links}</body></html>"


def article(path: str) -> str:
    words = "A made-up sentence of a made-up local story, long enough for body text. " * 6
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Story</title></head><body>'
        f"<article><h1>Headline {path.rstrip('/').rsplit('/', 1)[-1]}</h1><p>{words}</p>"
        "</article></body></html>"
    )


@contextmanager
def site() -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/welt/":
            body = section(1)
        elif path == BASE + "seite/2/":
            body = section(2)
        elif path in STORIES:
            body = article(path)
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()

    with answering_origin(answer) as origin:
        yield origin, asked


def test_a_long_head_joins_articles_and_pager_with_its_base(tmp_path: Path) -> None:
    assert len(section(1).split("<base", 1)[0]) > 4096
    with site() as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news",
            "-a", f"url={origin}/welt/", "-a", "requisites=0", "-a", "discover=sections",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
            "-s", f"STATE_PATH={tmp_path / 'state.sqlite'}",
            "-O", f"{tmp_path / 'items.jsonl'}:jsonlines",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = (tmp_path / "items.jsonl").read_text().splitlines()
    assert {str(json.loads(line)["url"]).removeprefix(origin) for line in lines} == STORIES
    assert not [path for path in asked if path.startswith("/welt/2026/")]  # the page's folder


ORIGIN = "https://zeitung.example/welt/heute/"


def response(html: str) -> HtmlResponse:
    return HtmlResponse(ORIGIN, body=html.encode(), encoding="utf-8")


EARLY = {
    "none": "<html><head><title>x</title></head><body></body></html>",
    "relative": '<html><head><base href="../archiv/"></head></html>',
    "absolute": '<html><head><base href="https://cdn.zeitung.example/x/"></head></html>',
    "target only, then href": '<head><base target="_top"><base href="/b/"></head>',
    "empty href first": '<head><base href=""><base href="/later/"></head>',
    "in a comment": '<head><!-- <base href="/commented/"> --><base href="/real/"></head>',
    "in a script": "<head><script>var s='<base href=\"/js/\">';</script></head>",
    "spaces and umlauts": '<head><base href="  /ausgabe für heute/ "></head>',
    "in the body": '<html><body><p>x</p><base href="/late/"></body></html>',
}


@pytest.mark.parametrize("html", EARLY.values(), ids=EARLY.keys())
def test_where_the_base_stands_early_the_reading_is_scrapys(html: str) -> None:
    page = response(html)
    assert response_base(page) == get_base_url(page)
    assert page_base(page.selector, page.url) == get_base_url(page)


def test_past_4kb_the_base_is_read_where_scrapy_reads_none() -> None:
    page = response(f'<html><head>{STYLES}<base href="/ausgabe/"></head></html>')
    assert get_base_url(page) == ORIGIN  # Scrapy's reading: the page's URL
    assert response_base(page) == page_base(page.selector, page.url)
    assert response_base(page) == "https://zeitung.example/ausgabe/"


def test_a_long_heads_links_and_next_page_share_the_base() -> None:
    page = HtmlResponse("https://zeitung.example/welt/", body=section(1).encode(), encoding="utf-8")
    listing = Listing(links="h2 a")
    links = [entry.url for entry in section_entries(page, listing)]
    assert links == [f"https://zeitung.example{BASE}{story}" for story in PAGES[1]]
    assert next_page(page, listing, 1) == (
        f"https://zeitung.example{BASE}seite/2/",
        "rel_next",
    )


@pytest.mark.parametrize(
    "head",
    [
        '<base href="http://[::1">',
        "<base href='http://exa mple.com/'>",
        "<base target=_blank href=javascript:void(0)>",
        '<base href="https://cdn.example/de/">',
        '<BASE HREF="/de/?a=1&amp;b=2">',
        '<base target="_blank">',
        '<base href="">',
        "<p>no base</p>",
    ],
)
def test_an_article_s_base_is_judged_from_its_bytes_as_from_its_tree(head: str) -> None:
    """Whether an article's `<base href>` was passed over is read from its bytes, no tree
    made in the crawl's process (an article's tree is the extraction worker's; with every
    page of a site naming a base, each was parsed twice), with the verdict the tree gives."""
    body = f"<html><head>{head}</head><body><p>x</p></body></html>".encode()
    article = HtmlResponse("https://n.example/a/b.html", body=body, encoding="utf-8")
    listing = HtmlResponse("https://n.example/a/b.html", body=body, encoding="utf-8")
    readable_by_scrapy(listing)  # as the crawl's middleware reads it (`http://[::1`)
    assert base_href_ignored_unparsed(article) is base_href_ignored(listing)
    assert article._cached_selector is None  # no tree made
