"""JSON nested past Python's stack on the pages a spider reads for links (a listing's
JSON-LD, its `__NEXT_DATA__`, Arc's `Fusion.contentCache`, a "load more" answer).

`json.loads` raises RecursionError, not ValueError, on `[[[[...` 5,000 deep: the
readers passed over only ValueError, so one such block raised out of the spider's
callback and the listing gave none of its links (a section: 0 articles, a traceback,
`spider_exceptions/RecursionError`). Extraction drops such JSON already
(tests/test_extract_hostile.py); the spider's readers now do the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from parsel import Selector

from newsarchive.spiders.arcfusion import fusion_next_url
from newsarchive.spiders.jsonlisting import json_object, read_json_listing
from newsarchive.spiders.nextjs import next_data_url
from newsarchive.spiders.sources import item_list_entries, json_answer
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

LEVELS = 5_000
DEEP_ARRAY = "[" * LEVELS + "]" * LEVELS
DEEP_OBJECT = '{"a":' * LEVELS + "1" + "}" * LEVELS
ITEM_LIST = (
    '{"@context": "https://schema.org", "@type": "ItemList", "itemListElement": '
    '[{"@type": "ListItem", "position": 1, "url": "/news/2026/12/04/ferry-timetable"}]}'
)


def test_the_json_is_past_the_stack() -> None:
    """The precondition: the standard library's parser refuses these with RecursionError."""
    for deep in (DEEP_ARRAY, DEEP_OBJECT):
        with pytest.raises(RecursionError):
            json.loads(deep)


@pytest.mark.parametrize("deep", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_a_listing_s_json_ld_past_the_stack_is_passed_over(deep: str) -> None:
    found = item_list_entries([deep, ITEM_LIST])
    assert [entry.url for entry in found] == ["/news/2026/12/04/ferry-timetable"]


@pytest.mark.parametrize("deep", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_a_load_more_answer_past_the_stack_is_no_answer(deep: str) -> None:
    assert json_answer(deep.encode()) is None
    assert json_answer(f"callback({deep});".encode()) is None  # JSONP
    assert read_json_listing(deep.encode(), "https://n.example/api/more") is None


def test_a_json_query_past_the_stack_is_no_object() -> None:
    assert json_object(DEEP_OBJECT) is None


def test_next_data_past_the_stack_gives_no_next_page() -> None:
    page = f'<script id="__NEXT_DATA__" type="application/json">{DEEP_OBJECT}</script>'
    found = next_data_url(Selector(text=f"<html><body>{page}</body></html>"), "https://n.example/")
    assert found is None


def test_a_fusion_cache_past_the_stack_gives_no_next_batch() -> None:
    script = f"<script>Fusion.contentCache={DEEP_OBJECT};</script>"
    page = Selector(text=f"<html><body>{script}</body></html>")
    assert fusion_next_url(page, "https://n.example/world/") is None


# --- a real crawl: a section whose listing carries such a block --------------------

TITLE = "Harbour board adds evening ferries"
SENTENCE = "The harbour board voted on Tuesday to add two evening crossings to the timetable."
STORIES = [f"/news/2026/12/04/ferry-story-{n}" for n in range(3)]


def _story(n: int) -> bytes:
    return (
        f"<html><head><title>{TITLE} {n}</title></head><body><article><h1>{TITLE} {n}</h1>"
        f"<p>{SENTENCE}</p></article></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    links = "".join(f'<li><a href="{path}">Ferry story {path[-1]}</a></li>' for path in STORIES)
    listing = (
        f'<html><head><title>News</title><script type="application/ld+json">{DEEP_ARRAY}'
        f"</script></head><body><ul>{links}</ul></body></html>"
    ).encode()
    pages = {path: ("text/html; charset=utf-8", _story(n)) for n, path in enumerate(STORIES)}
    pages["/news/"] = ("text/html; charset=utf-8", listing)
    with page_origin(pages) as url:
        out: Path = tmp_path_factory.mktemp("deep-json-listing")
        yield run_crawl("news", {"url": url + "/news/"}, {}, out)


def test_a_section_with_json_past_the_stack_gives_its_articles(crawl: CrawlResult) -> None:
    assert sorted(item["url"].split("/", 3)[3] for item in crawl.items()) == sorted(
        path.lstrip("/") for path in STORIES
    )
    assert all(item["body"] == SENTENCE for item in crawl.items())


def test_the_section_raised_nothing(crawl: CrawlResult) -> None:
    assert "spider_exceptions/count" not in crawl.stats
    assert "Traceback" not in crawl.log
    assert crawl.stats.get("log_count/ERROR", 0) == 0
