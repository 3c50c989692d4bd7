"""Source lines and datelines in a byline's markup, on publishers never seen (authors2-39).

- A source label in a byline's markup ("Source:", "Forrás:", "Kaynak:", "Źródło:",
  "Sumber:", "Fuente:", "来源") names the story's writers as a byline does: its persons
  (a known given name, or a Chinese reporter after "记者") and its agencies are kept; a body
  that is neither, named as the figures' source, is not ("Forrás: Kovács János, Magyar
  Nemzeti Bank, MTI": the reporter and the agency, no bank).
- A city of 100,000 people or more, whole, right before an agency ("Paris, AFP", "Madrid,
  EFE") is the wire's dateline, no writer; a surname that is a city comes with a given name
  ("By Lima, Thiago") and stays, and a smaller town's name alone is a surname ("Bianchi,
  ASKANEWS").

Every name, paper and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import STORY, line_authors

_DIV = "<div class='byline'>{}</div>"


def _authors(lang: str, line: str) -> list[str]:
    return line_authors(lang, _DIV.format(line), STORY[lang])


SOURCE_PERSONS = [
    ("en", "Source: Jane Doe", ["Jane Doe"]),
    ("hu", "Forrás: Kovács János", ["Kovács János"]),
    ("en", "Source: Reuters, Jane Doe", ["Reuters", "Jane Doe"]),
    ("tr", "Kaynak: AA, Ayşe Yılmaz", ["AA", "Ayşe Yılmaz"]),
    ("pl", "Źródło: PAP, Anna Kowalska", ["PAP", "Anna Kowalska"]),
    ("id", "Sumber: Antara, Budi Santoso", ["Antara", "Budi Santoso"]),
    ("fr", "Source : AFP, Marie Dupont", ["AFP", "Marie Dupont"]),
    ("pt", "Fonte: Lusa, Joana Ferreira", ["Lusa", "Joana Ferreira"]),
    ("es", "Fuente: EFE, Lucía Romero", ["EFE", "Lucía Romero"]),
    ("zh", "来源：新华社 记者 王小明", ["新华社 记者 王小明"]),
    # a reporter and a body before the agency: the reporter stays, the body goes
    ("hu", "Forrás: Kovács János, Magyar Nemzeti Bank, MTI", ["Kovács János", "MTI"]),
    ("es", "Fuente: Ana García, Banco de España, EFE", ["Ana García", "EFE"]),
    ("en", "Source: Jane Doe, Example Bank, Reuters", ["Jane Doe", "Reuters"]),
    ("pl", "Źródło: Anna Kowalska, Narodowy Bank Polski, PAP", ["Anna Kowalska", "PAP"]),
]

SOURCE_BODIES = [
    # a body named as the source beside an agency is no writer (as authors-39 read it)
    ("hu", "Forrás: Magyar Nemzeti Bank, MTI", ["MTI"]),
    ("es", "Fuente: Banco de España, EFE", ["EFE"]),
    ("tr", "Kaynak: Merkez Bankası, AA", ["AA"]),
    ("id", "Sumber: Bank Indonesia, Antara", ["Antara"]),
    ("hu", "Forrás: MTI", ["MTI"]),
    ("hu", "Forrás: Kovács János, MTI", ["Kovács János", "MTI"]),
]

PLACE_THEN_AGENCY = [
    ("en", "Paris, AFP", ["AFP"]),
    ("fr", "PARIS, AFP", ["AFP"]),
    ("es", "Madrid, EFE", ["EFE"]),
    ("tr", "Istanbul, AA", ["AA"]),
    ("ja", "Tokyo, Kyodo", ["Kyodo"]),
    ("pl", "Warsaw, PAP", ["PAP"]),
    ("hu", "Budapest, MTI", ["MTI"]),
    ("id", "Jakarta, Antara", ["Antara"]),
    ("it", "Milan, ANSA", ["ANSA"]),
    ("de", "Frankfurt am Main, dpa", ["dpa"]),
    ("de", "Berlin, dpa", ["dpa"]),
    ("en", "Sydney, AAP", ["AAP"]),
]

PLACE_KEPT = [
    # already read right: the dateline in brackets, or after a writer
    ("de", "BERLIN (dpa)", ["dpa"]),
    ("en", "By Jane Doe, Paris, AFP", ["Jane Doe", "AFP"]),
    ("es", "Por Ana García, Madrid, EFE", ["Ana García", "EFE"]),
    # a city that is her surname, with her given name
    ("en", "By Lima, Thiago", ["Thiago Lima"]),
    ("en", "Paris, Jane", ["Jane Paris"]),
    ("en", "Jane Paris, AFP", ["Jane Paris", "AFP"]),
    ("pt", "Por Thiago Lima, Reuters", ["Thiago Lima", "Reuters"]),
    # a surname alone before the agency, a small town's name too
    ("it", "Bianchi, ASKANEWS", ["Bianchi", "ASKANEWS"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), SOURCE_PERSONS)
def test_source_line_in_byline_keeps_persons(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), SOURCE_BODIES)
def test_source_line_in_byline_drops_bodies(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), PLACE_THEN_AGENCY)
def test_place_before_agency_is_dateline(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), PLACE_KEPT)
def test_place_counter_cases(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


# Review (rev-authors2-39): a firm or a clinic named after a person beside the agency is a
# body, as a bank is, no reporter ("John Lewis Partnership": a given name first, three
# words, and no kind word the tables knew); each row kept the firm before the fix.
SOURCE_FIRMS = [
    ("en", "Source: Reuters, John Lewis Partnership", ["Reuters"]),
    ("en", "Source: AP, Mayo Clinic", ["AP"]),
    ("en", "Source: Reuters, Walt Disney Company", ["Reuters"]),
    ("en", "Source: Reuters, Abbott Laboratories", ["Reuters"]),
    ("en", "Source: Reuters, Henry Example Corporation", ["Reuters"]),
    # a person beside the agency still stays
    ("en", "Source: Reuters, Jane Doe", ["Reuters", "Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), SOURCE_FIRMS)
def test_source_line_firm_named_after_person(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected
