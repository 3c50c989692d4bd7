"""Date lines whose parts markup parts without a space ("10.35 Uhr<br>Aktualisiert ...",
"7:55 AM UTC<span>Updated</span> ago"): read as the reader sees them, apart.

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
