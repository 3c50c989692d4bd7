"""Topic-link headings in languages of publishers never seen (Icelandic, Malay, Swahili).

Invented pages: the labels also appear in the text, as a page's own tags do.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

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
