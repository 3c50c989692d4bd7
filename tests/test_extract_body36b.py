"""Body text of invented pages (session 36, second part).

1. A note that the piece ran first elsewhere ("This article was first published by ...",
   "Cet article a été publié initialement dans ...", "Este artículo fue publicado
   originalmente en ...") is the publisher's note, as the German "Dieser Artikel erschien
   zuerst ..." already was: it goes in every language read, as the benchmark's answers leave
   it out. A story's sentence on when a book, a study or a report first came out stays, and
   so does the note quoted as someone's words.
2. A paragraph that opens with a short label in any wording ("Zobacz też:", "Lue myös") and
   holds nothing after it but links to other pieces of the site, one a line (<br>), goes
   whole: the links went already, the label stayed. A label over the documents the story
   cites, or over short links to a service page's parts, stays.
3. A list under a recognised related heading ("Related", "Mehr zum Thema") whose items are
   each a link to another piece with a short summary after it goes with its heading. A
   list of the story's own points, opening with a link or not, under its own subhead stays.

Invented sites, stories and titles. The counter-cases (KEPT) passed before too.
"""

# ruff: noqa: E501  -- one row a line reads best

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL
from tests.test_extract_body32 import _lines, _page

NOTICES = [
    ("en", "This article was first published by the Harbour Gazette."),
    ("en", "This story originally appeared in Valley Weekly on 3 March 2026."),
    ("en", "A version of this article first appeared on the Coast Courier website."),
    (
        "en",
        "This article is republished from Campus Review under a Creative Commons licence. Read the original article.",
    ),
    ("fr", "Cet article a été publié initialement dans Le Journal du Val."),
    ("fr", "Cet article est paru initialement sur le site de La Gazette des Monts le 2 mars 2026."),
    ("es", "Este artículo fue publicado originalmente en Diario del Puerto."),
    ("es", "Este reportaje se publicó originalmente en la revista Sierra Norte."),
    ("it", "Questo articolo è stato pubblicato originariamente su Il Corriere della Valle."),
    ("pt", "Este artigo foi publicado originalmente no Jornal da Serra."),
    ("nl", "Dit artikel verscheen eerder in Het Dorpsblad."),
    ("de", "Dieser Artikel erschien zuerst im Stadtanzeiger."),
    ("de", "Dieser Beitrag ist zuerst bei der Kreiszeitung erschienen."),
]


@pytest.mark.parametrize("where", ["end", "middle", "italic"])
@pytest.mark.parametrize(("lang", "notice"), NOTICES)
def test_a_first_published_notice_goes_in_every_language(
    lang: str, notice: str, where: str
) -> None:
    if where == "end":
        assert _lines_end(lang, f"<p>{notice}</p>") == STORIES[lang][1]
    elif where == "middle":
        assert _lines(lang, f"<p>{notice}</p>") == STORIES[lang][1]
    else:
        assert _lines(lang, f"<p><em>{notice}</em></p>") == STORIES[lang][1]


def _lines_end(lang: str, tail: str) -> list[str]:
    """The story with `tail` after its last paragraph."""
    html = _page(lang, "").replace("</div></div><footer>", f"{tail}</div></div><footer>")
    return [p for p in (extract_article(html, URL).body or "").split("\n") if p]


# the story's sentences on a first publication, and the note as someone's words: KEPT
STORY_LINES = [
    ("en", "The novel was first published in 1925 and sold fewer than a thousand copies."),
    ("en", "The study was first published in a medical journal last year, the authors said."),
    ("en", '"This story first ran in our paper in 1990," the editor said.'),
    (
        "en",
        "This story was first published, the archive shows, under another headline, and the mayor asked the paper to correct it after the vote.",
    ),
    ("fr", "Le rapport a été publié initialement en anglais, puis traduit par la mairie."),
    ("fr", "« Cet article a été publié initialement dans notre journal », rappelle la rédactrice."),
    # a correction after the note is the piece's to a reader, as `NOTE_LABEL`'s are
    (
        "en",
        "This article was originally published on May 3. An earlier version misstated the mayor's name.",
    ),
    (
        "en",
        "This story first appeared in Valley Weekly and has been corrected to show the vote was 7-2.",
    ),
    (
        "fr",
        "Cet article a été publié initialement le 3 mai. Il a été corrigé : la maire s'appelle Anne Roux.",
    ),
    # "l'article" is another paper's piece the story reports on, not this one
    (
        "fr",
        "L'article a été publié samedi par le quotidien régional, qui affirme que le ministre savait.",
    ),
    ("fr", "L'entretien est paru dans Le Courrier du Val le 12 mars."),
    ("es", "La novela fue publicada originalmente en 1967 en Buenos Aires."),
    ("es", "«Este artículo fue publicado originalmente en nuestra revista», dijo el director."),
    ("it", "Il romanzo è stato pubblicato originariamente a puntate su un settimanale."),
    ("de", "Der Roman erschien zuerst 1925 in Fortsetzungen in einer Zeitung."),
]


@pytest.mark.parametrize(("lang", "line"), STORY_LINES)
def test_a_story_line_on_a_first_publication_stays(lang: str, line: str) -> None:
    got = _lines(lang, f"<p>{line}</p>")
    assert line in got


HEADLINES = [
    "Neues Freibad öffnet im Juni nach langer Bauzeit",
    "Feuerwehr rettet Katze aus brennendem Haus am Markt",
    "Stadtrat beschließt neuen Radweg an der Hauptstraße",
]
LABELS = [
    "Zobacz też:",
    "Přečtěte si také:",
    "Lue myös",
    "Читайте также:",
    "Ver também:",
    "Zie ook",
]
LINK_PARAS = [
    "<p>{label}<br>{links}</p>",
    "<p><strong>{label}</strong><br>{links}</p>",
    "<p>{label}<br>{bullets}</p>",
]


def _links(
    sep: str = "<br>",
    prefix: str = "",
    titles: list[str] = HEADLINES,
    href: str = "/lokales/meldung-{i}45.html",
) -> str:
    return sep.join(f"{prefix}<a href='{href.format(i=i)}'>{t}</a>" for i, t in enumerate(titles))


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("shape", LINK_PARAS)
def test_a_label_over_br_broken_links_goes_with_them(label: str, shape: str) -> None:
    middle = shape.format(label=label, links=_links(), bullets=_links(prefix="» "))
    got = _lines("de", middle)
    assert got == STORIES["de"][1]


# a label over the documents the story cites, over a service page's parts, or a sentence
# ending with a colon over links: KEPT
KEPT_LINK_PARAS = [
    ("Die Dokumente:", _links(href="/files/bericht-{i}.pdf"), "Die Dokumente:"),
    ("Quellen:", _links(href="https://amt.example.org/mitteilung-{i}.html"), "Quellen:"),
    ("Anmeldung:", _links(titles=["Formular", "Streckenplan", "Startzeiten"]), "Anmeldung:"),
    (
        "Die Stadt hat dazu zwei Berichte veröffentlicht, die im Rathaus ausliegen:",
        _links(titles=HEADLINES[:2]),
        "Die Stadt hat dazu zwei Berichte veröffentlicht, die im Rathaus ausliegen:",
    ),
]


@pytest.mark.parametrize(("label", "links", "kept"), KEPT_LINK_PARAS)
def test_a_label_over_cited_or_service_links_stays(label: str, links: str, kept: str) -> None:
    got = _lines("de", f"<p>{label}<br>{links}</p>")
    assert kept in got


SUMMARIES = [
    "Die Stadt hat zwei Jahre lang gebaut.",
    "Ein Einsatz am frühen Morgen.",
    "Der Beschluss fiel einstimmig.",
]
RELATED = ["Related", "Mehr zum Thema", "Lire aussi", "Related stories"]
ITEM_SHAPES = [
    "<li><a href='/lokales/m-{i}45.html'>{t}</a> <span>{s}</span></li>",
    "<li><a href='/lokales/m-{i}45.html'>{t}</a><p>{s}</p></li>",
    "<li><a href='/lokales/m-{i}45.html'>{t}</a> – {s}</li>",
]


def _summarised(shape: str) -> str:
    return "".join(
        shape.format(i=i, t=t, s=s)
        for i, (t, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
    )


@pytest.mark.parametrize("heading", RELATED)
@pytest.mark.parametrize("shape", ITEM_SHAPES)
@pytest.mark.parametrize("tag", ["h3", "h2", "section"])
def test_summarised_items_under_a_related_heading_go(heading: str, shape: str, tag: str) -> None:
    items = f"<ul>{_summarised(shape)}</ul>"
    middle = (
        f"<section><h3>{heading}</h3>{items}</section>"
        if tag == "section"
        else f"<{tag}>{heading}</{tag}>{items}"
    )
    got = _lines("de", middle)
    assert got == STORIES["de"][1]


# the story's own points under its subhead, a link opening some; a related heading over
# documents or another site's pages the story cites; items longer than a summary: KEPT
KEPT_LISTS = [
    ("Die Beschlüsse", _summarised(ITEM_SHAPES[0]), SUMMARIES[0]),
    (
        "Was der Rat beschloss",
        "".join(
            f"<li>Der Rat stimmte für <a href='/lokales/m-{i}45.html'>{t}</a>, nach langer Debatte. {s}</li>"
            for i, (t, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
        ),
        SUMMARIES[1],
    ),
    (
        "Related",
        "".join(
            f"<li>Der Rat stimmte für <a href='/lokales/m-{i}45.html'>{t}</a>, nach langer Debatte. {s}</li>"
            for i, (t, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
        ),
        SUMMARIES[1],
    ),
    (
        "Related",
        "".join(
            f"<li><a href='/lokales/m-{i}45.html'>{t}</a> {s} Die Arbeiten am Becken dauerten länger als geplant, weil der Boden nachgab und die Firma zweimal wechselte, sagte der Bürgermeister am Montag im Rat.</li>"
            for i, (t, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
        ),
        "sagte der Bürgermeister",
    ),
]


@pytest.mark.parametrize(("heading", "items", "kept"), KEPT_LISTS)
def test_the_storys_own_list_stays(heading: str, items: str, kept: str) -> None:
    got = _lines("de", f"<h3>{heading}</h3><ul>{items}</ul>")
    assert any(kept in line for line in got)


CANONICAL = f"<link rel='canonical' href='{URL}'>"
OTHER_HOST = "https://www.amtsblatt.example/meldung-{i}.html"


# the story's own link lists: links to another site's pages (the page's host told by its
# canonical link), a line of words around its links, items with a link inside the story's
# sentence: KEPT
@pytest.mark.parametrize(
    ("middle", "kept"),
    [
        # (the other site's links go as link lines, as before; the label over them stays)
        (CANONICAL + f"<p>Zobacz też:<br>{_links(href=OTHER_HOST)}</p>", "Zobacz też:"),
        (
            CANONICAL
            + "<h3>Related</h3><ul>"
            + "".join(
                f"<li><a href='{OTHER_HOST.format(i=i)}'>{t}</a> <span>{s}</span></li>"
                for i, (t, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
            )
            + "</ul>",
            SUMMARIES[0],
        ),
        (
            "<p>Am Montag:<br>"
            + "<br>".join(
                f"<a href='/lokales/m-{i}45.html'>{t}</a> im Rathaus"
                for i, t in enumerate(HEADLINES)
            )
            + "</p>",
            "im Rathaus",
        ),
        (
            "<h3>Related</h3><ul>"
            + "".join(
                f"<li><a href='/lokales/m-{i}45.html'>{t}</a></li><li>{s}</li>"
                for i, (t, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
            )
            + "</ul>",
            SUMMARIES[0],
        ),
    ],
)
def test_a_storys_own_link_lines_stay(middle: str, kept: str) -> None:
    got = _lines("de", middle)
    assert any(kept in line for line in got)
