"""Header lines inside the body container, and labelled promo links, are not article text.

Made-up pages: the container repeats the headline with a kicker, the byline and a date
line in the site's language, or carries "read also: <link>" lines between paragraphs.
"""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://zeitung.example/lokal/schule-100.html"
TITLE = "Alte Schule wird Kulturzentrum"
AUTHOR = "Jana Beispiel"
TEXT = [
    "Die Gemeinde hat am Montag beschlossen, die alte Schule in ein Kulturzentrum umzubauen, wie die Verwaltung mitteilte.",
    "Der Umbau soll im Frühjahr beginnen und rund zwei Jahre dauern, sagte die Bürgermeisterin am Abend vor dem Rat.",
    "Vereine aus dem Ort hatten sich seit Jahren für neue Räume für Proben, Kurse und Konzerte im Winter eingesetzt.",
]


def _page(head_lines: list[str], between: str = "") -> str:
    head = "".join(f"<p>{h}</p>" for h in head_lines)
    return (
        f'<html><head><title>{TITLE}</title><meta name="author" content="{AUTHOR}"></head><body>'
        f'<h1>{TITLE}</h1><div class="content">{head}<p>{TEXT[0]}</p>{between}<p>{TEXT[1]}</p><p>{TEXT[2]}</p></div>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "head_lines",
    [
        [f"Umbau im Ort – {TITLE}", f"Von {AUTHOR}"],  # kicker and headline, byline
        [
            "Lokales",
            f"Kultur: {TITLE}",
            "Mo 06.04.26 | 10:15 Uhr",
        ],  # section, kicker line, date line
        [f"{TITLE} | Zeitung", f"Stand: 06.04.2026, 10:15 Uhr | {AUTHOR}"],
        ["Uppdaterad 15.59 | Publicerad 14.14"],  # a date line in another language
        [f"Par {AUTHOR}", "Publié le 2026-04-06"],
    ],
)
def test_header_lines_repeated_in_the_container_are_dropped(head_lines: list[str]) -> None:
    assert extract_article(_page(head_lines), URL).body == "\n\n".join(TEXT)


@pytest.mark.parametrize(
    "head_lines",
    [
        # a short first paragraph naming the headline's words inside a sentence
        ["Der Rat hat es entschieden: Alte Schule wird Kulturzentrum."],
        # a short quote opening the story
        ["„Wir haben lange darauf gewartet“, sagt eine Sängerin."],
    ],
)
def test_short_opening_sentences_stay(head_lines: list[str]) -> None:
    assert extract_article(_page(head_lines), URL).body == "\n\n".join([*head_lines, *TEXT])


@pytest.mark.parametrize(
    "line",
    [
        '<p>ALSO READ: <a href="/x">Ferry timetable changes for the summer</a></p>',
        '<p>Lesen Sie auch | <a href="/x">Wie andere Gemeinden ihre Schulen nutzen</a></p>',
        '<p><strong>FUNDA OLUNYE UDABA LAPHA |</strong> <a href="/x">Umhlangano womphakathi uhlehlisiwe</a></p>',
        '<p>Les også: <a href="/x">Slik bruker andre kommuner gamle skoler</a></p>',
    ],
)
def test_a_label_then_only_a_link_is_a_promo(line: str) -> None:
    assert extract_article(_page([], between=line), URL).body == "\n\n".join(TEXT)


def test_a_sentence_ending_in_a_link_stays() -> None:
    line = '<p>Die Pläne liegen im Rathaus aus, mehr dazu unter: <a href="/x">Bauamt</a></p>'
    body = extract_article(_page([], between=line), URL).body or ""
    assert "Die Pläne liegen im Rathaus aus, mehr dazu unter: Bauamt" in body
