"""A story's byline is kept when broken markup puts its <article> inside an <aside>.

An `<aside>` left unclosed before the story (a promo box, a "more" column) makes the parser
nest the story's `<article>`, byline and text in it. The headline is printed above, outside
any article; the article holding the story's paragraphs is still the story's own, and its
byline names the writer. A real teaser card in an aside (a short card, no story text) keeps
its byline out. Invented pages, one language a row.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

# (language, headline, byline markup, writer, a paragraph in that language)
ROWS = [
    (
        "de",
        "Buslinie 7 wird bis zum Stadtrand verlängert",
        '<p class="byline">Von Anna Schmidt</p>',
        "Anna Schmidt",
        "Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die Buslinie 7 bis "
        "zum neuen Wohngebiet am Stadtrand zu verlängern; die ersten Busse sollen im Frühjahr "
        "fahren.",
    ),
    (
        "fr",
        "La ligne de tram sera prolongée jusqu'au stade",
        '<div class="meta"><span class="author">Claire Dubois</span></div>',
        "Claire Dubois",
        "Le conseil métropolitain a voté mardi le prolongement de la ligne de tram jusqu'au "
        "stade, avec des travaux qui doivent commencer au printemps et durer deux ans.",
    ),
    (
        "es",
        "El ayuntamiento aprueba el nuevo carril bici",
        '<p class="autor">Por Javier Morales</p>',
        "Javier Morales",
        "El pleno del ayuntamiento aprobó el martes la construcción de un carril bici que unirá "
        "el centro con los barrios del sur, y las obras empezarán el próximo mes de marzo.",
    ),
    (
        "nl",
        "Gemeente legt nieuw fietspad aan langs de rivier",
        '<div class="byline">Door Pieter Jansen</div>',
        "Pieter Jansen",
        "De gemeenteraad heeft dinsdag ingestemd met de aanleg van een fietspad langs de rivier, "
        "dat de binnenstad met de nieuwe wijken verbindt en volgend jaar klaar moet zijn.",
    ),
]


def _nested_page(lang: str, title: str, byline: str, paragraph: str) -> str:
    paras = "".join(f"<p>{paragraph} ({i})</p>" for i in range(3))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head><body><div class="top"><h1>{title}</h1></div>'
        # the aside is never closed: the parser puts the story inside it
        f'<aside class="promo"><a href="/abo">Abo</a>'
        f'<article>{byline}<div class="text">{paras}</div></article>'
        f"</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "title", "byline", "writer", "paragraph"), ROWS, ids=[r[0] for r in ROWS]
)
def test_byline_of_story_nested_in_unclosed_aside(lang, title, byline, writer, paragraph):
    art = extract_article(_nested_page(lang, title, byline, paragraph), "https://stadt.example/a/1")
    assert art.authors == [writer]


def _teaser_page(lang: str, title: str, byline: str, paragraph: str) -> str:
    paras = "".join(f"<p>{paragraph} ({i})</p>" for i in range(3))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'</head><body><div class="top"><h1>{title}</h1></div>'
        f'<div class="text">{paras}</div>'
        f'<aside class="related"><article><h3><a href="/b/2">Mehr aus der Stadt</a></h3>'
        f"{byline}<p>Kurz notiert.</p></article></aside>"
        f"</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "title", "byline", "writer", "paragraph"), ROWS, ids=[r[0] for r in ROWS]
)
def test_teaser_card_in_aside_gives_no_writer(lang, title, byline, writer, paragraph):
    art = extract_article(_teaser_page(lang, title, byline, paragraph), "https://stadt.example/a/1")
    assert writer not in art.authors
