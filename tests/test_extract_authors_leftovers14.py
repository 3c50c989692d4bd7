"""What a printed byline sets beside the writer's name that is no second writer: Korean
"글" ("text by") before the name, a clock after it ("à 18 h 10"), a band's or channel's
name with a slash in it ("AC/DC"). Made-up names and pages; a byline only (no JSON-LD, no
author meta), so the printed line alone names the writer."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.harbour-post.example/city/harbour-grows-123.html"
STORY = (
    "<p>The harbour of the town is to grow over the next five years, the council decided on "
    "Tuesday after a long meeting with many speakers and motions from every party.</p>"
    "<p>The costs are shared by the region and the state, a part comes from a fund, the "
    "town's spokeswoman told reporters in the evening.</p>"
)


def _authors(lang: str, byline: str) -> list[str]:
    page = (
        f'<html lang="{lang}"><head><title>Harbour grows | Harbour Post</title>'
        '<meta property="og:site_name" content="Harbour Post"></head><body>'
        f'<article><h1>Harbour grows</h1><p class="byline">{byline}</p>{STORY}</article>'
        "</body></html>"
    )
    return extract_article(page, URL).authors


KOREAN_TEXT_BY = [
    ("글 김민수", ["김민수"]),
    ("글 김민수 기자", ["김민수"]),
    ("글=김민수 기자", ["김민수"]),
    ("글·사진 김민수", ["김민수"]),
    ("사진·글 이영희 기자", ["이영희"]),
]


@pytest.mark.parametrize(("byline", "want"), KOREAN_TEXT_BY)
def test_korean_text_by_before_the_name(byline: str, want: list[str]) -> None:
    """ "글" (text), alone or with "사진" (photos), before a Korean name: the name alone."""
    assert _authors("ko", byline) == want


def test_korean_text_by_in_an_unmarked_line_under_the_headline() -> None:
    """ "글 김민수" in a plain <p> under the headline, no class, no role word: the byline."""
    page = (
        '<html lang="ko"><head><title>Harbour grows</title></head><body>'
        f"<article><h1>Harbour grows</h1><p>글 김민수</p>{STORY}</article></body></html>"
    )
    assert extract_article(page, URL).authors == ["김민수"]


CLOCK_AFTER = [
    ("fr", "Par Jean Dupont à 18 h 10", ["Jean Dupont"]),
    ("fr", "Par Jean Dupont à 18h10.", ["Jean Dupont"]),
    ("fr", "Par Jean Dupont le 3 décembre à 18 h 10", ["Jean Dupont"]),
    ("fr", "Claire Martin et Jean Dupont à 9 h 05", ["Claire Martin", "Jean Dupont"]),
    ("en", "By Jane Doe at 18:10", ["Jane Doe"]),
    ("it", "di Marco Rossi alle 18:10", ["Marco Rossi"]),
    ("pt", "Por Ana Souza às 18h10", ["Ana Souza"]),
    ("nl", "Door Jan de Vries om 18.10 uur", ["Jan de Vries"]),
]


@pytest.mark.parametrize(("lang", "byline", "want"), CLOCK_AFTER)
def test_a_clock_after_the_name(lang: str, byline: str, want: list[str]) -> None:
    """The time of day printed after the last name, with no mark between: the names alone."""
    assert _authors(lang, byline) == want


ACRONYM_SLASH = [
    ("en", "By Anna Smith, AC/DC biographer", ["Anna Smith"]),
    ("en", "By Anna Smith | AC/DC tour", ["Anna Smith"]),
    ("de", "Von Anna Schmidt, AC/DC-Fan", ["Anna Schmidt"]),
    ("fr", "Par Jean Dupont, spécialiste AC/DC", ["Jean Dupont"]),
]


@pytest.mark.parametrize(("lang", "byline", "want"), ACRONYM_SLASH)
def test_a_name_in_capitals_with_a_slash_is_no_second_writer(
    lang: str, byline: str, want: list[str]
) -> None:
    """ "AC/DC" after the writer's name: one word, not a list of two credits."""
    assert _authors(lang, byline) == want


# guards: a slash between names or agencies still lists them; a label's clock is no name
GUARDS = [
    ("Jane Doe/AP", ["Jane Doe", "AP"]),
    ("AFP/AP", ["AFP", "AP"]),
    ("Anna Muster/dpa", ["Anna Muster", "dpa"]),
    ("Ana García / Luis Pérez", ["Ana García", "Luis Pérez"]),
    ("Aktuelle Zeit: 10:57", []),
    ("Anna Muster 12.03.2025, 10:15 Uhr", ["Anna Muster"]),
    ("Marco Di Stefano", ["Marco Di Stefano"]),
]


@pytest.mark.parametrize(("raw", "want"), GUARDS)
def test_what_the_new_cuts_leave_alone(raw: str, want: list[str]) -> None:
    assert clean_names([raw]) == want


# read before the new cuts, and still: a label with a colon, a clock a date's pattern cuts
HELD = [
    ("ko", "글 : 박지훈", ["박지훈"]),
    ("de", "Von Anna Muster um 18.10 Uhr", ["Anna Muster"]),
    ("nb", "Av Kari Nordmann kl. 18.10", ["Kari Nordmann"]),
]


@pytest.mark.parametrize(("lang", "byline", "want"), HELD)
def test_what_was_read_before_still_is(lang: str, byline: str, want: list[str]) -> None:
    assert _authors(lang, byline) == want
