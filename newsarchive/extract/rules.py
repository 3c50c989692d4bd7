"""Per-site extraction rules: what a site's pages need beyond the generic cascade.

Site profiles (newsarchive.sites) hold one or more of these, each valid from a
date, so an old capture is read with the rules of its day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal


@dataclass(frozen=True)
class SiteRules:
    """CSS selectors and facts for one site layout; None means: use the generic rule."""

    valid_from: date = date.min
    timezone: str | None = None  # IANA zone for dates printed without an offset
    publisher_names: tuple[str, ...] = ()  # removed from author lists
    title: str | None = None
    # "headline": the JSON-LD headline is the site's title of record, og:title a social variant.
    title_source: Literal["headline"] | None = None
    subtitle: str | None = None
    authors: str | None = None
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    topics: str | None = None  # selector of each topic label (its text, or a meta's listed content)
    topics_exclude: tuple[str, ...] = ()  # regexes of the site's desk or wire labels: not topics
    tags: str | None = None
    body: str | None = None  # selector of the article body container
    body_exclude: tuple[str, ...] = ()  # selectors removed from the body container
    image: str | None = None
