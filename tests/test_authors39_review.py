"""Counter-cases of authors-39's rules (review, issue 10): a city of millions before a
comma is a surname as often as a dateline ("By Kano, Chidi": a Nigerian reporter's family
name first, her given name one the tables lack), so only the city's own country after it,
as the page spells it, makes the pair a place ("Daga Kano, Najeriya"). A source label in a
byline's markup reads as a closing source line only where it is the line's one label: a
writer's own label after it ("Sumber: Antara, Penulis: Budi Santoso") names her.

Amharic given names made with "በ" (Bewketu, "በእውቀቱ") keep it, as Beamlak does.

Every name and line here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.test_authors39 import _authors

# a surname that is a city of millions, then a given name the tables lack
SURNAME_FIRST = [
    ("en", "By Kano, Chidi", ["Chidi Kano"]),
    ("en", "By Lagos, Oluwaseun", ["Oluwaseun Lagos"]),
    ("en", "By Dallas, Tendai", ["Tendai Dallas"]),
    ("en", "By London, Chinonso", ["Chinonso London"]),
    ("en", "By Paris, Tevita", ["Tevita Paris"]),
    ("en", "By Lima, Kalani", ["Kalani Lima"]),
    ("en", "By Tokyo, Haruto", ["Haruto Tokyo"]),
    ("pt", "Por Lima, Jurandir", ["Jurandir Lima"]),
    ("fr", "Par Dakar, Fatou", ["Fatou Dakar"]),
]

# ... and what stays a place: the city's country, spelled as the tables do or near it
PLACES = [
    ("ha", "Daga Kano, Najeriya", []),
    ("en", "Lagos, Nigeria", []),
    ("en", "Nairobi, Kenya", []),
    ("en", "Chidi Okafor, Lagos, Nigeria", ["Chidi Okafor"]),
    ("en", "Chidi Okafor, Kano, Najeriya", ["Chidi Okafor"]),
    ("en", "By Lima, Thiago", ["Thiago Lima"]),
    ("es", "Por Santiago, Ximena", ["Ximena Santiago"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), SURNAME_FIRST)
def test_city_named_surname_first_is_a_writer(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), PLACES)
def test_city_and_its_country_is_a_place(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


# a source label, then the writer's own label in the same line
SOURCE_THEN_WRITER = [
    ("id", "Sumber: Antara, Penulis: Budi Santoso", ["Antara", "Budi Santoso"]),
    ("hu", "Forrás: Példa Napló, Szerző: Kovács János", ["Példa Napló", "Kovács János"]),
    ("ms", "Sumber: Bernama, Oleh: Siti Aminah", ["Bernama", "Siti Aminah"]),
    ("pl", "Źródło: PAP, Autor: Anna Kowalska", ["PAP", "Anna Kowalska"]),
    # ... and the line with its one label: its persons and agency, no body
    ("hu", "Forrás: Kovács János, Országos Kórház, MTI", ["Kovács János", "MTI"]),
    ("en", "Source: Jane Doe, Example Bank, Reuters", ["Jane Doe", "Reuters"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), SOURCE_THEN_WRITER)
def test_source_label_then_writer_label(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


# Amharic given names made with "በ" (by, in) before a vowel's letter stay whole
AMHARIC_BE_NAMES = [
    ("am", "በእውቀቱ ታደሰ", ["በእውቀቱ ታደሰ"]),  # Bewketu
    ("am", "በበእውቀቱ ታደሰ", ["በእውቀቱ ታደሰ"]),  # by Bewketu
    ("am", "በአምላክ ታደሰ", ["በአምላክ ታደሰ"]),
    ("am", "በኤልያስ ታደሰ", ["ኤልያስ ታደሰ"]),  # by Elias
]


@pytest.mark.parametrize(("lang", "line", "expected"), AMHARIC_BE_NAMES)
def test_amharic_names_made_with_be(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected
