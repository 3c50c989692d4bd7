"""A time range ("10:00-12:00") or a duration ("2:43 min") in a date line is no offset or clock;
a year and a time in neighbouring elements are apart.

Every string here is made up for the test; the formats are the ones event and live pages print.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montag, 3. Februar 2026, 10:00-12:00 Uhr", "2026-02-03T10:00:00"),
        ("3. Februar 2026 | 10:00 - 12:00", "2026-02-03T10:00:00"),
        ("Le 3 février 2026 de 10h00-12h00", "2026-02-03T10:00:00"),
        ("3 de febrero de 2026, 10:00-12:30 horas", "2026-02-03T10:00:00"),
        ("3 febbraio 2026 ore 10:00-12", "2026-02-03T10:00:00"),
        ("tisdag 3 februari 2026 kl 10:00-12:00", "2026-02-03T10:00:00"),
        ("February 3, 2026 10:00-12:00", "2026-02-03T10:00:00"),
        ("2026年2月3日 10:00-12:00", "2026-02-03T10:00:00"),
        ("2026.02.03 10:00-12:00", "2026-02-03T10:00:00"),
        ("03.02.2026 09:30-9:45 Uhr", "2026-02-03T09:30:00"),
    ],
)  # fmt: skip
def test_a_time_range_is_read_as_its_start(text: str, expected: str) -> None:
    found = parse_date(text)
    assert found is not None and to_iso(found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-02-03 10:00:00-05:00", "2026-02-03T10:00:00-05:00"),  # seconds: a machine's stamp
        ("Feb 3, 2026 10:00-05:00", "2026-02-03T10:00:00-05:00"),  # an earlier time: an offset
        ("3 Feb 2026 22:00-0300", "2026-02-03T22:00:00-03:00"),
        ("3. Februar 2026 10:00+01:00", "2026-02-03T10:00:00+01:00"),
        ("3 Feb 2026 10:00 GMT-12", "2026-02-03T10:00:00-12:00"),  # a named offset is one
    ],
)  # fmt: skip
def test_an_offset_after_a_time_stays_an_offset(text: str, expected: str) -> None:
    found = parse_date(text)
    assert found is not None and to_iso(found) == expected


def test_an_event_line_on_a_page_keeps_the_pages_zone() -> None:
    """Read as an offset, "10:00-12:00" made the article 22:00 UTC, twelve hours off."""
    html = (
        "<html lang='de'><body><h1>Tag der offenen Tür im Rathaus</h1>"
        "<p class='date'>Di., 3. Februar 2026, 10:00-12:00 Uhr</p><p>Text.</p></body></html>"
    )
    art = extract_article(html, "https://stadt.example.de/aktuell/tag-der-offenen-tuer")
    assert art.published == "2026-02-03T10:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26.10.2025 | 2:43 min", "2025-10-26T00:00:00"),
        ("Video vom 26.10.2025, 12:05 Min.", "2025-10-26T00:00:00"),
        ("26 octobre 2025 · 3:20 minutes", "2025-10-26T00:00:00"),
        ("26 de octubre de 2025 - 4:10 minutos", "2025-10-26T00:00:00"),
        ("26 ottobre 2025, durata 4:10 minuti", "2025-10-26T00:00:00"),
        ("26. oktober 2025 · 4:10 minutter", "2025-10-26T00:00:00"),
        ("26.10.2025 | 14:43 Uhr", "2025-10-26T14:43:00"),  # a clock time stays one
        ("Oct 26, 2025 2:43 pm", "2025-10-26T14:43:00"),
    ],
)  # fmt: skip
def test_a_duration_is_no_time_of_day(text: str, expected: str) -> None:
    found = parse_date(text)
    assert found is not None and to_iso(found) == expected


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        ("Published Fri, Apr 28 2023<span class='divider'></span>2:23 PM EDT",
         "https://news.example.com/a", "2023-04-28T14:23:00-04:00"),
        ("Veröffentlicht am 28.04.2023<span class='sep'></span>14:23 Uhr",
         "https://news.example.de/a", "2023-04-28T14:23:00+02:00"),
        ("28 avril 2023<i></i>14h23", "https://news.example.fr/a", "2023-04-28T14:23:00+02:00"),
        ("2023年4月28日<span></span>14:23", "https://news.example.jp/a", "2023-04-28T14:23:00+09:00"),
        ("am <b>28</b>.<b>4</b>.2023 um 14:23", "https://news.example.de/a", "2023-04-28T14:23:00+02:00"),
    ],
)  # fmt: skip
def test_a_year_and_a_time_in_neighbouring_elements(line: str, url: str, expected: str) -> None:
    """Joined, "2023<span></span>2:23 PM" read as "20232:23": neither a year nor a time."""
    html = f"<html><body><h1>Ein Titel</h1><time>{line}</time><p>Text.</p></body></html>"
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("url", "updated", "posted", "published", "modified"),
    [
        ("https://news.example.es/a", "Actualizado el 25/05/2025", "25 de mayo de 2025 16:51 h",
         "2025-05-25T16:51:00+02:00", "2025-05-25T21:57:44+02:00"),
        ("https://news.example.de/a", "Aktualisiert am 25.05.2025", "25. Mai 2025, 16:51 Uhr",
         "2025-05-25T16:51:00+02:00", "2025-05-25T21:57:44+02:00"),
        ("https://news.example.fr/a", "Mis à jour le 25/05/2025", "Publié le 25 mai 2025 à 16h51",
         "2025-05-25T16:51:00+02:00", "2025-05-25T21:57:44+02:00"),
        ("https://news.example.co.uk/a", "Updated 25 May 2025", "25 May 2025 15:51",
         "2025-05-25T15:51:00+01:00", "2025-05-25T21:57:44+02:00"),
    ],
)  # fmt: skip
def test_a_time_element_saying_updated_is_the_modified_time(
    url: str, updated: str, posted: str, published: str, modified: str
) -> None:
    """Taken for the published time, "Actualizado el ..." put the update's 21:57 there."""
    html = (
        "<html><body><h1>Un titular de la noticia</h1>"
        f"<p class='byline'>{posted}</p>"
        f"<time datetime='2025-05-25T21:57:44+02:00'>{updated}</time><p>Text.</p></body></html>"
    )
    art = extract_article(html, url)
    assert (art.published, art.modified) == (published, modified)
