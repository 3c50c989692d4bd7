"""Items of a demo-site crawl: what the site put in its pages, pointing at their WARC records.

One `scrapy crawl news -a site=demo` (as `make demo` runs it) is shared by these
tests; the demo catalogue is the ground truth. The same WARCs read back by
`python -m newsarchive extract` must give the same items as the live crawl.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.articles import EXTRACTED_FIELDS
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl

ARTICLES = 60
# Added by the crawl-state pipeline of a live run; re-extraction knows no history.
RUN_ONLY_FIELDS = ("version", "previous_capture")


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoServer]:
    with DemoServer(articles=ARTICLES) as server:
        yield server


@pytest.fixture(scope="module")
def crawl(demo: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("items-crawl")
    return run_crawl("news", {"site": "demo", "base_url": demo.base_url}, {}, out)


@pytest.fixture(scope="module")
def items(crawl: CrawlResult, demo: DemoServer) -> dict[int, dict[str, Any]]:
    by_id = {}
    for item in crawl.items():
        article = demo.site.catalog.find(urlsplit(item["url"]).path)
        assert article is not None, f"item for a page that is no article: {item['url']}"
        by_id[article.id] = item
    return by_id


def test_every_article_gives_one_item(items: dict[int, dict[str, Any]], demo: DemoServer) -> None:
    assert set(items) == set(demo.site.catalog.ids)


@pytest.mark.parametrize("field", ["title", "subtitle", "authors", "section", "topics", "language"])
def test_field_is_what_the_page_says(
    field: str, items: dict[int, dict[str, Any]], demo: DemoServer
) -> None:
    wrong = {
        n: (item[field], demo.expected_article(n)[field])
        for n, item in items.items()
        if item[field] != demo.expected_article(n)[field]
    }
    assert not wrong, f"{len(wrong)} of {len(items)} wrong, e.g. {next(iter(wrong.items()))}"


@pytest.mark.parametrize("field", ["published", "modified"])
def test_timestamps_keep_the_pages_offset(
    field: str, items: dict[int, dict[str, Any]], demo: DemoServer
) -> None:
    for n, item in items.items():
        expected = demo.expected_article(n)[field]
        assert item[field] is not None, f"article {n}: no {field}"
        assert datetime.fromisoformat(item[field]) == datetime.fromisoformat(expected)
        assert item[field][-6:] == expected[-6:], f"article {n}: offset of {item[field]}"


def test_body_is_the_article_text(items: dict[int, dict[str, Any]], demo: DemoServer) -> None:
    for n, item in items.items():
        expected = demo.expected_article(n)
        # template c sets the dek as its standfirst: the lead, read as the body's opening (as
        # newsbench's answers read a lead); a and b set it as a sub-headline, the subtitle only
        lead = [expected["subtitle"]] if expected["template"] == "c" else []
        assert item["body"] == "\n\n".join([*lead, *expected["body"]]), f"article {n}"
        assert item["word_count"] == len(item["body"].split())


def test_canonical_url_and_image(items: dict[int, dict[str, Any]], demo: DemoServer) -> None:
    for n, item in items.items():
        expected = demo.expected_article(n)
        assert item["canonical_url"] == demo.url(expected["canonical"])
        assert urlsplit(item["image"]).path == expected["image"]


def test_each_item_points_at_the_record_holding_its_page(
    items: dict[int, dict[str, Any]], crawl: CrawlResult
) -> None:
    for item in items.values():
        assert datetime.fromisoformat(item["fetched_at"]).tzinfo is not None
        path = crawl.warc_dir / item["warc_file"]
        with path.open("rb") as stream:
            stream.seek(item["warc_offset"])
            record = next(iter(ArchiveIterator(stream)))
        assert record.rec_headers.get_header("WARC-Record-ID") == item["warc_record_id"]
        assert record.rec_headers.get_header("WARC-Target-URI") == item["url"]
        assert record.rec_type in ("response", "revisit")


def test_the_warc_describes_itself_with_metadata_records(
    items: dict[int, dict[str, Any]], crawl: CrawlResult
) -> None:
    described = {}
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "metadata":
                    target = record.rec_headers.get_header("WARC-Concurrent-To")
                    described[target] = json.loads(record.content_stream().read())
    for item in items.values():
        assert described[item["warc_record_id"]]["title"] == item["title"]


def test_extract_command_over_the_warcs_gives_the_live_items(
    crawl: CrawlResult, tmp_path: Path
) -> None:
    out = tmp_path / "again.jsonl"
    command = [sys.executable, "-m", "newsarchive", "extract", *map(str, crawl.warc_files())]
    command += ["--site", "demo", "-o", str(out)]
    subprocess.run(command, cwd=PROJECT, check=True, capture_output=True)

    def by_url(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {i["url"]: {k: v for k, v in i.items() if k not in RUN_ONLY_FIELDS} for i in items}

    again = by_url([json.loads(line) for line in out.read_text().splitlines()])
    assert again == by_url(crawl.items())


def test_stats_count_items_and_every_missing_field(crawl: CrawlResult) -> None:
    items = crawl.items()
    assert crawl.stats["extract/items"] == len(items)
    assert not [key for key in crawl.stats if key.startswith("extract/failed/")]
    for name in EXTRACTED_FIELDS:
        missing = sum(1 for item in items if not item[name])
        assert crawl.stats.get(f"extract/missing/{name}", 0) == missing, name
