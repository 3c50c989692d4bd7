"""A teaser card's byline (a promo strip above the article, a "related" or "most read" list
below it) is not the article's: a card links another article by its headline and sits in a
list item, aside, nav or footer, or beside other cards. Between bylines left, the one nearest
after the headline wins. Guards: the article's writers listed in <li>s, a byline printed
above the headline. Invented pages, names and sentences."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "en": "The council voted late on Tuesday after a long debate about costs, traffic and the "
    "old quay that many residents still use every morning on their way to work.",
    "de": "Der Rat stimmte am späten Dienstag nach einer langen Debatte über Kosten, Verkehr "
    "und den alten Kai ab, den viele Menschen jeden Morgen auf dem Weg zur Arbeit nutzen.",
    "es": "El consejo votó el martes por la noche tras un largo debate sobre los costes, el "
    "tráfico y el viejo muelle que muchos vecinos siguen usando cada mañana.",
    "pl": "Rada głosowała we wtorek późnym wieczorem po długiej debacie o kosztach, ruchu i "
    "starym nabrzeżu, z którego wielu mieszkańców korzysta każdego ranka.",
}
H1 = {
    "en": "City council approves the new harbour bridge plan",
    "de": "Stadtrat stimmt dem Plan für die neue Hafenbrücke zu",
    "es": "El ayuntamiento aprueba el plan del nuevo puente del puerto",
    "pl": "Rada miasta zatwierdza plan nowego mostu w porcie",
}
CARDS = {
    "en": [("Storm closes the ferry line for a week", "By Teo Brandt"),
           ("Local bakery wins the national bread prize", "By Mia Lowry")],
    "de": [("Sturm legt die Fähre eine Woche lahm", "Von Teo Brandt"),
           ("Bäckerei gewinnt den Preis des Landes", "Von Mia Lorenz")],
    "es": [("La tormenta cierra el ferri una semana", "Por Teo Brandt"),
           ("Una panadería gana el premio nacional", "Por Marta Gil")],
    "pl": [("Burza wstrzymuje prom na cały tydzień", "Autor: Teo Brandt"),
           ("Piekarnia zdobywa nagrodę krajową w tym roku", "Autor: Ewa Nowak")],
}  # fmt: skip


def _cards(lang: str, item: str, heading: bool) -> str:
    """A strip of teaser cards, each linking its story by headline and with its byline."""
    cards = ""
    for i, (title, by) in enumerate(CARDS[lang]):
        link = f'<a href="/news/{i}-story.html">{title}</a>'
        link = f"<h3>{link}</h3>" if heading else link
        cards += f'<{item} class="card">{link}<span class="byline">{by}</span></{item}>'
    return (
        f'<ul class="promo">{cards}</ul>' if item == "li" else f'<div class="promo">{cards}</div>'
    )


def _page(lang: str, byline: str, before: str = "", after: str = "", jsonld: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><title>Example Post</title>{jsonld}</head><body>'
        f'<header><a href="/">Example Post</a></header>{before}'
        f"<main><h1>{H1[lang]}</h1>{byline}"
        f'<time datetime="2026-11-02T08:00:00Z">2.11.2026</time>'
        f"<p>{TEXT[lang]}</p><p>{TEXT[lang]}</p></main>{after}</body></html>"
    )


# A promo strip above the headline, a related list below it: the cards' bylines lose.
@pytest.mark.parametrize(
    ("lang", "byline", "before", "after", "expected"),
    [
        # the article's byline classed like the cards', cards before the headline
        ("en", '<div class="byline">By Jane Harlow</div>', _cards("en", "li", True), "",
         ["Jane Harlow"]),
        ("de", '<div class="byline">Von Anna Kestner</div>', _cards("de", "div", False),
         _cards("de", "li", True), ["Anna Kestner"]),
        ("es", '<div class="byline">Por Lucía Ferrer</div>', _cards("es", "div", True), "",
         ["Lucía Ferrer"]),
        ("pl", '<div class="byline">Autor: Piotr Zieliński</div>', _cards("pl", "li", False),
         "", ["Piotr Zieliński"]),
        # the article's byline unclassed: only the cards' have a class, before or after
        ("en", "<p>By Jane Harlow</p>", "", _cards("en", "li", True), ["Jane Harlow"]),
        ("de", "<p>Von Anna Kestner</p>", _cards("de", "li", False), "", ["Anna Kestner"]),
        ("es", "<p>Por Lucía Ferrer</p>", "", _cards("es", "div", False), ["Lucía Ferrer"]),
        ("pl", "<p>Autor: Piotr Zieliński</p>", _cards("pl", "div", True),
         _cards("pl", "div", True), ["Piotr Zieliński"]),
        # one promo not shaped as a card (a short link): the byline after the headline wins
        ("de", '<div class="byline">Von Anna Kestner</div>',
         '<div class="promo"><a href="/a/1.html">Brücke</a>'
         '<span class="byline">Von Teo Brandt</span></div>', "", ["Anna Kestner"]),
    ],
)  # fmt: skip
def test_card_bylines_are_not_the_articles(
    lang: str, byline: str, before: str, after: str, expected: list[str]
) -> None:
    article = extract_article(_page(lang, byline, before, after), f"https://example.org/{lang}/1")
    assert article.authors == expected


# Guards: bylines that stand in a list item or above the headline and are the article's.
@pytest.mark.parametrize(
    ("lang", "byline", "before", "after", "expected"),
    [
        # the article's several writers, each an <li> linking the writer's page
        ("en", '<ul class="authors"><li class="byline"><a href="/author/jane-harlow">Jane '
         'Harlow</a></li><li class="byline"><a href="/author/sam-okafor">Sam Okafor</a>'
         "</li></ul>", "", _cards("en", "li", True), ["Jane Harlow", "Sam Okafor"]),
        ("de", '<ul><li class="autor">Anna Kestner</li><li class="autor">Jonas Weber</li></ul>',
         _cards("de", "li", True), "", ["Anna Kestner", "Jonas Weber"]),
        # the byline printed above the headline, cards after the article
        ("es", "", '<div class="byline">Por Lucía Ferrer</div>', _cards("es", "li", True),
         ["Lucía Ferrer"]),
        ("pl", "", '<p class="byline">Autor: Piotr Zieliński</p>', _cards("pl", "div", False),
         ["Piotr Zieliński"]),
    ],
)  # fmt: skip
def test_article_bylines_in_lists_or_above_stay(
    lang: str, byline: str, before: str, after: str, expected: list[str]
) -> None:
    article = extract_article(_page(lang, byline, before, after), f"https://example.org/{lang}/1")
    assert article.authors == expected


def test_jsonld_author_still_first() -> None:
    """With a JSON-LD author the cards never mattered: it stays the answer."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Anna Kestner"}}</script>'
    )
    page = _page("de", "<p>Von Anna Kestner</p>", _cards("de", "li", True), "", ld)
    assert extract_article(page, "https://example.org/de/1").authors == ["Anna Kestner"]
