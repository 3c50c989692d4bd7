"""Where a section's listing ends, and why: the news spider's bookkeeping per section.

A listing has ended when the site says so (no "next" link, no "show more"
control, the API's `has_more`/total), when the run's limits say so (depth,
`since`, `max_articles`), or after a bounded number of pages in a row that
listed nothing new: one page of repeats is no proof of the end (a "show
more" asked from the wrong offset answers with what the page showed). Pure
code, no Scrapy: the spider feeds it and copies the outcome into its stats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsarchive.sites.base import ShowMore
from newsarchive.spiders.sources import ShowMoreAnswer

DEFAULT_REPEAT_PAGES = 2  # pages in a row listing nothing new that end a section

# Why a section's listing ended, as the run report says it.
END_REASONS = {
    "last_page": "the page has no next page",
    "no_show_more": "the page has no 'show more' control",
    "end_marker": "the answer said it was the last",
    "total": "the answer's total was reached",
    "short_page": "an answer held fewer entries than asked for",
    "empty": "a page listed nothing",
    "repeats": "pages in a row listed nothing new",
    "depth": "the depth limit (-a depth)",
    "since": "it reached articles older than -a since",
    "max_articles": "the article limit (-a max_articles)",
    "unreadable": "an answer was not of the expected shape",
    "past_end": "the next page was not found (404, 410)",
    "failed": "a listing page could not be fetched",
    "unfinished": "a listing request was dropped before its answer",
}


@dataclass
class SectionListing:
    """What one section's listing pages have given so far."""

    pages: int = 0  # listing pages read (the section page, next pages, show-more answers)
    repeats: int = 0  # pages in a row that listed no article new to the section
    listed: set[str] = field(default_factory=set)  # article URLs its pages listed
    ended: str | None = None  # a key of END_REASONS once the section is done

    def summary(self) -> dict[str, object]:
        return {"pages": self.pages, "articles": len(self.listed), "ended": self.ended}


class ListingProgress:
    """Every section's listing progress in one run."""

    def __init__(self, repeat_pages: int = DEFAULT_REPEAT_PAGES) -> None:
        if repeat_pages < 1:
            raise ValueError("LISTING_REPEAT_PAGES must be at least 1")
        self.repeat_pages = repeat_pages
        self.sections: dict[str, SectionListing] = {}

    def section(self, name: str) -> SectionListing:
        return self.sections.setdefault(name, SectionListing())

    def read(self, name: str, listed: set[str]) -> SectionListing:
        """Count one listing page of `name` that listed these article URLs."""
        section = self.section(name)
        section.pages += 1
        new = listed - section.listed
        section.listed |= listed
        section.repeats = 0 if new else section.repeats + 1
        return section

    def stop(self, name: str, page: int, depth: int, full: bool, too_old: bool) -> str | None:
        """Why the section must not ask for another page (None: it may go on)."""
        section = self.section(name)
        if full:
            return "max_articles"
        if too_old:
            return "since"
        if section.repeats >= self.repeat_pages:
            return "repeats"
        if page >= depth:
            return "depth"
        return None

    def end(self, name: str, reason: str) -> None:
        self.section(name).ended = reason

    def section_of(self, url: str) -> str | None:
        """The first section (by name) whose listing named this article URL."""
        for name in sorted(self.sections):
            if url in self.sections[name].listed:
                return name
        return None


def first_offset(html: str, spec: ShowMore, teasers: int) -> int:
    """Where a section page's "show more" continues: what the page states, else the
    profile's fixed offset, else the number of teasers the page showed."""
    if spec.offset_pattern:
        match = re.search(spec.offset_pattern, html)
        if match and match.group(1).isdigit():
            return int(match.group(1))
    return spec.first_offset if spec.first_offset is not None else teasers


def answer_end(answer: ShowMoreAnswer, spec: ShowMore, offset: int) -> str | None:
    """Why the listing ends with this answer, by what the answer itself says (None: go on)."""
    if answer.more is False:
        return "end_marker"
    if answer.total is not None and next_offset(answer, offset) >= answer.total:
        return "total"
    if not answer.entries:
        return "empty"
    if answer.more is None and answer.total is None and len(answer.entries) < spec.size:
        return "short_page"
    return None


def next_offset(answer: ShowMoreAnswer, offset: int) -> int:
    """The answer's own next offset, else this one plus what it held."""
    if answer.next_offset is not None and answer.next_offset > offset:
        return answer.next_offset
    return offset + len(answer.entries)
