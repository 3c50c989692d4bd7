"""A desk named before a writer credits the writer alone ("Redaktion Region | Anna Muster"),
but a desk before what is no writer stays credited, as it was: a lone word after it (the
dateline's place "Hamburg", a label's "Meinung", a first name alone), which falls beside a
desk as beside a writer. An agency after the desk is credited alone, as the desk after it
was ("dpa | Redaktion Region"). Invented names, sites and markup."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.kuestenpost.example/region/deich-wird-erhoeht-5512"
STORY = (
    "<p>Der Landkreis will den alten Deich an der Bucht bis zum Herbst um einen halben Meter "
    "erhöhen, nachdem das Hochwasser im Frühjahr mehrere Keller überflutet hatte.</p>"
    "<p>Die Arbeiten beginnen im März und dauern etwa sechs Wochen, sagte die Landrätin.</p>"
)


def _authors(byline: str, lang: str) -> list[str]:
    page = (
        f'<html lang="{lang}"><head><title>Deich wird erhöht</title></head><body><article>'
        f'<h1>Deich wird erhöht</h1><p class="byline">{byline}</p>{STORY}</article></body></html>'
    )
    return extract_article(page.encode(), URL).authors


DESK_KEPT = [
    ("de", "Redaktion Region | Hamburg", ["Redaktion Region"]),
    ("de", "Redaktion Region, Hamburg", ["Redaktion Region"]),
    ("de", "Redaktion Region | Nordfriesland", ["Redaktion Region"]),
    ("de", "Redaktion Region | Meinung", ["Redaktion Region"]),
    ("de", "Redaktion Region | Kommentar", ["Redaktion Region"]),
    ("de", "Redaktion Region | Gastbeitrag", ["Redaktion Region"]),
    ("de", "Redaktion Region | Pressemitteilung", ["Redaktion Region"]),
    ("de", "Redaktion Region | Anna", ["Redaktion Region"]),
    ("nl", "Redactie Binnenland | Amsterdam", ["Redactie Binnenland"]),
    ("es", "Redacción Nacional | Madrid", ["Redacción Nacional"]),
    ("fr", "Rédaction Culture | Paris", ["Rédaction Culture"]),
    ("it", "Redazione Cronaca | Milano", ["Redazione Cronaca"]),
    ("pl", "Redakcja Kraj | Warszawa", ["Redakcja Kraj"]),
]
WRITER_ALONE = [
    ("de", "Redaktion Region | Anna Muster", ["Anna Muster"]),
    ("de", "Redaktion Region | Anna Muster und Bert Beispiel", ["Anna Muster", "Bert Beispiel"]),
    ("de", "Redaktion Region | Anna Muster, Bert Beispiel", ["Anna Muster", "Bert Beispiel"]),
    ("id", "Redaksi Kompas | Budi Santoso", ["Budi Santoso"]),
    ("es", "Redacción EFE | Ana García", ["Ana García"]),
    # an agency after the desk is credited alone, as the desk after it was ("dpa | Redaktion")
    ("de", "Redaktion Region | dpa", ["dpa"]),
    ("de", "Redaktion Region / KNA", ["KNA"]),
    ("fr", "Rédaction Culture | DPA", ["DPA"]),
    ("es", "Redacción Nacional / EFE", ["EFE"]),
]


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    DESK_KEPT + WRITER_ALONE,
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_desk_before_a_writer_or_not(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(line, lang) == expected
    assert clean_names([line]) == expected
