"""Body text of invented pages: a story's service line holding a clock time ("Einlass: 19:30
Uhr", "Horario: 10:00 a 18:00") is a fact of the story, not the page's date stamp, and stays
wherever it stands among the story's paragraphs; the page's own stamps ("Stand: 05.12.2026,
14:30 Uhr", "Updated 2:45 PM") at the start or end of the body still go. Invented sites,
stories and lines."""

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL


def _page(lang: str, at: int, line: str) -> str:
    """The story with `line` set as a paragraph before its paragraph `at`."""
    headline, ps = STORIES[lang]
    parts = [f"<p>{p}</p>" for p in ps]
    parts.insert(at, f"<p>{line}</p>")
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><header><a href="/">Stadtblatt</a></header><div class="k3x">'
        f"<h1>{headline}</h1>"
        f'<div class="a1b2">{"".join(parts)}</div></div><footer><p>© 2026 Stadtblatt</p></footer>'
        "</body></html>"
    )


def _lines(lang: str, at: int, line: str) -> list[str]:
    body = extract_article(_page(lang, at, line), URL).body or ""
    return [p for p in body.split("\n") if p]


# a service line with a clock: a key that is no date label, or a span of hours
FACTS = [
    ("es", "Horario: 10:00 a 18:00"),
    ("en", "Opening hours: 10:00 to 18:00"),
    ("de", "Öffnungszeiten: 10:00 bis 18:00 Uhr"),
    ("de", "Einlass: 19:30 Uhr"),
    ("fr", "Horaires : 9:30 à 17:00"),
    ("pt", "Abertura dos portões: 18:30"),
    ("it", "Orari: 10:00-19:00"),
    ("de", "Täglich 10:00 – 18:00 Uhr"),
]


@pytest.mark.parametrize(("lang", "line"), FACTS)
@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_service_line_with_a_clock_stays(lang: str, line: str, at: int) -> None:
    got = _lines(lang, at, line)
    assert line in got
    assert all(p in got for p in STORIES[lang][1])


# the page's own stamps, with a date or a publishing label, at the start or the end of the body
STAMPS = [
    ("de", "Stand: 05.12.2026, 14:30 Uhr"),
    ("en", "Updated 2:45 PM"),
    ("de", "Aktualisiert am 5. Dezember 2026 um 14:30 Uhr"),
    ("es", "Publicado: 05/12/2026 10:00"),
    ("de", "Stand: 10:00 Uhr"),
    ("en", "Updated: 14:30"),
]


@pytest.mark.parametrize(("lang", "line"), STAMPS)
@pytest.mark.parametrize("at", [0, 1, 4])
def test_a_date_stamp_still_goes(lang: str, line: str, at: int) -> None:
    got = _lines(lang, at, line)
    assert line not in got
    assert all(p in got for p in STORIES[lang][1])
