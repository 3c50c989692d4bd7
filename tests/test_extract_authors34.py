"""Writers on publishers never seen (issue 10, authors-34).

- An agency's letters that are a given name too ("PETRA", "NAN", "ANI") after a surname:
  her given name in capitals on a page in a language the agency's home papers do not print
  in, nor English ("Müller, PETRA" in German), the agency on one they do ("Sharma, ANI" in
  Hindi, "Haddad, PETRA" in Arabic) and in English, every agency's wire language.
- "Santoso, WIBOWO": a Javanese name, no town's "-owo" (a Polish town's stays a place).
- A name and an international body's letters closing the story ("Jane Doe (UNHCR)"): whom
  she speaks for, no writer; a known agency's long name in capitals ("Ion Popescu
  (AGERPRES)") is hers and the agency's, as "(TTXVN)" is.
- "Sursa: AGERPRES" and other languages' "Source:" closing a story: the agency.
- The JSON-LD author the header prints as the page's editor ("Toimetaja: Jaan Kask") beside
  a printed writer ("Autor: Mari Maasikas"): the writer.
- German bylines: "aus dem Ressort Politik" is her desk, no name; "(dpa/AFP/lnw)" after a
  name keeps each agency, a regional service's code dropped.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import (
    URL,
    byline_authors,
    closing_authors,
    line_authors,
    line_page,
)

CAPITALS_AGENCY_OR_NAME = [
    ("de", "Müller, PETRA", ["PETRA Müller"]),
    ("it", "Rossi, PETRA", ["PETRA Rossi"]),
    ("zh", "Wang, NAN", ["NAN Wang"]),
    ("fr", "Dupont, PETRA", ["PETRA Dupont"]),
    ("de", "Müller, ANI", ["ANI Müller"]),
    # counter-cases: the agency on a page in its home papers' language, any agency the
    # table holds alike everywhere, a given name in title case
    ("en", "Sharma, ANI", ["Sharma", "ANI"]),
    ("hi", "Sharma, ANI", ["Sharma", "ANI"]),
    ("ar", "Ahmed, SANA", ["Ahmed", "SANA"]),
    ("ar", "Haddad, PETRA", ["Haddad", "PETRA"]),
    ("en", "Okafor, NAN", ["Okafor", "NAN"]),
    ("en", "Haddad, PETRA", ["Haddad", "PETRA"]),
    ("en", "Wang, NAN", ["Wang", "NAN"]),
    ("de", "Muster, SDA", ["Muster", "SDA"]),
    ("en", "Smith, JORDAN", ["JORDAN Smith"]),
    ("de", "Müller, Petra", ["Petra Müller"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CAPITALS_AGENCY_OR_NAME)
def test_an_agencys_letters_after_a_surname_by_the_pages_language(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


JAVANESE = [
    ("en", "Santoso, WIBOWO", ["WIBOWO Santoso"]),
    ("en", "Santoso, Wibowo", ["Wibowo Santoso"]),
    ("de", "Hartono, PRABOWO", ["PRABOWO Hartono"]),
    # Indonesian bylines list one-name writers with commas: two writers, as "Santoso, Budi"
    ("id", "Santoso, WIBOWO", ["Santoso", "WIBOWO"]),
    # counter-cases: a Polish town's "-owo", a German one's ending
    ("pl", "Kowalski, GRABOWO", ["Kowalski"]),
    ("de", "Meier, ALTENKIRCHEN", ["Meier"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), JAVANESE)
def test_a_javanese_name_is_no_town(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


_closing = closing_authors


CLOSING_LINES = [
    ("en", "Jane Doe (UNHCR)", []),
    ("en", "Jane Doe (ICRC)", []),
    ("fr", "Marie Dupont (UNRWA)", []),
    ("ro", "Ion Popescu (AGERPRES)", ["Ion Popescu", "AGERPRES"]),
    ("ro", "Sursa: AGERPRES", ["AGERPRES"]),
    ("hu", "Forrás: MTI", ["MTI"]),
    ("hr", "Izvor: HINA", ["HINA"]),
    # counter-cases: an agency's letters the table lacks, a known one, a source that is no
    # agency, a long word in capitals no table holds, a party
    ("vi", "Trần Văn Hùng (TTXVN)", ["Trần Văn Hùng", "TTXVN"]),
    ("en", "Jane Doe (AP)", ["Jane Doe", "AP"]),
    ("ro", "Sursa: Ministerul Sănătății", []),
    ("ro", "Ion Popescu (BUCURESTI)", []),
    ("de", "Olaf Muster (SPD)", []),
]


@pytest.mark.parametrize(("lang", "last", "expected"), CLOSING_LINES)
def test_a_line_closing_the_story(lang: str, last: str, expected: list[str]) -> None:
    assert _closing(lang, last) == expected


def _with_jsonld(lang: str, author: str, line: str) -> list[str]:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A new bridge"}
    data["author"] = {"@type": "Person", "name": author}
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    return extract_article(
        line_page(lang, line).replace("</head>", f"{script}</head>"), URL
    ).authors


EDITOR_IN_JSONLD = [
    (
        "et",
        "Jaan Kask",
        "<p>Autor: Mari Maasikas</p><p>Toimetaja: Jaan Kask</p>",
        ["Mari Maasikas"],
    ),
    (
        "et",
        "Jaan Kask",
        "<div class='meta'><span>Autor: Mari Maasikas</span> "
        "<span>Toimetaja: Jaan Kask</span></div>",
        ["Mari Maasikas"],
    ),
    ("en", "John Roe", "<p>By Jane Doe</p><p>Edited by John Roe</p>", ["Jane Doe"]),
    # counter-cases: the editor named alone, the JSON-LD writer printed as the writer, an
    # editor who is not the JSON-LD author
    ("et", "Jaan Kask", "<p>Toimetaja: Jaan Kask</p>", ["Jaan Kask"]),
    (
        "et",
        "Mari Maasikas",
        "<p>Autor: Mari Maasikas</p><p>Toimetaja: Jaan Kask</p>",
        ["Mari Maasikas"],
    ),
    ("en", "Jane Doe", "<p>By Jane Doe</p><p>Edited by John Roe</p>", ["Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "author", "line", "expected"), EDITOR_IN_JSONLD)
def test_a_jsonld_author_printed_as_the_editor(
    lang: str, author: str, line: str, expected: list[str]
) -> None:
    assert _with_jsonld(lang, author, line) == expected


GERMAN = [
    ("Aus dem Ressort Politik", []),
    ("Von Anna Schmidt aus dem Ressort Politik", ["Anna Schmidt"]),
    ("Anna Schmidt, aus der Redaktion Wirtschaft", ["Anna Schmidt"]),
    ("Von Anna Schmidt (dpa/AFP/lnw)", ["Anna Schmidt", "dpa", "AFP"]),
    ("Von Anna Schmidt (dpa/lno)", ["Anna Schmidt", "dpa"]),
    ("Anna Schmidt (AFP/lnw)", ["Anna Schmidt", "AFP"]),
    # counter-cases, read so already: "und", a piece's kind, a photographer, agencies'
    # material, a guest piece, initials alone in brackets, a name with "aus" in it
    ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
    ("Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
    ("Text: Anna Schmidt / Fotos: Jonas Weber", ["Anna Schmidt"]),
    ("Von Anna Schmidt, mit Material von dpa/AFP", ["Anna Schmidt", "dpa", "AFP"]),
    ("Gastbeitrag von Anna Schmidt", ["Anna Schmidt"]),
    ("Eine Analyse von Anna Schmidt", ["Anna Schmidt"]),
    ("Von Anna Schmidt (dpa/AFP)", ["Anna Schmidt", "dpa", "AFP"]),
    ("Von Anna Muster (am)", ["Anna Muster"]),
    ("Von Anna Aus dem Berge", ["Anna Aus dem Berge"]),
]


@pytest.mark.parametrize(("byline", "expected"), GERMAN)
def test_german_bylines(byline: str, expected: list[str]) -> None:
    assert byline_authors("de", byline) == expected


def test_a_desk_line_above_the_byline_names_no_one() -> None:
    assert line_authors("de", "<p>Aus dem Ressort Politik</p><p>Von Anna Schmidt</p>") == [
        "Anna Schmidt"
    ]
