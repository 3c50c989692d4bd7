"""Titles on publishers never seen (issue 10, session 32): a kicker of several words the
page shows in an element of its own above a short h1.

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after (what the rule must not change); the others failed before
(`title._shown_kickers`).
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
}


def _page(og: str, tab: str, article: str, lang: str = "de") -> bytes:
    head = f"<title>{tab}</title>" + (f'<meta property="og:title" content="{og}">' if og else "")
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{article}<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


URL = "https://www.abendpost.example/a/123"

# --- 1. a kicker of several words shown above a short h1 ----------------------------------

# (kicker, headline, the markup setting the kicker above the h1, language)
SPAN = '<span class="kicker">{k}</span><h1>{h}</h1>'
DIV_HEADER = '<header><div class="topline"><a href="/thema/">{k}</a></div><h1>{h}</h1></header>'
WRAPPED = '<p class="dachzeile">{k}</p><div class="head"><h1>{h}</h1></div>'
SHOWN_KICKERS = [
    pytest.param("Krieg in Nahost", "Waffenruhe hält", SPAN, "de", id="de-span"),
    pytest.param("Krieg in Nahost", "Waffenruhe hält", DIV_HEADER, "de", id="de-header-link"),
    pytest.param("Streit um den Hafen", "Rat sagt Nein", WRAPPED, "de", id="de-wrapped"),
    pytest.param("Election night live", "Polls close", SPAN, "en", id="en"),
    pytest.param("Grève des transports", "Les bus roulent", SPAN, "fr", id="fr"),
]


@pytest.mark.parametrize(("kicker", "headline", "markup", "lang"), SHOWN_KICKERS)
@pytest.mark.parametrize("tab_shape", ["{k}: {h} | Abendpost", "{k}: {h}"])
def test_a_kicker_shown_apart_above_a_short_h1_is_no_part_of_the_title(
    kicker: str, headline: str, markup: str, lang: str, tab_shape: str
) -> None:
    og = f"{kicker}: {headline}"
    tab = tab_shape.format(k=kicker, h=headline)
    article = markup.format(k=kicker, h=headline)
    assert extract_article(_page(og, tab, article, lang), URL).title == headline


NOT_SHOWN_APART = [
    # the kicker shown nowhere on the page: the two halves may be one headline's
    pytest.param("<h1>Waffenruhe hält</h1>", "Krieg in Nahost: Waffenruhe hält", id="not-shown"),
    # the h1 shows kicker and headline together: the title as the reader sees it
    pytest.param(
        "<h1><span>Krieg in Nahost</span> Waffenruhe hält</h1>",
        "Krieg in Nahost: Waffenruhe hält",
        id="in-h1",
    ),
    # the words shown elsewhere (a menu's link, far from the heading), not above the h1
    pytest.param(
        '<nav><a href="/thema/">Krieg in Nahost</a></nav><p>Mehr dazu</p>'
        "<p>Und noch mehr</p><p>Und anderes</p><h1>Waffenruhe hält</h1>",
        "Krieg in Nahost: Waffenruhe hält",
        id="menu-far",
    ),
    # an element above the h1 that holds the kicker among other words
    pytest.param(
        '<span class="kicker">Krieg in Nahost und Gaza</span><h1>Waffenruhe hält</h1>',
        "Krieg in Nahost: Waffenruhe hält",
        id="other-words",
    ),
]


@pytest.mark.parametrize(("article", "expected"), NOT_SHOWN_APART)
def test_a_kicker_not_shown_apart_above_the_h1_stays(article: str, expected: str) -> None:
    """(guard)"""
    og = "Krieg in Nahost: Waffenruhe hält"
    page = _page(og, f"{og} | Abendpost", article)
    assert extract_article(page, URL).title == expected


def test_a_headline_of_two_clauses_whose_first_is_shown_after_the_h1_stays() -> None:
    """(guard) the first clause repeated below the h1 (a subtitle's opening) is no kicker."""
    og = "Feuer im Hafenviertel: Drei Verletzte"
    article = "<h1>Drei Verletzte</h1><p class='lead'>Feuer im Hafenviertel</p>"
    assert extract_article(_page(og, og, article), URL).title == og
