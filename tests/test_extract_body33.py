"""Body text of invented pages: a story's service box of digit-free "Key: value" facts
("Eintritt: frei", "Ort: Stadthalle", "Veranstalter: Kulturverein") under a label that heads
promos as often as facts stays, its key one of a service box's words in the page's language;
promo titles with a kicker colon under the same labels still go. A bare span of opening hours
("10:00 - 18:00") set on its own line among the story's paragraphs is a fact of the story,
no counter or ornament; a bare clock ("10:00") and a page's stamp still go. A caption set in
a paragraph between its picture and a bare credit line ("Foto: dpa") goes with the credit.
Under "Saiba mais", unlinked titles the page links elsewhere go. Invented sites, stories,
places and titles."""

# ruff: noqa: E501  -- a row of facts reads best on one line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.furniture import is_fact_line, is_title_line
from tests.plugins.body_pages import URL
from tests.test_extract_body32 import STORIES, _lines
from tests.test_extract_body32d import _lines as _lines_at

# the story's own service box without a digit in it, under a promo-or-facts label
PLAIN_BOXES = [
    ("de", "Mehr zum Thema", ["Eintritt: frei", "Ort: Stadthalle", "Veranstalter: Kulturverein"]),
    ("de", "Lesen Sie auch", ["Wo: im Innenhof der Stadtbibliothek", "Eintritt: frei"]),
    ("de", "Mehr zum Thema", ["Ort: Stadthalle"]),
    ("en", "See also", ["Where: Riverside Hall", "Admission: free", "Organiser: Friends of the Library"]),
    ("en", "Read more", ["Venue: the old library hall", "Entry: free"]),
    ("fr", "Lire aussi", ["Lieu : salle des fêtes", "Entrée : libre", "Organisateur : le comité des fêtes"]),
    ("es", "Más información", ["Lugar: Casa de Cultura", "Entrada: libre", "Organiza: Asociación Vecinal"]),
    ("pt", "Leia também", ["Local: Teatro Municipal", "Entrada: gratuita", "Classificação: livre"]),
    ("it", "Leggi anche", ["Luogo: Teatro Comunale", "Ingresso: libero", "Organizza: Pro Loco"]),
    ("nl", "Lees ook", ["Locatie: Stadsschouwburg", "Toegang: gratis", "Organisatie: Cultuurvereniging"]),
    ("sv", "Läs också", ["Plats: Stadsbiblioteket", "Inträde: fritt", "Arrangör: Kulturföreningen"]),
    ("pl", "Czytaj także", ["Miejsce: Dom Kultury", "Wstęp: wolny", "Organizator: Stowarzyszenie Miłośników Książki"]),
]  # fmt: skip
SHAPES = ["<p>{label}</p>{lines}", "<p><strong>{label}:</strong></p>{lines}"]


@pytest.mark.parametrize(("lang", "label", "facts"), PLAIN_BOXES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_digit_free_service_box_stays(
    lang: str, label: str, facts: list[str], shape: str
) -> None:
    got = _lines(lang, shape.format(label=label, lines="".join(f"<p>{f}</p>" for f in facts)))
    assert all(f in got for f in facts)
    assert all(p in got for p in STORIES[lang][1])


# promos under the same labels: titles with a kicker's colon, a label and a title on one line
PROMOS = [
    ("de", "Mehr zum Thema", ["Tickets: Ansturm auf die EM-Karten", "Wahl: CDU legt zu", "Stadtrat tagt am Montag"]),
    ("de", "Lesen Sie auch", ["Kommentar: Ein Ort für alle", "Hochwasser: Pegel sinkt wieder"]),
    ("en", "See also", ["Brexit: May faces new vote", "Opinion: Where now for the library?"]),
    ("fr", "Lire aussi", ["Municipales : le maire sortant réélu", "Lieu de mémoire : la gare rouvre"]),
    ("es", "Más información", ["Crisis: El Gobierno aprueba el plan", "Entrevista: La alcaldesa responde"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "label", "titles"), PROMOS)
def test_promo_titles_with_kickers_still_go(lang: str, label: str, titles: list[str]) -> None:
    got = _lines(lang, f"<p>{label}</p>" + "".join(f"<p>{t}</p>" for t in titles))
    assert got == STORIES[lang][1]


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema: Stadtrat beschließt neuen Radweg",
        "Lesen Sie auch: Wo die Stadt sparen will",
        "Read more: Where the council wants to save",
        "Leia também: Local de votação muda",
    ],
)
def test_a_promo_line_is_no_fact(line: str) -> None:
    assert not is_fact_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Eintritt: frei",
        "Ort: Stadthalle",
        "Veranstalter: Kulturverein",
        "Where: Riverside Hall",
        "Lieu : salle des fêtes",
        "Entrada: gratuita",
    ],
)
def test_digit_free_facts_are_no_titles(line: str) -> None:
    assert not is_title_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a service word as a kicker, its value a headline's clause or too long for a fact
        "Eintritt: Museen verlangen künftig mehr Geld von Schulklassen aus dem Umland",
        "Where: the quiet village that fought the bypass and won the vote",
        "Ort des Geschehens: Polizei sucht Zeugen",
        "Kultur: Stadthalle",
    ],
)
def test_headline_shaped_lines_stay_titles(line: str) -> None:
    assert is_title_line(line)


# a bare span of opening hours, set on its own line among the story's paragraphs
SPANS = ["10:00 – 18:00", "10:00-18:00 ", "9.30 – 17.30", "10:00 — 22:00"]


@pytest.mark.parametrize("line", SPANS)
@pytest.mark.parametrize("at", [1, 2, 3])
def test_a_span_of_hours_among_the_paragraphs_stays(line: str, at: int) -> None:
    got = _lines_at("de", at, line)
    assert line.strip() in got
    assert all(p in got for p in STORIES["de"][1])


@pytest.mark.parametrize("line", SPANS[:2])
@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_a_span_of_hours_under_its_label_stays(line: str, lang: str) -> None:
    label = {"de": "Öffnungszeiten", "en": "Opening hours", "fr": "Horaires"}[lang]
    got = _lines(lang, f"<p><b>{label}</b></p><p>Montag bis Freitag</p><p>{line}</p>")
    assert got[2:5] == [label, "Montag bis Freitag", line.strip()]


# a bare clock, a player's running time and a page's stamp still go
STAMPS = ["10:00", "14:30", "Stand: 10:00 Uhr", "0:00 / 2:45", "00:00 - 02:45", "18:00 – 10:00"]


@pytest.mark.parametrize("line", STAMPS)
@pytest.mark.parametrize("at", [0, 2, 4])
def test_a_bare_clock_still_goes(line: str, at: int) -> None:
    assert _lines_at("de", at, line) == STORIES["de"][1]


# a picture, its caption in a paragraph of its own, then a bare credit line: no body text
IMG = '<img src="/img/lesesaal.jpg" width="800" height="500" alt="">'
PICTURES = [IMG, f"<p>{IMG}</p>", f"<div>{IMG}</div>", f"<div><picture>{IMG}</picture></div>"]
CAPTIONS = [
    ("de", "Der neue Lesesaal auf dem Dach der Bibliothek.", "Foto: dpa"),
    ("de", "Die Oberbürgermeisterin beim Rundgang", "Bild: Keystone"),
    ("en", "Readers queued in the rain before the doors opened.", "Photo: Reuters"),
    ("fr", "La nouvelle salle de lecture sur le toit.", "Photo : Jeanne Martin/AFP"),
    ("es", "La nueva sala de lectura en la azotea.", "Foto: EFE"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "caption", "credit"), CAPTIONS)
@pytest.mark.parametrize("picture", PICTURES)
def test_a_caption_over_a_bare_credit_goes(
    lang: str, caption: str, credit: str, picture: str
) -> None:
    got = _lines(lang, f"{picture}<p>{caption}</p><p>{credit}</p>")
    assert got == STORIES[lang][1]


# no picture before it, a paragraph longer than a caption, or a source's credit: the line stays
KEPT = [
    ("de", "<p>{line}</p><p>Foto: dpa</p>", "Die Bibliothek bleibt am Montag geschlossen."),
    ("en", IMG + "<p>{line}</p><p>Photo: Reuters</p>", "Readers had queued in the rain for hours before the doors finally opened, and many of them said they had waited two years for this moment, the head librarian told reporters on the steps."),
    ("de", IMG + "<p>{line}</p><p>Quelle: dpa</p>", "Die Bibliothek bleibt am Montag geschlossen."),
    ("de", IMG + "<p>Foto: dpa</p><p>{line}</p>", "Die Bibliothek bleibt am Montag geschlossen."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "shape", "line"), KEPT)
def test_a_line_before_a_credit_without_its_picture_stays(lang: str, shape: str, line: str) -> None:
    got = _lines(lang, shape.format(line=line))
    assert line in got
    assert all(p in got for p in STORIES[lang][1])


# "Saiba mais" over other pieces' titles set unlinked, the page linking the same titles
# elsewhere (a "most read" list): the titles go. The story's own items under the label stay
# (tests/test_extract_body30.py), as do items the page links nowhere else.
PT_TITLES = ["Prefeitura anuncia novo parque na zona norte", "Chuva forte alaga ruas do centro"]
PT_ITEMS = ["Inscrições até 15 de março", "Aulas gratuitas para maiores de 60 anos"]


def _pt_page(middle: str, linked: list[str]) -> list[str]:
    headline, ps = STORIES["pt"]
    inner = "".join(f"<p>{p}</p>" for p in ps[:2]) + middle
    inner += "".join(f"<p>{p}</p>" for p in ps[2:])
    aside = "".join(f'<li><a href="/n/{i}.html">{t}</a></li>' for i, t in enumerate(linked))
    doc = (
        f'<!doctype html><html lang="pt"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><header><a href="/">Folha do Bairro</a></header><div class="k3x">'
        f'<h1>{headline}</h1><div class="a1b2">{inner}</div></div>'
        f"<aside><h2>Mais lidas</h2><ul>{aside}</ul></aside>"
        "<footer><p>© 2026 Folha do Bairro</p></footer></body></html>"
    )
    return [p for p in (extract_article(doc, URL).body or "").split("\n") if p]


MORE_INFO_SHAPES = [
    "<p>Saiba mais</p>{p}",
    "<p><strong>SAIBA MAIS:</strong></p>{p}",
    "<p>Saiba mais</p><ul>{li}</ul>",
]  # fmt: skip


@pytest.mark.parametrize("shape", MORE_INFO_SHAPES)
def test_titles_linked_elsewhere_under_saiba_mais_go(shape: str) -> None:
    middle = shape.format(
        p="".join(f"<p>{t}</p>" for t in PT_TITLES), li="".join(f"<li>{t}</li>" for t in PT_TITLES)
    )
    assert _pt_page(middle, [*PT_TITLES, "Vereadores aprovam reajuste"]) == STORIES["pt"][1]


@pytest.mark.parametrize("shape", MORE_INFO_SHAPES)
def test_items_linked_nowhere_under_saiba_mais_stay(shape: str) -> None:
    middle = shape.format(
        p="".join(f"<p>{t}</p>" for t in PT_ITEMS), li="".join(f"<li>{t}</li>" for t in PT_ITEMS)
    )
    got = _pt_page(middle, PT_TITLES)
    assert all(i in got for i in PT_ITEMS)
    assert all(p in got for p in STORIES["pt"][1])


# a share bar whose label and networks' names the markup glues without a space between
# ("<span>Share this article</span><a>Facebook</a><a>X</a>"), or a label not known before
SHARE_LINKS = (
    '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'
    '<a href="https://twitter.com/intent/tweet?url=x">X</a><a href="mailto:?body=x">Email</a>'
)
SHARE_BARS = [
    ("en", "<div><span>Share this article</span>{links}</div>"),
    ("de", "<div>Artikel teilen{links}</div>"),
    ("fr", "<div><span>Partager cet article</span>{links}</div>"),
    ("it", "<div><span>Condividi questo articolo</span>{links}</div>"),
    ("nl", "<div>Deel dit artikel{links}</div>"),
    ("es", "<div><span>Comparte esta noticia</span>{links}</div>"),
    ("es", "<div><span>Comparte esta noticia</span> <ul><li>{links}</li></ul></div>"),
    ("es", "<p>Compartir esta noticia</p>"),
]


@pytest.mark.parametrize(("lang", "shape"), SHARE_BARS)
def test_a_glued_share_bar_goes(lang: str, shape: str) -> None:
    assert _lines(lang, shape.format(links=SHARE_LINKS)) == STORIES[lang][1]


# the story's sentences opening with a share label's words stay
SHARED = [
    ("es", "Comparte esta noticia con tus vecinos, pidió el alcalde en la inauguración."),
    ("es", "Compartir la sala de lectura con los niños fue idea de la directora."),
    ("en", "Share this article's message with your neighbours, the mayor urged the crowd."),
    ("de", "Teilen wollen die Bibliothekarinnen vor allem ihre Begeisterung für Bücher."),
]


@pytest.mark.parametrize(("lang", "line"), SHARED)
def test_a_sentence_with_share_words_stays(lang: str, line: str) -> None:
    got = _lines(lang, f"<p>{line}</p>")
    assert line in got


# a paywall's badge naming the piece before its label, alone on a line above the story
BADGES = [
    ("fr", "Article réservé aux abonnés"),
    ("fr", "Contenu réservé aux abonnés"),
    ("it", "Articolo riservato agli abbonati"),
    ("de", "Artikel exklusiv für Abonnenten"),
]


@pytest.mark.parametrize(("lang", "line"), BADGES)
@pytest.mark.parametrize("at", [0, 2])
def test_a_paywall_badge_naming_the_piece_goes(lang: str, line: str, at: int) -> None:
    assert _lines_at(lang, at, line) == STORIES[lang][1]


def test_a_sentence_about_subscribers_stays() -> None:
    line = "Article réservé aux abonnés : la mairie a longtemps hésité avant de publier ce rapport."
    assert line in _lines_at("fr", 2, line)


# caption and credit in one paragraph, broken by a <br>, under their picture; a <br>-broken
# story's last line before a credit, no picture above it, stays
def test_a_caption_and_credit_broken_by_a_line_go() -> None:
    middle = f"<p>{IMG}</p><p>Der neue Lesesaal auf dem Dach.<br>Foto: Max Muster</p>"
    assert _lines("de", middle) == STORIES["de"][1]


def test_a_line_before_a_credit_in_the_same_paragraph_without_a_picture_stays() -> None:
    line = "Die Bibliothek bleibt am Montag geschlossen."
    got = _lines("de", f"<p>{line}<br>Foto: Max Muster</p>")
    assert line in got


# Review: a credit closing the story ("Fotos: Verein" as its last line, as blogs set it for
# all of the piece's pictures) is no caption's credit: the story's short last paragraph under
# its last picture stays. A story line after a picture, the credit under the next picture's
# own frame, stays too.
def _story_ending_with(lang: str, end: str) -> list[str]:
    headline, ps = STORIES[lang]
    inner = "".join(f"<p>{p}</p>" for p in ps) + end
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><div class="k3x"><h1>{headline}</h1><div class="a1b2">{inner}</div></div>'
        "<footer><p>© 2026 Stadtblatt</p></footer></body></html>"
    )
    return [p for p in (extract_article(doc, URL).body or "").split("\n") if p]


LAST_LINES = [
    ("de", "Der Eintritt ist frei, Spenden sind willkommen.", "Fotos: Kulturverein"),
    ("de", "Die Ausstellung ist bis Sonntag zu sehen.", "Foto: Max Muster"),
    ("en", "The hall reopens on Monday.", "Photos: Friends of the Library"),
]


@pytest.mark.parametrize(("lang", "line", "credit"), LAST_LINES)
@pytest.mark.parametrize("picture", [IMG, f"<p>{IMG}</p>"])
@pytest.mark.parametrize("glue", ["<p>{line}</p><p>{credit}</p>", "<p>{line}<br>{credit}</p>"])
def test_the_last_line_before_a_credit_closing_the_story_stays(
    lang: str, line: str, credit: str, picture: str, glue: str
) -> None:
    got = _story_ending_with(lang, picture + glue.format(line=line, credit=credit))
    assert got == [*STORIES[lang][1], line]


NEXT_PICTURE = [
    f"{IMG}<p>{{line}}</p><figure>{IMG}<p>Foto: dpa</p></figure>",
    f"{IMG}<p>{{line}}</p><div>{IMG}</div><p>Foto: dpa</p>",
]


@pytest.mark.parametrize("shape", NEXT_PICTURE)
def test_a_story_line_before_the_next_pictures_credit_stays(shape: str) -> None:
    line = "Die Bibliothek bleibt am Montag geschlossen."
    got = _lines("de", shape.format(line=line))
    assert line in got
    assert all(p in got for p in STORIES["de"][1])


# Review: a story's own item under "Saiba mais" naming a place, an event or a body that the
# page links elsewhere as a tag or a section ("Teatro Guaíra", "Feira do Livro") is no other
# piece's title: it stays. Another piece's title is a clause of more words.
OWN_ITEMS = [
    (["Teatro Guaíra", "Entrada franca"], ["Teatro Guaíra"]),
    (["Oficinas de teatro", "Feira do Livro"], ["Feira do Livro", *PT_TITLES]),
    (["Prefeitura de São Paulo"], ["Prefeitura de São Paulo", "Cultura"]),
]


@pytest.mark.parametrize(("items", "linked"), OWN_ITEMS)
@pytest.mark.parametrize("shape", MORE_INFO_SHAPES)
def test_items_linked_as_tags_under_saiba_mais_stay(
    items: list[str], linked: list[str], shape: str
) -> None:
    middle = shape.format(
        p="".join(f"<p>{t}</p>" for t in items), li="".join(f"<li>{t}</li>" for t in items)
    )
    got = _pt_page(middle, linked)
    assert all(i in got for i in items)
    assert all(p in got for p in STORIES["pt"][1])


# Review: a kicker in capitals that spells a key of another language ("VAR", the video
# referee, is Swedish "var", where) opens a headline: a promo run with it still goes; a box
# whose longer keys are in capitals ("EINTRITT: frei") stays.
def test_an_acronym_kicker_is_no_service_key() -> None:
    titles = ["VAR: Elfmeter zurückgenommen", "Bayern siegt in Dortmund", "Trainer bleibt im Amt"]
    assert (
        _lines("de", "<p>Lesen Sie auch</p>" + "".join(f"<p>{t}</p>" for t in titles))
        == (STORIES["de"][1])
    )
    assert is_title_line("VAR: Penalty overturned")
    assert not is_title_line("EINTRITT: frei")
    assert not is_title_line("Var: Stadsbiblioteket")
