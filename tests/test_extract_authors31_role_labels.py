"""Editorial role labels of more than one word before a name (issue 10, small-31).

"Editor coordonator: Ion Popescu" gave "coordonator: Ion Popescu" as a name, "Editor-șef: Ion
Popescu" gave Ion Popescu as the writer: a chief or coordinating editor's credit is the
newsroom's masthead, no byline. Such a credit alone names no writer; beside a writer it is
dropped and the writer stays. The one-word reporter's credits ("Editor: Ion Popescu" in
Romanian, "Redaktor: Jan Kowalski") and plain writer's labels keep their writer.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import byline_authors

# A chief or coordinating editor's credit alone: no writer
CHIEF_ALONE = [
    ("ro", "Editor coordonator: Ion Popescu"),
    ("ro", "Editor-șef: Ion Popescu"),
    ("ro", "Editor-şef: Ion Popescu"),  # the cedilla's s, as older Romanian keyboards type it
    ("ro", "Redactor-șef: Ion Popescu"),
    ("ro", "Redactor șef: Ion Popescu"),
    ("de", "Chefredakteur: Hans Müller"),
    ("de", "Chefredakteurin: Anna Muster"),
    ("en", "Editor-in-chief: Jane Doe"),
    ("en", "Editor in chief: Jane Doe"),
    ("fr", "Rédacteur en chef : Jean Dupont"),
    ("it", "Caporedattore: Mario Rossi"),
    ("it", "Direttore responsabile: Mario Rossi"),
    ("pl", "Redaktor naczelny: Jan Kowalski"),
    ("pl", "Redaktor prowadzący: Jan Kowalski"),
    ("ru", "Главный редактор: Иван Петров"),
    ("cs", "Šéfredaktor: Jan Novák"),
    ("es", "Redactor jefe: Ana López"),
]


@pytest.mark.parametrize(("lang", "byline"), CHIEF_ALONE)
def test_a_chief_editors_credit_alone_names_no_writer(lang: str, byline: str) -> None:
    assert byline_authors(lang, byline) == []


# ... beside a named writer: the writer alone
CHIEF_BESIDE = [
    ("ro", "Autor: Maria Ionescu, Editor-șef: Ion Popescu", ["Maria Ionescu"]),
    ("ro", "Autor: Maria Ionescu, Editor coordonator: Ion Popescu", ["Maria Ionescu"]),
    ("de", "Von Anna Muster, Chefredakteur: Hans Müller", ["Anna Muster"]),
    ("pl", "Autor: Anna Nowak, Redaktor naczelny: Jan Kowalski", ["Anna Nowak"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CHIEF_BESIDE)
def test_a_chief_editors_credit_beside_a_writer_is_dropped(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# What stays: a one-word reporter's credit alone, a writer's label, a job title with no colon
KEPT = [
    ("ro", "Editor: Ion Popescu", ["Ion Popescu"]),
    ("pl", "Redaktor: Jan Kowalski", ["Jan Kowalski"]),
    ("ro", "Autor: Maria Ionescu", ["Maria Ionescu"]),
    ("ro", "de Ion Popescu", ["Ion Popescu"]),
    ("de", "Von Anna Muster", ["Anna Muster"]),
    ("es", "Redactora: Ana López", ["Ana López"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), KEPT)
def test_a_reporters_label_keeps_its_writer(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected
