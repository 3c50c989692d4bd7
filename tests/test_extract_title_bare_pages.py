"""A page with no og:title and no JSON-LD headline: its <title> and its h1 state two titles.

A small CMS or a hand-made template often writes no social or structured metadata: the
<title> is the search engines' text, set apart from the headline ("Storm: what we know |
Site"), and the h1 the headline a reader sees. The title is the h1 then. Where the two
are one title spelt otherwise (curly quotes for straight ones) or the h1 is a kicker or a
teaser's link, the <title> still decides. Invented pages, one row per language.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

_TEXT = {
    "en": "The council voted on Tuesday to rebuild the old harbour wall, which has been "
    "damaged by several winter storms over the past ten years.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer zu erneuern, "
    "die in den vergangenen zehn Jahren von mehreren Winterstürmen beschädigt wurde.",
    "fr": "Le conseil municipal a décidé mardi de reconstruire l'ancien mur du port, "
    "endommagé par plusieurs tempêtes d'hiver au cours des dix dernières années.",
    "sv": "Kommunfullmäktige beslutade på tisdagen att bygga om den gamla hamnmuren, som "
    "har skadats av flera vinterstormar under de senaste tio åren.",
    "es": "El pleno del ayuntamiento aprobó el martes reconstruir el antiguo muro del "
    "puerto, dañado por varios temporales de invierno en los últimos diez años.",
    "it": "Il consiglio comunale ha deciso martedì di ricostruire il vecchio muro del "
    "porto, danneggiato da diverse tempeste invernali negli ultimi dieci anni.",
}


def _page(lang: str, tab: str, heading: str) -> str:
    paras = "".join(f"<p>{_TEXT[lang]} ({i})</p>" for i in range(4))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{tab}</title>'
        f'</head><body><header><a href="/">Hafenbote</a></header><main><article>'
        f"{heading}{paras}</article></main></body></html>"
    )


# (language, <title>, the article's heading markup, the title a reader sees)
SEO_TAB = [
    ("en", "Harbour wall: council approves rebuild after storms | Harbour Post",
     "<h1>Old harbour wall to be rebuilt after years of storm damage</h1>",
     "Old harbour wall to be rebuilt after years of storm damage"),
    ("de", "Hafenmauer Seestadt: Gemeinderat beschließt Sanierung - Hafenbote",
     "<h1>Die alte Hafenmauer wird endlich erneuert</h1>",
     "Die alte Hafenmauer wird endlich erneuert"),
    ("fr", "Mur du port : le conseil vote la reconstruction | L'Écho du Port",
     "<h1>Après les tempêtes, le vieux mur du port sera reconstruit</h1>",
     "Après les tempêtes, le vieux mur du port sera reconstruit"),
    ("sv", "Hamnmuren byggs om efter stormarna – Hamnbladet",
     "<h1>Kommunen satsar miljoner på den gamla hamnmuren</h1>",
     "Kommunen satsar miljoner på den gamla hamnmuren"),
    ("es", "Muro del puerto: el pleno aprueba su reconstrucción | Diario del Puerto",
     '<h1><span class="kicker">Temporales</span> El viejo muro del puerto será '
     "reconstruido</h1>",
     "El viejo muro del puerto será reconstruido"),
]  # fmt: skip

# The <title> stays: the same title spelt otherwise, an h1 of two words, a teaser's link.
TAB_STAYS = [
    ("en", "Council's plan for the 'new' harbour wall | Harbour Post",
     "<h1>Council’s plan for the ‘new’ harbour wall</h1>",
     "Council's plan for the 'new' harbour wall"),
    ("de", "Gemeinderat beschließt Sanierung der Hafenmauer - Hafenbote",
     "<h1>Hafen aktuell</h1>",
     "Gemeinderat beschließt Sanierung der Hafenmauer"),
    ("it", "Il comune ricostruirà il muro del porto | Hafenbote",
     '<h1><a href="/altro/articolo-123">Tutte le notizie della settimana sul porto</a></h1>',
     "Il comune ricostruirà il muro del porto"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "tab", "heading", "want"), SEO_TAB, ids=[r[0] for r in SEO_TAB])
def test_h1_over_a_search_tab(lang, tab, heading, want):
    art = extract_article(_page(lang, tab, heading), "https://hafen.example/news/2025/wall-1")
    assert art.title == want


@pytest.mark.parametrize(
    ("lang", "tab", "heading", "want"), TAB_STAYS, ids=[r[0] for r in TAB_STAYS]
)
def test_tab_kept(lang, tab, heading, want):
    art = extract_article(_page(lang, tab, heading), "https://hafen.example/news/2025/wall-1")
    assert art.title == want
