"""A brief of two paragraphs in the headline's block, and beside or below it a column of
other briefs with no heading over it, each a paragraph opening with its bold title
("<p><b>Rathaus.</b> Die Sanierung ...</p>"): the body is the brief alone. A page that
is the column itself (its items in the headline's block) keeps every item; an interview
beside its intro, whose bold labels repeat, stays the body. Made-up pages in four
languages."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://town-post.example/2026/12/04/harbour-works.html"
BRIEF = {
    "en": [
        "The harbour board agreed on Monday to repair the north pier, damaged in last week's storm.",
        "The pier will stay closed to anglers until the builders have replaced its broken railings.",
    ],
    "de": [
        "Der Hafenausschuss hat am Montag beschlossen, die vom Sturm beschädigte Nordmole zu reparieren.",
        "Die Mole bleibt für Angler gesperrt, bis die Handwerker das kaputte Geländer ersetzt haben.",
    ],
    "fr": [
        "Le conseil portuaire a décidé lundi de réparer la jetée nord, abîmée par la tempête de la semaine dernière.",
        "La jetée restera fermée aux pêcheurs jusqu'au remplacement de ses garde-corps cassés.",
    ],
    "pt": [
        "A administração do porto decidiu na segunda-feira reparar o molhe norte, danificado pela tempestade.",
        "O molhe ficará fechado aos pescadores até que as grades partidas sejam substituídas.",
    ],
}
HEADLINE = {
    "en": "North pier to be repaired",
    "de": "Nordmole wird repariert",
    "fr": "La jetée nord sera réparée",
    "pt": "Molhe norte será reparado",
}
ITEMS = {
    "en": [
        ("Library", "The town library opens on Sundays from January, for half a year at first."),
        ("Market", "The weekly market moves to the school car park for three weeks of works."),
        ("Pool", "The indoor pool stays shut until the end of the month after a pump failed."),
        (
            "Fire brigade",
            "The volunteer fire brigade holds an open day on Saturday to find members.",
        ),
        ("Buses", "The night bus runs every half hour again from next week, the operator said."),
    ],
    "de": [
        (
            "Bibliothek",
            "Die Stadtbibliothek öffnet ab Januar sonntags, zunächst für ein halbes Jahr.",
        ),
        ("Markt", "Der Wochenmarkt zieht für drei Wochen auf den Parkplatz an der Schule um."),
        ("Hallenbad", "Das Hallenbad bleibt nach einem Pumpenschaden bis Monatsende geschlossen."),
        (
            "Feuerwehr",
            "Die freiwillige Feuerwehr lädt am Samstag zu einem Tag der offenen Tür ein.",
        ),
        (
            "Busse",
            "Der Nachtbus fährt ab nächster Woche wieder jede halbe Stunde, sagt der Betreiber.",
        ),
    ],
    "fr": [
        ("Médiathèque", "La médiathèque ouvrira le dimanche dès janvier, à l'essai pour six mois."),
        (
            "Marché",
            "Le marché hebdomadaire déménage sur le parking de l'école pendant trois semaines.",
        ),
        (
            "Piscine",
            "La piscine couverte reste fermée jusqu'à la fin du mois après une panne de pompe.",
        ),
        ("Pompiers", "Les pompiers volontaires organisent samedi une journée portes ouvertes."),
        ("Bus", "Le bus de nuit repasse toutes les demi-heures dès la semaine prochaine."),
    ],
    "pt": [
        (
            "Biblioteca",
            "A biblioteca municipal abre aos domingos a partir de janeiro, por seis meses.",
        ),
        ("Mercado", "O mercado semanal muda-se para o parque da escola durante três semanas."),
        (
            "Piscina",
            "A piscina coberta fica fechada até ao fim do mês depois de uma avaria na bomba.",
        ),
        ("Bombeiros", "Os bombeiros voluntários fazem no sábado um dia aberto para recrutar."),
        (
            "Autocarros",
            "O autocarro noturno volta a passar de meia em meia hora na próxima semana.",
        ),
    ],
}


def _items(lang: str, mark: str = "b", end: str = ".") -> str:
    return "".join(f"<p><{mark}>{t}{end}</{mark}> {x}</p>" for t, x in ITEMS[lang])


def _brief(lang: str) -> str:
    return f"<h1>{HEADLINE[lang]}</h1>" + "".join(f"<p>{t}</p>" for t in BRIEF[lang])


LAYOUTS = {
    "column in the next <div>": lambda lang: (
        f"<div class='c1'>{_brief(lang)}</div><div class='c2'>{_items(lang)}</div>"
    ),
    "column in a row beside": lambda lang: (
        f"<div class='row'><div class='a'>{_brief(lang)}</div><div class='b'>{_items(lang, 'strong', ':')}</div></div>"
    ),
    "column in the next table cell": lambda lang: (
        f"<table><tr><td>{_brief(lang)}</td><td>{_items(lang)}</td></tr></table>"
    ),
}


def _page(lang: str, inner: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE[lang]}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav>{inner}<footer><p>Imprint</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(BRIEF))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_column_of_other_briefs_is_not_the_body(layout: str, lang: str) -> None:
    body = extract_article(_page(lang, LAYOUTS[layout](lang)), URL).body or ""
    assert all(t in body for t in BRIEF[lang]), body
    assert not any(x in body for _, x in ITEMS[lang]), body


@pytest.mark.parametrize("lang", sorted(BRIEF))
def test_a_page_that_is_the_column_keeps_its_items(lang: str) -> None:
    inner = f"<div class='c1'><h1>{HEADLINE[lang]}</h1>{_items(lang)}</div>"
    body = extract_article(_page(lang, inner), URL).body or ""
    assert all(x in body for _, x in ITEMS[lang]), body


@pytest.mark.parametrize("lang", sorted(BRIEF))
def test_an_interview_beside_its_intro_stays_the_body(lang: str) -> None:
    """Its bold labels repeat (the two speakers): no column of briefs."""
    turns = "".join(
        f"<p><b>{'Q' if i % 2 == 0 else 'A'}:</b> {x}</p>" for i, (_, x) in enumerate(ITEMS[lang])
    )
    inner = f"<div class='c1'>{_brief(lang)}</div><div class='c2'>{turns}</div>"
    body = extract_article(_page(lang, inner), URL).body or ""
    assert all(x in body for _, x in ITEMS[lang]), body
