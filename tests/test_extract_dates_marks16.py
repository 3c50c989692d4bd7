"""12-hour marks that are words of other languages (Swedish "em" is Portuguese "in"), read in
the page's language only, and Korean's short CLDR form "26. 2. 3. 오후 2:05".

Every string and page is made up for the test (the shapes are those babel prints for CLDR's
locales, as `benchmarks/dates_unseen_kinds.py` does).
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("3 feb. 2026 2:05 em", "sv", "2026-02-03T14:05:00", id="sv-em"),
        pytest.param("2026-02-03 2:05 em", "sv", "2026-02-03T14:05:00", id="sv-em-iso-day"),
        pytest.param("3 februari 2026 9:05 fm", "sv", "2026-02-03T09:05:00", id="sv-fm"),
        pytest.param("3 februari 2026 12:05 fm", "sv", "2026-02-03T00:05:00", id="sv-fm-midnight"),
        pytest.param("3 februari 2026 12:05 em", "sv", "2026-02-03T12:05:00", id="sv-em-noon"),
        pytest.param("3 feb. 2026 kl. 2:05 e.m.", "sv", "2026-02-03T14:05:00", id="sv-dotted"),
        pytest.param("3. februar 2026, 2:05 e.m.", "nn", "2026-02-03T14:05:00", id="nn-em"),
        pytest.param("3. februar 2026, 9:05 f.m.", "nb", "2026-02-03T09:05:00", id="nb-fm"),
        pytest.param("3. feb. 2026 kl. 2:05 e.h.", "is", "2026-02-03T14:05:00", id="is-eh"),
        pytest.param("3 февруари 2026, 2:05 попл.", "mk", "2026-02-03T14:05:00", id="mk-popl"),
        # a mark of another language: a word, not a part of the day
        pytest.param("03/02/2026 2:05 em Lisboa", "pt", "2026-02-03T02:05:00", id="pt-em-is-in"),
        pytest.param("3 feb. 2026 2:05 em", None, "2026-02-03T02:05:00", id="no-language-no-mark"),
        pytest.param("3 feb. 2026 2:05 emellertid", "sv", "2026-02-03T02:05:00", id="sv-word-starting-em"),
    ],
)  # fmt: skip
def test_a_languages_own_twelve_hour_marks(text: str, lang: str | None, expected: str) -> None:
    d = parse_date(text, lang=lang)
    assert d is not None and to_iso(d) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("26. 2. 3. 오후 2:05", "ko", "2026-02-03T14:05:00", id="ko-short-pm-before"),
        pytest.param("26. 2. 3. 2:05 오후", "ko", "2026-02-03T14:05:00", id="ko-short-pm-after"),
        pytest.param("입력 26. 2. 3. 오전 9:05", None, "2026-02-03T09:05:00", id="ko-short-hangul-no-tag"),
        pytest.param("수정 26. 11. 23. 오전 12:10", "ko", "2026-11-23T00:10:00", id="ko-short-midnight"),
        pytest.param("2026. 2. 3. 오후 2:05", "ko", "2026-02-03T14:05:00", id="ko-medium"),
    ],
)  # fmt: skip
def test_korean_short_dates(text: str, lang: str | None, expected: str) -> None:
    d = parse_date(text, lang=lang)
    assert d is not None and to_iso(d) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "26. 2. 3." outside Korean, or without its 12-hour word, is no year-first date
        pytest.param("26. 2. 3. 14:05", "de", id="de-dotted-numbers"),
        pytest.param("26. 2. 3. 오후 2:05", "de", id="de-page"),
        pytest.param("1. 2. 3. 오후 2:05", "ko", id="ko-list-numbers"),
    ],
)  # fmt: skip
def test_short_year_first_dates_elsewhere_stay_unread(text: str, lang: str) -> None:
    assert parse_date(text, lang=lang) is None


def _page(lang: str, line: str) -> str:
    return (
        f'<html lang="{lang}"><body><article><h1>An invented headline for this test</h1>'
        f'<p class="byline">{line}</p>'
        "<p>An invented paragraph about the city's budget and its fire service, long enough to read.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        pytest.param("https://www.tidning.example.se/a/1", "sv", "Publicerad 3 feb. 2026 2:05 em", "2026-02-03T14:05:00+01:00", id="sv"),
        pytest.param("https://news.example.co.kr/a/1", "ko", "입력 26. 2. 3. 오후 2:05", "2026-02-03T14:05:00+09:00", id="ko"),
        pytest.param("https://news.example.com/a/1", "ko", "수정 26. 2. 4. 오전 9:10 · 입력 26. 2. 3. 오후 2:05", "2026-02-03T14:05:00+09:00", id="ko-update-first"),
    ],
)  # fmt: skip
def test_date_lines_under_the_headline(url: str, lang: str, line: str, expected: str) -> None:
    assert extract_article(_page(lang, line), url).published == expected
