"""Topics on unseen publishers (issue 10, session 35): a site's tag cloud drawn in one size.

A sidebar or a box under the story that lists the whole site's labels (every link the same
class and size, dozens of them: no `font-size` for `_sized_cloud` to read) is no list of the
story's topics, under a "Themen"/"Tags" heading, as a tag-classed list or as a cluster of
"/thema/" links alike: many labels outside the story's <article>, few of them named in its
text. The story's own list beside it is read; a long list of the story's own (most labels
named in its text, or inside its <article>) stays.

Every site, label and sentence here is made up. Rows marked "(guard)" passed before too.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article

URL = "https://www.stadtblatt.example/kultur/bibliothek-oeffnet-wieder-123.html"
# the site's every subject; "Bibliothek" happens to be named in the story
CLOUD = [
    "Politik", "Wirtschaft", "Sport", "Kultur", "Verkehr", "Wetter", "Polizei", "Feuerwehr",
    "Schule", "Stadtrat", "Bibliothek", "Theater", "Konzerte", "Hafen", "Bahn", "Radverkehr",
    "Klima", "Energie", "Wohnen", "Gesundheit", "Kliniken", "Kita", "Universität", "Handel",
]  # fmt: skip
OWN = ["Stadtbibliothek", "Umbau", "Lesesaal"]


def _links(words: list[str], seg: str = "thema") -> str:
    return " ".join(f"<a class='tag' href='/{seg}/{w.lower()}/'>{w}</a>" for w in words)


def _topics(after: str = "", side: str = "", inside: str = "", lang: str = "de") -> list[str]:
    headline, ps = STORIES[lang]
    text = "".join(f"<p>{p}</p>" for p in ps)
    page = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title>"
        f"</head><body><header><a href='/'>Stadtblatt</a></header><div class='wrap'><div class='main'>"
        f"<article><h1>{headline}</h1><div class='text'>{text}</div>{inside}</article>{after}</div>"
        f"<div class='side'>{side}</div></div><footer><p>© 2026 Stadtblatt</p></footer></body></html>"
    )
    return extract_article(page.encode(), URL).topics


CLOUDS = [
    "<h3>Themen</h3><div class='tagcloud'>{}</div>",
    "<h3>Tags</h3><div>{}</div>",
    "<h4>Schlagworte</h4><ul class='links'>{}</ul>",
    "<div class='tag-list'>{}</div>",  # a tag-classed list, no heading
    "<div class='box'>{}</div>",  # the /thema/ links' cluster alone
]


@pytest.mark.parametrize("shape", CLOUDS)
@pytest.mark.parametrize("where", ["after", "side"])
def test_a_one_size_tag_cloud_is_no_topic_list(shape: str, where: str) -> None:
    assert _topics(**{where: shape.format(_links(CLOUD))}) == []


@pytest.mark.parametrize("shape", CLOUDS)
@pytest.mark.parametrize("seg", ["thema", "tag", "schlagwort"])
def test_the_storys_own_list_beside_a_cloud_is_read(shape: str, seg: str) -> None:
    own = f"<div class='tags'>{_links(OWN, seg)}</div>"
    cloud = shape.format(_links(CLOUD, seg))
    assert _topics(after=cloud + own) == OWN  # the cloud first in the column
    assert _topics(after=own, side=cloud) == OWN  # (guard)
    assert _topics(inside=own, side=cloud) == OWN  # (guard)


# counter-cases (guards): a long list of the story's own
NAMED = [
    "Stadtbibliothek", "Samstagmorgen", "Umbau", "Oberbürgermeisterin", "Regen", "Lesesaal",
    "Dach", "Werkstatt", "Kinder", "Öffnungszeiten", "Stadtrat", "Kosten", "Feier", "Ergebnis",
]  # fmt: skip


@pytest.mark.parametrize("shape", CLOUDS)
def test_a_long_list_the_story_names_stays(shape: str) -> None:
    assert _topics(after=shape.format(_links(NAMED))) == NAMED


@pytest.mark.parametrize("shape", CLOUDS[:4])
def test_a_long_list_inside_the_article_stays(shape: str) -> None:
    assert _topics(inside=shape.format(_links(CLOUD[:14]))) == CLOUD[:14]


# counter-case (review): the story's own long list of broad labels after its <article>, as
# many CMSs print one; four of fourteen named, more than a cloud names by chance
SEO = [
    "Stadtbibliothek", "Beispielstadt", "Kultur", "Bildung", "Bücher", "Lesen", "Architektur",
    "Sanierung", "Denkmalschutz", "Freizeit", "Familie", "Lesesaal", "Kinder", "Umbau",
]  # fmt: skip


@pytest.mark.parametrize("shape", CLOUDS)
def test_a_long_list_of_broad_labels_the_story_names_four_of_stays(shape: str) -> None:
    assert _topics(after=shape.format(_links(SEO))) == SEO


def test_a_short_list_outside_the_article_stays() -> None:
    """(guard) eleven labels, one named: below a cloud's count, read as before."""
    assert _topics(after=CLOUDS[0].format(_links(CLOUD[:11]))) == CLOUD[:11]


# 2. the front page's name written among the keywords ("Startseite", "Homepage", "Accueil"):
# the page the site files every story under, no topic of this one
def _keyword_topics(keywords: str, lang: str = "de") -> list[str]:
    headline = STORIES[lang][0]
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title>"
        f"<meta name='keywords' content='{keywords}'></head><body><article><h1>{headline}</h1>"
        f"<p>{' '.join(STORIES[lang][1])}</p></article></body></html>"
    )
    return extract_article(page.encode(), URL).topics


FRONT = [
    ("Startseite", "de"),
    ("startseite", "de"),
    ("Homepage", "en"),
    ("Front page", "en"),
    ("Accueil", "fr"),
    ("Portada", "es"),
    ("Pagina iniziale", "it"),
    ("Forside", "de"),  # (a Danish or Norwegian keyword on any page)
    ("Strona główna", "pl"),
    ("Anasayfa", "tr"),
]


@pytest.mark.parametrize(("word", "lang"), FRONT)
def test_the_front_pages_name_is_no_topic(word: str, lang: str) -> None:
    assert _keyword_topics(f"{word}, Stadtbibliothek", lang) == ["Stadtbibliothek"]


# counter-cases (guards): "Home" is a section some sites list among the topics (a paper's
# home news), and the words inside a longer label are the label's
KEPT_LABELS = [
    ("Home", "en"),
    ("Home Office", "en"),
    ("Startseite der Stadt", "de"),
    ("Accueil des réfugiés", "fr"),
]


@pytest.mark.parametrize(("label", "lang"), KEPT_LABELS)
def test_a_label_with_a_home_word_stays(label: str, lang: str) -> None:
    assert _keyword_topics(f"{label}, Stadtbibliothek", lang) == [label, "Stadtbibliothek"]


# counter-cases (review): the same word as the story's subject, named in its text ("Homepage",
# German for a website; "Accueil", the welcome of refugees; "Portada", a magazine's cover)
SUBJECTS = [
    (
        "de",
        "Homepage",
        "Vereine bauen ihre Homepage selbst",
        "Immer mehr Vereine bauen ihre Homepage selbst, mit Baukästen und ohne Programmierkenntnisse.",
    ),
    (
        "fr",
        "Accueil",
        "La ville prépare l'accueil des familles",
        "La mairie prépare l'accueil de quarante familles dans l'ancienne caserne dès le mois prochain.",
    ),
    (
        "es",
        "Portada",
        "La revista elige su portada del año",
        "La revista dedicó su portada a la nueva biblioteca, elegida por los lectores como la mejor del año.",
    ),
]


@pytest.mark.parametrize(("lang", "word", "headline", "text"), SUBJECTS)
def test_a_home_word_the_story_names_stays(lang: str, word: str, headline: str, text: str) -> None:
    page = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title>"
        f"<meta name='keywords' content='{word}, Internet'></head><body><article><h1>{headline}</h1>"
        f"<p>{text}</p></article></body></html>"
    )
    got = extract_article(page.encode(), URL)
    assert got.topics == [word, "Internet"]
    assert got.tags == [word, "Internet"]


# 3. a tag line printed without links under the story ("Schlagworte: Stadtbibliothek, Umbau"),
# on a page that lists its topics nowhere else: its labels, where the text names one
PRINTED = [
    (
        "de",
        "<p>Schlagworte: Stadtbibliothek, Umbau, Lesesaal</p>",
        ["Stadtbibliothek", "Umbau", "Lesesaal"],
    ),
    (
        "de",
        "<div class='x'>Stichwörter: Stadtbibliothek | Umbau</div>",
        ["Stadtbibliothek", "Umbau"],
    ),
    (
        "en",
        "<p>Tags: library, renovation, reading room</p>",
        ["library", "renovation", "reading room"],
    ),
    ("fr", "<p>Mots-clés : bibliothèque, travaux</p>", ["bibliothèque", "travaux"]),
]


@pytest.mark.parametrize(("lang", "line", "want"), PRINTED)
def test_a_printed_tag_line_gives_the_topics(lang: str, line: str, want: list[str]) -> None:
    assert _topics(after=line, lang=lang) == want


# counter-cases (guards): no label named in the text (a site's line), a sentence after the label
PRINTED_KEPT_OUT = [
    ("de", "<p>Schlagworte: Fußball, Handball, Tennis</p>"),
    ("de", "<p>Themen: Verkehr, Schule und Wohnen standen auf der Tagesordnung des Stadtrats.</p>"),
    ("en", "<p>Tags: this story was updated at 10am.</p>"),
]


@pytest.mark.parametrize(("lang", "line"), PRINTED_KEPT_OUT)
def test_a_printed_line_the_story_does_not_name_gives_none(lang: str, line: str) -> None:
    assert _topics(after=line, lang=lang) == []


# counter-cases (review): the line of another piece's teaser or of a reader's comment under the
# story, where a label happens to be named in the story's text too
OTHERS_LINES = [
    "<section class='related'><article><h3><a href='/wetter/regen-456.html'>Regen bis Sonntag</a></h3><p>Stichworte: Regen, Wetter</p></article></section>",
    "<div id='comments'><div class='comment'><p>Stichworte: Regen, Parkplätze</p><p>Bei Regen ist der Eingang eine Zumutung.</p></div></div>",
]


@pytest.mark.parametrize("block", OTHERS_LINES)
def test_a_printed_line_of_another_piece_or_a_comment_gives_none(block: str) -> None:
    assert _topics(after=block) == []
