"""Review of session 32's title rules on pages never seen: a stated section closing or
opening a title is no label where the title pairs two names ("FC Bayern München -
Borussia Dortmund", a match, the breadcrumb's deepest crumb a club) or closes a quote
with its speaker ("„Ich trete nicht zurück“ - Olaf Scholz", the crumb a person's topic);
a first part shown just above an h1 that goes on in lower case is the headline's own
first half, no kicker.

Every page here is invented. Rows marked "(guard)" pass before and after.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "fr": "Un paragraphe de l'article, assez long pour se lire comme un texte. ",
}
BASE = "https://www.abendpost.example"
URL = BASE + "/a/123"


def _crumbs(*names: str) -> str:
    """A JSON-LD BreadcrumbList: the home page, then each name's page."""
    paths = ["/", *(f"/thema/{i}/" for i in range(1, len(names)))]
    items = [
        {"@type": "ListItem", "position": i + 1, "name": n, "item": BASE + p}
        for i, (n, p) in enumerate(zip(names, paths, strict=True))
    ]
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _section(name: str) -> str:
    return f'<meta property="article:section" content="{name}">'


def _page(tab: str, head: str = "", body: str = "", og: str = "", lang: str = "de") -> bytes:
    meta = f'<meta property="og:title" content="{og}">' if og else ""
    return (
        f"<html><head><meta charset='utf-8'><title>{tab}</title>{meta}{head}</head><body>"
        f"{body}<article><p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


# --- a stated section beside a name or a quote: no label ------------------------------

KEPT = [
    # a match: two clubs' or countries' names, one of them the page's section or crumb
    pytest.param(
        "FC Bayern München – Borussia Dortmund",
        _crumbs("Startseite", "Sport", "Borussia Dortmund"),
        id="match-end-crumb",
    ),
    pytest.param(
        "Borussia Dortmund – FC Bayern München",
        _crumbs("Startseite", "Sport", "Borussia Dortmund"),
        id="match-front-crumb",
    ),
    pytest.param("Frankreich - Deutschland", _section("Deutschland"), id="match-end-meta"),
    pytest.param(
        "Borussia Dortmund – FC Bayern München",
        _section("Borussia Dortmund"),
        id="match-front-meta",
    ),
    pytest.param(
        "Paris Saint-Germain - Olympique Lyonnais",
        _crumbs("Accueil", "Football", "Olympique Lyonnais"),
        id="match-fr",
    ),
    # a quote and its speaker, the crumb a person's topic page
    pytest.param(
        "„Ich trete nicht zurück“ – Olaf Scholz",
        _crumbs("Startseite", "Politik", "Olaf Scholz"),
        id="quote-de",
    ),
    pytest.param(
        "“We will not back down” – Zelensky",
        _crumbs("Home", "World", "Zelensky"),
        id="quote-en",
    ),
    pytest.param(
        "« Nous ne céderons pas » – Emmanuel Macron",
        _crumbs("Accueil", "Emmanuel Macron"),
        id="quote-fr",
    ),
]


@pytest.mark.parametrize(("tab", "head"), KEPT)
def test_a_stated_section_paired_with_a_name_or_a_quote_stays(tab: str, head: str) -> None:
    assert extract_article(_page(tab, head), URL).title == tab


CUT = [
    pytest.param("Werft schließt nach hundert Jahren - Wirtschaft", "Wirtschaft", id="de-end"),
    pytest.param("Panorama - Brand in Kiel zerstört Lager", "Panorama", id="de-front"),
    pytest.param("Council approves new harbour plan - Business", "Business", id="en-end"),
    pytest.param("Мэрия закрыла старый мост – Общество", "Общество", id="ru-end"),
    pytest.param("港の新しい橋が来月開通へ | 経済", "経済", id="ja-end"),
    pytest.param("経済 | 港の新しい橋が来月開通へ", "経済", id="ja-front"),
]


@pytest.mark.parametrize(("tab", "name"), CUT)
def test_a_stated_section_beside_a_headline_still_goes(tab: str, name: str) -> None:
    """(guard)"""
    expected = tab.replace(name, "").strip(" -–|")
    for head in (_section(name), _crumbs("Startseite", name)):
        assert extract_article(_page(tab, head), URL).title == expected


# --- a headline set over two lines: the h1 going on in lower case --------------------

SPLIT = [
    pytest.param(
        "Quand la tempête est arrivée : personne n'était prêt",
        '<p class="surtitre">Quand la tempête est arrivée</p><h1>personne n\'était prêt</h1>',
        "fr",
        id="fr",
    ),
    pytest.param(
        "Erst kam der lange Sturm – dann die Flut",
        '<header><p class="zeile">Erst kam der lange Sturm</p><h1>dann die Flut</h1></header>',
        "de",
        id="de",
    ),
]


@pytest.mark.parametrize(("og", "body", "lang"), SPLIT)
def test_a_first_line_above_an_h1_going_on_in_lower_case_is_no_kicker(
    og: str, body: str, lang: str
) -> None:
    page = _page(f"{og} | Abendpost", body=body, og=og, lang=lang)
    assert extract_article(page, URL).title == og


def test_a_kicker_above_an_h1_opening_in_capitals_still_goes() -> None:
    """(guard)"""
    og = "Krieg in Nahost: Waffenruhe hält"
    body = '<span class="kicker">Krieg in Nahost</span><h1>Waffenruhe hält</h1>'
    assert extract_article(_page(og, body=body, og=og), URL).title == "Waffenruhe hält"
