"""A stamp carrying the other season's offset, in countries of one zone and of several: where
another zone of the site's country keeps the stamp's offset that day (read from the tz
database, not a hand list), only a printed clock naming its zone says which it is.

Every page and line is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newsarchive.extract import extract_article, zones


def _stamped(lang: str, stamp: str, line: str) -> str:
    ld = f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"An invented headline for this test","datePublished":"{stamp}"}}'
    shown = f'<p class="date">{line}</p>' if line else ""
    return (
        f'<html lang="{lang}"><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>An invented headline for this test</h1>{shown}"
        "<p>An invented paragraph about the city's budget and its fire service, long enough.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "stamp", "line", "expected"),
    [
        # US, July: -05:00 is Chicago's summer offset too; a clock printed without a zone may be Chicago's
        pytest.param("https://www.paper.example.us/a/1", "en-US", "2026-07-02T14:05:00-05:00", "July 2, 2026 2:05 PM", "2026-07-02T14:05:00-05:00", id="us-july-no-zone-printed"),
        # ... but a clock printed with Eastern time's name says the stamp is New York's winter offset
        pytest.param("https://www.paper.example.us/a/1", "en-US", "2026-07-02T14:05:00-05:00", "July 2, 2026 2:05 PM ET", "2026-07-02T14:05:00-04:00", id="us-july-et-printed"),
        pytest.param("https://www.paper.example.us/a/1", "en-US", "2026-07-02T14:05:00-05:00", "July 2, 2026 2:05 p.m. EDT", "2026-07-02T14:05:00-04:00", id="us-july-edt-printed"),
        # ... and one printed as Central time, that the stamp is right
        pytest.param("https://www.paper.example.us/a/1", "en-US", "2026-07-02T14:05:00-05:00", "July 2, 2026 2:05 PM CDT", "2026-07-02T14:05:00-05:00", id="us-july-cdt-printed"),
        # US, January: no US zone keeps -04:00 then; New York's summer offset beside its clock
        pytest.param("https://www.paper.example.us/a/1", "en-US", "2026-01-15T14:05:00-04:00", "January 15, 2026 2:05 PM", "2026-01-15T14:05:00-05:00", id="us-january-summer-offset"),
        # Spain, July: +01:00 is the Canaries' summer offset, a page's own
        pytest.param("https://www.diario.example.es/a/1", "es", "2026-07-02T14:05:00+01:00", "2 de julio de 2026, 14:05", "2026-07-02T14:05:00+01:00", id="es-july-canaries"),
        # Spain, January: +02:00 no Spanish zone's
        pytest.param("https://www.diario.example.es/a/1", "es", "2026-01-15T14:05:00+02:00", "15 de enero de 2026, 14:05", "2026-01-15T14:05:00+01:00", id="es-january-summer-offset"),
        # Portugal: +01:00 in January is no Portuguese zone's (+00:00 in July, the Azores' summer
        # offset, is read as UTC's spelling: the instant stays whatever it is)
        pytest.param("https://www.jornal.example.pt/a/1", "pt-PT", "2026-01-15T14:05:00+01:00", "15 de janeiro de 2026, 14:05", "2026-01-15T14:05:00+00:00", id="pt-january-summer-offset"),
        # Ukraine: +03:00 in January is Kyiv's summer offset (Crimea's Moscow time is not counted)
        pytest.param("https://www.gazeta.example.ua/a/1", "uk", "2026-01-15T14:05:00+03:00", "15 січня 2026, 14:05", "2026-01-15T14:05:00+02:00", id="ua-january-summer-offset"),
        # Australia: +10:00 in January is Brisbane's; +11:00 in July no zone's
        pytest.param("https://www.news.example.com.au/a/1", "en-AU", "2026-01-15T14:05:00+10:00", "15 January 2026, 2:05pm", "2026-01-15T14:05:00+10:00", id="au-january-brisbane"),
        pytest.param("https://www.news.example.com.au/a/1", "en-AU", "2026-07-02T14:05:00+11:00", "2 July 2026, 2:05pm", "2026-07-02T14:05:00+10:00", id="au-july-summer-offset"),
        # New Zealand: the Chatham Islands' quarter hours are never Auckland's other season
        pytest.param("https://www.news.example.co.nz/a/1", "en-NZ", "2026-07-02T14:05:00+13:00", "2 July 2026, 2:05pm", "2026-07-02T14:05:00+12:00", id="nz-july-summer-offset"),
    ],
)  # fmt: skip
def test_the_other_seasons_offset_by_country(
    url: str, lang: str, stamp: str, line: str, expected: str
) -> None:
    assert extract_article(_stamped(lang, stamp, line), url).published == expected


@pytest.mark.parametrize(
    ("zone", "wall", "hours", "expected"),
    [
        pytest.param("America/New_York", "2026-07-02T14:05", -5, True, id="chicago-summer"),
        pytest.param("America/New_York", "2026-01-15T14:05", -4, False, id="no-us-zone-in-january"),
        pytest.param("Europe/Madrid", "2026-07-02T14:05", 1, True, id="canaries"),
        pytest.param("Europe/Berlin", "2026-07-02T14:05", 1, False, id="busingen-keeps-berlins"),
        pytest.param("Europe/Lisbon", "2026-07-02T14:05", 0, True, id="azores"),
        pytest.param("Europe/Kyiv", "2026-01-15T14:05", 3, False, id="crimea-not-counted"),
        pytest.param("Australia/Sydney", "2026-01-15T14:05", 10, True, id="brisbane"),
        pytest.param("Asia/Almaty", "2026-01-15T14:05", 6, False, id="kazakhstan-one-offset-since-2024"),
        pytest.param("Atlantis/Nowhere", "2026-01-15T14:05", 1, True, id="unknown-zone-may-be-anything"),
    ],
)  # fmt: skip
def test_another_zone_of_the_country_keeps_the_offset(
    zone: str, wall: str, hours: int, expected: bool
) -> None:
    assert (
        zones.other_zone_keeps(zone, datetime.fromisoformat(wall), timedelta(hours=hours))
        is expected
    )


def test_the_countries_list_of_several_zones_is_derived_not_kept() -> None:
    # the countries the extractor's table gives one zone for, every one found in the tz database
    table = zones._zone_table()
    assert table is not None
    assert {name for name in zones.COUNTRY_ZONES.values() if name not in table} == set()
    assert "SEVERAL_ZONES" not in vars(zones)


def test_the_zone_table_read_from_the_tzdata_package_where_the_system_has_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("tzdata")
    system = zones._zone_table()
    monkeypatch.setattr(zones.zoneinfo, "TZPATH", ())
    zones._zone_table.cache_clear()
    try:
        packaged = zones._zone_table()
    finally:
        zones._zone_table.cache_clear()
    assert system is not None and packaged is not None
    assert (
        packaged["Europe/Madrid"]
        == system["Europe/Madrid"]
        == (
            "Europe/Madrid",
            "Africa/Ceuta",
            "Atlantic/Canary",
        )
    )
