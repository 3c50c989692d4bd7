"""Test helper: the invented article page the body tables fill in (tests/test_extract_body28.py,
test_extract_body29.py, test_extract_body30.py): a site header, the headline and the story's
paragraphs in unclassed-looking blocks, a footer, in the page's language; and the row's line
set above, between or under the story's paragraphs. Every site and sentence is made up."""

from __future__ import annotations

import html

from newsarchive.extract import extract_article

URL = "https://stadtblatt.example/lokales/bibliothek-123.html"
# where a table's line goes: before the first paragraph, after the second, after the last
WHERE = ("above", "between", "under")


def story_page(lang: str, headline: str, paragraphs: list[str], joined: str = "p") -> str:
    """The page: each paragraph a <p>, or ("br") all as text in one <div> broken by <br><br>."""
    if joined == "p":
        text = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    else:
        text = "<div>" + "<br><br>".join(html.escape(p) for p in paragraphs) + "</div>"
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<title>{headline}</title></head><body><header><a href="/">Stadtblatt</a></header>'
        f'<div class="k3x"><div class="q7z">'
        f'<h1>{headline}</h1><div class="a1b2">{text}</div></div></div>'
        "<footer><p>© 2026 Stadtblatt</p></footer></body></html>"
    )


def story_body(lang: str, headline: str, paragraphs: list[str], joined: str = "p") -> str:
    """The body text extracted from `story_page`."""
    return extract_article(story_page(lang, headline, paragraphs, joined), URL).body or ""


def with_line(paragraphs: list[str], line: str, where: str) -> list[str]:
    """The story's paragraphs with `line` set at `where` (one of WHERE)."""
    at = {"above": 0, "between": 2, "under": len(paragraphs)}[where]
    return [*paragraphs[:at], line, *paragraphs[at:]]
