"""Body text of invented pages from sites never seen, against body-31's rules: a block named
"teaser" that also carries an unrelated class word ("grid", "track", "list-unstyled") is the
story's own lead, no list of teasers; the story's continuation or short lines after a "read
more" label stay; a gallery's nested track keeps its captions without letting ads or other
galleries in. Invented sites and stories."""

# ruff: noqa: E501  -- sentences and HTML snippets read best one per line

from __future__ import annotations

import lxml.html
import pytest

from newsarchive.extract.text import clean
from tests.plugins.gallery_pages import gallery_body, gallery_items
from tests.test_extract_body30 import GALLERY
from tests.test_extract_body31 import _with_snippet

# The story's own lead or key points in a block named "teaser" beside a class word of the
# site's grid, its analytics or its CSS framework: one block "teaser", no list of teasers
OWN_LEAD = {
    "de": ["Die Stadt baut bis 2028 eine zweite Brücke.", "Der Rat stimmt am Montag ab."],
    "en": ["The city will build a second bridge by 2028.", "The council votes on Monday."],
    "fr": ["La ville construira un second pont d'ici 2028.", "Le conseil vote lundi."],
}
OWN_LEAD_SHAPES = [
    '<div class="article-teaser js-track"><p>{}</p><p>{}</p></div>',
    '<div class="teaser grid-col-8"><p>{}</p><p>{}</p></div>',
    '<ul class="teaser list-unstyled"><li>{}</li><li>{}</li></ul>',
    '<div class="o-grid__item c-teaser"><p>{}</p><p>{}</p></div>',
    '<div class="teaser" data-component="track-visibility"><ul><li>{}</li><li>{}</li></ul></div>',
]


@pytest.mark.parametrize("lang", sorted(OWN_LEAD))
@pytest.mark.parametrize("shape", OWN_LEAD_SHAPES)
def test_teaser_block_with_an_unrelated_list_word_stays(lang: str, shape: str) -> None:
    lines = OWN_LEAD[lang]
    ps, got = _with_snippet(lang, shape.format(*lines))
    assert all(line in got for line in lines)
    assert all(p in got for p in ps)


# ... while a block whose one name says a list of teasers still goes, beside other classes
TEASER_TITLES = ["Neue Brücke über den Fluss geplant", "Stadtrat tagt am Montag über den Haushalt"]


@pytest.mark.parametrize(
    "shape",
    [
        '<div class="c-teaser-list js-track"><div><p>{}</p></div><div><p>{}</p></div></div>',
        '<div class="grid teasers"><div><p>{}</p></div><div><p>{}</p></div></div>',
        '<div id="teaserSlider" class="clearfix"><div><h3>{}</h3></div><div><h3>{}</h3></div></div>',
    ],
)
def test_teaser_list_beside_other_classes_left_out(shape: str) -> None:
    ps, got = _with_snippet("de", shape.format(*TEASER_TITLES))
    assert not any(t in got for t in TEASER_TITLES)
    assert all(p in got for p in ps)


# The story's own lines after a "read more" label: a paywall's "Read more" before the rest
# of the story, a label whose promo a script fills, then the story's next box
KEPT_AFTER_LABEL = [
    (
        "en",
        '<div class="paywall-cut"><p>Read more</p></div><div class="rest"><p>The work will start in the spring and take two years.</p><p>Residents were asked for their views.</p></div>',
    ),
    (
        "de",
        '<p>Lesen Sie auch:</p><div class="frage"><p>Was kostet die Brücke?</p><p>Die Stadt rechnet mit 40 Millionen Euro, der Bund zahlt die Hälfte.</p></div>',
    ),
    (
        "fr",
        '<p>Lire aussi</p><div class="chapitre"><h2>Un chantier de deux ans</h2><p>Les travaux commenceront au printemps et dureront deux ans.</p></div>',
    ),
]


@pytest.mark.parametrize(("lang", "snippet"), KEPT_AFTER_LABEL)
def test_story_after_a_read_more_label_stays(lang: str, snippet: str) -> None:
    ps, got = _with_snippet(lang, snippet)
    doc = lxml.html.fromstring(f"<div>{snippet}</div>")
    story = [clean(e.text_content()) for e in doc.iter("p", "h2") if e.text_content()]
    story = [s for s in story if s not in ("Read more", "Lesen Sie auch:", "Lire aussi")]
    assert all(s in got for s in story)
    assert all(p in got for p in ps)


# A gallery whose nested track also holds an ad's slot: the captions stay, the ad's line not
AD_LINE = "Anzeige"


def test_gallery_track_with_an_ad_slot_keeps_captions_drops_ad() -> None:
    text, slides = GALLERY["de"]
    items = gallery_items(slides)
    items.insert(1, f'<div class="gallery-item ad-slot"><span>{AD_LINE}</span></div>')
    inner = f'<p>{text}</p><div class="gallery-track">{"".join(items)}</div>'
    got = gallery_body("de", slides, inner)
    assert text in got
    assert all(c in got for _, c in slides)
    assert AD_LINE not in got.split("\n")


# ... and a gallery wrapper that also holds a list of the site's other galleries after the
# track, its links there: widened to the wrapper, the body takes none of them
OTHER_GALLERIES = ["Das Stadtfest in Bildern", "Die neue Bibliothek von innen"]


def test_gallery_wrapper_with_other_galleries_keeps_them_out() -> None:
    text, slides = GALLERY["de"]
    own = "".join(gallery_items(slides))
    others = "".join(
        f'<li><a href="/galerie/{i}-1.html"><img src="/t{i}.jpg">{t}</a></li>'
        for i, t in enumerate(OTHER_GALLERIES)
    )
    inner = (
        f'<p>{text}</p><div class="gallery-track">{own}</div>'
        f'<div class="gallery-more"><h3>Weitere Bildergalerien</h3><ul>{others}</ul></div>'
    )
    got = gallery_body("de", slides, inner)
    assert text in got
    assert all(c in got for _, c in slides)
    assert not any(t in got for t in OTHER_GALLERIES)


# ... and a second carousel in the wrapper after the track, of the site's other galleries,
# its links added by a script: a track of slides of its own, no part of this gallery (the
# intro beside the track is then lost, as before body-31)
@pytest.mark.parametrize(
    "carousel",
    [
        '<div class="gallery-more"><h3>Weitere Bildergalerien</h3><div class="carousel">{}</div></div>',
        '<div class="carousel">{}</div>',
        '<div class="slides">{}</div>',
    ],
)
def test_gallery_wrapper_with_an_unlinked_carousel_of_other_galleries(carousel: str) -> None:
    text, slides = GALLERY["de"]
    own = "".join(gallery_items(slides))
    others = carousel.format(
        "".join(
            f'<div class="slide"><img src="/t{i}.jpg"><p>{t}</p></div>'
            for i, t in enumerate(OTHER_GALLERIES)
        )
    )
    inner = f'<p>{text}</p><div class="gallery-track">{own}</div>{others}'
    got = gallery_body("de", slides, inner)
    assert all(c in got for _, c in slides)
    assert not any(t in got for t in OTHER_GALLERIES)


# A flat live blog: an entry's "Read more:" whose promo a script fills, then the next entry's
# time and title as two headings of one level over its text: the entry's title stays (its
# time alone goes as it did before)
LIVE = {
    "en": (
        "<p>Read more:</p><h3>11:58</h3><h3>Mayor speaks at the scene</h3><p>She said the bridge would stay closed until the engineers had checked every cable.</p>",
        "Mayor speaks at the scene",
    ),
    "de": (
        "<p>Lesen Sie auch:</p><h3>11.58 Uhr</h3><h3>Bürgermeisterin vor Ort</h3><p>Sie sagte, die Brücke bleibe gesperrt, bis alle Seile geprüft seien.</p>",
        "Bürgermeisterin vor Ort",
    ),
}


@pytest.mark.parametrize("lang", sorted(LIVE))
def test_live_blog_entry_after_a_read_also_label_stays(lang: str) -> None:
    snippet, title = LIVE[lang]
    ps, got = _with_snippet(lang, snippet)
    assert title in got
    assert all(p in got for p in ps)
