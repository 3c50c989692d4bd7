"""Date lines as a reader sees them: parts that markup glues read apart ("10.35 Uhr<br>
Aktualisiert ...", "7:55 AM UTC <span>Updated</span> ago"); a byline stated against the
fetch ("Publiziert heute um 10.35 Uhr") before dated lines further down; no publication
after the fetch.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 1, 12, 15, 0, tzinfo=UTC)


def _page(lang: str, line: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Ein Titel</title></head><body><main><article>"
        f"<h1>Ein ganz gewöhnlicher Titel für den Test</h1><p class='meta'>{line}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        ("https://www.zeitung.example.ch/a-1", "de", "Publiziert: 11.01.2026, 10.35 Uhr<br>Aktualisiert: heute um 14.10 Uhr", "2026-01-11T10:35:00+01:00"),
        ("https://www.zeitung.example.ch/a-1", "de", "Aktualisiert vor 2 Stunden<br>Publiziert: 11.01.2026, 10.35 Uhr", "2026-01-11T10:35:00+01:00"),
        ("https://www.giornale.example.it/a-1", "it", "Aggiornato 2 ore fa<br>Pubblicato il 11/01/2026 alle 10:35", "2026-01-11T10:35:00+01:00"),
        ("https://www.journal.example.fr/a-1", "fr", "Mis à jour il y a 2 heures<br>Publié le 11/01/2026 à 10h35", "2026-01-11T10:35:00+01:00"),
        ("https://www.diario.example.es/a-1", "es", "Actualizado hace 2 horas<br>Publicado el 11/01/2026 a las 10:35", "2026-01-11T10:35:00+01:00"),
        ("https://www.news.example.co.uk/a-1", "en", "Updated 2 hours ago<br>Published 11 January 2026, 10:35", "2026-01-11T10:35:00+00:00"),
        # a relative time a script fills in, left out: the label names no date before it
        ("https://www.news.example.co.uk/a-1", "en", "11 January 2026 10:35 AM GMT <span>Updated</span> ago", "2026-01-11T10:35:00+00:00"),
    ],
)  # fmt: skip
def test_parts_of_a_line_markup_glues(url: str, lang: str, line: str, expected: str) -> None:
    assert extract_article(_page(lang, line), url, fetched=_FETCHED).published == expected


def _byline_page(lang: str, byline: str, later: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><main><article>"
        f"<h1>Ein ganz gewöhnlicher Titel für den Test</h1><p class='meta'>{byline}</p>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch mehr Text.</p>"
        f"</article>{later}</main></body></html>"
    )


_LIST = "<div class='weitere'><ul><li><a href='/b'>Kurz notiert</a> <span class='date'>{}</span></li></ul></div>"


@pytest.mark.parametrize(
    ("url", "lang", "byline", "later", "expected"),
    [
        # a byline stated against the fetch, a dated list or footer line further down
        ("https://www.zeitung.example.ch/a-1", "de", "Publiziert heute um 10.35 Uhr", _LIST.format("08.01.2026"), "2026-01-12T10:35:00+01:00"),
        ("https://www.zeitung.example.de/a-1", "de", "vor 3 Stunden", "<footer><p class='date'>Stand der Daten: 01.01.2026</p></footer>", "2026-01-12T13:00:00+01:00"),
        ("https://www.journal.example.fr/a-1", "fr", "Publié aujourd'hui à 10h35", _LIST.format("08/01/2026"), "2026-01-12T10:35:00+01:00"),
        ("https://www.gazeta.example.pl/a-1", "pl", "dzisiaj, 10:35", _LIST.format("08.01.2026"), "2026-01-12T10:35:00+01:00"),
        ("https://www.news.example.co.uk/a-1", "en", "Yesterday 18:02", _LIST.format("8 January 2026"), "2026-01-11T18:02:00+00:00"),
    ],
)  # fmt: skip
def test_a_byline_against_the_fetch_before_dated_lines_further_down(
    url: str, lang: str, byline: str, later: str, expected: str
) -> None:
    assert (
        extract_article(_byline_page(lang, byline, later), url, fetched=_FETCHED).published
        == expected
    )


def test_an_absolute_byline_before_a_relative_line_is_read_first() -> None:
    page = _byline_page("de", "11.01.2026, 10:35 Uhr</p><p>vor 3 Stunden", "")
    url = "https://www.zeitung.example.de/a-1"
    assert extract_article(page, url, fetched=_FETCHED).published == "2026-01-11T10:35:00+01:00"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("de", "<p class='termin'>Die Abstimmung ist am 20.02.2026 um 10:00 Uhr</p><p class='date'>09.01.2026, 08:15 Uhr</p>", "2026-01-09T08:15:00+01:00"),
        ("en", "<p class='event-date'>Match day: 20 February 2026, 15:00</p><p class='date'>9 January 2026, 08:15</p>", "2026-01-09T08:15:00+00:00"),
    ],
)  # fmt: skip
def test_a_day_after_the_fetch_is_no_publication(lang: str, line: str, expected: str) -> None:
    url = (
        "https://www.zeitung.example.de/a-1"
        if lang == "de"
        else "https://www.news.example.co.uk/a-1"
    )
    assert (
        extract_article(_byline_page(lang, "", line), url, fetched=_FETCHED).published == expected
    )


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # more than a day after the fetch: a placeholder or a scheduled time, not read
        ("2026-02-20T10:00:00+01:00", None),
        ("2099-12-31T23:59:59Z", None),
        # within a day of it: a CMS's clock or a naive crawl time's zone, still the publication
        ("2026-01-13T09:00:00+01:00", "2026-01-13T09:00:00+01:00"),
    ],
)  # fmt: skip
def test_the_publishers_metadata_after_the_fetch(stamp: str, expected: str | None) -> None:
    head = f"<meta property='article:published_time' content='{stamp}'>"
    page = _byline_page("de", "", "").replace("<title>T</title>", f"<title>T</title>{head}")
    url = "https://www.zeitung.example.de/a-1"
    assert extract_article(page, url, fetched=_FETCHED).published == expected
