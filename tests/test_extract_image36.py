"""The declared lead image where a JSON-LD ImageObject states its address in a shape of its
own (issue 10, session 36): schema.org lets any property hold several values, so `url` or
`contentUrl` may be a list, and a CMS may leave one of them empty beside the other.

Invented pages, one per row, in several languages; none shows a picture in its markup, so
the declared image is all there is. Rows marked "(guard)" passed before too.
"""

# ruff: noqa: E501  -- HTML snippets read best one per line

from __future__ import annotations

import json
from typing import Any

import pytest

from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

PAGES = {
    "en": (
        "https://www.harbourpost.example/news/2026/12/ferry-cancelled",
        "Ferry cancelled for the weekend",
        "The ferry between the harbour and the island will not run on Saturday or Sunday.",
    ),
    "de": (
        "https://hafenblatt.example/lokales/faehre-faellt-aus-4711.html",
        "Fähre fällt am Wochenende aus",
        "Wegen Sturmwarnung fährt die Fähre zwischen Hafen und Insel am Samstag nicht.",
    ),
    "ja": (
        "https://www.umibe.example/articles/20261203-ferry",
        "週末のフェリーが欠航",
        "嵐の警報のため、港と島を結ぶフェリーは土曜日と日曜日に運航しません。",
    ),
}
PHOTO = "https://cdn.harbourpost.example/img/2026/12/ferry-at-the-pier-1200.jpg"
SMALL = "https://cdn.harbourpost.example/img/2026/12/ferry-at-the-pier-600.jpg"


def _page(lang: str, picture: Any) -> str:
    _, title, text = PAGES[lang]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "image": picture,
    }
    paragraphs = "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return (
        f'<html lang="{lang}"><head><title>{title}</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        f"<main><article><h1>{title}</h1>{paragraphs}</article></main></body></html>"
    )


@pytest.mark.parametrize("lang", list(PAGES))
@pytest.mark.parametrize(
    ("picture", "expected"),
    [
        pytest.param({"@type": "ImageObject", "url": [PHOTO, SMALL]}, PHOTO, id="url-list"),
        pytest.param({"@type": "ImageObject", "contentUrl": [PHOTO]}, PHOTO, id="contentUrl-list"),
        pytest.param([{"@type": "ImageObject", "url": [PHOTO]}], PHOTO, id="list-of-objects-with-url-list"),
        # an empty url beside the address in contentUrl (a CMS's field left blank)
        pytest.param({"@type": "ImageObject", "url": "", "contentUrl": PHOTO}, PHOTO, id="empty-url-contentUrl"),
        pytest.param({"@type": "ImageObject", "url": " ", "contentUrl": [PHOTO]}, PHOTO, id="blank-url-contentUrl-list"),
        pytest.param({"@type": "ImageObject", "url": [], "contentUrl": PHOTO}, PHOTO, id="empty-list-url"),
        # (guard) the shapes read before
        pytest.param({"@type": "ImageObject", "url": PHOTO, "contentUrl": SMALL}, PHOTO, id="url-first (guard)"),
        pytest.param({"@type": "ImageObject", "contentUrl": PHOTO}, PHOTO, id="contentUrl (guard)"),
        pytest.param([PHOTO, SMALL], PHOTO, id="string-list (guard)"),
        pytest.param({"@type": "ImageObject", "url": ""}, None, id="empty-only (guard)"),
        pytest.param({"@type": "ImageObject", "url": [1200, None]}, None, id="no-address (guard)"),
    ],
)  # fmt: skip
def test_an_image_object_address_in_any_shape(
    lang: str, picture: Any, expected: str | None
) -> None:
    url = PAGES[lang][0]
    assert image(parse(_page(lang, picture), url), None) == expected
