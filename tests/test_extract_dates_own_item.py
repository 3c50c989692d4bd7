"""Dates of this article, not another item's: the JSON-LD article's own day, and dates of
teasers, related lists and other <article>s left aside.

Every page here is invented; the shapes are the ones news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article


def _page(head: str, body: str, lang: str = "de") -> str:
    return (
        f'<html lang="{lang}"><head>{head}</head><body>'
        f"<article><h1>Ein erfundener Titel für diesen Test</h1>{body}</article></body></html>"
    )


def _ld(value: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Ein erfundener Titel", "datePublished": "{value}"}}</script>'
    )


@pytest.mark.parametrize(
    ("head", "body", "lang", "expected"),
    [
        pytest.param(_ld("2026-01-29") + '<meta name="DC.Date" content="2026-01-29T06:00+01:00">', "", "de", "2026-01-29", id="de-meta-time-does-not-refine-the-jsonld-day"),
        pytest.param(_ld("2026-01-29"), '<p class="meta">Stand: 29.01.2026, 06:00 Uhr</p>', "de", "2026-01-29", id="de-visible-time-does-not-refine-the-jsonld-day"),
        pytest.param(_ld("2026-03-05"), '<time datetime="2026-03-05T09:15:00+01:00">5 de marzo de 2026, 9:15</time>', "es", "2026-03-05", id="es-time-element-does-not-refine-the-jsonld-day"),
    ],
)  # fmt: skip
def test_the_jsonld_articles_own_day(head: str, body: str, lang: str, expected: str) -> None:
    html = _page(head, body, lang)
    assert extract_article(html, "https://www.zeitung.de/politik/artikel").published == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "<div class='related-articles'><div><a href='/b'>Ein anderer Artikel</a><time datetime='2026-01-20T10:00:00+01:00'>20.01.2026</time></div></div>"
            "<footer><time datetime='2026-01-29T18:40:00+01:00'>29.01.2026, 18:40 Uhr</time></footer>",
            "2026-01-29T18:40:00+01:00", id="de-related-block-time",
        ),
        pytest.param(
            "<section class='comments'><div class='comment'><b>Lukas</b> <time datetime='2026-01-31T08:02:00+01:00'>31.01.2026</time></div></section>"
            "<time datetime='2026-01-29T18:40:00+01:00'>29.01.2026, 18:40</time>",
            "2026-01-29T18:40:00+01:00", id="de-comment-time",
        ),
        pytest.param(
            "<ul class='teaser-list'><li><a href='/otra'>Otra noticia</a> <time datetime='2026-01-27T07:00:00+01:00'>27/01/2026</time></li></ul>"
            "<p class='fecha'><time datetime='2026-01-29T18:40:00+01:00'>29 de enero de 2026, 18:40</time></p>",
            "2026-01-29T18:40:00+01:00", id="es-teaser-list-time",
        ),
        pytest.param(
            "<div class='fig-comments__list'><p class='fig-comment__date'>le <time datetime='2026-01-29T21:47:22+01:00'>29/01/2026 à 21:47</time></p></div>"
            "<span class='fig-content-metas__pub-date'>Publié le <time datetime='2026-01-29T18:40:00+01:00'>29/01/2026 à 18:40</time></span>",
            "2026-01-29T18:40:00+01:00", id="fr-bem-comment-time",
        ),
    ],
)  # fmt: skip
def test_other_items_time_elements_are_not_the_articles(body: str, expected: str) -> None:
    html = _page("", body)
    assert extract_article(html, "https://www.zeitung.de/artikel").published == expected


def test_a_lead_named_teaser_without_links_is_the_articles_own() -> None:
    html = (
        '<html lang="de"><body><header><h1>Ein erfundener Titel für diesen Test</h1></header>'
        "<div class='article-teaser'><p>Der Vorspann des Artikels.</p>"
        "<time datetime='2026-01-29T18:40:00+01:00'>29.01.2026, 18:40 Uhr</time></div>"
        "<p>Text.</p><footer><time datetime='2026-01-30T09:10:00+01:00'>30.01.2026</time></footer></body></html>"
    )
    assert (
        extract_article(html, "https://www.zeitung.de/a").published == "2026-01-29T18:40:00+01:00"
    )


def test_a_time_in_another_article_element_is_that_articles() -> None:
    html = (
        '<html lang="it"><body><main><article><h1>Un titolo inventato per la prova</h1>'
        "<p>Testo dell'articolo.</p></article>"
        "<article><h2>Un altro articolo</h2><time datetime='2026-01-22T11:00:00+01:00'>22 gennaio 2026</time></article>"
        "<footer><time datetime='2026-01-29T18:40:00+01:00'>29 gennaio 2026 alle 18:40</time></footer>"
        "</main></body></html>"
    )
    assert (
        extract_article(html, "https://www.giornale.it/a").published == "2026-01-29T18:40:00+01:00"
    )


def test_a_date_beside_the_comment_count_is_the_articles() -> None:
    html = (
        '<html lang="es"><body><h1>Un titular inventado para esta prueba</h1>'
        "<div class='date-comments-wrapper'><span class='date'>29 de enero de 2026, 18:40 h</span>"
        "<a class='comments-count' href='#c'>12</a></div></body></html>"
    )
    assert extract_article(html, "https://www.diario.es/a").published == "2026-01-29T18:40:00+01:00"


def test_a_block_holding_the_headline_is_the_articles_own() -> None:
    html = (
        '<html lang="en"><body><div class="recommended-layout"><div class="recommended-article">'
        "<h1>An invented headline for this test</h1>"
        "<time itemprop='datePublished' datetime='2026-01-29T16:45+0000'>29 January 2026 4:45pm</time>"
        "</div></div><div class='card'><time class='card__date' datetime='2026-01-29T12:54:46+00:00'>12:54pm</time></div>"
        "</body></html>"
    )
    assert (
        extract_article(html, "https://www.paper.co.uk/a").published == "2026-01-29T16:45:00+00:00"
    )
