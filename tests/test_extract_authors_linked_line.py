"""A byline whose first writer alone links to a page of theirs with rel=author, the
others plain text in the same line (no page of their own): every writer is named where
the line holds nothing but names joined by marks or the language's short "and"; a line
with a role, a place or a date beside the one linked name gives that name alone.
Invented pages and names, no other author source (no JSON-LD, no metas, no byline class).
"""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.kuestenblatt.example/region/2026/12/04/faehre-4711.html"
TEXT = {
    "en": "The island ferry will not run on Saturday or Sunday because of a storm warning, the operator said.",
    "de": "Die Inselfähre fährt wegen einer Sturmwarnung am Samstag und Sonntag nicht, teilte die Reederei mit.",
    "nb": "Øyferja går ikke lørdag eller søndag på grunn av farevarsel om storm, opplyser rederiet.",
    "fr": "Le bac vers l'île ne circulera ni samedi ni dimanche en raison d'une alerte tempête, selon l'exploitant.",
    "es": "El ferri a la isla no saldrá el sábado ni el domingo por un aviso de temporal, según la naviera.",
    "id": "Kapal feri ke pulau tidak berlayar pada hari Sabtu dan Minggu karena peringatan badai, kata operator.",
    "it": "Il traghetto per l'isola non partirà sabato e domenica per un'allerta meteo, ha detto la compagnia.",
}


def _page(lang: str, byline: str) -> str:
    paragraphs = "".join(f"<p>{TEXT[lang]} ({i})</p>" for i in range(4))
    return (
        f"<html lang='{lang}'><head><title>Ferry</title></head><body>"
        f"<article><h1>Ferry cancelled</h1><div class='m3'><span>{byline}</span></div>{paragraphs}</article>"
        "</body></html>"
    )


def _linked(name: str) -> str:
    slug = name.lower().replace(" ", "-")
    return f"<span><a rel='author' href='/people/{slug}'>{name}</a></span>"


WHOLE = [
    ("en", f"{_linked('Jane Doe')}, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
    ("en", f"{_linked('Jane Doe')} &amp; John Roe", ["Jane Doe", "John Roe"]),
    ("de", f"{_linked('Anna Muster')} und Peter Beispiel", ["Anna Muster", "Peter Beispiel"]),
    (
        "de",
        f"{_linked('Anna Muster')}, Jonas Probe, Lea Test",
        ["Anna Muster", "Jonas Probe", "Lea Test"],
    ),
    ("nb", f"{_linked('Kari Nordmann')} og Ola Nordmann", ["Kari Nordmann", "Ola Nordmann"]),
    ("fr", f"{_linked('Jean Dupont')} et Marie Martin", ["Jean Dupont", "Marie Martin"]),
    ("es", f"{_linked('Lucía Gómez')} y Pedro Ruiz", ["Lucía Gómez", "Pedro Ruiz"]),
    ("id", f"{_linked('Budi Santoso')} dan Siti Rahayu", ["Budi Santoso", "Siti Rahayu"]),
    ("it", f"{_linked('Marco Bianchi')} e Giulia Verdi", ["Marco Bianchi", "Giulia Verdi"]),
]

ONE = [
    ("en", f"{_linked('Jane Doe')}, Science correspondent", ["Jane Doe"]),
    ("en", f"{_linked('Jane Doe')} in Berlin and Paris", ["Jane Doe"]),
    ("de", f"{_linked('Anna Muster')} | 04.12.2026, 10:15 Uhr", ["Anna Muster"]),
    ("fr", f"{_linked('Jean Dupont')}, envoyé spécial à Marseille", ["Jean Dupont"]),
    ("es", f"{_linked('Lucía Gómez')} Madrid", ["Lucía Gómez"]),
]


@pytest.mark.parametrize(("lang", "byline", "want"), WHOLE + ONE)
def test_the_writers_of_a_line_with_one_linked(lang: str, byline: str, want: list[str]) -> None:
    assert extract_article(_page(lang, byline), URL).authors == want
