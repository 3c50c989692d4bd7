"""Topic lists unseen sites show near the article, in any language: labels linking to the
site's search for their own text ("/suche?q=Verkehr", "/?s=", "/search/traffic"), hashtag chips linking to a
search page ("#교통" to "/search?q=..."), or to any address, clustered as tags as topic-page
links are; a list under "Themen zum Artikel"; guards: a rank ("#1") and an in-page anchor
("#Kommentare") are no hashtag, nor chips inside a paragraph, nor chips the text never names.
Invented sites, labels and sentences."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.seebote.example/region/2026/12/05/faehre-faehrt-wieder-id456.html"
TEXT = {
    "de": "Die Fähre über den See fährt wieder: Verkehr und Schifffahrt am Seeufer kommen nach der Reparatur in Gang, sagt die Gemeinde.",
    "ko": "호수를 건너는 여객선이 수리를 마치고 다시 운항을 시작했다고 교통 당국이 밝혔다. 선박 운항은 토요일부터 재개됐다.",
    "en": "The ferry across the lake runs again: traffic and shipping on the shore resume after the repair, the council says.",
}


def _page(lang: str, block: str) -> str:
    p = f"<p>{TEXT[lang]}</p>"
    return (
        f"<html lang='{lang}'><head><title>Fähre</title></head><body>"
        "<header><nav><a href='/region/'>Region</a><a href='/sport/'>Sport</a></nav></header>"
        f"<main><div class='c'><h1>Die Fähre fährt wieder</h1>{p * 4}{block}</div></main>"
        "<footer><a href='/impressum'>Impressum</a></footer></body></html>"
    )


FOUND = [
    # plain labels linking to the site's search for their own text
    (
        "de",
        "<div class='x9'><a href='/suche?q=Verkehr'>Verkehr</a> <a href='/suche?q=Schifffahrt'>Schifffahrt</a></div>",
        ["Verkehr", "Schifffahrt"],
    ),
    (
        "de",
        "<div class='x9'><a href='/?s=verkehr'>Verkehr</a> <a href='/?s=schifffahrt'>Schifffahrt</a></div>",
        ["Verkehr", "Schifffahrt"],
    ),
    (
        "en",
        "<div class='x9'><a href='/search/traffic'>traffic</a> <a href='/search/shipping'>shipping</a></div>",
        ["traffic", "shipping"],
    ),
    (
        "ko",
        "<div class='x9'><a href='/search?searchword=교통'>교통</a> <a href='/search?searchword=선박'>선박</a></div>",
        ["교통", "선박"],
    ),
    (
        "ko",
        "<div class='x9'><a href='/search?q=교통'>#교통</a><a href='/search?q=선박'>#선박</a></div>",
        ["교통", "선박"],
    ),
    (
        "de",
        "<div class='x9'><a href='/suche?q=Verkehr'>#Verkehr</a> <a href='/suche?q=Schifffahrt'>#Schifffahrt</a></div>",
        ["Verkehr", "Schifffahrt"],
    ),
    (
        "en",
        "<ul class='x9'><li><a href='https://search.seebote.example/?s=traffic'>#traffic</a></li><li><a href='https://search.seebote.example/?s=shipping'>#shipping</a></li></ul>",
        ["traffic", "shipping"],
    ),
    (
        "de",
        "<section><h2>Themen zum Artikel</h2><a href='/x/verkehr'>Verkehr</a><a href='/x/schifffahrt'>Schifffahrt</a></section>",
        ["Verkehr", "Schifffahrt"],
    ),
    (
        "de",
        "<section><h3>Themen zu diesem Artikel</h3><a href='/x/verkehr'>Verkehr</a><a href='/x/schifffahrt'>Schifffahrt</a></section>",
        ["Verkehr", "Schifffahrt"],
    ),
]


@pytest.mark.parametrize(("lang", "block", "want"), FOUND)
def test_a_visible_topic_list_of_an_unseen_site(lang: str, block: str, want: list[str]) -> None:
    assert extract_article(_page(lang, block), URL).topics == want


NONE = [
    # search links in a menu, even one under the story, and a broken address among them
    (
        "de",
        "<footer><nav><a href='/suche?q=Verkehr'>Verkehr</a> <a href='/suche?q=Schifffahrt'>Schifffahrt</a></nav></footer>",
    ),
    (
        "de",
        "<div class='x9'><a href='http://[kaputt/suche?q=Verkehr'>Verkehr</a> <a href='http://[kaputt?q=Schifffahrt'>Schifffahrt</a></div>",
    ),
    # a search link whose text is not its query ("Mehr" to the search for a label)
    (
        "de",
        "<div class='x9'><a href='/suche?q=Verkehr'>Mehr</a> <a href='/suche?q=Schifffahrt'>Alle</a></div>",
    ),
    # a rank, in-page anchors, chips inside a paragraph, chips the text never names
    ("de", "<div class='x9'><a href='/liste/1'>#1</a> <a href='/liste/2'>#2</a></div>"),
    (
        "de",
        "<div class='x9'><a href='#kommentare'>#Kommentare</a> <a href='#teilen'>#Teilen</a></div>",
    ),
    (
        "de",
        "<p>Mehr unter <a href='/suche?q=Verkehr'>#Verkehr</a> und <a href='/suche?q=Schifffahrt'>#Schifffahrt</a> im Netz.</p>",
    ),
    (
        "de",
        "<div class='x9'><a href='/suche?q=Mode'>#Mode</a> <a href='/suche?q=Kochen'>#Kochen</a></div>",
    ),
]


@pytest.mark.parametrize(("lang", "block"), NONE)
def test_no_topics_from_hashes_that_are_no_tag_list(lang: str, block: str) -> None:
    assert extract_article(_page(lang, block), URL).topics == []


KEYWORDS = [
    # the template's stock words appended to the page's tags: the joins change and the first
    # appended label is a news word
    (
        "faehre,seeufer,gemeinderat, Aktuelle Nachrichten, region, sport, kultur, Seebote",
        ["faehre", "seeufer", "gemeinderat"],
    ),
    (
        "ferry,lake shore,council, Breaking news, politics, sport, world, Example Times",
        ["ferry", "lake shore", "council"],
    ),
    # guards: the joins change but no news word follows, or no change at all, or mixed joins
    ("faehre,seeufer, gemeinderat, hafen", ["faehre", "seeufer", "gemeinderat", "hafen"]),
    ("faehre, seeufer, Nachrichten, hafen", ["faehre", "seeufer", "Nachrichten", "hafen"]),
    ("faehre,seeufer, Breaking news, hafen,sport", ["faehre", "seeufer", "hafen", "sport"]),
]


@pytest.mark.parametrize(("content", "want"), KEYWORDS)
def test_a_keywords_strings_stock_tail(content: str, want: list[str]) -> None:
    head = f'<meta name="keywords" content="{content}">'
    html = _page("de", "").replace("</head>", f"{head}</head>")
    assert extract_article(html, URL).topics == want
