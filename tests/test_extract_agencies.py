"""The one list of news agencies (langwords.AGENCIES) that the author modules and bodytaglines.py
read: the same names drop a tag line from the body and stay beside a writer in the byline.
Invented pages and names."""

from __future__ import annotations

import pytest

from newsarchive.extract import authorperson, bodytaglines, extract_article, langwords


def test_authors_and_body_read_the_one_list() -> None:
    assert authorperson.AGENCIES is langwords.AGENCIES
    assert langwords.AGENCIES <= bodytaglines.AGENCIES


def _meta_author(key: str, value: str) -> list[str]:
    html = (
        f"<html lang='de'><head><title>Hafen</title><meta name='{key}' content='{value}'></head>"
        "<body><article><h1>Hafen</h1><p>Der Gemeinderat hat am Dienstagabend beschlossen, "
        "den alten Hafen für den Fährverkehr wieder auszubauen.</p></article></body></html>"
    )
    return extract_article(html, "https://x.example/a/1").authors


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a given name that is an agency's abbreviation elsewhere ("RIA") is still a name
        ("Muster, Ria", ["Ria Muster"]),
        ("Beispiel, Anna", ["Anna Beispiel"]),
        # an agency after the comma is no given name
        ("Muster, SDA", ["Muster", "SDA"]),
    ],
)
def test_a_family_first_creator_is_turned_unless_an_agency_stands_in_it(
    value: str, expected: list[str]
) -> None:
    assert _meta_author("dc.creator", value) == expected
