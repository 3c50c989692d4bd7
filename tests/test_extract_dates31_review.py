"""Review of session 31's dates (issue 10): where the zone of a named place, a time before a
full stop, an update's clock on the next line and an event's zone must NOT change a page.

A dateline names where the reporter filed, not where the site's CMS keeps its clock; a
publisher that states its own postal address has said where its newsroom is, whatever its
stories' datelines say. Every page and line here is made up for the test.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, HEADLINE, story_page


def _ld(published: str, address: dict[str, str] | None = None) -> str:
    obj: dict[str, object] = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "datePublished": published,
    }
    if address is not None:
        address = {"@type": "PostalAddress", **address}
        obj["publisher"] = {"@type": "NewsMediaOrganization", "name": "Daily", "address": address}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _dates(html: str, domain: str = "com") -> tuple[str | None, str | None]:
    article = extract_article(html, f"https://www.news.example.{domain}/a/4711", fetched=FETCHED)
    return article.published, article.modified


_JULY = "2026-07-29T15:15:00"


@pytest.mark.parametrize(
    ("domain", "address", "opening", "expected"),
    [
        # a New York publisher's story filed from Phoenix: its CMS keeps New York's clock,
        # however its address spells the state
        ("com", {"addressRegion": "NY"}, "PHOENIX, Ariz. — ", "2026-07-29T15:15:00-04:00"),
        ("com", {"addressRegion": "New York"}, "PHOENIX, Ariz. — ", "2026-07-29T15:15:00-04:00"),
        ("com", {"addressRegion": "N.Y."}, "DENVER — ", "2026-07-29T15:15:00-04:00"),
        ("com", {"addressRegion": "Florida"}, "SEATTLE — ", "2026-07-29T15:15:00-04:00"),
        (
            "com",
            {"addressLocality": "New York", "addressCountry": "US"},
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-04:00",
        ),
        ("ca", {"addressRegion": "Ontario"}, "CALGARY, Alta. — ", "2026-07-29T15:15:00-04:00"),
        (
            "com.au",
            {"addressRegion": "New South Wales"},
            "PERTH, WA: ",
            "2026-07-29T15:15:00+10:00",
        ),
        # counter-cases: a local paper's address names its own zone, the dateline not needed
        ("com", {"addressRegion": "AZ"}, "TUCSON, Ariz. — ", "2026-07-29T15:15:00-07:00"),
        ("com", {"addressRegion": "Arizona"}, "", "2026-07-29T15:15:00-07:00"),
        ("com.au", {"addressRegion": "WA"}, "SYDNEY: ", "2026-07-29T15:15:00+08:00"),
    ],
)
def test_publisher_address_beats_dateline(
    domain: str, address: dict[str, str], opening: str, expected: str
) -> None:
    html = story_page("en-US" if domain == "com" else "en", _ld(_JULY, address), "", opening)
    assert _dates(html, domain)[0] == expected


@pytest.mark.parametrize(
    ("line", "tail", "expected"),
    [
        # a sidebar teaser's "updated" clock (date-classed, no day) is the teaser's, not
        # this story's modified time
        (
            "<p class='byline'>29. Januar 2026, 18:40 Uhr</p>",
            "<aside><ul><li><a href='/b/12'>Neue Ampel am Markt</a>"
            "<span class='date'>Aktualisiert 19:02</span></li></ul></aside>",
            ("2026-01-29T18:40:00+01:00", None),
        ),
        (
            "<p class='byline'>29 de enero de 2026, 18:40</p>",
            "<section class='comments'><div class='comment'><p>Muy bien.</p>"
            "<span class='date'>Actualizado a las 21:15</span></div></section>",
            ("2026-01-29T18:40:00+01:00", None),
        ),
        # counter-case: the story's own update line under its headline is still read
        (
            "<p>29 de enero de 2026, 18:40</p><p>Actualizado a las 19:02</p>",
            "",
            ("2026-01-29T18:40:00+01:00", "2026-01-29T19:02:00+01:00"),
        ),
    ],
)
def test_update_clock_of_another_item(
    line: str, tail: str, expected: tuple[str | None, str | None]
) -> None:
    lang = "de" if "Januar" in line else "es"
    domain = "de" if lang == "de" else "es"
    assert _dates(story_page(lang, "", line, "", tail), domain) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # dotted times and a sentence's full stop (counter-cases: unchanged)
        ("nb", "no", "<p>Publisert 29.01.2026 kl. 18.40.</p>", "2026-01-29T18:40:00+01:00"),
        ("da", "dk", "<p>29. januar 2026 kl. 18.40.</p>", "2026-01-29T18:40:00+01:00"),
        ("de", "de", "<p>29.01.2026 um 18.40 Uhr.</p>", "2026-01-29T18:40:00+01:00"),
        ("en-GB", "co.uk", "<p>29 January 2026, 18:40.</p>", "2026-01-29T18:40:00+00:00"),
        # a decimal after the date is no time
        ("de", "de", "<p>29.01.2026 Kurs 18,40.</p>", "2026-01-29"),
    ],
)
def test_time_before_full_stop(lang: str, domain: str, line: str, expected: str) -> None:
    assert _dates(story_page(lang, "", line), domain)[0] == expected


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        # a live blog's own settings name the site's clock (its entries are stamped by the
        # CMS): the page's zone, not an event's
        (
            '<script>var liveblog = {"timezone": "America/Denver", "refresh": 30};</script>',
            "2026-07-29T15:15:00-06:00",
        ),
        (
            '<script>var liveBlogConfig = {"tz": "America/Denver", "poll": 30};</script>',
            "2026-07-29T15:15:00-06:00",
        ),
        # counter-case: an event inside it is the event's (the page states no zone)
        (
            "<script>window.liveblog={event:{name:'Final',tz:'America/Chicago'}};</script>",
            "2026-07-29T15:15:00",
        ),
    ],
)
def test_live_blog_settings_zone(script: str, expected: str) -> None:
    html = story_page("en", _ld(_JULY), "", "", script)
    assert _dates(html)[0] == expected


def _authored(published: str, author: object) -> str:
    obj = {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": published}
    obj["author"] = author
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


# a "-07:00" zone meta in a US December: Denver's and Phoenix's; a staff dateline picks
_MST = "<meta property='og:locale' content='en_US'><meta name='timezone' content='-07:00'>"


@pytest.mark.parametrize(
    ("head", "opening", "expected"),
    [
        # wire copy whose dateline lost its "(AP)" but whose author is the agency: filed
        # where the agency was, run by a site in any zone (here the zone meta's first zone,
        # Denver, not the dateline's Phoenix)
        (
            _authored(_JULY, {"@type": "Organization", "name": "The Associated Press"}),
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-06:00",
        ),
        (_authored(_JULY, [{"name": "Reuters"}]), "PHOENIX — ", "2026-07-29T15:15:00-06:00"),
        (
            _authored(_JULY, {"name": "Jane Doe, Associated Press"}),
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-06:00",
        ),
        (
            _ld(_JULY) + "<meta name='author' content='Associated Press'>",
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-06:00",
        ),
        # every full name the byline reader knows (`langwords.AGENCY_FULL_NAMES`) credits
        (
            _authored(_JULY, {"name": "United Press International"}),
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-06:00",
        ),
        # counter-cases: a staff reporter's dateline chooses as before; an agency's name as
        # a word of a person's name is no credit
        (_authored(_JULY, {"name": "Jane Doe"}), "PHOENIX, Ariz. — ", "2026-07-29T15:15:00-07:00"),
        (
            _authored(_JULY, {"name": "April Reuter"}),
            "PHOENIX, Ariz. — ",
            "2026-07-29T15:15:00-07:00",
        ),
    ],
)
def test_agency_author_dateline(head: str, opening: str, expected: str) -> None:
    assert _dates(story_page("en", head + _MST, "", opening))[0] == expected


def _org(kind: str, region: str) -> str:
    address = {"@type": "PostalAddress", "addressLocality": "Tempe", "addressRegion": region}
    obj = {"@type": kind, "name": "Desert Owls", "address": address}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        # a team, a university or an agency the story is about has its own address: not the
        # newsroom's (the country's main zone, as before)
        ("SportsOrganization", "2026-07-29T15:15:00-04:00"),
        ("EducationalOrganization", "2026-07-29T15:15:00-04:00"),
        ("GovernmentOrganization", "2026-07-29T15:15:00-04:00"),
        # counter-cases: the site's own organisation's address names its zone
        ("NewsMediaOrganization", "2026-07-29T15:15:00-07:00"),
        ("Organization", "2026-07-29T15:15:00-07:00"),
    ],
)
def test_subject_organisation_address(kind: str, expected: str) -> None:
    html = story_page("en-US", _ld(_JULY) + _org(kind, "AZ"))
    assert _dates(html)[0] == expected
