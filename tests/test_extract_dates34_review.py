"""Review of session 34's dates (issue 10): a short day/month before a clock with no year
("05.12 09:12") is read day first only where the page's language and region write it so,
and a ticker's list of such stamps under the headline is no byline that hides the article's
own dated one.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_page

_URL = "https://www.news.example.{domain}/a/4711-bridge"


def _published(lang: str, line: str, domain: str = "com", fetched: bool = True) -> str | None:
    html = story_page(lang, line=line)
    found = extract_article(html, _URL.format(domain=domain), fetched=FETCHED if fetched else None)
    return found.published


def _opening_published(lang: str, opening: str, domain: str) -> str | None:
    html = story_page(lang, opening=opening)
    return extract_article(html, _URL.format(domain=domain), fetched=FETCHED).published


_TICKER = (
    "<ul class='live'><li><time>05.12 09:12</time> Die Sitzung ist eröffnet</li>"
    "<li><time>05.12 08:40</time> Die Abgeordneten treffen ein</li></ul>"
)


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # a ticker's entries, each a short stamp, above the article's dated byline
        ("de", "de", f"{_TICKER}<p class='byline'>Von Anna Muster, 01.12.2026</p>", "2026-12-01"),
        (
            "el",
            "gr",
            "<p><span class='time'>05/12 09:12</span> Άνοιξε η συνεδρίαση</p>"
            "<p><span class='time'>05/12 08:40</span> Φτάνουν οι βουλευτές</p>"
            "<p class='byline'>Δημοσίευση: 01/12/2026 10:00</p>",
            "2026-12-01T10:00:00+02:00",
        ),
    ],
)
def test_a_tickers_short_stamps_do_not_hide_the_dated_byline(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before (the German row; the Greek one's "Δημοσίευση:" names the publication and
    passed): the first stamp was taken as a byline stated against the fetch, the dated lines
    below it no longer read, so the page read otherwise with no fetch time."""
    assert _published(lang, line, domain) == published
    assert _published(lang, line, domain, fetched=False) == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # one stamp, and the update's on a line of its own: the byline, as before
        (
            "fr",
            "fr",
            "<p class='meta'>Publié le 03/12 à 10:15</p><p class='meta'>Mis à jour le 05/12 à 09:12</p>",
            "2026-12-03T10:15:00+01:00",
        ),
        (
            "el",
            "gr",
            "<p class='meta'>03/12 10:15</p><p class='meta'>UPD: 05/12 09:12</p>",
            "2026-12-03T10:15:00+02:00",
        ),
        # the same stamp twice (a header and a sticky bar): one moment, still the byline
        (
            "de",
            "de",
            "<p class='meta'>03.12 10:15 Uhr</p><p class='meta'>03.12 10:15 Uhr</p>",
            "2026-12-03T10:15:00+01:00",
        ),
        # Brazilian Portuguese writes the day first as Portugal's does
        ("pt-BR", "com.br", "<p class='meta'>03/12 10:15</p>", "2026-12-03T10:15:00-03:00"),
    ],
)
def test_a_single_short_stamp_stays_the_byline(
    lang: str, domain: str, line: str, published: str
) -> None:
    assert _published(lang, line, domain) == published


@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        # Canadian French writes a short day year-month-day ("2026-12-03"): "12-03" is 3 December
        ("fr-CA", "ca", "<p class='meta'>12-03 10:15</p>"),
        # Spanish for the United States, beside month-first English: either order
        ("es-US", "com", "<p class='meta'>12/03 10:15</p>"),
        # Basque writes a numeric day year first, so month before day ("26/12/3")
        ("eu", "eus", "<p class='meta'>12/03 10:15</p>"),
    ],
)
def test_a_short_stamp_stays_unread_where_the_order_is_unsure(
    lang: str, domain: str, line: str
) -> None:
    """Failed before: read as 12 March, the language's primary tag alone deciding."""
    assert _published(lang, line, domain) is None


def test_without_a_fetch_time_a_short_stamp_is_no_date() -> None:
    """A bare HTML file run through extract: no fetch, so no year for "03.12 10:15"."""
    assert _published("de", "<p class='meta'>03.12 10:15 Uhr</p>", "de", fetched=False) is None


@pytest.mark.parametrize(
    ("lang", "domain", "opening", "day"),
    [
        # a place whose name opens with a connective ("still"): Still River, Massachusetts
        ("en", "com", "STILL RIVER, Mass., Dec. 5, 2026 – The council met. ", "2026-12-05"),
        ("en", "com", "STILL RIVER, Dec. 5, 2026 – The council met. ", "2026-12-05"),
        # places of more words in capitals, as before
        ("it", "it", "PRIMA PORTA, 5 dicembre 2026 – Il consiglio si è riunito. ", "2026-12-05"),
        (
            "pt",
            "com.br",
            "ALÉM PARAÍBA, 5 de dezembro de 2026 – O conselho se reuniu. ",
            "2026-12-05",
        ),
        # a Turkish town with a capital dotless I, and one with a dotted one typed as I
        ("tr", "com.tr", "IĞDIR, 5 Aralık 2026 – Meclis akşam toplandı. ", "2026-12-05"),
        ("tr", "com.tr", "ISPARTA, 5 Aralık 2026 – Meclis akşam toplandı. ", "2026-12-05"),
    ],
)
def test_a_place_in_capitals_opening_with_a_connective_stays_a_dateline(
    lang: str, domain: str, opening: str, day: str
) -> None:
    """Failed before (the Still River rows): "STILL" is an English connective, and "STILL
    RIVER" no place the table knows, so the capitals place was taken for a sentence's words."""
    published = _opening_published(lang, opening, domain)
    assert published is not None and published[:10] == day


@pytest.mark.parametrize(
    ("lang", "domain", "opening"),
    [
        ("en", "com", "MEANWHILE IN BERLIN, 5 December 2026 – The council met. "),
        ("en", "com", "ELSEWHERE IN LONDON, 5 December 2026 – The council met. "),
        ("de", "de", "UNTERDESSEN IN BERLIN, 5. Dezember 2026 – Der Rat tagte. "),
        ("tr", "com.tr", "SONRA, 5 Aralık 2026 – Meclis akşam toplandı. "),
    ],
)
def test_a_connective_in_capitals_before_a_known_place_is_no_dateline(
    lang: str, domain: str, opening: str
) -> None:
    assert _opening_published(lang, opening, domain) is None
