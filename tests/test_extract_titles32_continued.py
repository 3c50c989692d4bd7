"""A headline set over two lines is one headline (issue 10, session 32): a first half shown
above an h1 that goes on in small letters ("When the storm came -" over "<h1>and nobody was
ready</h1>") is no kicker to cut from og:title, however short it is; a real kicker before a
headline that opens with a capital, a brand ("iPhone", "eBay") or a script without case is.

Every page here is invented: words, markup, hosts and site names. Rows of the first table
failed before (`title._part_equal_to_a_ref`' and `title._field_kickers`' short first part
taken for a kicker); the "iPhone" row of the last table failed before too (the lower-case
guard of `title._shown_kickers` took a brand for a sentence going on); the others are
guards that pass before and after.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
    "es": "Un párrafo del artículo, lo bastante largo para leerse como un texto. ",
    "ar": "فقرة من المقال طويلة بما يكفي لتقرأ مثل نص إخباري كامل. ",
    "ru": "Абзац статьи, достаточно длинный, чтобы читаться как текст. ",
}
URL = "https://www.abendpost.example/a/123"


def _page(og: str, tab: str, article: str, lang: str) -> bytes:
    head = f"<title>{tab}</title><meta property='og:title' content=\"{og}\">"
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{article}<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


# the first half over the h1 (as a line of its own, or not shown: a teaser's, the share's)
ABOVE = '<p class="topline">{a}</p><h1>{b}</h1>'
H1_ONLY = "<h1>{b}</h1>"
TABS = ["{t} | Abendpost", "Abendpost"]

# (first half, mark, second half going on in small letters, language)
CONTINUED = [
    pytest.param("When the storm came", " – ", "and nobody was ready", "en", id="en"),
    pytest.param("Zuerst der Regen", " – ", "dann die große Flut", "de", id="de"),
    pytest.param("L'orage gronde", " – ", "personne n'était prêt", "fr", id="fr"),
    pytest.param("Llegó la tormenta", " — ", "y nadie estaba listo", "es", id="es"),
]


@pytest.mark.parametrize(("first", "mark", "rest", "lang"), CONTINUED)
@pytest.mark.parametrize("markup", [ABOVE, H1_ONLY], ids=["above", "h1-only"])
@pytest.mark.parametrize("tab_shape", TABS, ids=["tab-title", "tab-site"])
def test_a_headline_going_on_in_small_letters_keeps_its_first_half(
    first: str, mark: str, rest: str, lang: str, markup: str, tab_shape: str
) -> None:
    whole = f"{first}{mark}{rest}"
    page = _page(
        whole, tab_shape.format(t=whole), markup.format(a=first + mark.rstrip(), b=rest), lang
    )
    assert extract_article(page, URL).title == whole


# (og:title's kicker, mark, the headline the h1 states alone, language): the kicker goes
KICKED = [
    pytest.param("Ukraine-Krieg", ": ", "Waffenruhe hält an der Front", "de", id="de-noun"),
    pytest.param("Hafen", ": ", "Stadtrat stimmt dem Plan zu", "de", id="de-kicker"),
    pytest.param("LIVE", " – ", "Polls close across the state", "en", id="en-live"),
    pytest.param("Exclusive", ": ", "iPhone 17 launch delayed", "en", id="en-iphone"),
    pytest.param("Exclusive", ": ", "eBay cuts jobs in Europe", "en", id="en-ebay"),
    pytest.param("Grève", " – ", "Les bus restent au dépôt", "fr", id="fr"),
    pytest.param("عاجل", ": ", "إعادة فتح جسر الميناء", "ar", id="ar-uncased"),
    pytest.param("Эксклюзив", ": ", "Мост в порту снова открыт", "ru", id="ru"),
]


@pytest.mark.parametrize(("kicker", "mark", "headline", "lang"), KICKED)
@pytest.mark.parametrize("tab_shape", TABS, ids=["tab-title", "tab-site"])
def test_a_kicker_before_a_headline_the_h1_states_alone_goes(
    kicker: str, mark: str, headline: str, lang: str, tab_shape: str
) -> None:
    og = f"{kicker}{mark}{headline}"
    page = _page(og, tab_shape.format(t=og), H1_ONLY.format(b=headline), lang)
    assert extract_article(page, URL).title == headline


# a kicker no shorter than the headline, shown apart above the h1: a kicker all the same,
# before a brand with a capital inside as before any capital (`_shown_kickers`)
SHOWN = [
    pytest.param("Apple's autumn event and what came of it", "iPhone 17 delayed", id="iphone"),
    pytest.param("Online shops in the holiday season", "eBay cuts jobs", id="ebay"),
    pytest.param("Online shops in the holiday season", "Retailer cuts jobs", id="capital"),
]


@pytest.mark.parametrize(("kicker", "headline"), SHOWN)
def test_a_long_kicker_shown_apart_goes_before_a_brand(kicker: str, headline: str) -> None:
    og = f"{kicker}: {headline}"
    page = _page(og, f"{og} | Abendpost", ABOVE.format(a=kicker, b=headline), "en")
    assert extract_article(page, URL).title == headline


# a heading whose markup sets its kicker apart before a headline in small letters (after a
# colon, French, Spanish and Italian go on so): the part after the kicker is the headline
MARKED = [
    pytest.param("Maltempo: la mareggiata colpisce la costa", "Liguria", "it", id="it"),
    pytest.param("Tempête : les digues ont tenu cette nuit", "Bretagne", "fr", id="fr"),
]


@pytest.mark.parametrize(("og", "kicker", "lang"), MARKED)
def test_a_headline_a_heading_sets_after_its_kicker_may_open_in_small_letters(
    og: str, kicker: str, lang: str
) -> None:
    """(guard)"""
    headline = og.split(": ", 1)[1].strip()
    h1 = f'<h1><span class="kicker">{kicker}</span> <span>{headline}</span></h1>'
    page = _page(og, f"{og} | Abendpost", h1, "fr" if lang == "it" else lang)
    assert extract_article(page, URL).title == headline
