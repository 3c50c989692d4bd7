"""Dates after session 31 (issue 10): a US, Canadian or Australian story's own dateline picks
Phoenix over Denver for a "-07:00" zone meta (and names no zone where the page states only a
wall clock: it is where the reporter filed); a time closed by a sentence's full stop ("18:40.
Actualizado a las 19:02") keeps its time; a live blog's or an event's zone is not the page's;
a zone meta's offset read without a fetch time reads the same in any year.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, HEADLINE, story_page


def _ld(published: str) -> str:
    obj = {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": published}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _dates(
    html: str, domain: str = "com", fetched: datetime | None = FETCHED
) -> tuple[str | None, str | None]:
    article = extract_article(
        html, f"https://www.news.example.{domain}/a/4711-bridge", fetched=fetched
    )
    return article.published, article.modified


_JULY = _ld("2026-07-29T15:15:00")
_JANUARY_LINE = "<p class='date'>Jan. 29, 2026 3:15 p.m.</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "head", "line", "opening", "expected"),
    [
        # a US page's wall clock only: the dateline is where the reporter filed, not the
        # CMS's clock (a New York site's dispatch from Phoenix): the country's main zone
        ("en-US", "com", "", _JANUARY_LINE, "PHOENIX, Ariz. — ", "2026-01-29T15:15:00-05:00"),
        ("en-US", "com", _JULY, "", "PHOENIX, Ariz. — ", "2026-07-29T15:15:00-04:00"),
        ("en-US", "com", _JULY, "", "BOULDER, Colo. — ", "2026-07-29T15:15:00-04:00"),
        ("en-US", "com", _JULY, "", "DENVER — ", "2026-07-29T15:15:00-04:00"),
        # a Canadian and an Australian page alike
        ("en", "ca", _JULY, "", "CALGARY, Alta. — ", "2026-07-29T15:15:00-04:00"),
        ("en", "com.au", _JULY, "", "PERTH — ", "2026-07-29T15:15:00+10:00"),
        # a "-07:00" zone meta in a US winter is Denver's and Phoenix's: the dateline picks
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='-07:00'>",
            "",
            "MESA, Ariz. — ",
            "2026-07-29T15:15:00-07:00",
        ),
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='-07:00'>",
            "",
            "PUEBLO, Colo. — ",
            "2026-07-29T15:15:00-06:00",
        ),
    ],
)
def test_dateline_names_the_zone(
    lang: str, domain: str, head: str, line: str, opening: str, expected: str
) -> None:
    assert _dates(story_page(lang, head, line, opening), domain)[0] == expected


@pytest.mark.parametrize(
    ("lang", "domain", "head", "opening", "expected"),
    [
        # wire copy: filed where the agency was, run by sites in every zone
        ("en-US", "com", _JULY, "DENVER (AP) — ", "2026-07-29T15:15:00-04:00"),
        ("en-US", "com", _JULY, "PHOENIX, Ariz. (Reuters) — ", "2026-07-29T15:15:00-04:00"),
        # a place abroad, or another country's state, changes nothing
        ("en-US", "com", _JULY, "CALGARY, Alta. — ", "2026-07-29T15:15:00-04:00"),
        ("en-US", "com", _JULY, "PARIS — ", "2026-07-29T15:15:00-04:00"),
        ("en", "com.au", _JULY, "AUCKLAND — ", "2026-07-29T15:15:00+10:00"),
        ("en", "ca", _JULY, "DENVER — ", "2026-07-29T15:15:00-04:00"),
        # a headline-like opening in capitals without a dateline's dash, a sentence
        (
            "en-US",
            "com",
            _JULY,
            "PHOENIX residents voted on Tuesday. ",
            "2026-07-29T15:15:00-04:00",
        ),
        ("en-US", "com", _JULY, "In Phoenix, Ariz. — the vote ", "2026-07-29T15:15:00-04:00"),
        # a page of another country: its own zone
        ("en", "co.uk", _JULY, "PHOENIX, Ariz. — ", "2026-07-29T15:15:00+01:00"),
        # a zone the page states wins over a dateline
        (
            "en-US",
            "com",
            _JULY + "<meta name='timezone' content='America/New_York'>",
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-04:00",
        ),
    ],
)
def test_dateline_counter_cases(
    lang: str, domain: str, head: str, opening: str, expected: str
) -> None:
    assert _dates(story_page(lang, head, "", opening), domain)[0] == expected


def _with_region(region: str, country: str = "US") -> str:
    address = {"@type": "PostalAddress", "addressRegion": region, "addressCountry": country}
    publisher = {"@type": "NewsMediaOrganization", "name": "Example Daily", "address": address}
    obj = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "datePublished": "2026-07-29T15:15:00",
        "publisher": publisher,
    }
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.mark.parametrize(
    ("lang", "domain", "head", "expected"),
    [
        # the publisher's address names its state: the newsroom's zone
        ("en-US", "com", _with_region("AZ"), "2026-07-29T15:15:00-07:00"),
        ("en-US", "com", _with_region("Colorado"), "2026-07-29T15:15:00-06:00"),
        ("en", "ca", _with_region("Alberta", "CA"), "2026-07-29T15:15:00-06:00"),
        ("en", "com.au", _with_region("Western Australia", "AU"), "2026-07-29T15:15:00+08:00"),
        # "-07:00" in a winter fetch: Arizona's, not Denver's
        (
            "en",
            "com",
            _with_region("Arizona")
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='-07:00'>",
            "2026-07-29T15:15:00-07:00",
        ),
        # counter-cases: the main zone's state, a state no table knows, another country's
        ("en-US", "com", _with_region("NY"), "2026-07-29T15:15:00-04:00"),
        ("en-US", "com", _with_region("Springfield County"), "2026-07-29T15:15:00-04:00"),
        ("de", "de", _with_region("Bayern", "DE"), "2026-07-29T15:15:00+02:00"),
        ("en", "co.uk", _with_region("Washington"), "2026-07-29T15:15:00+01:00"),
    ],
)
def test_publisher_region_names_the_zone(lang: str, domain: str, head: str, expected: str) -> None:
    assert _dates(story_page(lang, head), domain)[0] == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # a time closed by a sentence's full stop, the update's time after it
        (
            "es",
            "es",
            "29 de enero de 2026, 18:40. Actualizado a las 19:02",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "pt",
            "pt",
            "29 de janeiro de 2026, 18:40. Atualizado às 19:02",
            ("2026-01-29T18:40:00+00:00", "2026-01-29T19:02:00+00:00"),
        ),
        (
            "fr",
            "fr",
            "29 janvier 2026 à 18h40. Mis à jour à 19h02",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "es",
            "es",
            "29 de enero de 2026, 18:40. Actualizado el 30 de enero de 2026, 09:02",
            ("2026-01-29T18:40:00+01:00", "2026-01-30T09:02:00+01:00"),
        ),
        ("es", "mx", "29 de enero de 2026, 18:40.", ("2026-01-29T18:40:00-06:00", None)),
        # counter-cases: a line that already read right
        (
            "de",
            "de",
            "29. Januar 2026, 18:40 Uhr. Aktualisiert um 19:02 Uhr",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "es",
            "es",
            "29 de enero de 2026, 18:40 | Actualizado a las 19:02",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
    ],
)
def test_time_before_a_full_stop(
    lang: str, domain: str, line: str, expected: tuple[str | None, str | None]
) -> None:
    assert _dates(story_page(lang, line=f"<p class='fecha'>{line}</p>"), domain) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "block", "expected"),
    [
        # an update's clock alone on the line after the publication's: that day
        (
            "es",
            "es",
            "<p>29 de enero de 2026, 18:40</p><p>Actualizado a las 19:02</p>",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "es",
            "es",
            "<time>29/01/2026 18:40</time><span>Actualizado: 19:02 h</span>",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "de",
            "de",
            "<p>29.01.2026, 18:40 Uhr</p><p>Aktualisiert um 19:02 Uhr</p>",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "fr",
            "fr",
            "<p>Publié le 29 janvier 2026 à 18h40</p><p>Mis à jour à 19h02</p>",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        (
            "it",
            "it",
            "<p>29 gennaio 2026, 18:40</p><p>Aggiornato alle 19:02</p>",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
        # counter-cases: an earlier clock (another day's, not known), a day without a time,
        # a clock without an update's label
        (
            "es",
            "es",
            "<p>29 de enero de 2026, 18:40</p><p>Actualizado a las 09:02</p>",
            ("2026-01-29T18:40:00+01:00", None),
        ),
        (
            "es",
            "es",
            "<p>29 de enero de 2026</p><p>Actualizado a las 19:02</p>",
            ("2026-01-29", None),
        ),
        (
            "es",
            "es",
            "<p>29 de enero de 2026, 18:40</p><p>Lectura: 4 min</p>",
            ("2026-01-29T18:40:00+01:00", None),
        ),
    ],
)
def test_update_clock_on_the_next_line(
    lang: str, domain: str, block: str, expected: tuple[str | None, str | None]
) -> None:
    assert _dates(story_page(lang, line=f"<div class='fecha'>{block}</div>"), domain) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a fraction after the minutes is no full stop: "18:40.5" is no time of day
        ("Am 29.01.2026 lief sie die Runde in 18:40.5 Minuten", "2026-01-29"),
    ],
)
def test_fraction_is_no_full_stop(line: str, expected: str) -> None:
    assert _dates(story_page("de", line=f"<p class='datum'>{line}</p>"), "de")[0] == expected


_LIVE_HEAD = _ld("2026-07-29T15:15:00")


@pytest.mark.parametrize(
    ("lang", "script", "expected"),
    [
        # a live blog's event in Chicago is not the page's clock: a .com page in English
        # without a zone keeps its wall clock without an offset
        (
            "en",
            "<script>window.liveblog={event:{name:'Final',tz:'America/Chicago'}};</script>",
            "2026-07-29T15:15:00",
        ),
        (
            "en",
            '<script>var match={"kickoff":"2026-08-01T20:00","tz":"America/Chicago"};</script>',
            "2026-07-29T15:15:00",
        ),
        (
            "en",
            '<script>var liveTicker={"timezone":"America/New_York","spiel":"Finale"};</script>',
            "2026-07-29T15:15:00",
        ),
        (
            "en",
            '<script>var data={"fixtures":[{"home":"A","tz":"America/Denver"}]};</script>',
            "2026-07-29T15:15:00",
        ),
        # counter-cases: a CMS's own configuration names the page's zone, also on a live blog
        (
            "en",
            '<script>window.pageConfig={"isLiveBlog":true,"timezone":"America/Chicago"};</script>',
            "2026-07-29T15:15:00-05:00",
        ),
        (
            "en",
            '<script>window.siteConfig={"timezone":"America/Chicago","lang":"en"};</script>',
            "2026-07-29T15:15:00-05:00",
        ),
        (
            "en",
            "<script>var cms={tz:'Asia/Manila',section:'news'};</script>",
            "2026-07-29T15:15:00+08:00",
        ),
    ],
)
def test_event_zone_is_not_the_pages(lang: str, script: str, expected: str) -> None:
    assert _dates(story_page(lang, _LIVE_HEAD, script=script))[0] == expected


@pytest.mark.parametrize(
    ("lang", "domain", "published", "offset", "expected"),
    [
        # no fetch time: the zone keeping the meta's offset by the rules of the year the page
        # says it was published, not this year's (Greenland's main clock moved in 2023: a
        # 2022 page's "-03:00" is Nuuk's standard time then, not Thule's summer time now)
        ("kl", "gl", "2022-07-29T18:40:00", "-03:00", "2022-07-29T18:40:00-02:00"),
        ("da", "gl", "2022-01-29T18:40:00", "-03:00", "2022-01-29T18:40:00-03:00"),
        # counter-case: a US summer article's "-05:00" is New York's winter offset, as before
        ("en", "com", "2026-07-29T18:40:00", "-05:00", "2026-07-29T18:40:00-04:00"),
    ],
)
def test_zone_meta_without_fetch_time(
    lang: str, domain: str, published: str, offset: str, expected: str
) -> None:
    head = (
        _ld(published)
        + f"<meta property='og:locale' content='en_US'><meta name='timezone' content='{offset}'>"
    )
    assert _dates(story_page(lang, head), domain, fetched=None)[0] == expected
