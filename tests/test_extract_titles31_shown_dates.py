"""A date in brackets that the article's h1 shows is the headline's own words, not a stamp.

Session 31 cut a date in brackets at either end of a title (a Japanese title's full-width
"(2026年1月13日)", "Storm hits coast (5 December 2026)") as a template's stamp of the day.
Where the article's h1 shows the same title with its date, the reader sees it as part of the
headline (a daily briefing's "(Montag, 13. Mai 2026)", a festival's day): it stays. Where the
h1 lacks it, it goes.

Every page here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

_TEXT = (
    "Der Text geht hier weiter mit vielen Worten und noch mehr Worten über den Hafen. "
    "港で火災が起きた。The harbour story goes on for a while with more words."
)


def _title(lang: str, h1: str, meta: str) -> str | None:
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{meta}</title>"
        f"<meta property='og:title' content='{meta}'></head><body><article><h1>{h1}</h1>"
        f"<p>{_TEXT}</p></article></body></html>"
    )
    return extract_article(html, "https://hafenkurier.example/a/4711").title


@pytest.mark.parametrize(
    ("lang", "h1", "meta", "expected"),
    [
        # the h1 shows the date: the headline's
        (
            "de",
            "Die Lage am Morgen (Montag, 13. Mai 2026)",
            "Die Lage am Morgen (Montag, 13. Mai 2026) | Hafenkurier",
            "Die Lage am Morgen (Montag, 13. Mai 2026)",
        ),
        (
            "de",
            "Hafenfest beginnt (13. Mai 2026)",
            "Hafenfest beginnt (13. Mai 2026)",
            "Hafenfest beginnt (13. Mai 2026)",
        ),
        (
            "en",
            "Morning briefing (Tuesday, 5 May 2026)",
            "Morning briefing (Tuesday, 5 May 2026) - Harbour Courier",
            "Morning briefing (Tuesday, 5 May 2026)",
        ),
        (
            "ja",
            "港で火災、3人けが（2026年1月13日）",
            "港で火災、3人けが（2026年1月13日）｜海辺新聞",
            "港で火災、3人けが（2026年1月13日）",
        ),
        # counter-cases: the h1 lacks it, a template's stamp
        (
            "de",
            "Hafenfest beginnt am Abend",
            "Hafenfest beginnt am Abend (13. Mai 2026)",
            "Hafenfest beginnt am Abend",
        ),
        ("ja", "港で火災、3人けが", "港で火災、3人けが（2026年1月13日）", "港で火災、3人けが"),
    ],
)
def test_a_date_the_h1_shows_stays(lang: str, h1: str, meta: str, expected: str) -> None:
    assert _title(lang, h1, meta) == expected
