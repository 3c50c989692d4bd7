"""The lead image on sites never seen, where the markup gives it in a shape the other rules
miss: the article's JSON-LD image written only in a second object of the same article (two
plugins each writing one) or in the page's WebPage object (`primaryImageOfPage`), og:image a
default card; and a picture built by script, named in the markup only by its <noscript>
fallback, at the size that fallback shows (the declared image is the same file at a share
card's size: "-1200x630", another format, or a resizing path "/fit-in/1200x0/").

Guards: a related story's object, naming another page and another headline, lends no image;
a <noscript> of another file (a tracking pixel, another story's picture) is none.
Invented pages, names and addresses."""

from __future__ import annotations

import json

import pytest

from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

URL = "https://www.hafenblatt.example/lokales/2026/12/05/faehre-faellt-aus-4711"
MEDIA = "https://media.hafenblatt.example/2026/12"
TITLE = "Fähre fällt am Wochenende aus"
TEXT = (
    "Wegen einer Sturmwarnung fährt die Fähre zwischen dem Hafen und der Insel am Samstag "
    "und am Sonntag nicht, teilte die Reederei am Freitagabend mit."
)
DEFAULT_OG = (
    '<meta property="og:image" content="https://www.hafenblatt.example/img/og-default.png">'
)


def _ld(*objects: object) -> str:
    return "".join(
        f'<script type="application/ld+json">{json.dumps(o, ensure_ascii=False)}</script>'
        for o in objects
    )


def _page(head: str, top: str = "", after_second: str = "", upper: bool = False) -> str:
    paragraphs = [f"<p>{TEXT} ({i})</p>" for i in range(4)]
    paragraphs.insert(2, after_second)
    body = f"<main><article><h1>{TITLE}</h1>{top}{''.join(paragraphs)}</article></main>"
    page = f'<html lang="de"><head><title>{TITLE}</title>{head}</head><body>{body}</body></html>'
    return page.replace("<noscript>", "<NOSCRIPT>").replace("<img", "<IMG") if upper else page


def _image(page: str) -> str | None:
    doc = parse(page, URL)
    assert doc is not None
    return image(doc, None)


ARTICLE = {
    "@type": "NewsArticle",
    "headline": TITLE,
    "url": URL,
    "datePublished": "2026-12-05T08:00:00+01:00",
    "author": {"@type": "Person", "name": "Anna Muster"},
    "articleBody": TEXT,
}
PHOTO = f"{MEDIA}/faehre-am-anleger.jpg"


# --- the JSON-LD image in another object of the same page ---------------------------------

SAME_PAGE = {
    # a second, thinner article object of the same headline (its apostrophe an entity) holds
    # the image; the fuller one, picked as the article, has none
    "second-article-object": _ld(
        {"@type": "NewsArticle", "headline": TITLE.replace("ä", "&auml;"),
         "image": {"@type": "ImageObject", "url": PHOTO}},
        ARTICLE,
    ),
    "second-article-object-list": _ld(
        ARTICLE, {"@type": "Article", "headline": TITLE, "image": [PHOTO, f"{MEDIA}/other.jpg"]}
    ),
    # a graph: the article without an image, the WebPage of the page's address naming it
    "webpage-primary-image": _ld(
        {"@graph": [
            {**ARTICLE, "@type": "Article", "@id": f"{URL}#article"},
            {"@type": "WebPage", "@id": URL, "url": URL,
             "primaryImageOfPage": {"@id": f"{URL}#primaryimage"}},
            {"@type": "ImageObject", "@id": f"{URL}#primaryimage", "url": PHOTO},
        ]}
    ),
    "webpage-image-string": _ld(ARTICLE, {"@type": "WebPage", "url": URL, "image": PHOTO}),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(SAME_PAGE))
@pytest.mark.parametrize("og", [DEFAULT_OG, ""], ids=["default-og", "no-og"])
def test_image_of_another_object_of_the_page(case: str, og: str) -> None:
    assert _image(_page(og + SAME_PAGE[case])) == PHOTO


OTHER_STORY = {
    "@type": "NewsArticle",
    "headline": "Neue Brücke zur Insel eröffnet",
    "url": "https://www.hafenblatt.example/lokales/2026/12/01/neue-bruecke-4700",
    "image": f"{MEDIA}/bruecke.jpg",
}


@pytest.mark.parametrize("og", [DEFAULT_OG, ""], ids=["default-og", "no-og"])
def test_related_story_lends_no_image(og: str) -> None:
    assert _image(_page(og + _ld(ARTICLE, OTHER_STORY))) is None


# --- a picture built by script, named only in <noscript> ---------------------------------

NOSCRIPT = {
    # (declared image, the <noscript> fallback's address)
    "size-after-name": (
        f"{MEDIA}/faehre-am-anleger-1200x630.jpg",
        f"{MEDIA}/faehre-am-anleger-800x450.jpg",
    ),
    "size-in-path": (
        "https://img.hafenblatt.example/2026/12/xK3p/fit-in/1200x0/faehre-am-anleger.jpg",
        "https://img.hafenblatt.example/2026/12/xK3p/fit-in/646x0/faehre-am-anleger.jpg",
    ),
    "other-format": (f"{MEDIA}/faehre-am-anleger.jpg", f"{MEDIA}/faehre-am-anleger.webp"),
}  # fmt: skip


def _scripted(src: str) -> str:
    """The lead's place: a box a script fills, the picture only in its <noscript>."""
    return (
        '<div class="lead-media" data-component="picture"></div>'
        f'<noscript><img src="{src}" alt="Die Fähre am Anleger"></noscript>'
    )


BODY_PICTURE = (
    f'<figure><img src="{MEDIA}/reederei-buero.jpg" width="800" height="533" alt="">'
    "<figcaption>Das Büro der Reederei. Foto: Hafenblatt</figcaption></figure>"
)


@pytest.mark.parametrize("case", sorted(NOSCRIPT))
@pytest.mark.parametrize("upper", [False, True], ids=["lower", "upper-tags"])
@pytest.mark.parametrize("body", ["", BODY_PICTURE], ids=["alone", "body-picture-later"])
def test_noscript_fallback_at_its_size(case: str, upper: bool, body: str) -> None:
    declared, shown = NOSCRIPT[case]
    head = f'<meta property="og:image" content="{declared}">'
    assert _image(_page(head, _scripted(shown), body, upper)) == shown


@pytest.mark.parametrize(
    "fallback",
    [
        '<img src="https://stats.hafenblatt.example/pixel.gif?p=4711" width="1" height="1">',
        f'<img src="{MEDIA}/bruecke-800x450.jpg" alt="">',
    ],
    ids=["tracking-pixel", "another-picture"],
)
@pytest.mark.parametrize("body", ["", BODY_PICTURE], ids=["alone", "body-picture-later"])
def test_noscript_of_another_file_is_none(fallback: str, body: str) -> None:
    """Past the article's first paragraph (an embed's, a counter's): not the declared image
    at another size, and no lead."""
    declared = f"{MEDIA}/faehre-am-anleger-1200x630.jpg"
    head = f'<meta property="og:image" content="{declared}">'
    later = f'<div class="embed"></div><noscript>{fallback}</noscript>{body}'
    assert _image(_page(head, "", later)) == declared


# --- a lead built by script at the lead's place, its own file (no declared image names it) --

LEAD_SHAPES = {
    "empty-box": '<div class="lead-media" data-component="picture"></div>{}',
    "figure-with-caption": (
        "<figure>{}<figcaption>Die Fähre am Anleger. Foto: Hafenblatt</figcaption></figure>"
    ),
    "bare": "{}",
}
LEAD = f"{MEDIA}/anleger-morgens-8841.jpg"


@pytest.mark.parametrize("shape", sorted(LEAD_SHAPES))
@pytest.mark.parametrize(
    "head",
    [DEFAULT_OG, f'<meta property="og:image" content="{MEDIA}/share-card-4711.jpg">', ""],
    ids=["default-og", "og-another-file", "no-og"],
)
@pytest.mark.parametrize("body", ["", BODY_PICTURE], ids=["alone", "body-picture-later"])
@pytest.mark.parametrize("upper", [False, True], ids=["lower", "upper-tags"])
def test_noscript_lead_at_the_lead_place(shape: str, head: str, body: str, upper: bool) -> None:
    fallback = f'<noscript><img src="{LEAD}" alt="Die Fähre am Anleger"></noscript>'
    top = LEAD_SHAPES[shape].format(fallback)
    assert _image(_page(head, top, body, upper)) == LEAD


@pytest.mark.parametrize(
    "fallback",
    [
        f'<img src="{MEDIA}/autoren/anna-muster.jpg" alt="Anna Muster" class="author-avatar">',
        '<img src="https://stats.hafenblatt.example/pixel.gif?p=4711" width="1" height="1">',
        f'<img src="{MEDIA}/icons/share-whatsapp.png" width="24" height="24" alt="">',
    ],
    ids=["avatar", "tracking-pixel", "icon"],
)
def test_noscript_furniture_at_the_lead_place_is_no_lead(fallback: str) -> None:
    declared = f"{MEDIA}/share-card-4711.jpg"
    head = f'<meta property="og:image" content="{declared}">'
    top = f'<p class="byline">Von Anna Muster</p><noscript>{fallback}</noscript>'
    assert _image(_page(head, top)) == declared


def test_noscript_after_the_first_paragraph_is_no_lead() -> None:
    """A fallback past the article's first paragraph is the body's (an embed's, a map's)."""
    declared = f"{MEDIA}/share-card-4711.jpg"
    head = f'<meta property="og:image" content="{declared}">'
    later = f'<noscript><img src="{MEDIA}/karte-faehrlinie.jpg" alt="Karte"></noscript>'
    assert _image(_page(head, "", later)) == declared
