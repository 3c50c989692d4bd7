"""JSON-LD: the article object is found among graphs, lists, decoys and broken blocks."""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://news.example/world/2025/05/story"


def page(*blocks: object, raw: tuple[str, ...] = ()) -> str:
    scripts = [f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks]
    scripts += [f'<script type="application/ld+json">{r}</script>' for r in raw]
    return f"<html><head>{''.join(scripts)}</head><body><p>Short.</p></body></html>"


ARTICLE = {
    "@type": "NewsArticle",
    "headline": "Council approves harbour plan",
    "datePublished": "2025-05-03T09:15:00+01:00",
    "author": {"@type": "Person", "name": "Ada Lovelace"},
}
VIDEO = {
    "@type": "VideoObject",
    "name": "Watch: the harbour at dawn",
    "uploadDate": "2025-04-01T06:00:00Z",
    "author": {"@type": "Person", "name": "Video Team"},
}
WEBPAGE = {"@type": "WebPage", "name": "Harbour | News", "datePublished": "2020-01-01T00:00:00Z"}
CRUMBS = {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "name": "World"}]}


@pytest.mark.parametrize(
    ("html", "title", "author", "published"),
    [
        pytest.param(page(ARTICLE), "Council approves harbour plan", "Ada Lovelace",
                     "2025-05-03T09:15:00+01:00", id="single-block"),
        pytest.param(page(VIDEO, WEBPAGE, CRUMBS, ARTICLE), "Council approves harbour plan",
                     "Ada Lovelace", "2025-05-03T09:15:00+01:00", id="decoys-first"),
        pytest.param(page({"@context": "https://schema.org", "@graph": [WEBPAGE, VIDEO, ARTICLE]}),
                     "Council approves harbour plan", "Ada Lovelace", "2025-05-03T09:15:00+01:00",
                     id="graph"),
        pytest.param(page([CRUMBS, {**ARTICLE, "@type": ["ReportageNewsArticle", "NewsArticle"]}]),
                     "Council approves harbour plan", "Ada Lovelace", "2025-05-03T09:15:00+01:00",
                     id="list-and-type-list"),
        pytest.param(page({**WEBPAGE, "mainEntity": {**ARTICLE, "@type": "BlogPosting"}}),
                     "Council approves harbour plan", "Ada Lovelace", "2025-05-03T09:15:00+01:00",
                     id="main-entity"),
        pytest.param(page(ARTICLE, raw=("{not json at all", '{"@type": "NewsArticle",}')),
                     "Council approves harbour plan", "Ada Lovelace", "2025-05-03T09:15:00+01:00",
                     id="broken-blocks-beside"),
        pytest.param(page(raw=("<!--" + json.dumps(ARTICLE) + "-->",)),
                     "Council approves harbour plan", "Ada Lovelace", "2025-05-03T09:15:00+01:00",
                     id="html-comment-wrapped"),
        # no article's title or byline; its upload, the page's only date, dates the page
        pytest.param(page(VIDEO), None, None, "2025-04-01T06:00:00+00:00",
                     id="video-only-is-not-an-article"),
    ],
)  # fmt: skip
def test_article_object_is_picked(html: str, title: str, author: str, published: str) -> None:
    art = extract_article(html, URL)
    assert art.title == title
    assert art.authors == ([author] if author else [])
    assert art.published == published


def test_article_matching_the_page_url_wins_over_a_teaser_article() -> None:
    teaser = {**ARTICLE, "headline": "Another story", "url": ELSEWHERE}
    own = {**ARTICLE, "headline": "This story", "url": URL}
    assert extract_article(page(teaser, own), URL).title == "This story"


def test_author_given_by_id_reference_is_resolved() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {**ARTICLE, "author": {"@id": "https://news.example/#/person/1"},
             "publisher": {"@id": "https://news.example/#org"}},
            {"@type": "Person", "@id": "https://news.example/#/person/1", "name": "Grace Hopper"},
            {"@type": "Organization", "@id": "https://news.example/#org", "name": "News Example"},
        ],
    }  # fmt: skip
    assert extract_article(page(graph), URL).authors == ["Grace Hopper"]


CANONICAL = "https://news.example/world/2025/05/story-canonical"


def page_at(head: str, *blocks: object) -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks
    )
    return f"<html><head>{head}{scripts}</head><body><p>Short.</p></body></html>"


ELSEWHERE = "https://news.example/other"
OTHER = {**ARTICLE, "headline": "A related story", "datePublished": "2025-04-30T08:00:00+01:00"}


@pytest.mark.parametrize(
    ("html", "title"),
    [
        pytest.param(page(OTHER | {"url": ELSEWHERE}, ARTICLE), ARTICLE["headline"],
                     id="first-names-another-page-second-names-none"),
        pytest.param(page(OTHER | {"mainEntityOfPage": {"@type": "WebPage", "@id": ELSEWHERE}},
                          ARTICLE | {"mainEntityOfPage": {"@type": "WebPage", "@id": URL}}),
                     ARTICLE["headline"], id="main-entity-of-page-names-this-one"),
        pytest.param(page_at(f'<link rel="canonical" href="{CANONICAL}">',
                             OTHER | {"url": ELSEWHERE}, ARTICLE | {"url": CANONICAL}),
                     ARTICLE["headline"], id="url-is-the-canonical-link"),
        pytest.param(page_at('<meta property="og:url" content="/world/2025/05/story-og">',
                             OTHER | {"url": ELSEWHERE},
                             ARTICLE | {"url": "https://www.news.example/world/2025/05/story-og"}),
                     ARTICLE["headline"], id="url-is-the-og-url-relative"),
        pytest.param(page(ARTICLE | {"@type": "NewsArticle", "url": ELSEWHERE},
                          OTHER | {"@type": "BlogPosting", "headline": "This page's post",
                                   "url": URL + "?ref=feed"}),
                     "This page's post", id="own-url-beats-a-higher-type-naming-another-page"),
        pytest.param(page(ARTICLE, OTHER | {"url": ELSEWHERE}), ARTICLE["headline"],
                     id="no-url-beats-another-pages-url-in-either-order"),
        pytest.param(page({**WEBPAGE, "headline": "Page", "url": URL},
                          ARTICLE | {"url": ELSEWHERE}),
                     ARTICLE["headline"], id="a-webpage-naming-this-page-is-still-no-article"),
    ],
)  # fmt: skip
def test_article_object_naming_this_page_wins_a_tie(html: str, title: str) -> None:
    """A related story's article object first: its date and title are not this page's."""
    art = extract_article(html, URL)
    assert art.title == title
    if title == ARTICLE["headline"]:
        assert art.published == ARTICLE["datePublished"]
