"""A time range in a date line ("10:00-12:00") is no offset: the dash starts the range's end.

Every string here is made up for the test; the formats are the ones event and live pages print.
"""

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
