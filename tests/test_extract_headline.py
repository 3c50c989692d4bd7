"""Which element is the article's headline: one finder for every field.

Invented pages, each with the article's own heading marked `id="own"`; the finder must
pick that element, whatever logos, crumbs, popups and teaser cards come before it.
"""

# ruff: noqa: E501  -- pages read best with their markup on one line

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import Document, parse
from newsarchive.extract.headline import headline

URL = "https://dailyexample.example/politics/2025/05/04/council-votes-harbour-plan"


@dataclass(frozen=True)
class Case:
    name: str
    head: str  # what <head> holds besides the charset
    body: str


def _doc(case: Case) -> Document:
    html = f'<html><head><meta charset="utf-8">{case.head}</head><body>{case.body}</body></html>'
    doc = parse(html, URL)
    assert doc is not None
    return doc


_OG = '<meta property="og:title" content="{}">'
_STORY = (
    "<p>The council voted on Monday to rebuild the old harbour wall before the winter storms.</p>"
)

CASES = [
    Case(
        "logo h1 naming the site",
        '<meta property="og:site_name" content="Daily Example"><title>Council votes for the harbour plan | Daily Example</title>',
        '<header><h1 class="brand"><a href="/">Daily Example</a></h1></header>'
        f'<article><h2 id="own">Council votes for the harbour plan</h2>{_STORY}</article>',
    ),
    Case(
        "logo h1 with only a picture",
        "",
        '<header><h1><a href="/"><img src="/logo.png" alt=""></a></h1></header>'
        f'<main><h1 id="own">Le conseil vote le plan du port</h1>{_STORY}</main>',
    ),
    Case(
        "breadcrumb h1, the heading below says the same",
        "<title>Rat stimmt für den Hafenplan</title>",
        '<nav class="crumbs"><ol><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li><li><h1>Hafenplan beschlossen</h1></li></ol></nav>'
        f'<article><h2 id="own">Hafenplan beschlossen</h2>{_STORY}</article>',
    ),
    Case(
        "breadcrumb h1 after the trail's links, the article's h1 later",
        "",
        '<div class="path"><a href="/">Inicio</a><a href="/politica">Política</a><h1>El pleno aprueba el plan del puerto</h1></div>'
        f'<article><h1 id="own">Luz verde al nuevo puerto pesquero</h1>{_STORY}</article>',
    ),
    Case(
        "Didomi consent popup h1 before the article",
        _OG.format("Valfonda, arriva la raccolta porta a porta"),
        '<div id="didomi-host"><div class="didomi-popup-container"><h1>Il tuo consenso per la privacy</h1><p>Noi e i nostri partner utilizziamo cookie.</p></div></div>'
        f'<article><h1 id="own">Valfonda, arriva la raccolta porta a porta</h1>{_STORY}</article>',
    ),
    Case(
        "Cookiebot banner h1, no title stated anywhere",
        "",
        '<div id="CybotCookiebotDialog"><h1>Diese Webseite verwendet Cookies</h1><p>Wir verwenden Cookies, um Inhalte zu personalisieren.</p></div>'
        f'<article><h1 id="own">Neue Brücke über die Elbe eröffnet</h1>{_STORY}</article>',
    ),
    Case(
        "consent popup h1 on a page whose headline is an h3",
        _OG.format("Nowa biblioteka w dawnym kinie"),
        '<div class="cmp-consent-modal"><h1>Twoja prywatność</h1><p>Używamy plików cookie.</p></div>'
        f'<div class="story"><h3 id="own">Nowa biblioteka w dawnym kinie</h3>{_STORY}</div>',
    ),
    Case(
        "no h1: the h3 stating the title, after the menu's headings",
        _OG.format("Storm closes the coast road for a week"),
        '<div class="menu">' + "".join(f"<h3>Section {n}</h3>" for n in range(30)) + "</div>"
        f'<div class="story"><h3 id="own">Storm closes the coast road for a week</h3>{_STORY}</div>',
    ),
    Case(
        "two h1s, the second states the title",
        "<title>町議会、旧校舎を文化センターに改修する計画を可決 - 例新聞</title>",
        '<div class="top"><h1>本日の主なニュースと天気</h1></div>'
        f'<article><h1 id="own">町議会、旧校舎を文化センターに改修する計画を可決</h1>{_STORY}</article>',
    ),
    Case(
        "h1 inside a teaser card before the article",
        _OG.format("Harbour wall to be rebuilt before winter"),
        '<div class="card"><h1><a href="/other">Ferry prices rise again this summer</a></h1></div>'
        f'<article><h1 id="own">Harbour wall to be rebuilt before winter</h1>{_STORY}</article>',
    ),
    Case(
        "the title-stating h1 stays where its header's classes read as furniture",
        _OG.format("- Angsten vil øke i regionen"),
        f'<article><div class="articleHeader hasCaption"><h1 id="own">- Angsten vil øke i regionen</h1></div>{_STORY}</article>'
        '<article id="next"><h1>Neste sak fra redaksjonen</h1><p>En helt annen sak.</p></article>',
    ),
    Case(
        "an h1 in its article's header whose classes read as furniture, no title stated",
        "",
        '<main><article><div class="articleHeader hasCaption"><h1 id="own">- Angsten vil øke i regionen</h1>'
        f'<figure><img src="/a.jpg"><figcaption>Foto: Kari</figcaption></figure></div>{_STORY}</article>'
        '<article id="next"><h1>Neste sak fra redaksjonen</h1><p>En helt annen sak.</p></article></main>',
    ),
    Case(
        "one h1 in a wrapper whose classes read as furniture stays the headline",
        "",
        f'<div class="page has-sidebar"><article><h1 id="own">Council delays the vote on parking</h1>{_STORY}</article></div>',
    ),
    Case(
        "the first h1 when nothing says otherwise",
        "",
        f'<article><h1 id="own">Council delays the vote on parking</h1>{_STORY}</article><div class="next"><h1>Another story</h1></div>',
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_headline_is_the_article_own_heading(case: Case) -> None:
    found = headline(_doc(case))
    assert found is not None
    assert found.get("id") == "own", found.text_content()


def test_a_page_without_headings_has_no_headline() -> None:
    assert headline(_doc(Case("none", _OG.format("A title"), _STORY))) is None


def test_the_headline_is_found_once_per_page() -> None:
    doc = _doc(CASES[0])
    first = headline(doc)
    doc.tree.find(".//article").clear()  # a second search would find nothing now
    assert headline(doc) is first


def test_a_consent_popup_before_the_article_leaves_every_field_alone() -> None:
    """The popup's h1 and paragraph are no headline and no lead: bylines, date and body
    are read under the article's own h1."""
    story = "".join(
        f"<p>{t}</p>"
        for t in (
            "Le conseil municipal a voté lundi la reconstruction du vieux mur du port avant les tempêtes d'hiver.",
            "Les travaux commenceront en septembre et dureront environ huit mois, selon la mairie.",
            "Les pêcheurs ont salué la décision, tout en demandant que les quais restent ouverts.",
        )
    )
    html = (
        '<html lang="fr"><head><meta charset="utf-8"><title>Le mur du port sera reconstruit - Le Quotidien</title></head><body>'
        '<div id="didomi-host"><div class="didomi-popup"><h1>Votre vie privée nous importe</h1>'
        "<p>Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les contenus.</p></div></div>"
        "<article><h1>Le mur du port sera reconstruit</h1><p>Par Claire Dubois</p><p>Publié le 4 mai 2025</p>"
        f'<div class="article-text">{story}</div></article></body></html>'
    )
    art = extract_article(html.encode(), URL)
    assert art.authors == ["Claire Dubois"]
    assert art.body is not None and art.body.startswith("Le conseil municipal")
    assert "cookies" not in art.body


def _html(head: str, body: str, lang: str = "en") -> bytes:
    page = (
        f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )
    return page.encode()


_HARBOUR = (
    "The council voted on Monday to rebuild the old harbour wall before the winter storms arrive.",
    "Work will start in September and take about eight months, the harbour master said on Tuesday.",
    "Fishermen welcomed the decision but asked that the quays stay open while the builders work.",
)
_NEXT = (
    "In other news, the town library will open on Sundays from next month, the mayor announced.",
    "The change follows a petition signed by more than two thousand readers over the last year.",
    "Volunteers will staff the reading room, and the children's corner will host story hours.",
    "The library board said the extra opening day would cost little, as heating is already on.",
    "A café run by the local school's students will serve drinks in the entrance hall on Sundays.",
    "The mayor thanked the volunteers and said the town would review the opening hours in spring.",
)


def _paras(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_the_title_votes_count_the_article_h1_before_a_popup_h1() -> None:
    """og:title, the JSON-LD headline and the article's h1 are three different titles:
    the h1 the reader sees is taken, not the consent popup's h1 set before it."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Town agrees harbour deal after long talks with the fishermen"}</script>'
    )
    html = _html(
        '<meta property="og:title" content="Harbour wall: council decides on rebuilding plan today">'
        + ld,
        '<main><div class="x9f"><div class="didomi-popup"><h1>Your privacy</h1><p>We use cookies.</p></div></div>'
        f"<article><h1>Harbour wall to be rebuilt before winter</h1>{_paras(_HARBOUR)}</article></main>",
    )
    assert extract_article(html, URL).title == "Harbour wall to be rebuilt before winter"


def test_the_standfirst_is_read_under_the_article_h1_not_a_login_box_h1() -> None:
    """A log-in box's h1 and a long menu before the article: the standfirst under the
    article's own h1 is still found."""
    dek = "The old wall will be rebuilt before the storms, at a cost of twelve million."
    menu = "".join(f'<div><a href="/s{n}">Section {n}</a></div>' for n in range(50))
    html = _html(
        '<meta property="og:title" content="Harbour wall to be rebuilt before winter">'
        f'<meta name="description" content="{dek}">',
        f'<div class="modal"><h1>Log in</h1><form><input name="u"></form></div><header>{menu}</header>'
        f'<article><h1>Harbour wall to be rebuilt before winter</h1><div class="x1"><p>{dek}</p></div>'
        f'<div class="text">{_paras(_HARBOUR)}</div></article>',
    )
    assert extract_article(html, URL).subtitle == dek


@pytest.mark.parametrize(
    "article",
    [
        # the headline in the text's block
        '<div class="b2"><h1>Harbour wall to be rebuilt before winter</h1>{}</div>',
        # the headline in a header block of its own, the text in the next block
        '<div class="b2"><h1>Harbour wall to be rebuilt before winter</h1></div><div class="c3">{}</div>',
    ],
    ids=["headline in the text block", "headline block apart"],
)
def test_the_body_is_the_article_below_a_notice_with_its_own_h1(article: str) -> None:
    """A long notice in neutral markup, with an h1 of its own, sits above the article:
    the body is the text under the article's headline."""
    notice = (
        "We have updated our terms of use and our privacy notice to explain how we use your data.",
        "Our partners may store and read information on your device to measure audiences and ads.",
        "You can change your choices at any time from the settings page linked in the footer below.",
        "By continuing to read, you accept the updated terms, which take effect on the first of June.",
        "For questions about these changes, write to our data protection officer at the address below.",
        "A full list of the partners and the purposes they use your data for is on the settings page.",
    )
    html = _html(
        '<meta property="og:title" content="Harbour wall to be rebuilt before winter">',
        f'<div class="a1"><h1>Important: our terms have changed</h1>{_paras(notice)}</div>'
        + article.format(_paras(_HARBOUR)),
    )
    assert extract_article(html, URL).body == "\n\n".join(_HARBOUR)


def test_the_story_block_is_the_article_headline_not_a_promo_h1_above_it() -> None:
    """An endless-scroll page: a promo's h1 first, the article, then the next story with
    more text. The article's block is the one around its own headline."""
    html = _html(
        '<meta property="og:title" content="Harbour wall to be rebuilt before winter">',
        '<div class="c3"><h1>Subscribe to our weekly paper</h1><p>Only one euro for the first month.</p></div>'
        f"<article><h1>Harbour wall to be rebuilt before winter</h1>{_paras(_HARBOUR)}</article>"
        f"<article><h1>Library to open on Sundays</h1>{_paras(_NEXT)}</article>",
    )
    assert extract_article(html, URL).body == "\n\n".join(_HARBOUR)
