"""Topic-link headings in languages of publishers never seen (Icelandic, Malay, Swahili).

Invented pages: the labels also appear in the text, as a page's own tags do.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.topics import clean_topics

URL = "https://www.blad.example/frett/eldur-100.html"


def _page(lang: str, text: str, heading: str, labels: list[str]) -> str:
    links = "".join(f'<a href="/x/{i}">{label}</a> ' for i, label in enumerate(labels))
    return (
        f"<html lang='{lang}'><head></head><body><nav><a href='/a'>Forsíða</a></nav><article>"
        f"<h1>{text}</h1><p>{text} {text}</p><div><h3>{heading}</h3>{links}</div>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "text", "heading", "labels"),
    [
        ("is", "Eldur í Höfn, Slökkvilið kallað út", "Efnisorð", ["Slökkvilið", "Höfn"]),
        ("is", "Eldur í Höfn, Slökkvilið kallað út", "Merki", ["Slökkvilið", "Höfn"]),
        ("ms", "Bomba padam kebakaran di Pelabuhan", "Topik Berkaitan", ["Bomba", "Pelabuhan"]),
        ("sw", "Zimamoto wazima moto Bandari", "Mada Zinazohusiana", ["Zimamoto", "Bandari"]),
    ],
)
def test_topic_headings_in_more_languages(
    lang: str, text: str, heading: str, labels: list[str]
) -> None:
    assert extract_article(_page(lang, text, heading, labels), URL).topics == labels


def _story(lang: str, text: str, inside: str, outside: str = "") -> str:
    return (
        f"<html lang='{lang}'><head></head><body><header><nav><a href='/a'>Start</a></nav></header>"
        f"<main><article><h1>{text}</h1><p>{text} {text}</p>{inside}</article></main>{outside}"
        "</body></html>"
    )


def _links(segment: str, labels: list[str]) -> str:
    return "".join(
        f'<li><a href="/{segment}/{i}">{label}</a></li>' for i, label in enumerate(labels)
    )


@pytest.mark.parametrize(
    ("lang", "text", "segment", "labels"),
    [
        (
            "sv",
            "Polisen söker i Uddevalla efter försvunna personer",
            "tagg",
            ["Uddevalla", "Polisen"],
        ),
        ("de", "Die Feuerwehr löscht den Brand im Hafen", "thema", ["Feuerwehr", "Hafen"]),
        ("es", "Los bomberos apagan el incendio del puerto", "etiqueta", ["bomberos", "puerto"]),
    ],
)
def test_a_tag_nav_in_the_storys_footer(
    lang: str, text: str, segment: str, labels: list[str]
) -> None:
    inside = f"<footer><nav><ul>{_links(segment, labels)}</ul></nav></footer>"
    assert extract_article(_story(lang, text, inside), URL).topics == labels


def test_a_site_footer_nav_is_no_tag_list() -> None:
    outside = f"<footer><nav><ul>{_links('thema', ['Feuerwehr', 'Hafen'])}</ul></nav></footer>"
    page = _story("de", "Die Feuerwehr löscht den Brand im Hafen", "", outside)
    assert extract_article(page, URL).topics == []


@pytest.mark.parametrize(
    ("lang", "text", "segment", "labels"),
    [
        ("sv", "Zelenskyj i Kiev om Ukraina", "tagg", ["Ukraina", "Zelenskyj", "Kiev"]),
        ("de", "Die Feuerwehr löscht den Brand im Hafen", "thema", ["Hafen", "Feuerwehr", "Brand"]),
    ],
)
def test_a_one_label_kicker_yields_to_the_whole_tag_list(
    lang: str, text: str, segment: str, labels: list[str]
) -> None:
    kicker = f'<div class="tag-kicker"><a href="/{segment}/0">{labels[0]}</a></div>'
    inside = f"{kicker}<div><ul>{_links(segment, labels)}</ul></div>"
    assert extract_article(_story(lang, text, inside), URL).topics == labels


@pytest.mark.parametrize(
    ("lang", "text", "tags", "expected"),
    [
        (
            "de",
            "Die Feuerwehr löscht den Brand im Hafen",
            '<a href="/thema/feuerwehr">Feuerwehr<span>Folgen</span></a>'
            '<a href="/thema/hafen">Hafen<span>Folgen</span></a>',
            ["Feuerwehr", "Hafen"],
        ),
        (
            "en",
            "The fire brigade fights a blaze in the harbour",
            '<a href="/tag/fire">Fire brigade<span>Follow</span></a>'
            '<a href="/tag/harbour">Harbour<span>Follow</span></a>',
            ["Fire brigade", "Harbour"],
        ),
        (
            "fr",
            "Les pompiers éteignent un incendie au port",
            '<a href="/sujet/p">Pompiers<span>Suivre</span></a><a href="/sujet/port">Port +</a>',
            ["Pompiers", "Port"],
        ),
        (
            "de",
            "Die Feuerwehr löscht den Brand im Hafen",
            '<a href="/thema/feuerwehr">Feuerwehr</a><a href="/thema/hafen">Hafen</a>'
            '<a href="/themen">Alle Themen</a><a href="/tags/">Mehr anzeigen</a>',
            ["Feuerwehr", "Hafen"],
        ),
    ],
    ids=["de-follow", "en-follow", "fr-follow-plus", "de-index-links"],
)
def test_tag_links_without_their_buttons(
    lang: str, text: str, tags: str, expected: list[str]
) -> None:
    page = _story(lang, text, f'<div class="article-tags">{tags}</div>')
    assert extract_article(page, URL).topics == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Feuerwehr", "paywall exclude", "Hafen"], ["Feuerwehr", "Hafen"]),
        (["comments-enabled", "Camping", "noindex"], ["Camping"]),
        (["Comments off", "Bomberos", "no-ads"], ["Bomberos"]),
        (["Paywall", "Pressefreiheit"], ["Pressefreiheit"]),
    ],
)
def test_cms_switches_among_keywords_are_no_topics(values: list[str], expected: list[str]) -> None:
    assert clean_topics(values) == expected
