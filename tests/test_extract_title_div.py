"""The title of a page whose only h1 is its logo and whose headline sits in a marked block.

headline.py finds such a headline (`<div class="story-headline">`, `itemprop="headline"`);
where no metadata title states it (og:title a social rewrite, `<title>` the site's name or
an SEO text), the title is the headline as shown, not og:title. Guards: an h1, a metadata
title shown on the page, a teaser card's marked headline keep the title as before.
Invented pages.
"""

# ruff: noqa: E501  -- pages read best with their markup on one line

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsarchive.extract.document import parse
from newsarchive.extract.title import title

URL = "https://harbourpost.example/news/2026/03/02/story"


@dataclass(frozen=True)
class Case:
    name: str
    og: str
    tab: str  # <title>
    block: str  # the marked block holding the headline
    want: str
    ld: str = ""  # JSON-LD headline
    lang: str = "en"
    logo: str = '<h1 class="logo"><a href="/">Harbour Post</a></h1>'
    teaser: str = ""
    text: str = "The council met on Tuesday evening and voted on the harbour plan after a long and heated debate. "


def _page(c: Case) -> str:
    ld = (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{c.ld}"}}</script>'
        if c.ld
        else ""
    )
    return (
        f'<html lang="{c.lang}"><head><meta charset="utf-8"><title>{c.tab}</title>'
        f'<meta property="og:title" content="{c.og}"><meta property="og:site_name" content="Harbour Post">{ld}</head>'
        f"<body><header>{c.logo}</header>{c.teaser}<main>{c.block}<p>{c.text * 3}</p><p>{c.text * 2}</p></main></body></html>"
    )


FIXED = [
    Case(
        "en class, social og, site-name title",
        "Must read: Council approves the new harbour plan and more",
        "Harbour Post",
        '<div class="story-headline">Council approves the new harbour plan</div>',
        "Council approves the new harbour plan",
    ),
    Case(
        "en itemprop, SEO title, JSON-LD SEO",
        "You will not believe what the council did with the harbour",
        "Harbour plan vote results | Harbour Post",
        '<div itemprop="headline">Council approves the new harbour plan</div>',
        "Council approves the new harbour plan",
        ld="Harbour plan vote results and reactions",
    ),
    Case(
        "de class, topic og",
        "Hafen: Stadtrat billigt den neuen Hafenplan",
        "Hafenbote",
        '<div class="article-title">Stadtrat billigt den neuen Hafenplan</div>',
        "Stadtrat billigt den neuen Hafenplan",
        lang="de",
        text="Der Stadtrat hat am Dienstagabend nach langer Debatte über den neuen Hafenplan abgestimmt. ",
    ),
    Case(
        "es itemprop, social og, JSON-LD SEO",
        "Imprescindible: el ayuntamiento aprueba el plan del puerto y mucho más",
        "Noticias del puerto | Harbour Post",
        '<span itemprop="headline">El ayuntamiento aprueba el nuevo plan del puerto</span>',
        "El ayuntamiento aprueba el nuevo plan del puerto",
        ld="Plan del puerto: votación y reacciones",
        lang="es",
        text="El pleno se reunió el martes por la noche y votó el plan del puerto tras un largo debate. ",
    ),
    Case(
        "pl class, social og",
        "Musisz to przeczytać: rada miasta i port",
        "Harbour Post",
        '<div class="news-headline">Rada miasta zatwierdziła nowy plan portu</div>',
        "Rada miasta zatwierdziła nowy plan portu",
        lang="pl",
        text="Rada zebrała się we wtorek wieczorem i po długiej debacie głosowała nad planem portu. ",
    ),
    Case(
        "cs itemprop, SEO title",
        "Tohle musíte vidět: zastupitelé a přístav",
        "Přístav, hlasování, výsledky - Harbour Post",
        '<p itemprop="headline">Zastupitelé schválili nový plán přístavu</p>',
        "Zastupitelé schválili nový plán přístavu",
        lang="cs",
        text="Zastupitelstvo se sešlo v úterý večer a po dlouhé debatě hlasovalo o plánu přístavu. ",
    ),
]

TEASER = '<ul><li><div class="story-headline">Ferry timetable changes for the summer season</div></li></ul>'
KEPT = [
    # an h1 of the article's: the cascade as before (og:title)
    Case(
        "h1 of the article",
        "Must read: Council approves the new harbour plan and more",
        "Harbour Post",
        "<h1>Council approves the harbour plan</h1>",
        "Must read: Council approves the new harbour plan and more",
        logo='<a class="logo" href="/">Harbour Post</a>',
    ),
    # og:title shown on the page: the metadata title agrees with a visible headline
    Case(
        "og:title shown",
        "Council approves the new harbour plan tonight",
        "Harbour Post",
        '<div class="story-headline">Council approves the new harbour plan tonight</div>',
        "Council approves the new harbour plan tonight",
    ),
    # a teaser card's marked headline in a list item is no article headline
    Case(
        "teaser card's headline",
        "Must read: Council approves the new harbour plan and more",
        "Harbour Post",
        '<div class="intro">Harbour</div>',
        "Must read: Council approves the new harbour plan and more",
        teaser=TEASER,
    ),
    # a section's heading marked "title" is no article headline
    Case(
        "section title",
        "Must read: Council approves the new harbour plan and more",
        "Harbour Post",
        '<div class="section-title">Local news from the harbour</div>',
        "Must read: Council approves the new harbour plan and more",
    ),
    # an unmarked block: no headline to put before og:title
    Case(
        "unmarked block",
        "Must read: Council approves the new harbour plan and more",
        "Harbour Post",
        '<div class="big">Council approves the new harbour plan</div>',
        "Must read: Council approves the new harbour plan and more",
    ),
]


@pytest.mark.parametrize("case", FIXED + KEPT, ids=lambda c: c.name)
def test_title_of_a_marked_block_headline(case: Case) -> None:
    doc = parse(_page(case), URL)
    assert doc is not None
    assert title(doc, None) == case.want


BOXED = [
    # a box marked "title" that shares no word with any title the page states (a paywall's,
    # a newsletter's): no headline; the stated title stands
    Case(
        "de paywall box",
        "Stadtrat billigt den neuen Hafenplan",
        "Stadtrat billigt den neuen Hafenplan | Hafenbote",
        '<div class="paywall-title">Ihr Abonnement ist leider abgelaufen</div>',
        "Stadtrat billigt den neuen Hafenplan",
        ld="Stadtrat billigt den neuen Hafenplan",
        lang="de",
        text="Der Stadtrat hat am Dienstagabend nach langer Debatte über den neuen Hafenplan abgestimmt. ",
    ),
    Case(
        "en newsletter box",
        "Council approves the new harbour plan",
        "Council approves the new harbour plan | Harbour Post",
        '<div class="signup-title">Get our morning briefing in your inbox</div>',
        "Council approves the new harbour plan",
        ld="Council approves the new harbour plan",
    ),
    Case(
        "cs paywall box",
        "Zastupitelé schválili nový plán přístavu",
        "Zastupitelé schválili nový plán přístavu - Harbour Post",
        '<div class="premium-title">Tento článek je dostupný jen předplatitelům</div>',
        "Zastupitelé schválili nový plán přístavu",
        ld="Zastupitelé schválili nový plán přístavu",
        lang="cs",
        text="Zastupitelstvo se sešlo v úterý večer a po dlouhé debatě hlasovalo o plánu přístavu. ",
    ),
    Case(
        "zh paywall box",
        "市议会批准新的港口规划方案",
        "市议会批准新的港口规划方案_海滨网",
        '<div class="vip-title">本文为会员专享内容请登录</div>',
        "市议会批准新的港口规划方案",
        ld="市议会批准新的港口规划方案",
        lang="zh",
        text="市议会周二晚间经过长时间辩论后对港口规划进行了表决。",
    ),
]


@pytest.mark.parametrize("case", BOXED, ids=lambda c: c.name)
def test_a_marked_box_sharing_no_word_with_the_titles_is_no_headline(case: Case) -> None:
    doc = parse(_page(case), URL)
    assert doc is not None
    assert title(doc, None) == case.want


def test_a_cjk_block_shares_characters_with_a_social_rewrite() -> None:
    """Unspaced scripts share a topic by characters: the marked headline still wins."""
    case = Case(
        "ja class, social og",
        "必読：港の計画とその他の話題",
        "Harbour Post",
        '<div class="article-title">市議会が新しい港の計画を承認</div>',
        "市議会が新しい港の計画を承認",
        lang="ja",
        text="市議会は火曜日の夜に長い議論の末、港の計画について採決した。",
    )
    doc = parse(_page(case), URL)
    assert doc is not None
    assert title(doc, None) == case.want


@pytest.mark.parametrize(
    ("kicker", "headline", "og", "lang"),
    [
        (
            "Meinung",
            "Stadtrat billigt den neuen Hafenplan",
            "Lesenswert: Stadtrat, Hafen und mehr",
            "de",
        ),
        (
            "Opinion",
            "Council approves the new harbour plan",
            "Must read: Council approves the new harbour plan and more",
            "en",
        ),
        (
            "Komentář",
            "Zastupitelé schválili nový plán přístavu",
            "Musíte vidět: zastupitelé a přístav",
            "cs",
        ),
    ],
)
def test_a_marked_block_of_a_kicker_and_the_headline_gives_the_headline(
    kicker: str, headline: str, og: str, lang: str
) -> None:
    """A block marked "title" holding an h2 of a kicker and the headline, beside a logo's
    h1: the headline as shown, without its kicker glued to it."""
    block = (
        f'<div class="title"><h2><span class="kicker">{kicker}</span>'
        f'<span class="headline">{headline}</span></h2></div>'
    )
    case = Case("kicker block", og, "Harbour Post", block, headline, lang=lang)
    doc = parse(_page(case), URL)
    assert doc is not None
    assert title(doc, None) == headline
