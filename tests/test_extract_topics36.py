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
from tests.test_extract_topics35 import CLOUD, _topics

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


# 2. A long list of the story's own labels under a heading that says they are this article's
# ("Themen dieses Artikels", "Topics in this article"), outside its <article>, few named in
# the text (people, places, broad subjects): no site's cloud is headed so. The same list under
# the cloud's headings ("Themen", "Tags", "Beliebte Themen") is still no topic list.
OWN14 = [
    "Beispielstadt", "Kultur", "Bildung", "Bücher", "Architektur", "Sanierung", "Denkmalschutz",
    "Freizeit", "Familie", "Wochenende", "Anna Beispiel", "Kulturamt", "Literatur", "Bauprojekte",
]  # fmt: skip


def _links(words: list[str]) -> str:
    return " ".join(f"<a class='tag' href='/thema/{w.lower()}/'>{w}</a>" for w in words)


OWN_HEADINGS = [
    ("de", "Themen dieses Artikels"),
    ("de", "Mehr zu den Themen dieses Artikels"),
    ("de", "Schlagworte zu diesem Artikel"),
    ("en", "Topics in this article"),
    ("en", "More on the topics of this story"),
    ("fr", "Les sujets de cet article"),
    ("es", "Temas de este artículo"),
]


@pytest.mark.parametrize(("lang", "heading"), OWN_HEADINGS)
def test_a_long_list_headed_as_this_articles_is_read(lang: str, heading: str) -> None:
    assert _topics(after=f"<h3>{heading}</h3><div>{_links(OWN14)}</div>", lang=lang) == OWN14


@pytest.mark.parametrize("heading", ["Themen", "Tags", "Beliebte Themen", "Alle Themen"])
def test_the_same_list_under_a_clouds_heading_is_none(heading: str) -> None:
    """(guard) the one-size cloud rule as before."""
    assert _topics(after=f"<h3>{heading}</h3><div>{_links(OWN14)}</div>") == []


# counter-cases (review): a line just before a site's cloud that names this piece but not its
# labels, a share bar, a rating widget, an update note, the comments' heading, a question
# inviting to more topics: the cloud stays the site's, none of its labels a topic.
NOT_LABELS_HEADINGS = [
    (
        "en",
        "<div class='rate'>Was this article helpful? <button>Yes</button><button>No</button></div>",
    ),
    ("fr", "<p class='share'>Partager cet article</p>"),
    ("en", "<p class='note'>This story has been updated.</p>"),
    ("de", "<h3>Kommentare zu diesem Artikel</h3>"),
    ("en", "<h3>Enjoyed this article? Explore more topics</h3>"),
    ("es", "<p>Compartir esta noticia</p>"),
]


@pytest.mark.parametrize(("lang", "before"), NOT_LABELS_HEADINGS)
def test_a_site_cloud_after_a_line_naming_this_article_is_none(lang: str, before: str) -> None:
    assert _topics(after=f"{before}<div class='box'>{_links(CLOUD)}</div>", lang=lang) == []
