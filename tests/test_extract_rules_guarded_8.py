"""The eighth session's rules: cases no test caught in the review's mutation check
(2026-12-03; each fails with its rule disabled), and counter-examples from pages unlike
the looked-at ones where a rule cut real text (each fails without its fix).

Every page, name and sentence is invented.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsarchive.extract import extract_article
from newsarchive.extract.topiclinks import label_text

URL = "https://zeitung.example/region/2026/hafen-ausbau-123.html"
STORY = [
    "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
    "Die Entscheidung fiel nach einer langen Debatte, in der die Opposition vor den verdoppelten Kosten warnte.",
    "Nach dem Plan sollen die ersten Fähren bereits im Sommer 2028 an der neuen Kaimauer anlegen können.",
    "Der Baubeginn ist für das Frühjahr geplant, die Arbeiten sollen in mehreren Etappen fast zwei Jahre dauern.",
]


def _page(blocks: list[str], head: str = "", lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head>{head}</head><body><article>"
        "<h1>Gemeinderat beschließt den Ausbau des Hafens</h1>"
        f"<div class='text'>{''.join(blocks)}</div></article></body></html>"
    )


def _body(paragraphs: list[str]) -> str:
    return extract_article(_page([f"<p>{p}</p>" for p in paragraphs]), URL).body or ""


# --- body: real sentences that look like furniture -----------------------------------------


@pytest.mark.parametrize(
    "subject, last",
    [
        (
            "Die Schriftstellerin Maria Schmidt hat dem Hafen ein Buch gewidmet und liest im Mai am Kai.",
            "Maria Schmidt ist Autorin des Buches über den Hafen, das im März erscheint.",
        ),
        (
            "John Smith, who ran the ferry office for thirty years, spoke against the plan at the meeting.",
            "John Smith is a former editor of the harbour gazette and now runs a bakery.",
        ),
    ],
)
def test_a_last_sentence_about_a_person_the_story_names_is_no_writer_bio(
    subject: str, last: str
) -> None:
    """bodyquotes.py `_is_writer_bio`: a name the story named before is its subject, not its writer."""
    paragraphs = [*STORY[:2], subject, *STORY[2:], last]
    assert _body(paragraphs) == "\n\n".join(paragraphs)


def test_a_sentence_opening_like_a_programme_note_stays() -> None:
    """furniture.py SERVICE_LINE: "Über dieses Thema hat ..." is a programme note only where
    it goes on to "berichtet"; the writer's own sentence stays."""
    line = "Über dieses Thema hat der Rat schon im Herbst lange mit den Anwohnern gestritten"
    paragraphs = [*STORY[:2], line, *STORY[2:]]
    assert _body(paragraphs) == "\n\n".join(paragraphs)


def test_a_programme_note_with_hat_berichtet_is_not_the_body() -> None:
    note = "Über dieses Thema hat Radio Beispiel am 3. Dezember 2026 berichtet."
    assert _body([*STORY, note]) == "\n\n".join(STORY)


# --- dates: the article's own date line beside a link that is no other piece ----------------

_OWN_DATE = "<time datetime='2026-01-29T18:40:00+01:00'>29.01.2026, 18:40 Uhr</time>"


@pytest.mark.parametrize(
    "link",
    [
        "<a href='#kommentare'>Zu den Kommentaren dieses Artikels</a>",
        "<a href='/audio/hafen-123.mp3'>Hören Sie sich diesen Artikel hier an</a>",
        "<a href='mailto:?subject=Hafen'>Diesen Artikel per E-Mail an Freunde senden</a>",
    ],
)
def test_a_date_line_beside_a_link_within_the_page_keeps_its_date(link: str) -> None:
    """datelines.py `_beside_a_headline_link`: a link of four words or more beside the date
    is a teaser's headline only where it leads to another page."""
    meta = f"<div class='meta'><span>Von Anna Muster</span> {_OWN_DATE} {link}</div>"
    page = _page([meta, *(f"<p>{p}</p>" for p in STORY)])
    assert extract_article(page, URL).published == "2026-01-29T18:40:00+01:00"


# --- rules no test caught (mutation check) --------------------------------------------------


def test_a_caption_ending_with_a_symbol_picture_credit_is_not_the_body() -> None:
    """bodypictures.py PICTURE_CREDIT_END: "Symbolbild:", "Archivfoto:" ... label a credit too."""
    for label in ("Symbolbild", "Archivfoto", "Titelbild"):
        caption = f"Die alte Kaimauer am Hafen im Winter. {label}: Anna Muster"
        paragraphs = [*STORY[:2], caption, *STORY[2:]]
        assert _body(paragraphs) == "\n\n".join(STORY), label


def test_a_json_ld_block_listing_other_pieces_does_not_date_the_page() -> None:
    """datelines.py `embedded_article_dates`: a date key inside a JSON-LD block is the JSON-LD
    reader's (here another piece's, in a list); the script reader skips it."""
    listing = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList",'
        '"itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"NewsArticle",'
        '"headline":"Stadtrat vertagt die Entscheidung über das Hallenbad",'
        '"datePublished":"2026-01-09T08:00:00+01:00"}}]}</script>'
    )
    own = "<p class='meta'>29.01.2026, 18:40 Uhr</p>"
    page = _page([own, *(f"<p>{p}</p>" for p in STORY)], head=listing)
    assert extract_article(page, URL).published == "2026-01-29T18:40:00+01:00"


@pytest.mark.parametrize(
    "line",
    ["Symbolbild: picture alliance", "Vorschaubild: Anna Muster", "(Archivfoto: Stadtarchiv)"],
)
def test_a_symbol_or_archive_picture_credit_on_its_own_line_is_not_the_body(line: str) -> None:
    """furniture.py CREDIT_LINE: the labels of symbol, archive and teaser pictures."""
    assert _body([*STORY[:2], line, *STORY[2:]]) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line", ["Abonniere jetzt unseren Hafen-Newsletter", "Abonniere den Kanal"]
)
def test_a_call_in_du_form_to_subscribe_is_not_the_body(line: str) -> None:
    """furniture.py FOLLOW_CALL: Swiss and Austrian sites' "Abonniere ...": one phrase."""
    assert _body([*STORY[:2], line, *STORY[2:]]) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "<p class='x1'>Anna Muster, Leiterin des Hauptstadtbüros | 12.03.2026, 10:15 Uhr</p>",
        "<p class='x1'>Anna Muster, stv. Chefredakteurin · 12.03.2026</p>",
    ],
)
def test_a_name_and_date_line_with_a_job_phrase_after_the_comma(line: str) -> None:
    """authors.py `_without_role`: a job phrase after the name's comma ("Leiterin des ...")
    is cut as a role word alone is, on a name-and-date line with no "by" word."""
    page = _page([line, *(f"<p>{p}</p>" for p in STORY)])
    assert extract_article(page, URL).authors == ["Anna Muster"]


def test_an_h1_showing_og_title_whole_beats_a_different_headline() -> None:
    """title.py: the article's h1 showing og:title whole, kicker and all, is what the h1
    shows first (`framed`), so a JSON-LD headline that differs from both does not split
    the vote in favour of the h1's headline part alone."""
    head = (
        '<meta property="og:title" content="Unwetter: Sturm trifft die Küste mit voller Wucht">'
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Orkan über Norddeutschland: Schäden in Millionenhöhe erwartet"}</script>'
    )
    html = (
        f"<html lang='de'><head>{head}</head><body><article>"
        "<h1><span>Unwetter</span><span>Sturm trifft die Küste mit voller Wucht</span></h1>"
        f"{''.join(f'<p>{p}</p>' for p in STORY)}</article></body></html>"
    )
    assert extract_article(html, URL).title == "Unwetter: Sturm trifft die Küste mit voller Wucht"


def test_a_networks_name_as_a_subhead_stays() -> None:
    """furniture.py `is_share_target`: a network's name alone on a line is a share button,
    but set as a heading it heads a part of a piece about the networks."""
    blocks = [
        f"<p>{STORY[0]}</p>",
        "<h2>Telegram</h2>",
        f"<p>{STORY[1]}</p>",
        "<h2>WhatsApp</h2>",
        f"<p>{STORY[2]}</p>",
    ]
    body = extract_article(_page(blocks), URL).body or ""
    assert body.split("\n\n") == [STORY[0], "Telegram", STORY[1], "WhatsApp", STORY[2]]


@pytest.mark.parametrize(
    "line",
    [
        "Die Verbraucherzentrale rät: Klicken Sie nicht auf Links von Drittanbietern und geben Sie keine Einwilligung für Cookies, die Sie nicht verstehen.",
        "If you see a cookie banner, click reject: third-party trackers will then not load, the regulator advises readers in its new guide.",
    ],
)
def test_advice_on_consent_and_third_parties_stays(line: str) -> None:
    """furniture.py `is_embed_notice`: a consent placeholder names the thing it holds back
    (a content, video, post ...); a consumer story's advice about cookies names none."""
    paragraphs = [*STORY[:2], line, *STORY[2:]]
    assert _body(paragraphs) == "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("text", "label"),
    [("Brexit und die Folgen", "Brexit und die Folgen"), ("Hitze folgen", "Hitze")],
)
def test_a_topic_ending_with_the_follow_word_after_an_article_keeps_it(
    text: str, label: str
) -> None:
    """topiclinks.py `label_text`: "folgen" after a label is the follow button's; after a
    lower-case word ("die Folgen") it is the label's own last word."""
    assert label_text(fromstring(f"<a href='/thema/x'>{text}</a>")) == label
