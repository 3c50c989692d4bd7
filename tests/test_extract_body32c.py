"""Body text of invented pages: a story's own service box under a label that heads promos as
often as facts ("Más información", "See also", "Mehr zum Thema") stays, its "Key: value"
lines (opening times, prices, addresses, phone numbers) being facts of the story, never
other pieces' titles; a promo's titles under the same labels still go, a title with a
kicker before a colon ("Ukraine-Krieg: Waffenruhe hält") among them. Invented sites,
stories, places and titles."""

from __future__ import annotations

import pytest

from newsarchive.extract.furniture import is_title_line
from tests.test_extract_body32 import STORIES, _lines

# the story's own service box under a promo-or-facts label, a "Key: value" line or more in it
SERVICE_BOXES = [
    (
        "es",
        "Más información",
        ["Horario: 10 a 18 h", "Dirección: Calle Mayor 5", "Entrada gratuita"],
    ),
    (
        "es",
        "Más información",
        ["Entrada gratuita", "Horario: de martes a domingo, de 10 a 18 h", "Teléfono: 912 345 678"],
    ),
    (
        "de",
        "Mehr zum Thema",
        [
            "Öffnungszeiten: Di bis So 10 bis 18 Uhr",
            "Eintritt: 12 Euro",
            "Tickets: an der Abendkasse",
        ],
    ),
    ("de", "Mehr zum Thema", ["Adresse: Lindenweg 14, 30159 Hannover", "Eintritt: frei"]),
    (
        "en",
        "See also",
        ["Opening hours: 10am to 6pm", "Tickets: £12, under-16s free", "Phone: 020 7946 0958"],
    ),
    (
        "en",
        "See also",
        ["Where: Riverside Hall", "When: Saturday, 7.30pm", "Tickets: $25 at the door"],
    ),
    ("fr", "Lire aussi", ["Horaires : 9 h à 17 h", "Tarif : 8 €", "Adresse : 12 rue des Lilas"]),
    (
        "pt",
        "Leia também",
        ["Horário: das 9h às 17h", "Ingressos: R$ 40", "Telefone: (11) 3456-7890"],
    ),
]
SHAPES = [
    "<p>{label}</p>{lines}",
    "<p><strong>{label}</strong></p>{lines}",
]


@pytest.mark.parametrize(("lang", "label", "facts"), SERVICE_BOXES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_service_box_under_a_promo_label_stays(
    lang: str, label: str, facts: list[str], shape: str
) -> None:
    got = _lines(lang, shape.format(label=label, lines="".join(f"<p>{f}</p>" for f in facts)))
    assert all(f in got for f in facts)
    assert all(p in got for p in STORIES[lang][1])


@pytest.mark.parametrize(("lang", "label", "facts"), SERVICE_BOXES[:3])
def test_a_service_list_under_a_promo_label_stays(lang: str, label: str, facts: list[str]) -> None:
    items = "".join(f"<li>{f}</li>" for f in facts)
    got = _lines(lang, f"<p>{label}</p><ul>{items}</ul>")
    assert all(f in " ".join(got) for f in facts)


# a promo's titles under the same labels still go, kicker colons and numbers in headlines too
PROMOS = [
    (
        "de",
        "Lesen Sie auch",
        [
            "Ukraine-Krieg: Waffenruhe hält",
            "Stadtrat tagt am Montag",
            "Neues Freibad öffnet im Juni",
        ],
    ),
    (
        "de",
        "Mehr zum Thema",
        [
            "Bundesliga: Bayern siegt 3:1 in Dortmund",
            "Corona: 500 neue Fälle in der Stadt",
            "Wahl 2026: CDU legt zu",
        ],
    ),
    (
        "en",
        "Read more:",
        [
            "Brexit: May faces new vote",
            "Council approves new bridge",
            "Budget: what the mayor wants",
        ],
    ),
    (
        "es",
        "Más información",
        [
            "Crisis: El Gobierno aprueba el plan",
            "Los bomberos rescatan a un gato",
            "La piscina abrirá en junio",
        ],
    ),
    (
        "pt",
        "Leia também",
        [
            "Eleições: Prefeito lidera pesquisa",
            "Chuva forte alaga ruas do centro",
            "Vereadores aprovam reajuste",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "label", "titles"), PROMOS)
@pytest.mark.parametrize("linked", [False, True])
def test_promo_titles_with_kickers_still_go(
    lang: str, label: str, titles: list[str], linked: bool
) -> None:
    line = "<p><a href='/n/{i}.html'>{t}</a></p>" if linked else "<p>{t}</p>"
    got = _lines(
        lang, f"<p>{label}</p>" + "".join(line.format(i=i, t=t) for i, t in enumerate(titles))
    )
    assert got == STORIES[lang][1]


def test_linked_titles_under_saiba_mais_still_go() -> None:
    titles = ["Prefeitura anuncia novo parque", "Chuva: ruas alagadas no centro"]
    middle = "<p>Saiba mais</p>" + "".join(
        f'<a href="/n/{i}.html"><p>{t}</p></a>' for i, t in enumerate(titles)
    )
    assert _lines("pt", middle) == STORIES["pt"][1]


FACTS = [
    "Horario: 10 a 18 h",
    "Öffnungszeiten: 9–17 Uhr",
    "Eintritt: 12 Euro",
    "Precio: 15 €",
    "Tickets: £12",
    "Preço: R$ 40",
    "Tel.: 030 1234567",
    "Phone: +44 20 7946 0958",
    "Dirección: Calle Mayor 5",
    "Adresse: Lindenweg 14, 30159 Hannover",
    "Web: www.museum-beispiel.example",
    "E-Mail: kasse@museum-beispiel.example",
    "営業時間：10時〜18時",
]
HEADLINES = [
    "Ukraine-Krieg: Waffenruhe hält",
    "Bundesliga: Bayern siegt 3:1 in Dortmund",
    "Corona: 500 neue Fälle in der Stadt",
    "Wahl 2026: CDU legt zu",
    "Brexit: May faces new vote",
    "Stuttgart 21: Bahn nennt neue Kosten",
    "Neues Freibad öffnet im Juni",
]


@pytest.mark.parametrize("line", FACTS)
def test_key_value_facts_are_no_titles(line: str) -> None:
    assert not is_title_line(line)


@pytest.mark.parametrize("line", HEADLINES)
def test_headlines_with_kickers_are_titles(line: str) -> None:
    assert is_title_line(line)
