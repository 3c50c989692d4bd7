"""Section pages with a link, or a `<base href>`, that is no URL to join.

- A link no URL can be made of (`http://[::1` has an unclosed IPv6 host, as a template
  that failed to fill it in leaves it): a browser shows it dead, the page's other links
  work. Before, one such teaser, pager link or feed link made the whole listing page
  fail with a ValueError: no article on it listed, no next page asked.
- A `<base href>` that is no web page's address (`javascript:void(0)`, `data:`): its
  links are joined with the page's own URL. Before, the pager's relative next link was
  joined with it, left relative, and never asked.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from parsel import Selector

from newsarchive.pagebase import page_base
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
BASES = {"broken": "", "script": "javascript:void(0)"}
BROKEN = "http://[::1/made-up-story-of-no-host/"


def listing(base: str, stories: list[str], next_href: str | None) -> str:
    pager = f'<nav class="pager"><a class="next" href="{next_href}">Next</a></nav>'
    head = f'<base href="{base}">' if base else ""
    if not base:  # a feed link, a teaser and a pager link no URL can be made of
        head = f'<link rel="alternate" type="application/rss+xml" href="{BROKEN}feed">'
        stories = [BROKEN, *stories]
        pager = pager.replace("</nav>", f'<a class="next" href="{BROKEN}">Next</a></nav>')
    return (
        f'<html lang="en"><head><title>News</title>{head}</head><body><main>'
        + "".join(f'<article><h2><a href="{s}">A story</a></h2></article>' for s in stories)
        + (pager if next_href else "")
        + "</main></body></html>"
    )


def pages() -> dict[str, str]:
    found = {}
    for name, base in BASES.items():
        found[f"/{name}/"] = listing(base, [f"{name}-story-on-page-one/"], "?page=2")
        found[f"/{name}/?page=2"] = listing(base, [f"{name}-story-on-page-two/"], None)
    return found


ARTICLES = {f"/{name}/{name}-story-on-page-{n}/" for name in BASES for n in ("one", "two")}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(target)
        if target in ARTICLES:
            return 200, {"Content-Type": "text/html"}, ARTICLE.encode()
        if target in pages():
            return 200, {"Content-Type": "text/html"}, pages()[target].encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        out = tmp_path_factory.mktemp("basehref")
        urls = ",".join(f"{origin}/{name}/" for name in BASES)
        args = {"url": urls, "requisites": "0", "discover": "sections,rss", "depth": "5"}
        result = run_crawl(
            "news", args, {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}, out
        )
        yield result, asked


def test_a_link_that_is_no_url_is_passed_over_and_a_base_that_is_none_ignored(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    assert sorted(t for t in asked if t in ARTICLES) == sorted(ARTICLES)
    assert {"/broken/?page=2", "/script/?page=2"} <= set(asked)
    assert not result.stats.get("spider_exceptions/ValueError")


@pytest.mark.parametrize("base", ["javascript:void(0)", BROKEN, "data:text/html,x", "  "])
def test_page_base_is_the_page_s_url_where_its_base_is_no_url(base: str) -> None:
    page = Selector(text=f'<html><head><base href="{base}"></head></html>')
    assert page_base(page, "http://127.0.0.1:8000/news/") == "http://127.0.0.1:8000/news/"


def test_page_base_joins_a_relative_base_with_the_page_s_url() -> None:
    page = Selector(text='<html><head><base href="../b/"></head></html>')
    assert page_base(page, "http://127.0.0.1:8000/news/x/") == "http://127.0.0.1:8000/news/b/"
