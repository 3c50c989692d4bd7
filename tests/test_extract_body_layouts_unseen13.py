"""Body text on news layouts a looked-at page may never show: a consent banner's or a
footer's long text after a short story, a story of <br>-broken lines with links in them.
Made-up pages and sentences (five languages); the markup is the shape such sites use,
with class names that say nothing, so only the rule under test finds the story."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from newsarchive.extract import extract_article

URL = "https://gazette.example/news/2026/12/03/ferry-pier-77.html"
STORY = {
    "en": [
        "The harbour board voted on Tuesday evening to rebuild the old ferry pier before next summer.",
        "Engineers said the wooden piles had rotted so badly that the pier could no longer carry trucks.",
        "Local traders welcomed the decision but asked for the works to pause during the festival week.",
        "The board expects the new pier to cost about twelve million and to open again in late June.",
        "A final design will be shown to residents at a public meeting in the town hall next month.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Fähranleger bis zum Sommer neu zu bauen.",
        "Die Ingenieure sagten, die Holzpfähle seien so morsch, dass der Anleger keine Lastwagen mehr trage.",
        "Die Händler im Ort begrüßten den Beschluss, baten aber um eine Pause während der Festwoche.",
        "Der Rat rechnet mit Kosten von rund zwölf Millionen Euro und einer Eröffnung Ende Juni.",
        "Den endgültigen Entwurf will die Verwaltung im nächsten Monat im Rathaus öffentlich vorstellen.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir la reconstruction de l'ancien embarcadère avant l'été prochain.",
        "Les ingénieurs ont expliqué que les pieux en bois étaient trop pourris pour supporter des camions.",
        "Les commerçants ont salué la décision mais demandent une pause pendant la semaine du festival.",
        "Le conseil estime le coût à douze millions d'euros et prévoit une réouverture fin juin.",
        "Le projet définitif sera présenté aux habitants lors d'une réunion publique le mois prochain.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes por la noche reconstruir el viejo muelle de los ferris antes del verano.",
        "Los ingenieros explicaron que los pilotes de madera estaban tan podridos que ya no soportaban camiones.",
        "Los comerciantes celebraron la decisión, pero pidieron una pausa durante la semana de fiestas.",
        "El consistorio calcula un coste de doce millones de euros y una reapertura a finales de junio.",
        "El diseño definitivo se presentará a los vecinos en una reunión pública el mes que viene.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek wieczorem o odbudowie starego nabrzeża promowego przed latem.",
        "Inżynierowie wyjaśnili, że drewniane pale są tak przegniłe, że pomost nie uniesie już ciężarówek.",
        "Kupcy z przystani przyjęli decyzję z zadowoleniem, ale proszą o przerwę w czasie festiwalu.",
        "Rada szacuje koszt na około dwanaście milionów złotych i otwarcie pod koniec czerwca.",
        "Ostateczny projekt zostanie przedstawiony mieszkańcom na spotkaniu w ratuszu w przyszłym miesiącu.",
    ],
    "ja": [
        "港湾委員会は火曜日の夜、古いフェリー桟橋を来年の夏までに建て直すことを決めた。",
        "技術者によると、木製のくいが腐っていて、桟橋はもうトラックの重さに耐えられないという。",
        "地元の商店主たちは決定を歓迎したが、祭りの週には工事を止めるよう求めた。",
        "委員会は新しい桟橋の費用を約十二億円と見込み、六月末の再開を目指している。",
        "最終的な設計は来月、市役所で開かれる住民説明会で示される予定だ。",
    ],
    "he": [
        "מועצת הנמל החליטה ביום שלישי בערב לבנות מחדש את מזח המעבורות הישן לפני הקיץ הבא.",
        "המהנדסים אמרו שעמודי העץ נרקבו עד כדי כך שהמזח כבר אינו יכול לשאת משאיות.",
        "הסוחרים המקומיים בירכו על ההחלטה אך ביקשו לעצור את העבודות בשבוע הפסטיבל.",
        "המועצה מעריכה שהמזח החדש יעלה כשנים עשר מיליון ויפתח מחדש בסוף יוני.",
        "התכנון הסופי יוצג לתושבים באספה ציבורית בבניין העירייה בחודש הבא.",
    ],
}
HEADLINE = {
    "en": "Harbour board backs new ferry pier",
    "de": "Rat beschließt neuen Fähranleger",
    "fr": "Le conseil vote un nouvel embarcadère",
    "es": "El ayuntamiento aprueba un nuevo muelle",
    "pl": "Rada miasta za nowym nabrzeżem",
    "ja": "新しい桟橋の建設決まる",
    "he": "המועצה אישרה מזח חדש",
}
# Long texts a page sets outside its story, in the page's language or in English.
CONSENT = {
    "en": "We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to measure audiences and to improve our services.",
    "de": "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern, Inhalte und Anzeigen zu personalisieren und Reichweiten zu messen.",
    "fr": "Nos partenaires et nous utilisons des cookies et des technologies similaires pour stocker des informations sur votre appareil, personnaliser les contenus et mesurer l'audience.",
    "es": "Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar información en su dispositivo, personalizar contenidos y anuncios y medir la audiencia.",
    "pl": "My i nasi partnerzy używamy plików cookie i podobnych technologii, aby przechowywać informacje na Twoim urządzeniu, dopasowywać treści i reklamy oraz mierzyć oglądalność.",
}
IMPRINT = {
    "en": "The Gazette is published by Harbour Media Ltd, registered in the county, and is a member of the independent press standards body; we correct errors promptly and openly.",
    "de": "Die Zeitung erscheint im Verlag Hafen Medien GmbH, eingetragen beim Amtsgericht, und ist Mitglied des Presserats; Fehler korrigieren wir schnell und offen für alle Leser.",
    "fr": "Le journal est édité par Port Médias SAS, immatriculée au registre du commerce, et adhère au conseil de déontologie; nous corrigeons nos erreurs rapidement et ouvertement.",
    "es": "El diario lo edita Puerto Medios S.L., inscrita en el registro mercantil, y es miembro del consejo de prensa; corregimos los errores con rapidez y de forma abierta.",
    "pl": "Gazetę wydaje spółka Port Media, wpisana do rejestru przedsiębiorców, członek rady etyki mediów; błędy poprawiamy szybko i otwarcie, informując o tym czytelników.",
}


def _page(lang: str, story: str, after: str = "", in_article: bool = True) -> str:
    """A page: a menu, the headline and story in <main> (in an <article> or a plain
    <div>), then whatever the page sets after <main>."""
    inner = f"<h1>{HEADLINE[lang]}</h1>{story}"
    wrapped = f"<article>{inner}</article>" if in_article else f"<div class='c7'>{inner}</div>"
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE[lang]}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<main>{wrapped}</main>{after}</body></html>"
    )


def _paragraphs(lang: str) -> str:
    return "<div class='x1'>" + "".join(f"<p>{t}</p>" for t in STORY[lang]) + "</div>"


def consent_banner_after_main(lang: str) -> tuple[str, list[str], list[str]]:
    """A consent banner with unnamed classes after <main>, three long paragraphs and its
    buttons: longer than a short story, but outside the block holding the headline."""
    text = CONSENT.get(lang, CONSENT["en"])
    notice = f"<p>{text}</p>" * 3
    banner = f"<div id='q9'><div>{notice}<button>OK</button><button>X</button></div></div>"
    return _page(lang, _paragraphs(lang), banner), STORY[lang], [text]


def headline_in_a_banner_above_main(lang: str) -> tuple[str, list[str], list[str]]:
    """The headline in a banner above <main> (no <article>), the story alone in <main>, a
    consent banner's long text after it: the page's one <main> is the story's scope."""
    text = CONSENT.get(lang, CONSENT["en"])
    html = (
        f"<html lang='{lang}'><head><title>{HEADLINE[lang]}</title></head><body>"
        f"<div class='h5'><h1>{HEADLINE[lang]}</h1></div><main>{_paragraphs(lang)}</main>"
        f"<div id='q9'>{f'<p>{text}</p>' * 3}<button>OK</button></div></body></html>"
    )
    return html, STORY[lang], [text]


def imprint_after_main(lang: str) -> tuple[str, list[str], list[str]]:
    """The publisher's imprint in a plain <div> after <main>, not a <footer>."""
    text = " ".join([IMPRINT.get(lang, IMPRINT["en"])] * 3)
    after = f"<div class='k2'><p>{text}</p><p>{text}</p></div>"
    return _page(lang, _paragraphs(lang), after), STORY[lang], [IMPRINT.get(lang, IMPRINT["en"])]


def imprint_after_main_no_article(lang: str) -> tuple[str, list[str], list[str]]:
    """The same with the story in <main> but in no <article>."""
    text = " ".join([IMPRINT.get(lang, IMPRINT["en"])] * 3)
    return (
        _page(lang, _paragraphs(lang), f"<div class='k2'><p>{text}</p><p>{text}</p></div>", False),
        STORY[lang],
        [IMPRINT.get(lang, IMPRINT["en"])],
    )


def br_lines_with_links(lang: str) -> tuple[str, list[str], list[str]]:
    """A story of <br>-broken lines, each with a link in its middle: the last line is a
    line of text, whatever links the lines above it hold."""
    lines = [
        f"{t[:30]}<a href='/topic/{i}'>{t[30:55]}</a>{t[55:]}" for i, t in enumerate(STORY[lang])
    ]
    return _page(lang, "<div class='x1'>" + "<br><br>".join(lines) + "</div>"), STORY[lang], []


def _other(lang: str) -> list[str]:
    """Another story's sentences (the next language's), for teasers and boxes."""
    langs = sorted(STORY)
    return STORY[langs[(langs.index(lang) + 1) % len(langs)]]


def hidden_box_after_main(lang: str) -> tuple[str, list[str], list[str]]:
    """A box hidden by its style after <main> (a modal, another edition's copy) with more text
    than a short story of three paragraphs."""
    other = _other(lang)
    box = f"<div class='m4' style='display:none'><p>{other[0]} {other[1]}</p><p>{other[2]} {other[3]}</p><p>{other[4]}</p></div>"
    story = "<div class='x1'>" + "".join(f"<p>{t}</p>" for t in STORY[lang][:3]) + "</div>"
    return _page(lang, story, box), STORY[lang][:3], [other[0]]


def _cards(lang: str, title: Callable[[int], str], summary: str = "p") -> str:
    other = _other(lang)
    return "".join(
        f"<div>{title(i)}<{summary}>{other[i]} {other[4 - i]}</{summary}></div>" for i in range(4)
    )


def teasers_titled_by_a_linked_paragraph(lang: str) -> tuple[str, list[str], list[str]]:
    """Teasers under the story in its <article>, marked up like its paragraphs: a <p>
    holding only a link to the other story (no heading tag), then a summary <p>."""
    cards = _cards(
        lang, lambda i: f"<p><a href='/other/{i}'>Another story from the coast {i}</a></p>"
    )
    return (
        _page(lang, _paragraphs(lang) + f"<div class='y2'>{cards}</div>"),
        STORY[lang],
        [_other(lang)[0]],
    )


def teasers_titled_by_a_bare_link(lang: str) -> tuple[str, list[str], list[str]]:
    """The same with a linked picture, then the title as a bare <a>."""
    cards = _cards(
        lang,
        lambda i: (
            f"<a href='/other/{i}'><img src='t{i}.jpg'></a><a href='/other/{i}'>Another story from the coast {i}</a>"
        ),
    )
    return (
        _page(lang, _paragraphs(lang) + f"<div class='y2'>{cards}</div>"),
        STORY[lang],
        [_other(lang)[0]],
    )


def body_in_json_ld_behind_a_teaser(lang: str) -> tuple[str, list[str], list[str]]:
    """The markup shows the first paragraph and a subscription box; JSON-LD's articleBody
    holds the story. A script without spaces (Japanese) is measured in letters' worth,
    not in words (a paragraph is one "word" to a split on spaces)."""
    story = STORY[lang]
    data = {"@context": "https://schema.org", "@type": "NewsArticle"}
    data |= {"headline": HEADLINE[lang], "articleBody": "\n\n".join(story)}
    head = f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    offer = "<div class='p0'><p>Subscribe to read the full story.</p><a href='/subscribe'>Subscribe</a></div>"
    html = _page(lang, f"<div class='x1'><p>{story[0]}</p>{offer}</div>")
    return html.replace("</head>", f"{head}</head>"), story, ["Subscribe"]


def body_in_json_ld_behind_a_longer_teaser(lang: str) -> tuple[str, list[str], list[str]]:
    """The markup shows the first three paragraphs (over half the words) and a "continue
    reading" offer; articleBody opens with all of them and holds the rest."""
    story = STORY[lang]
    data = {"@context": "https://schema.org", "@type": "NewsArticle"}
    data |= {"headline": HEADLINE[lang], "articleBody": "\n".join(story)}
    head = f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    offer = "<div class='p0'><p>To continue reading, subscribe.</p><a href='/subscribe'>Subscribe</a></div>"
    shown = "".join(f"<p>{t}</p>" for t in story[:3])
    html = _page(lang, f"<div class='x1'>{shown}{offer}</div>")
    return html.replace("</head>", f"{head}</head>"), story, ["Subscribe"]


def paragraphs_as_divs(lang: str) -> tuple[str, list[str], list[str]]:
    """Each paragraph a <div> of its own, without <p> (one as a <span> in a <div>): short
    paragraphs of a sentence or two, as Hebrew and Arabic news write them, are the story
    when they stand side by side, not the one long <p> of the imprint after <main>."""
    story = STORY[lang]
    divs = "".join(f"<div>{t}</div>" for t in story[:3]) + "".join(
        f"<div><span>{t}</span></div>" for t in story[3:]
    )
    imprint = IMPRINT.get(lang, IMPRINT["en"])
    after = f"<div class='k2'><p>{imprint}</p></div>"
    return _page(lang, f"<div class='x1'>{divs}</div>", after), story, [imprint]


def quote_box_repeating_a_paragraph(lang: str) -> tuple[str, list[str], list[str]]:
    """A quote box (no <blockquote>) repeating a short paragraph whole: the text says it
    once, not never."""
    story = STORY[lang]
    box = f"<div class='q3'><p>{story[1]}</p></div>"
    paragraphs = "".join(f"<p>{t}</p>" for t in story[:2]) + box
    paragraphs += "".join(f"<p>{t}</p>" for t in story[2:])
    return _page(lang, f"<div class='x1'>{paragraphs}</div>"), story, []


# A reading time and a share counter over the story, in the page's language.
READING_TIME = {
    "en": "Reading time: 4 min",
    "de": "Lesedauer: 4 Min.",
    "fr": "4 min de lecture",
    "es": "Tiempo de lectura: 4 min",
    "pl": "Czas czytania: 4 min",
    "ja": "Reading time: 4 min",
    "he": "Reading time: 4 min",
}


def reading_time_and_counter_lines(lang: str) -> tuple[str, list[str], list[str]]:
    """The lines a tool bar sets above the story: its reading time and a share counter."""
    bar = f"<div><span>{READING_TIME[lang]}</span></div><div><span>1.2K</span> <span>shares</span></div>"
    return (
        _page(lang, f"<div class='x1'>{bar}{_paragraphs(lang)}</div>"),
        STORY[lang],
        [
            READING_TIME[lang],
            "shares",
        ],
    )


LAYOUTS: list[Callable[[str], tuple[str, list[str], list[str]]]] = [
    consent_banner_after_main,
    headline_in_a_banner_above_main,
    imprint_after_main,
    imprint_after_main_no_article,
    br_lines_with_links,
    hidden_box_after_main,
    teasers_titled_by_a_linked_paragraph,
    teasers_titled_by_a_bare_link,
    body_in_json_ld_behind_a_teaser,
    body_in_json_ld_behind_a_longer_teaser,
    paragraphs_as_divs,
    quote_box_repeating_a_paragraph,
    reading_time_and_counter_lines,
]


@pytest.mark.parametrize("lang", sorted(STORY))
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda f: f.__name__)
def test_the_story_is_the_body_and_the_furniture_is_not(
    layout: Callable[[str], tuple[str, list[str], list[str]]], lang: str
) -> None:
    html, story, furniture = layout(lang)
    body = extract_article(html, URL).body
    assert body == "\n\n".join(story)
    assert not any(f in body for f in furniture)


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_story_chunk_opening_with_a_linked_sentence_is_no_teaser(lang: str) -> None:
    """A chunk of the story after an ad slot, its first paragraph a sentence set as a
    link: kept (a teaser's title is no sentence)."""
    s = STORY[lang]
    first = "".join(f"<p>{t}</p>" for t in s[:3])
    rest = f"<p><a href='/topic/pier'>{s[3]}</a></p><p>{s[4]}</p>"
    html = _page(
        lang, f"<div class='b'>{first}</div><div class='ad'></div><div class='b'>{rest}</div>"
    )
    assert extract_article(html, URL).body == "\n\n".join(s[:3] + s[4:])


@pytest.mark.parametrize("lang", sorted(STORY))
def test_the_whole_story_in_markup_stays_when_json_ld_adds_a_box(lang: str) -> None:
    """articleBody holding the story and a short box after it: the markup shows all of
    the story, so its text is the body (the box left out)."""
    story = STORY[lang]
    box = "Key facts: the pier is 120 metres long and was built in 1898."
    data = {"@type": "NewsArticle", "articleBody": " ".join([*story, box])}
    head = f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    html = _page(lang, _paragraphs(lang)).replace("</head>", f"{head}</head>")
    assert extract_article(html, URL).body == "\n\n".join(story)
