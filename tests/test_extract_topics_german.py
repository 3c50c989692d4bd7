"""Topic lists as German, Austrian and Swiss CMSs show them: headings over the article's topic
links, tag lists classed in German, "Key: value" keyword lists. Invented pages and labels."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.beispiel-zeitung.de/politik/hitze-legt-bahnen-lahm-123.html"
PARAGRAPHS = (
    "<p>Die Hitze hat am Dienstag den Verkehr in Musterstadt stark beeinträchtigt, mehrere "
    "Bahnen fielen aus, weil Fugenmasse schmolz und Motoren überhitzten.</p>"
    "<p>Auch auf der Autobahn platzte der Beton, die Polizei sperrte zwei Spuren.</p>"
)
LINKS = '<a href="/x/hitze">Hitze</a> <a href="/x/verkehr">Verkehr</a>'


def _page(after: str, head: str = "") -> str:
    return (
        f'<html lang="de"><head><title>Hitze legt Bahnen lahm</title>{head}</head><body>'
        f"<article><h1>Hitze legt Bahnen lahm</h1>{PARAGRAPHS}{after}</article></body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "<h3>Mehr zu diesen Themen</h3>",
        "<h3>Mehr zu den Themen</h3>",
        "<span>Themen in diesem Artikel</span>",
        "<span>Themen dieses Artikels</span>",
        "<strong>Mehr zu:</strong>",
        "<span>Schlagwörter zu diesem Artikel</span>",
        "<span>Tags zu diesem Artikel</span>",
        "<h2>Verwandte Themen</h2>",
        "<b>Zum Thema:</b>",
        "<h2>Mehr zum Thema</h2>",
    ],
)
def test_german_headings_over_topic_links(heading: str) -> None:
    assert extract_article(_page(f"<div>{heading}{LINKS}</div>"), URL).topics == [
        "Hitze",
        "Verkehr",
    ]


@pytest.mark.parametrize(
    ("teasers", "expected"),
    [
        # teaser headlines under "Mehr zum Thema" first: the topics under "Themen" further down
        (
            '<div><h2>Mehr zum Thema</h2><ul><li><a href="/a/1.html">Wie sich Städte gegen die nächste Hitzewelle wappnen wollen</a></li>'
            '<li><a href="/a/2.html"><img src="/b.jpg"></a></li>'
            '<li><a href="/a/3.html">Warum Beton bei großer Hitze platzt und was dagegen hilft</a></li></ul></div>',
            ["Hitze", "Verkehr"],
        ),
        # one short kicker among the headlines is no topic list either
        (
            '<div><h2>Zum Thema</h2><a href="/a/1.html">Großbrand</a> <a href="/a/1.html">Feuerwehr kämpft seit Stunden gegen die Flammen im Hafen</a>'
            '<a href="/a/2.html">Stadtwerke</a> <a href="/a/2.html">Wie die Stadtwerke ihre Leitungen vor der Sommerhitze schützen</a></div>',
            ["Hitze", "Verkehr"],
        ),
    ],
)
def test_teaser_headlines_under_a_topic_heading_are_passed_over(
    teasers: str, expected: list[str]
) -> None:
    after = teasers + f"<div><h2>Themen</h2>{LINKS}</div>"
    assert extract_article(_page(after), URL).topics == expected


@pytest.mark.parametrize(
    "marked",
    [
        f'<div class="stichworte">{LINKS}</div>',
        f'<div class="article-schlagwort">{LINKS}</div>',
        f'<ul class="themenliste"><li>{LINKS}</li></ul>',
        f'<div class="stichwort-box">{LINKS}</div>',
    ],
)
def test_tag_lists_classed_in_german(marked: str) -> None:
    assert extract_article(_page(marked), URL).topics == ["Hitze", "Verkehr"]


def _ld(keywords: object) -> str:
    obj = {
        "@type": "NewsArticle",
        "headline": "Hitze legt Bahnen lahm",
        "url": URL,
        "keywords": keywords,
    }
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        (["Thema: Hitze", "Ressort: Politik", "Thema: Verkehr"], ["Hitze", "Verkehr"]),
        (["Schlagwort: Hitze", "Rubrik: Lokales"], ["Hitze"]),
        (["Stichwörter: Hitze"], ["Hitze"]),
        # entities typed as IPTC does (person, organisation, place), beside bookkeeping keys
        (
            [
                "Person: Anna Muster",
                "Ort: Musterstadt",
                "Organisation: Stadtwerke",
                "Ressort: Lokales",
            ],
            ["Anna Muster", "Musterstadt", "Stadtwerke"],
        ),
        # the entities a CMS found in the text, beside its own category bookkeeping
        (
            [
                "8f0c2d9e-1b7a-4c55-9f00-1a2b3c4d5e6f",
                "Category: Travel",
                "NLP Category: General",
                "NLP Entity Tokens: Lake Example Lodge",
            ],
            ["Lake Example Lodge"],
        ),
    ],
)
def test_key_value_keyword_lists_keep_the_topic_keys(
    keywords: list[str], expected: list[str]
) -> None:
    assert extract_article(_page("", _ld(keywords)), URL).topics == expected


def _wordpress(keywords: str, ld_keywords: list[str], sections: list[str]) -> str:
    obj = {"@type": "NewsArticle", "headline": "Hitze legt Bahnen lahm", "url": URL,
           "keywords": ld_keywords, "articleSection": sections}  # fmt: skip
    return (
        f'<meta name="keywords" content="{keywords}">'
        f'<script type="application/ld+json">{json.dumps(obj)}</script>'
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the keywords meta holds the categories and the tags, JSON-LD the tags alone
        (
            _wordpress(
                "Lokales, Musterstadt, Hitze, Verkehr",
                ["Hitze", "Verkehr"],
                ["Lokales", "Musterstadt"],
            ),
            ["Hitze", "Verkehr"],
        ),
        (_wordpress("Panorama, Hitzewelle", ["Hitzewelle"], ["Panorama"]), ["Hitzewelle"]),
        # a section the JSON-LD keywords list too stays a topic
        (
            _wordpress(
                "Politik, Landespolitik", ["Politik", "Landespolitik"], ["Politik", "Landespolitik"]
            ),
            ["Politik", "Landespolitik"],
        ),
        # a keyword beside the JSON-LD list that is no section stays
        (
            _wordpress("Hitze, Verkehr, Musterfunk", ["Hitze", "Verkehr"], ["Lokales"]),
            ["Hitze", "Verkehr", "Musterfunk"],
        ),
    ],
)
def test_sections_in_the_keywords_meta_are_no_topics(head: str, expected: list[str]) -> None:
    assert extract_article(_page("", head), URL).topics == expected


SEARCH_LINKS = '<a href="/suche?q=Hitze">Hitze</a> <a href="/suche?q=Verkehr">Verkehr</a>'
HEADLINE = "<h1>Hitze legt Bahnen lahm</h1>"


def _main(body: str) -> str:
    """A page whose story is a <main>, with no <article> element."""
    return (
        '<html lang="de"><head><title>Hitze legt Bahnen lahm</title></head><body>'
        f'<header><nav><a href="/">Start</a></nav></header><main>{body}</main></body></html>'
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # topic chips above the headline in its own header block
        (
            f'<div class="story-head"><ul class="topic-chips"><li>{SEARCH_LINKS}</li></ul>{HEADLINE}</div>{PARAGRAPHS}',
            ["Hitze", "Verkehr"],
        ),
        # a tag list in the story's own footer inside <main>
        (
            f'{HEADLINE}{PARAGRAPHS}<footer><ul class="c-tags"><li>{SEARCH_LINKS}</li></ul></footer>',
            ["Hitze", "Verkehr"],
        ),
        (
            f"{HEADLINE}{PARAGRAPHS}<footer><span>Mehr zu</span> {SEARCH_LINKS}</footer>",
            ["Hitze", "Verkehr"],
        ),
        # a follow widget lists the story's topics
        (
            f"{HEADLINE}{PARAGRAPHS}<div><h2>Themen folgen</h2><ul><li>{SEARCH_LINKS}</li></ul></div>",
            ["Hitze", "Verkehr"],
        ),
        # a menu inside the footer of <main> is still a menu; a top bar above a headline
        # that stands alone in <main> is the site's, not the story's
        (
            f'{HEADLINE}{PARAGRAPHS}<footer><nav><ul class="topics-list"><li>{SEARCH_LINKS}</li></ul></nav></footer>',
            [],
        ),
        (f'<div class="top-topics">{SEARCH_LINKS}</div>{HEADLINE}{PARAGRAPHS}', []),
    ],
)
def test_topic_lists_of_a_story_in_main(body: str, expected: list[str]) -> None:
    assert extract_article(_main(body), URL).topics == expected


def test_german_seo_words_are_no_topics_but_a_bare_desk_word_stays() -> None:
    head = '<meta name="keywords" content="Aktuelle Nachrichten, Newsticker, Hitze, Aktuelle Stunde, Nachrichten">'
    assert extract_article(_page("", head), URL).topics == [
        "Hitze",
        "Aktuelle Stunde",
        "Nachrichten",
    ]
