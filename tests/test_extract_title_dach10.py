"""A site named by a number and a word, its host the number and the word's first letters
("20 Minuten" on 20min.ch), with no meta naming it: its name after the headline goes.
Invented titles, hosts and headlines."""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article


def _page(title: str, h1: str, lang: str = "de") -> str:
    return (
        f'<html lang="{lang}"><head><title>{title}</title><meta property="og:title" content="{title}"></head>'
        f"<body><article><h1>{h1}</h1><p>Die Nationalbank hat den Leitzins um einen Viertelprozentpunkt angehoben.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "title", "h1", "lang", "expected"),
    [
        (
            "https://www.30min.ch/story/a-1",
            "Leitzins steigt: SNB überrascht - 30 Minuten",
            "Zinsschritt der Nationalbank",
            "de",
            "Leitzins steigt: SNB überrascht",
        ),
        (
            "https://www.100sek.de/a-1",
            "Zinsen steigen erneut | 100 Sekunden",
            "Nationalbank erhöht",
            "de",
            "Zinsen steigen erneut",
        ),
        (
            "https://www.12min.fr/a-1",
            "La banque centrale relève son taux - 12 Minutes",
            "Hausse des taux",
            "fr",
            "La banque centrale relève son taux",
        ),
        # guards: the number and word inside the headline, another number, another host
        (
            "https://www.30min.ch/story/a-2",
            "Pizza backen in 30 Minuten",
            "Schnelle Küche",
            "de",
            "Pizza backen in 30 Minuten",
        ),
        (
            "https://www.30min.ch/story/a-3",
            "Rekordlauf - 3 Minuten",
            "Schnelle Küche",
            "de",
            "Rekordlauf - 3 Minuten",
        ),
        (
            "https://www.fitness-probe.de/a-4",
            "Bauchtraining - 30 Minuten",
            "Schnelles Training",
            "de",
            "Bauchtraining - 30 Minuten",
        ),
    ],
)
def test_a_number_and_word_named_by_its_host(
    url: str, title: str, h1: str, lang: str, expected: str
) -> None:
    assert extract_article(_page(title, h1, lang), url).title == expected
