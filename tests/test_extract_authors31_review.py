"""Review of authors-31's byline rules on invented pages (issue 10, rev-authors31).

- A name in capitals whose given name is a pair of initials and whose surname is a town
  ("BY AJ PRESTON —", "DJ HAMILTON —") is one writer, not a station's letters before a
  dateline: a station's dateline with no comma is a correspondent's post or a place the
  story names ("CNN WASHINGTON —", "ZDF BERLIN —").
- Icelandic "mín." is a minute only as a whole word: "mínimos", "mínus", "mínir" are no
  minutes ("há 2 mínimos" is no time two minutes before now).

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import daterelative
from tests.plugins.byline_lines import byline_authors

FROM_PRESTON = "The council in Preston decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring."
# A writer's name in capitals, initials then a surname that is a town: one writer
INITIALS_THEN_TOWN = [
    ("en", "BY AJ PRESTON —", None, ["AJ PRESTON"]),
    ("en", "AJ PRESTON —", None, ["AJ PRESTON"]),
    ("en", "DJ HAMILTON —", None, ["DJ HAMILTON"]),
    ("en", "CJ CHESTER —", None, ["CJ CHESTER"]),
    ("en", "RJ LINCOLN —", None, ["RJ LINCOLN"]),
    ("en", "TJ DENVER —", None, ["TJ DENVER"]),
    ("en", "EJ DURHAM —", None, ["EJ DURHAM"]),
]
# ... counter-cases: a station's letters before a correspondent's post, or before the town
# the story is from, are the station
STATION_DATELINES_KEPT = [
    ("en", "CNN WASHINGTON —", None, ["CNN"]),
    ("de", "ZDF BERLIN —", None, ["ZDF"]),
    ("en", "ABC SYDNEY —", None, ["ABC"]),
    ("en", "ITV PRESTON —", FROM_PRESTON, ["ITV"]),
    ("en", "AJ PRESTON, LONDON —", None, ["AJ PRESTON"]),
    ("en", "By AJ Preston", None, ["AJ Preston"]),
]


@pytest.mark.parametrize(
    ("lang", "byline", "story", "expected"), INITIALS_THEN_TOWN + STATION_DATELINES_KEPT
)
def test_initials_before_a_town_in_capitals_are_the_writers_name(
    lang: str, byline: str, story: str | None, expected: list[str]
) -> None:
    assert byline_authors(lang, byline, story) == expected


NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
# Words that open with "mín" and are no minute: no time against now
NOT_MINUTES = [
    ("pt", "há 2 mínimos"),
    ("es", "hace 3 mínimos"),
    ("sk", "pred 5 mínus"),
    ("is", "2 mínir síðan"),
]
# ... counter-cases: the abbreviation and the whole word, in Icelandic and beside
MINUTES = [
    ("is", "fyrir 5 mín.", datetime(2026, 12, 6, 11, 55, tzinfo=UTC)),
    ("is", "5 mín. síðan", datetime(2026, 12, 6, 11, 55, tzinfo=UTC)),
    ("is", "5 mín síðan", datetime(2026, 12, 6, 11, 55, tzinfo=UTC)),
    ("is", "fyrir 3 mínútum", datetime(2026, 12, 6, 11, 57, tzinfo=UTC)),
    ("es", "hace 5 mín", datetime(2026, 12, 6, 11, 55, tzinfo=UTC)),
    ("en", "5 min ago", datetime(2026, 12, 6, 11, 55, tzinfo=UTC)),
]


@pytest.mark.parametrize(("lang", "line"), NOT_MINUTES)
def test_a_word_opening_with_min_is_no_minute(lang: str, line: str) -> None:
    assert daterelative.read(line, NOW, lang) is None


@pytest.mark.parametrize(("lang", "line", "expected"), MINUTES)
def test_icelandic_min_is_a_minute(lang: str, line: str, expected: datetime) -> None:
    assert daterelative.read(line, NOW, lang) == expected


# Icelandic bylines with the minute abbreviation: the writer before it
ICELANDIC_BYLINES = [
    ("is", "Jón Jónsson 5 mín. síðan", ["Jón Jónsson"]),
    ("is", "Jón Jónsson og Anna Mín 2 klst. síðan", ["Jón Jónsson", "Anna Mín"]),
    ("is", "Anna Mínervudóttir", ["Anna Mínervudóttir"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), ICELANDIC_BYLINES)
def test_icelandic_bylines_with_minutes(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected
