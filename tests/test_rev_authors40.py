"""Review of authors-40 on invented pages: where its rules read too much.

- A big city before an agency is a writer's surname only under a dateline naming another
  place, not the same city spelled otherwise ("Kyiv, Reuters" over "KIEV, Dec 5 (Reuters) -",
  "Roma, ANSA" over "Rome, 5 dic. -", "Bruselas, EFE" over "Brussels"), nor a kicker
  ("Wetter: ..." is a topic, though a town is called Wetter).
- Spaced "和" splits Chinese names, not a Japanese one: "和" is a given name there.

Every name and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import STORY, line_authors

_DIV = "<div class='byline'>{}</div>"

SAME_CITY = [
    ("en", "Kyiv, Reuters", f"KIEV, Dec 5 (Reuters) - {STORY['en']}", ["Reuters"]),
    ("it", "Roma, ANSA", f"Rome, 5 dic. - {STORY['it']}", ["ANSA"]),
    ("es", "Bruselas, EFE", f"Brussels, 5 dic. - {STORY['es']}", ["EFE"]),
    ("uk", "Київ, Укрінформ", f"Kyiv - {STORY['uk']}", ["Укрінформ"]),
    ("pl", "Warszawa, PAP", f"Warsaw - {STORY['pl']}", ["PAP"]),
    # the older dateline spelling alone is the city too
    ("en", "Kiev, AFP", None, ["AFP"]),
    # a kicker word and a colon opening the story is no dateline, though a town bears it
    ("de", "München, dpa", f"Wetter: {STORY['de']}", ["dpa"]),
    ("en", "Paris, AFP", f"Corona: {STORY['en']}", ["AFP"]),
    # counter-cases: another city's dateline leaves the surname
    ("it", "Messina, ANSA", f"ROMA: {STORY['it']}", ["Messina", "ANSA"]),
    ("en", "Lima, Reuters", f"KIEV, Dec 5 (Reuters) - {STORY['en']}", ["Lima", "Reuters"]),
    ("it", "Messina, ANSA", f"Rome, 5 dic. - {STORY['it']}", ["Messina", "ANSA"]),
]


@pytest.mark.parametrize(("lang", "line", "story", "expected"), SAME_CITY)
def test_same_city_spelled_otherwise_is_the_dateline(
    lang: str, line: str, story: str | None, expected: list[str]
) -> None:
    assert line_authors(lang, _DIV.format(line), story) == expected


HAN_AND = [
    ("ja", "佐藤 和 記者", ["佐藤 和"]),
    ("zh", "王明 和 李华", ["王明", "李华"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), HAN_AND)
def test_spaced_he_splits_chinese_names_only(lang: str, line: str, expected: list[str]) -> None:
    assert line_authors(lang, _DIV.format(line)) == expected
