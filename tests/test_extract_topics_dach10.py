"""A keyword naming the site as its hyphenated host spells it is the house's label, no topic
("Probe Post" on probe-post.de, "Süddeutsche Probe" on sueddeutsche-probe.de); a host of
one word may be a topic ("WDR" on wdr.de lists it). Invented pages and keywords."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article


def _page(keywords: str, lang: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Windkraft</title>'
        f'<meta name="keywords" content="{keywords}"></head><body><article><h1>Windkraft</h1>'
        "<p>Die Landesregierung will das neue Gesetz noch vor der Sommerpause einbringen.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "keywords", "lang", "expected"),
    [
        (
            "https://www.probe-post.de/a/1",
            "Windkraft, Energie, Probe Post",
            "de",
            ["Windkraft", "Energie"],
        ),
        (
            "https://www.probe-taz.de/a/1",
            "Windkraft, Energie, probetaz",
            "de",
            ["Windkraft", "Energie"],
        ),
        (
            "https://www.sueddeutsche-probe.de/a/1",
            "Süddeutsche Probe, Windkraft",
            "de",
            ["Windkraft"],
        ),
        (
            "https://www.gazeta-przyklad.pl/a/1",
            "wiatraki, Gazeta Przykład, energia",
            "pl",
            ["wiatraki", "energia"],
        ),
        (
            "https://www.denik-priklad.cz/a/1",
            "Deník Příklad, větrné elektrárny",
            "cs",
            ["větrné elektrárny"],
        ),
        # guards: a one-word host's name may be a topic; a topic sharing one word stays
        ("https://www.probe.de/a/1", "Probe, Windkraft", "de", ["Probe", "Windkraft"]),
        (
            "https://www.probe-post.de/a/1",
            "Deutsche Post, Windkraft",
            "de",
            ["Deutsche Post", "Windkraft"],
        ),
        ("https://www.probe-post.de/a/1", "Probe, Windkraft", "de", ["Probe", "Windkraft"]),
    ],
)
def test_a_keyword_naming_the_hyphenated_host_is_no_topic(
    url: str, keywords: str, lang: str, expected: list[str]
) -> None:
    assert extract_article(_page(keywords, lang), url).topics == expected
