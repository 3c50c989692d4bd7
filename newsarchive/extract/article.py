"""The result of extracting one page: what a reader sees, as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """Metadata and text of one article page; None or [] where the page has nothing."""

    url: str
    canonical_url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    topics: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    body: str | None = None
    image: str | None = None
    language: str | None = None
    word_count: int | None = None
    # The page's HTML was over the size limit (EXTRACT_MAX_HTML): the body ends where it was cut.
    truncated: bool = False
