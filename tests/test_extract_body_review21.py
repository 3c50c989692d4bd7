"""Review of body-21's furniture rules: what the story holds stays when it looks like the
furniture those rules drop. A paragraph opening with "(c) 2026" or a rights phrase that goes on
as a sentence, a membership pitch quoted, a last paragraph naming someone who writes for a
firm (not the site), a list of more than three titles under a "Lesen Sie auch" label (no
promo's three: none of them goes, not the first three), a books column's "Read:" over its
list, a finance story's "Crédito:" line; and a promo's label alone goes with its titles
instead of standing over nothing. Made-up pages and sentences."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://seebote.example/region/2026/12/05/faehre-faehrt-wieder-id456.html"
STORY = [
    "Die Fähre zwischen den beiden Ufern des Sees fährt nach einer dreimonatigen Pause seit Samstag wieder nach dem alten Fahrplan.",
    "Der Betreiber hatte im Herbst einen Schaden an der Antriebswelle entdeckt und das Schiff für die Reparatur in die Werft gebracht.",
    "Pendlerinnen und Pendler mussten in dieser Zeit einen Umweg von fast vierzig Kilometern um das Südende des Sees in Kauf nehmen.",
    "Die Reparatur kostete nach Angaben des Betreibers rund zwei Millionen Euro, die zur Hälfte von der Versicherung getragen werden.",
    "Im Frühjahr soll zusätzlich ein zweites, kleineres Schiff in Dienst gestellt werden, um die Wartezeiten zu verkürzen.",
    "Der Gemeinderat will im Januar darüber beraten, ob die Fahrpreise für Schülerinnen und Schüler gesenkt werden können.",
]


def _page(where: str, snippet: str) -> str:
    ps = [f"<p>{t}</p>" for t in STORY]
    mid, end = (snippet if where == w else "" for w in ("mid", "end"))
    return (
        "<html lang='de'><head><title>Die Fähre fährt wieder</title></head><body>"
        "<header class='hd'><a href='/'>Seebote</a><nav><a href='/region'>Region</a><a href='/sport'>Sport</a></nav></header>"
        f"<div class='k1'><h1>Die Fähre über den See fährt wieder</h1><div class='k2'>{''.join(ps[:3])}{mid}{''.join(ps[3:])}{end}</div></div>"
        "<footer class='ft'><p>Seebote Verlag</p></footer></body></html>"
    )


def _left(snippet: str, where: str = "mid") -> str:
    """What the body holds besides the story's paragraphs."""
    body = extract_article(_page(where, snippet), URL).body or ""
    for t in STORY:
        assert t in body, t
        body = body.replace(t, "")
    return " ".join(body.split())


KEPT = [
    # a year's sign opening the writer's sentence, not a notice
    (
        "mid",
        "(c) 2026 ist nicht nur eine Jahreszahl auf dem Plakat: Die Novelle des Urheberrechts tritt in Kraft.",
    ),
    (
        "mid",
        "(c) 2024 war das Zeichen auf dem Plakat, das der Künstler gegen den Verlag verteidigte.",
    ),
    # a rights phrase the writer quotes or discusses
    (
        "mid",
        "Riproduzione riservata è la formula che i giornali stampano sotto ogni articolo, spiega il professore.",
    ),
    (
        "mid",
        "Alle Rechte vorbehalten, hieß es auf dem Schild am Steg, doch die Fotografen kümmerte das nicht.",
    ),
    # a membership pitch quoted, or said by someone
    (
        "mid",
        "„Unterstützen Sie unabhängigen Journalismus“, steht seit Montag auf den Plakaten am Hafen.",
    ),
    # the last paragraph: someone who writes or reports for a firm, the writer's sentence on
    (
        "end",
        "Karl Brenner schreibt seit Jahren für die Fährgesellschaft Gedichte, die er an Bord vorträgt.",
    ),
    (
        "end",
        "Jon Smith writes for The Lakeside Review about his years on the ferry, and he will read from his book on Friday.",
    ),
    # "Crédito" a loan in a finance story's line, "Photograph" a contest's category
    ("mid", "Crédito: la parte del león se la lleva el banco"),
    ("mid", "Photograph: the ferry returned to service on Saturday"),
]


@pytest.mark.parametrize(("where", "text"), KEPT)
def test_the_writers_sentence_stays(where: str, text: str) -> None:
    assert _left(f"<p>{text}</p>", where) == text


def test_rights_notices_still_go() -> None:
    for notice in (
        "(c) 2026 Seebote Verlag GmbH",
        "(C) 2026 by Seebote",
        "(c) 2026 dpa",
        "(c) 2026 Seebote Verlag. Alle Rechte vorbehalten.",
        "Riproduzione riservata",
        "Riproduzione riservata © Copyright Seebote",
        "Tous droits réservés. Reproduction interdite.",
        "Alle Rechte vorbehalten.",
    ):
        assert _left(f"<p>{notice}</p>") == "", notice


def test_a_writers_profile_still_goes() -> None:
    assert (
        _left("<p>Max Huber berichtet seit 2015 für das Stadtblatt über Verkehr.</p>", "end") == ""
    )
    assert _left("<p>Jane Doe covers transport for the Post.</p>", "end") == ""


TITLES = [
    "Neue Brücke eröffnet",
    "Der alte Hafen",
    "Die Fähre im Winter",
    "Der neue Kapitän",
    "Die Kosten der Reparatur",
]


def test_more_than_three_titles_under_a_label_all_stay() -> None:
    items = "".join(f"<li>{t}</li>" for t in TITLES)
    left = _left(f"<p>Lesen Sie auch:</p><ul>{items}</ul>")
    for t in TITLES:
        assert t in left, t
    paras = "".join(f"<p>{t}</p>" for t in TITLES[:4])
    left = _left(f"<h3>Mehr zum Thema</h3>{paras}")
    for t in TITLES[:4]:
        assert t in left, t


def test_a_books_columns_read_label_keeps_its_list() -> None:
    books = ["The Old Man and the Sea", "Moby Dick", "Treasure Island"]
    items = "".join(f"<li>{t}</li>" for t in books)
    left = _left(f"<p>Read:</p><ul>{items}</ul>")
    assert left == "Read: " + " ".join(books)


@pytest.mark.parametrize(
    "snippet",
    [
        "<p>Read also:</p><p>Neue Brücke eröffnet</p>",
        "<p><strong>Read also:</strong></p><p>Neue Brücke eröffnet</p><p>Der alte Hafen</p>",
        "<p>Voir aussi</p><ul><li>Neue Brücke eröffnet</li><li>Der alte Hafen</li></ul>",
        "<p>Lesen Sie auch:</p><p>Neue Brücke eröffnet</p>",
    ],
)
def test_a_promos_label_goes_with_its_titles(snippet: str) -> None:
    assert _left(snippet) == ""


@pytest.mark.parametrize(
    "text",
    [
        "«Suivez-nous sur Instagram», lance la mairie dans sa nouvelle campagne.",
        "„Folgen Sie uns auf X“ stand auf dem Banner der Behörde am Hafen.",
        "“Follow us on X,” the ferry company wrote in its very first post.",
        "“Copyright is theft,” the singer told the court in Lakeside.",
    ],
)
def test_a_call_or_notice_quoted_in_a_sentence_stays(text: str) -> None:
    assert _left(f"<p>{text}</p>") == text


@pytest.mark.parametrize(
    "text",
    [
        "Lisa Berg ist Kinderbuchautorin und lebt mit ihrer Familie am Ufer des Sees.",
        "Jake Miller is a songwriter from Nashville who wrote the ferry company's new jingle.",
        "Tom Reed is a screenwriter and spent a week on board for his next film.",
    ],
)
def test_a_last_paragraph_on_an_author_or_songwriter_stays(text: str) -> None:
    """A compound of a role word ("Kinderbuchautorin", "songwriter") names someone in the
    story; only a newsroom's compounds ("Lokalredakteurin") make a writer's profile."""
    assert _left(f"<p>{text}</p>", "end") == text


def test_a_newsroom_compound_still_makes_a_profile() -> None:
    assert _left("<p>Anna Beispiel ist Lokalredakteurin beim Seeboten.</p>", "end") == ""
    assert _left("<p>Jan Muster ist Wirtschaftskorrespondent in Berlin.</p>", "end") == ""


# A paragraph opening with "Copyright" or "©" that goes on as the writer's sentence stays;
# a rights notice (a year, a name, "by", an agency or a picture credit after the sign) goes.
COPYRIGHT_KEPT = [
    "Copyright bleibt ein Streitpunkt zwischen Verlagen und KI-Firmen, sagte die Ministerin am Hafen.",
    "© und Urheberrecht: Darum geht es im Streit zwischen dem Fotografen und der Fährgesellschaft.",
    "Copyright, sagt der Anwalt, sei bei Fotos vom See schwer durchzusetzen.",
    "Copyright law barely covers the photographs the ferry's passengers post every summer.",
]
COPYRIGHT_NOTICES = [
    "Copyright 2026 Seebote Verlag",
    "© 2026 dpa",
    "Copyright © Example Media. All rights reserved.",
    "© Seebote",
    "© dpa",
    "Copyright by Seebote Verlag GmbH",
    "© picture alliance / dpa / Max Muster",
    "© privat",
    "Copyright: alle Rechte beim Verlag",
]


@pytest.mark.parametrize("text", COPYRIGHT_KEPT)
def test_a_sentence_opening_with_copyright_stays(text: str) -> None:
    assert _left(f"<p>{text}</p>") == text


@pytest.mark.parametrize("notice", COPYRIGHT_NOTICES)
def test_a_copyright_notice_still_goes(notice: str) -> None:
    assert _left(f"<p>{notice}</p>") == ""
    assert _left(f"<p>{notice}</p>", "end") == ""
