"""Body text of invented pages: other pieces' titles under a "read also" label set in a block
like theirs ("<p>Leia também</p><p>Title</p>...") go with the label, the label no longer
counted as a fourth title; a block inside a short link to another page ("<a href><p>Title
</p></a>", a card whose link wraps its title and summary) goes as a link line, while the
story's paragraphs inside a link left open, an in-page anchor's subhead and a picture's link
stay. Invented sites, stories and titles."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from tests.plugins.body_pages import URL
from tests.plugins.gallery_pages import GALLERY_URL, gallery_page
from tests.test_extract_body30 import GALLERY
from tests.test_extract_body31 import OTHERS

# other pieces' titles in the story's language, three of them
TITLES = {
    "pt": (
        "Leia também",
        [
            "Prefeitura anuncia novo parque na zona norte",
            "Chuva forte alaga ruas do centro nesta terça",
            "Vereadores aprovam reajuste do transporte público",
        ],
    ),
    "de": (
        "Lesen Sie auch",
        [
            "Stadtrat beschließt neuen Radweg an der Hauptstraße",
            "Feuerwehr rettet Katze aus brennendem Haus",
            "Neues Freibad öffnet im Juni",
        ],
    ),
    "en": (
        "Read more",
        [
            "Council approves new cycle lane on High Street",
            "Firefighters rescue cat from burning house",
            "New outdoor pool to open in June",
        ],
    ),
    "fr": (
        "Lire aussi",
        [
            "Le conseil vote une nouvelle piste cyclable",
            "Les pompiers sauvent un chat d'un immeuble en feu",
            "La piscine municipale ouvrira en juin",
        ],
    ),
    "es": (
        "Lee también",
        [
            "El pleno aprueba un nuevo carril bici en el centro",
            "Los bomberos rescatan a un gato de un incendio",
            "La piscina municipal abrirá en junio",
        ],
    ),
}


def _page(lang: str, middle: str) -> str:
    """The story with `middle` set after its second paragraph."""
    headline, ps = STORIES[lang]
    inner = "".join(f"<p>{p}</p>" for p in ps[:2]) + middle
    inner += "".join(f"<p>{p}</p>" for p in ps[2:])
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><header><a href="/">Stadtblatt</a></header><div class="k3x"><h1>{headline}</h1>'
        f'<div class="a1b2">{inner}</div></div><footer><p>© 2026 Stadtblatt</p></footer></body></html>'
    )


def _lines(lang: str, middle: str) -> list[str]:
    return [p for p in (extract_article(_page(lang, middle), URL).body or "").split("\n") if p]


# the label in a block like the titles': a <p> of its own, bold or not, titles classed or not
SAME_BLOCKS = [
    "<p>{label}</p>{titles}",
    "<p><b>{label}</b></p>{titles}",
    "<div><p>{label}</p>{titles}</div>",
]
TITLE_SHAPES = ["<p>{}</p>", "<p><strong>{}</strong></p>", '<p class="rel-title">{}</p>']


@pytest.mark.parametrize("lang", sorted(TITLES))
@pytest.mark.parametrize("shape", SAME_BLOCKS)
@pytest.mark.parametrize("title", TITLE_SHAPES)
def test_three_titles_under_a_label_in_a_paragraph_go(lang: str, shape: str, title: str) -> None:
    label, titles = TITLES[lang]
    got = _lines(lang, shape.format(label=label, titles="".join(title.format(t) for t in titles)))
    assert not any(t in got for t in titles)
    assert label not in got
    assert got == STORIES[lang][1]


@pytest.mark.parametrize("lang", sorted(TITLES))
def test_more_titles_under_a_label_stay(lang: str) -> None:
    """Five short lines under the label are no promo's three titles: a list of the story's."""
    label, titles = TITLES[lang]
    five = [*titles, titles[0] + " (2)", titles[1] + " (2)"]
    got = _lines(lang, f"<p>{label}</p>" + "".join(f"<p>{t}</p>" for t in five))
    assert all(t in got for t in five)


# a block set inside a link to another page
WRAPPED = [
    '<a href="/n/{i}.html"><p>{t}</p></a>',
    '<a class="card" href="/n/{i}.html"><div><h3>{t}</h3></div></a>',
    '<a href="https://other.example/n/{i}"><div class="c"><span>{t}</span></div></a>',
]


@pytest.mark.parametrize("lang", sorted(TITLES))
@pytest.mark.parametrize("shape", WRAPPED)
@pytest.mark.parametrize("labelled", [True, False])
def test_blocks_inside_a_link_go(lang: str, shape: str, labelled: bool) -> None:
    label, titles = TITLES[lang]
    middle = (f"<p>{label}</p>" if labelled else "") + "".join(
        shape.format(i=i, t=t) for i, t in enumerate(titles)
    )
    got = _lines(lang, middle)
    assert got == STORIES[lang][1]


@pytest.mark.parametrize("label", ["Saiba mais", "<strong>Saiba mais:</strong>"])
def test_linked_blocks_under_saiba_mais_go(label: str) -> None:
    """Under "Saiba mais" an unlinked line is the story's own, but one inside a link is not."""
    titles = TITLES["pt"][1]
    middle = f"<p>{label}</p>" + "".join(
        f'<a href="/n/{i}.html"><p>{t}</p></a>' for i, t in enumerate(titles)
    )
    assert _lines("pt", middle) == STORIES["pt"][1]


def test_a_card_whose_link_wraps_title_and_summary_goes() -> None:
    summary = (
        "Die Stadt will bis 2028 zwölf neue Radwege bauen. Der Plan kostet vier Millionen Euro."
    )
    middle = (
        '<a class="x7" href="/lokales/radwege-99.html"><div><h3>Stadtrat beschließt neue Radwege</h3>'
        f"<p>{summary}</p></div></a>"
    )
    got = _lines("de", middle)
    assert summary not in got
    assert got == STORIES["de"][1]


def test_story_paragraphs_in_a_link_left_open_stay() -> None:
    """A link left open before the story's paragraphs (libxml2 nests them in it): they are
    the story's, far more text than a card's."""
    headline, ps = STORIES["en"]
    doc = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><div class="k3x"><h1>{headline}</h1><div class="a1b2">'
        f'<p>{ps[0]}</p>Photos by <a href="/team/jane">Jane Doe'
        + "".join(f"<p>{p}</p>" for p in ps[1:])
        + "</div></div></body></html>"
    )
    got = (extract_article(doc, URL).body or "").split("\n")
    assert all(p in got for p in ps)


KEPT_IN_LINKS = [
    # an in-page anchor around a subhead, a named anchor without href, a link to the
    # picture file around the story's own picture and its caption line
    ('<a href="#the-roof"><h2>{}</h2></a>', "A new roof for the reading room"),
    ('<a name="roof"><h2>{}</h2></a>', "A new roof for the reading room"),
    (
        '<a href="/media/roof-large.jpg"><div><img src="/media/roof.jpg" width="600" height="400"></div><p>{}</p></a>',
        "The new roof terrace seats two hundred readers on summer evenings, the architects say.",
    ),
]


@pytest.mark.parametrize(("shape", "line"), KEPT_IN_LINKS)
def test_story_lines_in_own_links_stay(shape: str, line: str) -> None:
    got = _lines("en", shape.format(line))
    assert line in got
    assert all(p in got for p in STORIES["en"][1])


# A longer German story: a card's summary is a small part of it, as on a real page
LONG_DE = [
    *STORIES["de"][1],
    "Im Erdgeschoss gibt es jetzt eine Ausleihe mit Selbstbedienung, die rund um die Uhr geöffnet ist und von Studierenden schon am ersten Tag genutzt wurde.",
    "Die Stadt hat für den Umbau insgesamt elf Millionen Euro ausgegeben, vier Millionen mehr als im ersten Plan vorgesehen, vor allem wegen des Daches.",
    "Im Herbst sollen Lesungen und Kurse für Senioren folgen, kündigte die Leiterin an; das Programm werde gerade mit Vereinen aus dem Viertel abgestimmt.",
    "Wer einen Ausweis hat, muss ihn nicht erneuern: Die alten Karten gelten weiter, nur die Gebühren für verspätete Rückgaben steigen leicht an.",
]
CARD_SUMMARY = (
    "Die alte Markthalle war jahrzehntelang das Herz des Viertels. Nach der Schließung stand sie "
    "lange leer. Nun zieht ein Theater ein und erzählt die Geschichten der früheren Händler und "
    "ihrer Kunden, an den Originalschauplätzen vom Keller bis zum Dach."
)
CARD_ITEM = (
    '<li class="t{i}"><div class="pic"><a href="/kultur/markthalle-{i}.html"><img src="/i/{i}.jpg" alt="Halle"></a>'
    '<div class="src">Stadtblatt</div></div><h3><a href="/kultur/markthalle-{i}.html"><span>Interview | Markthalle im Viertel</span>'
    ' - <span>"Hier haben sich Leute getroffen, die sich sonst nie begegnet wären"</span></a></h3>'
    '<div class="short"><p>{summary}</p></div></li>'
)


def _long_page(middle: str) -> str:
    headline = STORIES["de"][0]
    inner = "".join(f"<p>{p}</p>" for p in LONG_DE[:3]) + middle
    inner += "".join(f"<p>{p}</p>" for p in LONG_DE[3:])
    return (
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{headline}</title></head>'
        f'<body><div class="k3x"><h1>{headline}</h1><div class="a1b2">{inner}</div></div></body></html>'
    )


def _long_lines(middle: str) -> list[str]:
    return [p for p in (extract_article(_long_page(middle), URL).body or "").split("\n") if p]


@pytest.mark.parametrize("items", [1, 2, 3])
@pytest.mark.parametrize(
    "box",
    [
        '<section class="box7"><h2></h2><ul>{}</ul></section>',
        "<ul>{}</ul>",
        "<div><ol>{}</ol></div>",
    ],
)
def test_teaser_cards_in_list_items_over_300_characters_go(items: int, box: str) -> None:
    """A card's picture and heading link to one other page: its kicker, title and summary
    are no part of the story, however long (over CARD_TEXT's 300 characters)."""
    cards = "".join(CARD_ITEM.format(i=i, summary=CARD_SUMMARY) for i in range(items))
    assert len(CARD_SUMMARY) + 100 > 300
    got = _long_lines(box.format(cards))
    assert got == LONG_DE


# the story's own entries set as list items with linked headings: many of them (a listicle),
# or a picture linked to its file (enlarged), or no picture at all
ENTRY = (
    "Das Haus am Markt wurde 1904 gebaut und ist seit drei Generationen in der Hand einer Familie, "
    "die das Erdgeschoss an eine Bäckerei vermietet. Im Sommer öffnet der Hof für Konzerte, "
    "die Nachbarn loben die Ruhe der Abende und die Musik, die bis in die Gassen klingt."
)
OWN_ITEMS = [
    # five entries, each picture and heading linked to the entry's own page
    (
        5,
        '<li><a href="/haeuser/{i}.html"><img src="/i/h{i}.jpg" alt=""></a><h3><a href="/haeuser/{i}.html">Haus Nummer {i} am Markt</a></h3><p>{entry}</p></li>',
    ),
    # three entries, the picture linked to its larger file
    (
        3,
        '<li><a href="/media/h{i}-gross.jpg"><img src="/i/h{i}.jpg" alt=""></a><h3><a href="https://shop.example/h{i}">Haus Nummer {i} am Markt</a></h3><p>{entry}</p></li>',
    ),
    # two entries without pictures
    (2, '<li><h3><a href="/haeuser/{i}.html">Haus Nummer {i} am Markt</a></h3><p>{entry}</p></li>'),
]


def _assert_entries_stay(count: int, item: str) -> None:
    """`count` story entries, each in `item` (a list item), and the story around them stay."""
    entries = [ENTRY.replace("1904", str(1900 + i)) for i in range(count)]
    middle = "<ul>" + "".join(item.format(i=i, entry=e) for i, e in enumerate(entries)) + "</ul>"
    got = _long_lines(middle)
    assert all(e in got for e in entries)
    assert all(p in got for p in LONG_DE)


@pytest.mark.parametrize(("count", "item"), OWN_ITEMS)
def test_story_entries_in_list_items_stay(count: int, item: str) -> None:
    _assert_entries_stay(count, item)


# A gallery piece whose track of slides sits in a bare <div> (no class, no id: a script's
# hook) inside the gallery's wrapper, its intro beside it, in a paywall's wrapper or not
BARE_TRACK = [
    # (wrapper, intro, track)
    (
        '<section class="slideshow-box">{}</section>',
        '<section class="slideshow-intro"><p>{intro}</p></section>',
        '<div><section class="slideshow-inner">{}</section></div>',
    ),
    (
        '<section class="slideshow-box">{}</section>',
        '<section class="slideshow-intro"><div class="reg-wall"><div class="lock-body"><p>{intro}</p></div></div></section>',
        '<div><section class="slideshow-inner">{}</section></div>',
    ),
    (
        '<div class="gallery-wrapper">{}</div>',
        "<div hidden><p>{intro}</p></div>",
        '<div><div><div class="gallery-slides">{}</div></div></div>',
    ),
]
SLIDE = '<div class="slide"><h2>{title}</h2><figure><img src="/i/{i}.jpg"></figure><p>{caption}</p></div>'


def _many(slides: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Twelve slides: the track, not the intro beside it, holds most of the text."""
    return [(f"{t} ({n + 1})", f"{c[:-1]} ({n + 1}).") for n in range(4) for t, c in slides]


@pytest.mark.parametrize("lang", sorted(GALLERY))
@pytest.mark.parametrize(("wrapper", "intro", "track"), BARE_TRACK)
@pytest.mark.parametrize("page_rail", [False, True])
def test_gallery_intro_beside_a_track_in_a_bare_div_stays(
    lang: str, wrapper: str, intro: str, track: str, page_rail: bool
) -> None:
    """The intro is the gallery's, the walk up from the track passes the bare <div>; also
    where the page's layout block above is named furniture ("with-right-rail")."""
    text, slides = GALLERY[lang][0], _many(GALLERY[lang][1])
    inner = intro.format(intro=text) + track.format(
        "".join(SLIDE.format(i=i, title=t, caption=c) for i, (t, c) in enumerate(slides))
    )
    if page_rail:
        wrapper = f'<div class="layout with-right-rail">{wrapper}</div>'
    got = extract_article(gallery_page(lang, slides, wrapper, inner), GALLERY_URL).body or ""
    assert text in got
    assert all(c in got for _, c in slides)


def test_carousel_in_a_bare_div_after_the_intro_stays_out() -> None:
    """A carousel of other stories (its slides link to them) beside the intro: the bare
    <div> lets the walk reach the wrapper, but other pieces' slides stay out."""
    text, slides = GALLERY["en"][0], _many(GALLERY["en"][1])
    others = "".join(
        f'<div class="slide"><a href="/n/{i}-1.html"><img src="/t{i}.jpg"></a><p>{t}</p></div>'
        for i, t in enumerate(OTHERS)
    )
    own = "".join(SLIDE.format(i=i, title=t, caption=c) for i, (t, c) in enumerate(slides))
    inner = (
        f'<section class="slideshow-intro"><p>{text}</p></section>'
        f'<div><section class="slideshow-inner">{own}</section></div>'
        f'<div><section class="slideshow-more">{others}</section></div>'
    )
    page = gallery_page("en", slides, '<section class="slideshow-box">{}</section>', inner)
    got = extract_article(page, GALLERY_URL).body or ""
    assert all(c in got for _, c in slides)
    assert not any(t in got for t in OTHERS)


# Review: a link wrapping a block is a teaser's only when it reads as one (a title line in
# it) and wraps blocks alone; a sentence in a link (a cited report, a quoted post, a live
# blog's permalink) is the story's
SENTENCE = (
    "The council's report, published on Tuesday, found that bus delays doubled over five years."
)
SENTENCE_IN_LINK = [
    '<a href="/files/report-2026.pdf"><p>{}</p></a>',
    '<a href="https://journal.example/doi/10.1000/xyz"><div><p>{}</p></div></a>',
    '<a href="https://posts.example/mayor/status/123"><blockquote><p>{}</p></blockquote></a>',
    '<a href="/lokales/bibliothek-123.html?entry=77"><div class="entry"><p>{}</p></div></a>',
]


@pytest.mark.parametrize("shape", SENTENCE_IN_LINK)
def test_a_sentence_inside_a_link_stays(shape: str) -> None:
    got = _lines("en", shape.format(SENTENCE))
    assert SENTENCE in got
    assert all(p in got for p in STORIES["en"][1])


def test_a_short_paragraph_after_a_link_left_open_stays() -> None:
    """libxml2 nests what follows a link left open in it: the link's own words come first."""
    headline, ps = STORIES["en"]
    last = "The library opens daily at nine, and children enter free."
    doc = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title>'
        f'</head><body><div class="k3x"><h1>{headline}</h1><div class="a1b2">'
        + "".join(f"<p>{p}</p>" for p in ps)
        + f'Photos: <a href="/team/jane">Jane Doe<p>{last}</p></div></div></body></html>'
    )
    got = (extract_article(doc, URL).body or "").split("\n")
    assert last in got
    assert all(p in got for p in ps)


# The story's own entries whose picture and heading link to another site (a shop, a venue):
# one to three of them, over 300 characters each
PRODUCT = (
    '<li><a href="https://shop.example/lampe-{i}"><img src="/i/p{i}.jpg" alt=""></a>'
    '<h3><a href="https://shop.example/lampe-{i}">Leselampe Modell {i}</a></h3><p>{entry}</p></li>'
)
VENUE = (
    '<li><a href="https://haus{i}.example/"><img src="/i/v{i}.jpg" alt=""></a>'
    '<h3><a href="https://haus{i}.example/">Haus {i} am Markt</a></h3><p>{entry}</p></li>'
)


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("item", [PRODUCT, VENUE])
def test_entries_linking_to_other_sites_stay(count: int, item: str) -> None:
    _assert_entries_stay(count, item)
