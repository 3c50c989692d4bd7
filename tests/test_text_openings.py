"""text.openings: the lookahead set before an alternation must never turn away a place one of
its parts opens at (a word added to a langwords list that opens with a mark, a group or an
optional letter gives no lookahead at all)."""

from __future__ import annotations

import re

import pytest

from newsarchive.extract.text import openings


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["tags?", "[aä]mnen?", "Thema"], "(?=[Taät])"),
        (["um", "kl", "เวลา"], "(?=[kuเ])"),
        (["[a-c]x", "q"], "(?=[a-cq])"),
    ],
)
def test_lookahead_holds_every_opening(parts: list[str], expected: str) -> None:
    assert openings(parts) == expected


@pytest.mark.parametrize(
    "parts",
    [
        ["tag", "«quote"],  # a mark
        ["tag", "(?:x|y)z"],  # a group
        ["tag", "s?ujet"],  # an optional first letter
        ["tag", "[aä]?mne"],  # an optional class
        ["tag", "[^/]+x"],  # a negated class
        ["tag", "[a-]x"],  # a class whose dash would join another's letters
        ["tag", "\\d+"],  # an escape
        [],
    ],
)
def test_no_lookahead_where_a_part_opens_otherwise(parts: list[str]) -> None:
    assert openings(parts) == ""


@pytest.mark.parametrize(
    "text",
    ["/Tags/x", "/ÄMNEN/y", "/themen/z", "/sujet/a", "/x/tag/b", "/2026/tagi/c", "ohne"],
)
def test_same_matches_with_the_lookahead(text: str) -> None:
    parts = ["tags?", "[aä]mnen?", "themen", "sujets?", "tagi"]
    body = "|".join(parts)
    plain = re.compile(rf"/(?:{body})/[^/]+$", re.I)
    ahead = re.compile(rf"/{openings(parts)}(?:{body})/[^/]+$", re.I)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in ahead.finditer(text)]
