"""Printed bylines on invented pages (issue 10, authors-31).

- A time stated against now in Icelandic ("Jón Jónsson 2 klst. síðan", "5 mín. síðan"): the
  date, the writer before it stays (gave no writer).
- A section's name before a time stated against now ("社会 刚才", "国際 3時間前"): no writer.
- Romanian "Editor:" alone: the writer, as a Polish "Redaktor:" alone is (the word names a
  newsroom's journalist there); a Czech or Slovak "Editor:" stays an editing credit.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import byline_authors

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
