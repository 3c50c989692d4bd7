"""A page with no metadata title (no og:title, no JSON-LD headline): its <title> and its h1.

A small CMS or a hand-made template often writes no social or structured metadata: the
<title> is the search engines' text, set apart from the headline ("Storm: what we know |
Site"), and the h1 the headline a reader sees. The title is the h1 then, where the h1 is
the article's headline: the only h1 of the page's own that links nowhere (a section's or a
teaser's h1 linking elsewhere beside it is no rival), not a kicker of two words. Where the
two state one title (a badge or a subtitle element beside the <title>'s words in the h1, a
word split over two spans, a <title> holding the h1 and a word more), or the page has a
metadata title too, the <title> still decides as before. Invented pages, one row per
language.
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
    "nl": "De gemeenteraad heeft dinsdag besloten de oude havenmuur te herbouwen, die de "
    "afgelopen tien jaar door meerdere winterstormen is beschadigd.",
}
_URL = "https://hafen.example/news/2025/wall-1"


def _page(lang: str, tab: str, heading: str, after: str = "", head: str = "") -> str:
    paras = "".join(f"<p>{_TEXT[lang]} ({i})</p>" for i in range(4))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{tab}</title>'
        f'{head}</head><body><header><a href="/">Hafenbote</a></header><main><article>'
        f"{heading}{paras}</article></main>{after}</body></html>"
    )


# (id, language, <title>, the article's heading markup, markup after <main>, the title)
H1_WINS = [
    ("en-seo-tab", "en", "Harbour wall: council approves rebuild after storms | Hafenbote",
     "<h1>Old harbour wall to be rebuilt after years of storm damage</h1>", "",
     "Old harbour wall to be rebuilt after years of storm damage"),
    ("de-seo-tab", "de", "Hafenmauer Seestadt: Gemeinderat beschließt Sanierung - Hafenbote",
     "<h1>Die alte Hafenmauer wird endlich erneuert</h1>", "",
     "Die alte Hafenmauer wird endlich erneuert"),
    ("fr-seo-tab", "fr", "Mur du port : le conseil vote la reconstruction | Hafenbote",
     "<h1>Après les tempêtes, le vieux mur du port sera reconstruit</h1>", "",
     "Après les tempêtes, le vieux mur du port sera reconstruit"),
    ("sv-seo-tab", "sv", "Hamnmuren byggs om efter stormarna – Hafenbote",
     "<h1>Kommunen satsar miljoner på den gamla hamnmuren</h1>", "",
     "Kommunen satsar miljoner på den gamla hamnmuren"),
    ("es-kicker-h1", "es", "Muro del puerto: el pleno aprueba su reconstrucción | Hafenbote",
     '<h1><span class="kicker">Temporales</span> El viejo muro del puerto será reconstruido</h1>',
     "", "El viejo muro del puerto será reconstruido"),
    # a section's h1 linking to its page, below the article: no rival of the article's h1
    ("nl-section-h1", "nl", "Havenmuur: raad stemt in met herbouw | Hafenbote",
     "<h1>Oude havenmuur wordt na jaren van stormschade herbouwd</h1>",
     '<h1><a href="/regio/"><span>Meer uit de regio</span></a></h1>',
     "Oude havenmuur wordt na jaren van stormschade herbouwd"),
    # teasers' h1s, each inside a link to its story, after the article
    ("it-teaser-h1s", "it", "Muro del porto, via libera | Hafenbote",
     "<h1>Il vecchio muro del porto sarà ricostruito dopo le tempeste</h1>"
     '<a href="/news/2025/altro-2"><h1>Nuovo orario per i traghetti estivi</h1></a>',
     "", "Il vecchio muro del porto sarà ricostruito dopo le tempeste"),
    # a <title> of the h1's first clause alone, the h1 one text
    ("en-first-clause", "en", "Storms batter the coast",
     "<h1>Storms batter the coast, residents told to stay away from the harbour</h1>", "",
     "Storms batter the coast, residents told to stay away from the harbour"),
    ("de-first-clause", "de", "Sturm trifft die Küste | Hafenbote",
     "<h1>Sturm trifft die Küste – Anwohner sollen den Hafen meiden</h1>", "",
     "Sturm trifft die Küste – Anwohner sollen den Hafen meiden"),
]  # fmt: skip

# The <title> stays: one title spelt otherwise, an h1 of two words, a teaser's link, a badge
# or a subtitle element beside the <title>'s words, a word split over two spans, a <title>
# holding the h1 and more, two h1s of the page's own, a first clause beside an element.
TAB_STAYS = [
    ("en-quotes", "en", "Council's plan for the 'new' harbour wall | Hafenbote",
     "<h1>Council’s plan for the ‘new’ harbour wall</h1>", "",
     "Council's plan for the 'new' harbour wall"),
    ("de-two-words", "de", "Gemeinderat beschließt Sanierung der Hafenmauer - Hafenbote",
     "<h1>Hafen aktuell</h1>", "", "Gemeinderat beschließt Sanierung der Hafenmauer"),
    ("it-teaser-link", "it", "Il comune ricostruirà il muro del porto | Hafenbote",
     '<h1><a href="/altro/articolo-123">Tutte le notizie della settimana sul porto</a></h1>', "",
     "Il comune ricostruirà il muro del porto"),
    ("de-video-badge", "de", "Lkw stecken an Steigungen fest | Hafenbote",
     '<h1><span class="badge-video">Video</span> Lkw stecken an Steigungen fest</h1>', "",
     "Lkw stecken an Steigungen fest"),
    ("de-small-subtitle", "de", "Mieten steigen weiter | Hafenbote",
     "<h1>Mieten steigen weiter <small>Kleine Wohnungen trifft es am stärksten</small></h1>",
     "", "Mieten steigen weiter"),
    ("de-split-word", "de", "Der Bundestag stimmt dem Hafengesetz zu | Hafenbote",
     "<h1><span>Der Bundes</span><span>tag stimmt dem Hafengesetz zu</span></h1>", "",
     "Der Bundestag stimmt dem Hafengesetz zu"),
    ("fr-tab-holds-h1", "fr", "Le port sera reconstruit, annonce le maire | Hafenbote",
     "<h1>Le port sera reconstruit</h1>", "", "Le port sera reconstruit, annonce le maire"),
    ("sv-two-own-h1s", "sv", "Hamnmuren byggs om efter stormarna – Hafenbote",
     "<h1>Kommunen satsar miljoner på den gamla hamnmuren</h1>"
     "<h1>Färjan får nya tider i sommar och höst</h1>", "",
     "Hamnmuren byggs om efter stormarna"),
    ("es-clause-beside-span", "es", "Temporal en la costa | Hafenbote",
     '<h1>Temporal en la costa<span class="sub">, los vecinos deben evitar el puerto</span></h1>',
     "", "Temporal en la costa"),
]  # fmt: skip

_OG = '<meta property="og:title" content="{}">'
# A metadata title beside the <title>: as before, the metadata decide, never this rule.
WITH_METADATA = [
    ("en-og-same-as-tab", "en", "Harbour wall: council approves rebuild | Hafenbote",
     "<h1>Old harbour wall to be rebuilt after years of storm damage</h1>",
     _OG.format("Harbour wall: council approves rebuild | Hafenbote"),
     "Harbour wall: council approves rebuild"),
    ("de-og-same-as-tab", "de", "Streik legt Nahverkehr lahm | Hafenbote",
     "<h1>Verdi ruft zum Warnstreik in der ganzen Region auf</h1>",
     _OG.format("Streik legt Nahverkehr lahm | Hafenbote"), "Streik legt Nahverkehr lahm"),
]  # fmt: skip


def _ids(rows: list[tuple[str, ...]]) -> list[str]:
    return [r[0] for r in rows]


@pytest.mark.parametrize(("case", "lang", "tab", "heading", "after", "want"), H1_WINS,
                         ids=_ids(H1_WINS))  # fmt: skip
def test_the_article_h1_over_a_search_tab(case, lang, tab, heading, after, want):
    assert extract_article(_page(lang, tab, heading, after), _URL).title == want


@pytest.mark.parametrize(("case", "lang", "tab", "heading", "after", "want"), TAB_STAYS,
                         ids=_ids(TAB_STAYS))  # fmt: skip
def test_the_tab_stays(case, lang, tab, heading, after, want):
    assert extract_article(_page(lang, tab, heading, after), _URL).title == want


@pytest.mark.parametrize(("case", "lang", "tab", "heading", "head", "want"), WITH_METADATA,
                         ids=_ids(WITH_METADATA))  # fmt: skip
def test_a_metadata_title_keeps_the_old_choice(case, lang, tab, heading, head, want):
    assert extract_article(_page(lang, tab, heading, head=head), _URL).title == want
