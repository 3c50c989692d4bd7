"""The demo profile crawls the bundled demo site (what `make demo` runs), end to end."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from tests.plugins.fixture_server import run_scrapy

ARTICLES = 120  # 15 a section: the section page shows 10, "show more" the rest


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoServer]:
    with DemoServer(articles=ARTICLES) as server:
        yield server


@pytest.fixture(scope="module")
def crawl(demo: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("demo-crawl")
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-a", f"base_url={demo.base_url}"]
    done = run_scrapy(command, out)
    assert done.returncode == 0, done.stderr[-3000:]
    return {"requests": [target for _, target in demo.requests], "warc": out / "warc"}


def archived_uris(warc_dir: Path) -> set[str]:
    """Target URIs of the response and revisit records in the crawl's WARCs."""
    archived = set()
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):
                    archived.add(record.rec_headers.get_header("WARC-Target-URI"))
    return archived


def test_every_listed_article_is_fetched_once(demo: DemoServer, crawl: dict) -> None:
    catalog = demo.site.catalog
    expected = {catalog.article(n).path for n in catalog.ids}
    fetched = Counter(t for t in crawl["requests"] if demo.site.catalog.find(t.split("?")[0]))
    assert set(fetched) == expected
    assert set(fetched.values()) == {1}


def test_show_more_pages_run_to_the_end_and_stop(demo: DemoServer, crawl: dict) -> None:
    catalog = demo.site.catalog
    for section, ids in catalog.by_section.items():
        asked = {t for t in crawl["requests"] if t.startswith(f"/api/section/{section}?")}
        # the page shows 10 and a button when there are more; each answer brings
        # 10 more, and the first short (or empty) answer ends the section
        offsets = {int(t.rsplit("=", 1)[1]) for t in asked}
        assert offsets == set(range(10, len(ids) + 1, 10))


def test_no_author_topic_video_or_private_page_is_requested(crawl: dict) -> None:
    for target in crawl["requests"]:
        assert not target.startswith(("/author/", "/topic/", "/video/", "/private/", "/js-news"))


def test_listings_feed_and_sitemap_are_in_the_warc(demo: DemoServer, crawl: dict) -> None:
    archived = archived_uris(Path(crawl["warc"]))
    for target in crawl["requests"]:
        assert demo.url(target) in archived
    assert demo.url("/api/section/politics?offset=10") in archived
    assert demo.url("/sitemap-news.xml") in archived and demo.url("/rss/latest.xml") in archived


def test_pages_are_archived_with_their_images_and_styles_once(
    demo: DemoServer, crawl: dict
) -> None:
    requested = Counter(crawl["requests"])
    catalog = demo.site.catalog
    lead_images = {catalog.article(n).expected()["image"] for n in catalog.ids}
    for path in {*lead_images, "/static/site.css"}:
        assert requested[path] == 1, path
    archived = archived_uris(Path(crawl["warc"]))
    assert {demo.url(p) for p in lead_images} <= archived


def test_requisites_can_be_left_out(demo: DemoServer, tmp_path: Path) -> None:
    seen = len(demo.requests)
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-a", f"base_url={demo.base_url}", "-a", "requisites=0", "-a", "sections=us"]
    command += ["-a", "discover=sections", "-a", "max_articles=3"]
    assert run_scrapy(command, tmp_path).returncode == 0
    asked = [target for _, target in demo.requests[seen:]]
    assert asked and not [t for t in asked if t.startswith(("/images/", "/static/"))]
