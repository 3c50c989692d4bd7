"""Bylines as German, Austrian, Swiss and Luxembourg CMSs print them (and a few neighbours'):
the kind of piece before "von", agencies beside the writer, JSON-LD lists, author blocks of
several spans. Invented names, papers and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.beispiel-zeitung.de/politik/hitze-legt-bahnen-lahm-123.html"
PARAGRAPHS = (
    "<p>Die Hitze hat am Dienstag den Verkehr in Musterstadt stark beeinträchtigt, mehrere "
    "Bahnen fielen aus, weil Fugenmasse schmolz und Motoren überhitzten.</p>"
    "<p>Auch auf der Autobahn platzte der Beton, die Polizei sperrte zwei Spuren.</p>"
)
PUBLISHER = {"@type": "NewsMediaOrganization", "name": "Beispiel-Zeitung"}


def _page(byline: str, head: str = "", lang: str = "de") -> str:
    return (
        f'<html lang="{lang}"><head><title>Hitze legt Bahnen lahm</title>{head}</head><body>'
        f"<article><h1>Hitze legt Bahnen lahm</h1>{byline}{PARAGRAPHS}</article></body></html>"
    )


def _ld(author: object) -> str:
    obj = {"@type": "NewsArticle", "headline": "Hitze legt Bahnen lahm", "url": URL,
           "author": author, "publisher": PUBLISHER}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the kind of piece before "von", any noun after "Ein"/"Eine"
        ("<p>Ein Gastkommentar von Anna Muster</p>", ["Anna Muster"]),
        ("<p>Eine Glosse von Anna Muster</p>", ["Anna Muster"]),
        ("<p>Ein Zwischenruf von Anna Muster und Bernd Beispiel</p>", ["Anna Muster", "Bernd Beispiel"]),
        ("<div>Eine Rezension von Carla Probe</div>", ["Carla Probe"]),
        # a staff role declined after "unserem"; the editor-in-chief after the name
        ("<p>Von unserem Korrespondenten Anna Muster, Brüssel</p>", ["Anna Muster"]),
        ("<p>Ein Kommentar von Chefredakteurin Anna Muster</p>", ["Anna Muster"]),
        ('<div class="byline">Von Anna Muster, freie Journalistin</div>', ["Anna Muster"]),
        ("<p>Eine Kolumne von Kolumnistin Anna Muster</p>", ["Anna Muster"]),
        ('<div class="byline">Anna Muster, Ressortleiterin Politik</div>', ["Anna Muster"]),
        # "Redaktion:" as the label of the writer
        ('<div class="byline">Redaktion: Anna Muster</div>', ["Anna Muster"]),
        # agencies beside the writer in a byline line the page prints
        ("<p>Von Anna Muster, dpa</p>", ["Anna Muster", "dpa"]),
        ("<p>Von Anna Muster mit Material von dpa und AFP</p>", ["Anna Muster", "dpa", "AFP"]),
        ("<p>Par Claire Dupont, avec AFP</p>", ["Claire Dupont", "AFP"]),
        # name and role in spans that touch: two parts, the role dropped
        ('<div class="byline"><span class="name">Anna Muster</span><span class="role">Redakteurin Politik</span></div>', ["Anna Muster"]),
        ('<div class="author-box"><a href="/autoren/anna-muster">Anna Muster</a><p>Redakteurin im Ressort Wirtschaft</p></div>', ["Anna Muster"]),
        ('<div class="byline"><span>Jan de Vries</span><span>Verslaggever</span></div>', ["Jan de Vries"]),
    ],
)
def test_german_bylines(byline: str, expected: list[str]) -> None:
    assert extract_article(_page(byline), URL).authors == expected


def test_spans_that_touch_split_but_a_comment_inside_a_name_does_not() -> None:
    byline = '<div class="byline"><a rel="author" href="/autor/a">Anna<!---->Muster</a></div>'
    assert extract_article(_page(byline), URL).authors == ["AnnaMuster"]


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        # each writer its own JSON-LD entry: the newsroom listed beside a person stays
        (_ld([{"@type": "Person", "name": "Anna Muster"}, {"@type": "Organization", "name": "Beispiel-Zeitung"}]), "", ["Anna Muster", "Beispiel-Zeitung"]),
        (_ld([{"@type": "Person", "name": "Anna Muster"}, [{"@type": "Person", "name": "BEISPIELZEITUNG SACHSEN"}]]), "", ["Anna Muster", "BEISPIELZEITUNG SACHSEN"]),
        # a newsroom alone in JSON-LD, an agency alone in the page's block: the newsroom
        (_ld({"@type": "Organization", "name": "Beispiel-Zeitung"}), '<div class="article-author"><p>von</p> <div>APA</div></div>', ["Beispiel-Zeitung"]),
        # an agency as the meta author, a person in the byline: the person
        ('<meta name="author" content="dpa">', "<p>Von Anna Muster</p>", ["Anna Muster"]),
        # an agency alone everywhere is the author (a guard: the rule above keeps looking, no more)
        ('<meta name="author" content="dpa">', "", ["dpa"]),
    ],
)
def test_jsonld_lists_and_agencies(head: str, byline: str, expected: list[str]) -> None:
    assert extract_article(_page(byline, head), URL).authors == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        (
            "de",
            '<div class="bylines"><div class="byline"><div><address><a rel="author" href="mailto:a@x.de">Anna Muster</a></address></div></div>'
            '<div class="byline"><div><address><a rel="author" href="mailto:b@x.de">Bernd Beispiel</a></address></div></div></div>',
            ["Anna Muster", "Bernd Beispiel"],
        ),
        (
            "nb",
            '<div class="bylines"><div class="byline"><div><address><a rel="author" href="/p/1"><span>Kari</span> <span>Nordmann</span></a></address></div></div>'
            '<div class="byline"><div><address><a rel="author" href="/p/2"><span>Ola</span> <span>Hansen</span></a></address></div></div></div>',
            ["Kari Nordmann", "Ola Hansen"],
        ),
    ],
)
def test_the_byline_names_more_writers_than_jsonld(lang: str, byline: str, expected: list[str]) -> None:
    """JSON-LD names the first writer only; the byline under the headline names all of them."""
    first = expected[0]
    html = _page(byline, _ld({"@type": "Person", "name": first}), lang)
    assert sorted(extract_article(html, URL).authors) == sorted(expected)


def test_a_teaser_byline_further_down_adds_no_writer() -> None:
    byline = (
        '<div class="byline"><a rel="author" href="/autor/a">Anna Muster</a></div>'
        + PARAGRAPHS * 3
        + '<section class="teaser"><div><div><div class="card"><a rel="author" href="/autor/c">Carla Probe</a></div></div></div></section>'
    )
    html = _page(byline, _ld({"@type": "Person", "name": "Anna Muster"}))
    assert extract_article(html, URL).authors == ["Anna Muster"]
