"""Body layouts unlike the visible benchmark pages: text without <p>, teaser grids with
neutral class names, consent banners. Made-up pages in the shapes such sites use."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://avis.example/nyheter/2026/hamnen-123"
STORY = [
    "Kommunfullmäktige beslutade på tisdagskvällen att bygga om hamnen för färjetrafik igen.",
    "Beslutet kom efter en lång debatt där oppositionen varnade för att kostnaderna har fördubblats.",
    "Enligt planen ska de första färjorna lägga till vid den nya kajen redan sommaren 2028.",
    "Byggstarten är planerad till våren, och arbetet väntas pågå i nästan två år med etapper.",
]


def _page(body: str) -> str:
    return f"<html><body><div class='x1'><h1>Hamnen byggs om</h1>{body}</div></body></html>"


def test_text_broken_by_br_is_the_body_in_paragraphs() -> None:
    text = "<br><br>".join(STORY)
    html = _page(
        '<div class="nav"><a href="/">Start</a> <a href="/sport">Sport</a></div>'
        f'<div class="q7">{text}<br><br><b>Läs mer</b></div>'
        '<div class="f"><p>Ansvarig utgivare: Anna Andersson, telefon 010-123 45 67.</p></div>'
    )
    body = extract_article(html, URL).body or ""
    assert body.split("\n\n")[: len(STORY)] == STORY


def test_br_text_around_an_embed_box_is_still_the_body() -> None:
    first, rest = STORY[0], "<br><br>".join(STORY[1:])
    html = _page(
        f'<div class="q7">{first}<br><br><div class="e3"><a href="/v/1">Video</a></div>{rest}</div>'
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY)


@pytest.mark.parametrize("inline", ["a", "em", "span"])
def test_div_paragraphs_with_links_inside_are_the_body(inline: str) -> None:
    paragraphs = [
        f'<div class="t0">{s[:30]}<{inline} href="/x">{s[30:50]}</{inline}>{s[50:]}</div>'
        for s in STORY
    ]
    html = _page(
        '<div class="r4"><div class="t9">Kort notis om vädret i morgon, som blir soligt och varmt.</div></div>'
        f'<div class="m2">{"".join(paragraphs)}</div>'
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY)


def test_a_grid_of_teaser_cards_below_does_not_outweigh_the_article() -> None:
    # each paragraph in its own wrapper: no block of the article holds much text alone
    own = "".join(f'<div class="w"><p>{s}</p></div>' for s in STORY)
    cards = "".join(
        f'<div class="k"><h3><a href="/nyheter/{i}">En annan nyhet nummer {i} om något helt annat</a></h3>'
        f"<p>En sammanfattning av den andra nyheten, lång nog att se ut som ett stycke text, nummer {i}.</p></div>"
        for i in range(12)
    )
    html = _page(f'<div class="a5">{own}</div><div class="g5">{cards}</div>')
    assert extract_article(html, URL).body == "\n\n".join(STORY)


def test_a_card_wrapped_in_its_link_counts_as_a_teaser_too() -> None:
    own = "".join(f'<div class="w"><p>{s}</p></div>' for s in STORY)
    cards = "".join(
        f'<div class="k"><a href="/n/{i}"><h2>Rubrik för en annan nyhet {i}</h2></a>'
        f"<p>Sammanfattningen av den andra nyheten, lång nog att se ut som ett stycke, nummer {i}.</p></div>"
        for i in range(12)
    )
    html = _page(f'<div class="a5">{own}</div><div class="g5">{cards}</div>')
    assert extract_article(html, URL).body == "\n\n".join(STORY)


def test_a_section_with_a_linked_subhead_and_many_paragraphs_stays_the_body() -> None:
    own = '<h2><a href="/tema/hamnen">Hamnen</a></h2>' + "".join(f"<p>{s}</p>" for s in STORY)
    html = _page(f'<div class="a5">{own}</div>')
    body = extract_article(html, URL).body or ""
    assert body.endswith("\n\n".join(STORY))


def test_a_consent_managers_long_notice_is_not_the_body() -> None:
    notice = " ".join(
        [
            "Vi och våra partner lagrar och får åtkomst till information på din enhet, till exempel cookies."
        ]
        * 8
    )
    html = (
        "<html><body>"
        '<div id="onetrust-consent-sdk"><div class="ot-sdk-container">'
        f'<p class="ot-pc-desc">{notice}</p><p class="ot-pc-desc">{notice}</p></div></div>'
        f'<div class="x1"><h1>Hamnen byggs om</h1>{"".join(f"<p>{s}</p>" for s in STORY[:2])}</div>'
        "</body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY[:2])


NOTICE = (
    "Vi och våra partner lagrar och får åtkomst till information på din enhet, till exempel cookies, "
    "och behandlar personuppgifter för annonser, innehåll och mätning av publiken på webbplatsen. "
)


def test_a_long_notice_above_the_headline_is_not_the_body() -> None:
    notice = "".join(f"<p>{NOTICE * 2}</p>" for _ in range(3))  # three times the story
    own = "".join(f'<div class="w"><p>{s}</p></div>' for s in STORY)
    html = (
        f'<html><body><div class="n1"><div class="n2">{notice}</div></div>'
        f'<div class="x1"><h1>Hamnen byggs om</h1><div class="a5">{own}</div></div></body></html>'
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY)


def test_a_logo_headline_above_the_article_changes_nothing() -> None:
    own = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        '<html><body><div class="top"><h1><a href="/">Avisen</a></h1></div>'
        f'<div class="x1"><h2>Hamnen byggs om</h2><div class="a5">{own}</div></div></body></html>'
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY)


def test_the_next_story_appended_in_plain_divs_is_not_the_body() -> None:
    own = "".join(f"<p>{s}</p>" for s in STORY[:3])
    longer = "".join(f"<p>{s} {s}</p>" for s in reversed(STORY))
    html = (
        '<html><body><div class="feed">'
        f'<div class="s1"><div class="h"><h1>Hamnen byggs om</h1></div><div class="t">{own}</div></div>'
        f'<div class="s1"><div class="h"><h1>Nästa nyhet</h1></div><div class="t">{longer}</div></div>'
        "</div></body></html>"
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY[:3])


def test_json_ld_article_body_replaces_markup_text_that_is_another_text() -> None:
    article = (
        " ".join(STORY) + " Kommunen räknar med att projektet kostar 400 miljoner kronor totalt."
    )
    teasers = "".join(
        f"<p>Helt andra ord om väder, sport och kultur i regionen under veckan, notis nummer {i}, med mera.</p>"
        for i in range(8)
    )
    ld = json.dumps({"@type": "NewsArticle", "headline": "Hamnen", "articleBody": article})
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f'<div class="x1"><h1>Hamnen byggs om</h1><div class="t">{teasers}</div></div></body></html>'
    )
    assert extract_article(html, URL).body == article


def test_json_ld_article_body_holding_the_markup_text_keeps_the_markup() -> None:
    article = " ".join(STORY) + " En faktaruta om hamnens historia som sidan visar i en egen ruta."
    ld = json.dumps({"@type": "NewsArticle", "headline": "Hamnen", "articleBody": article})
    own = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f'<div class="x1"><h1>Hamnen byggs om</h1><div class="t">{own}</div></div></body></html>'
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY)


def test_a_teaser_grid_outscoring_a_slideshow_article_gives_way_to_it() -> None:
    """The best block holds only teaser cards (the walk leaves them all out): the article
    is the best block outside it, here paragraphs set one per picture slide (classed as
    pictures' text, so they score low)."""
    story = STORY[:3]
    slides = "".join(
        f"<div class='slide'><div class='image-box'><img src='/{i}.jpg'></div>"
        f"<div class='image-text'><p>{p}</p></div></div>"
        for i, p in enumerate(story)
    )
    cards = "".join(
        f'<div class="k2"><h3><a href="/s/{i}">En helt annan nyhet nummer {i}</a></h3>'
        f"<p>En sammanfattning av den andra nyheten, lång nog att likna ett stycke, nummer {i}.</p></div>"
        for i in range(12)
    )
    html = _page(f"<div class='slides'>{slides}</div><div class='g5'>{cards}</div>")
    assert extract_article(html, URL).body == "\n\n".join(story)


MORE = [
    "Trafikverket räknar med att färjorna kan gå varje timme under sommaren och varannan timme annars.",
    "Handlarna i hamnen hoppas att fler besökare ska komma till staden när trafiken väl har kommit igång.",
    "Miljöförvaltningen ska under tiden mäta vattenkvaliteten i hamnbassängen varje månad.",
    "Nästa steg är en upphandling av entreprenören, som enligt planen ska vara klar i mars.",
]


def _entries(*sentences: str) -> str:
    return "".join(
        f'<div class="e5"><time>10:{n:02d}</time><p>{s}</p><button>Dela</button></div>'
        for n, s in enumerate(sentences)
    )


@pytest.mark.parametrize(
    "between", ['<div class="r2">Annons</div>', "<figure><img src='/k.jpg'></figure>"]
)
def test_entries_in_several_chunks_of_the_article_are_all_the_body(between: str) -> None:
    # the article in two chunks (split by an ad or a picture), the first holding two lists
    # of entries around a subhead: the look-alike lists in the other chunk are the body too
    html = (
        "<html><body><article><h1>Hamnen byggs om</h1>"
        f'<div class="t1"><div class="f3">{_entries(*STORY)}</div><h3>Kostnaderna</h3>'
        f'<div class="f3">{_entries(MORE[0])}</div></div>{between}'
        f'<div class="t1"><div class="f3">{_entries(*MORE[1:])}</div></div>'
        '</article><div class="x9"><p>Ansvarig utgivare: Anna Andersson, telefon 010-123 45 67.</p></div>'
        "</body></html>"
    )
    body = (extract_article(html, URL).body or "").split("\n\n")
    assert [p for p in body if p in STORY + MORE] == STORY + MORE


@pytest.mark.parametrize(
    "caption",
    [
        # a caption with its credit, in a block with neutral classes beside no <figure>
        '<div class="k2"><img src="/a.jpg"></div><div class="k3">Färjeläget i norra hamnen på tisdagen. Foto: Anna Andersson/TT</div>',
        '<p class="k3">Der neue Anleger im Nordhafen am Dienstag (Foto: Jana Beispiel/dpa)</p>',
        '<div class="k3"><span>The new ferry terminal at the north harbour on Tuesday.</span> <span>Photo: Reuters</span></div>',
        '<p class="k3">Nowy terminal promowy w północnym porcie. Fot. Jan Kowalski</p>',
        '<p class="k3">火曜日の北港の新しいフェリー乗り場。写真：共同</p>',
    ],
)
def test_a_line_ending_with_a_picture_credit_is_a_caption(caption: str) -> None:
    html = _page(
        f'<div class="q7"><p>{STORY[0]}</p><p>{STORY[1]}</p>{caption}<p>{STORY[2]}</p><p>{STORY[3]}</p></div>'
    )
    assert extract_article(html, URL).body == "\n\n".join(STORY)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about a picture, ending with a stop: the writer's
        "Bild: Så ser den nya kajen ut enligt arkitekternas skisser från i våras.",
        # a credit-like word inside a long paragraph that goes on
        "Fotografen tog bilden från färjan, och på bilden syns hela kajen: den är nästan tvåhundra meter lång och byggs i två etapper fram till sommaren 2028 med pengar från både kommunen och staten",
    ],
)
def test_lines_about_pictures_that_are_no_credit_stay(line: str) -> None:
    html = _page(
        f'<div class="q7"><p>{STORY[0]}</p><p>{STORY[1]}</p><p>{line}</p><p>{STORY[2]}</p></div>'
    )
    assert line in (extract_article(html, URL).body or "")
