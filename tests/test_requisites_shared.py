"""The extraction worker parses a page once: its requisites come from extraction's tree.

Extraction drops scripts, styles, iframes, <noscript> and <svg> from its tree, cuts
pages over its size limit, collapses absurd nesting and decodes bytes its own way;
the requisites must still be those of the page as served, the links Scrapy's
response gives (`page_requisites`, which parses the page itself).
"""

from __future__ import annotations

import functools

import pytest

from newsarchive import requisites
from newsarchive.articles import article_item, extract_page
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.requisites import ServedRequisites, page_requisites

URL = "http://news.example.org/world/story"

HEAD = """<html><head><title>Council approves the new budget</title>
<link rel="stylesheet" href="/static/site.css"><link rel="icon" href="/favicon.ico">
<script src="/js/app.js"></script><script>var inline = 1;</script>
<style>body { color: red }</style></head>"""

MUTATED = (
    HEAD
    + """<body><article><h1>Council approves the new budget</h1>
<noscript><img src="/img/noscript-lead.jpg"></noscript>
<iframe src="/embed/video"></iframe>
<svg><image href="/img/vector.svg"/></svg>
<template><img src="/img/template.jpg"></template>
<p>The council approved the budget on Monday after a long debate in the chamber.</p>
<video poster="/img/poster.jpg"><source src="/media/clip.mp4"></video>
<script src="/js/late.js"></script><img src="/img/after.jpg">
</article></body></html>"""
)


def links_of(page: ArticlePage, max_html: int | None = 4_000_000) -> tuple[list[str], bool]:
    finder = ServedRequisites(page.body, page.encoding, page.url)
    article_item(page, max_html, served=finder)
    return finder.links(), finder.shared


def test_elements_extraction_drops_still_give_their_requisites() -> None:
    page = ArticlePage(url=URL, body=MUTATED.encode(), encoding="utf-8")
    links, shared = links_of(page)
    assert shared  # read from extraction's tree, before it dropped anything
    assert links == page_requisites(page.body, "utf-8", URL)
    for path in ("/js/app.js", "/js/late.js", "/img/noscript-lead.jpg", "/img/template.jpg"):
        assert "http://news.example.org" + path in links


def padded(n: int) -> str:
    return "".join(f"<p>Paragraph {i} of the story, long enough to count.</p>" for i in range(n))


CASES = {
    # cut at 2,000 characters: the images past the cut are requisites all the same
    "over the size limit": (HEAD + f"<body>{padded(200)}<img src='/img/end.jpg'></body>", 2000),
    # nested past libxml2's limit: extraction parses a collapsed copy
    "collapsed nesting": (
        f"{HEAD}<body>{'<div>' * 3000}<img src='/img/deep.jpg'>{'</div>' * 3000}</body>",
        None,
    ),
    "xml declaration": ('<?xml version="1.0" encoding="utf-8"?>\n' + MUTATED, None),
    "nul byte": (MUTATED.replace("<p>The", '<img src="/img/n\x00ul.jpg"><p>The'), None),
}


@pytest.mark.parametrize("name", CASES)
def test_pages_extraction_reads_otherwise_give_the_links_of_the_page_as_served(name: str) -> None:
    html, max_html = CASES[name]
    page = ArticlePage(url=URL, body=html.encode(), encoding="utf-8")
    links, _ = links_of(page, max_html)
    assert links == page_requisites(page.body, "utf-8", URL)
    assert len(links) >= 3


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (MUTATED.replace("after.jpg", "caf\u00e9.jpg").encode("utf-8"), "cp1252"),  # declared wrong
        (MUTATED.replace("after.jpg", "caf\u00e9.jpg").encode("cp1252"), "cp1252"),
        (b"\xef\xbb\xbf" + MUTATED.replace("after.jpg", "caf\u00e9.jpg").encode(), "utf-8"),  # BOM
        (MUTATED.replace("after.jpg", "caf\u00e9.jpg").encode("utf-8"), "utf-8"),
    ],
    ids=["utf8-declared-cp1252", "cp1252", "bom", "utf8"],
)
def test_decoding_as_scrapy_does(body: bytes, encoding: str) -> None:
    page = ArticlePage(url=URL, body=body, encoding=encoding)
    links, _ = links_of(page)
    assert links == page_requisites(body, encoding, URL)
    assert [link for link in links if "caf" in link]


def test_the_worker_parses_the_page_once(monkeypatch: pytest.MonkeyPatch) -> None:
    page = ArticlePage(url=URL, body=MUTATED.encode(), encoding="utf-8")
    expected_links = page_requisites(page.body, "utf-8", URL)
    extract = functools.partial(article_item, max_html=4_000_000)
    expected_item = extract(page)

    def no_second_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the requisites parsed the page again")

    monkeypatch.setattr(requisites, "Selector", no_second_parse)
    item, links = extract_page(extract, page, True)
    assert item == expected_item and links == expected_links
    item, links = extract_page(article_item, page, True)
    assert item == expected_item and links == expected_links
    assert extract_page(extract, page, False) == (expected_item, None)


def plain_extraction(page: ArticlePage) -> ArticleItem:
    return ArticleItem(url=page.url)


def test_another_extraction_leaves_the_finder_to_parse_the_page() -> None:
    page = ArticlePage(url=URL, body=MUTATED.encode(), encoding="utf-8")
    item, links = extract_page(plain_extraction, page, True)
    assert item.url == URL and links == page_requisites(page.body, "utf-8", URL)


RELS = [
    "stylesheet",
    "Stylesheet",  # parsel's [rel~=...] is case-sensitive
    "alternate stylesheet",
    "\tstylesheet\n",
    "icon\rstylesheet",
    "shortcut icon",
    "stylesheet\x0cicon",  # a form feed is no XML whitespace
    "stylesheet\u00a0",
    "",
    "stylesheets",
    "apple-touch-icon",
]


def test_one_walk_matches_parsels_selectors() -> None:
    links = "".join(f'<link rel="{rel}" href="/r{n}.css">' for n, rel in enumerate(RELS))
    elements = '<link href="/norel.css"><img><img src=""><script src="/s.js"></script>'
    elements += '<video poster="/p.jpg"><source src="/v.mp4"></video><audio><source src="/a.mp3">'
    html = f"<html><head>{links}</head><body>{elements}<img src='/i.jpg'></body></html>"
    page = ArticlePage(url=URL, body=html.encode(), encoding="utf-8")
    links_found, shared = links_of(page)
    assert shared and links_found == page_requisites(page.body, "utf-8", URL)
    assert "http://news.example.org/r1.css" not in links_found  # "Stylesheet"
