"""Dates after the session-26 review (issue 10): a day without a year read month first where
the language writes the year first (Korean "12. 3. 14:25", Hungarian "12. 03. 14:25"); a
meta's, JSON-LD's or <time>'s date in Devanagari read in the page's language (no Bikram
Sambat day on a Hindi page); Nepal's numeric days in Devanagari digits ("२०८३/०८/१७").

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dateparse import parse_date

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "The council approves the new harbour bridge after a long night"
_TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)


def _page(lang: str, line: str, head: str = "") -> str:
    """A story whose only visible date is `line`, just under its headline."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}"
        f"</head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1><p class='meta'>{line}</p>{_TEXT}</article></main>"
        f"<footer>Contact</footer></body></html>"
    )


def _u(domain: str) -> str:
    return f"https://www.news.example.{domain}/a/4711-bridge"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # Korean: month. day. time, the year the fetch's (a listing's and byline's short form)
        ("ko", "co.kr", "12. 3. 14:25", "2026-12-03T14:25:00+09:00"),
        ("ko", "co.kr", "12. 3. 오후 2:25", "2026-12-03T14:25:00+09:00"),
        ("ko", "co.kr", "입력 11. 28. 09:05", "2026-11-28T09:05:00+09:00"),
        ("en", "co.kr", "12. 3. 오후 2:25", "2026-12-03T14:25:00+09:00"),  # Hangul says Korean
        # Hungarian: year. month. day., without the year month. day.
        ("hu", "hu", "12. 03. 14:25", "2026-12-03T14:25:00+01:00"),
        ("hu", "hu", "11. 28. 09:05", "2026-11-28T09:05:00+01:00"),
        # Japanese and Chinese: the month's and day's marks say which is which
        ("ja", "co.jp", "12月3日 14:25", "2026-12-03T14:25:00+09:00"),
        ("zh", "cn", "12月3日 14:25", "2026-12-03T14:25:00+08:00"),
        # German (and every day-first language) stays day. month.
        ("de", "de", "3.12. 14:25", "2026-12-03T14:25:00+01:00"),
        ("de", "de", "12.3. 14:25", "2026-03-12T14:25:00+01:00"),
    ],
)
def test_a_day_without_a_year_in_the_languages_order(
    lang: str, domain: str, line: str, expected: str
) -> None:
    assert extract_article(_page(lang, line), _u(domain), fetched=_FETCHED).published == expected


def _meta(value: str) -> str:
    return f"<meta property='article:published_time' content='{value}'>"


def _jsonld(value: str) -> str:
    block = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE,
         "datePublished": value}, ensure_ascii=False
    )  # fmt: skip
    return f"<script type='application/ld+json'>{block}</script>"


@pytest.mark.parametrize("where", ["meta", "jsonld", "parsely", "time"])
@pytest.mark.parametrize(
    ("lang", "domain", "value", "expected"),
    [
        # India's Vikram Samvat on a Hindi or Marathi page: lunisolar, no Nepali day
        ("hi", "in", "कार्तिक 12, 2083", None),
        ("mr", "in", "कार्तिक 12, 2083", None),
        # Nepal's Bikram Sambat on a Nepali page
        ("ne", "com.np", "मंसिर १७, २०८३", "2026-12-03"),
    ],
)
def test_a_machine_date_in_devanagari_read_in_the_pages_language(
    where: str, lang: str, domain: str, value: str, expected: str | None
) -> None:
    if where == "time":
        html = _page(lang, f"<time>{value}</time>")
    elif where == "parsely":
        parsely = json.dumps({"pub_date": value}, ensure_ascii=False)
        html = _page(lang, "", f"<meta name='parsely-page' content='{parsely}'>")
    else:
        html = _page(lang, "", _meta(value) if where == "meta" else _jsonld(value))
    assert extract_article(html, _u(domain), fetched=_FETCHED).published == expected


@pytest.mark.parametrize(
    ("lang", "domain", "value", "expected"),
    [
        ("hi", "in", "कार्तिक 12, 2083", None),
        ("ne", "com.np", "मंसिर १७, २०८३", "2026-12-03"),
    ],
)
def test_a_json_ld_update_in_devanagari_read_in_the_pages_language(
    lang: str, domain: str, value: str, expected: str | None
) -> None:
    block = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE,
         "datePublished": "2026-10-01T10:00:00+05:30", "dateModified": value},
        ensure_ascii=False,
    )  # fmt: skip
    html = _page(lang, "", f"<script type='application/ld+json'>{block}</script>")
    assert extract_article(html, _u(domain), fetched=_FETCHED).modified == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("ne", "२०८३/०८/१७", "2026-12-03"),
        ("ne", "२०८३-०८-१७ १४:२५", "2026-12-03T14:25:00+05:45"),
        ("ne", "२०८३.०८.१७", "2026-12-03"),
        ("ne", "प्रकाशित: २०८३/०८/१७ १४:२५", "2026-12-03T14:25:00+05:45"),
        ("ne", "२०८३-०८-३०", None),  # Mangsir 2083 has 29 days
        # Latin digits: not read as Nepal's calendar (a 2083 there is a typo or a code)
        ("ne", "2083-08-17 14:25", None),
        # a Gregorian day in Devanagari digits stays one
        ("ne", "२०२६-१२-०३ १४:२५", "2026-12-03T14:25:00+05:45"),
    ],
)
def test_a_numeric_bikram_sambat_day_in_devanagari_digits(
    lang: str, line: str, expected: str | None
) -> None:
    published = extract_article(_page(lang, line), _u("com.np"), fetched=_FETCHED).published
    assert published == expected


@pytest.mark.parametrize(
    ("value", "lang", "bikram_sambat"),
    [
        ("२०८३/०८/१७", "ne", True),
        ("२०८३/०८/१७", None, True),
        ("२०८३/०८/१७", "hi", False),  # India: Vikram Samvat's 2083 is no Nepali day
        ("2083/08/17", "ne", False),
    ],
)
def test_numeric_bikram_sambat_only_where_nepal_s_calendar_may_be_meant(
    value: str, lang: str | None, bikram_sambat: bool
) -> None:
    found = parse_date(value, lang=lang)
    assert (found == datetime(2026, 12, 3)) is bikram_sambat


# --- review of the above (rev-dates2-26) ---


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Hungarian writes a day without its year month first, the month's name shortened
        # with a dot and the day closed by one ("dec. 3."): as "2026. dec. 3. 14:25" reads
        ("dec. 3. 14:25", "2026-12-03T14:25:00+01:00"),
        ("december 3., 14:25", "2026-12-03T14:25:00+01:00"),
        ("márc. 3. 09:05", "2026-03-03T09:05:00+01:00"),
    ],
)
def test_a_hungarian_named_month_day_closed_by_a_dot(line: str, expected: str) -> None:
    assert extract_article(_page("hu", line), _u("hu"), fetched=_FETCHED).published == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # a first number past 12 is no month: the day comes first whatever the language
        ("ko", "co.kr", "24.11. 14:25", "2026-11-24T14:25:00+09:00"),
        ("hu", "hu", "28. 11. 09:05", "2026-11-28T09:05:00+01:00"),
    ],
)
def test_a_dotted_day_that_can_only_be_day_first_on_a_month_first_page(
    lang: str, domain: str, line: str, expected: str
) -> None:
    assert extract_article(_page(lang, line), _u(domain), fetched=_FETCHED).published == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "fetched", "expected"),
    [
        # read on 2 January: the last day of December is the year before
        ("ko", "co.kr", "12. 31. 14:25", datetime(2027, 1, 2, 3, tzinfo=UTC),
         "2026-12-31T14:25:00+09:00"),
        ("hu", "hu", "12. 31. 23:50", datetime(2027, 1, 1, 9, tzinfo=UTC),
         "2026-12-31T23:50:00+01:00"),
        # a Gregorian day in Devanagari digits on a Hindi or Marathi page stays Gregorian
        ("hi", "in", "२०२६/१२/०३ १४:२५", _FETCHED, "2026-12-03T14:25:00+05:30"),
        ("mr", "in", "०३/१२/२०२६", _FETCHED, "2026-12-03"),
    ],
)  # fmt: skip
def test_month_first_across_new_year_and_gregorian_devanagari_digits(
    lang: str, domain: str, line: str, fetched: datetime, expected: str
) -> None:
    assert extract_article(_page(lang, line), _u(domain), fetched=fetched).published == expected
