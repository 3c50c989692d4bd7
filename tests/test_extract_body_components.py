"""Body layouts of sites built otherwise: web components, one wrapper per paragraph,
teaser cards, "read more" lines and sign-up boxes inside the text. Made-up pages."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://krant.example/binnenland/2026/dijk-verhoogd-42"
STORY = [
    "De gemeenteraad heeft dinsdagavond ingestemd met het plan om de dijk langs de rivier te verhogen.",
    "Volgens de waterbeheerder is de verhoging nodig omdat de rivier vaker buiten haar oevers treedt.",
    "De werkzaamheden beginnen in het voorjaar en moeten binnen twee jaar klaar zijn, zegt de wethouder.",
    "Bewoners kunnen hun vragen stellen tijdens een informatieavond in het dorpshuis volgende week.",
    "De kosten worden gedeeld door het rijk, de provincie en het waterschap, elk voor een derde deel.",
    "Een deel van het fietspad over de dijk gaat tijdens de werkzaamheden enkele maanden dicht.",
]
NOTICE = (
    "<div class='k1'><div class='k2'>"
    + "".join(
        f"<p>Wij en onze partners slaan informatie op uw apparaat op en verwerken persoonsgegevens, deel {i}.</p>"
        for i in range(3)
    )
    + "</div></div>"
)


def _page(body: str, above: str = "") -> str:
    return (
        f"<html><body>{above}<div class='w'><h1>Dijk wordt verhoogd</h1>"
        f"<div class='b'>{body}</div></div></body></html>"
    )


def _body(html: str) -> list[str]:
    return (extract_article(html, URL).body or "").split("\n\n")


@pytest.mark.parametrize(
    "markup",
    [
        "<story-paragraph>{}</story-paragraph>",
        "<rich-text><p>{}</p></rich-text>",
        "<x-block><div class='t'><p>{}</p></div></x-block>",
    ],
    ids=["text-in-component", "p-in-component", "p-in-two-wrappers"],
)
def test_paragraphs_in_web_components_are_the_body_in_paragraphs(markup: str) -> None:
    html = _page("".join(markup.format(s) for s in STORY), above=NOTICE)
    assert _body(html) == STORY


def test_a_component_inside_a_sentence_stays_part_of_it() -> None:
    first = "De gemeenteraad heeft <term-tip>dinsdagavond</term-tip> ingestemd met het plan om de dijk langs de rivier te verhogen."
    html = _page("".join(f"<p>{s}</p>" for s in [first, *STORY[1:]]))
    assert _body(html) == STORY


ABOUT = (
    "<div class='z'>"
    + "".join(
        f"<p>Deze krant wordt uitgegeven door een stichting en verschijnt zes dagen per week, editie {i}.</p>"
        for i in range(4)
    )
    + "</div>"
)


@pytest.mark.parametrize("wrapper", ["<div>{}</div>", "<div class='p'><div>{}</div></div>"])
def test_one_wrapper_per_paragraph_still_outweighs_a_block_of_other_text(wrapper: str) -> None:
    """Each paragraph alone in a wrapper: the article still counts as one block and
    outweighs a shorter block of other text (an about-us box) below it."""
    paragraphs = "".join(wrapper.format(f"<p>{s}</p>") for s in STORY)
    html = f"<html><body><div class='w'><h1>Dijk wordt verhoogd</h1><div class='b'>{paragraphs}</div></div>{ABOUT}</body></html>"
    assert _body(html) == STORY


@pytest.mark.parametrize(
    "card",
    [
        "<div class='c'><a href='/andere/1'><img src='/i.jpg'><h4>Brug gaat een maand dicht</h4></a><p>De brug wordt geverfd.</p></div>",
        "<div class='c'><h3><a href='/andere/2'>Nieuwe veerpont vaart vanaf mei</a></h3></div>",
    ],
    ids=["linked-picture-and-heading", "linked-heading-alone"],
)
def test_teaser_cards_between_paragraphs_are_left_out(card: str) -> None:
    html = _page(
        "".join(f"<p>{s}</p>" + (card if i in (1, 3) else "") for i, s in enumerate(STORY))
    )
    assert _body(html) == STORY


def test_live_blog_entries_headed_by_links_to_themselves_stay() -> None:
    """An entry's heading links to the entry ("#post-10"): no card, its text stays."""
    entry = "<div class='e'><h3><a href='#post-{0}'>Om {0} uur</a></h3><p>{1}</p></div>"
    html = _page("".join(entry.format(10 + i, s) for i, s in enumerate(STORY)))
    assert [p for p in _body(html) if p in STORY] == STORY


@pytest.mark.parametrize(
    "line",
    [
        "<p><strong>Lees ook</strong> <a href='/x'>Waterschap waarschuwt voor hoog water in de winter</a></p>",
        "<p><b>Read more</b> <a href='/x'>Council to vote on the river plan next month</a></p>",
        "<p>Leia também <a href='/x'>Prefeitura anuncia obras no porto da cidade</a></p>",
        "<p>Czytaj także <a href='/x'>Rada miasta zdecyduje o nowym moście</a></p>",
        "<p>Lue myös <a href='/x'>Kaupunki rakentaa uuden sillan joen yli</a></p>",
    ],
    ids=["nl-strong", "en-bold", "pt-heading-word", "pl-heading-word", "fi-heading-word"],
)
def test_read_more_lines_without_a_colon_are_left_out(line: str) -> None:
    html = _page("".join(f"<p>{s}</p>" + (line if i == 2 else "") for i, s in enumerate(STORY)))
    assert _body(html) == STORY


def test_a_sentence_with_a_bold_start_and_a_link_stays() -> None:
    sentence = "<p><strong>Update</strong> De provincie heeft haar deel van de <a href='/x'>subsidie</a> inmiddels toegezegd.</p>"
    html = _page("".join(f"<p>{s}</p>" for s in STORY) + sentence)
    assert (
        _body(html)[-1]
        == "Update De provincie heeft haar deel van de subsidie inmiddels toegezegd."
    )


def test_a_newsletter_box_inside_the_body_is_left_out() -> None:
    box = (
        "<div class='q'><h3>Ontvang onze ochtendbrief</h3><p>Het belangrijkste nieuws elke ochtend in uw inbox.</p>"
        "<form action='/aanmelden'><input type='email' placeholder='E-mailadres'><button>Aanmelden</button></form>"
        "<p>U kunt zich op elk moment afmelden.</p></div>"
    )
    html = _page("".join(f"<p>{s}</p>" + (box if i == 1 else "") for i, s in enumerate(STORY)))
    assert _body(html) == STORY


def test_a_form_inside_a_long_block_takes_only_its_own_box() -> None:
    """A poll in the article's own block: the block's paragraphs stay."""
    poll = "<div class='poll'><form><label>Eens?</label><input type='radio' name='a'></form></div>"
    html = _page(
        "".join(f"<p>{s}</p>" for s in STORY[:3]) + poll + "".join(f"<p>{s}</p>" for s in STORY[3:])
    )
    assert _body(html) == STORY


def test_a_poll_inside_a_short_chunk_of_the_article_keeps_the_chunk() -> None:
    """Chunks of a few short paragraphs each, a poll in one: no sign-up box."""
    poll = "<div class='poll'><form><input type='radio' name='a'> Eens</form></div>"
    chunks = "".join(
        f"<div class='c{i}'><p>{s}</p><p>Nog een zin over de dijk in deel {i}.</p>"
        + (poll if i == 2 else "")
        + "</div>"
        for i, s in enumerate(STORY)
    )
    body = _body(_page(chunks))
    assert [p for p in body if p in STORY] == STORY
