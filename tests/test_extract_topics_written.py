"""Keyword lists written the way some CMSs write them: each label in quotes, hashtags in one
string, one label a line in a JSON-LD string; topic links with a heading's phrase or a follow
word in their text. Invented pages and labels."""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.topics import clean_topics

URL = "https://www.priklad.cz/zpravy/domaci/horko-ochromilo-tramvaje-123"


def _page(head: str, lang: str = "cs") -> str:
    return (
        f'<html lang="{lang}"><head><title>Horko ochromilo tramvaje</title>{head}</head><body>'
        "<article><h1>Horko ochromilo tramvaje</h1><p>Vedro v úterý omezilo dopravu ve městě, "
        "několik tramvají vypadlo, protože se přehřály motory.</p></article></body></html>"
    )


def _keywords(content: str) -> str:
    return f'<meta name="keywords" content="{content}">'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # each label in quotes
        (
            _keywords("&quot;Vedro&quot;, &quot;Doprava&quot;, &quot;Praha&quot;"),
            ["Vedro", "Doprava", "Praha"],
        ),
        (_keywords("„Hitze“, „Verkehr“"), ["Hitze", "Verkehr"]),
        (_keywords("«Canicule», «Transports»"), ["Canicule", "Transports"]),
        # a "Key: value" list in quotes keeps its topic keys
        (
            _keywords("«Page Type: Article», «Subject: Justice», «Subject: Courts»"),
            ["Justice", "Courts"],
        ),
        # hashtags in one string; a label's own spaces stay, a number-led tag too
        (_keywords("#Vedro #Doprava #Praha"), ["Vedro", "Doprava", "Praha"]),
        (
            _keywords("#Hitze #Deutsche Bahn #2026 Sommer"),
            ["Hitze", "Deutsche Bahn", "2026 Sommer"],
        ),
        (_keywords("#Subject: Justice #Page Type: Article"), ["Justice"]),
        # one label a line in a JSON-LD string
        (
            '<script type="application/ld+json">'
            + json.dumps(
                {"@type": "NewsArticle", "headline": "Horko", "keywords": "Vedro\nDoprava\nPraha"}
            )
            + "</script>",
            ["Vedro", "Doprava", "Praha"],
        ),
    ],
)
def test_keyword_lists_written_with_quotes_hashtags_or_lines(
    head: str, expected: list[str]
) -> None:
    assert extract_article(_page(head), URL).topics == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # a quote or a hash inside a label stays
        (
            ['Operation "Sommer"', "C#", "Ja 'und' Nein"],
            ['Operation "Sommer"', "C#", "Ja 'und' Nein"],
        ),
    ],
)
def test_quotes_and_hashes_inside_a_label_stay(values: list[str], expected: list[str]) -> None:
    assert clean_topics(values) == expected


def _tagged(items: list[str], lang: str = "de") -> str:
    """A page whose only topics are the links of a tag-classed list after the story."""
    links = "".join(f'<li><a href="/thema/t{i}">{t}</a></li>' for i, t in enumerate(items))
    return _page("", lang).replace("</article>", f'<ul class="tags">{links}</ul></article>')


@pytest.mark.parametrize(
    ("items", "lang", "expected"),
    [
        # a heading's phrase before the label inside the link, a follow word after it
        (["Mehr zu Hitze", "Mehr zu Verkehr"], "de", ["Hitze", "Verkehr"]),
        (["Alles zu Hitze", "Alles zu Verkehr"], "de", ["Hitze", "Verkehr"]),
        (["Read more about Heat", "Read more about Transport"], "en", ["Heat", "Transport"]),
        (["Lire plus sur Canicule", "Lire plus sur Transports"], "fr", ["Canicule", "Transports"]),
        (["Hitze folgen", "Verkehr folgen"], "de", ["Hitze", "Verkehr"]),
        (["Heat Follow", "Transport Follow"], "en", ["Heat", "Transport"]),
    ],
)
def test_link_texts_around_the_label(items: list[str], lang: str, expected: list[str]) -> None:
    assert extract_article(_tagged(items, lang), URL).topics == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # the language the site serves with a "latest/breaking" word: its SEO vocabulary
        (["Latest Hindi News", "Monsoon", "Breaking News in Hindi"], ["Monsoon"]),
        (["ताज़ा हिंदी समाचार", "मानसून"], ["मानसून"]),
        # a bare desk or language label stays, as "World news" does; a place after "in" too
        (["Hindi News", "Latest news in Assam"], ["Hindi News", "Latest news in Assam"]),
    ],
)
def test_the_sites_language_with_news_words_is_no_topic(
    values: list[str], expected: list[str]
) -> None:
    assert clean_topics(values) == expected
