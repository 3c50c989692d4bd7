"""A story kept only in a page's script state, with nothing in the markup pointing at it
(an empty root or a teaser line): the state's other texts (related stories' summaries, a
feed of teasers, a menu) are not the story even where they are longer; a story whose
paragraphs the state cuts into rich-text pieces, or writes as blocks of two kinds, reads
paragraph by paragraph in its order. And a lead only the markup shows stays before the
state's story. Made-up pages and sentences in five languages."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import json
from typing import Any

import pytest

from newsarchive.extract import extract_article

URL = "https://harbour-post.example/2026/12/04/ferry-timetable"
HEADLINE = "Ferry timetable doubled"
STORIES = {
    "en": [
        "The island ferry will run twice as often from March, the harbour board said on Friday after a winter of complaints.",
        "Its chair told the meeting that the new boat had passed its sea trials in the autumn and would be ready soon.",
        "Commuters had asked for an early crossing since the old timetable was cut three years ago to save money.",
        "Fares stay the same for residents, while visitors will pay a little more in the summer months.",
        "A second ramp at the mainland pier is being built so that two boats can load at once at busy hours.",
    ],
    "de": [
        "Die Inselfähre soll ab März doppelt so oft fahren, teilte die Hafenbehörde am Freitag nach einem Winter voller Beschwerden mit.",
        "Der Vorsitzende sagte, das neue Schiff habe seine Probefahrten im Herbst bestanden und sei bald bereit.",
        "Pendler hatten eine frühe Überfahrt gefordert, seit der alte Fahrplan vor drei Jahren gekürzt wurde.",
        "Für Einheimische bleiben die Preise gleich, Gäste zahlen in den Sommermonaten etwas mehr.",
        "Am Festlandanleger wird eine zweite Rampe gebaut, damit zwei Schiffe zugleich laden können.",
    ],
    "es": [
        "El transbordador de la isla saldrá el doble de veces a partir de marzo, según informó el puerto el viernes.",
        "Su presidente explicó en la reunión que el nuevo barco superó las pruebas en otoño y estará listo pronto.",
        "Los trabajadores pedían una salida temprana desde que se recortó el horario hace tres años.",
        "Los vecinos pagarán lo mismo, mientras que los visitantes pagarán algo más en los meses de verano.",
        "En el muelle de tierra firme se construye una segunda rampa para cargar dos barcos a la vez.",
    ],
    "ja": [
        "島のフェリーは三月から運航本数が倍になると、港湾局が金曜日に発表した。冬の間、苦情が相次いでいた。",
        "委員長は会合で、新しい船が秋の試運転に合格し、まもなく就航できると説明した。",
        "三年前に経費削減のため時刻表が削られて以来、通勤客は早朝便の復活を求めてきた。",
        "島民の運賃は据え置かれ、観光客は夏の数か月に少し多く払うことになる。",
        "本土側の桟橋では、混雑する時間帯に二隻が同時に乗船できるよう二つ目の乗り場が造られている。",
    ],
    "ar": [
        "ستعمل عبارة الجزيرة بضعف عدد الرحلات اعتبارا من مارس، بحسب ما أعلنت هيئة الميناء يوم الجمعة بعد شتاء من الشكاوى.",
        "وقال رئيس الهيئة في الاجتماع إن القارب الجديد اجتاز تجارب الإبحار في الخريف وسيكون جاهزا قريبا.",
        "وكان الركاب اليوميون قد طالبوا برحلة مبكرة منذ تقليص الجدول القديم قبل ثلاث سنوات لتوفير المال.",
        "وتبقى الأسعار كما هي للسكان، بينما سيدفع الزوار أكثر قليلا في أشهر الصيف.",
        "ويجري بناء منحدر ثان في رصيف البر الرئيسي حتى يتمكن قاربان من التحميل في وقت واحد.",
    ],
}
# other stories' summaries: together longer than the story
OTHERS = {
    "en": "The council approved a new budget for the roads and schools of the district after a debate lasting many hours ({}).",
    "de": "Der Kreistag hat nach einer stundenlangen Debatte einen neuen Haushalt für Straßen und Schulen beschlossen ({}).",
    "es": "El pleno aprobó un nuevo presupuesto para las carreteras y escuelas del distrito tras un debate de muchas horas ({}).",
    "ja": "区議会は何時間にも及ぶ議論の末、道路と学校のための新しい予算案を可決した。({})",
    "ar": "وافق المجلس على ميزانية جديدة لطرق ومدارس المنطقة بعد نقاش استمر ساعات طويلة ({}).",
}


def _others(lang: str, count: int = 10) -> list[str]:
    return [OTHERS[lang].format(i + 1) for i in range(count)]


def _page(lang: str, shown: str, script: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE} | Harbour Post</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<div id='__next'><main><h1>{HEADLINE}</h1>{shown}</main></div>"
        "<footer><p>Harbour Post. All rights reserved.</p></footer>"
        f"{script}</body></html>"
    )


def _next(state: Any) -> str:
    data = json.dumps({"props": {"pageProps": state}, "page": "/[slug]"}, ensure_ascii=False)
    return f"<script id='__NEXT_DATA__' type='application/json'>{data}</script>"


def _blocks(paragraphs: list[str]) -> list[dict[str, str]]:
    return [{"type": "paragraph", "text": p} for p in paragraphs]


TEASER = "<p class='standfirst'>Ferries from March.</p>"


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("shown", ["", TEASER])
@pytest.mark.parametrize("others", ["related", "mostRead", "latestNews", "recommendations"])
def test_the_story_in_a_next_state_beside_longer_related_stories(
    lang: str, shown: str, others: str
) -> None:
    story = STORIES[lang]
    state = {
        "article": {"headline": HEADLINE, "body": _blocks(story)},
        others: [{"description": s} for s in _others(lang)],
    }
    body = extract_article(_page(lang, shown, _next(state)), URL).body or ""
    assert body.endswith("\n\n".join(story))
    assert OTHERS[lang][:12] not in body


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_feed_of_teasers_with_titles_is_not_the_story(lang: str) -> None:
    # a list of objects each with a title beside its summary, under a neutral key
    story = STORIES[lang]
    items = [{"title": f"Story {i}", "summary": s, "id": i} for i, s in enumerate(_others(lang))]
    state = {"data": {"items": items, "story": {"paragraphs": story}}}
    body = extract_article(_page(lang, "", _next(state)), URL).body
    assert body == "\n\n".join(story)


def _rich(paragraph: str) -> dict[str, Any]:
    """A paragraph as a rich-text tree: two runs of text around a link's."""
    third = len(paragraph) // 3
    return {
        "type": "paragraph",
        "children": [
            {"text": paragraph[:third]},
            {
                "type": "link",
                "url": "/ferries",
                "children": [{"text": paragraph[third : 2 * third]}],
            },
            {"text": paragraph[2 * third :], "bold": True},
        ],
    }


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_rich_text_pieces_are_joined_into_their_paragraphs(lang: str) -> None:
    story = STORIES[lang]
    state = {"post": {"title": HEADLINE, "content": [_rich(p) for p in story]}}
    body = extract_article(_page(lang, "", _next(state)), URL).body
    assert body == "\n\n".join(story)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_blocks_of_two_kinds_are_read_in_their_order(lang: str) -> None:
    story = STORIES[lang]
    blocks = [
        {"__typename": "HtmlBlock", "html": {"value": f"<p>{p}</p>"}}
        if i % 2 == 0
        else {"__typename": "TextBlock", "text": {"plain": p}}
        for i, p in enumerate(story)
    ]
    state = {"article": {"headline": HEADLINE, "blocks": blocks}}
    body = extract_article(_page(lang, "", _next(state)), URL).body
    assert body == "\n\n".join(story)


LEADS = {
    "en": "In short: more ferries, the same fares for islanders, and a new ramp on the mainland by next summer.",
    "de": "Kurz gesagt: mehr Fähren, gleiche Preise für Einheimische und eine neue Rampe am Festland bis zum Sommer.",
    "es": "En resumen: más barcos, las mismas tarifas para los vecinos y una nueva rampa en tierra firme el próximo verano.",
    "ja": "要するに、便は増え、島民の運賃は変わらず、来年の夏までに本土側に新しい乗り場ができる。",
    "ar": "باختصار: رحلات أكثر، وأسعار ثابتة لسكان الجزيرة، ومنحدر جديد في البر الرئيسي بحلول الصيف المقبل.",
}


def _global(state: Any) -> str:
    return f"<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>"


def _json_script(state: Any) -> str:
    data = json.dumps(state, ensure_ascii=False)
    return f"<script type='application/json' id='app-data'>{data}</script>"


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("script", [_global, _json_script])
@pytest.mark.parametrize("shown", [1, 2])
def test_a_lead_only_the_markup_shows_stays_before_the_state_s_story(
    lang: str, script: Any, shown: int
) -> None:
    # the markup: a bold lead and the story's first paragraphs; the state: the whole story
    story = STORIES[lang]
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}}
    markup = f"<div class='body'><p><strong>{LEADS[lang]}</strong></p>" + "".join(
        f"<p>{p}</p>" for p in story[:shown]
    )
    body = extract_article(_page(lang, markup + "</div>", script(state)), URL).body
    assert body == "\n\n".join([LEADS[lang], *story])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_markup_sharing_nothing_with_the_state_story_is_not_kept(lang: str) -> None:
    # a placeholder line before the script renders the story: the state's story alone
    story = STORIES[lang]
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}}
    markup = "<div class='body'><p>Loading the article, please wait a moment.</p></div>"
    body = extract_article(_page(lang, markup, _global(state)), URL).body
    assert body == "\n\n".join(story)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("others", ["related", "items"])
def test_the_state_s_rest_follows_a_teaser_beside_longer_related_stories(
    lang: str, others: str
) -> None:
    # the markup: the story's first two paragraphs and a "read more" button
    story = STORIES[lang]
    items = [{"title": f"Story {i}", "summary": s} for i, s in enumerate(_others(lang))]
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}, others: items}
    markup = "<div class='body'>" + "".join(f"<p>{p}</p>" for p in story[:2])
    markup += "<button>Read more</button></div>"
    body = extract_article(_page(lang, markup, _next(state)), URL).body
    assert body == "\n\n".join(story)


def _shown(lang: str, kind: str) -> str:
    """The markup a script fills: nothing, the story's opening, or a bold lead and its first."""
    story = STORIES[lang]
    if kind == "opening":
        paragraphs = "".join(f"<p>{p}</p>" for p in story[:2])
        return f"<div class='body'>{paragraphs}<button>Read more</button></div>"
    if kind == "lead":
        return f"<div class='body'><p><strong>{LEADS[lang]}</strong></p><p>{story[0]}</p></div>"
    return ""


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("script", [_global, _json_script])
@pytest.mark.parametrize("shown", ["", "opening", "lead"])
@pytest.mark.parametrize("others", ["related", "items"])
def test_the_story_in_another_state_beside_longer_related_stories(
    lang: str, script: Any, shown: str, others: str
) -> None:
    story = STORIES[lang]
    items = [{"title": f"Story {i}", "summary": s} for i, s in enumerate(_others(lang))]
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}, others: items}
    body = extract_article(_page(lang, _shown(lang, shown), script(state)), URL).body
    lead = [LEADS[lang]] if shown == "lead" else []
    assert body == "\n\n".join([*lead, *story])


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("script", [_global, _json_script])
@pytest.mark.parametrize("teasers", [0, 12])
def test_rich_text_pieces_in_another_state_are_joined(lang: str, script: Any, teasers: int) -> None:
    # runs of a paragraph each too short to weigh alone, beside a feed of teasers or not
    story = STORIES[lang]
    items = [{"title": f"Story {i}", "summary": s} for i, s in enumerate(_others(lang, teasers))]
    state = {"post": {"title": HEADLINE, "content": [_rich(p) for p in story]}, "items": items}
    body = extract_article(_page(lang, "", script(state)), URL).body
    assert body == "\n\n".join(story)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("key", ["entries", "liveFeed"])
def test_a_live_blog_s_titled_entries_in_a_state_are_the_story(lang: str, key: str) -> None:
    # entries each with a title and a time: far more text than the page's other strings
    entries = [
        {
            "title": f"{10 + i}:00",
            "time": f"2026-12-04T{10 + i}:00",
            "body": " ".join(STORIES[lang]),
        }
        for i in range(4)
    ]
    state = {"live": {"headline": HEADLINE, key: entries}, "promo": {"text": OTHERS[lang]}}
    body = extract_article(_page(lang, "", _next(state)), URL).body
    assert body == "\n\n".join([" ".join(STORIES[lang])] * 4)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_next_state_s_story_under_the_headline_outweighs_a_teaser_grid(lang: str) -> None:
    # the markup: other stories' teasers (a root the scripts fill, its fallback grid); the
    # state: the story, in the object stating the page's headline, under twice their text
    story = STORIES[lang] * 3
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}}
    grid = "".join(
        f"<article><h3><a href='/n/{i}'>Story {i}</a></h3><p>{s}</p></article>"
        for i, s in enumerate(_others(lang, 8))
    )
    html = _page(lang, f"<section class='more'>{grid}</section>", _next(state))
    assert extract_article(html, URL).body == "\n\n".join(story)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_next_state_s_story_elsewhere_than_the_headline_s_object_needs_twice_the_text(
    lang: str,
) -> None:
    # the same state story under another object than the headline's: the markup's text stays
    story = STORIES[lang] * 3
    state = {"page": {"headline": HEADLINE}, "widget": {"body": _blocks(story)}}
    grid = "".join(
        f"<article><h3><a href='/n/{i}'>Story {i}</a></h3><p>{s}</p></article>"
        for i, s in enumerate(_others(lang, 8))
    )
    html = _page(lang, f"<section class='more'>{grid}</section>", _next(state))
    assert STORIES[lang][0] not in (extract_article(html, URL).body or "")


@pytest.mark.parametrize("lang", ["en", "de", "ja"])
@pytest.mark.parametrize("key", ["latestVersion", "navigationBody", "feedback"])
def test_a_key_only_starting_with_an_others_word_holds_the_story(lang: str, key: str) -> None:
    # "latestVersion" is the story's own revision, not a "latest" stories list
    story = STORIES[lang]
    state = {
        "article": {"headline": HEADLINE, "summary": LEADS[lang], key: {"body": _blocks(story)}}
    }
    body = extract_article(_page(lang, "", _next(state)), URL).body
    assert body == "\n\n".join(story)


# An opinion piece's "commentary" is no "comment", "popularity" no "popular" list.
@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("key", ["commentary", "popularity"])
@pytest.mark.parametrize("script", [_next, _global])
def test_a_story_under_a_key_with_an_others_word_in_the_headline_s_object(
    lang: str, key: str, script: Any
) -> None:
    story = STORIES[lang]
    state = {
        "article": {"headline": HEADLINE, "summary": LEADS[lang], key: _blocks(story)},
        "related": [{"description": s} for s in _others(lang)],
    }
    body = extract_article(_page(lang, "", script(state)), URL).body
    assert body == "\n\n".join(story)


@pytest.mark.parametrize(
    ("lang", "key", "field"),
    [
        ("de", "verwandteArtikel", "beschreibung"),
        ("de", "empfehlungen", "text"),
        ("es", "relacionados", "resumen"),
        ("es", "noticiasRelacionadas", "entradilla"),
        ("ar", "ذات_صلة", "ملخص"),
        ("ja", "関連記事", "概要"),
    ],
)
@pytest.mark.parametrize("script", [_next, _global])
def test_others_text_under_keys_in_another_language_is_not_the_story(
    lang: str, key: str, field: str, script: Any
) -> None:
    story = STORIES[lang]
    state = {
        "article": {"headline": HEADLINE, "body": _blocks(story)},
        key: [{field: s} for s in _others(lang)],
    }
    body = extract_article(_page(lang, "", script(state)), URL).body or ""
    assert body == "\n\n".join(story)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("script", [_next, _global, _json_script])
def test_a_story_s_own_titled_sections_are_not_teasers(lang: str, script: Any) -> None:
    # [{title, text}, ...] in the headline's object: the story's sections, not a feed
    story = STORIES[lang]
    sections = [{"title": f"Part {i}", "text": p} for i, p in enumerate(story)]
    state = {"article": {"headline": HEADLINE, "summary": LEADS[lang], "sections": sections}}
    body = extract_article(_page(lang, "", script(state)), URL).body
    assert body == "\n\n".join(story)


DATELINES = {"en": "HARBOUR TOWN —", "de": "HAFENSTADT –", "es": "PUERTO —", "ar": "الميناء —"}


@pytest.mark.parametrize("lang", sorted(DATELINES))
@pytest.mark.parametrize("script", [_global, _json_script])
def test_a_markup_paragraph_holding_a_state_s_one_with_a_dateline_is_not_doubled(
    lang: str, script: Any
) -> None:
    story = STORIES[lang]
    first = f"{DATELINES[lang]} {story[0]}"
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}}
    shown = f"<p>{first}</p><p>{story[1]}</p>"
    body = extract_article(_page(lang, shown, script(state)), URL).body
    assert body == "\n\n".join([first, *story[1:]])


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", ["latestNews", "mostRead", "trending", "menu", "footer"])
@pytest.mark.parametrize("script", [_next, _global])
def test_others_text_beside_a_headline_at_the_state_s_top_is_not_the_story(
    lang: str, key: str, script: Any
) -> None:
    # the headline's object is the whole state: its others' keys are still others'
    story = STORIES[lang]
    state = {
        "headline": HEADLINE,
        "summary": LEADS[lang],
        "body": _blocks(story),
        key: [{"description": s} for s in _others(lang)],
    }
    body = extract_article(_page(lang, "", script(state)), URL).body
    assert body == "\n\n".join(story)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("script", [_next, _global])
def test_a_story_in_the_headline_s_object_beside_a_feed_ten_times_longer(
    lang: str, script: Any
) -> None:
    # not a live blog: the feed's titled teasers are others' however many they are
    story = STORIES[lang]
    feed = [
        {"title": f"Story {i}", "summary": s, "url": f"/n/{i}"}
        for i, s in enumerate(_others(lang, 80))
    ]
    state = {"article": {"headline": HEADLINE, "body": _blocks(story)}, "items": feed}
    body = extract_article(_page(lang, "", script(state)), URL).body
    assert body == "\n\n".join(story)


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("script", [_next, _global])
def test_json_ld_article_body_is_not_replaced_by_a_state_of_others_text(
    lang: str, script: Any
) -> None:
    # two states disagree: JSON-LD states the story, the script state only teasers
    story = STORIES[lang]
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "\n\n".join(story)}
    teasers = [{"title": f"Story {i}", "summary": s} for i, s in enumerate(_others(lang))]
    scripts = (
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
        + script({"page": {"teasers": teasers}})
    )
    body = extract_article(_page(lang, "", scripts), URL).body
    assert body == "\n\n".join(story)
