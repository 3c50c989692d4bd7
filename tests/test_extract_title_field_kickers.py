"""A label the social fields put before the headline ("Exklusiv: ...") goes from each of them (issue 10).

Every page here is invented. twitter:title puts a label before the headline the page's h1
(or JSON-LD headline) states alone, and og:title puts the same label before a rewrite of
it: the label is the fields', no part of either title (`title._field_kickers`). Each
cutting row fails without that rule; the last rows keep the label where the h1 shows it
or no source states the headline alone.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

URL = "https://www.example.test/region/a-1"
EN = "Council backs new harbour plan after long debate"
EN2 = "Harbour plan: what the council's vote means for residents"
DE = "Stadtrat stimmt dem neuen Hafenplan nach langer Debatte zu"
DE2 = "Hafenplan beschlossen: Das ändert sich für Anwohner"
ES = "El concejo aprueba el nuevo plan del puerto tras un largo debate"
ES2 = "Plan del puerto: qué cambia para los vecinos"
JA = "市議会が港の新しい整備計画を可決"
JA2 = "港の整備計画、住民への影響は"
KO = "시의회 새 항구 계획 통과"
KO2 = "항구 계획, 주민에게 무엇이 바뀌나"


def _page(og: str, tw: str, h1: str, headline: str | None = None) -> str:
    head = f'<meta property="og:title" content="{og}"><meta name="twitter:title" content="{tw}">'
    if headline:
        data = {"@type": "NewsArticle", "headline": headline}
        head += (
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        )
    text = "<p>" + "Lorem ipsum dolor sit amet. " * 10 + "</p>"
    return f"<html><head>{head}</head><body><header><h1>{h1}</h1></header><main>{text}</main></body></html>"


@pytest.mark.parametrize(
    ("og", "tw", "h1", "headline", "expected"),
    [
        pytest.param(f"Exclusive: {EN2}", f"Exclusive: {EN}", EN, None, EN2, id="en-colon"),
        pytest.param(f"Exklusiv: {DE2}", f"Exklusiv: {DE}", DE, None, DE2, id="de-colon"),
        pytest.param(f"Exclusiva | {ES2}", f"Exclusiva | {ES}", ES, None, ES2, id="es-bar"),
        pytest.param(f"速報：{JA2}", f"速報：{JA}", JA, None, JA2, id="ja-full-width-colon"),
        pytest.param(f"단독 | {KO2}", f"단독 | {KO}", KO, None, KO2, id="ko-bar"),
        # the headline the h1 shows beside og:title's rewrite is the title, label cut from both
        pytest.param(f"Exklusiv | {DE2}", f"Exklusiv | {DE}", DE, DE, DE, id="de-headline-shown"),
        # ... but a label the h1 shows is the title's, and one before no headline the page
        # states alone says nothing
        pytest.param(f"Exklusiv: {DE2}", f"Exklusiv: {DE}", f"Exklusiv: {DE}", None, f"Exklusiv: {DE2}", id="de-label-shown-stays"),
        pytest.param(f"Exklusiv: {DE2}", f"Exklusiv: {DE2}", "Hafen", None, f"Exklusiv: {DE2}", id="de-no-headline-alone-stays"),
    ],
)  # fmt: skip
def test_a_label_the_fields_add_goes(
    og: str, tw: str, h1: str, headline: str | None, expected: str
) -> None:
    assert extract_article(_page(og, tw, h1, headline), URL).title == expected
