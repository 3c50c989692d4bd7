"""Printed bylines on invented pages (issue 10, authors-31).

- A station's or outlet's letters before a place in capitals printed as a dateline ("CNN,
  WASHINGTON —", "ZDF BERLIN —"): the station, no second writer "WASHINGTON" (and a surname
  in capitals before a known place: "OKAFOR, LAGOS —", her surname alone).
- A place in capitals after a surname or a full name, German or Italian style ("Müller,
  FLORENZ" over a story from Florenz, "Rossi, FIRENZE", "Anna Müller, GENF") or after a
  station's letters ("CNN, WASHINGTON"): where she filed from, no second writer.
- A time stated against now in Icelandic ("Jón Jónsson 2 klst. síðan", "5 mín. síðan"): the
  date, the writer before it stays (gave no writer).
- A section's name before a time stated against now ("社会 刚才", "国際 3時間前"): no writer.
- Romanian "Editor:" alone: the writer, as a Polish "Redaktor:" alone is (the word names a
  newsroom's journalist there); a Czech or Slovak "Editor:" stays an editing credit.

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import byline_authors

# A station's letters, or a surname in capitals, then a known place in capitals as a dateline
OUTLET_DATELINES = [
    ("en", "CNN, WASHINGTON —", ["CNN"]),
    ("en", "CNN, WASHINGTON, 3 March 2026", ["CNN"]),
    ("en", "NBC, JORDAN —", ["NBC"]),
    ("de", "ZDF BERLIN —", ["ZDF"]),
    ("en", "CNN WASHINGTON —", ["CNN"]),
    ("en", "OKAFOR, LAGOS —", ["OKAFOR"]),
    ("en", "LEE, SEOUL —", ["LEE"]),
]
# ... counter-cases: a writer beside the station, a name in capitals, a given name after a
# surname, the station alone
OUTLET_DATELINES_KEPT = [
    ("en", "Jane Doe, CNN, WASHINGTON —", ["Jane Doe", "CNN"]),
    ("en", "By Jane Doe, CNN", ["Jane Doe", "CNN"]),
    ("en", "CNN —", ["CNN"]),
    ("en", "KTLA, LOS ANGELES —", ["KTLA"]),
    ("en", "AP, WASHINGTON —", ["AP"]),
    ("en", "JANE DOE —", ["JANE DOE"]),
    ("de", "ANNA BERLIN —", ["ANNA BERLIN"]),
    ("en", "Smith, JORDAN —", ["Smith"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), OUTLET_DATELINES + OUTLET_DATELINES_KEPT)
def test_a_station_before_its_dateline_is_no_second_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


FROM_FLORENCE = "Die Stadtverwaltung in Florenz hat am Dienstag beschlossen, die alte Brücke über den Arno zu sanieren; die Arbeiten sollen im Frühjahr beginnen."
# A place in capitals after the writer's surname or name: where she filed from
CAPITAL_PLACES = [
    ("de", "Müller, FLORENZ", FROM_FLORENCE, ["Müller"]),
    ("de", "Anna Müller, FLORENZ", FROM_FLORENCE, ["Anna Müller"]),
    ("it", "Rossi, FIRENZE", None, ["Rossi"]),
    ("it", "Mario Rossi, FIRENZE", None, ["Mario Rossi"]),
    ("de", "Müller, GENF", None, ["Müller"]),
    ("de", "Anna Müller, GENF", None, ["Anna Müller"]),
    ("de", "Müller, ROM", None, ["Müller"]),
    # ... and after a station's or agency's letters, with no dash
    ("en", "CNN, WASHINGTON", None, ["CNN"]),
    ("en", "AP, WASHINGTON", None, ["AP"]),
]
# ... counter-cases: a given name in capitals, an agency's or station's letters, a paper's
# name, a given name that is a town too (no correspondent's post)
CAPITAL_PLACES_KEPT = [
    ("de", "Müller, ANNA", None, ["ANNA Müller"]),
    ("it", "Rossi, MARIO", None, ["MARIO Rossi"]),
    ("en", "Smith, JORDAN", None, ["JORDAN Smith"]),
    ("de", "Anna Müller, SDA", None, ["Anna Müller", "SDA"]),
    ("de", "Anna Müller, CNN", FROM_FLORENCE, ["Anna Müller", "CNN"]),
    ("en", "Jane Doe, POLITICO", None, ["Jane Doe", "POLITICO"]),
    ("en", "Jane Doe, JORDAN", None, ["Jane Doe", "JORDAN"]),
    ("en", "Jane Doe, AUSTIN", None, ["Jane Doe", "AUSTIN"]),
    # (an agency's letters that spell a town: Saudi and Kuwaiti agencies, no Spa or Kuna)
    ("en", "Jane Doe, SPA", None, ["Jane Doe", "SPA"]),
    ("en", "Jane Doe, KUNA", None, ["Jane Doe", "KUNA"]),
]


@pytest.mark.parametrize(
    ("lang", "byline", "story", "expected"), CAPITAL_PLACES + CAPITAL_PLACES_KEPT
)
def test_a_place_in_capitals_after_the_writer_is_where_she_filed_from(
    lang: str, byline: str, story: str | None, expected: list[str]
) -> None:
    assert byline_authors(lang, byline, story) == expected


# A time stated against now after the names, in Icelandic and its neighbours' languages
# (the Icelandic rows gave no writer; the others guard that they stay read)
RELATIVE_DATES = [
    ("is", "Jón Jónsson 2 klst. síðan", ["Jón Jónsson"]),
    ("is", "Jón Jónsson 5 mín. síðan", ["Jón Jónsson"]),
    (
        "is",
        "Jón Jónsson og Anna Sigurðardóttir 2 klst. síðan",
        ["Jón Jónsson", "Anna Sigurðardóttir"],
    ),
    ("is", "Jón Jónsson fyrir 2 klst.", ["Jón Jónsson"]),
    ("is", "Jón Jónsson 2 dögum síðan", ["Jón Jónsson"]),
    ("fi", "Matti Virtanen 3 tuntia sitten", ["Matti Virtanen"]),
    ("lt", "Jonas Jonaitis prieš 3 val.", ["Jonas Jonaitis"]),
    ("et", "Mari Tamm 3 tundi tagasi", ["Mari Tamm"]),
    ("lv", "Jānis Bērziņš pirms 3 stundām", ["Jānis Bērziņš"]),
    ("pl", "Jan Kowalski godzinę temu", ["Jan Kowalski"]),
    ("sl", "Janez Novak pred 2 urami", ["Janez Novak"]),
    ("da", "Mette Hansen for 3 timer siden", ["Mette Hansen"]),
    # a name's own word that is the "ago" word stays hers
    ("is", "Jón Síðan", ["Jón Síðan"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), RELATIVE_DATES)
def test_a_relative_time_after_the_names_is_the_date(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# A section's name before a time stated against now: no writer
SECTION_TIMES = [
    ("zh", "社会 刚才", []),
    ("zh", "社会 3小时前", []),
    ("zh", "财经 刚刚", []),
    ("ja", "国際 3時間前", []),
    # counter-cases: a writer's name alone (given names that are no section's) stays
    ("zh", "王小明 刚才", ["王小明"]),
    ("zh", "国强 刚才", ["国强"]),
    ("zh", "李文 3小时前", ["李文"]),
    ("ja", "山田太郎 今さっき", ["山田太郎"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), SECTION_TIMES)
def test_a_section_before_a_relative_time_is_no_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# "Editor:" alone names the writer where the word names a newsroom's journalist
EDITOR_ALONE = [
    ("ro", "Editor: Ion Popescu", ["Ion Popescu"]),
    ("ro", "Editor: Maria Ionescu", ["Maria Ionescu"]),
    # counter-cases: beside the writer it is her editor; Czech and Slovak "editor" edits
    ("ro", "Autor: Ion Popescu, Editor: Maria Ionescu", ["Ion Popescu"]),
    ("cs", "Editor: Jan Novák", []),
    ("sk", "Editor: Ján Kováč", []),
    ("cs", "Redaktor: Jan Novák", ["Jan Novák"]),
    ("pl", "Redaktor: Jan Kowalski", ["Jan Kowalski"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), EDITOR_ALONE)
def test_editor_alone_names_the_writer_where_the_word_means_a_reporter(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected
