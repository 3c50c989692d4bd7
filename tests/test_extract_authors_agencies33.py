"""News agencies of the world in bylines (issue 10, agencies-33).

- "Surname, AGENCY" with an agency the table lacked ("Popescu, MEDIAFAX", "Khumalo, SAPA"):
  the surname alone and the agency as a second credit, as "Steiger, SDA" is (was one name,
  the agency read as her given name: "MEDIAFAX Popescu").
- Agencies whose letters are a given name or a word too ("ANI", "PETRA", "ENA", "MAP"):
  an agency only in capitals; in title case a person's name ("Lorak, Ani" -> "Ani Lorak",
  was "Lorak", "Ani"), never an agency.
- More national agencies credited: a full name after "Quelle:"/"Source:", letters in a
  dispatch's dateline ("BUCUREȘTI (MEDIAFAX) -", was the town as the writer) or after a
  full name ("Nguyễn Văn An (TTXVN)", was the agency lost).

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.langwords import AGENCIES, CAPITALS_AGENCIES, NEWS_AGENCIES
from tests.plugins.byline_lines import STORY, URL, byline_authors

SURNAME_AGENCY = [
    ("ro", "Popescu, MEDIAFAX", ["Popescu", "MEDIAFAX"]),
    ("ro", "Ionescu, AGERPRES", ["Ionescu", "AGERPRES"]),
    ("it", "Rossi, ADNKRONOS", ["Rossi", "ADNKRONOS"]),
    ("it", "Bianchi, ASKANEWS", ["Bianchi", "ASKANEWS"]),
    ("en", "Khumalo, SAPA", ["Khumalo", "SAPA"]),
    ("en", "Haddad, PETRA", ["Haddad", "PETRA"]),
    ("en", "Tesfaye, ENA", ["Tesfaye", "ENA"]),
    ("en", "Sharma, ANI", ["Sharma", "ANI"]),
    ("en", "Qureshi, APP", ["Qureshi", "APP"]),
    ("en", "Bennani, MAP", ["Bennani", "MAP"]),
    ("ru", "Петров, ИНТЕРФАКС", ["Петров", "ИНТЕРФАКС"]),
    ("ro", "Popescu, MEDIAFAX, Ionescu, AGERPRES", ["Popescu", "MEDIAFAX", "Ionescu", "AGERPRES"]),
    # as it was already: a known agency after the surname, a full name before a new one
    ("de", "Steiger, SDA", ["Steiger", "SDA"]),
    ("ro", "Ion Popescu, MEDIAFAX", ["Ion Popescu", "MEDIAFAX"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), SURNAME_AGENCY)
def test_an_agency_after_a_surname_is_a_second_credit(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# A given name that is an agency's letters too, in title case: the person's
NAMES = [
    ("en", "Lorak, Ani", ["Ani Lorak"]),
    ("en", "Ani Lorak", ["Ani Lorak"]),
    ("de", "Müller, Petra", ["Petra Müller"]),
    ("de", "Petra Müller", ["Petra Müller"]),
    ("de", "Petra Müller, dpa", ["Petra Müller", "dpa"]),
    ("ro", "Una Petra Popescu", ["Una Petra Popescu"]),
    ("ro", "Popescu, Ena", ["Ena Popescu"]),
    ("hu", "Kovács, Agi", ["Agi Kovács"]),
    ("en", "Ani Sharma, PTI", ["Ani Sharma", "PTI"]),
    # a given name in capitals that no agency spells: still hers
    ("ro", "Popescu, ANA", ["ANA Popescu"]),
    ("en", "Smith, JORDAN 3 March 2026", ["JORDAN Smith"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), NAMES)
def test_a_given_name_spelled_like_an_agency_is_hers(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


DATELINES = [
    ("ro", "BUCUREȘTI (MEDIAFAX) –", ["MEDIAFAX"]),
    ("en", "AMMAN (PETRA) –", ["PETRA"]),
    ("en", "NEW DELHI (ANI) –", ["ANI"]),
    ("vi", "Nguyễn Văn An (TTXVN)", ["Nguyễn Văn An", "TTXVN"]),
    ("de", "BERLIN (dpa) –", ["dpa"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), DATELINES)
def test_an_agency_in_brackets_is_credited(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


def _closing(lang: str, closing: str) -> tuple[list[str], str]:
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='text'>{f'<p>{STORY[lang]}</p>' * 3}"
        f"<p>{closing}</p></div></article></main></body></html>"
    )
    article = extract_article(page, URL)
    return article.authors, article.body


CLOSING = [
    ("de", "Quelle: MEDIAFAX", ["MEDIAFAX"]),
    ("en", "Source: Press Trust of India", ["Press Trust of India"]),
    ("de", "Quelle: Anadolu Agency", ["Anadolu Agency"]),
    ("fr", "Source : Maghreb Arabe Presse", ["Maghreb Arabe Presse"]),
    ("es", "Fuente: Agencia EFE", ["EFE"]),
    ("en", "(ANI)", ["ANI"]),
    ("ro", "(MEDIAFAX)", ["MEDIAFAX"]),
]


# A full name and a known agency's capitals in brackets closing the story: both credited, as
# in a byline (was none: only an agency the table lacked was read so, the writer alone)
NAME_AND_AGENCY = [
    ("vi", "Trần Văn Hùng (TTXVN)", ["Trần Văn Hùng", "TTXVN"]),
    ("cs", "Jan Novák (ČTK)", ["Jan Novák", "ČTK"]),
    ("it", "Mario Rossi (ANSA)", ["Mario Rossi", "ANSA"]),
    # as before: initials, an agency the table lacks, a party
    ("de", "Anna Muster (AM)", ["Anna Muster"]),
    ("vi", "Nguyễn Văn An (XYZB)", ["Nguyễn Văn An"]),
    ("de", "Olaf Muster (SPD)", []),
]


@pytest.mark.parametrize(("lang", "closing", "expected"), NAME_AND_AGENCY)
def test_a_name_and_an_agency_closing_the_story(
    lang: str, closing: str, expected: list[str]
) -> None:
    assert _closing(lang, closing)[0] == expected


@pytest.mark.parametrize(("lang", "closing", "expected"), CLOSING)
def test_an_agency_closing_the_story_is_credited(
    lang: str, closing: str, expected: list[str]
) -> None:
    authors, body = _closing(lang, closing)
    assert authors == expected
    assert closing not in body


# A word that is an agency's letters only in capitals, closing a story: a subhead, kept
@pytest.mark.parametrize("closing", ["Map", "Spa", "Petra"])
def test_a_word_spelled_like_an_agency_stays_in_the_story(closing: str) -> None:
    authors, body = _closing("en", closing)
    assert authors == []
    assert body.endswith(closing)


def test_the_agency_tables_hold_each_name_once() -> None:
    """One entry a name: the letters read in capitals only are in no other table."""
    found = [e.strip().casefold() for text in NEWS_AGENCIES.values() for e in text.split(",")]
    assert len(found) == len(set(found))
    assert not CAPITALS_AGENCIES & AGENCIES
