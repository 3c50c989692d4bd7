"""Gaps the unseen-language tables left: Thai two-digit years in date lines, places after a
byline's name, Islamic (Hijri) dates.

Every name, place and date here is made up for the test; the formats are the ones news sites
in that language print. Each table names its language per row.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

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
