"""Dates only machines read: script state (escaped, Nuxt's function arguments, other
spellings of the key) and data attributes (on the blocks holding the headline, Unix times).

Every page here is invented; the shapes are the ones app-rendered news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import datelinestate, extract_article
from newsarchive.extract.datelinestate import script_state_dates

H1 = "<h1>Ein erfundener Titel für diesen Test</h1>"


def _page(body: str, lang: str = "de") -> str:
    return f'<html lang="{lang}"><head></head><body>{body}</body></html>'


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        pytest.param('{"Id": 7, "PublishedDate": "2026-01-29T17:40:00Z"}', ["2026-01-29T17:40:00Z"], id="dotnet-pascal-case"),
        pytest.param('{"PublicationDate": "2026-01-29T18:40:00+01:00"}', ["2026-01-29T18:40:00+01:00"], id="pascal-publication-date"),
        pytest.param("dataLayer.push({'pagePublished': '2026-01-29T17:40:00.000Z'})", ["2026-01-29T17:40:00.000Z"], id="data-layer-page-published"),
        pytest.param('{"dataPubblicazione": "2026-01-29 18:40:00"}', ["2026-01-29 18:40:00"], id="it-data-pubblicazione"),
        pytest.param('{"fecha_publicacion": "2026-01-29T18:40:00+01:00"}', ["2026-01-29T18:40:00+01:00"], id="es-fecha-publicacion"),
        pytest.param('{"dataPublicacao": "2026-01-29T15:40:00-03:00"}', ["2026-01-29T15:40:00-03:00"], id="pt-data-publicacao"),
        pytest.param('JSON.parse("{\\x22publishedAt\\x22:\\x222026-01-29T17:40:00Z\\x22}")', ["2026-01-29T17:40:00Z"], id="x22-escaped"),
        pytest.param('<div data-props="{&#x22;publishedAt&#x22;:&#x22;2026-01-29T17:40:00Z&#x22;}">', ["2026-01-29T17:40:00Z"], id="hex-entity-quoted"),
        pytest.param('{"republished_at": "2026-02-03T09:00:00Z", "pubDate": "2026-01-29T17:40:00Z"}', ["2026-01-29T17:40:00Z"], id="republished-is-not-the-first"),
        pytest.param('{"last_publish_date": "2026-02-03T09:00:00Z", "firstPublishDate": "2026-01-29T17:40:00Z"}', ["2026-01-29T17:40:00Z"], id="last-publish-date-snake"),
        pytest.param('{"video": {"firstPublicationDate": "2025-11-02T09:00:00Z"}, "pubDate": "2026-01-29T17:40:00Z"}', ["2026-01-29T17:40:00Z"], id="pascal-key-inside-a-longer-name"),
        pytest.param(
            'window.__NUXT__=(function(a,b,c,d){return {data:[{article:{id:b,title:d,publishedAt:c}}]}}(null,"x1","2026-01-29T17:40:00.000Z","Titel"));',
            ["2026-01-29T17:40:00.000Z"], id="nuxt-function-argument",
        ),
        pytest.param(
            'window.__NUXT__=(function(a,b){return {data:[{article:{publishedAt:b}}]}}({x:[1,"2,3"]},1769708400));',
            ["1769708400"], id="nuxt-unix-time-after-an-object-argument",
        ),
        pytest.param(
            '</script><script type="application/json" id="__NUXT_DATA__">[["ShallowReactive",1],{"data":2},{"article":3},'
            '{"title":4,"publishedAt":5},"Titel",["Date","2026-01-29T17:40:00.000Z"]]',
            ["2026-01-29T17:40:00.000Z"], id="nuxt3-payload-index",
        ),
        pytest.param('{"published": 1, "pubDate": 7}', [], id="a-small-number-without-a-payload-is-no-date"),
    ],
)  # fmt: skip
def test_script_state_spellings(state: str, expected: list[str]) -> None:
    assert script_state_dates(f"<script>{state}</script>") == expected


@pytest.mark.parametrize(
    "source",
    [
        pytest.param('publishedAt:1,"published":2,publish', id="a-key-inside-longer-keys-and-at-the-start"),
        pytest.param('{"articlePublishedDate":"x","PublishedDate":"y","public":"z","pubpubDate":1}', id="keys-inside-longer-names"),
        pytest.param("ub pub_datepub_date\\u0022pubDate\\u0022", id="keys-back-to-back-and-escaped"),
        pytest.param('{"dataPubblicazione":"a","dataPublicacao":"b","sub":"ubub"}', id="other-languages-and-stray-stems"),
        pytest.param("", id="empty"),
    ],
)  # fmt: skip
def test_key_places_from_one_search_are_str_finds(source: str) -> None:
    """The places of the keys found through their shared letters (one search of the page)
    are the places `str.find` steps through, key by key."""
    held = datelinestate._held_keys(source)
    for key in (
        datelinestate.STATE_KEYS + datelinestate.WEAK_STATE_KEYS + datelinestate.MODIFIED_STATE_KEYS
    ):
        finds, start = [], source.find(key)
        while start != -1:
            finds.append(start)
            start = source.find(key, start + len(key))
        assert list(datelinestate._places(source, key, held)) == finds, key
        assert list(datelinestate._places(source, key, None)) == finds, key


@pytest.mark.parametrize(
    ("body", "url", "expected"),
    [
        pytest.param(f'<article data-article-date="2026.01.29 18:40">{H1}<p>Text</p></article>', "https://www.zeitung.de/a", "2026-01-29T18:40:00+01:00", id="de-dotted-on-the-article-holding-the-headline"),
        pytest.param(f'<div class="article-head" data-timestamp="1769708400">{H1}</div>', "https://www.zeitung.at/a", "2026-01-29T18:40:00+01:00", id="at-unix-seconds-on-the-header"),
        pytest.param(f'{H1}<div class="byline" data-epoch="1769708400000">Von Anna Muster</div>', "https://www.zeitung.ch/a", "2026-01-29T18:40:00+01:00", id="ch-unix-milliseconds-data-epoch"),
        pytest.param(f'{H1}<div class="meta" data-ts="1769708400">Por Ana Gómez</div>', "https://www.diario.es/a", "2026-01-29T18:40:00+01:00", id="es-data-ts"),
        pytest.param(f'<header><span class="kicker" data-pubdate-utc="2026-01-29T17:40:00Z">Politik</span>{H1}</header><p>Text</p>', "https://www.zeitung.de/a", "2026-01-29T18:40:00+01:00", id="de-kicker-before-the-headline"),
        pytest.param(f'{H1}<div class="related-articles"><div data-date="2026-01-20T10:00:00+01:00">Anderer Artikel</div></div><div data-date="2026-01-29T18:40:00+01:00">Von Anna Muster</div>', "https://www.zeitung.de/a", "2026-01-29T18:40:00+01:00", id="de-related-block-attribute-skipped"),
    ],
)  # fmt: skip
def test_data_attribute_dates(body: str, url: str, expected: str) -> None:
    assert extract_article(_page(body), url).published == expected


def test_a_render_time_on_the_body_is_not_the_articles() -> None:
    html = (
        '<html lang="de"><body data-render-time="2026-02-03T09:00:00+01:00">'
        f"<article>{H1}<p class='meta'>29.01.2026, 18:40 Uhr</p></article></body></html>"
    )
    assert (
        extract_article(html, "https://www.zeitung.de/a").published == "2026-01-29T18:40:00+01:00"
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "datePublished": {"@value": "2026-01-29T18:40:00+01:00", "@type": "DateTime"}}</script>', "2026-01-29T18:40:00+01:00", id="jsonld-typed-value"),
        pytest.param('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "datePublished": 1769708400}</script>', "2026-01-29T18:40:00+01:00", id="jsonld-unix-seconds-number"),
        pytest.param('<meta property="article:published_time" content="1769708400000">', "2026-01-29T18:40:00+01:00", id="meta-unix-milliseconds"),
        pytest.param('<meta name="date" content="202601291840">', "2026-01-29T18:40:00+01:00", id="meta-compact-minute"),
    ],
)  # fmt: skip
def test_metadata_dates_in_machine_forms(head: str, expected: str) -> None:
    html = (
        f'<html lang="de"><head>{head}</head><body>{H1}'
        "<time datetime='2026-01-29T09:00:00+01:00'>29.01.2026, 09:00 Uhr</time></body></html>"
    )
    assert extract_article(html, "https://www.zeitung.de/a").published == expected
