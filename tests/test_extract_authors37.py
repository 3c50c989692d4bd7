"""Writers on publishers never seen (issue 10, authors-37).

- A weekday after a name of two words before a date with the month's name first and no
  year ("By Grace Hopper Monday, Oct 19"): the date's, as before a day-first one; after a
  given name ("By Grace Monday, Oct 19") her surname. Its year says which.
- A closing source line naming a person and an agency on a Hungarian page, the family name
  first as printed ("Forrás: Kovács János, MTI"): both, as the Estonian "Allikas: Mari
  Tamm, BNS" is; a body beside the agency ("Semmelweis Egyetem") is no person.
- The Indonesian "Laporan:" ("report:") labels its writer as "Penulis:" does; the editor
  after her is none.
- A page printing part of a book ("Ein Auszug aus dem Roman ...", "Adapted from ..."),
  its author named in an "about the author" box: she wrote the text (authors-36 took the
  box for a reviewed book's author and left the page with no one).
- Teaser cards inside the headline's own <article> ("Mehr zum Thema" under the story, each
  card linking another article by its headline beside its byline): no writer of the story,
  as cards outside it are none.
- An author block's link to the writer's other pieces after a "Von" byline ("Alle Artikel
  von Anna Schmidt", "Weitere Beiträge von ..."): no second writer ("von" read as a name's
  particle made one of it).
- Probes in other languages and German forms that read right already, kept with them.

Every name, paper, address, book and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import (
    STORY,
    URL,
    byline_authors,
    closing_authors,
    line_authors,
)

# 19 October 2026 is a Monday, 4 December 2026 a Friday
WEEKDAY_BEFORE_MONTH_FIRST_DATE = [
    ("en", "By Grace Hopper Monday, Oct 19", ["Grace Hopper"]),
    ("en", "By Grace Hopper Monday Oct 19", ["Grace Hopper"]),
    ("en", "By Grace Hopper Monday, Oct. 19", ["Grace Hopper"]),
    ("en", "By Grace Hopper Monday, October 19", ["Grace Hopper"]),
    ("en", "By Grace Hopper Monday, Oct 19.", ["Grace Hopper"]),
    ("en", "By Grace Hopper Monday, Oct 19, 2026", ["Grace Hopper"]),
    ("en", "By Grace Hopper Mon., Oct 19", ["Grace Hopper"]),
    ("en", "By Grace Hopper Friday, Dec 4", ["Grace Hopper"]),
    ("en", "By Grace Hopper Monday, May 4", ["Grace Hopper"]),
    # counter-cases: a given name or one word alone before the weekday, a given name right
    # before it; a year saying another day; no month after it
    ("en", "By Grace Monday, Oct 19", ["Grace Monday"]),
    ("en", "By Grace Monday, Oct 19, 2026", ["Grace Monday"]),
    ("en", "By Mary Ann Sunday, Oct 18", ["Mary Ann Sunday"]),
    ("en", "By Hopper Sunday, Oct 18", ["Hopper Sunday"]),
    ("en", "By Grace Hopper Tuesday, Oct 19, 2026", ["Grace Hopper Tuesday"]),
    ("en", "By Grace Hopper Sunday, Room 4", ["Grace Hopper Sunday"]),
    ("en", "By Jane Doe Friday, Chapter 4", ["Jane Doe Friday"]),
    ("en", "By Grace Hopper, Monday, Oct 19", ["Grace Hopper"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), WEEKDAY_BEFORE_MONTH_FIRST_DATE)
def test_a_weekday_before_a_month_first_date(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


HUNGARIAN_SOURCE_LINE = [
    ("hu", "Forrás: Kovács János, MTI", ["Kovács János", "MTI"]),
    ("hu", "Forrás: Nagy Anna, MTI", ["Nagy Anna", "MTI"]),
    ("hu", "Forrás: János Kovács, MTI", ["János Kovács", "MTI"]),
    # counter-cases: a person alone, bodies beside the agency, a body between
    ("hu", "Forrás: Kovács János", []),
    ("hu", "Forrás: MTI", ["MTI"]),
    ("hu", "Forrás: Semmelweis Egyetem, MTI", ["MTI"]),
    ("hu", "Forrás: Anna Kórház, MTI", ["MTI"]),
    ("hu", "Forrás: Központi Statisztikai Hivatal, MTI", ["MTI"]),
    ("hu", "Forrás: Kovács János, Debreceni Egyetem, MTI", ["MTI"]),
    # the family name first is Hungarian's: on a German page no given name opens it
    ("de", "Quelle: Muster Anna, dpa", ["dpa"]),
    ("et", "Allikas: Mari Tamm, BNS", ["Mari Tamm", "BNS"]),
]


@pytest.mark.parametrize(("lang", "last", "expected"), HUNGARIAN_SOURCE_LINE)
def test_a_hungarian_source_line(lang: str, last: str, expected: list[str]) -> None:
    assert closing_authors(lang, last) == expected


INDONESIAN_LABELS = [
    ("Laporan: Budi Santoso", ["Budi Santoso"]),
    ("Laporan: Budi Santoso, Editor: Siti Rahma", ["Budi Santoso"]),
    ("Laporan: Budi Santoso | Editor: Siti Rahma", ["Budi Santoso"]),
    ("Laporan: Budi Santoso/Antara", ["Budi Santoso", "Antara"]),
    ("Reporter: Budi Santoso<br>Editor: Siti Rahma", ["Budi Santoso"]),
    ("Penulis: Budi Santoso | Editor: Siti Rahma", ["Budi Santoso"]),
    # counter-cases: the editor alone, a report's kind, a report's subject
    ("Editor: Siti Rahma", []),
    ("Laporan khusus: banjir di Jakarta", []),
    ("Laporan keuangan: Bank Mandiri untung besar", []),
    ("Laporan Utama", []),
]


@pytest.mark.parametrize(("line", "expected"), INDONESIAN_LABELS)
@pytest.mark.parametrize("markup", ["<div class='byline'>{}</div>", "<p>{}</p>"])
def test_indonesian_labels(line: str, expected: list[str], markup: str) -> None:
    assert line_authors("id", markup.format(line)) == expected


_BOOK_STORY = (
    "Der Fluss war an diesem Morgen grau und still, und die Frau ging langsam am Ufer"
    " entlang, bis sie die alte Brücke sah, die ihr Großvater gebaut hatte, lange bevor sie"
    " geboren wurde."
)
_BOOK = "<p>Anna Muster: Der Fluss. Roman. Beispielverlag, ISBN 978-3-00-000000-0</p>"
_BOX = (
    "<aside><h3>Über die Autorin</h3><p><b>Anna Muster</b> ist Schriftstellerin und lebt in"
    " Leipzig.</p></aside>"
)
_REVIEW_JSONLD = '{"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Der Fluss"}}'
_BOOK_JSONLD = '{"@type": "Book", "name": "Der Fluss"}'


def _excerpt_page(intro: str, tail: str, jsonld: str = "") -> str:
    script = f"<script type='application/ld+json'>{jsonld}</script>" if jsonld else ""
    return (
        f"<html lang='de'><head><title>Der Fluss</title>{script}</head><body><main><article>"
        f"<h1>Der Fluss</h1>{intro}<div class='text'>{f'<p>{_BOOK_STORY}</p>' * 3}{tail}</div>"
        f"{_BOX}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("intro", "tail", "jsonld", "expected"),
    [
        ("<p class='intro'>Ein Auszug aus Anna Musters Roman</p>", _BOOK, "", ["Anna Muster"]),
        ("<p class='intro'>Lesen Sie hier einen Auszug.</p>", _BOOK, "", ["Anna Muster"]),
        ("", f"<p>Auszug aus: {_BOOK[3:]}", "", ["Anna Muster"]),
        ("<p class='intro'>Eine Leseprobe</p>", _BOOK, _BOOK_JSONLD, ["Anna Muster"]),
        # counter-cases: a review (no excerpt's word, or typed Review in JSON-LD)
        ("", _BOOK, "", []),
        ("<p class='intro'>Eine Kritik</p>", _BOOK, _BOOK_JSONLD, []),
        ("<p class='intro'>Ein Auszug folgt am Sonntag.</p>", _BOOK, _REVIEW_JSONLD, []),
        # the byline's writer beats the box whatever the page is
        ("<div class='byline'>Von Jonas Weber</div><p>Ein Auszug</p>", _BOOK, "", ["Jonas Weber"]),
    ],
)  # fmt: skip
def test_an_author_box_on_a_book_excerpt(
    intro: str, tail: str, jsonld: str, expected: list[str]
) -> None:
    assert extract_article(_excerpt_page(intro, tail, jsonld), URL).authors == expected


_DE_STORY = "<p>" + STORY["de"] + "</p>"
_CARDS = (
    "<section class='related'><h2>Mehr zum Thema</h2>"
    "<div class='teaser'><h3><a href='/a'>Neue Straße geplant</a></h3>"
    "<p class='byline'>Von Karl Probe</p></div>"
    "<div class='teaser'><h3><a href='/b'>Der Markt öffnet</a></h3>"
    "<p class='byline'>Von Lisa Beispiel</p></div></section>"
)
_CARD_LIST = (
    "<ul class='more'><li><a href='/a'><h3>Neue Straße geplant</h3></a>"
    "<span class='author'>Karl Probe</span></li><li><a href='/b'><h3>Der Markt öffnet</h3></a>"
    "<span class='author'>Lisa Beispiel</span></li></ul>"
)


def _cards_page(header: str, after: str) -> str:
    return (
        "<html lang='de'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1>{header}<div class='text'>{_DE_STORY * 3}</div>{after}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("header", "after", "expected"),
    [
        ("<p>Von Anna Schmidt</p>", _CARDS, ["Anna Schmidt"]),
        ("<div class='byline'>Von Anna Schmidt</div>", _CARDS, ["Anna Schmidt"]),
        ("<div class='byline'><a href='/autor/a'>Anna Schmidt</a></div>", _CARDS, ["Anna Schmidt"]),
        ("", _CARDS, []),
        ("", _CARD_LIST, []),
        # counter-cases: the story's own byline blocks, a link of many words beside one
        ("<p>Von Anna Schmidt</p>", _CARD_LIST, ["Anna Schmidt"]),
        ("", "<footer><p class='byline'>Von Anna Schmidt</p></footer>", ["Anna Schmidt"]),
        (
            "<div class='top'><div class='byline'>Von Anna Schmidt</div><div class='share'>"
            "<a href='/other'>Die ganze Geschichte der alten Brücke lesen</a></div></div>",
            "",
            ["Anna Schmidt"],
        ),
    ],
)  # fmt: skip
def test_teaser_cards_inside_the_headlines_article(
    header: str, after: str, expected: list[str]
) -> None:
    assert extract_article(_cards_page(header, after), URL).authors == expected


@pytest.mark.parametrize(
    ("lang", "byline", "link", "expected"),
    [
        ("de", "Von Anna Schmidt", "Alle Artikel von Anna Schmidt", ["Anna Schmidt"]),
        ("de", "Von Anna Schmidt", "Weitere Artikel von Anna Schmidt", ["Anna Schmidt"]),
        ("de", "Von Anna Schmidt", "Alle Beiträge von Anna Schmidt", ["Anna Schmidt"]),
        # counter-cases: read right already; a name with "von" in it stays whole
        ("de", "Von Anna Schmidt", "Mehr von Anna Schmidt", ["Anna Schmidt"]),
        ("en", "By Jane Doe", "All articles by Jane Doe", ["Jane Doe"]),
        ("de", "Von Anna von Arnim", "Mehr von Anna von Arnim", ["Anna von Arnim"]),
    ],
)
def test_an_author_blocks_link_to_more_pieces(
    lang: str, byline: str, link: str, expected: list[str]
) -> None:
    block = (
        f"<div class='article-footer'><p class='byline'>{byline}</p>"
        f"<a href='/autor/x'>{link}</a></div>"
    )
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='text'>{('<p>' + STORY[lang] + '</p>') * 3}</div>"
        f"{block}</article></main></body></html>"
    )
    assert extract_article(page, URL).authors == expected


# read right already: kept with their counter-cases
PROBES = [
    ("nl", "Door Jan de Vries en Anna Bakker", ["Jan de Vries", "Anna Bakker"]),
    ("pl", "Tekst: Jan Kowalski", ["Jan Kowalski"]),
    ("pt", "Por João Silva e Maria Santos", ["João Silva", "Maria Santos"]),
    ("cs", "Autor: Jan Novák", ["Jan Novák"]),
    ("el", "Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
    ("ro", "de Ion Popescu", ["Ion Popescu"]),
    ("fi", "Teksti: Matti Virtanen Kuvat: Liisa Korhonen", ["Matti Virtanen"]),
    ("ar", "بقلم أحمد علي", ["أحمد علي"]),
    ("he", "מאת דנה כהן", ["דנה כהן"]),
    ("zh", "本报记者 张小伟 李明 报道", ["张小伟", "李明"]),
    ("th", "โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
    ("ko", "신현주 기자", ["신현주"]),
    ("de", "Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
    ("de", "Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
    ("de", "Eine Analyse von Anna Schmidt", ["Anna Schmidt"]),
    ("de", "Von Anna Schmidt, mit Material von dpa", ["Anna Schmidt", "dpa"]),
    ("de", "Text: Anna Schmidt, Fotos: Jonas Weber", ["Anna Schmidt"]),
    ("de", "(asc/dpa)", ["dpa"]),
    ("de", "Von Elena Oberholzer (obe)", ["Elena Oberholzer"]),
    ("de", "Jonas Weber, Korrespondent in Paris", ["Jonas Weber"]),
    ("de", "Redakteurin Anna Schmidt", ["Anna Schmidt"]),
    ("en", "By Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
    ("fr", "Par AFP", ["AFP"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), PROBES)
def test_bylines_read_right_already(lang: str, line: str, expected: list[str]) -> None:
    assert line_authors(lang, f"<div class='byline'>{line}</div>") == expected


# Review (rev-authors37): counter-cases the rules above must leave alone.


# "Kamara" is a common surname (Sierra Leone, Guinea): a reporter's, on any page
@pytest.mark.parametrize(
    ("lang", "last", "expected"),
    [
        ("en", "Source: Ibrahim Kamara, AFP", ["Ibrahim Kamara", "AFP"]),
        ("fr", "Source : Marie Kamara, AFP", ["Marie Kamara", "AFP"]),
    ],
)
def test_a_reporter_named_kamara_beside_an_agency(
    lang: str, last: str, expected: list[str]
) -> None:
    assert closing_authors(lang, last) == expected


_AUTHOR_SPAN = "<span class='author'>Anna Schmidt</span>"


# The story's own byline blocks inside its <article>, beside a long link that is no
# other article's headline (her page, the comments), with or without cards under the
# story; its author box in its footer, her name or her page's link in a heading
@pytest.mark.parametrize(
    ("header", "after"),
    [
        (
            "",
            "<footer><h4><a href='/autor/anna'>Anna Schmidt</a></h4><p>Redakteurin</p></footer>",
        ),
        (
            "",
            f"<footer><div class='author-box'>{_AUTHOR_SPAN}<h4><a href='/autor/anna'>Über die"
            " Autorin</a></h4></div></footer>",
        ),
        (
            "",
            f"<footer>{_AUTHOR_SPAN}<a href='/autor/anna'>Alle Texte der Autorin lesen</a>"
            "</footer>",
        ),
        (
            "",
            f"<footer>{_AUTHOR_SPAN}<a href='/autor/anna'>Alle Texte der Autorin lesen</a>"
            f"</footer>{_CARDS}",
        ),
        (
            f"<ul class='meta'><li>{_AUTHOR_SPAN} <a href='/k'>Kommentare zu diesem Artikel"
            " lesen</a></li></ul>",
            "",
        ),
    ],
)
def test_the_articles_own_byline_block_stays_its_own(header: str, after: str) -> None:
    assert extract_article(_cards_page(header, after), URL).authors == ["Anna Schmidt"]


# A review of a book (its ISBN printed, its author in the box) whose page speaks of some
# excerpt that is not the page: a shop's link, a caption, a teaser beside the story, a
# ruling quoted in the story. The box names the reviewed book's author: no writer.
@pytest.mark.parametrize(
    ("intro", "tail", "extra"),
    [
        ("", _BOOK, "<div class='shop'><a href='/shop/fluss'>Leseprobe</a></div>"),
        ("", _BOOK + "<p><a href='/lp.pdf'>Zur Leseprobe</a></p>", ""),
        ("", _BOOK + "<p><a href='/video'>Voir l'extrait de la vidéo</a></p>", ""),
        ("", _BOOK + "<p>Auszug aus dem Urteil des Landgerichts</p>", ""),
        (
            "<figure><img src='a.jpg'><figcaption>Ein Fragment der alten Brücke</figcaption>"
            "</figure>",
            _BOOK,
            "",
        ),
        (
            "",
            _BOOK,
            "<aside><h3><a href='/x'>Vorabdruck: Das neue Buch von Karl Probe</a></h3></aside>",
        ),
    ],
)
def test_a_review_speaking_of_another_excerpt(intro: str, tail: str, extra: str) -> None:
    page = _excerpt_page(intro, tail).replace("</article>", f"{extra}</article>")
    assert extract_article(page, URL).authors == []
