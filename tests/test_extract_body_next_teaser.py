"""A page whose markup shows a story's first paragraphs and whose Next.js state
(`__NEXT_DATA__`) holds all of it ("read more", lazy blocks, a paywall lifted in the
browser): the body is the whole story, as with an articleBody that goes on from the
markup's text. A state holding the markup's text and no more, another story, or an
endless scroll's next story adds nothing. Made-up pages and sentences in five languages."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import json
from typing import Any

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.statetext import next_state_rest

URL = "https://harbour-post.example/2026/12/04/ferry-timetable"
SENTENCES = {
    "en": [
        "The island ferry will run twice as often from March, the harbour board said on Friday.",
        "Its chair told the meeting that the new boat had passed its sea trials in the autumn.",
        "Commuters had asked for an early crossing since the old timetable was cut three years ago.",
        "Fares stay the same for residents, while visitors will pay a little more in the summer.",
        "A second ramp at the mainland pier is being built so that two boats can load at once.",
        "The board expects the first full year to carry about a fifth more passengers than today.",
    ],
    "de": [
        "Die Inselfähre soll ab März doppelt so oft fahren, teilte die Hafenbehörde am Freitag mit.",
        "Der Vorsitzende sagte, das neue Schiff habe seine Probefahrten im Herbst bestanden.",
        "Pendler hatten eine frühe Überfahrt gefordert, seit der alte Fahrplan vor drei Jahren gekürzt wurde.",
        "Für Einheimische bleiben die Preise gleich, Gäste zahlen im Sommer etwas mehr.",
        "Am Festlandanleger wird eine zweite Rampe gebaut, damit zwei Schiffe zugleich laden können.",
        "Die Behörde rechnet im ersten vollen Jahr mit etwa einem Fünftel mehr Fahrgästen als heute.",
    ],
    "es": [
        "El transbordador de la isla saldrá el doble de veces a partir de marzo, según el puerto.",
        "Su presidente explicó en la reunión que el nuevo barco superó las pruebas en otoño.",
        "Los trabajadores pedían una salida temprana desde que se recortó el horario hace tres años.",
        "Los vecinos pagarán lo mismo, mientras que los visitantes pagarán algo más en verano.",
        "En el muelle de tierra firme se construye una segunda rampa para cargar dos barcos a la vez.",
        "El puerto calcula que el primer año completo llevará una quinta parte más de pasajeros.",
    ],
    "nb": [
        "Øyferja skal gå dobbelt så ofte fra mars, opplyste havnestyret fredag.",
        "Styrelederen sa at den nye båten besto prøveturene sine i høst.",
        "Pendlere har bedt om en tidlig avgang siden den gamle ruten ble kuttet for tre år siden.",
        "Fastboende betaler det samme, mens tilreisende betaler litt mer om sommeren.",
        "En ny rampe bygges ved fastlandskaia slik at to båter kan laste samtidig.",
        "Havnestyret venter rundt en femtedel flere passasjerer det første hele året.",
    ],
    "ja": [
        "島のフェリーは三月から運航本数が倍になると港湾局が金曜日に発表した。",
        "委員長は会合で、新しい船が秋の試運転に合格したと説明した。",
        "三年前に時刻表が削られて以来、通勤客は早朝便の復活を求めてきた。",
        "島民の運賃は据え置かれ、観光客は夏に少し多く払うことになる。",
        "本土側の桟橋では二隻が同時に乗船できるよう二つ目の乗り場が造られている。",
        "港湾局は最初の一年で乗客が今より二割ほど増えると見込んでいる。",
    ],
}


def _story(lang: str, count: int, tag: str = "") -> list[str]:
    """`count` paragraphs, each three of the language's sentences and a number of its own."""
    s = SENTENCES[lang]
    return [
        f"{tag}{i + 1}. " + " ".join(s[(i + k) % len(s)] for k in range(3)) for i in range(count)
    ]


def _page(lang: str, shown: list[str], state: Any, more: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in shown)
    script = json.dumps(state, ensure_ascii=False)
    return (
        f"<html lang='{lang}'><head><title>Ferry</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<div id='__next'><main><h1>Ferry timetable</h1><div class='x9'>{paragraphs}{more}</div></main></div>"
        "<footer><p>Harbour Post, 1 Quay Street. All rights reserved.</p></footer>"
        f"<script id='__NEXT_DATA__' type='application/json'>{script}</script></body></html>"
    )


def _blocks(paragraphs: list[str]) -> list[dict[str, str]]:
    return [{"type": "paragraph", "text": p} for p in paragraphs]


READ_MORE = "<button class='rm'>Read more</button>"


@pytest.mark.parametrize("lang", sorted(SENTENCES))
@pytest.mark.parametrize("shown", [3, 8])  # a short teaser; one of 2,000 letters' worth or more
def test_the_state_s_rest_of_the_story_follows_the_markup_s_start(lang: str, shown: int) -> None:
    story = _story(lang, 20)
    state = {"props": {"pageProps": {"story": {"headline": "Ferry", "blocks": _blocks(story)}}}}
    html = _page(lang, story[:shown], state, READ_MORE)
    assert extract_article(html, URL).body == "\n\n".join(story)


@pytest.mark.parametrize("lang", ["en", "de", "ja"])
def test_a_state_holding_the_story_as_html_gives_its_rest(lang: str) -> None:
    story = _story(lang, 16)
    content = "".join(f"<p>{p}</p>" for p in story)
    state = {"props": {"pageProps": {"article": {"id": 7, "content": content}}}}
    html = _page(lang, story[:8], state, READ_MORE)
    assert extract_article(html, URL).body == "\n\n".join(story)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_a_markup_showing_the_whole_story_keeps_its_own_text(lang: str) -> None:
    # the state is the markup's copy, without the subhead the markup shows
    story = _story(lang, 12)
    state = {"props": {"pageProps": {"story": {"blocks": _blocks(story)}}}}
    shown = [*story[:6], "Subhead", *story[6:]]
    html = _page(
        lang, story[:6], state, "<h2>Subhead</h2>" + "".join(f"<p>{p}</p>" for p in story[6:])
    )
    assert extract_article(html, URL).body == "\n\n".join(shown)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_an_endless_scroll_s_next_story_is_not_added(lang: str) -> None:
    story, following = _story(lang, 10), _story(lang, 10, "B")
    articles = [{"blocks": _blocks(story)}, {"blocks": _blocks(following)}]
    state = {"props": {"pageProps": {"articles": articles}}}
    assert extract_article(_page(lang, story, state), URL).body == "\n\n".join(story)
    # a teaser of the first story gets the first story's rest only
    teaser = _page(lang, story[:3], state, READ_MORE)
    assert extract_article(teaser, URL).body == "\n\n".join(story)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_another_story_in_the_state_adds_nothing(lang: str) -> None:
    story, other = _story(lang, 12), _story(lang, 24, "X")
    state = {"props": {"pageProps": {"story": {"blocks": _blocks(other)}}}}
    assert extract_article(_page(lang, story, state), URL).body == "\n\n".join(story)


def test_a_state_holding_the_story_from_the_markup_s_sixth_paragraph_gives_its_rest() -> None:
    # the opening paragraphs are the markup's alone (an intro field beside the blocks)
    story = _story("de", 20)
    state = {"props": {"pageProps": {"story": {"blocks": _blocks(story[5:])}}}}
    assert extract_article(_page("de", story[:8], state), URL).body == "\n\n".join(story)


def test_a_state_opening_otherwise_than_the_markup_adds_nothing() -> None:
    # three paragraphs the markup never shows open the state's text: another telling
    story, other = _story("de", 24), _story("de", 3, "Z")
    state = {"props": {"pageProps": {"story": {"blocks": _blocks(other + story[8:])}}}}
    assert extract_article(_page("de", story[:10], state), URL).body == "\n\n".join(story[:10])


def test_a_state_adding_little_leaves_the_markup_s_text() -> None:
    # two short paragraphs more than 2,000 letters' worth shown: under half as much again
    story = _story("en", 12)
    state = {
        "props": {
            "pageProps": {"story": {"blocks": _blocks([*story, "The end.", "Photo: Harbour Post"])}}
        }
    }
    assert extract_article(_page("en", story, state), URL).body == "\n\n".join(story)


@pytest.mark.parametrize(
    ("shown", "rest"),
    [
        (["Opening paragraph of the ferry story told at length", "Second"], ["Third", "Fourth"]),
        (["Unrelated opening paragraph about a road closure", "Other"], []),
        ([], []),
    ],
)
def test_next_state_rest(shown: list[str], rest: list[str]) -> None:
    blocks = ["Opening paragraph of the ferry story told at length", "Second", "Third", "Fourth"]
    state = {"props": {"pageProps": {"story": {"blocks": _blocks(blocks)}}}}
    assert next_state_rest(_page("en", [], state), shown) == rest
