"""Test helper: the invented article page the published-instant tables fill in
(tests/test_extract_dates25.py, test_extract_dates25b.py, test_extract_dates_unseen24.py,
test_extract_dates27.py):
a headline, two paragraphs of story, a case's date shapes in the head and above the
story, and its JSON-LD if it has one. Every page is made up; the markup is the kind news
pages use."""

from __future__ import annotations

import json
from datetime import UTC, datetime

FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
HEADLINE = "The council approves the new harbour bridge after a long night"
TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)


def page(
    lang: str,
    head: str,
    body: str,
    ld: dict[str, object] | None,
    *,
    headline: str = HEADLINE,
    text: str = TEXT,
    footer: str = "Contact",
) -> str:
    """The whole page: `head` in its <head>, `body` between the <h1> and the story."""
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title>{script}{head}"
        f"</head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{headline}</h1>{body}{text}</article></main><footer>{footer}</footer></body></html>"
    )


def article_ld(headline: str = HEADLINE, **fields: object) -> dict[str, object]:
    """A NewsArticle's JSON-LD with `fields`."""
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        **fields,
    }


def meta_line(text: str) -> str:
    """A line of the byline block."""
    return f"<p class='meta'>{text}</p>"


def meta(name: str, value: str) -> str:
    """A <meta>: `property` for Open Graph's `a:b` names, `name` for the rest (DC. too)."""
    attr = "property" if ":" in name and not name.startswith("DC") else "name"
    return f"<meta {attr}='{name}' content='{value}'>"


def news_url(domain: str) -> str:
    """An article's address at a news site of the top-level domain `domain`."""
    return f"https://www.news.example.{domain}/a/4711-bridge"
