"""Printed bylines on invented pages (issue 10, authors-28).

- A dateline in capitals after the writer's full name, closed by a dash or the date ("By Jane
  Doe, LAGOS —", "Anna Muster | BERLIN —", "Jane Doe, KYIV (AP) —"): where she filed from, no
  second writer; an agency credited beside her stays (as the benchmark's truth keeps "SDA").
- Another calendar's month in Latin letters (Nepal's Bikram Sambat, Iran's and Afghanistan's
  solar Hijri, the lunar Hijri, the Ethiopian) or Nepal's in Devanagari, beside a day's number
  after the name: the date, no part of her name ("Ram Sharma Baisakh 12"; was no writer).
  A name's last vowel sign stays before such a date ("राम शर्मा 12 March"; was "राम शर्म").
- A name's particle or a language's "and" in small letters ends no name ("Par Marie Dupont
  de", "By Ali bin", "Door Jan de Vries en"); inside a name it stays ("Ursula von der Leyen").

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_pages import STORY as BYLINE_STORY

# the languages byline_pages has the same sentence for, then this file's own
STORY = {lang: BYLINE_STORY[lang] for lang in ("en", "de", "fr", "es", "it", "nl", "ru")} | {
    "pt": "A câmara municipal decidiu na terça-feira demolir a velha ponte sobre o rio e construir uma nova; as obras começam na primavera.",
    "ms": "Majlis bandaran memutuskan pada hari Selasa untuk merobohkan jambatan lama di atas sungai dan membina yang baharu tahun depan.",
    "id": "Dewan kota memutuskan pada hari Selasa untuk membongkar jembatan tua di atas sungai dan membangun yang baru mulai musim depan.",
    "ne": "नगर परिषदले मंगलबार खोलामाथिको पुरानो पुल भत्काएर नयाँ पुल बनाउने निर्णय गरेको छ। काम आउँदो वसन्तमा सुरु हुनेछ। बासिन्दाले निर्णयको स्वागत गरेका छन्।",
    "hi": "नगर परिषद ने मंगलवार को नदी पर बने पुराने पुल को गिराकर नया पुल बनाने का फैसला किया। काम अगले वसंत में शुरू होगा। निवासियों ने फैसले का स्वागत किया।",
}
URL = "https://www.example-courier.test/news/a-new-bridge-4711.html"


def _authors(lang: str, byline: str) -> list[str]:
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='byline'>{byline}</div>"
        f"<div class='text'>{f'<p>{STORY[lang]}</p>' * 3}</div></article></main></body></html>"
    )
    return extract_article(page, URL).authors


# A part in capitals after the writer's full name, the byline closed by a dash or the date:
# the dateline's place (each of these kept the place as a second writer before)
CAPITAL_DATELINES = [
    ("en", "By Jane Doe, LAGOS —", ["Jane Doe"]),
    ("en", "Jane Doe, PORT HARCOURT —", ["Jane Doe"]),
    ("en", "By Jane Doe and Tom Kay, ENUGU —", ["Jane Doe", "Tom Kay"]),
    ("en", "By Jane Doe, Tom Kay, LAGOS —", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe, LAGOS, 3 March 2026", ["Jane Doe"]),
    ("en", "By Jane Doe, LAGOS, March 3 (Reuters) —", ["Jane Doe"]),
    ("en", "Jane Doe, KYIV (AP) —", ["Jane Doe", "AP"]),  # the agency stays credited
    ("en", "By Jane Doe | LAGOS —", ["Jane Doe"]),
    ("en", "By JANE DOE, LAGOS —", ["JANE DOE"]),  # all in capitals: the last part only
    ("en", "By Ahmed bin Salman, RIYADH —", ["Ahmed bin Salman"]),
    ("de", "Von Anna Muster, BERLIN –", ["Anna Muster"]),
    ("de", "Anna Muster und Jan Probe, ZÜRICH –", ["Anna Muster", "Jan Probe"]),
    ("de", "Von Ursula von der Leyen, BRÜSSEL –", ["Ursula von der Leyen"]),
    ("fr", "Par Marie Dupont, ROME —", ["Marie Dupont"]),
    ("es", "Por Ana Ruiz, MADRID —", ["Ana Ruiz"]),
    ("es", "Por Ana Ruiz de la Torre, MADRID —", ["Ana Ruiz de la Torre"]),
    ("it", "di Marco Rossi, NAPOLI —", ["Marco Rossi"]),
    ("pt", "Por Ana Silva, LISBOA —", ["Ana Silva"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CAPITAL_DATELINES)
def test_a_dateline_in_capitals_after_a_name_is_where_she_filed_from(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# ... and what stays: a surname before it (read elsewhere), an agency's letters, a town and
# its region, a second writer in a byline all in capitals, a surname set in capitals
CAPITALS_KEPT = [
    ("en", "Okafor, LAGOS —", ["Okafor"]),
    ("en", "Smith, JOHN —", ["Smith"]),
    ("en", "By Jane Doe, AFP —", ["Jane Doe", "AFP"]),
    ("en", "By Ana Ruiz, Austin, Texas", ["Ana Ruiz"]),
    ("en", "By JANE DOE, TOM KAY —", ["JANE DOE", "TOM KAY"]),
    ("fr", "Par Marie DUPONT —", ["Marie DUPONT"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CAPITALS_KEPT)
def test_a_name_or_agency_in_capitals_stays(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# Another calendar's month beside a day's number after the name: the date (no writer before)
OTHER_CALENDARS = [
    ("ne", "Ram Sharma Baisakh 12", ["Ram Sharma"]),  # Bikram Sambat, in Latin letters
    ("en", "Ram Sharma Baisakh 12", ["Ram Sharma"]),
    ("en", "By Sita Thapa Shrawan 3", ["Sita Thapa"]),
    ("en", "Hari Bahadur Karki Mangsir 20, 2082", ["Hari Bahadur Karki"]),
    ("en", "Bishnu Adhikari 3 Chaitra 2083", ["Bishnu Adhikari"]),
    ("ne", "राम शर्मा बैशाख १२", ["राम शर्मा"]),  # ... and in Devanagari
    ("ne", "राम शर्मा मंसिर २०, २०८२", ["राम शर्मा"]),
    ("en", "Maryam Ahmadi 2 Farvardin 1405", ["Maryam Ahmadi"]),  # Iran's solar Hijri
    ("en", "Ahmad Wali Qaws 14, 1405", ["Ahmad Wali"]),  # Afghanistan's
    ("ms", "Oleh Ahmad Fauzi Ramadan 12", ["Ahmad Fauzi"]),  # the lunar Hijri
    ("id", "Ahmad Fauzi 12 Ramadan 1447", ["Ahmad Fauzi"]),
    ("en", "Dawit Bekele Meskerem 12", ["Dawit Bekele"]),  # the Ethiopian
    # a name's last vowel sign stays before a date (was cut: "राम शर्म", "अमित वर्म" or none)
    ("ne", "राम शर्मा Baisakh 12", ["राम शर्मा"]),
    ("ne", "राम शर्मा 12 March", ["राम शर्मा"]),
    ("hi", "अमित वर्मा 3 मार्च 2026", ["अमित वर्मा"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), OTHER_CALENDARS)
def test_another_calendars_month_after_the_name_is_the_date(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# ... while such a word with no day's number beside it, or before a Gregorian date, is a name
MONTH_NAMES_KEPT = [
    ("en", "By Nadia Azar", ["Nadia Azar"]),
    ("en", "By Omar Rajab and Ali Safar", ["Omar Rajab", "Ali Safar"]),
    ("en", "Ali Rajab 3 March 2026", ["Ali Rajab"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), MONTH_NAMES_KEPT)
def test_a_month_word_with_no_day_beside_it_is_a_name(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A particle or "and" in small letters ending a name: a cut byline's or a list's open end
DANGLING_ENDS = [
    ("fr", "Par Marie Dupont de", ["Marie Dupont"]),
    ("es", "Por Ana Ruiz de", ["Ana Ruiz"]),
    ("nl", "Door Jan de Vries en", ["Jan de Vries"]),
    ("en", "By Ali bin", ["Ali"]),
    ("en", "By Nadia al", ["Nadia"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), DANGLING_ENDS)
def test_a_particle_ends_no_name(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# ... inside a name, in any page's language, it stays
PARTICLES_INSIDE = [
    ("de", "Von Ursula von der Leyen", ["Ursula von der Leyen"]),
    (
        "en",
        "By Ursula von der Leyen and Fernando de la Rúa",
        ["Ursula von der Leyen", "Fernando de la Rúa"],
    ),
    ("es", "Por Fernando de la Rúa", ["Fernando de la Rúa"]),
    ("en", "By Ahmed bin Salman", ["Ahmed bin Salman"]),
    ("fr", "Par Ludwig van Beethoven", ["Ludwig van Beethoven"]),
    ("nl", "Door Jan de Vries", ["Jan de Vries"]),
    ("pt", "Por Ana da Silva", ["Ana da Silva"]),
    ("it", "di Leonardo da Vinci", ["Leonardo da Vinci"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), PARTICLES_INSIDE)
def test_a_particle_inside_a_name_stays(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# Review of the above (rev-authors28). A surname that is another calendar's month, before a
# count or a time ago (no date there): his whole name or none, never his name cut short
# (each of these lost the surname before the fix: "Mohamed Ali", "Ravi Shankar")
MONTH_SURNAMES_BEFORE_A_COUNT = [
    ("en", "Mohamed Ali Ramadan 12 hours ago", "Mohamed Ali"),
    ("en", "Mohamed Ali Ramadan 12 comments", "Mohamed Ali"),
    ("en", "Omar Ali Rajab 3 min read", "Omar Ali"),
    ("en", "Ravi Shankar Ashwin 5 mins ago", "Ravi Shankar"),
    ("en", "Noa Ben Elul 3 min read", "Noa Ben"),
    ("en", "By Ali Reza Mehr 2 hours ago", "Ali Reza"),
    ("id", "Muhammad Rizki Ramadhan 12 jam lalu", "Muhammad Rizki"),
    ("id", "Oleh Muhammad Rizki Ramadhan 5 menit", "Muhammad Rizki"),
]


@pytest.mark.parametrize(("lang", "byline", "cut"), MONTH_SURNAMES_BEFORE_A_COUNT)
def test_a_month_surname_before_a_count_is_not_cut(lang: str, byline: str, cut: str) -> None:
    assert cut not in _authors(lang, byline)


# ... while the date itself, with what a date prints after its day, still goes
OTHER_CALENDAR_DATE_ENDS = [
    ("ne", "राम शर्मा बैशाख १२ गते", ["राम शर्मा"]),
    ("en", "Ram Sharma Baisakh 12 at 10:30", ["Ram Sharma"]),
    ("en", "Omar Ali Rajab Ramadan 12, 1447 AH", ["Omar Ali Rajab"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), OTHER_CALENDAR_DATE_ENDS)
def test_another_calendars_date_with_its_tail_goes(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A part in capitals after the writer that is a credit or a second writer, no place: an agency
# or paper ("THE ASSOCIATED PRESS", "BBC NEWS"), a job ("AP BUSINESS WRITER"), a station's
# letters ("CNN"), a full name ("TOM KAY"); a name's suffix goes (each lost before the fix)
CAPITAL_CREDITS_KEPT = [
    ("en", "By Jane Doe, THE ASSOCIATED PRESS —", ["Jane Doe", "THE ASSOCIATED PRESS"]),
    ("en", "By Jane Doe, BBC NEWS —", ["Jane Doe", "BBC NEWS"]),
    ("en", "By Jane Doe, AP BUSINESS WRITER —", ["Jane Doe", "AP"]),
    ("en", "By Jane Doe, CNN —", ["Jane Doe", "CNN"]),
    ("en", "By Jane Doe, UPI —", ["Jane Doe", "UPI"]),
    ("en", "By Jane Doe, TOM KAY —", ["Jane Doe", "TOM KAY"]),
    ("en", "By Jane Doe, TOM KAY, LAGOS —", ["Jane Doe", "TOM KAY"]),
    ("fr", "Marie Dupont, JEAN MARTIN —", ["Marie Dupont", "JEAN MARTIN"]),
    ("en", "By John Smith, JR., LAGOS —", ["John Smith"]),
    ("en", "By Jane Doe, ROME —", ["Jane Doe"]),
    ("en", "By Jane Doe, ALICE SPRINGS —", ["Jane Doe"]),
    ("en", "By Jane Doe, SANTA CRUZ —", ["Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CAPITAL_CREDITS_KEPT)
def test_a_credit_or_writer_in_capitals_is_no_place(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# Every dash closes a dateline: the horizontal bar, a figure dash, a minus, two hyphens, a dash
# after an abbreviation's dot (each kept the place, or "LAGOS ―" with its bar, before the fix)
DATELINE_DASHES = [
    ("en", "By Jane Doe, LAGOS ―", ["Jane Doe"]),
    ("en", "By Jane Doe, LAGOS ‒", ["Jane Doe"]),
    ("en", "By Jane Doe, LAGOS −", ["Jane Doe"]),
    ("en", "By Jane Doe, LAGOS--", ["Jane Doe"]),
    ("en", "By Jane Doe, WASHINGTON, D.C. —", ["Jane Doe"]),
    ("en", "By Jane Doe, U.S. —", ["Jane Doe"]),
    ("ru", "Иван Петров, МОСКВА ―", ["Иван Петров"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), DATELINE_DASHES)
def test_every_dash_closes_a_dateline(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# Writers' job in the plural after their names, in small letters or capitals: their job, no
# third writer (each kept "Staff Writers" as a writer before the fix)
PLURAL_JOBS = [
    ("en", "By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ("en", "BY JANE DOE AND JOHN ROE, STAFF WRITERS", ["JANE DOE", "JOHN ROE"]),
    ("en", "By Jane Doe and John Roe, Staff Reporters", ["Jane Doe", "John Roe"]),
    ("en", "By Jane Doe and John Roe, Contributing Writers", ["Jane Doe", "John Roe"]),
    ("en", "By Jane Doe, Staff Writers", ["Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), PLURAL_JOBS)
def test_a_job_in_the_plural_is_no_writer(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# A place in capitals after the writer, the date right after it with no comma or dash: the
# dateline's place too (each kept the place as a second writer before the fix)
CAPITAL_PLACE_THEN_DATE = [
    ("de", "Von Anna Muster, BERLIN 3. März 2026", ["Anna Muster"]),
    ("en", "By Jane Doe, LAGOS 3 March 2026", ["Jane Doe"]),
    ("ru", "Иван Петров, МОСКВА 2 декабря 2026", ["Иван Петров"]),
    ("en", "By Jane Doe, AFP 3 March 2026", ["Jane Doe", "AFP"]),  # an agency stays
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CAPITAL_PLACE_THEN_DATE)
def test_a_place_in_capitals_before_the_date_is_where_she_filed_from(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected
