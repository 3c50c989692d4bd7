"""Review of session 22's German-language rules (issue 10): invented pages where the new
rules went wrong. An interview's closing credit that read lower-case words as a name ("Das
Interview führte sie per Video", "am Telefon" kept in the name) or missed the interviewer
before the interviewee; a closing italic "Die Autorin X ist ..." in a book review that
credited the novelist the review is about; a <title> stating an h1's first part that took a
sidebar's or a listing's h1 as the headline; a page without an h1 that took a section box's
h2 for its headline; offices after a name in English and French ("president of ...",
"maire de ..."). Every site, name and sentence here is made up."""

# ruff: noqa: E501  -- invented pages read best one line each

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

FETCHED = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
URL = "https://www.probe-zeitung.de/region/a-1"

STORY = [
    "Der Stadtrat hat am Donnerstagabend mit knapper Mehrheit beschlossen, die Hauptstraße zwischen Marktplatz und Bahnhof ab dem Frühjahr für den Autoverkehr zu sperren.",
    "Radfahrer und Busse sollen die Strecke künftig allein nutzen dürfen, Lieferverkehr ist nur noch morgens bis zehn Uhr erlaubt.",
    "Die Händler in der Innenstadt fürchten um ihre Kundschaft und haben bereits Unterschriften gegen den Plan gesammelt.",
]
BODY = "".join(f"<p>{t}</p>" for t in STORY)


def _page(top: str = "", end: str = "", body: str = BODY) -> str:
    return (
        '<html lang="de"><head><title>Hauptstraße wird autofrei | Probe</title></head>'
        f"<body><article><h1>Hauptstraße wird autofrei</h1>{top}{body}{end}</article></body></html>"
    )


def _authors(top: str = "", end: str = "", body: str = BODY) -> list[str]:
    return extract_article(_page(top, end, body), URL, fetched=FETCHED).authors


INTERVIEW_ROWS = [
    # lower-case words are no name (before: "sie per Video", "unsere Leserinnen",
    # "Leserinnen" and "Leser")
    pytest.param("Das Interview führte sie per Video.", [], id="pronoun-per-video"),
    pytest.param("Die Fragen stellten unsere Leserinnen und Leser.", [], id="readers"),
    pytest.param("Die Fragen stellten Leserinnen und Leser", [], id="readers-bare"),
    # what follows the name is no part of it (before: "Anna Muster am Telefon", "... im Rathaus")
    pytest.param("Das Interview führte Anna Muster am Telefon.", ["Anna Muster"], id="am-telefon"),
    pytest.param("Das Interview führte Anna Muster im Rathaus.", ["Anna Muster"], id="im-rathaus"),
    # the interviewee named after the interviewer (before: no one)
    pytest.param(
        "Das Interview führte Anna Muster mit dem Minister Bernd Beispiel.",
        ["Anna Muster"],
        id="with-interviewee",
    ),
    pytest.param(
        "Das Gespräch führte Anna Muster mit Bernd Beispiel", ["Anna Muster"], id="mit-name"
    ),
    # three interviewers (before: no one)
    pytest.param(
        "Das Interview führten Anna Muster, Ben Beispiel und Lea Probst.",
        ["Anna Muster", "Ben Beispiel", "Lea Probst"],
        id="three",
    ),
    # guards: the rows that worked
    pytest.param("Das Interview führte Paul Probe.", ["Paul Probe"], id="one"),
    pytest.param(
        "Das Gespräch führten Anna Muster und Ben Beispiel in Wien.",
        ["Anna Muster", "Ben Beispiel"],
        id="two-in-place",
    ),
    pytest.param(
        "Das Interview führte unsere Redakteurin Anna Muster.",
        ["Anna Muster"],
        id="role-before-name",
    ),
    pytest.param("Die Fragen stellte die Redaktion.", [], id="newsroom"),
    pytest.param("Interview by Jane Doe", ["Jane Doe"], id="en"),
]


@pytest.mark.parametrize(("line", "expected"), INTERVIEW_ROWS)
def test_an_interview_credit(line: str, expected: list[str]) -> None:
    assert _authors(end=f"<p><em>{line}</em></p>") == expected


def test_an_interview_credit_beside_a_byline_adds_no_one() -> None:
    got = _authors(
        '<p class="byline">Von Anna Muster</p>', "<p>Das Interview führte Ben Beispiel.</p>"
    )
    assert got == ["Anna Muster"]


REVIEW = [
    "Christa Wolfs später Roman erzählt von einer Stadt, in der die Zeit stehen geblieben scheint, und von einer Frau, die sie verlassen will.",
    "Wolf schreibt in langen, ruhigen Sätzen, die den Leser zwingen, sich auf das Tempo der Erzählerin einzulassen, und das lohnt sich.",
    "Die Neuausgabe ergänzt den Text um Briefe und Notizen aus dem Nachlass, die zeigen, wie lange an dem Buch gearbeitet wurde.",
]


def test_a_book_reviews_closing_note_on_its_novelist_credits_no_one() -> None:
    """A review about a novelist closes with an italic line on her (before: credited as
    the review's writer)."""
    body = "".join(f"<p>{t}</p>" for t in REVIEW)
    got = _authors(end="<p><em>Die Autorin Christa Wolf ist 2011 gestorben.</em></p>", body=body)
    assert got == []


def test_a_guest_pieces_note_on_its_writer_still_credits_her() -> None:
    body = "".join(f"<p>{t}</p>" for t in REVIEW)
    got = _authors(
        end="<p><em>Die Autorin Sabine Muster ist Literaturkritikerin.</em></p>", body=body
    )
    assert got == ["Sabine Muster"]


OFFICE_ROWS = [
    # an office after the name in English and French (before: a second author)
    pytest.param("By John Smith, president of the Tenants Union", ["John Smith"], id="en-lower"),
    pytest.param("By John Smith, President of the Tenants Union", ["John Smith"], id="en-capital"),
    pytest.param("Par Jean Dupont, maire de Lyon", ["Jean Dupont"], id="fr-lower"),
    # guards: names with particles after a name
    pytest.param(
        "Von Anna Muster, Juan de la Cruz", ["Anna Muster", "Juan de la Cruz"], id="de-la"
    ),
    pytest.param(
        "Von Anna Muster, Maria dos Santos", ["Anna Muster", "Maria dos Santos"], id="dos"
    ),
    pytest.param("Von Anna Muster, Bernd Beispiel", ["Anna Muster", "Bernd Beispiel"], id="two"),
    # "vom" opens a name too (before: dropped as an office's glue)
    pytest.param(
        "Von Anna Muster, Karl vom Stein", ["Anna Muster", "Karl vom Stein"], id="vom-name"
    ),
    pytest.param("Von Anna Muster, Chefin vom Dienst", ["Anna Muster"], id="chefin-vom-dienst"),
]


@pytest.mark.parametrize(("line", "expected"), OFFICE_ROWS)
def test_an_office_after_a_name(line: str, expected: list[str]) -> None:
    assert _authors(f'<p class="byline">{line}</p>') == expected


def _title(head: str, body: str) -> str | None:
    html = f'<html lang="de"><head>{head}</head><body>{body}</body></html>'
    return extract_article(html, URL).title


def test_a_sidebar_h1_is_no_longer_headline_of_the_tab() -> None:
    """The article's h1 states the <title> whole; a related story's h1 after it that opens
    with the same words is another story's headline (before: taken as the title)."""
    got = _title(
        "<title>Hauptstraße wird autofrei | Probe Zeitung</title>",
        f"<main><article><h1>Hauptstraße wird autofrei</h1>{BODY}</article>"
        "<aside><h1>Hauptstraße wird autofrei: Was die Händler sagen</h1></aside></main>",
    )
    assert got == "Hauptstraße wird autofrei"


def test_a_related_h1_before_the_article_is_no_headline_of_the_tab() -> None:
    got = _title(
        "<title>Hauptstraße | Probe Zeitung</title>",
        "<main><aside class='related'><h1><a href='/b-2'>Hauptstraße: Was die Händler sagen</a></h1></aside>"
        f"<article><h1>Hauptstraße</h1>{BODY}</article></main>",
    )
    assert got == "Hauptstraße"


def test_a_listing_of_h1_teasers_keeps_its_tab_title() -> None:
    teasers = "".join(
        f"<article class='teaser'><h1><a href='/p-{i}'>Politik: Landtag beschließt Haushalt {i}</a></h1><p>Kurz.</p></article>"
        for i in range(3)
    )
    assert _title("<title>Politik | Probe Zeitung</title>", f"<main>{teasers}</main>") == "Politik"


@pytest.mark.parametrize("box_first", [True, False], ids=["box-first", "box-after"])
def test_a_section_box_h2_is_no_headline(box_first: bool) -> None:
    """A <title> of section, headline and site ("Neues aus der Region - X - Probe") on a page
    without an h1 whose section box has the section's name as its h2 over a list of links
    (before: the section's name taken as the title)."""
    box = "<div class='box'><h2>Neues aus der Region</h2><ul><li><a href='/x'>Seilbahnen sperren früher auf</a></li><li><a href='/y'>Neue Buslinie ab Jänner</a></li></ul></div>"
    story = f"<div class='news-item'><p class='date'>05.12.2026</p>{BODY}</div>"
    got = _title(
        "<title>Neues aus der Region - Hauptstraße wird autofrei - Probe</title>",
        box + story if box_first else story + box,
    )
    assert got != "Neues aus der Region"


def test_a_teaser_h3_linking_elsewhere_is_no_headline() -> None:
    """A series' name first in the <title> that a teaser of its other episode shows as a
    link in an h3 (before: the series' name taken as the title)."""
    got = _title(
        "<title>Die Woche im Tal - Hauptstraße wird autofrei - Probe</title>",
        "<div class='teaser'><h3><a href='/woche-48'>Die Woche im Tal</a></h3></div>"
        f"<div class='news-item'>{BODY}</div>",
    )
    assert got != "Die Woche im Tal"


def test_an_h2_headline_over_the_story_still_taken() -> None:
    got = _title(
        "<title>Hauptstraße wird autofrei - Nachrichten aus dem Tal - Probe</title>",
        f"<div class='top'><h2>Nachrichten aus dem Tal</h2></div><div class='news-item'><h2>Hauptstraße wird autofrei</h2>{BODY}</div>",
    )
    assert got == "Hauptstraße wird autofrei"


def test_an_h2_headline_linking_to_its_own_page_still_taken() -> None:
    """A theme's headline that links to the article itself (its permalink, by the
    canonical address) is the headline still, no teaser."""
    got = _title(
        "<title>Hauptstraße wird autofrei - Nachrichten aus dem Tal - Probe</title>"
        '<link rel="canonical" href="https://www.probe-zeitung.de/2026/12/hauptstrasse/">',
        "<div class='news-item'><h2><a href='/2026/12/hauptstrasse/' rel='bookmark'>Hauptstraße wird autofrei</a></h2>"
        f"{BODY}</div>",
    )
    assert got == "Hauptstraße wird autofrei"


FIRST_RAN_ROWS = [
    # the story's sentences on a text shown or set for the first time (before: cut from the body)
    pytest.param(
        "Dieser Text ist erstmals 1925 in einer Zeitschrift erschienen und gilt heute als Klassiker der Moderne, sagte die Literaturwissenschaftlerin.",
        True,
        id="story-erschienen-und",
    ),
    pytest.param(
        "Dieser Text wurde erstmals ins Englische übersetzt.", True, id="story-translated"
    ),
    pytest.param(
        "Dieser Text erschien erstmals 1925 und machte die Dichterin über Nacht bekannt.",
        True,
        id="story-erschien-und",
    ),
    # guards: where the piece first ran
    pytest.param(
        "Dieser Artikel ist erstmals am 05.12.2026 um 10:40 Uhr auf probe-rundfunk.de erschienen.",
        False,
        id="erstmals-erschienen",
    ),
    pytest.param(
        "Dieser Artikel erschien erstmals am 4. Dezember 2026 im Probe Magazin.",
        False,
        id="erschien-erstmals",
    ),
    pytest.param(
        "Dieser Beitrag wurde erstmals im Hörfunk gesendet.", False, id="beitrag-gesendet"
    ),
]


@pytest.mark.parametrize(("line", "kept"), FIRST_RAN_ROWS)
def test_a_first_ran_line(line: str, kept: bool) -> None:
    got = extract_article(_page(end=f"<p>{line}</p>"), URL, fetched=FETCHED)
    assert (line in (got.body or "")) is kept


SITE_AUTHOR = '<meta property="og:site_name" content="Probe Zeitung"><meta name="author" content="Probe Zeitung">'


def _page_with_head(head: str, end: str) -> str:
    return (
        f'<html lang="de"><head><title>Hauptstraße wird autofrei | Probe Zeitung</title>{head}</head>'
        f"<body><article><h1>Hauptstraße wird autofrei</h1>{BODY}{end}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # the site's name as the CMS's author beside a closing credit of the writer (before:
        # the site's name)
        pytest.param("<p>Das Interview führte Anna Muster.</p>", ["Anna Muster"], id="interview"),
        pytest.param(
            "<p><em>Die Autorin Anna Muster ist Historikerin.</em></p>",
            ["Anna Muster"],
            id="author-note",
        ),
        # guards: an agency's tag or a source after the story leaves the site's name
        pytest.param("<p>(dpa)</p>", ["Probe Zeitung"], id="agency-tag"),
        pytest.param("<p>Das Interview führte sie per Video.</p>", ["Probe Zeitung"], id="no-name"),
    ],
)
def test_a_site_author_and_a_closing_writer(end: str, expected: list[str]) -> None:
    got = extract_article(_page_with_head(SITE_AUTHOR, end), URL, fetched=FETCHED)
    assert got.authors == expected


def test_an_h2_headline_over_its_topic_tags_still_taken() -> None:
    """Topic tags (a word or two each, links to the site's topic pages) right under the h2
    headline leave it the headline."""
    got = _title(
        "<title>Hauptstraße wird autofrei - Nachrichten aus dem Tal - Probe</title>",
        "<div class='news-item'><h2>Hauptstraße wird autofrei</h2><ul class='tags'><li><a href='/thema/verkehr'>Verkehr</a></li>"
        f"<li><a href='/thema/stadtrat'>Stadtrat</a></li></ul>{BODY}</div>",
    )
    assert got == "Hauptstraße wird autofrei"
