"""Huge pages: what makes libxml2 stop half way, and pages past the size limit."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.utils.test import get_crawler

from newsarchive.extract import extract_article
from newsarchive.extract.document import MAX_HTML
from newsarchive.extract.text import BIG_TEXT, clean, count_words
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.pipelines import ExtractArticlePipeline

STORY = (
    "<article><h1>Harbour board approves the new ferry timetable</h1>"
    + "<p>The harbour board voted on Tuesday to add two evening crossings. </p>" * 12
    + "</article>"
)


def page(head: str = "", before: str = "") -> str:
    return f"<html><head><title>Ferry</title>{head}</head><body>{before}{STORY}</body></html>"


@pytest.mark.parametrize(
    "html",
    [
        page(head="<script>var blob = '" + "a" * (11 * 1024 * 1024) + "';</script>"),
        page(before="<div>" * 3000 + "deep" + "</div>" * 3000),
        page(before="<div>" * 200_000 + "deepest" + "</div>" * 200_000),
    ],
    ids=["11MB-inline-script", "3000-nested", "200000-nested"],
)
def test_body_survives_what_stops_the_parser(html: str) -> None:
    article = extract_article(html, "http://news.test/ferry")
    assert article.body is not None
    assert article.body.count("The harbour board voted on Tuesday") == 12


# --- The size limit: a page past it keeps its head fields and a cut, marked body ---------

SENTENCE = "The council published the full minutes of the water board meeting today. "
HEAD_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Water board '
    'minutes published", "author": {"@type": "Person", "name": "Ana Lima"}, '
    '"datePublished": "2026-03-04T08:30:00+01:00"}</script>'
)


def generated(paragraph_chars: int, head: str = HEAD_LD, end_of_body: str = "") -> str:
    """One article whose single paragraph is `paragraph_chars` long, head fields on top."""
    text = SENTENCE * (paragraph_chars // len(SENTENCE) + 1)
    return (
        "<html><head><title>Water board minutes published</title>"
        '<meta name="description" content="The minutes are out.">'
        f"{head}</head><body><article><h1>Water board minutes published</h1>"
        f"<p>{text}</p></article>{end_of_body}</body></html>"
    )


def test_page_past_the_limit_keeps_head_fields_and_a_cut_body_marked() -> None:
    html = generated(200_000)
    art = extract_article(html, "http://news.test/minutes", max_html=50_000)
    assert art.truncated is True
    assert art.title == "Water board minutes published"
    assert art.authors == ["Ana Lima"]
    assert art.published == "2026-03-04T08:30:00+01:00"
    assert art.body is not None and art.body.startswith(SENTENCE.strip())
    assert 40_000 < len(art.body) < 50_000  # cut near the limit, not dropped
    assert art.word_count == len(art.body.split())


def test_page_under_the_limit_is_read_whole_and_unmarked() -> None:
    html = generated(30_000)
    art = extract_article(html, "http://news.test/minutes", max_html=50_000)
    assert art.truncated is False
    assert art.body is not None and art.body.count("water board meeting") == len(
        SENTENCE * (30_000 // len(SENTENCE) + 1)
    ) // len(SENTENCE)


def test_no_limit_reads_the_whole_page() -> None:
    art = extract_article(generated(200_000), "http://news.test/minutes", max_html=None)
    assert art.truncated is False
    assert art.body is not None and len(art.body) > 200_000


def test_jsonld_after_the_cut_is_still_read() -> None:
    """Some pages set their JSON-LD at the end of <body>: the cut keeps it."""
    html = generated(200_000, head="", end_of_body=HEAD_LD)
    art = extract_article(html, "http://news.test/minutes", max_html=50_000)
    assert art.truncated is True
    assert art.authors == ["Ana Lima"]
    assert art.published == "2026-03-04T08:30:00+01:00"


def test_default_limit_cuts_a_five_megabyte_page() -> None:
    html = generated(5_000_000).encode()
    art = extract_article(html, "http://news.test/minutes")
    assert art.truncated is True and art.authors == ["Ana Lima"]
    assert art.body is not None and 3_000_000 < len(art.body) <= MAX_HTML


@pytest.mark.parametrize(
    "text",
    [
        "a  b\tc\nd",
        " lead and trail ",
        "no\u00a0break\u2009thin\u3000ideographic\x85next\x1cfile",
        "zero\u200bwidth",
    ],
    ids=["ascii-runs", "edges", "unicode-spaces", "zero-width"],
)
def test_long_text_is_cleaned_and_counted_as_short_text_is(text: str) -> None:
    """Past BIG_TEXT characters words are split a chunk at a time: same result."""
    long_text = text * (BIG_TEXT // len(text) + 3)
    words = long_text.replace("\u200b", "").split()
    assert clean(long_text) == " ".join(words)
    assert count_words(long_text) == len(long_text.split())


def test_crawl_setting_limits_pages_and_counts_them() -> None:
    """EXTRACT_MAX_HTML reaches the extraction worker; a cut page is counted and marked."""
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1, "EXTRACT_MAX_HTML": 50_000})
    assert crawler.stats is not None
    pipeline = ExtractArticlePipeline.from_crawler(crawler)

    async def run() -> list[ArticleItem]:
        try:
            return [
                await pipeline.process_item(
                    ArticlePage(
                        url=f"http://news.test/{n}", body=generated(n).encode(), encoding="utf-8"
                    )
                )
                for n in (1_000, 200_000)
            ]
        finally:
            pipeline.close_spider()

    small, big = asyncio.run(run())
    assert (small.truncated, big.truncated) == (False, True)
    assert big.authors == ["Ana Lima"] and big.body
    assert crawler.stats.get_value("extract/truncated") == 1
    assert crawler.stats.get_value("extract/items") == 2


def test_big_inline_scripts_go_before_the_article_is_cut() -> None:
    """A page long only by an inline blob keeps its whole article, unmarked."""
    blob = "<script>window.state = '" + "x" * 200_000 + "';</script>"
    art = extract_article(
        generated(20_000, head=HEAD_LD + blob), "http://n.test/m", max_html=50_000
    )
    assert art.truncated is False
    assert art.authors == ["Ana Lima"]
    assert art.body is not None and len(art.body) > 20_000
