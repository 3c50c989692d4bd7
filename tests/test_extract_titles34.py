"""Titles on publishers never seen (issue 10, session 34): a quote's speaker before it, where
the breadcrumb's deepest crumb is that person's topic page and the URL's path names it too
("/olaf-scholz/..."): a person's name, not a section the site files the story under.

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after (what the rule must not change); the others failed before
(`title._trail_section` read every crumb the URL's path names as a section).
"""

from __future__ import annotations

import html

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
    "es": "Un párrafo del artículo, lo bastante largo para leerse como un texto. ",
    "it": "Un paragrafo dell'articolo, abbastanza lungo da leggersi come un testo. ",
}


def _page(tab: str, og: str, crumbs: tuple[str, ...], lang: str) -> bytes:
    trail = "".join(f'<li><a href="/c{i}/">{c}</a></li>' for i, c in enumerate(crumbs))
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(tab)}</title>"
        f'<meta property="og:title" content="{html.escape(og)}"></head><body>'
        f'<nav class="breadcrumb"><ol>{trail}</ol></nav>'
        f"<article><p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


# (the crumb, the URL's path segment, the title, language)
PEOPLE = [
    pytest.param(
        "Olaf Scholz", "olaf-scholz", "Olaf Scholz: „Wir schaffen das nicht allein“", "de", id="de"
    ),
    pytest.param(
        "Anna Muster", "themen/anna-muster", "Anna Muster: „Ich bleibe im Amt“", "de", id="de-2"
    ),
    pytest.param(
        "Emmanuel Macron",
        "emmanuel-macron",
        "Emmanuel Macron : « Nous tiendrons bon »",
        "fr",
        id="fr",
    ),
    pytest.param("Joe Biden", "joe-biden", 'Joe Biden: "We will not back down"', "en", id="en"),
    pytest.param(
        "Giorgia Meloni", "giorgia-meloni", 'Giorgia Meloni: "Non ci fermeremo"', "it", id="it"
    ),
    pytest.param(
        "Frank-Walter Steinmeier",
        "frank-walter-steinmeier",
        "Frank-Walter Steinmeier: „Die Demokratie ist stark“",
        "de",
        id="de-hyphen",
    ),
    # the URL spells the name without its accent
    pytest.param(
        "Pedro Sánchez",
        "pedro-sanchez",
        "Pedro Sánchez: «No vamos a rendirnos»",
        "es",
        id="es-accent",
    ),
]


@pytest.mark.parametrize(("crumb", "path", "title", "lang"), PEOPLE)
def test_a_person_the_url_path_names_before_a_quote_stays(
    crumb: str, path: str, title: str, lang: str
) -> None:
    url = f"https://www.abendpost.example/{path}/a-123.html"
    page = _page(f"{title} | Abendpost", title, ("Startseite", "Politik", crumb), lang)
    assert extract_article(page, url).title == title


# (guard) the crumb the path names is a section, a place or a club: a label, cut as before
SECTIONS = [
    pytest.param("Politik", "politik", "Politik: „Wir schaffen das nicht allein“", id="one-word"),
    # a place whose name is also a given name ("Kiel", "Paris") alone is no person
    pytest.param("Kiel", "kiel", "Kiel: „Wir bauen den Hafen aus“", id="place-given-name"),
    pytest.param("Nahost", "nahost", "Nahost: „Die Waffen schweigen“", id="region"),
    # two words, the first no given name: a section's or a club's name
    pytest.param("Werder Bremen", "werder-bremen", "Werder Bremen: „Wir wollen hoch“", id="club"),
    pytest.param(
        "Neue Medien", "neue-medien", "Neue Medien: „Das Netz vergisst nichts“", id="section-2"
    ),
]


@pytest.mark.parametrize(("crumb", "path", "title"), SECTIONS)
def test_a_section_the_url_path_names_before_a_quote_still_goes(
    crumb: str, path: str, title: str
) -> None:
    url = f"https://www.abendpost.example/{path}/a-123.html"
    page = _page(f"{title} | Abendpost", title, ("Startseite", crumb), "de")
    assert extract_article(page, url).title == title.split(":", 1)[1].strip()


def test_a_person_before_a_headline_that_is_no_quote_keeps_its_old_reading() -> None:
    """(guard) no quote after the name: a label the trail names goes, as before."""
    title = "Olaf Scholz: Kanzler reist nach Paris"
    url = "https://www.abendpost.example/olaf-scholz/a-123.html"
    page = _page(f"{title} | Abendpost", title, ("Startseite", "Olaf Scholz"), "de")
    assert extract_article(page, url).title == "Kanzler reist nach Paris"
