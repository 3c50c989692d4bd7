"""The story kept only in Nuxt's script state: Nuxt 2's `window.__NUXT__`, JavaScript
written as a function called with its repeated values (keys without quotes, `!0`, `void 0`,
`new Date(...)`, assignments before its `return`), and Nuxt 3's flattened payload in
`<script id="__NUXT_DATA__">` (devalue: values by index, reactive wrappers). Made-up pages
and sentences in four languages; and a state whose text sits beside no headline, or is its
comments, left alone while the markup shows the story."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.nuxtstate import nuxt2_state, revived

URL = "https://harbour-times.example/2026/12/04/ferry-timetable.html"
STORY = {
    "en": [
        "The ferry company will run two extra crossings each weekday from January, it said on Friday.",
        "Commuters had complained for months that the early boats were full before the last stop.",
        "The new crossings leave at a quarter to seven and at half past five in the evening.",
        "Tickets stay at the same price, and season passes bought this year remain valid.",
    ],
    "de": [
        "Die Fährgesellschaft setzt ab Januar an jedem Werktag zwei zusätzliche Überfahrten ein, teilte sie am Freitag mit.",
        "Pendler hatten sich seit Monaten beschwert, dass die frühen Schiffe schon vor dem letzten Halt voll seien.",
        "Die neuen Fahrten legen um Viertel vor sieben und um halb sechs am Abend ab.",
        "Die Fahrkarten kosten weiterhin gleich viel, bereits gekaufte Jahreskarten bleiben gültig.",
    ],
    "it": [
        "La compagnia dei traghetti aggiungerà due corse in ogni giorno feriale da gennaio, ha detto venerdì.",
        "I pendolari si lamentavano da mesi che le prime corse erano piene prima dell'ultima fermata.",
        "Le nuove corse partono alle sei e quarantacinque e alle cinque e mezza di sera.",
        "I biglietti restano allo stesso prezzo e gli abbonamenti di quest'anno restano validi.",
    ],
    "pt": [
        "A empresa de balsas vai fazer duas travessias extras em cada dia útil a partir de janeiro, disse na sexta.",
        "Os passageiros reclamavam havia meses que os primeiros barcos lotavam antes da última parada.",
        "As novas travessias saem às seis e quarenta e cinco e às cinco e meia da tarde.",
        "As passagens mantêm o preço, e os passes anuais comprados este ano continuam válidos.",
    ],
}
HEADLINE = {
    "en": "Two more ferries on weekdays",
    "de": "Zwei zusätzliche Fähren an Werktagen",
    "it": "Due traghetti in più nei giorni feriali",
    "pt": "Mais duas balsas nos dias úteis",
}
OTHER = "A reader wrote that the harbour car park should open earlier on weekdays as well ({})."


def _page(lang: str, script: str, shown: int = 0) -> str:
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY[lang][:shown])
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE[lang]}</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/port'>Port</a></nav>"
        f"<div id='__nuxt'><div class='a1'><h1>{HEADLINE[lang]}</h1>{paragraphs}</div></div>"
        f"{script}</body></html>"
    )


def _js_string(text: str) -> str:
    """A string as Nuxt 2's serializer writes it: `<` and `/` as \\u escapes."""
    return json.dumps(text).replace("<", "\\u003C").replace("/", "\\u002F")


def nuxt2_arguments(lang: str) -> str:
    html = _js_string("".join(f"<p>{t}</p>" for t in STORY[lang]))
    return (
        "<script>window.__NUXT__=(function(a,b,c,d){d.type=c;d.flags={live:!1,paid:!0};"
        'return {layout:"default",data:[{story:d,menu:[{label:"Port",href:b}]}],'
        "serverRendered:!0}}"
        f'({json.dumps(HEADLINE[lang])},"\\u002Fport","article",'
        f"{{headline:{json.dumps(HEADLINE[lang])},content:{html},at:new Date(1764835200000),x:void 0}}))</script>"
    )


def nuxt2_statements_after_call(lang: str) -> str:
    paragraphs = ",".join(f"{{kind:'p',text:{json.dumps(t)}}}" for t in STORY[lang])
    return (
        "<script>window.__NUXT__=(function(a,b){b.body=["
        + paragraphs
        + "];return {state:{article:b,ui:{open:!1}}}})"
        f"(null,{{title:{json.dumps(HEADLINE[lang])},id:12}});</script>"
    )


def nuxt2_object(lang: str) -> str:
    blocks = ",".join(f"{{text:{json.dumps(t)}}}" for t in STORY[lang])
    return (
        f"<script>window.__NUXT__={{data:[{{page:{{title:{json.dumps(HEADLINE[lang])},"
        f"blocks:[{blocks}]}}}}],state:{{}}}};</script>"
    )


def nuxt3_payload(lang: str) -> str:
    payload: list[Any] = [
        ["ShallowReactive", 1],
        {"data": 2, "state": 3},
        ["ShallowReactive", 4],
        {"menu": 6},
        {"story-12": 5},
        {"title": 7, "date": 8, "paragraphs": 9},
        ["Reactive", 10],
        HEADLINE[lang],
        ["Date", "2026-12-04T09:00:00.000Z"],
        [],
        [],
    ]
    for t in STORY[lang]:
        payload[9].append(len(payload))
        payload.append(t)
    return f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(payload)}</script>'


STATES: dict[str, Callable[[str], str]] = {
    "Nuxt 2, a function's arguments": nuxt2_arguments,
    "Nuxt 2, assignments, called outside the brackets": nuxt2_statements_after_call,
    "Nuxt 2, an object with bare keys": nuxt2_object,
    "Nuxt 3, __NUXT_DATA__ payload": nuxt3_payload,
}


@pytest.mark.parametrize("lang", sorted(STORY))
@pytest.mark.parametrize("kind", sorted(STATES))
def test_the_story_only_in_nuxt_state(kind: str, lang: str) -> None:
    body = extract_article(_page(lang, STATES[kind](lang)), URL).body or ""
    places = [body.find(t) for t in STORY[lang]]
    assert -1 not in places and places == sorted(places), body


@pytest.mark.parametrize(
    ("source", "want"),
    [
        ("window.__NUXT__=(function(a){return {x:a}}('it\\'s'))", {"x": "it's"}),
        (
            'window.__NUXT__=(function(a,b){return {x:a,y:b}}("\\x41\\u00e9",!0))',
            {"x": "Aé", "y": True},
        ),
        (
            "window.__NUXT__=(function(a){return {x:[a,,1.5e1],z:-2}}(void 0))",
            {"x": [None, None, 15.0], "z": -2},
        ),
        (
            "window.__NUXT__=(function(a){return {x:a}})({'k':Object.create(null,{v:{value:1}})})",
            {"x": {"k": {"v": {"value": 1}}}},
        ),
        ("window.__NUXT__=(function(a){a.b.c=1;return {x:a}}({b:{}}))", {"x": {"b": {"c": 1}}}),
        ("window.__NUXT__={a:1,'b':[2],c:{d}};", {"a": 1, "b": [2], "c": {"d": None}}),
        ("window.__NUXT__=(function(a){return {x:a", {}),  # cut short
        ("window.__NUXT__=(function(a){while(1){}}(1))", {}),  # no literal to read
        ("<p>no state</p>", {}),
    ],
)
def test_nuxt2_literals_read(source: str, want: dict[str, Any]) -> None:
    assert nuxt2_state(source) == want


@pytest.mark.parametrize(
    ("payload", "want"),
    [
        ([{"a": 1}, "x"], {"a": "x"}),
        (
            [["Reactive", 1], {"a": 2, "b": 3}, ["Date", "2026-01-02"], [4, 4], "y"],
            {"a": "2026-01-02", "b": ["y", "y"]},
        ),
        ([{"self": 0}], {"self": None}),  # a cycle reads as None
        # an object made without prototype: its keys are names, its values indexes
        (
            [{"body": 1}, ["null", "text", 2, "lead", 3], "It begins.", "Lead."],
            {"body": {"text": "It begins.", "lead": "Lead."}},
        ),
        ([{"a": -1, "b": 9}], {"a": None, "b": None}),  # devalue's undefined, an index past the end
        ([], None),
    ],
)
def test_nuxt3_payload_revived(payload: list[Any], want: Any) -> None:
    assert revived(payload) == want


@pytest.mark.parametrize("lang", sorted(STORY))
def test_comments_beside_the_headline_are_not_the_story(lang: str) -> None:
    """The story in the markup, Nuxt's state holding its headline and, in the same object,
    a long list of comments: the markup's story stays."""
    comments = ",".join(f"{{user:'r{i}',text:{json.dumps(OTHER.format(i))}}}" for i in range(12))
    script = (
        f"<script>window.__NUXT__=(function(a){{return {{data:[{{story:{{title:a,"
        f"comments:[{comments}]}}}}]}}}}({json.dumps(HEADLINE[lang])}))</script>"
    )
    body = extract_article(_page(lang, script, shown=4), URL).body or ""
    assert all(t in body for t in STORY[lang]) and "A reader wrote" not in body


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_state_text_away_from_the_headline_is_not_the_story(lang: str) -> None:
    """Two paragraphs in the markup, a state whose long text sits in another object than
    the one naming the headline (a feed of other stories): the markup's paragraphs stay."""
    feed = [{"text": OTHER.format(i)} for i in range(12)]
    payload: list[Any] = [{"page": 1, "feed": 3}, {"title": 2}, HEADLINE[lang], []]
    for item in feed:
        payload[3].append(len(payload))
        payload.append({"text": len(payload) + 1})
        payload.append(item["text"])
    script = f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(payload)}</script>'
    body = extract_article(_page(lang, script, shown=2), URL).body or ""
    assert STORY[lang][0] in body and "A reader wrote" not in body


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_caption_in_the_markup_gives_way_to_the_headline_s_object(lang: str) -> None:
    """The markup shows only a long picture caption (more than a line or two, none of it in
    the state); the state's story object names the headline and holds the text beside it."""
    caption = " ".join(
        f"Passengers wait on the quay at dawn for the first boat of the day, picture {i}."
        for i in range(4)
    )
    state = {
        "page": {
            "story": {"headline": HEADLINE[lang], "blocks": [{"text": t} for t in STORY[lang]]}
        }
    }
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    page = _page(lang, script).replace(
        "</h1>", f"</h1><figure><figcaption>{caption}</figcaption></figure>"
    )
    body = extract_article(page, URL).body or ""
    places = [body.find(t) for t in STORY[lang]]
    assert -1 not in places and places == sorted(places), body
