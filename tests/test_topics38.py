"""Topic lists shown on the page, confirmed by a compound whose head is a label (issue 10,
session 38): German, Dutch and the Scandinavian languages name a story's topic inside a
compound as often as alone ("Schule" as "Grundschule", "Energie" as "Solarenergie"). A label
closing such a word twice or more (the headline and the text) names it; once, in passing,
does not (a site's sections "Sport" and "Kultur" beside "Profisport" and "Esskultur"), nor
does a label inside a word ("Politik" in "Kommunalpolitiker"), nor a compound's end in a
language that does not join its nouns ("Sport" in English "transport"). Invented pages."""

# ruff: noqa: E501  -- table rows of invented texts read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.beispielblatt.example/lokales/artikel-20123.html"


def _page(lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]) -> str:
    items = "".join(f"<li><a href='/{folder}/{i}/'>{v}</a></li>" for i, v in enumerate(labels))
    box = f"<div class='box'><h3>{heading}</h3><ul>{items}</ul></div>"
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}"
        f"</title></head><body><header><nav><a href='/'>Start</a></nav></header><main>"
        f"<article><h1>{headline}</h1><p>{text}</p></article>{box}</main></body></html>"
    )


# (lang, headline, text, list heading, folder, labels): the story's own list, its labels
# named only as the heads of compounds, in the headline and again in the text
COMPOUNDS = [
    ("de", "Grundschule am Hafen bekommt einen Neubau",
     "Die Grundschule platzt aus allen Nähten, sagt die Rektorin. Der Neubau soll 2028 fertig sein.",
     "Themen", "thema", ["Schule", "Stadtplanung"]),
    ("de", "Solarenergie auf jedem Dach der Altstadt",
     "Die Stadtwerke wollen die Solarenergie ausbauen, der Denkmalschutz bremst.",
     "Schlagworte", "thema", ["Energie", "Denkmalpflege"]),
    ("nl", "Basisschool in de haven krijgt nieuwbouw",
     "De basisschool in de wijk zit vol, zegt de wethouder; de nieuwbouw komt in 2028.",
     "Onderwerpen", "onderwerp", ["School", "Woningbouw"]),
    ("sv", "Grundskolan vid hamnen får en ny byggnad",
     "Grundskolan är full, säger rektorn, och bygget ska vara klart 2028.",
     "Ämnen", "amne", ["Skola", "Stadsplanering"]),
    ("da", "Folkeskolen ved havnen får en ny bygning",
     "Folkeskolen er fyldt op, siger rektoren, og byggeriet skal stå færdigt i 2028.",
     "Emner", "emne", ["Skole", "Byplanlægning"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "heading", "folder", "labels"),
    COMPOUNDS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(COMPOUNDS)],
)
def test_a_label_heading_compounds_in_headline_and_text_confirms_the_list(
    lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]
) -> None:
    """(failed before: no label opened a word of the text, and the list was dropped)"""
    page = _page(lang, headline, text, heading, folder, labels)
    assert extract_article(page, URL).topics == labels


# Must not change: a site's sections under the story, a label at a compound's end once only,
# inside a word, or at a word's end in a language that does not join its nouns
NOT_NAMED = [
    ("de", "Stadtrat streitet über die Grundsteuer",
     "Die Kommunalpolitiker streiten, im Profisport und in der Esskultur ist das Geld knapp.",
     "Themen", "thema", ["Politik", "Sport", "Kultur"]),
    ("nl", "Gemeente verhoogt de parkeertarieven",
     "De wereldeconomie en de bedrijfscultuur van het stadhuis speelden mee, aldus de wethouder.",
     "Onderwerpen", "onderwerp", ["Economie", "Cultuur", "Politiek"]),
    # (a label inside words twice, before an ending no plural or case writes: "-er" makes
    # a person of "Politik")
    ("de", "Kommunalpolitiker streiten über die Grundsteuer",
     "Die Kommunalpolitiker und die Landespolitiker streiten.",
     "Themen", "thema", ["Politik", "Wirtschaft"]),
    ("en", "Transport chiefs back new transport plan",
     "The transport plan will cost more than the last transport plan, officials said.",
     "Topics", "topic", ["Sport", "Culture"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "headline", "text", "heading", "folder", "labels"),
    NOT_NAMED,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_NAMED)],
)
def test_a_site_list_stays_unconfirmed(
    lang: str, headline: str, text: str, heading: str, folder: str, labels: list[str]
) -> None:
    """(guard)"""
    page = _page(lang, headline, text, heading, folder, labels)
    assert extract_article(page, URL).topics == []
