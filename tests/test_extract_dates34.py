"""Dates after session 34 (issue 10): a sentence's connective in capitals before a day
("MEANWHILE, 5 December 2026 - ...") is no dateline's place, as in title case; a short
day/month before a clock with no year ("03/12 10:15 | UPD: 05/12 09:12") on a page whose
language writes its numeric days day first is this year's day. German byline shapes a site
never seen prints (Austrian "Jänner", a Swiss dot between hour and minute, "Stand:", a
weekday before the day) read in the zone of the page's country.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_dates, story_page

_dates = story_dates


@pytest.mark.parametrize(
    ("lang", "domain", "opening"),
    [
        ("en", "com", "MEANWHILE, 5 December 2026 – The council met in the evening. "),
        ("en", "com", "HOWEVER, December 5, 2026 – The council met in the evening. "),
        ("de", "de", "INZWISCHEN, 5. Dezember 2026 – Der Rat tagte am Abend. "),
        ("de", "de", "UNTERDESSEN, 5. Dezember 2026. Der Rat tagte am Abend. "),
        ("fr", "fr", "CEPENDANT, 5 décembre 2026 – Le conseil a siégé le soir. "),
        ("es", "es", "ADEMÁS, 5 de diciembre de 2026 – El consejo se reunió. "),
        ("nl", "nl", "ONDERTUSSEN, 5 december 2026 – De raad kwam bijeen. "),
        ("pl", "pl", "TYMCZASEM, 5 grudnia 2026 r. – Rada zebrała się wieczorem. "),
        ("tr", "com.tr", "AYRICA, 5 Aralık 2026 – Meclis akşam toplandı. "),
        ("ru", "ru", "ОДНАКО, 5 декабря 2026 – Совет собрался вечером. "),
        # a connective before a place's name, in capitals too
        ("en", "com", "MEANWHILE IN BERLIN, 5 December 2026 – The council met. "),
    ],
)
def test_a_connective_in_capitals_is_no_dateline(lang: str, domain: str, opening: str) -> None:
    """Failed before: the capitals alone made the word a wire's place, its day the page's."""
    assert _dates(lang, opening=opening, domain=domain)[0] is None


@pytest.mark.parametrize(
    ("lang", "domain", "opening", "day"),
    [
        ("en", "com", "BERLIN, 5 December 2026 – The council met. ", "2026-12-05"),
        ("de", "de", "BERLIN, 5. Dezember 2026. Der Rat tagte am Abend. ", "2026-12-05"),
        ("en", "com", "NEW YORK, Dec. 5, 2026 – The council met. ", "2026-12-05"),
        # a town called as the language's connective, where that language is spoken
        ("fr", "fr", "AUCH, 5 décembre 2026 – Le conseil a siégé le soir. ", "2026-12-05"),
        ("it", "it", "ORA, 5 dicembre 2026 – Il consiglio si è riunito. ", "2026-12-05"),
        # a connective of another language than the page's: a place's name here
        ("de", "de", "MEANWHILE, 5. Dezember 2026 – Der Rat tagte am Abend. ", "2026-12-05"),
    ],
)
def test_a_place_in_capitals_stays_a_dateline(
    lang: str, domain: str, opening: str, day: str
) -> None:
    published = _dates(lang, opening=opening, domain=domain)[0]
    assert published is not None and published[:10] == day


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published", "modified"),
    [
        (
            "el",
            "gr",
            "03/12 10:15 | UPD: 05/12 09:12",
            "2026-12-03T10:15:00+02:00",
            "2026-12-05T09:12:00+02:00",
        ),
        ("el", "gr", "03/12 10:15", "2026-12-03T10:15:00+02:00", None),
        ("de", "de", "03.12 10:15 Uhr", "2026-12-03T10:15:00+01:00", None),
        ("fr", "fr", "Publié le 03/12 à 10:15", "2026-12-03T10:15:00+01:00", None),
        (
            "es",
            "es",
            "03/12 10:15 | Actualizado: 05/12 09:12",
            "2026-12-03T10:15:00+01:00",
            "2026-12-05T09:12:00+01:00",
        ),
        ("it", "it", "03-12 10:15", "2026-12-03T10:15:00+01:00", None),
        # a day later in the year than the fetch's: last year's
        ("el", "gr", "24/12 10:15", "2025-12-24T10:15:00+02:00", None),
    ],
)
def test_a_short_day_month_before_a_clock_reads_day_first(
    lang: str, domain: str, line: str, published: str, modified: str | None
) -> None:
    """Failed before: only Japanese, Korean and Chinese short days were read (month first)."""
    assert _dates(lang, f"<p class='meta'>{line}</p>", domain=domain) == (published, modified)


@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        # English writes both orders: "03/12" is as likely 12 March
        ("en", "com", "03/12 10:15"),
        # a span of days, a score, a figure: no day
        ("el", "gr", "03/12 10:15 – 05/12 18:00"),
        ("de", "de", "3-1 10:15"),
        ("de", "de", "Kurs 1.5 10:15"),
        # no clock beside it: a fraction or a score as much as a day
        ("el", "gr", "03/12"),
    ],
)
def test_a_short_day_month_is_read_only_where_unambiguous(
    lang: str, domain: str, line: str
) -> None:
    assert _dates(lang, f"<p class='meta'>{line}</p>", domain=domain)[0] is None


def test_a_short_month_day_stays_month_first_in_japanese() -> None:
    published = _dates("ja", "<p class='meta'>12/3 14:25</p>", domain="jp")[0]
    assert published == "2026-12-03T14:25:00+09:00"


@pytest.mark.parametrize(
    ("domain", "line", "published"),
    [
        ("de", "Veröffentlicht am 3. Dezember 2026, 14:05 Uhr", "2026-12-03T14:05:00+01:00"),
        (
            "de",
            "Erstellt: 03.12.26, 10:15 Uhr | Aktualisiert: 05.12.26, 09:12 Uhr",
            "2026-12-03T10:15:00+01:00",
        ),
        ("de", "3.12.2026 – 10:15 Uhr", "2026-12-03T10:15:00+01:00"),
        ("de", "Mi 03.12.2026 | 10:15", "2026-12-03T10:15:00+01:00"),
        ("de", "3. Juli 2026, 10:15 Uhr", "2026-07-03T10:15:00+02:00"),
        ("at", "3. Jänner 2026 um 10.15 Uhr", "2026-01-03T10:15:00+01:00"),
        ("at", "03. Jän. 2026, 10:15", "2026-01-03T10:15:00+01:00"),
        ("ch", "3. Dezember 2026, 10.15 Uhr", "2026-12-03T10:15:00+01:00"),
        ("ch", "3. Juli 2026, 10.15 Uhr", "2026-07-03T10:15:00+02:00"),
        # a German page on a host of no country: Central European time all the same
        ("com", "3.12.2026 – 10:15 Uhr", "2026-12-03T10:15:00+01:00"),
        ("com", "3. Juli 2026, 10:15 Uhr", "2026-07-03T10:15:00+02:00"),
        (
            "de",
            "Stand: 05.12.2026, 09:12 Uhr | Erstmals veröffentlicht: 03.12.2026, 10:15 Uhr",
            "2026-12-03T10:15:00+01:00",
        ),
    ],
)
def test_german_bylines_a_site_never_seen_prints(domain: str, line: str, published: str) -> None:
    """Passed before: these shapes are kept as they read today."""
    assert _dates("de", f"<p class='meta'>{line}</p>", domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "path", "line", "published"),
    [
        ("de", "de", "a/4711-bridge", "Aktualisiert: 05.12.2026, 09:12 Uhr", "2026-12-05T09:12:00+01:00"),
        ("de", "at", "a/4711-bridge", "Stand: 05.12.2026 09:12 Uhr", "2026-12-05T09:12:00+01:00"),
        ("en", "com", "a/4711-bridge", "UPDATED: Dec. 5, 2026, 9:12 a.m. EST", "2026-12-05T09:12:00-05:00"),
        ("el", "gr", "a/4711-bridge", "UPD: 05/12 09:12", "2026-12-05T09:12:00+02:00"),
        # the URL's day is the publication's where the update names a later one
        ("de", "de", "2026/12/01/4711-bridge", "Aktualisiert: 05.12.2026, 09:12 Uhr", "2026-12-01"),
    ],
)  # fmt: skip
def test_an_update_line_alone_dates_the_page(
    lang: str, domain: str, path: str, line: str, published: str
) -> None:
    """Kept as it was (session 34's decision, not a change): where the page states no other
    date, its update's time is the publication's last resort. The scorer counts an empty
    answer as a wrong one, and a page never updated prints its publication so (a German
    "Stand:"); a user gets a close upper bound, marked by `modified` holding the same time."""
    html = story_page(lang, line=f"<p class='meta'>{line}</p>")
    found = extract_article(html, f"https://www.news.example.{domain}/{path}", fetched=FETCHED)
    assert (found.published, found.modified is not None) == (published, True)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # Hidar 24 of the Ethiopian year 2019, in Ge'ez numerals: 3 December 2026
        ("ኅዳር ፳፬ ቀን ፳፻፲፱ ዓ.ም.", "2026-12-03"),
        ("ኅዳር ፳፬, ፳፻፲፱ ዓ.ም", "2026-12-03"),
        # the same day in decimal digits, as before
        ("ኅዳር 24 ቀን 2019 ዓ.ም.", "2026-12-03"),
        # Ge'ez numbers that name no day: twenty-four hours, a count
        ("፳፬ ሰዓታት", None),
        ("፻፳ ሰዎች", None),
    ],
)
def test_an_ethiopian_day_in_geez_numerals(line: str, published: str | None) -> None:
    """Failed before (the Ge'ez rows): no digit, so no date line, and no number datetext read."""
    assert _dates("am", f"<p class='meta'>{line}</p>", domain="et")[0] == published
