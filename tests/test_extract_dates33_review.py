"""Review of session 33's datelines (issue 10): a title-case place that is a town stays a
dateline. A small town called like a common word ("Street", "Wells", "Buchen") is a place
however often the page writes that word in lower case; a connective of the page's language
that a town where that language is spoken is called ("Ora" in South Tyrol on an Italian
page) is the town; a place of several words a table knows ("Prima Porta", "Além Paraíba")
is no sentence's phrase. A
connective that names only a far town ("Auch" in France on a German page) stays a sentence's.

Every page and line here is made up for the test.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, HEADLINE, story_page


def _published(lang: str, opening: str, domain: str) -> str | None:
    html = story_page(lang, opening=opening)
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    return extract_article(html, url, fetched=FETCHED).published


@pytest.mark.parametrize(
    ("lang", "domain", "opening"),
    [
        # small towns called like a common word the page also writes in lower case
        ("en", "co.uk", "Street, 5 December 2026 – The council met on the high street. "),
        ("en", "co.uk", "Wells, 5 December 2026 – The council checked the old wells. "),
        ("en", "ca", "Hope, 5 December 2026 – The council said there was hope. "),
        ("en", "com", "Commerce, 5 December 2026 – The council spoke on commerce. "),
        ("de", "de", "Buchen, 5. Dezember 2026 – Wer Reisen buchen will, wartet. "),
        ("de", "de", "Laufen, 5. Dezember 2026 – Wer laufen will, wartet. "),
        ("de", "de", "Wenden, 5. Dezember 2026 – Wer wenden will, wartet. "),
        # a connective of the page's language that is a town where it is spoken
        ("it", "it", "Ora, 5 dicembre 2026 – Il consiglio si è riunito. Ora si vota. "),
        # places of more than one word opening with a connective's spelling
        ("it", "it", "Prima Porta, 5 dicembre 2026 – Il consiglio si è riunito. "),
        ("pt", "com.br", "Além Paraíba, 5 de dezembro de 2026 – O conselho reuniu-se. "),
    ],
)
def test_a_town_called_like_a_word_stays_a_dateline(lang: str, domain: str, opening: str) -> None:
    assert _published(lang, opening, domain) == "2026-12-05"


@pytest.mark.parametrize(
    ("lang", "domain", "opening"),
    [
        # a connective naming only a town far from the page's language: the connective
        ("de", "de", "Auch, 5. Dezember 2026 – Der Rat tagte am Abend. "),
        ("sv", "se", "Sedan, 5 december 2026 – Rådet möttes på kvällen. "),
        ("hu", "hu", "Most, 2026. december 5. – A tanács este ülésezett. "),
        # "però" is no town ("Pero" near Milan is spelled without the accent)
        ("it", "it", "Però, 5 dicembre 2026 – Il consiglio si è riunito. "),
        ("it", "it", "Ora a Roma, 5 dicembre 2026 – Il consiglio si è riunito. "),
        ("en", "com", "Regardless, 5 December 2026 – The council met. "),
    ],
)
def test_a_connective_naming_a_far_town_stays_a_sentence(
    lang: str, domain: str, opening: str
) -> None:
    assert _published(lang, opening, domain) is None


_NEW_YEAR = datetime(2027, 1, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # days without their year around New Year: the publication in the old year, the
        # update in the new, whichever label comes first
        (
            "de",
            "de",
            "Veröffentlicht 30.12. 10:15 Uhr, aktualisiert 1.1. 09:00 Uhr",
            ("2026-12-30T10:15:00+01:00", "2027-01-01T09:00:00+01:00"),
        ),
        (
            "de",
            "de",
            "Aktualisiert 1.1. 09:00 Uhr | Veröffentlicht 30.12. 10:15 Uhr",
            ("2026-12-30T10:15:00+01:00", "2027-01-01T09:00:00+01:00"),
        ),
        ("en", "com", "Published Dec 30 · Updated Jan 1", ("2026-12-30", "2027-01-01")),
        (
            "fi",
            "fi",
            "Julkaistu 30.12. 10.15 Päivitetty 1.1. 9.30",
            ("2026-12-30T10:15:00+02:00", "2027-01-01T09:30:00+02:00"),
        ),
    ],
)
def test_a_byline_without_years_around_new_year(
    lang: str, domain: str, line: str, expected: tuple[str, str]
) -> None:
    html = story_page(lang, line=f"<p class='byline'>{line}</p>")
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    found = extract_article(html, url, fetched=_NEW_YEAR)
    assert (found.published, found.modified) == expected


def _jsonld(published: str) -> str:
    article = {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": published}
    return f"<script type='application/ld+json'>{json.dumps(article)}</script>"


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # the publisher's Gregorian JSON-LD stands beside a printed Ethiopian day
        (_jsonld("2026-12-03T10:00:00+03:00"), "25/03/2019 ዓ.ም", "2026-12-03T10:00:00+03:00"),
        # both calendars printed: one day
        ("", "04/12/2026 | 25/03/2019 ዓ.ም", "2026-12-04"),
        ("", "25/03/2019 ዓ.ም (04/12/2026)", "2026-12-04"),
    ],
)
def test_an_ethiopian_day_beside_a_gregorian_one(head: str, line: str, expected: str) -> None:
    html = story_page("am", head=head, line=f"<p class='date'>{line}</p>")
    url = "https://www.news.example.et/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == expected
