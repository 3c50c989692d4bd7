"""Sites whose host shortens their name, with no meta naming it: a number and a word's first
letters ("20 Minuten" on 20min.ch); initials before an edition word ("Peiner Allgemeine
Zeitung" on paz-online.de). Their name after the headline goes. Invented titles, hosts and
headlines."""

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


@pytest.mark.parametrize(
    ("url", "title", "lang", "expected"),
    [
        (
            "https://www.paz-online.de/lokales/a-1",
            "Streik legt Nahverkehr lahm - Probe Allgemeine Zeitung",
            "de",
            "Streik legt Nahverkehr lahm",
        ),
        (
            "https://www.hn-online.de/a-2",
            "Streik legt Nahverkehr lahm | Hafener Nachrichten",
            "de",
            "Streik legt Nahverkehr lahm",
        ),
        (
            "https://www.nwzonline.de/a-3",
            "Streik legt Nahverkehr lahm | Nordwest Wochen Zeitung",
            "de",
            "Streik legt Nahverkehr lahm",
        ),
        (
            "https://www.dhm-online.co.uk/a-4",
            "Strike halts buses and trams - Daily Harbour Mail",
            "en",
            "Strike halts buses and trams",
        ),
        # guards: a part naming no site, on such a host
        (
            "https://www.paz-online.de/lokales/a-5",
            "Streik in Peine - was Pendler wissen müssen",
            "de",
            "Streik in Peine - was Pendler wissen müssen",
        ),
        (
            "https://www.hn-online.de/a-6",
            "Streik legt Nahverkehr lahm | Hamburg Neustadt",
            "de",
            "Streik legt Nahverkehr lahm | Hamburg Neustadt",
        ),
    ],
)
def test_initials_before_an_edition_word_in_the_host(
    url: str, title: str, lang: str, expected: str
) -> None:
    assert (
        extract_article(_page(title, "Verdi ruft zum Warnstreik auf", lang), url).title == expected
    )
