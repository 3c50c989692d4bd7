"""Editors' labels in bylines, the same in every language (issue 10, agencies-33).

- An editor's label beside a named writer is no author in German too ("Von Anna Muster,
  Redakteurin: Petra Bild", was both), as Polish "Redaktor:" and Estonian "Toimetaja:" are;
  alone it still names the newsroom's writer ("Redakteur: Peter Bild").
- "Edited by" in Spanish, Portuguese and French ("Editado por Ana López", "Édité par ..."):
  the editor, no author (was read as a name of three words, "Editado por Ana López").
- A journalist's word in brackets after her name ("Jan Kowalski (Redaktor)", "Jane Doe
  (Editor)"): her job, as "(Redakteurin)" and "(Editor-in-Chief)" are (was no author).
- A line closing the story with an editor's label in any language the byline reads
  ("Toimetaja: Jaan Kask", "Urednik: Ivan Horvat"): out of the story's text, as "Editor:" is.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import STORY, URL, byline_authors

BESIDE_A_WRITER = [
    ("de", "Von Anna Muster, Redakteurin: Petra Bild", ["Anna Muster"]),
    ("de", "Text: Anna Muster, Redakteur: Peter Bild", ["Anna Muster"]),
    ("de", "Autorin: Anna Muster | Redakteur: Peter Bild", ["Anna Muster"]),
    ("es", "Por Juan García. Editado por Ana López", ["Juan García"]),
    ("es", "Por Juan García | Editado por: Ana López", ["Juan García"]),
    ("pt", "Por João Silva. Editado por Maria Souza", ["João Silva"]),
    ("fr", "Par Marie Dupont. Édité par Paul Durand", ["Marie Dupont"]),
    ("es", "Editado por Ana López", []),
    # as before in the other languages
    ("et", "Autor: Mari Tamm | Toimetaja: Jaan Kask", ["Mari Tamm"]),
    ("et", "Mari Tamm | Toimetaja: Jaan Kask", ["Mari Tamm"]),
    ("en", "By Jane Doe | Edited by John Roe", ["Jane Doe"]),
    ("en", "Edited By: Anna Rao | Written By: Vikram Shah", ["Vikram Shah"]),
    ("tr", "Ayşe Yılmaz | Editör: Mehmet Kaya", ["Ayşe Yılmaz"]),
    ("vi", "Nguyễn Văn An | Biên tập: Trần Văn Hùng", ["Nguyễn Văn An"]),
    ("id", "Editor: Siti Rahayu | Penulis: Budi Santoso", ["Budi Santoso"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), BESIDE_A_WRITER)
def test_an_editor_beside_a_writer_is_no_author(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# Counter-cases: alone, a reporter's label names the writer; a name with an editor's word
# and no colon stays hers; a German job title beside her name goes, the name stays
KEPT = [
    ("de", "Redakteur: Peter Bild", ["Peter Bild"]),
    ("de", "Redakteurin: Petra Bild", ["Petra Bild"]),
    ("et", "Toimetaja: Mari Tamm", ["Mari Tamm"]),
    ("de", "Anna Muster, Redakteurin", ["Anna Muster"]),
    ("de", "Redakteurin Anna Muster", ["Anna Muster"]),
    ("id", "Editor Siti Aminah", ["Siti Aminah"]),
    ("en", "Editor: Tom Kay", []),
    # a newsroom journalist's word in brackets after her name is her job (was no author for
    # "Redaktor", "Editor"; "Redakteurin" was read so already), a picture's credit still none
    ("de", "Muster, Anna (Redakteurin)", ["Anna Muster"]),
    ("pl", "Jan Kowalski (Redaktor)", ["Jan Kowalski"]),
    ("en", "Jane Doe (Editor)", ["Jane Doe"]),
    ("de", "Bernd Beispiel (Bilder)", []),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), KEPT)
def test_an_editors_word_alone_reads_as_before(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


def _body(lang: str, closing: str) -> str:
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='byline'>Mari Tamm</div>"
        f"<div class='text'>{f'<p>{STORY[lang]}</p>' * 3}<p>{closing}</p></div>"
        "</article></main></body></html>"
    )
    return extract_article(page, URL).body


@pytest.mark.parametrize(
    ("lang", "closing"),
    [
        ("et", "Toimetaja: Jaan Kask"),
        ("hr", "Urednik: Ivan Horvat"),
        ("hu", "Szerkesztő: Kiss Anna"),
        ("es", "Editado por Ana López"),
        ("en", "Editor: John Roe"),
    ],
)
def test_an_editors_line_closing_the_story_is_no_text(lang: str, closing: str) -> None:
    body = _body(lang, closing)
    assert closing not in body
    assert body.endswith(STORY[lang])


def test_a_sentence_with_an_editors_word_stays() -> None:
    sentence = "Toimetaja sõnul algavad tööd kevadel ja kestavad kaks aastat linnas."
    assert _body("et", sentence).endswith(sentence)
