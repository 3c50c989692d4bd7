"""A site's default share card of a plain name ("brand.png", nothing saying "default" or
"logo") as og:image, told by what else the page says of the file: it is the logo the page
shows (an <img> named so, or the picture of the link home), its icon (apple-touch-icon, a
tile's picture), or declared smaller than any share picture. The next image the page
declares is the lead, else the article's own picture in the body.

Invented pages, one per row, in several languages; a photograph declared at share size
or a plain name with nothing else telling it keeps its place.
"""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

PAGES = {
    "de": (
        "https://www.inselbote.example/region/faehre-faellt-aus-4711",
        "Fähre fällt am Wochenende aus",
        "Wegen einer Sturmwarnung fährt die Fähre zwischen Hafen und Insel am Samstag und Sonntag nicht.",
    ),
    "en": (
        "https://www.quayside-times.example/news/2026/12/04/ferry-cancelled",
        "Ferry cancelled for the weekend",
        "The ferry between the harbour and the island will not run on Saturday or Sunday because of a storm warning.",
    ),
    "pt": (
        "https://www.o-cais.example/regiao/ferry-cancelado-fim-de-semana",
        "Ferry cancelado no fim de semana",
        "Por causa de um aviso de tempestade, o ferry entre o porto e a ilha não sai no sábado nem no domingo.",
    ),
    "ko": (
        "https://www.hanbada.example/news/20261204-ferry",
        "주말 여객선 운항 중단",
        "폭풍 경보로 항구와 섬을 잇는 여객선이 토요일과 일요일에 운항하지 않는다고 선사가 밝혔다.",
    ),
}

PHOTO = "https://img.{host}/2026/12/ferry-storm-pier-4711.jpg"
CARD = "https://www.{host}/assets/brand.png"


def _page(lang: str, head: str, header: str = "", body_picture: str = "") -> str:
    _, title, text = PAGES[lang]
    paragraphs = [f"<p>{text} ({i})</p>" for i in range(5)]
    if body_picture:  # the article's own picture, set after its second paragraph
        paragraphs.insert(
            2, f'<figure><img src="{body_picture}" width="800" height="500"></figure>'
        )
    return (
        f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>'
        f"<div class='top'>{header}</div>"
        f"<main><article><h1>{title}</h1>{''.join(paragraphs)}</article></main></body></html>"
    )


def _host(lang: str) -> str:
    return PAGES[lang][0].split("/")[2].removeprefix("www.")


def _meta(key: str, value: str) -> str:
    return f'<meta property="{key}" content="{value}">'


def _ld_image(lang: str, url: str) -> str:
    obj = {
        "@type": "NewsArticle",
        "headline": PAGES[lang][1],
        "image": {"@type": "ImageObject", "url": url},
    }
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _lead(lang: str, head: str, header: str = "", body_picture: str = "") -> str | None:
    doc = parse(_page(lang, head, header, body_picture), PAGES[lang][0])
    assert doc is not None
    return image(doc, None)


def _case(lang: str, head: str, header: str, body: str, want: str | None, id: str) -> object:
    host = _host(lang)
    fill = {"host": host}
    return pytest.param(
        lang,
        head.format(card=CARD.format(**fill), photo=PHOTO.format(**fill)),
        header.format(card=CARD.format(**fill)),
        body.format(photo=PHOTO.format(**fill)),
        want and want.format(card=CARD.format(**fill), photo=PHOTO.format(**fill)),
        id=id,
    )


LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "image": "{photo}"}}</script>'
SIZE = _meta("og:image:width", "{w}") + _meta("og:image:height", "{h}")

PASSED_OVER = [
    _case(
        "de",
        _meta("og:image", "{card}") + LD,
        '<img class="masthead-logo" src="{card}" alt="">',
        "",
        "{photo}",
        "de-header-logo-then-jsonld",
    ),
    _case(
        "en",
        _meta("og:image", "{card}") + LD,
        '<a href="/"><img src="{card}" alt="Quayside Times"></a>',
        "",
        "{photo}",
        "en-picture-of-the-home-link-then-jsonld",
    ),
    _case(
        "pt",
        _meta("og:image", "{card}") + '<link rel="apple-touch-icon" href="{card}">' + LD,
        "",
        "",
        "{photo}",
        "pt-touch-icon-then-jsonld",
    ),
    _case(
        "ko",
        _meta("og:image", "{card}")
        + '<meta name="msapplication-TileImage" content="{card}">'
        + _meta("twitter:image", "{photo}"),
        "",
        "",
        "{photo}",
        "ko-tile-picture-then-twitter",
    ),
    _case(
        "en",
        _meta("og:image", "{card}") + SIZE.format(w=144, h=144) + LD,
        "",
        "",
        "{photo}",
        "en-declared-144-then-jsonld",
    ),
    _case(
        "de",
        _meta("og:image", "{card}") + SIZE.format(w=180, h=60),
        "",
        "",
        None,
        "de-declared-180x60-alone-is-no-lead",
    ),
    _case(
        "pt",
        _meta("og:image", "{card}"),
        '<a href="https://www.o-cais.example/"><img src="{card}"></a>',
        "{photo}",
        "{photo}",
        "pt-home-link-logo-then-the-body-picture",
    ),
    _case(
        "ko",
        _meta("og:image", "{card}") + '<link rel="icon" href="{card}">',
        "",
        "{photo}",
        "{photo}",
        "ko-icon-then-the-body-picture",
    ),
]

KEPT = [
    _case("en", _meta("og:image", "{card}"), "", "", "{card}", "en-plain-name-nothing-else-known"),
    _case(
        "de",
        _meta("og:image", "{photo}") + SIZE.format(w=1200, h=630),
        '<img class="logo" src="/assets/brand.svg">',
        "",
        "{photo}",
        "de-photo-at-share-size",
    ),
    _case(
        "pt",
        _meta("og:image", "{photo}") + SIZE.format(w=150, h=""),
        "",
        "",
        "{photo}",
        "pt-one-small-side-stated",
    ),
    _case(
        "ko",
        _meta("og:image", "{photo}") + '<link rel="icon" href="/favicon.ico">',
        '<a href="/"><img src="/assets/brand.png"></a>',
        "",
        "{photo}",
        "ko-other-files-are-the-logo-and-icon",
    ),
    _case(
        "en",
        _meta("og:image", "{photo}"),
        '<a href="/news/other-story"><img src="{card}"></a>',
        "",
        "{photo}",
        "en-picture-linked-to-a-story-is-no-logo",
    ),
]


@pytest.mark.parametrize(("lang", "head", "header", "body", "want"), PASSED_OVER + KEPT)
def test_the_declared_lead_image(
    lang: str, head: str, header: str, body: str, want: str | None
) -> None:
    assert _lead(lang, head, header, body) == want
