"""Printed bylines "Surname, Word" and their lists on invented pages (issue 10, authors-26).

- A word that both a town table and a writer's name could claim: a town of fewer than
  100,000 people only in countries that do not speak the page's language is a given name
  ("Adeyemi, Kemi" on an English page: Kemi is a Finnish town); one near the paper stays a
  place ("Muster, Kempten" on a German page), and so does a word printed as a dateline,
  closed by a dash or followed by a date ("Muster, Hexham —"), that no given name is.
- Towns that GeoNames names with a qualifier or joined to another ("Kempten (Allgäu)",
  "Waldshut-Tiengen") count under the name papers print.
- Family names with capitalised Arabic or Berber particles ("El Amrani, Youssef"), and given
  names with a town's ending but a short stem ("Noach").
- "and"-lists of "Surname, Given" pairs, with or without the place after the last.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_pages import URL, byline_page


def _authors(lang: str, byline: str) -> list[str]:
    return extract_article(byline_page(lang, byline), URL).authors


# (page language, printed byline, the writers): a word both a small far town and a
# writer's given name reads as the name; one the paper's own country has stays a place
NAME_OR_TOWN = [
    ("en", "Adeyemi, Kemi", ["Kemi Adeyemi"]),  # Kemi: a Finnish town of 19,000
    ("fr", "Traoré, Awa", ["Awa Traoré"]),  # Awa: a Japanese town
    ("fr", "Haddad, Lamia", ["Lamia Haddad"]),  # Lamia: a Greek town
    ("de", "Yıldız, Ilgın", ["Ilgın Yıldız"]),  # a Turkish town
    ("en", "Qureshi, Sana", ["Sana Qureshi"]),  # Sana: a Peruvian town
    ("en", "Sato, Mino", ["Mino Sato"]),  # Mino: a Japanese town
    ("de", "Muster, Kempten", ["Muster"]),  # GeoNames: "Kempten (Allgäu)"
    ("de", "Muster, Waldshut", ["Muster"]),  # GeoNames: "Waldshut-Tiengen"
    ("de", "Probe, Tiengen", ["Probe"]),
    ("de", "Muster, Noach", ["Noach Muster"]),  # "-ach" as "Lörrach", but a stem of two
    ("nl", "Bakker, Noach", ["Noach Bakker"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), NAME_OR_TOWN)
def test_a_word_both_a_town_and_a_given_name_is_weighed(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A word after the surname printed as a dateline, closed by a dash or followed by the date:
# where she filed from where it is a town of any size ("Kemi", small and far), or has a
# town's ending ("Hexham"); a word in no table is a given name there since authors-27
# ("Okafor, Chidi, 3 March 2026"; tests/test_extract_authors27.py), unless the page names it
DATELINES = [
    ("en", "Muster, Hexham —", ["Muster"]),
    ("en", "Smith, Hexham - ", ["Smith"]),
    ("en", "Smith, Hexham, 3 March 2026", ["Smith"]),
    ("de", "Muster, Waldshut –", ["Muster"]),
    ("de", "Muster, Kempten, 3. März 2026", ["Muster"]),
    ("en", "Virtanen, Kemi —", ["Virtanen"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), DATELINES)
def test_a_word_printed_as_a_dateline_is_where_she_filed_from(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# Family names with capitalised Arabic or Berber particles, written surname first
PARTICLES = [
    ("fr", "El Amrani, Youssef", ["Youssef El Amrani"]),
    ("fr", "Ben Ali, Sami", ["Sami Ben Ali"]),
    ("de", "Ait Said, Nora", ["Nora Ait Said"]),
    ("fr", "Ould Ahmed, Mariam", ["Mariam Ould Ahmed"]),
    ("fr", "El Amrani, Youssef et Ben Ali, Sami", ["Youssef El Amrani", "Sami Ben Ali"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), PARTICLES)
def test_a_family_name_with_a_capitalised_particle(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# "Surname, Given" pairs joined by each language's "and", and a place after the last
PAIRS = [
    ("de", "Müller, Anna und Schmidt, Jan", ["Anna Müller", "Jan Schmidt"]),
    ("en", "Smith, Jane and Roe, John", ["Jane Smith", "John Roe"]),
    ("fr", "Dupont, Jean et Martin, Claire", ["Jean Dupont", "Claire Martin"]),
    ("es", "García, Ana y Pérez, Luis", ["Ana García", "Luis Pérez"]),
    ("it", "Rossi, Marco e Bianchi, Anna", ["Marco Rossi", "Anna Bianchi"]),
    ("nl", "Bakker, Saar en Jansen, Tim", ["Saar Bakker", "Tim Jansen"]),
    ("sv", "Svensson, Anna och Berg, Erik", ["Anna Svensson", "Erik Berg"]),
    ("no", "Nordmann, Kari og Hansen, Ola", ["Kari Nordmann", "Ola Hansen"]),
    ("pl", "Kowalski, Jan i Nowak, Anna", ["Jan Kowalski", "Anna Nowak"]),
    ("tr", "Yılmaz, Ahmet ve Demir, Ayşe", ["Ahmet Yılmaz", "Ayşe Demir"]),
    ("hu", "Kovács, Anna és Nagy, Péter", ["Anna Kovács", "Péter Nagy"]),
    ("cs", "Novák, Jan a Svobodová, Petra", ["Jan Novák", "Petra Svobodová"]),
    ("fi", "Virtanen, Matti ja Korhonen, Liisa", ["Matti Virtanen", "Liisa Korhonen"]),
    ("lt", "Jonaitis, Jonas ir Petraitė, Ona", ["Jonas Jonaitis", "Ona Petraitė"]),
    ("lv", "Bērziņš, Jānis un Kalniņa, Anna", ["Jānis Bērziņš", "Anna Kalniņa"]),
    ("ro", "Popescu, Andrei și Ionescu, Maria", ["Andrei Popescu", "Maria Ionescu"]),
    ("de", "Müller, Anna & Schmidt, Jan", ["Anna Müller", "Jan Schmidt"]),
    ("de", "Müller, Anna, und Schmidt, Jan", ["Anna Müller", "Jan Schmidt"]),
    ("de", "Müller, Anna und Schmidt, Jan, Waldshut", ["Anna Müller", "Jan Schmidt"]),
    ("de", "Müller, Anna, Waldshut", ["Anna Müller"]),
    ("de", "Muster, Anna, Kempten", ["Anna Muster"]),
    ("de", "Muster, Probe und Beispiel, Lörrach", ["Muster", "Probe", "Beispiel"]),
    # a role after the last pair goes, an agency stays beside the writers
    ("de", "Muster, Anna, Redakteurin", ["Anna Muster"]),
    ("de", "Muster, Anna (dpa)", ["Anna Muster", "dpa"]),
    ("fr", "Dupont, Jean (AFP)", ["Jean Dupont", "AFP"]),
    ("en", "Doe, Jane, Reuters", ["Jane Doe", "Reuters"]),
    ("de", "Müller, Anna und Schmidt, Jan (dpa)", ["Anna Müller", "Jan Schmidt", "dpa"]),
    ("de", "Muster, Anna / dpa", ["Anna Muster", "dpa"]),
    ("de", "Muster, Anna/Probe, Jan", ["Anna Muster", "Jan Probe"]),
    ("de", "Muster, Anna, Berlin", ["Anna Muster"]),
    ("fr", "El Fassi, Karim, à Rabat", ["Karim El Fassi"]),
    # a family name's particles stay with it, first in the list too
    ("nl", "de Vries, Saar en Bakker, Tim", ["Saar de Vries", "Tim Bakker"]),
    ("es", "de la Fuente, Ana y García, Luis", ["Ana de la Fuente", "Luis García"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), PAIRS)
def test_surname_first_pairs_joined_by_and(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


def test_a_full_name_then_a_town_that_is_a_given_name_too() -> None:
    # "Denver" is a given name and a city: after a full name it is where he filed from
    assert _authors("en", "Ben Smith, Denver") == ["Ben Smith"]


# (rev-authors26) A town is near or far from the paper by the language of its words: a
# language a country speaks in one of its regions counts there (Catalan in Spain, CLDR's
# "official_regional"), a code CLDR files under another counts as that ("tl": Filipino)
# (tests/plugins/byline_pages.py has pages in "ca" and "tl")
REGIONAL = [
    ("ca", "Puig, Olot", ["Puig"]),  # Olot: a Catalan town of 34,000
    ("ca", "Puig, Manresa", ["Puig"]),
    ("tl", "Santos, Mino", ["Mino Santos"]),  # Mino: a small Japanese town
]


@pytest.mark.parametrize(("lang", "byline", "expected"), REGIONAL)
def test_a_town_where_the_pages_language_is_a_regional_one(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


def test_a_town_on_a_page_whose_markup_says_english_in_another_language() -> None:
    # a CMS's default lang="en" over a German story: Kempten is near the paper
    page = byline_page("en", "Muster, Kempten", words="de")
    assert extract_article(page, URL).authors == ["Muster"]
