"""The story kept in a script state other than Next.js's while the markup shows only its
teaser: a global a script sets (`window.__INITIAL_STATE__ = {...}`, Apollo's cache, a
`__NUXT__` object, `JSON.parse("...")`) or a `<script type="application/json">`. Made-up
pages and sentences in five languages; and the states that are not this story's body
(related stories' summaries, comments) left alone."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from newsarchive.extract import extract_article

URL = "https://courier.example/2026/12/04/bridge-works.html"
STORY = {
    "en": [
        "The county council agreed on Thursday to close the river bridge for six weeks of repairs next spring.",
        "Inspectors found cracks in two of the steel girders during a routine check in the autumn.",
        "Buses will be sent round by the northern ring road, adding about ten minutes to each journey.",
        "Shop owners near the bridge asked for signs telling drivers that their car parks stay open.",
        "The council said the work would cost four million and be paid for from the roads budget.",
        "A footbridge beside the road will stay open for walkers and cyclists throughout the works.",
    ],
    "de": [
        "Der Kreistag hat am Donnerstag beschlossen, die Flussbrücke im Frühjahr für sechs Wochen zu sperren.",
        "Prüfer hatten im Herbst bei einer Routinekontrolle Risse in zwei der Stahlträger entdeckt.",
        "Die Busse werden über den nördlichen Ring umgeleitet, was jede Fahrt um zehn Minuten verlängert.",
        "Ladenbesitzer an der Brücke baten um Schilder, die auf ihre weiterhin offenen Parkplätze hinweisen.",
        "Die Arbeiten kosten nach Angaben des Kreises vier Millionen Euro aus dem Straßenbauetat.",
        "Ein Steg neben der Fahrbahn bleibt während der Bauzeit für Fußgänger und Radfahrer offen.",
    ],
    "fr": [
        "Le conseil départemental a décidé jeudi de fermer le pont sur la rivière pendant six semaines au printemps.",
        "Les inspecteurs ont trouvé des fissures dans deux poutres en acier lors d'un contrôle à l'automne.",
        "Les bus passeront par la rocade nord, ce qui ajoutera une dizaine de minutes à chaque trajet.",
        "Les commerçants proches du pont réclament des panneaux indiquant que leurs parkings restent ouverts.",
        "Le département chiffre les travaux à quatre millions d'euros, pris sur le budget des routes.",
        "Une passerelle le long de la chaussée restera ouverte aux piétons et aux cyclistes pendant le chantier.",
    ],
    "es": [
        "La diputación acordó el jueves cerrar el puente del río durante seis semanas de obras en primavera.",
        "Los inspectores hallaron grietas en dos de las vigas de acero durante una revisión en otoño.",
        "Los autobuses se desviarán por la ronda norte, lo que añadirá unos diez minutos a cada trayecto.",
        "Los comerciantes junto al puente pidieron carteles que indiquen que sus aparcamientos siguen abiertos.",
        "La diputación calcula que las obras costarán cuatro millones, a cargo del presupuesto de carreteras.",
        "Una pasarela junto a la calzada seguirá abierta para peatones y ciclistas durante las obras.",
    ],
    "ja": [
        "県議会は木曜日、川に架かる橋を来春六週間にわたって通行止めにし、補修することを決めた。",
        "秋の定期点検で、鋼製の桁二本にひびが見つかったという。",
        "路線バスは北環状線へ迂回し、所要時間はそれぞれ十分ほど延びる見込みだ。",
        "橋の近くの商店主らは、駐車場が引き続き使えることを知らせる看板の設置を求めた。",
        "県によると工事費は約四億円で、道路予算から支出する。",
        "工事の間も、車道脇の歩道橋は歩行者と自転車のために開放される。",
    ],
}
HEADLINE = {
    "en": "River bridge to close for repairs",
    "de": "Flussbrücke wird für Reparatur gesperrt",
    "fr": "Le pont de la rivière fermé pour travaux",
    "es": "El puente del río cerrará por obras",
    "ja": "川の橋、補修で通行止めへ",
}
OTHER = {  # summaries of other stories, as a related-stories list in a state carries them
    "en": "Another story entirely: the town's swimming pool reopens after a long winter of repairs to its roof and heating.",
    "de": "Eine ganz andere Geschichte: Das Hallenbad öffnet nach einem langen Winter mit Arbeiten an Dach und Heizung wieder.",
    "fr": "Une tout autre histoire : la piscine municipale rouvre après un long hiver de travaux sur le toit et le chauffage.",
    "es": "Otra historia distinta: la piscina municipal reabre tras un largo invierno de obras en el techo y la calefacción.",
    "ja": "別の話題として、市民プールが屋根と暖房の改修を終えて、長い冬の休業の後に営業を再開する。",
}


def _page(lang: str, shown: int, script: str) -> str:
    """The headline and the story's first `shown` paragraphs in the markup (what a
    server renders before the scripts), then the script holding the state."""
    paragraphs = "".join(f"<p>{t}</p>" for t in STORY[lang][:shown])
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE[lang]}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div id='app'><div class='c1'><h1>{HEADLINE[lang]}</h1><div class='c2'>{paragraphs}</div></div></div>"
        f"{script}</body></html>"
    )


def _blocks(lang: str) -> list[dict[str, str]]:
    return [{"type": "paragraph", "text": t} for t in STORY[lang]]


def initial_state(lang: str) -> str:
    state = {
        "route": {"path": "/2026/12/04"},
        "article": {"title": HEADLINE[lang], "blocks": _blocks(lang)},
    }
    return f"<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>"


def apollo_cache(lang: str) -> str:
    html = "".join(f"<p>{t}</p>" for t in STORY[lang])
    state = {
        "ROOT_QUERY": {"nav": ["Home"]},
        "Article:77": {"headline": HEADLINE[lang], "bodyHtml": html},
    }
    return f'<script>window["__APOLLO_STATE__"]={json.dumps(state)}</script>'


def nuxt_object(lang: str) -> str:
    state = {"data": [{"story": {"name": HEADLINE[lang], "text": "\n\n".join(STORY[lang])}}]}
    return f"<script>window.__NUXT__={json.dumps(state, ensure_ascii=False)}</script>"


def json_parse_string(lang: str) -> str:
    state = {"page": {"headline": HEADLINE[lang], "paragraphs": STORY[lang]}}
    quoted = json.dumps(json.dumps(state))
    return f"<script>window.__PRELOADED_STATE__ = JSON.parse({quoted});</script>"


def json_script(lang: str) -> str:
    state = {"content": {"heading": HEADLINE[lang], "body": _blocks(lang)}}
    return f'<script type="application/json" id="page-data">{json.dumps(state)}</script>'


STATES: dict[str, Callable[[str], str]] = {
    "window.__INITIAL_STATE__": initial_state,
    "Apollo cache, an HTML string": apollo_cache,
    "__NUXT__ object, text cut at blank lines": nuxt_object,
    "JSON.parse of a string": json_parse_string,
    "<script type=application/json>": json_script,
}


@pytest.mark.parametrize("lang", sorted(STORY))
@pytest.mark.parametrize("kind", sorted(STATES))
@pytest.mark.parametrize("shown", [1, 0])
def test_the_story_in_a_script_state_behind_a_teaser(kind: str, lang: str, shown: int) -> None:
    """A teaser's paragraph (or none at all) in the markup: the body is the state's story,
    whole and in order."""
    body = extract_article(_page(lang, shown, STATES[kind](lang)), URL).body or ""
    places = [body.find(t) for t in STORY[lang]]
    assert -1 not in places and places == sorted(places), body


@pytest.mark.parametrize("lang", sorted(STORY))
def test_related_summaries_in_a_state_are_not_the_story(lang: str) -> None:
    """A paywalled page: its teaser in the markup, the state holding only other stories'
    summaries (and the headline): the teaser stays the body."""
    state = {
        "article": {"title": HEADLINE[lang], "teaser": STORY[lang][0]},
        "related": [{"summary": f"{OTHER[lang]} ({i})"} for i in range(8)],
    }
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    body = extract_article(_page(lang, 2, script), URL).body or ""
    assert STORY[lang][0] in body and STORY[lang][1] in body
    assert OTHER[lang][:30] not in body


@pytest.mark.parametrize("lang", sorted(STORY))
def test_another_state_without_the_page_s_headline_is_left_alone(lang: str) -> None:
    """Nothing of the story in the markup, a JSON script of comments that names no part of
    it: the comments are not taken for the story."""
    comments = {"comments": [{"user": "k9", "text": f"{OTHER[lang]} ({i})"} for i in range(8)]}
    script = f'<script type="application/json">{json.dumps(comments)}</script>'
    body = extract_article(_page(lang, 0, script), URL).body or ""
    assert OTHER[lang][:30] not in body


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_story_shown_whole_keeps_its_markup(lang: str) -> None:
    """The whole story in the markup; a state beside it naming the headline but holding
    another, longer text: the markup's story stays (the state's text does not go on from
    its opening)."""
    state = {"article": {"title": HEADLINE[lang]}, "feed": [{"text": OTHER[lang]}] * 12}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    body = extract_article(_page(lang, 6, script), URL).body or ""
    assert all(t in body for t in STORY[lang]) and OTHER[lang][:30] not in body
