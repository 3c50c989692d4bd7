"""A line of two date stamps under the byline ("Veröffentlicht am ... Zuletzt aktualisiert
am ...") is no text, though longer than a single stamp; nor is a stamp stated against the
fetch ("Aktualisiert: vor 35 Minuten"). Invented pages and sentences."""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = {
    "de": [
        "Die Veranstalter zogen eine positive Bilanz, räumten aber Probleme beim Einlass am ersten Abend ein, als sich lange Schlangen bildeten.",
        "Für das kommende Jahr sind bereits erste Bands bestätigt, der Vorverkauf beginnt nach Angaben der Organisatoren Anfang Februar.",
    ],
    "en": [
        "The organisers drew a positive balance but admitted problems at the entrance on the first evening, when long queues formed at the gates.",
        "The first bands for next year have already been confirmed, and advance ticket sales begin in early February, the organisers said.",
    ],
    "cs": [
        "Pořadatelé hodnotí ročník kladně, přiznali však potíže u vstupu první večer, kdy se před branami tvořily dlouhé fronty návštěvníků.",
        "První kapely na příští rok jsou už potvrzené a předprodej vstupenek začne podle organizátorů na začátku února příštího roku.",
    ],
    "pl": [
        "Organizatorzy oceniają festiwal pozytywnie, ale przyznali, że pierwszego wieczoru przed bramami tworzyły się długie kolejki.",
        "Pierwsze zespoły na przyszły rok są już potwierdzone, a przedsprzedaż biletów ruszy według organizatorów na początku lutego.",
    ],
}


def _page(line: str, lang: str) -> str:
    story = "".join(f"<p>{t}</p>" for t in STORY[lang])
    return (
        f'<html lang="{lang}"><head><title>Festival</title></head><body><article><h1>Festival am See</h1>'
        f'<div class="byline">Karin Probe</div><div class="dates">{line}</div>{story}</article></body></html>'
    )


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        (
            "Veröffentlicht am 3. Dezember 2026 Zuletzt aktualisiert am 4. Dezember 2026, 09:10 Uhr",
            "de",
        ),
        (
            "<span>Veröffentlicht am 3. Dezember 2026</span> <span>Aktualisiert am 4. Dezember 2026, 09:10 Uhr</span>",
            "de",
        ),
        (
            "Erschienen am 3. Dezember 2026, 14:05 Uhr, zuletzt aktualisiert am 4. Dezember 2026, 09:10 Uhr",
            "de",
        ),
        # a stamp stated against the fetch
        ("Aktualisiert: vor 35 Minuten", "de"),
        ("Veröffentlicht vor 2 Tagen", "de"),
        ("<span>Updated 2 hours ago</span>", "en"),
        ("Aktualizováno před 3 hodinami", "cs"),
        ("Zaktualizowano 2 godziny temu", "pl"),
        # already dropped before: they must stay so
        ("Veröffentlicht: 03.12.2026, 14:05 Uhr | Aktualisiert: 04.12.2026, 09:10 Uhr", "de"),
        (
            "<span>Published 3 December 2026, 14:05</span> <span>Last updated 4 December 2026, 09:10</span>",
            "en",
        ),
        ("Publikováno 3. prosince 2026 14:05, aktualizováno 4. prosince 2026 9:10", "cs"),
        (
            "<span>Opublikowano 3 grudnia 2026 14:05</span> <span>Zaktualizowano 4 grudnia 2026 09:10</span>",
            "pl",
        ),
    ],
)
def test_a_stamp_line_is_no_text(line: str, lang: str) -> None:
    body = extract_article(_page(line, lang), "https://www.probe-echo.de/kultur/festival-1").body
    assert body == "\n\n".join(STORY[lang])


@pytest.mark.parametrize(
    "line",
    [
        # guards: a sentence after the second stamp, a story line naming two dates
        "Veröffentlicht am 3. Dezember 2026, aktualisiert am 4. Dezember 2026 nach neuen Angaben der Veranstalter zum Einlass",
        "Die Zahlen wurden am 3. Dezember 2026 veröffentlicht und am 4. Dezember 2026 aktualisiert",
        "Aktualisiert wurde der Plan vor 3 Jahren nicht mehr, sagt die Sprecherin",
    ],
)
def test_a_line_with_more_than_stamps_stays(line: str) -> None:
    body = (
        extract_article(
            _page(f"<p>{line}</p>", "de"), "https://www.probe-echo.de/kultur/festival-1"
        ).body
        or ""
    )
    assert line in body


def test_a_swiss_writer_profile_closing_the_text_goes() -> None:
    """ "Redaktorin", Swiss German's "Redakteurin", in the one-sentence profile under the text."""
    story = "".join(f"<p>{t}</p>" for t in STORY["de"])
    page = (
        '<html lang="de-CH"><head><title>Festival</title></head><body><article><h1>Festival am See</h1>'
        f"{story}<p>Karin Probe ist Redaktorin im Ressort Kultur und schreibt über Musik.</p></article></body></html>"
    )
    assert extract_article(
        page, "https://www.probe-zeitung.ch/kultur/festival-1"
    ).body == "\n\n".join(STORY["de"])
