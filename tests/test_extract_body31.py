"""Body text of invented pages: a gallery piece whose slides sit in a track nested in the
gallery's wrapper ("gallery > gallery-track > gallery-item") keeps its intro and captions,
while a carousel of other stories nested there stays out; a list of unlinked teasers
("teaser-list") set between the paragraphs is no part of the story, while the story's own
lead classed "teaser" stays; the titles under a "read also" label in a block of their own or
as headings go, the story's real paragraphs and subheads after such a label stay. Invented
sites and stories."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import html

import lxml.html
import pytest

from benchmarks.body_invented import STORIES
from newsarchive.extract import extract_article
from newsarchive.extract.text import clean
from tests.plugins.body_pages import URL
from tests.plugins.gallery_pages import GALLERY_URL, gallery_body, gallery_items, gallery_page
from tests.test_extract_body30 import GALLERY

# (wrapper, intro, track, slide): the slides in a track of their own inside the wrapper
NESTED = [
    (
        '<section class="gallery">{}</section>',
        "<p>{intro}</p>",
        '<div class="gallery-track">{}</div>',
        '<div class="gallery-item"><figure><img src="/i/{i}.jpg" alt=""></figure><h2>{title}</h2><p>{caption}</p></div>',
    ),
    (
        '<div class="slideshow">{}</div>',
        '<div class="slideshow__intro">{intro}</div>',
        '<div class="slideshow__slides">{}</div>',
        '<div class="slideshow__slide"><img src="/i/{i}.jpg"><div class="slideshow__caption"><h3>{title}</h3>{caption}</div></div>',
    ),
    (
        '<div class="photo-gallery">{}</div>',
        '<div class="gallery-header"><p>{intro}</p></div>',
        '<div class="carousel"><div class="carousel-inner">{}</div></div>',
        '<div class="gallery-slide"><a href="/i/{i}.jpg"><img src="/i/{i}.jpg"></a><h2>{title}</h2><p>{caption}</p></div>',
    ),
    (
        '<div class="gallery-wrapper">{}</div>',
        '<div class="gallery-intro"><p>{intro}</p></div>',
        '<div class="gallery"><div class="slides">{}</div></div>',
        '<div class="slide"><img src="/i/{i}.jpg"><h2>{title}</h2><p>{caption}</p></div>',
    ),
    (
        '<div class="bildergalerie">{}</div>',
        '<div class="intro-photo"><p>{intro}</p></div>',
        '<ul class="slideshow-list">{}</ul>',
        '<li class="photo-slide"><img src="/i/{i}.jpg"><h2>{title}</h2><div class="photo-caption"><p>{caption}</p></div></li>',
    ),
]


@pytest.mark.parametrize("lang", sorted(GALLERY))
@pytest.mark.parametrize(("wrapper", "intro", "track", "slide"), NESTED)
def test_gallery_piece_with_a_nested_track_keeps_intro_and_captions(
    lang: str, wrapper: str, intro: str, track: str, slide: str
) -> None:
    text, slides = GALLERY[lang]
    inner = intro.format(intro=text) + track.format(
        "".join(slide.format(i=i, title=t, caption=c) for i, (t, c) in enumerate(slides))
    )
    got = extract_article(gallery_page(lang, slides, wrapper, inner), GALLERY_URL).body or ""
    assert text in got
    assert all(c in got for _, c in slides)


# ... while a carousel of other stories nested in the same wrapper, its slides linking to
# them, stays out
OTHERS = [
    "Council approves the new tram line after a long debate about costs",
    "Storm closes the harbour for the second time this winter season",
]


@pytest.mark.parametrize(
    "carousel",
    [
        '<div class="carousel">{}</div>',
        '<div class="gallery-track">{}</div>',
        '<div class="slides">{}</div>',
    ],
)
def test_carousel_of_other_stories_nested_in_a_gallery_stays_out(carousel: str) -> None:
    text, slides = GALLERY["en"]
    own = "".join(gallery_items(slides))
    others = carousel.format(
        "".join(
            f'<div class="slide"><a href="/n/{i}-1.html"><img src="/t{i}.jpg"></a><p>{t}</p></div>'
            for i, t in enumerate(OTHERS)
        )
    )
    inner = f"<p>{text}</p>{own}{others}"
    got = gallery_body("en", slides, inner)
    assert text in got
    assert all(c in got for _, c in slides)
    assert not any(t in got for t in OTHERS)


def _with_snippet(lang: str, snippet: str) -> tuple[list[str], list[str]]:
    """The story's paragraphs and the body's lines of its page with `snippet` after the
    second paragraph."""
    ps = STORIES[lang][1]
    inner = "".join(f"<p>{html.escape(p)}</p>" for p in ps[:2]) + snippet
    inner += "".join(f"<p>{html.escape(p)}</p>" for p in ps[2:])
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{STORIES[lang][0]}</title>'
        f'</head><body><header><a href="/">Stadtblatt</a></header><div class="k3x"><h1>{STORIES[lang][0]}</h1>'
        f'<div class="a1b2">{inner}</div></div><footer><p>© 2026 Stadtblatt</p></footer></body></html>'
    )
    return ps, [line for line in (extract_article(doc, URL).body or "").split("\n") if line]


# A list of teasers between the paragraphs, named so, its links gone (a script adds them)
TEASER_TITLES = {
    "de": ["Neue Brücke über den Fluss geplant", "Stadtrat tagt am Montag über den Haushalt"],
    "en": ["Council approves the new bridge over the river", "Mayor faces a vote on the budget"],
    "fr": ["Le conseil approuve le nouveau pont", "Le maire face au vote du budget"],
}
TEASER_LISTS = [
    '<ul class="teaser-list"><li class="slide"><p>{}</p></li><li class="slide"><p>{}</p></li></ul>',
    '<ul class="teaser-list"><li><p>{}</p></li><li><p>{}</p></li></ul>',
    '<div class="teaser-list"><div class="slide"><p>{}</p></div><div class="slide"><p>{}</p></div></div>',
    '<div class="teaserSlider"><div class="item"><h3>{}</h3></div><div class="item"><h3>{}</h3></div></div>',
    '<section class="teasers"><div><p>{}</p></div><div><p>{}</p></div></section>',
]


@pytest.mark.parametrize("lang", sorted(TEASER_TITLES))
@pytest.mark.parametrize("shape", TEASER_LISTS)
def test_unlinked_teaser_list_between_paragraphs_left_out(lang: str, shape: str) -> None:
    titles = TEASER_TITLES[lang]
    ps, got = _with_snippet(lang, shape.format(*titles))
    assert not any(t in got for t in titles)
    assert all(p in got for p in ps)


# ... while the story's own lead or key points in a block named "teaser" (not a list) stay
OWN_TEASERS = [
    '<p class="teaser">{}</p>',
    '<div class="article-teaser"><ul><li>{}</li><li>{}</li></ul></div>',
    '<div class="teaser-text"><p>{}</p><p>{}</p></div>',
]
OWN_LINES = {
    "de": ["Die Stadt baut bis 2028 eine zweite Brücke.", "Der Rat stimmt am Montag ab."],
    "en": ["The city will build a second bridge by 2028.", "The council votes on Monday."],
}


@pytest.mark.parametrize("lang", sorted(OWN_LINES))
@pytest.mark.parametrize("shape", OWN_TEASERS)
def test_story_lines_in_a_teaser_named_block_stay(lang: str, shape: str) -> None:
    lines = OWN_LINES[lang][: shape.count("{}")]
    ps, got = _with_snippet(lang, shape.format(*lines))
    assert all(line in got for line in lines)
    assert all(p in got for p in ps)


# Other pieces' titles under a "read also" label, unlinked: in a box of their own, or as a
# run of headings
RELATED = [
    ("de", "Mehr zum Thema", ["Neue Brücke über den Fluss geplant", "Stadtrat tagt am Montag"]),
    ("de", "Lesen Sie auch:", ["Neue Brücke über den Fluss geplant", "Stadtrat tagt am Montag"]),
    ("en", "Read more", ["Council approves new bridge over the river", "Mayor faces budget vote"]),
    (
        "fr",
        "Lire aussi",
        ["Le conseil approuve le nouveau pont", "Le maire face au vote du budget"],
    ),
    (
        "es",
        "Lee también",
        ["El ayuntamiento aprueba el nuevo puente", "El alcalde ante el voto del presupuesto"],
    ),
]
RELATED_SHAPES = [
    "<p>{label}</p><div><p>{0}</p><p>{1}</p></div>",
    "<p><strong>{label}</strong></p><div><div>{0}</div><div>{1}</div></div>",
    "<h2>{label}</h2><section><p>{0}</p><p>{1}</p></section>",
    "<h2>{label}</h2><h3>{0}</h3><h3>{1}</h3>",
    "<p>{label}</p><h4>{0}</h4><h4>{1}</h4>",
]


@pytest.mark.parametrize(("lang", "label", "titles"), RELATED)
@pytest.mark.parametrize("shape", RELATED_SHAPES)
def test_unlinked_titles_under_a_read_also_label_left_out(
    lang: str, label: str, titles: list[str], shape: str
) -> None:
    ps, got = _with_snippet(lang, shape.format(*titles, label=label))
    assert not any(t in got for t in titles)
    assert label.rstrip(":") not in " ".join(got)
    assert all(p in got for p in ps)


# ... and the story's real paragraphs and its subheads after such a label stay: a box with a
# sentence in it, one subhead over its paragraph, two subheads of different levels
KEPT_AFTER_LABEL = {
    "de": [
        "<p>Mehr zum Thema</p><div><p>Neue Brücke über den Fluss</p><p>Die Bauarbeiten beginnen im Frühjahr und dauern zwei Jahre.</p></div>",
        "<p>Lesen Sie auch</p><h3>Streit um die Kosten</h3><p>Die Opposition hält den Plan für zu teuer und fordert ein Gutachten.</p>",
        "<h2>Mehr zum Thema</h2><h3>Streit um die Kosten</h3><h4>Was die Opposition sagt</h4><p>Die Opposition hält den Plan für zu teuer und fordert ein Gutachten.</p>",
    ],
    "en": [
        "<p>Read more</p><div><p>A new bridge</p><p>Work starts in the spring and will take two years to finish.</p></div>",
        "<p>Read more</p><h3>A row over the costs</h3><p>The opposition calls the plan too expensive and wants a review.</p>",
        "<p>Read more</p><div><p>The opposition calls the plan too expensive and wants a review.</p></div>",
    ],
}


@pytest.mark.parametrize(
    ("lang", "snippet"), [(lang, s) for lang, rows in KEPT_AFTER_LABEL.items() for s in rows]
)
def test_story_lines_after_a_read_also_label_stay(lang: str, snippet: str) -> None:
    ps, got = _with_snippet(lang, snippet)
    text = lxml.html.fromstring(f"<div>{snippet}</div>")
    story = [clean(e.text_content()) for e in text.iter("p", "h3", "h4") if e.text_content()]
    story = [s for s in story if s not in ("Mehr zum Thema", "Read more", "Lesen Sie auch")]
    assert all(s in got for s in story)
    assert all(p in got for p in ps)


# ... and title-like lines with no label before them: a box of short facts, two headings in a row
NO_LABEL = [
    ("fr", "<div><p>Inscriptions jusqu'au 15 mars</p><p>Places limitées à 30 personnes</p></div>"),
    ("de", "<h3>Streit um die Kosten</h3><h3>Was die Opposition sagt</h3>"),
    (
        "en",
        "<p>What happens next</p><div><p>Work starts in the spring</p><p>The council votes on Monday</p></div>",
    ),
]


@pytest.mark.parametrize(("lang", "snippet"), NO_LABEL)
def test_title_like_lines_without_a_label_stay(lang: str, snippet: str) -> None:
    ps, got = _with_snippet(lang, snippet)
    lines = [
        clean(t) for t in lxml.html.fromstring(f"<div>{snippet}</div>").itertext() if t.strip()
    ]
    assert all(line in got for line in lines)
    assert all(p in got for p in ps)
