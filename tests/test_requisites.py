"""Page requisites: found in the extraction worker for articles, as Scrapy's response would.

The worker gives the links the crawl's own process found before (Scrapy's
`response.urljoin`, `<base href>` included); a page whose extraction fails, or
that no extraction pipeline parses, still gets its requisites fetched.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newsarchive.articles import article_item
from newsarchive.demo.server import DemoServer
from newsarchive.items import ArticleItem, ArticlePage, RequisitesWanted
from newsarchive.pipelines import ExtractArticlePipeline
from newsarchive.requisites import page_requisites
from newsarchive.spiders.requisites import requisite_links
from newsarchive.workers import ExtractWorkers, WorkerConfig
from tests.plugins.fixture_server import run_scrapy

PAGE = """<html><head>{base}
<link rel="stylesheet" href="/static/site.css"><link rel="icon shortcut" href="fav.ico">
<link rel="canonical" href="/not-a-requisite"><script src="app.js"></script></head>
<body><img src=" lead.jpg "><img src="data:image/png;base64,AAAA"><img src="lead.jpg#x">
<img src="/pixel.gif?u=1"><video poster="poster.jpg"><source src="clip.mp4"></video>
<img src="caf\u00e9.png"><a href="/next-article">next</a></body></html>"""

PAGES = {
    "relative to the page": (PAGE.format(base=""), "utf-8"),
    "base href": (PAGE.format(base='<base href="https://cdn.example.org/assets/">'), "utf-8"),
    "legacy charset": (PAGE.format(base=""), "cp1252"),
}


@pytest.mark.parametrize("name", PAGES)
def test_links_from_bytes_are_those_of_scrapys_response(name: str) -> None:
    text, encoding = PAGES[name]
    body = text.encode(encoding)
    url = "http://news.example.org/world/story"
    response = HtmlResponse(url, body=body, encoding=encoding)
    from_bytes = page_requisites(body, encoding, url)
    assert from_bytes == requisite_links(response)
    assert len(from_bytes) == 8  # no data: URI, pixel, page link, or second lead.jpg
    assert not [link for link in from_bytes if "pixel" in link or "next-article" in link]


@pytest.mark.parametrize("body", [b"", b"\r\n  \n"])
def test_a_page_with_an_empty_body_names_no_requisites(body: bytes) -> None:
    """A section page answered 200 with nothing: parsel refused the body with a ValueError,
    a traceback from the news spider's listing."""
    response = HtmlResponse("http://news.example.org/politics/", body=body, encoding="utf-8")
    assert requisite_links(response) == []


def crash_on_purpose(page: ArticlePage) -> ArticleItem:
    os._exit(3)


def test_worker_answers_with_the_links_and_a_crash_answers_none() -> None:
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1})
    assert crawler.stats is not None
    config = WorkerConfig(workers=1, timeout=20.0, max_pending=4, nice=0)
    body = PAGE.format(base="").encode()
    url = "http://news.example.org/world/story"

    async def extracted(extract: object) -> tuple[ArticleItem, list[str] | None]:
        workers = ExtractWorkers(config)
        pipeline = ExtractArticlePipeline(crawler.stats, workers, 1, extract)  # type: ignore[arg-type]
        try:
            wanted = RequisitesWanted()
            page = ArticlePage(url=url, body=body, encoding="utf-8", requisites=wanted)
            item = await pipeline.process_item(page)
            return item, await wanted
        finally:
            pipeline.close_spider()

    item, links = asyncio.run(extracted(article_item))
    assert item.url == url and links == page_requisites(body, "utf-8", url)
    item, links = asyncio.run(extracted(crash_on_purpose))
    assert item.url == url and item.title is None and links is None


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoServer]:
    with DemoServer(articles=16) as server:
        yield server


@pytest.mark.parametrize(
    "pipelines",
    [
        '{"tests.plugins.pipelines.DropPages": 100}',  # dropped before extraction
        # no extraction pipeline at all: the raw page (its body bytes) is no JSON line, so the
        # export leaves it out, counted, and the run exits 1 saying so
        "{}",
    ],
    ids=["dropped", "no-pipeline"],
)
def test_an_article_no_pipeline_parses_still_gets_its_requisites(
    demo: DemoServer, tmp_path: Path, pipelines: str
) -> None:
    seen = len(demo.requests)
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-a", f"base_url={demo.base_url}", "-a", "sections=us"]
    command += ["-a", "discover=sections", "-a", "max_articles=2"]
    settings = (f"ITEM_PIPELINES={pipelines}", "STATE_ENABLED=0")
    done = run_scrapy(command, tmp_path, settings)
    if pipelines == "{}":
        assert done.returncode == 1, done.stderr[-3000:]
        assert "items no line could be made of" in done.stderr.strip().splitlines()[-1]
    else:
        assert done.returncode == 0, done.stderr[-3000:]
    asked = [target for _, target in demo.requests[seen:]]
    catalog = demo.site.catalog
    articles = [n for n in catalog.ids if catalog.article(n).path in asked]
    assert len(articles) == 2
    for number in articles:
        assert catalog.article(number).expected()["image"] in asked
