"""Body text of invented pages: a story's service box of digit-free "Key: value" facts
("Eintritt: frei", "Ort: Stadthalle", "Veranstalter: Kulturverein") under a label that heads
promos as often as facts stays, its key one of a service box's words in the page's language;
promo titles with a kicker colon under the same labels still go. A bare span of opening hours
("10:00 - 18:00") set on its own line among the story's paragraphs is a fact of the story,
no counter or ornament; a bare clock ("10:00") and a page's stamp still go. Invented sites,
stories, places and titles."""

# ruff: noqa: E501  -- a row of facts reads best on one line

from __future__ import annotations

import pytest

from newsarchive.extract.furniture import is_fact_line, is_title_line
from tests.test_extract_body32 import STORIES, _lines
from tests.test_extract_body32d import _lines as _lines_at

# the story's own service box without a digit in it, under a promo-or-facts label
PLAIN_BOXES = [
    ("de", "Mehr zum Thema", ["Eintritt: frei", "Ort: Stadthalle", "Veranstalter: Kulturverein"]),
    ("de", "Lesen Sie auch", ["Wo: im Innenhof der Stadtbibliothek", "Eintritt: frei"]),
    ("de", "Mehr zum Thema", ["Ort: Stadthalle"]),
    ("en", "See also", ["Where: Riverside Hall", "Admission: free", "Organiser: Friends of the Library"]),
    ("en", "Read more", ["Venue: the old library hall", "Entry: free"]),
    ("fr", "Lire aussi", ["Lieu : salle des fêtes", "Entrée : libre", "Organisateur : le comité des fêtes"]),
    ("es", "Más información", ["Lugar: Casa de Cultura", "Entrada: libre", "Organiza: Asociación Vecinal"]),
    ("pt", "Leia também", ["Local: Teatro Municipal", "Entrada: gratuita", "Classificação: livre"]),
    ("it", "Leggi anche", ["Luogo: Teatro Comunale", "Ingresso: libero", "Organizza: Pro Loco"]),
    ("nl", "Lees ook", ["Locatie: Stadsschouwburg", "Toegang: gratis", "Organisatie: Cultuurvereniging"]),
    ("sv", "Läs också", ["Plats: Stadsbiblioteket", "Inträde: fritt", "Arrangör: Kulturföreningen"]),
    ("pl", "Czytaj także", ["Miejsce: Dom Kultury", "Wstęp: wolny", "Organizator: Stowarzyszenie Miłośników Książki"]),
]  # fmt: skip
SHAPES = ["<p>{label}</p>{lines}", "<p><strong>{label}:</strong></p>{lines}"]


@pytest.mark.parametrize(("lang", "label", "facts"), PLAIN_BOXES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_digit_free_service_box_stays(
    lang: str, label: str, facts: list[str], shape: str
) -> None:
    got = _lines(lang, shape.format(label=label, lines="".join(f"<p>{f}</p>" for f in facts)))
    assert all(f in got for f in facts)
    assert all(p in got for p in STORIES[lang][1])


# promos under the same labels: titles with a kicker's colon, a label and a title on one line
PROMOS = [
    ("de", "Mehr zum Thema", ["Tickets: Ansturm auf die EM-Karten", "Wahl: CDU legt zu", "Stadtrat tagt am Montag"]),
    ("de", "Lesen Sie auch", ["Kommentar: Ein Ort für alle", "Hochwasser: Pegel sinkt wieder"]),
    ("en", "See also", ["Brexit: May faces new vote", "Opinion: Where now for the library?"]),
    ("fr", "Lire aussi", ["Municipales : le maire sortant réélu", "Lieu de mémoire : la gare rouvre"]),
    ("es", "Más información", ["Crisis: El Gobierno aprueba el plan", "Entrevista: La alcaldesa responde"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "label", "titles"), PROMOS)
def test_promo_titles_with_kickers_still_go(lang: str, label: str, titles: list[str]) -> None:
    got = _lines(lang, f"<p>{label}</p>" + "".join(f"<p>{t}</p>" for t in titles))
    assert got == STORIES[lang][1]


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema: Stadtrat beschließt neuen Radweg",
        "Lesen Sie auch: Wo die Stadt sparen will",
        "Read more: Where the council wants to save",
        "Leia também: Local de votação muda",
    ],
)
def test_a_promo_line_is_no_fact(line: str) -> None:
    assert not is_fact_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Eintritt: frei",
        "Ort: Stadthalle",
        "Veranstalter: Kulturverein",
        "Where: Riverside Hall",
        "Lieu : salle des fêtes",
        "Entrada: gratuita",
    ],
)
def test_digit_free_facts_are_no_titles(line: str) -> None:
    assert not is_title_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a service word as a kicker, its value a headline's clause or too long for a fact
        "Eintritt: Museen verlangen künftig mehr Geld von Schulklassen aus dem Umland",
        "Where: the quiet village that fought the bypass and won the vote",
        "Ort des Geschehens: Polizei sucht Zeugen",
        "Kultur: Stadthalle",
    ],
)
def test_headline_shaped_lines_stay_titles(line: str) -> None:
    assert is_title_line(line)


# a bare span of opening hours, set on its own line among the story's paragraphs
SPANS = ["10:00 – 18:00", "10:00-18:00 ", "9.30 – 17.30", "10:00 — 22:00"]


@pytest.mark.parametrize("line", SPANS)
@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_span_of_hours_among_the_paragraphs_stays(line: str, at: int) -> None:
    got = _lines_at("de", at, line)
    assert line.strip() in got
    assert all(p in got for p in STORIES["de"][1])


@pytest.mark.parametrize("line", SPANS[:2])
@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_a_span_of_hours_under_its_label_stays(line: str, lang: str) -> None:
    label = {"de": "Öffnungszeiten", "en": "Opening hours", "fr": "Horaires"}[lang]
    got = _lines(lang, f"<p><b>{label}</b></p><p>Montag bis Freitag</p><p>{line}</p>")
    assert got[2:5] == [label, "Montag bis Freitag", line.strip()]


# a bare clock, a player's running time and a page's stamp still go
STAMPS = ["10:00", "14:30", "Stand: 10:00 Uhr", "0:00 / 2:45", "00:00 - 02:45", "18:00 – 10:00"]


@pytest.mark.parametrize("line", STAMPS)
@pytest.mark.parametrize("at", [0, 2, 4])
def test_a_bare_clock_still_goes(line: str, at: int) -> None:
    assert _lines_at("de", at, line) == STORIES["de"][1]
