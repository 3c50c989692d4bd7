"""The published instant on pages of unseen publishers (issue 10, session 23): a publisher's
address before its language's zone, codes spelt as days, names with a number, a republish's
clock slips, and the calendars of Ethiopia, Afghanistan, Kurdistan, Kazakhstan, Somalia,
Cambodia and Myanmar.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "Council votes on the new harbour bridge after a long night"


def _page(lang: str, head: str, body: str, ld: dict[str, object] | None) -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{script}{head}</head>"
        f"<body><header><nav><a href='/'>Home</a></nav></header><main><article><h1>{_HEADLINE}</h1>{body}"
        "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
        "the old bridge and build a new one by the summer, the council said.</p>"
        "<p>The cost is spread over three years.</p></article></main><footer>Contact</footer></body></html>"
    )


def _ld(**fields: object) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _HEADLINE,
        **fields,
    }


def _org(country: str) -> dict[str, object]:
    return {
        "@type": "NewsMediaOrganization",
        "name": "Daily",
        "address": {"@type": "PostalAddress", "addressCountry": country},
    }


def _p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def _meta(value: str, prop: str = "article:published_time") -> str:
    return f"<meta property='{prop}' content='{value}'>"


_DE = "https://www.zeitung.example.de/stadt/bruecke-100.html"
_IR = "https://www.khabar.example.ir/news/4711"
_AF = "https://www.khabar.example.af/news/4711"
_ET = "https://www.zena.example.et/news/4711"
_MM = "https://www.news.example.com.mm/news/4711"
_KH = "https://www.news.example.com.kh/news/4711"
_BUMPED = "2026-12-04T15:05:00+01:00"

CASES = [
    # the publisher's address before the language's one country: a Tamil page from Singapore
    ("ta-publisher-sg", "https://www.tamil.example.com/a/1", "ta", "", _p("டிசம்பர் 4, 2026 15:05"), _ld(publisher=_org("SG")), "2026-12-04T15:05:00+08:00"),
    ("ta-publisher-sg-naive-ld", "https://www.tamil.example.com/a/1", "ta", "", "", _ld(publisher=_org("SG"), datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+08:00"),
    ("ta-no-publisher", "https://www.tamil.example.com/a/1", "ta", "", _p("டிசம்பர் 4, 2026 15:05"), None, "2026-12-04T15:05:00+05:30"),
    ("ta-publisher-in", "https://www.tamil.example.com/a/1", "ta", "", _p("டிசம்பர் 4, 2026 15:05"), _ld(publisher=_org("IN")), "2026-12-04T15:05:00+05:30"),
    # English-language papers in Luxembourg, the Netherlands, Germany on a .com
    ("en-publisher-lu", "https://www.times.example.com/a/1", "en", "", _p("4 December 2026, 15:05"), _ld(publisher=_org("LU")), "2026-12-04T15:05:00+01:00"),
    ("en-publisher-nl", "https://www.dutch.example.com/a/1", "en", "", _p("4 December 2026, 15:05"), _ld(publisher=_org("NL")), "2026-12-04T15:05:00+01:00"),
    ("en-publisher-de-naive-ld", "https://www.local.example.com/a/1", "en", "", "", _ld(publisher=_org("DE"), datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+01:00"),
    # a Russian page of a publisher registered in the Netherlands: no zone of its address
    ("ru-publisher-nl", "https://www.gazeta.example.com/a/1", "ru", "", _p("4 декабря 2026, 15:05"), _ld(publisher=_org("NL")), "2026-12-04T15:05:00"),
    # a file number spelt as a Solar Hijri day is no date
    ("fa-file-number-then-date", _IR, "fa", "", "<div class='meta'>کد خبر: 1403/09/15</div>" + _p("تاریخ انتشار: ۱۴ آذر ۱۴۰۵ - ۱۵:۰۵"), None, "2026-12-05T15:05:00+03:30"),
    ("fa-file-number-only", _IR, "fa", "", "<div class='meta'>کد خبر: 1403/09/15</div>", None, None),
    ("fa-numbered-label", _IR, "fa", "", "<div class='meta'>شماره: 1403/09/15</div>" + _p("۱۴ آذر ۱۴۰۵"), None, "2026-12-05"),
    ("fa-latin-numeric-date", _IR, "fa", "", _p("تاریخ: 1405/09/14 15:05"), None, "2026-12-05T15:05:00+03:30"),
    # a name and a number after it, the name another language's month: no day
    ("zulu-month-in-a-name", "https://www.news.example.com/a/1", "en", "", "<div class='meta'>By Team Mashi 3 2026</div>", None, None),
    ("zulu-month-in-a-name-then-date", "https://www.news.example.com/a/1", "en", "", "<div class='meta'>By Team Mashi 3 2026</div>" + _p("Updated Dec. 4 2026"), None, "2026-12-04"),
    ("own-month-after-a-word", "https://www.news.example.com/a/1", "en", "", _p("Published Sept 3 2026"), None, "2026-09-03"),
    # ... but a comma or "de" before the year is a date's, on a page tagged English by mistake
    ("es-page-tagged-en-comma", "https://www.diario.example.com/a/1", "en", "", _p("Publicado Viernes Diciembre 4, 2026"), None, "2026-12-04"),
    ("es-page-tagged-en-de", "https://www.diario.example.com/a/1", "en", "", _p("Publicado Diciembre 4 de 2026"), None, "2026-12-04"),
    ("zulu-page-own-month", "https://www.izindaba.example.co.za/a/1", "zu", "", _p("Ngolwesine Mashi 3 2026"), None, "2026-03-03"),
    # the republish rule: a meta exactly an hour before on the JSON-LD's offset is a clock slip
    ("republish-hour-slip", _DE, "de", _meta("2026-12-04T14:05:00+01:00"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), _BUMPED),
    ("republish-hour-slip-signed", _DE, "de", _meta("2026-12-04T14:05:00+01:00"), _p("Von Anna Berg"), _ld(datePublished=_BUMPED, dateModified=_BUMPED, author={"@type": "Person", "name": "Anna Berg"}), _BUMPED),
    ("republish-hours-before", _DE, "de", _meta("2026-12-04T09:12:00+01:00"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), "2026-12-04T09:12:00+01:00"),
    # ... and one days before on an unsigned page is a template's or recycled page's stamp
    ("republish-days-unsigned", _DE, "de", _meta("2026-11-28T09:12:00+01:00"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), _BUMPED),
    ("republish-days-signed", _DE, "de", _meta("2026-11-28T09:12:00+01:00"), _p("Von Anna Berg"), _ld(datePublished=_BUMPED, dateModified=_BUMPED, author={"@type": "Person", "name": "Anna Berg"}), "2026-11-28T09:12:00+01:00"),
    ("republish-days-printed", _DE, "de", _meta("2026-11-28T09:12:00+01:00"), _p("Veröffentlicht am 28.11.2026, 09:12 Uhr"), _ld(datePublished=_BUMPED, dateModified=_BUMPED), "2026-11-28T09:12:00+01:00"),
    # Ethiopia's calendar on Amharic pages, and the Gregorian months they also print
    ("am-ethiopian-mdy", _ET, "am", "", _p("ኅዳር 25, 2019 ዓ.ም"), None, "2026-12-04"),
    ("am-ethiopian-dmy", _ET, "am", "", _p("25 ህዳር 2019 ዓ.ም"), None, "2026-12-04"),
    ("am-ethiopian-new-year", _ET, "am", "", _p("መስከረም 1, 2019"), None, "2026-09-11"),
    ("am-ethiopian-tir", _ET, "am", "", _p("ጥር 10, 2018 ዓ.ም"), None, "2026-01-18"),
    ("am-gregorian", _ET, "am", "", _p("ዲሴምበር 4, 2026"), None, "2026-12-04"),
    # Afghanistan's Solar Hijri months: Dari, Pashto
    ("prs-qaws", _AF, "fa-AF", "", _p("۱۴ قوس ۱۴۰۵"), None, "2026-12-05"),
    ("prs-qaws-time", _AF, "fa", "", _p("۱۴ قوس ۱۴۰۵ - ۱۵:۰۵"), None, "2026-12-05T15:05:00+04:30"),
    ("prs-hamal-nowruz", _AF, "fa-AF", "", _p("۱ حمل ۱۴۰۵"), None, "2026-03-21"),
    ("ps-lindai", _AF, "ps", "", _p("۱۴ لیندۍ ۱۴۰۵"), None, "2026-12-05"),
    ("asad-a-name", "https://www.news.example.com/a/1", "en", "", _p("By Ali Asad 3 2026") + _p("Dec 4, 2026"), None, "2026-12-04"),
    # Sorani Kurdish months, one word and two
    ("ckb-two-words", "https://www.news.example.krd/a/1", "ckb", "", _p("4 کانوونی یەکەم 2026"), None, "2026-12-04"),
    ("ckb-one-word", "https://www.news.example.krd/a/1", "ckb", "", _p("4 ئایار 2026"), None, "2026-05-04"),
    ("ckb-time-iraq", "https://www.news.example.krd/a/1", "ckb", "", _p("15:05 - 4 تشرینی دووەم 2026"), None, "2026-11-04T15:05:00+03:00"),
    # Kazakh in Latin letters
    ("kk-latin-2018", "https://www.news.example.kz/a/1", "kk", "", _p("4 jeltoqsan 2026, 15:05"), None, "2026-12-04T15:05:00+05:00"),
    ("kk-latin-2021", "https://www.news.example.kz/a/1", "kk", "", _p("4 qaraşa 2026"), None, "2026-11-04"),
    # Somali's numbered months
    ("so-bisha-mdy", "https://www.war.example.so/a/1", "so", "", _p("Bisha 12aad 4, 2026"), None, "2026-12-04"),
    ("so-bisha-dmy", "https://www.war.example.so/a/1", "so", "", _p("4 Bisha 12aad 2026"), None, "2026-12-04"),
    # Cambodia's Buddhist era counts one more than Thailand's from May
    ("km-be-december", _KH, "km", "", _p("ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២៥៧០"), None, "2026-12-04"),
    ("km-be-february", _KH, "km", "", _p("ថ្ងៃទី៤ ខែកុម្ភៈ ឆ្នាំ២៥៦៩"), None, "2026-02-04"),
    ("km-common-era", _KH, "km", "", _p("ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៦"), None, "2026-12-04"),
    ("th-be-december", "https://www.news.example.co.th/a/1", "th", "", _p("4 ธันวาคม 2569"), None, "2026-12-04"),
    # Burmese: the letter wa typed for zero, the Burmese comma
    ("my-digit-zero", _MM, "my", "", _p("၂၀၂၆ ဒီဇင်ဘာ ၄"), None, "2026-12-04"),
    ("my-letter-wa-year", _MM, "my", "", _p("၂ဝ၂၆ ဒီဇင်ဘာ ၄"), None, "2026-12-04"),
    ("my-letter-wa-day-comma", _MM, "my", "", _p("နိုဝင်ဘာ ၁ဝ ၊ ၂ဝ၂၆"), None, "2026-11-10"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_published_instant_on_unseen_pages(
    url: str, lang: str, head: str, body: str, ld: dict[str, object] | None, expected: str | None
) -> None:
    assert extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED).published == expected
