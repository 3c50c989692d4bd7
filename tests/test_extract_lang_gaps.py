"""Gaps the unseen-language tables left: Thai two-digit years in date lines, places after a
byline's name, Islamic (Hijri) dates.

Every name, place and date here is made up for the test; the formats are the ones news sites
in that language print. Each table names its language per row.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.datehijri import to_gregorian

PARA = (
    "<p>"
    + "A made-up paragraph about the city's budget and its fire brigade in winter. " * 4
    + "</p>"
)
URL = "https://www.example.news/story-1"


def _page(meta: str, lang: str, cls: str = "meta") -> str:
    return (
        f"<html lang='{lang}'><head></head><body><article><h1>A made-up headline</h1>"
        f"<div class='{cls}'>{meta}</div>{PARA}</article></body></html>"
    )


# A Thai date line whose Buddhist-era year is written with its last two digits (2569 -> 69).
THAI_SHORT_YEARS = [
    ("3 มี.ค. 69 14:05 น.", "2026-03-03T14:05:00+07:00"),
    ("เผยแพร่ 3 มี.ค. 69 14:05 น.", "2026-03-03T14:05:00+07:00"),
    ("15 ธ.ค. 68 09:30 น.", "2025-12-15T09:30:00+07:00"),
    ("๓ มี.ค. ๖๙", "2026-03-03"),
]


@pytest.mark.parametrize(("line", "published"), THAI_SHORT_YEARS)
def test_a_thai_date_line_with_a_two_digit_year(line: str, published: str) -> None:
    art = extract_article(_page(line, "th"), "https://www.example.co.th/news/1")
    assert art.published == published


def test_a_thai_abbreviation_before_other_numbers_is_no_date_line() -> None:
    art = extract_article(_page("ผู้ชม 3 ก.พ. 1,234 ครั้ง", "th"), "https://www.example.co.th/news/1")
    assert art.published is None


# Islamic (lunar) Hijri dates, converted by the tabular calendar where the page gives nothing else.
HIJRI = [
    ("ar", "١٤ رمضان ١٤٤٧ هـ", "2026-03-03"),
    ("ar", "الثلاثاء 14 رمضان 1447 هـ الساعة 14:05", "2026-03-03T14:05:00"),
    ("ar", "1 شوال 1445 هـ", "2024-04-10"),
    ("ar", "٢٩ ذو الحجة ١٤٤٦ هـ", "2025-06-26"),  # Umm al-Qura: the 25th (the ±1 day limit)
    ("ar", "١٠ ربيع الأول ١٤٤٧ هـ", "2025-09-03"),  # Umm al-Qura: the 2nd
    ("id", "14 Ramadhan 1447 H", "2026-03-03"),
    ("tr", "14 Ramazan 1447", "2026-03-03"),
]


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1, 1, 1), "0622-07-19"),  # the civil epoch: 16 July 622 Julian
        ((1400, 1, 1), "1979-11-21"),
        ((1444, 9, 1), "2023-03-23"),
        ((1445, 9, 1), "2024-03-11"),
        ((1446, 12, 30), "2025-06-27"),  # 1446 is a common year: no 30 Dhu al-Hijjah ...
        ((1447, 1, 1), "2025-06-27"),  # ... so its 30th is the next year's first (not refused)
    ],
)
def test_the_tabular_islamic_calendar(hijri: tuple[int, int, int], gregorian: str) -> None:
    found = to_gregorian(*hijri)
    assert found is not None and found.isoformat() == gregorian


@pytest.mark.parametrize(("lang", "line", "published"), HIJRI, ids=[c[0] for c in HIJRI])
def test_a_page_dated_only_in_the_hijri_calendar(lang: str, line: str, published: str) -> None:
    art = extract_article(_page(line, lang), URL)
    assert art.published == published


@pytest.mark.parametrize(
    "meta",
    [
        "١٤ رمضان ١٤٤٧ هـ - ٤ مارس ٢٠٢٦",  # both in one line: the Gregorian one
        "<span>١٤ رمضان ١٤٤٧ هـ</span> <span class='date'>4 مارس 2026</span>",  # a later line
        "<span>14 رمضان 1447 هـ</span><time datetime='2026-03-04'>الأربعاء</time>",
    ],
)
def test_a_gregorian_date_on_the_page_wins_over_a_hijri_one(meta: str) -> None:
    # 14 Ramadan 1447 is 3 March by the tabular calendar; the page's 4 March is its own word
    assert extract_article(_page(meta, "ar"), URL).published == "2026-03-04"


@pytest.mark.parametrize(
    "line",
    ["رجب علي", "صفر 1447 نقطة", "١٤ رمضان", "31 رمضان 1447"],  # a name, "zero", no year, no day 31
)
def test_no_hijri_date(line: str) -> None:
    assert extract_article(_page(line, "ar"), URL).published is None


# Where the writer filed from, written like a name after the byline: no second author.
DASHED_PLACES = [
    ("pt", "Ana Souza — Rio de Janeiro", ["Ana Souza"]),
    ("pt", "Por Ana Souza – São Paulo", ["Ana Souza"]),
    ("cs", "Jan Novák, Praha", ["Jan Novák"]),
    ("cs", "Jan Novák - Nové Město na Moravě", ["Jan Novák"]),
    ("ar", "Ahmed Ali - القاهرة", ["Ahmed Ali"]),
    ("ar", "أحمد علي - القاهرة", ["أحمد علي"]),
    ("en", "By Jane Doe - New York", ["Jane Doe"]),
    ("pl", "Anna Nowak — Zielona Góra", ["Anna Nowak"]),
    # real second authors and agencies stay
    ("pt", "Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
    ("pt", "Ana Souza, João Lima", ["Ana Souza", "João Lima"]),
    ("en", "Jane Doe - AFP", ["Jane Doe", "AFP"]),
    ("cs", "Jan Novák - ČTK", ["Jan Novák", "ČTK"]),
    ("de", "Von Anna Muster - von Max Beispiel", ["Anna Muster", "Max Beispiel"]),  # a second "by"
]


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    DASHED_PLACES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(DASHED_PLACES)],
)
def test_a_place_after_the_byline_is_no_author(lang: str, line: str, expected: list[str]) -> None:
    assert extract_article(_page(line, lang, cls="byline"), URL).authors == expected


def _story(byline: str, opening: str) -> str:
    body = (
        opening
        + " Um parágrafo inventado sobre o orçamento da cidade e os bombeiros no inverno." * 3
    )
    return (
        "<html lang='pt'><body><article><h1>Um título inventado</h1>"
        f"<div class='byline'>{byline}</div><p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "opening", "expected"),
    [
        ("Ana Souza, São Paulo", "SÃO PAULO —", ["Ana Souza"]),  # the story's dateline names it
        ("Jan Novák, Nové Město", "Nové Město (ČTK) -", ["Jan Novák"]),
        # no dateline, but "São" opens place names, no one's name (byline.is_place_name)
        ("Ana Souza, São Paulo", "Na segunda-feira,", ["Ana Souza"]),
        (
            "Ana Souza, Marta Dias",
            "Na segunda-feira,",
            ["Ana Souza", "Marta Dias"],
        ),  # nothing says so
        ("Ana Souza, João Lima", "SÃO PAULO —", ["Ana Souza", "João Lima"]),
        ("Ana Souza, João Lima", "João Lima, ministro, disse que", ["Ana Souza", "João Lima"]),
    ],
)
def test_the_storys_dateline_names_the_place(
    byline: str, opening: str, expected: list[str]
) -> None:
    assert extract_article(_story(byline, opening), URL).authors == expected
