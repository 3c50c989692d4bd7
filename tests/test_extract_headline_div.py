"""A headline in a plain block (`<div>`, `<span>`, `<p>`) on a page whose h1 is its logo's.

Every field starts from the headline element; where the only h1 is the masthead's and no
h2/h3 states og:title (a social variant of the headline), the finder used to fall back to
the logo's h1, and bylines, dates and the lead image were read from the teasers between
the masthead and the article. Invented pages; the article's headline is marked `id="own"`.
"""

# ruff: noqa: E501  -- pages read best with their markup on one line

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import parse
from newsarchive.extract.headline import headline

URL = "https://valleypost.example/news/2026/03/02/story"


@dataclass(frozen=True)
class Case:
    name: str
    head: str  # <head> besides the charset
    headline: str  # the element holding the article's headline, id="own"
    lang: str = "en"
    teaser: str = ""  # what sits between the masthead and the article


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{text}"}}</script>'


def _og(text: str) -> str:
    return f'<meta property="og:title" content="{text}">'


_SITE = '<meta property="og:site_name" content="Valley Post">'
_PROMO = (
    '<div class="promo"><img src="https://valleypost.example/img/teaser.jpg" width="600" height="400">'
    "<div>By Teo Brandt</div><div>20 November 2025</div>"
    "<p>A short teaser paragraph that runs on long enough to look like the summary of another story.</p></div>"
)
_PARAS = (
    "<p>Water rose a metre above the quay before dawn, residents who spent the night upstairs said.</p>"
    "<p>The council opened two schools as shelters and asked drivers to keep off the coast road.</p>"
)


def _page(case: Case) -> str:
    return (
        f'<html lang="{case.lang}"><head><meta charset="utf-8">{_SITE}{case.head}</head><body>'
        f'<div class="masthead"><h1><a href="/">Valley Post</a></h1></div>{case.teaser}'
        f'<div class="content">{case.headline}<div>By Mara Quill</div><div>2 March 2026, 14:05</div>'
        f'<div class="pic"><img src="https://valleypost.example/img/lead.jpg" width="800" height="450"></div>'
        f"{_PARAS}</div></body></html>"
    )


FOUND = [
    # the JSON-LD headline states the div's text; og:title is a rewrite for sharing
    Case(
        "div stating the JSON-LD headline, en",
        _ld("Storm floods the old harbour district")
        + _og("You will not believe this harbour night")
        + "<title>Valley Post</title>",
        '<div class="x1" id="own">Storm floods the old harbour district</div>',
    ),
    # <title> minus the site's name states it; no JSON-LD
    Case(
        "div stating <title> minus the site, de",
        _og("Das müssen Sie über die Brücke wissen")
        + "<title>Stadtrat beschließt neue Brücke | Valley Post</title>",
        '<div id="own">Stadtrat beschließt neue Brücke</div>',
        lang="de",
    ),
    # og:title "Topic: headline" and a <title> of the site's name alone
    Case(
        "span stating og:title after its topic, es",
        _og("Tráfico: El ayuntamiento aprueba un nuevo puente") + "<title>Valley Post</title>",
        '<span class="zz" id="own">El ayuntamiento aprueba un nuevo puente</span>',
        lang="es",
    ),
    # twitter:title states it, og:title does not
    Case(
        "div stating twitter:title, pt",
        _og("Veja o que muda na ponte da cidade")
        + '<meta name="twitter:title" content="Câmara aprova nova ponte sobre o rio">'
        + "<title>Valley Post</title>",
        '<div id="own">Câmara aprova nova ponte sobre o rio</div>',
        lang="pt",
    ),
    # a CJK headline is short: six characters state it
    Case(
        "div stating a short CJK JSON-LD headline, zh",
        _ld("港口扩建工程年底完工") + _og("一起来看港口的新变化") + "<title>Valley Post</title>",
        '<div id="own">港口扩建工程年底完工</div>',
        lang="zh",
    ),
    # no title source states it: itemprop says headline
    Case(
        "p with itemprop headline, pl",
        _og("Zobacz, co zmieni nowy most") + "<title>Valley Post</title>",
        '<p itemprop="headline" id="own">Rada miasta zatwierdza budowę nowego mostu</p>',
        lang="pl",
    ),
    # ... a class word in the page's language says it ("nadpis": Czech for headline)
    Case(
        "div with a Czech class word, cs",
        _og("Podívejte se, co přinese nový most") + "<title>Valley Post</title>",
        '<div class="clanek-nadpis" id="own">Zastupitelé schválili stavbu nového mostu</div>',
        lang="cs",
    ),
    # ... and a German one ("ueberschrift"), camel case split
    Case(
        "div with a German class word, de",
        _og("Was die neue Brücke bringt") + "<title>Valley Post</title>",
        '<div class="artikelUeberschrift" id="own">Stadtrat beschließt neue Brücke</div>',
        lang="de",
    ),
    # a teaser card's headline before it, marked alike: a link's text, a list's item
    Case(
        "a card's marked headline before the article's, en",
        _og("What the storm night meant for the harbour") + "<title>Valley Post</title>",
        '<div class="story-headline" id="own">Storm floods the old harbour district</div>',
        teaser='<ul class="cards"><li><a href="/other"><div class="story-headline">Fishermen count losses after a long winter</div></a></li></ul>',
    ),
    # a "most read" link saying the very title before the article
    Case(
        "a link stating the title before the article, en",
        _ld("Storm floods the old harbour district")
        + _og("A night on the quay")
        + "<title>Valley Post</title>",
        '<div id="own">Storm floods the old harbour district</div>',
        teaser='<div class="trending"><a href="/story">Storm floods the old harbour district</a></div>',
    ),
]


@pytest.mark.parametrize("case", FOUND, ids=lambda c: c.name)
def test_headline_in_a_block(case: Case) -> None:
    doc = parse(_page(case), URL)
    assert doc is not None
    found = headline(doc)
    assert found is not None and found.get("id") == "own"


# whole pages: a promo between masthead and article with its own byline, date and picture
FIELDS = [
    Case(
        "en, JSON-LD headline",
        _ld("Storm floods the old harbour district") + _og("Weather: what a night"),
        '<div class="story-headline">Storm floods the old harbour district</div>',
        teaser=_PROMO,
    ),
    Case(
        "de, <title> part",
        _og("Verkehr: Das ändert sich jetzt")
        + "<title>Stadtrat beschließt neue Brücke | Valley Post</title>",
        '<div class="kopf">Stadtrat beschließt neue Brücke</div>',
        "de",
        _PROMO,
    ),
    Case(
        "es, og:title topic",
        _og("Tráfico: El ayuntamiento aprueba un nuevo puente"),
        '<span class="zz">El ayuntamiento aprueba un nuevo puente</span>',
        "es",
        _PROMO,
    ),
    Case(
        "pl, class word only",
        _og("Zobacz, co zmieni nowy most"),
        '<div class="artykul-tytul">Rada miasta zatwierdza budowę nowego mostu</div>',
        "pl",
        _PROMO,
    ),
]


@pytest.mark.parametrize("case", FIELDS, ids=lambda c: c.name)
def test_fields_read_below_a_block_headline(case: Case) -> None:
    article = extract_article(_page(case), URL)
    assert article.authors == ["Mara Quill"]
    assert (article.published or "").startswith("2026-03-02")
    assert article.image == "https://valleypost.example/img/lead.jpg"
