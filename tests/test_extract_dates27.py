"""Dates after session 27 (issue 10): a short month/day with no weekday on Japanese, Korean
and Chinese pages ("12/3 14:25"); a comma after an Indic day ("3, డిసెంబర్ 2026"); Nepal's
Bikram Sambat in Latin letters ("Mangsir 17, 2083"); an update's label naming only the first
of two dates on a line ("Updated 4 Dec 2026 09:00 · 3 Dec 2026 14:25"); JSON-LD whose
property names carry schema.org's prefix.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dated_pages import FETCHED, HEADLINE, meta_line, news_url, page


def _published(lang: str, domain: str, line: str, head: str = "") -> str | None:
    """The published instant of a story whose only visible date is `line`, under its headline."""
    html = page(lang, head, meta_line(line), None)
    return extract_article(html, news_url(domain), fetched=FETCHED).published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # Japanese, Korean and Chinese write a short day month/day, whatever the separator
        ("ja", "co.jp", "12/3 14:25", "2026-12-03T14:25:00+09:00"),
        ("ja", "co.jp", "12/3 14:25配信", "2026-12-03T14:25:00+09:00"),
        ("ja", "co.jp", "11/28 9:05", "2026-11-28T09:05:00+09:00"),
        ("ko", "co.kr", "12/3 14:25", "2026-12-03T14:25:00+09:00"),
        ("ko", "co.kr", "입력 12.03 14:25", "2026-12-03T14:25:00+09:00"),
        ("ko", "co.kr", "12-03 14:25", "2026-12-03T14:25:00+09:00"),
        ("ko", "co.kr", "12/03 오후 2:25", "2026-12-03T14:25:00+09:00"),
        ("zh", "com.tw", "12/3 14:25", "2026-12-03T14:25:00+08:00"),
        # a month/day past the fetch is last year's
        ("ja", "co.jp", "12/30 9:00", "2025-12-30T09:00:00+09:00"),
        # English writes both orders: "12/3" is as likely 12 March, no day
        ("en", "com", "12/3 14:25", None),
        # French and German write a day day first only (session 34): 12 March
        ("fr", "fr", "12/3 14:25", "2026-03-12T14:25:00+01:00"),
        ("de", "de", "12/3 14:25", "2026-03-12T14:25:00+01:00"),
        # no clock time: a fraction, a score, a page count as likely as a day
        ("ja", "co.jp", "12/3", None),
    ],
)
def test_a_short_month_and_day_on_a_month_day_page(
    lang: str, domain: str, line: str, expected: str | None
) -> None:
    assert _published(lang, domain, line) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("te", "3, డిసెంబర్ 2026 14:25", "2026-12-03T14:25:00+05:30"),
        ("te", "ప్రచురించబడింది: 3, డిసెంబర్ 2026", "2026-12-03"),
        ("hi", "3, दिसंबर 2026 14:25", "2026-12-03T14:25:00+05:30"),
        ("bn", "3, ডিসেম্বর 2026 14:25", "2026-12-03T14:25:00+05:30"),
        ("te", "డిసెంబర్ 3, 2026 14:25", "2026-12-03T14:25:00+05:30"),  # month first as before
    ],
)
def test_a_comma_after_an_indic_day(lang: str, line: str, expected: str) -> None:
    assert _published(lang, "in", line) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("en", "Mangsir 17, 2083", "2026-12-03"),
        ("en", "Published: Mangsir 17, 2083 14:25", "2026-12-03T14:25:00+05:45"),
        ("ne", "17 Mangsir 2083, 14:25", "2026-12-03T14:25:00+05:45"),
        ("en", "2083 Mangshir 17", "2026-12-03"),
        ("en", "Kartik 28, 2083", "2026-11-14"),
        ("en", "Poush 3, 2083", None),  # 18 December 2026: after the fetch, no publication
    ],
)
def test_bikram_sambat_in_latin_letters(lang: str, line: str, expected: str | None) -> None:
    assert _published(lang, "com.np", line) == expected


def test_bikram_sambat_in_latin_letters_not_on_a_hindi_page() -> None:
    # Vikram Samvat shares the era and names but is lunisolar: not rewritten as Nepal's day
    assert _published("hi", "in", "Kartik 28, 2083") is None


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        ("en", "co.uk", "Updated 4 December 2026 09:00 · 3 December 2026 14:25", "2026-12-03T14:25:00+00:00"),
        ("ru", "ru", "обновлено 4 декабря 2026, 09:00 · 3 декабря 2026, 14:25", "2026-12-03T14:25:00+03:00"),
        ("de", "de", "Aktualisiert am 04.12.2026, 09:00 Uhr | 03.12.2026, 14:25 Uhr", "2026-12-03T14:25:00+01:00"),
        ("fr", "fr", "Mis à jour le 4 décembre 2026 à 09h00 - 3 décembre 2026 à 14h25", "2026-12-03T14:25:00+01:00"),
        ("es", "es", "Actualizado 04/12/2026 09:00 — 03/12/2026 14:25", "2026-12-03T14:25:00+01:00"),
        ("es", "es", "Actualizado 04/12/2026 - 09:00 — 03/12/2026 14:25", "2026-12-03T14:25:00+01:00"),
        ("ja", "co.jp", "更新 2026年12月4日 9:00 ・ 2026年12月3日 14:25", "2026-12-03T14:25:00+09:00"),
        # the update's own time after a separator, a later print edition: still one update
        ("de", "de", "Aktualisiert am 04.12.2026 - 09:00 Uhr", "2026-12-04T09:00:00+01:00"),
        ("de", "de", "Aktualisiert am 04.12.2026, 09:00 Uhr | Printausgabe 05.12.2026", "2026-12-04T09:00:00+01:00"),
    ],
)  # fmt: skip
def test_an_update_label_names_only_the_first_of_two_dates(
    lang: str, domain: str, line: str, expected: str
) -> None:
    assert _published(lang, domain, line) == expected


def _ld(obj: dict[str, object]) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.mark.parametrize(
    "block",
    [
        {"@context": {"@vocab": "http://schema.org/"}, "@type": "schema:NewsArticle",
         "schema:headline": HEADLINE, "schema:datePublished": "2026-12-03T14:25:00+01:00"},
        {"@type": "http://schema.org/NewsArticle", "http://schema.org/headline": HEADLINE,
         "http://schema.org/datePublished": "2026-12-03T14:25:00+01:00"},
    ],
    ids=["compacted-prefix", "expanded-iri"],
)  # fmt: skip
def test_json_ld_with_prefixed_property_names(block: dict[str, object]) -> None:
    assert _published("de", "de", "", _ld(block)) == "2026-12-03T14:25:00+01:00"
