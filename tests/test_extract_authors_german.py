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
        (
            "<p>Ein Zwischenruf von Anna Muster und Bernd Beispiel</p>",
            ["Anna Muster", "Bernd Beispiel"],
        ),
        ("<div>Eine Rezension von Carla Probe</div>", ["Carla Probe"]),
        # a staff role declined after "unserem"; the editor-in-chief after the name
        ("<p>Von unserem Korrespondenten Anna Muster, Brüssel</p>", ["Anna Muster"]),
        ("<p>Ein Kommentar von Chefredakteurin Anna Muster</p>", ["Anna Muster"]),
        ('<div class="byline">Von Anna Muster, freie Journalistin</div>', ["Anna Muster"]),
        ("<p>Eine Kolumne von Kolumnistin Anna Muster</p>", ["Anna Muster"]),
        ('<div class="byline">Anna Muster, Ressortleiterin Politik</div>', ["Anna Muster"]),
        # any one-word label before a colon; "Aufgezeichnet von"
        ('<div class="byline">Interview: Anna Muster</div>', ["Anna Muster"]),
        ('<div class="byline">Protokoll: Anna Muster</div>', ["Anna Muster"]),
        ("<p>Aufgezeichnet von Anna Muster</p>", ["Anna Muster"]),
        # who made the pictures is no writer
        ('<div class="byline">Anna Muster (Text), Bernd Beispiel (Bilder)</div>', ["Anna Muster"]),
        (
            '<div class="byline">Anna Muster und Bernd Beispiel (Illustration)</div>',
            ["Anna Muster"],
        ),
        # job phrases beside or before the name go, German compounds and glue words too
        ('<div class="byline">Anna Muster, Redakteurin für Politik</div>', ["Anna Muster"]),
        (
            '<div class="byline">Anna Muster, Leiterin des Ressorts Wirtschaft</div>',
            ["Anna Muster"],
        ),
        (
            '<div class="byline">Anna Muster, stellvertretende Chefredakteurin</div>',
            ["Anna Muster"],
        ),
        ('<div class="byline">Leitende Politikredakteurin Anna Muster</div>', ["Anna Muster"]),
        ('<div class="byline">Political editor Jane Doe</div>', ["Jane Doe"]),
        # a verb between the name and the place she reports from
        ('<div class="byline">Anna Muster berichtet aus Kiew</div>', ["Anna Muster"]),
        # Luxembourgish "vum"
        ("<p>Vum Anna Muller</p>", ["Anna Muller"]),
        # "Redaktion:" as the label of the writer
        ('<div class="byline">Redaktion: Anna Muster</div>', ["Anna Muster"]),
        # agencies beside the writer in a byline line the page prints
        ("<p>Von Anna Muster, dpa</p>", ["Anna Muster", "dpa"]),
        ("<p>Von Anna Muster mit Material von dpa und AFP</p>", ["Anna Muster", "dpa", "AFP"]),
        ("<p>Par Claire Dupont, avec AFP</p>", ["Claire Dupont", "AFP"]),
        ("<p>Von Anna Muster, mit dpa-Material</p>", ["Anna Muster", "dpa"]),
        # name and role in spans that touch: two parts, the role dropped
        (
            '<div class="byline"><span class="name">Anna Muster</span><span class="role">Redakteurin Politik</span></div>',
            ["Anna Muster"],
        ),
        (
            '<div class="author-box"><a href="/autoren/anna-muster">Anna Muster</a><p>Redakteurin im Ressort Wirtschaft</p></div>',
            ["Anna Muster"],
        ),
        (
            '<div class="byline"><span>Jan de Vries</span><span>Verslaggever</span></div>',
            ["Jan de Vries"],
        ),
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
        (
            _ld(
                [
                    {"@type": "Person", "name": "Anna Muster"},
                    {"@type": "Organization", "name": "Beispiel-Zeitung"},
                ]
            ),
            "",
            ["Anna Muster", "Beispiel-Zeitung"],
        ),
        (
            _ld(
                [
                    {"@type": "Person", "name": "Anna Muster"},
                    [{"@type": "Person", "name": "BEISPIELZEITUNG SACHSEN"}],
                ]
            ),
            "",
            ["Anna Muster", "BEISPIELZEITUNG SACHSEN"],
        ),
        # the site itself as JSON-LD author (a CMS default), an agency alone in the page's
        # byline: the agency printed (authors-18; it gave the site's name)
        (
            _ld({"@type": "Organization", "name": "Beispiel-Zeitung"}),
            '<div class="article-author"><p>von</p> <div>APA</div></div>',
            ["APA"],
        ),
        # a JSON-LD newsroom of another name than the publisher's stays over an agency
        (
            _ld({"@type": "Organization", "name": "Redaktion Musterstadt"}),
            '<div class="article-author"><p>von</p> <div>APA</div></div>',
            ["Redaktion Musterstadt"],
        ),
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
def test_the_byline_names_more_writers_than_jsonld(
    lang: str, byline: str, expected: list[str]
) -> None:
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


LONG = (
    "<p>Die Stadtwerke von Musterstadt haben am Dienstag mitgeteilt, dass wegen der anhaltenden "
    "Hitze mehrere Straßenbahnlinien bis auf Weiteres nur eingeschränkt fahren, weil Motoren "
    "überhitzen und Fugenmasse in den Gleisen schmilzt.</p>"
)


def _bare(body: str, title: str = "Hitze legt Bahnen in Musterstadt lahm") -> str:
    """A page with no JSON-LD and no author meta: only what it prints."""
    return (
        f'<html lang="de"><head><title>{title} | Beispiel-Zeitung</title></head><body>{body}'
        "</body></html>"
    )


TITLE = "<h1>Hitze legt Bahnen in Musterstadt lahm</h1>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a logo's h1 in the page header first: the byline follows the h1 stating the title
        (
            '<header><h1><a href="/">Beispiel</a> <a href="/lokal">Lokales</a></h1></header>'
            '<p class="x">Von Bernd Beispiel</p>' + TITLE + "<p>Von Anna Muster</p>" + LONG,
            ["Anna Muster"],
        ),
        # no h1 at all: the h2 stating the title
        (
            "<main><h2>Hitze legt Bahnen in Musterstadt lahm</h2><p>von Anna Muster</p>"
            + LONG
            + "</main>",
            ["Anna Muster"],
        ),
        # name, date and reading time as blocks of one author block: the name alone
        (
            TITLE
            + '<div class="authors"><div>von Anna Muster</div><time>28.04.2025, 19:09</time><span>3 Min.</span></div>'
            + LONG,
            ["Anna Muster"],
        ),
        # the byline in the footer of the headline's own article
        (
            "<article>"
            + TITLE
            + LONG
            + '<footer><div itemprop="author"><span itemprop="name">Kari Nordmann</span></div></footer></article>',
            ["Kari Nordmann"],
        ),
        # the author block above the headline inside its article; a teaser's author link below
        (
            '<article><div class="post-info"><a href="/author/awiltz/">Anna Wiltz</a></div>'
            + TITLE
            + LONG
            + '</article><ul><li><a href="/author/pdorn/">Paul Dorn</a></li></ul>',
            ["Anna Wiltz"],
        ),
        # author pages under /autoren/ and /av/
        (
            TITLE
            + '<div><a href="/autoren/123/anna-muster"><span>Anna Muster</span></a></div>'
            + LONG,
            ["Anna Muster"],
        ),
        (
            TITLE
            + '<div><a href="/av/kari-nordmann" aria-label="Alle artikler"><p>Kari Nordmann</p></a></div>'
            + LONG,
            ["Kari Nordmann"],
        ),
        # a full name, then the date, no "by" word
        (
            TITLE + "<div><span>Anna Muster |</span><span>05.04.2025 - 10:00</span></div>" + LONG,
            ["Anna Muster"],
        ),
        (
            TITLE
            + '<div class="meta">Anna Van Der Berg<span>|</span><span>Published <time>4 months ago</time></span></div>'
            + LONG,
            ["Anna Van Der Berg"],
        ),
        (
            TITLE
            + "<div><div><span>Ayşe Yılmaz Kaya</span></div><div><span>20 Nisan 2026</span> • <span>10:57</span></div></div>"
            + LONG,
            ["Ayşe Yılmaz Kaya"],
        ),
        # a name printed twice (a hidden copy for screen readers)
        (
            TITLE
            + '<div class="byline"><a rel="author" href="/p/1"><span class="sr-only">Kari Nordmann</span> <span>Kari</span> <span>Nordmann</span></a></div>'
            + LONG,
            ["Kari Nordmann"],
        ),
        # an author box's links to other services are no names
        (
            TITLE
            + '<div class="author-box"><a href="/autor/anna">Anna Muster</a><span>Suche Autorin auf:</span>'
            '<a href="https://scholar.example/">Google Scholar</a><a href="https://social.example/">LinkedIn</a></div>'
            + LONG,
            ["Anna Muster"],
        ),
        # two author links in spans side by side: two names
        (
            TITLE
            + '<div class="autorenzeile"><span><a href="/p/a">Anna Muster</a></span> <span><a href="/p/b">Bernd Beispiel</a></span></div>'
            + LONG,
            ["Anna Muster", "Bernd Beispiel"],
        ),
    ],
)
def test_bylines_a_page_prints_without_metadata(body: str, expected: list[str]) -> None:
    assert extract_article(_bare(body), URL).authors == expected


@pytest.mark.parametrize(
    "body",
    [
        # sections and a date, a clock label: no name
        TITLE
        + "<div><a href='/welt'>Neue Welt</a>, <a href='/land'>Musterland</a> | 05.04.2025</div>"
        + LONG,
        TITLE + "<div><span>Aktuelle Zeit:</span> <span>10:57</span></div>" + LONG,
        # teaser cards (articles other than the headline's) with author-classed meta
        "<article>"
        + TITLE
        + LONG
        + "</article>"
        + '<article class="teaser"><h3>Andere Geschichte</h3><span class="teaser-author">Carla Probe, Dora Beispiel</span></article>',
        # the headline outside any article, short teaser articles with author-classed grids
        TITLE
        + LONG
        + '<article class="grid author-area"><a href="/a/1">Großbrand im Hafen</a> <span>Von Carla Probe</span></article>',
    ],
)
def test_no_byline_is_made_of_sections_labels_or_teasers(body: str) -> None:
    assert extract_article(_bare(body), URL).authors == []
