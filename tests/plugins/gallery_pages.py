"""Test helper: the invented gallery page session 31's body tables fill in
(tests/test_extract_body31.py, test_extract_body31_review.py): a site's header, a headline
of the first two slides' titles, the case's gallery markup, a "most read" box and a footer.
Every site and caption is made up; the markup is the kind news pages use."""

from __future__ import annotations

from collections.abc import Sequence

from newsarchive.extract import extract_article

GALLERY_URL = "https://post.example/2026/market-hall-1"
SECTION = '<section class="gallery">{}</section>'  # the wrapper most cases use
Slides = Sequence[tuple[str, str]]  # (title, caption) of each slide


def gallery_page(lang: str, slides: Slides, wrapper: str, inner: str) -> str:
    """The page with `inner` in `wrapper` (a format string with one "{}")."""
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Markthalle</title>'
        '</head><body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>'
        f"<main><h1>{slides[0][0]}: {slides[1][0]}</h1>{wrapper.format(inner)}</main>"
        '<aside><p>Most read</p><ul><li><a href="/a">Another story about something</a></li></ul>'
        "</aside><footer><p>© 2026 Example Post</p></footer></body></html>"
    )


def gallery_items(slides: Slides) -> list[str]:
    """Each slide as a plain "gallery-item": its picture, title and caption."""
    return [
        f'<div class="gallery-item"><img src="/i/{i}.jpg"><h2>{t}</h2><p>{c}</p></div>'
        for i, (t, c) in enumerate(slides)
    ]


def gallery_body(lang: str, slides: Slides, inner: str) -> str:
    """The body read from the page with `inner` in a <section class="gallery">."""
    return extract_article(gallery_page(lang, slides, SECTION, inner), GALLERY_URL).body or ""
