"""Counter-cases to the title rules of session 35 (review): what they must not cut.

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after; the others failed on the branch under review.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import html

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
}


def _page(
    lang: str, *, tab: str | None = None, og: str | None = None, h1: str | None = None
) -> bytes:
    head = "<meta charset='utf-8'>"
    if tab is not None:
        head += f"<title>{html.escape(tab)}</title>"
    if og is not None:
        head += f'<meta property="og:title" content="{html.escape(og)}">'
    heading = f"<h1>{html.escape(h1)}</h1>" if h1 is not None else ""
    return (
        f"<html lang='{lang}'><head>{head}</head><body><article>{heading}"
        f"<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


EU = "EU: Kommission plant neue Regeln für Plattformen"
US = "US: Kandidaten im Endspurt vor dem Wahltag"
TV = "TV: Neue Staffel der Krimiserie startet im Herbst"


# A host of a short word, a dash and another ("eu-news", "us-wahl", "tv-serien") names
# its paper's initials only in a name of several words that spells them ("Europa Union");
# the short word alone opening a headline before a colon is its topic, as the h1 shows.
@pytest.mark.parametrize(
    ("host", "title", "h1"),
    [
        pytest.param("eu-news.example", EU, EU, id="eu-kicker-h1"),
        pytest.param("eu-news.example", EU, None, id="eu-kicker"),
        pytest.param("us-wahl.example", US, US, id="us-kicker-h1"),
        pytest.param("tv-serien.example", TV, None, id="tv-kicker"),
    ],
)  # fmt: skip
def test_a_hosts_short_first_word_opening_a_headline_stays(
    host: str, title: str, h1: str | None
) -> None:
    page = _page("de", og=title, tab=title, h1=h1)
    assert extract_article(page, f"https://www.{host}/politik/a-123.html").title == title


# The name of a site of one short word with an article before it ("Die Zeit", "The Times")
# opening a headline before a colon is the headline's subject, not the site's name.
@pytest.mark.parametrize(
    ("lang", "host", "title", "h1"),
    [
        pytest.param("de", "zeit.example", "Die Zeit: ein Essay über das Warten", True, id="die-zeit-h1"),
        pytest.param("de", "welt.example", "Die Welt: Wie sie sich in zehn Jahren verändert", False, id="die-welt"),
        pytest.param("en", "times.example", "The Times: how they are changing for young voters", False, id="the-times"),
    ],
)  # fmt: skip
def test_an_article_and_a_short_site_word_before_a_colon_stays(
    lang: str, host: str, title: str, h1: bool
) -> None:
    page = _page(lang, og=title, tab=title, h1=title if h1 else None)
    assert extract_article(page, f"https://www.{host}/a/essay-123.html").title == title


# A slug in og:title beside no other field holding its words (a <title> of the site's name
# only, or the slug again): the slug stays the title, as before; the site's name or
# nothing is no better.
@pytest.mark.parametrize(
    ("fields", "url", "expected"),
    [
        pytest.param({"og": "iphone-16-pro", "tab": "Harbour Times"}, "https://www.harbour.example/tech/iphone-16-pro.html", "iphone-16-pro", id="slug-beside-site-name"),
        pytest.param({"og": "e-ink-readers-compared", "tab": "Harbour Times"}, "https://www.harbour.example/tech/a-1.html", "e-ink-readers-compared", id="dashed-beside-site-name"),
        pytest.param({"og": "wahl-2026-ergebnisse", "tab": "wahl-2026-ergebnisse"}, "https://www.abendpost.example/wahl-2026-ergebnisse", "wahl-2026-ergebnisse", id="slug-everywhere"),
    ],
)  # fmt: skip
def test_a_slug_no_other_field_tells_stays(fields: dict[str, str], url: str, expected: str) -> None:
    assert extract_article(_page("en", **fields), url).title == expected


# A headline repeating itself in two elements alike (the same tag, the same attributes):
# no style can show one and hide the other, so both are read; a copy per screen size sets
# them apart ("d-none d-md-inline" / "d-md-none").
@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        pytest.param("<span>Nein heißt nein!</span> <span>Nein heißt nein!</span>", "Nein heißt nein! Nein heißt nein!", id="alike-spans"),
        pytest.param("<em>Nie wieder, nie wieder</em> <em>Nie wieder, nie wieder</em>", "Nie wieder, nie wieder Nie wieder, nie wieder", id="alike-em"),
        pytest.param("<span class='wide'>Nein heißt nein!</span><span class='narrow'>Nein heißt nein!</span>", "Nein heißt nein!", id="per-screen (guard)"),
    ],
)  # fmt: skip
def test_a_headline_repeated_in_elements_alike_stays_whole(h1: str, expected: str) -> None:
    page = (
        "<html lang='de'><head><meta charset='utf-8'><title>Abendpost</title></head><body>"
        f"<article><h1>{h1}</h1><p>{TEXT['de'] * 8}</p></article></body></html>"
    ).encode()
    assert extract_article(page, "https://www.abendpost.example/a/a-123.html").title == expected
