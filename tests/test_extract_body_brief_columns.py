"""A brief of two paragraphs in the headline's own block, and beside it a longer box that
opens with a heading of its own: a "Background" box, or a column of other briefs, set in
a <div> next to the brief's or in the next cell of a layout table. The box outweighs the
brief, but the story is in the headline's column. Made-up pages in five languages; and a
story body opening with a subhead below a header of lead paragraphs, which stays."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://valley-news.example/2026/12/04/school-roof.html"
BRIEF = {
    "en": [
        "The school board approved on Monday the repair of the primary school's roof, damaged in last week's storm.",
        "Lessons will move to the sports hall for three weeks while the builders replace the broken tiles.",
    ],
    "de": [
        "Der Schulausschuss hat am Montag die Reparatur des Grundschuldachs beschlossen, das der Sturm beschädigt hatte.",
        "Der Unterricht zieht für drei Wochen in die Turnhalle, während die Dachdecker die Ziegel ersetzen.",
    ],
    "fr": [
        "Le conseil d'école a approuvé lundi la réparation du toit de l'école primaire, abîmé par la tempête.",
        "Les cours auront lieu au gymnase pendant trois semaines, le temps de remplacer les tuiles cassées.",
    ],
    "es": [
        "El consejo escolar aprobó el lunes reparar el tejado del colegio, dañado por el temporal de la semana pasada.",
        "Las clases se trasladarán al polideportivo durante tres semanas mientras se cambian las tejas rotas.",
    ],
    "it": [
        "Il consiglio scolastico ha approvato lunedì la riparazione del tetto della scuola, danneggiato dal temporale.",
        "Le lezioni si terranno in palestra per tre settimane, il tempo di sostituire le tegole rotte.",
    ],
}
HEADLINE = {
    "en": "School roof to be repaired",
    "de": "Schuldach wird repariert",
    "fr": "Le toit de l'école sera réparé",
    "es": "El tejado del colegio será reparado",
    "it": "Il tetto della scuola sarà riparato",
}
BOX_HEADING = {
    "en": "Background",
    "de": "Hintergrund",
    "fr": "Contexte",
    "es": "Contexto",
    "it": "Il contesto",
}
OTHER = {
    "en": "In another part of the valley, the council reopened the old mill road after months of work on its bridge",
    "de": "In einem anderen Teil des Tals hat die Gemeinde die alte Mühlenstraße nach monatelangen Brückenarbeiten wieder geöffnet",
    "fr": "Dans une autre partie de la vallée, la commune a rouvert la route du moulin après des mois de travaux sur son pont",
    "es": "En otra parte del valle, el ayuntamiento reabrió la carretera del molino tras meses de obras en su puente",
    "it": "In un'altra parte della valle, il comune ha riaperto la strada del mulino dopo mesi di lavori sul ponte",
}


def _box(lang: str) -> str:
    """A box longer than the brief: a heading and five paragraphs of other news."""
    lines = "".join(f"<p>{OTHER[lang]} ({i + 1}).</p>" for i in range(5))
    return f"<h3>{BOX_HEADING[lang]}</h3>{lines}"


def _brief(lang: str) -> str:
    return "".join(f"<p>{t}</p>" for t in BRIEF[lang])


def _page(lang: str, layout: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE[lang]}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>{layout}</body></html>"
    )


def div_columns(lang: str) -> str:
    return (
        f"<div class='g1'><div class='c5'><h1>{HEADLINE[lang]}</h1>{_brief(lang)}</div>"
        f"<div class='c6'>{_box(lang)}</div></div>"
    )


def article_beside_a_box(lang: str) -> str:
    return (
        f"<div class='g1'><article><h1>{HEADLINE[lang]}</h1>{_brief(lang)}</article>"
        f"<div class='c6'>{_box(lang)}</div></div>"
    )


def table_cells(lang: str) -> str:
    return (
        f"<table><tr><td valign='top'><h1>{HEADLINE[lang]}</h1>{_brief(lang)}</td>"
        f"<td width='220'>{_box(lang)}</td></tr></table>"
    )


LAYOUTS = {
    "two <div> columns": div_columns,
    "an <article> beside the box": article_beside_a_box,
    "a layout table's two cells": table_cells,
}


@pytest.mark.parametrize("lang", sorted(BRIEF))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_brief_beside_a_longer_headed_box(layout: str, lang: str) -> None:
    body = extract_article(_page(lang, LAYOUTS[layout](lang)), URL).body or ""
    assert all(t in body for t in BRIEF[lang]), body
    assert OTHER[lang] not in body and BOX_HEADING[lang] not in body


@pytest.mark.parametrize("lang", sorted(BRIEF))
def test_a_body_opening_with_a_subhead_below_a_lead_stays(lang: str) -> None:
    """The headline's block holds two lead paragraphs; the story's body, in the block after
    it, opens with a subhead and is far longer: the body is the story."""
    body_lines = "".join(f"<p>{OTHER[lang]} ({i + 1}).</p>" for i in range(9))
    layout = (
        f"<div class='g1'><div class='c5'><h1>{HEADLINE[lang]}</h1>{_brief(lang)}</div>"
        f"<div class='c6'><h2>{BOX_HEADING[lang]}</h2>{body_lines}</div></div>"
    )
    body = extract_article(_page(lang, layout), URL).body or ""
    assert f"{OTHER[lang]} (9)." in body and f"{OTHER[lang]} (1)." in body
