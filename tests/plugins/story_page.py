"""Test helper: one invented article page (a headline and four paragraphs of `text`), as
the shared-crawl tests serve it from `page_origin`: enough body for the extractor to take
it for an article, nothing else on it."""

from __future__ import annotations


def story_page(title: str, text: str) -> bytes:
    """The page's bytes: `title` as <title> and <h1>, `text` opening each paragraph."""
    paragraphs = "".join(f"<p>{text} Paragraph {n} of the report.</p>" for n in range(4))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()
