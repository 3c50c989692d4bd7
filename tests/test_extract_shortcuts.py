"""Shortcuts of the shared layers that must not change a result: `text.clean` gives a string
back untouched only where cleaning it would change nothing (every kind of space, invisible
mark, markup and entity still goes through the cleaning); the canonical address is found
once a page."""

from __future__ import annotations

import sys

import pytest

from newsarchive.extract import page_fields
from newsarchive.extract.document import parse
from newsarchive.extract.text import _EDGE_MARKS, clean


def _cleaned(s: str) -> str:
    """What `clean` does to a short string, written out step by step (no shortcut)."""
    s = s.replace("\u200b", "")
    s = " ".join(s.split())
    return s.strip(_EDGE_MARKS)


SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(c):04X}" for c in SPACES])
def test_every_space_is_collapsed_inside_and_dropped_at_the_ends(space: str) -> None:
    assert clean(f"Harbour{space}bridge") == "Harbour bridge"
    assert clean(f"{space}Harbour bridge{space}") == "Harbour bridge"
    assert clean(f"Harbour {space}bridge") == "Harbour bridge"


@pytest.mark.parametrize("mark", list(_EDGE_MARKS), ids=[f"U+{ord(c):04X}" for c in _EDGE_MARKS])
def test_invisible_marks_go_at_the_ends_and_stay_inside(mark: str) -> None:
    assert clean(f"{mark}Harbour bridge{mark}") == "Harbour bridge"
    assert clean(f"Harbour{mark}bridge") == _cleaned(f"Harbour{mark}bridge")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Harbour bridge reopens", "Harbour bridge reopens"),
        ("", ""),
        (" ", ""),
        ("Harbour  bridge", "Harbour bridge"),
        ("Harbour <b>bridge</b>", "Harbour bridge"),
        ("Harbour &amp; bridge", "Harbour & bridge"),
        ("Harbour & bridge", "Harbour & bridge"),
        ("a < b", "a < b"),
        ("Harbour\u200bbridge", "Harbourbridge"),
        ("Hafen\u00adbrücke", "Hafen\u00adbrücke"),
        ("港の橋が再開", "港の橋が再開"),
        ("Harbour\tbridge\n", "Harbour bridge"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_a_clean_string_is_given_back_as_it_is() -> None:
    s = "".join(["Harbour bridge reopens after repairs"])
    assert clean(s) is s


def test_the_canonical_address_is_found_once_a_page() -> None:
    page = (
        '<html><head><link rel="canonical" href="/harbour/bridge-reopens">'
        "<title>Bridge reopens</title></head><body><h1>Bridge reopens</h1></body></html>"
    )
    doc = parse(page, "https://news.example.test/amp/harbour/bridge-reopens")
    assert doc is not None
    first = page_fields.canonical_url(doc)
    assert first == "https://news.example.test/harbour/bridge-reopens"
    for link in doc.tree.iter("link"):
        link.set("href", "/elsewhere")  # read again, the tree would now give another address
    assert page_fields.canonical_url(doc) is first
