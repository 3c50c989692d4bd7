"""Review of session 24's date rules (embargo labels, the `<address>` zone, two-digit years
first on Chinese pages): pages where a rule fired though its sign was another thing's (a
headline ending in "Embargo", a topic named so, "New South Wales", a Hong Kong day first).

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from tests.test_extract_dates_unseen24 import _COM, _DE, _FETCHED, _p, _page

_BODY = (
    "<p>Die Regierung hat am Donnerstag beschlossen, die Sanktionen um ein weiteres Jahr zu "
    "verlängern, teilte ein Sprecher in der Hauptstadt mit.</p>"
)


def _headed(headline: str, meta: str) -> str:
    return (
        f"<html lang='de'><head><title>{headline}</title></head><body><main><article>"
        f"<h1>{headline}</h1>{meta}{_BODY}</article></main></body></html>"
    )


HEADED = [
    # the word "Embargo" ending a headline, a kicker or a topic's link is no embargo's label
    ("headline-ends-embargo", "USA verlängern das Kuba-Embargo", "<p class='meta'>04.12.2026, 14:05 Uhr</p>", "2026-12-04T14:05:00+01:00"),
    ("kicker-embargo-time", "Neue Sanktionen beschlossen", "<div class='meta'><a href='/thema/embargo'>Kuba-Embargo</a> <time datetime='2026-12-04T14:05:00+01:00'>04.12.2026, 14:05 Uhr</time></div>", "2026-12-04T14:05:00+01:00"),
    ("topic-embargo-span", "Neue Sanktionen beschlossen", "<div class='meta'><span>Thema: Embargo</span> <span>04.12.2026, 14:05 Uhr</span></div>", "2026-12-04T14:05:00+01:00"),
    ("topic-link-embargo-time", "Neue Sanktionen beschlossen", "<div class='meta'><a href='/thema/embargo'>Embargo</a> <time datetime='2026-12-04T14:05:00+01:00'>04.12.2026, 14:05 Uhr</time></div>", "2026-12-04T14:05:00+01:00"),
    ("headline-ends-sperrfrist", "Streit um die Sperrfrist", "<p class='meta'>04.12.2026, 14:05 Uhr</p>", "2026-12-04T14:05:00+01:00"),
    # ... while a label does say so
    ("label-embargo-colon", "Neue Sanktionen beschlossen", "<div class='meta'><span>Embargo:</span> <time datetime='2026-12-05T00:01:00+01:00'>05.12.2026</time></div><p class='meta'>Veröffentlicht am 04.12.2026, 14:05 Uhr</p>", "2026-12-04T14:05:00+01:00"),
    ("label-embargo-dt", "Neue Sanktionen beschlossen", "<dl><dt>Embargo</dt><dd>05.12.2026, 00:01 Uhr</dd></dl><p class='meta'>Veröffentlicht am 04.12.2026, 14:05 Uhr</p>", "2026-12-04T14:05:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("headline", "meta", "expected"), [pytest.param(*c[1:], id=c[0]) for c in HEADED]
)
def test_an_embargo_is_labelled_so(headline: str, meta: str, expected: str) -> None:
    article = extract_article(_headed(headline, meta), _DE, fetched=_FETCHED)
    assert article.published == expected


_HK = "https://www.news.example.com.hk/a/1"
_UK = "https://www.news.example.co.uk/a/1"
CASES = [
    # a line opening with a topic "Embargo" and the date: the article's
    ("de-topic-embargo-line", _DE, "de", "<div class='meta'><a href='/thema/embargo'>Embargo</a> 04.12.2026, 14:05 Uhr</div>", "2026-12-04T14:05:00+01:00"),
    ("de-embargo-words-line", _DE, "de", _p("Embargo gegen Russland verlängert – 04.12.2026, 14:05 Uhr"), "2026-12-04T14:05:00+01:00"),
    ("en-embargo-colon-line", "https://www.news.example.co.uk/a/1", "en-GB", _p("EMBARGO: 00:01 GMT 5 December 2026") + _p("Published 4 December 2026, 15:05"), "2026-12-04T15:05:00+00:00"),
    # an Australian state's "Wales", a US region's "England" are no British address
    ("en-address-new-south-wales", _COM, "en", _p("4 July 2026, 15:05") + "<address>1 George St, Sydney, New South Wales, Australia</address>", "2026-07-04T15:05:00"),
    ("en-address-new-england", _COM, "en", _p("4 July 2026, 15:05") + "<address>1 Main St, Boston, New England</address>", "2026-07-04T15:05:00"),
    ("en-address-wales", _COM, "en", _p("4 July 2026, 15:05") + "<address>1 High St, Cardiff, Wales</address>", "2026-07-04T15:05:00+01:00"),
    # an advertiser's address in an aside is not the publisher's
    ("en-address-in-aside", _COM, "en", _p("4 July 2026, 15:05") + "<aside class='ad'><address>Hotel Alpina, 6020 Innsbruck, Austria</address></aside>", "2026-07-04T15:05:00"),
    # Hong Kong, Macau, Singapore print the day first: "04/12/26" is not 26 December 2004
    ("zh-hk-short-day-first", _HK, "zh-HK", _p("04/12/26 15:05"), "2026-12-04T15:05:00+08:00"),
    ("zh-sg-short-day-first", "https://www.news.example.com.sg/a/1", "zh-SG", _p("04/12/26 15:05"), "2026-12-04T15:05:00+08:00"),
    ("zh-tw-short-year-first", "https://www.news.example.com.tw/a/1", "zh-TW", _p("26/12/04 15:05"), "2026-12-04T15:05:00+08:00"),
    # a first paragraph's sentence with a weekday in parentheses is no agency's dateline
    ("en-sentence-weekday-parenthesis", _COM, "en", "<p>However, on May 13, 2026 (Wednesday) - the council met again to vote.</p>", None),
    ("de-sentence-weekday-parenthesis", _DE, "de", "<p>Damals, am 13. Mai 2026 (Mittwoch) - so der Rat - fiel die Entscheidung.</p>", None),
    ("en-wire-dateline", _COM, "en", "<p>LONDON, May 13, 2026 (Reuters) - The council met again to vote.</p>", "2026-05-13"),
    # "corresponds to" after the common era's day: a holiday it falls on, the day stays
    ("th-date-then-holiday", "https://www.news.example.co.th/a/1", "th", _p("14 พฤษภาคม 2569 10:30 น. ตรงกับวันวิสาขบูชา"), "2026-05-14T10:30:00+07:00"),
    ("km-date-then-holiday", "https://www.news.example.com.kh/a/1", "km", _p("ថ្ងៃទី១៤ ខែឧសភា ឆ្នាំ២០២៦ ម៉ោង ១០:៣០ ត្រូវនឹងពិធីបុណ្យវិសាខបូជា"), "2026-05-14T10:30:00+07:00"),
    # a relative byline is not spelt out by a teaser's time below it (a line beside a link to another piece)
    ("de-relative-then-teaser-time", _DE, "de", _p("vor 3 Stunden") + "<p class='meta'><a href='/politik/wahl-ergebnis-2026-100.html'>Wahl</a> 05.12.2026, 13:30 Uhr</p>", "2026-12-05T14:00:00+01:00"),
    ("ja-short-year-first-early", "https://www.news.example.jp/a/1", "ja", _p("04/12/26 15:05"), "2004-12-26T15:05:00+09:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "body", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_the_rule_fires_only_on_its_sign(
    url: str, lang: str, body: str, expected: str | None
) -> None:
    article = extract_article(_page(lang, "", body, None), url, fetched=_FETCHED)
    assert article.published == expected


def test_an_update_above_first_published_is_later_by_the_instant() -> None:
    """ "09:00 EST" (14:00 UTC) above "First published: ... 12:05 GMT" is the update, though
    its clock reads earlier."""
    body = _p("5 December 2026, 09:00 EST") + _p("First published: 5 December 2026, 12:05 GMT")
    article = extract_article(_page("en-GB", "", body, None), _UK, fetched=_FETCHED)
    assert article.published is not None
    assert datetime.fromisoformat(article.published) == datetime(2026, 12, 5, 12, 5, tzinfo=UTC)
