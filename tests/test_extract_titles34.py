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


# --- a trail's upper level: "Headline | NRW | Lokales | Site" -----------------------------

HEADLINES = {
    "de": "Stadtrat beschließt neuen Radweg an der Hauptstraße",
    "en": "Council approves new cycle lane on the high street",
    "fr": "Le conseil municipal approuve une nouvelle piste cyclable",
}


def _tab_page(tab: str, lang: str) -> bytes:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(tab)}</title>"
        f'<meta property="og:title" content="{html.escape(tab)}">'
        '<meta property="og:site_name" content="Musterbote"></head><body>'
        f"<article><h1>Radweg: ja</h1><p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


# (the trail after the headline, language): a region, a district or a club over the section
LEVELS = [
    pytest.param(" | NRW | Lokales | Musterbote", "de", id="de-region"),
    pytest.param(" | Kreis Musterland | Lokales | Musterbote", "de", id="de-district"),
    pytest.param(" | SV Musterstadt | Sport | Musterbote", "de", id="de-club"),
    pytest.param(" | Bayern | Region | Lokales | Musterbote", "de", id="de-two-levels"),
    pytest.param(" | Greater Musterton | News | Musterbote", "en", id="en-region"),
    pytest.param(" | Île-de-France | Actualités | Musterbote", "fr", id="fr-region"),
]


@pytest.mark.parametrize(("trail", "lang"), LEVELS)
def test_a_trails_upper_level_before_its_section_goes(trail: str, lang: str) -> None:
    url = "https://www.musterbote.example/lokales/a-123.html"
    page = _tab_page(HEADLINES[lang] + trail, lang)
    assert extract_article(page, url).title == HEADLINES[lang]


# (guard) what stays: a dash (a headline's own "- Das Duell -"), a number, a lower-case word,
# a long part, a trail with no section between the part and the site's name
KEPT = [
    pytest.param(" - Das Duell - Lokales - Musterbote", " - Das Duell", id="dash"),
    pytest.param(" | Teil 2 | Lokales | Musterbote", " | Teil 2", id="number"),
    pytest.param(" | Merz gegen Scholz | Lokales | Musterbote", " | Merz gegen Scholz", id="lower"),
    pytest.param(" | Kreis Musterland | Musterbote", " | Kreis Musterland", id="no-section"),
    pytest.param(
        " | Die Bilanz Der Woche Im Landtag | Lokales | Musterbote",
        " | Die Bilanz Der Woche Im Landtag",
        id="long",
    ),
]


@pytest.mark.parametrize(("trail", "kept"), KEPT)
def test_a_part_that_is_no_trail_level_stays(trail: str, kept: str) -> None:
    url = "https://www.musterbote.example/lokales/a-123.html"
    page = _tab_page(HEADLINES["de"] + trail, "de")
    assert extract_article(page, url).title == HEADLINES["de"] + kept


def test_a_short_headline_before_a_trail_keeps_its_part() -> None:
    """(guard) "Wahl 2025 | Die Bilanz | Politik": a kicker's bar before a short headline;
    what is left before the part is no headline of four words."""
    url = "https://www.musterbote.example/politik/a-123.html"
    page = _tab_page("Wahl 2025 | Die Bilanz | Politik | Musterbote", "de")
    assert extract_article(page, url).title == "Wahl 2025 | Die Bilanz"


# --- review (rev-titles34): what the two rules must not reach ------------------------------

# (a crumb of a given name's shape that is no person, under a URL naming it, before a quote):
# a place whose whole name is a town's or a country's ("Santa" and "Victoria" are given names,
# "Hong" too), a club with its letters: a label, cut as "Kiel" and "Werder Bremen" are
NO_PEOPLE = [
    pytest.param("Santa Cruz", "santa-cruz", "Santa Cruz: „Wir bauen den Hafen aus“", id="town"),
    pytest.param(
        "Victoria Falls", "victoria-falls", "Victoria Falls: „Die Brücke bleibt zu“", id="town-2"
    ),
    pytest.param("Saint Louis", "saint-louis", "Saint Louis: „Der Fluss steigt“", id="hyphen-town"),
    pytest.param("Hong Kong", "hong-kong", "Hong Kong: „Der Hafen wächst weiter“", id="city"),
    pytest.param("Sierra Leone", "sierra-leone", "Sierra Leone: „Die Wahl war frei“", id="country"),
    pytest.param("Hertha BSC", "hertha-bsc", "Hertha BSC: „Wir wollen hoch“", id="club-letters"),
]


@pytest.mark.parametrize(("crumb", "path", "title"), NO_PEOPLE)
def test_a_place_or_club_of_a_given_names_shape_before_a_quote_still_goes(
    crumb: str, path: str, title: str
) -> None:
    url = f"https://www.abendpost.example/{path}/a-123.html"
    page = _page(f"{title} | Abendpost", title, ("Startseite", crumb), "de")
    assert extract_article(page, url).title == title.split(":", 1)[1].strip()


# (guard) people whose given name is also a town's ("Victoria", "Paris", "Jordan") or whose
# name holds a particle ("Le"): speakers still
PLACE_NAMED_PEOPLE = [
    pytest.param("Victoria Beckham", 'Victoria Beckham: "I never looked back"', id="victoria"),
    pytest.param("Paris Hilton", 'Paris Hilton: "It was my own choice"', id="paris"),
    pytest.param("Jordan Henderson", 'Jordan Henderson: "We go again"', id="jordan"),
    pytest.param("Marine Le Pen", 'Marine Le Pen: "We will win in the spring"', id="particle"),
]


@pytest.mark.parametrize(("crumb", "title"), PLACE_NAMED_PEOPLE)
def test_a_person_named_like_a_place_before_a_quote_stays(crumb: str, title: str) -> None:
    url = f"https://www.abendpost.example/{crumb.lower().replace(' ', '-')}/a-123.html"
    page = _page(f"{title} | Abendpost", title, ("Home", "News", crumb), "en")
    assert extract_article(page, url).title == title


# a quote, then its speaker after the trail's bar: the speaker stays with the quote (rule 1
# keeps a speaker before one); the section and the site's name go
QUOTE_THEN_SPEAKER = [
    pytest.param("„Wir schaffen das nicht allein“", " | Olaf Scholz", "Politik", "de", id="de"),
    pytest.param('"We will not back down on this"', " | Joe Biden", "Politics", "en", id="en"),
    pytest.param(
        "« Nous tiendrons bon jusqu'au bout »", " | Emmanuel Macron", "Politique", "fr", id="fr"
    ),
]


@pytest.mark.parametrize(("quote", "speaker", "section", "lang"), QUOTE_THEN_SPEAKER)
def test_a_speaker_after_a_quote_is_no_trail_level(
    quote: str, speaker: str, section: str, lang: str
) -> None:
    url = "https://www.musterbote.example/politik/a-123.html"
    page = _tab_page(f"{quote}{speaker} | {section} | Musterbote", lang)
    assert extract_article(page, url).title == quote + speaker


# (guard) a topic over the section, cut after a headline of four words or more: a company,
# a person, an event, a series, a region in Spanish and Italian (a lower-case "de" keeps a
# part: "Comunidad de Madrid")
TOPICS = [
    pytest.param("Streik legt Bahn lahm", " | Deutsche Bahn | Wirtschaft", "", "de", id="firm"),
    pytest.param("Kanzler reist nach Paris", " | Olaf Scholz | Politik", "", "de", id="person"),
    pytest.param(
        "Bayern gewinnt in Paris deutlich", " | Champions League | Sport", "", "de", id="event"
    ),
    pytest.param(
        "Inside the fight over the budget", " | The Big Read | Features", "", "en", id="series"
    ),
    pytest.param(
        "El Gobierno aprueba la reforma laboral", " | Cataluña | España", "", "es", id="es"
    ),
    pytest.param(
        "El Gobierno aprueba la reforma laboral",
        " | Comunidad de Madrid | España",
        " | Comunidad de Madrid",
        "es",
        id="es-lower",
    ),
    pytest.param(
        "Il governo approva la riforma del lavoro", " | Lombardia | Cronaca", "", "it", id="it"
    ),
]


@pytest.mark.parametrize(("headline", "trail", "kept", "lang"), TOPICS)
def test_a_topic_over_the_section_goes(headline: str, trail: str, kept: str, lang: str) -> None:
    url = "https://www.musterbote.example/lokales/a-123.html"
    page = _tab_page(f"{headline}{trail} | Musterbote", lang)
    assert extract_article(page, url).title == headline + kept
