"""Test helper: the invented article page session 31's title tables fill in
(tests/test_extract_titles31.py, test_extract_titles31_review.py): a <title>, the head's
other metas a row names, an <article> with the row's h1 and a paragraph of story in the
page's language. Every page is made up; the markup is the kind news pages use."""

from __future__ import annotations

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "sv": "Ett stycke av artikeln, tillräckligt långt för att läsas som en text. ",
    "nb": "Et avsnitt av artikkelen, langt nok til å leses som en tekst. ",
    "ja": "これは記事の段落で、本文として読めるだけの長さがあります。",
}


def tab_page(title: str, *, h1: str | None = None, head: str = "", lang: str = "de") -> bytes:
    """The page titled `title`, with `head` in its head and `h1` (if any) over the story."""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f"<article>{heading}<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


def tab_title(title: str, url: str, **kw: str) -> str | None:
    """The title read from `tab_page(title, **kw)` at `url`."""
    return extract_article(tab_page(title, **kw), url).title
