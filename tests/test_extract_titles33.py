"""Titles on publishers never seen (issue 10, session 33): a quote's speaker before it, where
the breadcrumb trail's deepest crumb is that person's topic page; the section Parse.ly's JSON
states, cut from the title as `article:section`'s is.

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after (what a rule must not change); the others failed before
(`titlepartsections.speaker`, `title._trail_section` reading Parse.ly's JSON).
"""

from __future__ import annotations

import html
import json

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
    "es": "Un párrafo del artículo, lo bastante largo para leerse como un texto. ",
    "it": "Un paragrafo dell'articolo, abbastanza lungo da leggersi come un testo. ",
}
URL = "https://www.abendpost.example/politik/a-123.html"


def _page(
    tab: str,
    og: str = "",
    h1: str = "",
    crumbs: tuple[str, ...] = (),
    lang: str = "de",
    head: str = "",
) -> bytes:
    metas = f'<meta property="og:title" content="{html.escape(og)}">' if og else ""
    trail = "".join(f'<li><a href="/c{i}/">{c}</a></li>' for i, c in enumerate(crumbs))
    nav = f'<nav class="breadcrumb"><ol>{trail}</ol></nav>' if crumbs else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(tab)}</title>"
        f"{metas}{head}</head><body>{nav}<article>{heading}<p>{TEXT[lang] * 8}</p></article>"
        "</body></html>"
    ).encode()


# --- 1. a speaker before a quote, the breadcrumb's deepest crumb his topic page ----------

# (speaker, the title, language)
QUOTES = [
    pytest.param("Olaf Scholz", "Olaf Scholz: „Wir schaffen das nicht allein“", "de", id="de"),
    pytest.param("Emmanuel Macron", "Emmanuel Macron : « Nous tiendrons bon »", "fr", id="fr"),
    pytest.param("Joe Biden", 'Joe Biden: "We will not back down"', "en", id="en"),
    pytest.param("Giorgia Meloni", 'Giorgia Meloni: "Non ci fermeremo"', "it", id="it"),
    pytest.param("Pedro Sánchez", "Pedro Sánchez: «No vamos a rendirnos»", "es", id="es"),
    pytest.param("Anna Muster", "Anna Muster: ‚Wir bleiben hier‘", "de", id="de-single"),
]


@pytest.mark.parametrize(("speaker", "title", "lang"), QUOTES)
@pytest.mark.parametrize("shape", ["og", "tab"])
def test_a_speaker_the_trail_names_before_a_quote_stays(
    speaker: str, title: str, lang: str, shape: str
) -> None:
    crumbs = ("Startseite", "Politik", speaker)
    og = title if shape == "og" else ""
    page = _page(f"{title} | Abendpost", og=og, crumbs=crumbs, lang=lang)
    assert extract_article(page, URL).title == title


@pytest.mark.parametrize(("speaker", "title", "lang"), QUOTES)
def test_a_speaker_before_a_quote_the_h1_shows_stays(speaker: str, title: str, lang: str) -> None:
    """(guard) the h1 shows the title whole: the reader's title, speaker and all."""
    crumbs = ("Startseite", "Politik", speaker)
    page = _page(f"{title} | Abendpost", og=title, h1=title, crumbs=crumbs, lang=lang)
    assert extract_article(page, URL).title == title


CJK = "岸田文雄「必ず実現する」"


def test_a_cjk_speaker_joined_to_a_quote_stays() -> None:
    """(guard) 「」 follows the name with no mark between: no label to cut."""
    page = _page(f"{CJK} | Abendpost", og=CJK, crumbs=("ホーム", "政治", "岸田文雄"))
    assert extract_article(page, URL).title == CJK


STILL_CUT = [
    # (guard) the crumb is the section before a headline that is no quote
    pytest.param(
        "Politik: Warum der Rat streitet | Abendpost",
        ("Startseite", "Politik"),
        "",
        "Warum der Rat streitet",
        id="crumb-no-quote",
    ),
    # (guard) the metadata's section before a quote is a label: the page files the story there
    pytest.param(
        "Sport: „Wir wollen den Titel“ | Abendpost",
        (),
        "Sport",
        "„Wir wollen den Titel“",
        id="meta-section-quote",
    ),
    # (guard) a crumb naming a person after the headline's quote goes as before
    pytest.param(
        "„Wir schaffen das nicht allein“ - Olaf Scholz | Abendpost",
        ("Startseite", "Olaf Scholz"),
        "",
        "„Wir schaffen das nicht allein“ - Olaf Scholz",
        id="speaker-after-quote",
    ),
]


@pytest.mark.parametrize(("tab", "crumbs", "section", "expected"), STILL_CUT)
def test_a_section_label_before_a_headline_still_goes(
    tab: str, crumbs: tuple[str, ...], section: str, expected: str
) -> None:
    head = f'<meta property="article:section" content="{section}">' if section else ""
    page = _page(tab, og=tab.rsplit(" | ", 1)[0], crumbs=crumbs, head=head)
    assert extract_article(page, URL).title == expected


# the crumb before the quote is the section the URL's path names too ("/politik/"): the
# site's section, as a section the metadata states is, not the quote's speaker
PATH_SECTIONS = [
    pytest.param("Politik", "politik", "Politik: „Wir schaffen das nicht allein“", "de", id="de"),
    pytest.param("Politique", "politique", "Politique : « Nous tiendrons bon »", "fr", id="fr"),
    pytest.param("Politics", "politics", 'Politics: "We will not back down"', "en", id="en"),
    pytest.param("Politica", "politica", 'Politica: "Non ci fermeremo"', "it", id="it"),
    pytest.param("Deportes", "deportes", "Deportes: «No vamos a rendirnos»", "es", id="es"),
    # the URL spells the crumb without its accent or umlaut
    pytest.param("Política", "politica", "Política: «No vamos a rendirnos»", "es", id="es-accent"),
    pytest.param("Bücher", "buecher", "Bücher: „Ich schreibe weiter“", "de", id="de-umlaut"),
]


@pytest.mark.parametrize(("section", "path", "title", "lang"), PATH_SECTIONS)
def test_a_crumb_the_url_path_names_before_a_quote_goes(
    section: str, path: str, title: str, lang: str
) -> None:
    url = f"https://www.abendpost.example/{path}/a-123.html"
    page = _page(f"{title} | Abendpost", og=title, crumbs=("Startseite", section), lang=lang)
    assert extract_article(page, url).title == title.split(":", 1)[1].strip()


# --- 2. the section Parse.ly's JSON states ------------------------------------------------


def _parsely(key: str, data: dict[str, object]) -> str:
    return f'<meta name="{key}" content="{html.escape(json.dumps(data))}">'


TITLES = [
    pytest.param("Politik: Warum der Rat streitet | Abendpost", id="label-first"),
    pytest.param("Warum der Rat streitet | Politik", id="label-last"),
]


@pytest.mark.parametrize("tab", TITLES)
@pytest.mark.parametrize("key", ["parsely-page", "parsely-metadata"])
def test_the_section_parsely_json_states_goes_from_the_title(tab: str, key: str) -> None:
    page = _page(tab, head=_parsely(key, {"section": "Politik", "title": "x"}))
    assert extract_article(page, "https://www.abendpost.example/a-1.html").title == (
        "Warum der Rat streitet"
    )


@pytest.mark.parametrize("tab", TITLES)
def test_another_section_parsely_states_cuts_nothing(tab: str) -> None:
    """(guard) Parse.ly names another section: "Politik" may be the headline's word."""
    page = _page(tab, head=_parsely("parsely-page", {"section": "Kultur"}))
    assert extract_article(page, "https://www.abendpost.example/a-1.html").title == (
        tab.replace(" | Abendpost", "")
    )


def test_a_parsely_section_that_is_no_string_is_passed_over() -> None:
    """(guard) a list or a number where a name belongs: read as no section, no error."""
    tab = "Politik: Warum der Rat streitet | Abendpost"
    page = _page(tab, head=_parsely("parsely-page", {"section": ["Politik"]}))
    assert extract_article(page, "https://www.abendpost.example/a-1.html").title == (
        "Politik: Warum der Rat streitet"
    )
