"""Leftovers of unseen-language pages: an editor credited before the writer, Indonesian
"Laporan wartawan <newsroom>, <name>", "Text/Foto:" credits, Swahili unit-first "ago" dates.

Every name, newsroom and page here is made up for the test; the formats are the ones such
news sites print.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.daterelative import read

PARA = (
    "<p>"
    + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr im Winter. " * 4
    + "</p>"
)


def _page(under_headline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head></head><body><article><h1>Ein erfundener Titel des Artikels</h1>"
        f"{under_headline}{PARA}</article></body></html>"
    )


BYLINES = [
    # the editor credited first, the writer or reporter after: the writer alone
    ("en", "Edited By: Anna Rao | Written By: Vikram Shah", ["Vikram Shah"]),
    ("en", "Edited by Anna Rao | Reported By: Vikram Shah", ["Vikram Shah"]),
    (
        "en",
        "Edited by Anna Rao; Written by Vikram Shah and Meera Iyer",
        ["Vikram Shah", "Meera Iyer"],
    ),
    ("en", "Written by Vikram Shah, Edited by Anna Rao", ["Vikram Shah"]),
    ("en", "Reported By: Vikram Shah | Edited By: Anna Rao", ["Vikram Shah"]),
    ("de", "Fotos: Bernd Beispiel | Text: Anna Muster", ["Anna Muster"]),
    # an editor alone, or a photo credit alone, credits no writer
    ("en", "Edited By: Anna Rao", []),
    ("en", "Edited by Anna Rao | Mumbai", []),
    ("de", "Fotos: Bernd Beispiel", []),
    # Indonesian and Malay: the newsroom's reporter, the name after the comma
    ("id", "Laporan wartawan Contohnews.com, Budi Santoso", ["Budi Santoso"]),
    ("id", "Laporan Wartawan Harian Contoh, Siti Rahayu", ["Siti Rahayu"]),
    ("id", "Laporan Reporter Contoh TV, Agus Wijaya", ["Agus Wijaya"]),
    ("ms", "Laporan wartawan Berita Contoh, Ahmad Faizal", ["Ahmad Faizal"]),
    # the writer took the pictures too, in any order and with any mark between
    ("de", "Text/Foto: Anna Muster", ["Anna Muster"]),
    ("de", "Text + Bilder: Anna Muster", ["Anna Muster"]),
    ("de", "Fotos und Text: Anna Muster", ["Anna Muster"]),
    ("de", "Foto/Text: Anna Muster", ["Anna Muster"]),
    ("de", "Text und Fotos: Anna Muster", ["Anna Muster"]),
    ("fr", "Texte et photos : Anne Martin", ["Anne Martin"]),
    ("fr", "Texte/photos : Anne Martin", ["Anne Martin"]),
    ("es", "Texto y fotos: Ana García", ["Ana García"]),
    # the photographer credited apart stays no author
    ("de", "Text: Anna Muster / Fotos: Bernd Beispiel", ["Anna Muster"]),
]


@pytest.mark.parametrize(
    ("lang", "raw", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_the_writer_beside_credits_in_a_byline(lang: str, raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


PAGES = [
    ("en", "<p>Edited By: Anna Rao | Written By: Vikram Shah</p>", ["Vikram Shah"]),
    (
        "en",
        '<div class="byline"><span>Edited By: <b>Anna Rao</b></span> | <span>Written By: <b>Vikram Shah</b></span></div>',
        ["Vikram Shah"],
    ),
    ("en", "<p>Edited By: Anna Rao</p>", []),
    (
        "id",
        "<p><strong>Laporan Wartawan Contohnews.com, Budi Santoso</strong></p>",
        ["Budi Santoso"],
    ),
    ("ms", "<p>Laporan wartawan Berita Contoh, Ahmad Faizal</p>", ["Ahmad Faizal"]),
    ("de", '<p class="credits">Text/Foto: Anna Muster</p>', ["Anna Muster"]),
    ("de", "<p>Fotos und Text: Anna Muster</p>", ["Anna Muster"]),
    ("fr", "<p>Texte et photos : Anne Martin</p>", ["Anne Martin"]),
]


@pytest.mark.parametrize(
    ("lang", "under_headline", "expected"), PAGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PAGES)]
)
def test_the_writer_under_the_headline(lang: str, under_headline: str, expected: list[str]) -> None:
    article = extract_article(_page(under_headline, lang), "https://www.example.org/a/b")
    assert article.authors == expected
    assert "Laporan" not in (article.body or "")


EAT = timezone(timedelta(hours=3))
NOW = datetime(2026, 2, 3, 15, 30, 12, tzinfo=EAT)  # the fetch, in the page's zone


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("saa 3 zilizopita", "sw", "2026-02-03T12:30:00+03:00"),
        ("dakika 5 zilizopita", "sw", "2026-02-03T15:25:00+03:00"),
        ("Imechapishwa saa 1 iliyopita", "sw", "2026-02-03T14:30:00+03:00"),
        ("siku 2 zilizopita", "sw", "2026-02-01"),
        ("wiki 1 iliyopita", "sw", "2026-01-27"),
        ("siku 2 zilizopita", None, "2026-02-01"),  # the page's language unknown
    ],
)  # fmt: skip
def test_swahili_unit_first_ago(text: str, lang: str | None, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None
    shown = found.date().isoformat() if found.time() == datetime.min.time() else found.isoformat()
    assert shown == expected


@pytest.mark.parametrize(
    "text",
    [
        "saa 3 asubuhi",  # a Swahili clock time (9 in the morning), no "ago"
        "saa 3",
        "siku 2 za mkutano",  # "2 days of the meeting"
        "zilizopita",  # the "ago" word alone
    ],
)
def test_swahili_no_ago(text: str) -> None:
    assert read(text, NOW, "sw") is None
