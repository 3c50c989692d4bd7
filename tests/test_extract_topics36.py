"""Topics and body on unseen publishers (issue 10, session 36): a tag line printed without
links, under the story or between its paragraphs, labelled in the words the other languages'
sites use ("Étiquettes :", "Mots-clefs :", "Palavras-chave:", "Etichette:", "Keywords:"),
is read as "Tags:" and "Schlagworte:" were: its labels are the topics where the story names
one, and the line leaves the body.

Every site, label and sentence here is made up. Rows marked "(guard)" passed before too.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from tests.test_extract_body32 import _lines
from tests.test_extract_topics35 import _topics

LINES = [
    ("fr", "<p>Étiquettes : bibliothèque, travaux</p>", ["bibliothèque", "travaux"]),
    ("fr", "<p>Mots-clefs : bibliothèque, travaux</p>", ["bibliothèque", "travaux"]),
    ("pt", "<p>Palavras-chave: biblioteca, obras</p>", ["biblioteca", "obras"]),
    ("it", "<p>Etichette: biblioteca, lavori</p>", ["biblioteca", "lavori"]),
    ("en", "<p>Keywords: library, renovation</p>", ["library", "renovation"]),
    ("es", "<p>Etiquetas: biblioteca, obras</p>", ["biblioteca", "obras"]),  # (guard)
    ("de", "<p>Stichworte: Stadtbibliothek, Umbau</p>", ["Stadtbibliothek", "Umbau"]),  # (guard)
]


@pytest.mark.parametrize(("lang", "line", "want"), LINES)
def test_a_printed_tag_line_in_more_languages_gives_the_topics(
    lang: str, line: str, want: list[str]
) -> None:
    assert _topics(after=line, lang=lang) == want


@pytest.mark.parametrize(("lang", "line", "want"), LINES)
def test_the_tag_line_between_paragraphs_leaves_the_body(
    lang: str, line: str, want: list[str]
) -> None:
    assert _lines(lang, line) == STORIES[lang][1]


# counter-cases (guards): the same words opening the story's own sentence
SENTENCES = [
    (
        "fr",
        "<p>Étiquettes : la ville a changé toutes les étiquettes des rayons pendant les travaux.</p>",
    ),
    ("en", "<p>Keywords: the catalogue can now be searched by keywords, the librarian said.</p>"),
    (
        "pt",
        "<p>Palavras-chave: leitura, encontro e silêncio foram as palavras da diretora na abertura.</p>",
    ),
]


@pytest.mark.parametrize(("lang", "line"), SENTENCES)
def test_a_sentence_after_the_label_stays_in_the_body(lang: str, line: str) -> None:
    text = line.removeprefix("<p>").removesuffix("</p>")
    assert text in _lines(lang, line)
    assert _topics(after=line, lang=lang) == []
