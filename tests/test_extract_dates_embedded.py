"""JSON-LD a script carries outside any JSON-LD block: built by JavaScript, or kept escaped in
a framework's payload. Its `datePublished` is the publisher's statement of the article, read
before a date the markup shows (often the update's).

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_TITLE = "Neue Brücke über den Fluss wird im Frühjahr eröffnet"


def _page(script: str, shown: str, lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head><title>{_TITLE}</title>{script}</head><body><main><article>"
        f"<h1>{_TITLE}</h1><p class='meta'>{shown}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        "</article></main></body></html>"
    )


def _escaped(obj: str) -> str:
    """An object as a streamed payload keeps it: JSON inside a JavaScript string."""
    return obj.replace('"', '\\"')


_ARTICLE = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"%s","dateModified":"%s"}'
_UPDATE_SHOWN = "<time datetime='2026-01-29T20:15:00+01:00'>29.01.2026, 20:15 Uhr</time>"
_URL = "https://www.zeitung.example.de/region/bruecke-100.html"


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        # built in JavaScript, the headline a variable
        ("<script>var ds={};ds['@type']='NewsArticle';ds.headline=h;ds.datePublished=\"2026-01-29T18:40:00+01:00\";</script>",
         "2026-01-29T18:40:00+01:00"),
        # escaped in a streamed payload (Next.js's self.__next_f)
        ('<script>self.__next_f.push([1,"' + _escaped(_ARTICLE % (_TITLE, "2026-01-29T17:40:00.000Z", "2026-01-29T19:15:00.000Z")) + '"])</script>',
         "2026-01-29T18:40:00+01:00"),
        # ... with its umlauts escaped too; another piece's object first, the page's second
        ('<script>self.__next_f.push([1,"' + _escaped(_ARTICLE % ("Das Maskottchen des Senders", "2023-06-20T17:16:56+02:00", "2023-06-20T17:16:56+02:00"))
         + _escaped(_ARTICLE % (_TITLE.replace("ü", "\\\\u00fc"), "2026-01-29T18:40:00+01:00", "2026-01-29T20:15:00+01:00")) + '"])</script>',
         "2026-01-29T18:40:00+01:00"),
        # a CMS's head markup kept as a string in its REST state, its JSON-LD block escaped
        ('<script>window.__STATE__={"head":"<script type=\\"application/ld+json\\">' + _escaped(_ARTICLE % (_TITLE, "2026-01-29T18:40:00+01:00", "2026-01-29T20:15:00+01:00")) + '<\\/script>"}</script>',
         "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_an_article_object_a_script_carries_dates_the_page(script: str, expected: str) -> None:
    assert extract_article(_page(script, _UPDATE_SHOWN), _URL).published == expected


@pytest.mark.parametrize(
    "script",
    [
        # two pieces' objects with different dates, neither the page's headline
        '<script>self.__next_f.push([1,"' + _escaped(_ARTICLE % ("Ein anderes Stück", "2026-01-20T08:00:00+01:00", "2026-01-20T08:00:00+01:00"))
        + _escaped(_ARTICLE % ("Noch ein anderes Stück", "2026-01-21T08:00:00+01:00", "2026-01-21T08:00:00+01:00")) + '"])</script>',
        # a video's object is no article
        '<script>self.__next_f.push([1,"' + _escaped('{"@type":"VideoObject","name":"Clip","datePublished":"2026-01-20T08:00:00+01:00"}') + '"])</script>',
    ],
)  # fmt: skip
def test_other_pieces_objects_do_not_date_the_page(script: str) -> None:
    assert (
        extract_article(_page(script, _UPDATE_SHOWN), _URL).published == "2026-01-29T20:15:00+01:00"
    )


def test_the_embedded_update_is_the_modified_time() -> None:
    script = (
        '<script>self.__next_f.push([1,"'
        + _escaped(_ARTICLE % (_TITLE, "2026-01-29T18:40:00+01:00", "2026-01-29T21:05:00+01:00"))
        + '"])</script>'
    )
    found = extract_article(_page(script, "29.01.2026"), _URL)
    assert (found.published, found.modified) == (
        "2026-01-29T18:40:00+01:00",
        "2026-01-29T21:05:00+01:00",
    )


def test_a_jsonld_block_states_the_article_first() -> None:
    block = (
        "<script type='application/ld+json'>"
        + _ARTICLE % (_TITLE, "2026-01-29T18:40:00+01:00", "2026-01-29T20:15:00+01:00")
        + "</script>"
    )
    state = (
        '<script>self.__next_f.push([1,"'
        + _escaped(_ARTICLE % (_TITLE, "2026-01-28T09:00:00+01:00", "2026-01-28T09:00:00+01:00"))
        + '"])</script>'
    )
    assert (
        extract_article(_page(block + state, _UPDATE_SHOWN), _URL).published
        == "2026-01-29T18:40:00+01:00"
    )


def _state_page(state: str) -> str:
    return (
        f"<html lang='de'><head><title>{_TITLE}</title></head><body><main><h1>{_TITLE}</h1>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        f"</main><script>{state}</script></body></html>"
    )


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ('window.__INITIAL_STATE__={"article":{"id":7,"createdAt":"2026-01-29T17:40:00Z"}}', "2026-01-29T18:40:00+01:00"),
        ('window.s={"story":{"publishedDateTime":"2026-01-29T17:40:00.000Z"}}', "2026-01-29T18:40:00+01:00"),
        ('window.s={"story":{"firstPublishedDate":"2026-01-29T17:40:00Z"}}', "2026-01-29T18:40:00+01:00"),
        ('var meta={"publishedTimestamp":1769708400}', "2026-01-29T18:40:00+01:00"),
        ("dataLayer.push({'pageType':'artikel','veroeffentlichungsdatum':'2026-01-29 18:40'})", "2026-01-29T18:40:00+01:00"),
        ('window.s={"pageInfo":{"pubdate":"2026-01-29"}}', "2026-01-29"),
        ('window.s={"teaser":{"displayDate":"29.01.2026 18:40"}}', "2026-01-29T18:40:00+01:00"),
        # a key naming the publication wins over a weaker one before it
        ('window.s={"image":{"createdAt":"2025-11-02T08:00:00Z"},"article":{"publishedAt":"2026-01-29T17:40:00Z"}}', "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_weaker_state_keys_where_nothing_else_dates_the_page(state: str, expected: str) -> None:
    url = "https://www.zeitung.example.de/region/bruecke-100.html"
    assert extract_article(_state_page(state), url).published == expected


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("data-date='2026.01.29 18:40'", "2026-01-29T18:40:00+01:00"),
        ("data-timestamp='1769708400'", "2026-01-29T18:40:00+01:00"),
        ("data-publish-time='1769708400000'", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_a_date_attribute_before_the_block_holding_the_headline(
    attribute: str, expected: str
) -> None:
    page = (
        f"<html lang='de'><head><title>{_TITLE}</title></head><body><main>"
        f"<div class='dachzeile' {attribute}>Region</div><header><div class='titel'><h1>{_TITLE}</h1></div></header>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        "</main></body></html>"
    )
    assert extract_article(page, _URL).published == expected


def test_a_date_attribute_on_a_block_far_above_the_headline() -> None:
    inner = (
        f"<div><div><div><div><div><header><h1>{_TITLE}</h1></header></div></div></div></div></div>"
    )
    page = (
        f"<html lang='de'><head><title>{_TITLE}</title></head><body>"
        f"<div class='beitrag' data-date='2026.01.29 18:40'>{inner}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        "</div></body></html>"
    )
    assert extract_article(page, _URL).published == "2026-01-29T18:40:00+01:00"


def test_a_headline_cut_at_an_escaped_quote_still_names_the_page() -> None:
    title = 'Der Rat warnt vor einer "Zeitenwende" im Haushalt'
    other = _ARTICLE % (
        "Ein anderes Stück",
        "2026-01-20T08:00:00+01:00",
        "2026-01-20T08:00:00+01:00",
    )
    own = _ARTICLE % (
        title.replace('"', '\\"'),
        "2026-01-29T18:40:00+01:00",
        "2026-01-29T20:15:00+01:00",
    )
    script = '<script>self.__next_f.push([1,"' + _escaped(other) + _escaped(own) + '"])</script>'
    page = (
        f"<html lang='de'><head><title>T</title>{script}</head><body><main><article>"
        f"<h1>{title}</h1><p class='meta'>{_UPDATE_SHOWN}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        "</article></main></body></html>"
    )
    assert extract_article(page, _URL).published == "2026-01-29T18:40:00+01:00"


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("<span class='date' title='29.01.2026, 18:40 Uhr'>vor 3 Stunden</span>", "2026-01-29T18:40:00+01:00"),
        ("<time title='29.01.2026 18:40'>vor 3 Stunden</time>", "2026-01-29T18:40:00+01:00"),
        ("<abbr class='timeago' title='2026-01-29T17:40:00Z'>il y a 3 heures</abbr>", "2026-01-29T18:40:00+01:00"),
        ("<span class='timestamp' data-value='2026.01.29 18:40'>hace 3 horas</span>", "2026-01-29T18:40:00+01:00"),
        # an update's title is not the publication
        ("<span class='date' title='Aktualisiert 29.01.2026, 20:10 Uhr'>vor 1 Stunde</span><span class='date' title='29.01.2026, 18:40 Uhr'>vor 3 Stunden</span>",
         "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_a_full_date_behind_a_relative_one(shown: str, expected: str) -> None:
    page = (
        f"<html lang='de'><head><title>{_TITLE}</title></head><body><main><article>"
        f"<h1>{_TITLE}</h1><p class='meta'>{shown}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        "</article></main></body></html>"
    )
    fetched = datetime(2026, 1, 29, 20, 45, tzinfo=UTC)
    assert extract_article(page, _URL, fetched=fetched).published == expected
