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


# Guards for authors-31's rules on forms a site never seen prints (each passed on the
# branch; they fail if a rule reaches further): a writer's short surname in capitals before
# her dateline, a given name that is a town after a surname, a person whose surname is a
# town, a Chinese name holding a section's word
GUARDS = [
    ("en", "LI, BEIJING —", ["LI"]),
    ("en", "By Wei LI, BEIJING —", ["Wei LI"]),
    ("en", "NG, SINGAPORE —", ["NG"]),
    ("en", "By Jane Doe and WU, SHANGHAI", ["Jane Doe", "WU"]),
    ("en", "Doe, FLORENCE", ["FLORENCE Doe"]),
    ("en", "Doe, CHELSEA", ["CHELSEA Doe"]),
    ("en", "By Paris Hilton", ["Paris Hilton"]),
    ("en", "By Jordan Berlin", ["Jordan Berlin"]),
    ("en", "Florence Welch, LONDON —", ["Florence Welch"]),
    ("zh", "王文化 刚才", ["王文化"]),
    ("zh", "本报记者 王文化 刚才", ["王文化"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), GUARDS)
def test_writers_the_new_rules_leave_alone(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


CS_STORY = "Zastupitelstvo v úterý rozhodlo zbourat starý most přes řeku a postavit nový; práce mají začít na jaře příštího roku v létě."
RO_STORY = "Consiliul local a decis marți să demoleze vechiul pod de peste râu și să construiască unul nou; lucrările încep în primăvară."
EN_STORY = "The council decided on Tuesday to tear down the old bridge over the river and build a new one, with work due to start in the spring."
# "Editor:" alone by the words' language where the markup says another or nothing
EDITOR_BY_WORDS = [
    ("en", "Editor: Ion Popescu", RO_STORY, ["Ion Popescu"]),
    ("", "Editor: Ion Popescu", RO_STORY, ["Ion Popescu"]),
    ("en", "Editor: Jan Novák", CS_STORY, []),
    ("", "Editor: Jan Novák", CS_STORY, []),
    ("en", "Editor: John Smith", EN_STORY, []),
]


@pytest.mark.parametrize(("lang", "byline", "story", "expected"), EDITOR_BY_WORDS)
def test_editor_alone_by_the_words_language(
    lang: str, byline: str, story: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline, story) == expected
