"""A picture between the body's paragraphs is the body's own: where the page declares its
lead (og:image, twitter:image, the JSON-LD image, <link rel="image_src">) and shows it
elsewhere (a player, a script's slider) or not at all, the declared picture is the lead,
not the second one the text carries. A picture right under the headline, or after a
standfirst, stays the lead; one after the paragraphs stays it where nothing is declared;
a byline's padded labels are no paragraphs. Invented pages in three languages."""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

LEAD = "https://media.example/2026/12/harbour-lead-1200.jpg"
INLINE = "https://media.example/2026/12/quay-detail-800.jpg"
TEXT = {
    "en": [
        "The harbour board voted on Wednesday to dredge the eastern basin before the summer season begins.",
        "Sand carried in by the autumn storms has left the basin too shallow for the larger fishing boats.",
        "The work will take six weeks and cost about two million, paid for by the port's own reserves.",
        "Fishermen said they would move to the western quay while the dredgers are at work.",
    ],
    "de": [
        "Der Hafenausschuss hat am Mittwoch beschlossen, das Ostbecken vor Beginn der Sommersaison auszubaggern.",
        "Der Sand, den die Herbststürme hereingetragen haben, macht das Becken für größere Kutter zu flach.",
        "Die Arbeiten dauern sechs Wochen und kosten rund zwei Millionen Euro aus den Rücklagen des Hafens.",
        "Die Fischer wollen an den Westkai ausweichen, solange die Bagger im Becken arbeiten.",
    ],
    "es": [
        "La junta del puerto votó el miércoles dragar la dársena este antes de que empiece la temporada de verano.",
        "La arena que trajeron los temporales de otoño ha dejado la dársena sin calado para los pesqueros grandes.",
        "Las obras durarán seis semanas y costarán unos dos millones, pagados con las reservas del propio puerto.",
        "Los pescadores dijeron que se trasladarán al muelle oeste mientras trabajen las dragas.",
    ],
}
DECLARED = {
    "og:image": f'<meta property="og:image" content="{LEAD}">',
    "twitter:image": f'<meta name="twitter:image" content="{LEAD}">',
    "JSON-LD ImageObject": '<script type="application/ld+json">'
    + json.dumps(
        {"@type": "NewsArticle", "headline": "x", "image": {"@type": "ImageObject", "url": LEAD}}
    )
    + "</script>",
    "link rel=image_src": f'<link rel="image_src" href="{LEAD}">',
}
FIGURE = f'<figure><img src="{INLINE}" width="800" height="533" alt="The quay"><figcaption>The quay at low tide.</figcaption></figure>'


def _page(lang: str, head: str, before: int, top: str = "") -> str:
    """The headline, `top` under it, the picture after `before` paragraphs of text."""
    ps = [f"<p>{t}</p>" for t in TEXT[lang]]
    ps.insert(before, FIGURE)
    return (
        f"<html lang='{lang}'><head><title>Harbour</title>{head}</head><body>"
        f"<article><h1>Harbour basin to be dredged</h1>{top}<div class='text'>{''.join(ps)}</div></article>"
        "</body></html>"
    )


URL = "https://harbour.example/2026/12/04/dredging.html"


@pytest.mark.parametrize("lang", sorted(TEXT))
@pytest.mark.parametrize("declared", sorted(DECLARED))
@pytest.mark.parametrize("before", [2, 3])
def test_a_picture_in_the_body_is_not_the_declared_lead(
    lang: str, declared: str, before: int
) -> None:
    assert extract_article(_page(lang, DECLARED[declared], before), URL).image == LEAD


@pytest.mark.parametrize("lang", sorted(TEXT))
@pytest.mark.parametrize("before", [0, 1])
def test_a_picture_at_the_top_stays_the_lead(lang: str, before: int) -> None:
    """Under the headline, or after the one paragraph of a standfirst: the shown picture."""
    assert extract_article(_page(lang, DECLARED["og:image"], before), URL).image == INLINE


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_with_nothing_declared_the_body_s_picture_stays(lang: str) -> None:
    assert extract_article(_page(lang, "", 2), URL).image == INLINE


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_padded_labels_are_no_paragraphs(lang: str) -> None:
    """Author boxes whose <p>s are long only by their indentation ("Search author on:")."""
    pad = " " * 60
    top = "".join(f"<p>{pad}Find author:{pad}<a href='/a{i}'>Index</a>{pad}</p>" for i in range(3))
    page = _page(lang, DECLARED["og:image"], 0, top)
    assert extract_article(page, URL).image == INLINE


@pytest.mark.parametrize(
    "src",
    [
        "https://harbour.example/img/newsletters/newsletter_morning_600.png",
        "https://harbour.example/assets/promo/Newsletter-Signup-Banner.jpg",
    ],
)
def test_a_newsletter_promo_picture_is_no_lead(src: str) -> None:
    """A newsletter box's picture under the headline, neutral classes: its file names it."""
    promo = f"<div class='x4'><img src='{src}' width='600' height='300'><p>Get the morning briefing.</p></div>"
    page = _page("en", DECLARED["og:image"], 0, promo).replace(FIGURE, "")
    assert extract_article(page, URL).image == LEAD


@pytest.mark.parametrize(
    "card",
    [
        "https://harbour.example/social-card/1200x630/quay-detail-800.jpg",  # another folder
        "https://media.example/2026/12/quay-detail-800.webp",  # another format
        "https://media.example/2026/12/quay-detail-800-wide.jpg",  # words after its name
    ],
)
def test_a_declared_card_of_the_shown_picture_keeps_it(card: str) -> None:
    """The declared image is the body's picture as a share card (its file's name, another
    folder or format, or words after it): the picture is shown where the page sets it,
    and reported as shown."""
    page = _page("en", f'<meta property="og:image" content="{card}">', 2)
    assert extract_article(page, URL).image == INLINE
