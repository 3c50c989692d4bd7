"""A site crawled from `-a url=` whose robots.txt names no news sitemap: the news sitemap
its pages name (`<link rel="sitemap">`, a footer's link to `news-sitemap.xml`) is read,
through the same sitemap reading as robots.txt's, relative to the page's `<base href>`.
Where robots.txt names one, a page's other one is not read; a sitemap that is not of news
(`/sitemap.xml`, years of archive) and an HTML site map page never are.

Real crawls of an invented site on 127.0.0.1 (markup written here), and the reading
itself with real Scrapy objects, robots.txt answered before or after the pages.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, TextResponse
from scrapy.statscollectors import MemoryStatsCollector

from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.site_sources import page_sitemaps
from tests.plugins.crawling import run_scrapy_here
from tests.plugins.environment import project_settings
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
SECTIONS = {
    "/lokal/": "/lokal/2026/12/04/market-square-gets-new-benches/",
    "/sport/": "/sport/2026/12/04/rowing-club-wins-the-autumn-race/",
}
PAGE_SITEMAP_STORY = "/lokal/2026/12/04/only-the-page-named-sitemap-lists-this/"
ROBOTS_SITEMAP_STORY = "/sport/2026/12/04/only-robots-named-sitemap-lists-this/"
ARCHIVE_STORY = "/archiv/2019/03/01/only-the-whole-archive-lists-this/"
# the news sitemap a section page names, relative to its <base href> (/ausgabe/)
PAGE_SITEMAP = "/ausgabe/news-sitemap.xml"


def html(head: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Blatt</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def section(path: str) -> str:
    """A section page: its story, a footer naming the sitemaps (news, whole, HTML)."""
    head = '<base href="/ausgabe/"><link rel="sitemap" type="application/xml" href="/sitemap.xml">'
    footer = (
        '<footer><a href="news-sitemap.xml">News-Sitemap</a> <a href="/site-map/">Sitemap</a>'
        ' <a href="/impressum/">Impressum</a></footer>'
    )
    return html(head, f'<h2><a href="{SECTIONS[path]}">Story</a></h2>{footer}')


def article(path: str) -> str:
    words = "A made-up sentence of a made-up local story, long enough for body text. " * 6
    return html(
        '<meta property="article:published_time" content="2026-12-04T08:30:00+01:00">',
        f"<article><h1>Headline {path.strip('/').split('/')[-1]}</h1><p>{words}</p></article>",
    )


def urlset(origin: str, *paths: str) -> str:
    entries = "".join(f"<url><loc>{origin}{p}</loc></url>" for p in paths)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


STORIES = {*SECTIONS.values(), PAGE_SITEMAP_STORY, ROBOTS_SITEMAP_STORY, ARCHIVE_STORY}


@contextmanager
def site(robots: str | None) -> Iterator[tuple[str, list[str]]]:
    """The invented site (its origin) and the paths it was asked; `robots`: its
    robots.txt ({origin} filled in), None for a 404."""
    asked: list[str] = []
    at: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        origin = at[0]
        if path == "/robots.txt" and robots is not None:
            kind, body = "text/plain", robots.replace("{origin}", origin)
        elif path == PAGE_SITEMAP:
            kind, body = "application/xml", urlset(origin, PAGE_SITEMAP_STORY)
        elif path == "/robots-news.xml":
            kind, body = "application/xml", urlset(origin, ROBOTS_SITEMAP_STORY)
        elif path == "/sitemap.xml":
            kind, body = "application/xml", urlset(origin, ARCHIVE_STORY)
        elif path in SECTIONS:
            kind, body = "text/html; charset=utf-8", section(path)
        elif path in STORIES:
            kind, body = "text/html; charset=utf-8", article(path)
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": kind}, body.encode()

    with answering_origin(answer) as origin:
        at.append(origin)
        yield origin, asked


def crawl(out: Path, robots: str | None) -> tuple[set[str], list[str], str]:
    """(the article paths exported, the paths asked, the log) of a crawl by `-a url=`."""
    with site(robots) as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news",
            "-a", f"url={origin}/lokal/,{origin}/sport/", "-a", "requisites=0",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", f"WARC_DIR={out / 'warc'}", "-s", f"REPORT_DIR={out / 'reports'}",
            "-s", f"STATE_PATH={out / 'state.sqlite'}", "-O", f"{out / 'items.jsonl'}:jsonlines",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = (out / "items.jsonl").read_text().splitlines()
    urls = {str(json.loads(line)["url"]).removeprefix(origin) for line in lines}
    return urls, asked, done.stderr


@pytest.mark.parametrize(
    "robots",
    ["User-agent: *\nDisallow: /suche/\n", None],
    ids=["robots.txt names no sitemap", "no robots.txt"],
)
def test_the_news_sitemap_a_page_names_is_read_where_robots_txt_names_none(
    robots: str | None, tmp_path: Path
) -> None:
    found, asked, log = crawl(tmp_path, robots)
    assert found == {*SECTIONS.values(), PAGE_SITEMAP_STORY}
    assert asked.count(PAGE_SITEMAP) == 1  # both sections name it: read once
    # the whole archive's sitemap and the HTML site map are no news sitemaps
    assert "/sitemap.xml" not in asked and ARCHIVE_STORY not in asked
    assert "/site-map/" not in asked
    assert "names 1 sitemap(s) not of news, not read" in log
    assert "'news/page_sitemaps_news': 1" in log


def test_where_robots_txt_names_a_news_sitemap_a_page_names_is_not_read(
    tmp_path: Path,
) -> None:
    found, asked, _ = crawl(tmp_path, "User-agent: *\nSitemap: {origin}/robots-news.xml\n")
    assert found == {*SECTIONS.values(), ROBOTS_SITEMAP_STORY}
    assert "/robots-news.xml" in asked and PAGE_SITEMAP not in asked


# --- the reading, robots.txt answered before or after the section pages ------------------

ORIGIN = "https://www.blatt.example"  # no fetch: nothing is downloaded here


def spider(shared: bool = False) -> NewsSpider:
    settings = project_settings()
    if shared:  # a worker of a shared crawl (no Redis is reached here)
        settings.set("NEWSARCHIVE_REDIS_URL", "redis://127.0.0.1:9/0")
    crawler = Crawler(NewsSpider, settings)
    made = NewsSpider.from_crawler(crawler, url=f"{ORIGIN}/lokal/,{ORIGIN}/sport/")
    crawler.stats = MemoryStatsCollector(crawler)
    return made


def section_page(path: str) -> HtmlResponse:
    url = f"{ORIGIN}{path}"
    return HtmlResponse(url, body=section(path).encode(), encoding="utf-8", request=Request(url))


def robots_txt(text: str) -> TextResponse:
    url = f"{ORIGIN}/robots.txt"
    return TextResponse(url, body=text.encode(), encoding="utf-8", request=Request(url))


def asked_for(requests: object) -> list[str]:
    return [request.url for request in requests]  # type: ignore[attr-defined]


@pytest.mark.parametrize("robots_first", [True, False], ids=["robots first", "pages first"])
@pytest.mark.parametrize("names", [False, True], ids=["names none", "names one"])
def test_which_sitemaps_are_asked_whichever_answers_first(robots_first: bool, names: bool) -> None:
    """The pages' news sitemap is asked once where robots.txt names none, never where it
    names one, whether robots.txt's answer comes before the section pages or after."""
    made = spider()
    robots = robots_txt(f"Sitemap: {ORIGIN}/robots-news.xml\n" if names else "User-agent: *\n")
    asked = asked_for(made.parse_robots(robots)) if robots_first else []
    for path in SECTIONS:
        requests = asked_for(made._section_page(section_page(path), path, 1, None))
        asked += [url for url in requests if url.endswith(".xml")]
    if not robots_first:
        asked += asked_for(made.parse_robots(robots))
    expected = [f"{ORIGIN}/robots-news.xml"] if names else [f"{ORIGIN}{PAGE_SITEMAP}"]
    assert asked == expected


def test_the_sitemaps_a_page_names() -> None:
    """Its <link rel="sitemap"> whatever its address, and links to a sitemap's file, joined
    with its <base href>; an HTML site map page, a fragment's twin, no."""
    page = (
        '<html><head><base href="http://news.example/edition/">'
        '<link rel="SiteMap" href="/sitemap_index.xml"></head><body>'
        '<a href="news-sitemap.xml">a</a><a href="/sitemap/">b</a>'
        '<a href="/Sitemap_News.XML.gz#top">c</a><a href="news-sitemap.xml#x">d</a>'
        '<a href="/sitemap-policy.html">e</a></body></html>'
    )
    assert page_sitemaps(page, "http://news.example/world/") == [
        "http://news.example/sitemap_index.xml",
        "http://news.example/edition/news-sitemap.xml",
        "http://news.example/Sitemap_News.XML.gz",
    ]


def test_a_shared_crawls_worker_holds_nothing_for_a_robots_txt_another_may_read() -> None:
    """A worker of a shared crawl may never see robots.txt's answer (another worker's
    request took it): it reads the pages' news sitemap at once rather than never."""
    made = spider(shared=True)
    requests = asked_for(made._section_page(section_page("/lokal/"), "lokal", 1, None))
    assert [url for url in requests if url.endswith(".xml")] == [f"{ORIGIN}{PAGE_SITEMAP}"]
