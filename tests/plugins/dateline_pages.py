"""Test helper: the invented article page session 31's date tables fill in
(tests/test_extract_dates31.py, test_extract_dates31_review.py): a headline, a case's line
under it, a first paragraph opening with the case's words, and what the case sets after the
story (a block inside the page's main, a script after its footer). Every page is made up; the
markup is the kind news pages use."""

from __future__ import annotations

from datetime import UTC, datetime

from newsarchive.extract import extract_article

FETCHED = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
HEADLINE = "The council approves the new harbour bridge after a long night"
STORY = (
    "After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)


def story_page(
    lang: str,
    head: str = "",
    line: str = "",
    opening: str = "",
    tail: str = "",
    *,
    script: str = "",
) -> str:
    """A story with `line` under its headline, its first paragraph opening with `opening`,
    `tail` after the article inside the page's main and `script` after its footer."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{HEADLINE}</title>{head}"
        f"</head><body><main><article><h1>{HEADLINE}</h1>{line}<p>{opening}{STORY}"
        f"</article>{tail}</main><footer>Contact</footer>{script}</body></html>"
    )


def story_dates(
    lang: str, line: str = "", opening: str = "", domain: str = "com"
) -> tuple[str | None, str | None]:
    """Published and modified of `story_page(lang, line=line, opening=opening)` on a host of
    the country `domain` names, fetched at FETCHED."""
    html = story_page(lang, line=line, opening=opening)
    found = extract_article(
        html, f"https://www.news.example.{domain}/a/4711-bridge", fetched=FETCHED
    )
    return found.published, found.modified
