"""Review of authors-32 on publishers never seen (issue 10): the new rules' overreaches.

- A bare closing "Quelle: X" credits an agency: an agency's full name ("Associated Press")
  is one, as its letters are.
- A word in capitals after a surname and a comma ("Meier, ANALYSIS") is a given name only
  when no table reads it otherwise: a byline's word, the generic "agency", a desk's name
  ("CRONACA"), a town typed without its umlauts ("ZUERICH").
- "Editor's note" above or beside a story names no one.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import URL, byline_authors

_STORY = (
    "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und "
    "neu zu bauen; die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern."
)


def _closing(line: str) -> list[str]:
    page = (
        "<html lang='de'><head><title>Brücke</title></head><body><article>"
        f"<h1>Eine neue Brücke</h1>{f'<p>{_STORY}</p>' * 3}<p>{line}</p></article></body></html>"
    )
    return extract_article(page, URL).authors


CLOSING = [
    ("Quelle: Associated Press", ["Associated Press"]),
    ("Quelle: The Canadian Press", ["The Canadian Press"]),
    # counter-cases: a paper's name with "Press" in it, agencies' letters, a city's office
    ("Quelle: Beispielstadt Free Press", []),
    ("Quelle: Stadtverwaltung Musterstadt", []),
    ("Quelle: Reuters", ["Reuters"]),
    ("Quelle: ANSA", ["ANSA"]),
]


@pytest.mark.parametrize(("line", "expected"), CLOSING)
def test_a_closing_source_in_an_agencys_full_name(line: str, expected: list[str]) -> None:
    assert _closing(line) == expected


CAPITALS = [
    # no given name made up; since authors-33 no second writer either: the surname alone
    ("en", "Doe, ANALYSIS", ["Doe"]),
    ("fr", "Dupont, AGENCE", ["Dupont"]),
    ("de", "Müller, ZUERICH", ["Müller"]),
    ("de", "Meier, KOMMENTAR", ["Meier"]),
    # a desk's name in capitals: no given name made up, no second writer (authors-33)
    ("it", "Rossi, CRONACA", ["Rossi"]),
    ("es", "Pérez, DEPORTES", ["Pérez"]),
    ("es", "Pérez, POLITICA", ["Pérez"]),
    ("pt", "Silva, ECONOMIA", ["Silva"]),
    # counter-cases: a given name in capitals the table lacks, a town it has
    ("de", "Müller, KÜBRA", ["KÜBRA Müller"]),
    ("de", "Müller, ZÜRICH", ["Müller"]),
    ("de", "Yılmaz, AYŞE", ["AYŞE Yılmaz"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CAPITALS)
def test_a_word_in_capitals_after_the_surname(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


EDITORS_NOTE = [
    ("en", "Editor's note", []),
    ("en", "Editor’s Note", []),
    ("en", "By Jane Doe | Editor's note", ["Jane Doe"]),
    ("en", "Editors’ note", []),
    ("de", "Anmerkung der Redaktion", []),
    ("fr", "Note de la rédaction", []),
    ("es", "Nota del editor", []),
    ("it", "Nota della redazione", []),
    ("nl", "Noot van de redactie", []),
    # counter-cases: a writer beside an editor's credit, a German kind of piece before her name
    ("en", "By Jane Doe, Editor", ["Jane Doe"]),
    ("de", "Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
    ("de", "Eine Analyse von Anna Schmidt", ["Anna Schmidt"]),
    ("de", "Ein Gastbeitrag von Anna Schmidt", ["Anna Schmidt"]),
    ("de", "Von Anna Eine", ["Anna Eine"]),
    ("en", "By Sarah Board and Tom Kay", ["Sarah Board", "Tom Kay"]),
    ("es", "Por Juan Director", ["Juan Director"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), EDITORS_NOTE)
def test_an_editors_note_names_no_one(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected
