"""`extract_article`: parse once, then one cascade per field."""

from __future__ import annotations

import logging
import re

from newsarchive.extract import authors, body, dates, meta, title, topics
from newsarchive.extract.article import Article
from newsarchive.extract.document import parse
from newsarchive.extract.rules import SiteRules

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_FULL_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b",
    re.I,
)
_DATE_LINE = re.compile(
    r"^\W*(?:published|updated|posted)?\W*(?:\d+\s+(?:min|mins|minutes?|hrs?|hours?|days?)\s+ago"
    r"|\d{1,2}:\d{2}|\w+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})",
    re.I,
)


def extract_article(
    html: str | bytes, url: str, rules: SiteRules | None = None, encoding: str | None = None
) -> Article:
    """Every field the page gives; never raises on bad markup (no document: an empty Article)."""
    doc = parse(html, url, encoding)
    if doc is None:
        return Article(url=url)
    head = title.title(doc, rules)
    names = authors.authors(doc, rules)
    lead, main = body.body_parts(doc, rules)
    main = _drop_header_lines(main, [head or "", *names])
    # the lede is the body's own first paragraph: a lead found above it stays the subtitle
    sub = title.subtitle(doc, rules, lede=main.split("\n\n", 1)[0] if main else None)
    text = "\n\n".join(p for p in (lead, main) if p) or None
    return Article(
        url=url,
        canonical_url=meta.canonical_url(doc),
        title=head,
        subtitle=sub,
        authors=names,
        published=dates.published(doc, rules),
        modified=dates.modified(doc, rules),
        section=meta.section(doc, rules),
        topics=topics.topics(doc, rules),
        tags=topics.tags(doc),
        body=text,
        image=meta.image(doc, rules),
        language=meta.language(doc),
        word_count=len(text.split()) if text else None,
    )


def _drop_header_lines(text: str | None, header: list[str]) -> str | None:
    """Drop the headline, byline and date lines that article containers often repeat."""
    if not text:
        return text
    known = {_norm(h) for h in header if h}
    known |= {"by " + k for k in known}
    kept = [p for p in text.split("\n\n") if _norm(p) not in known and not _is_date_line(p)]
    return "\n\n".join(kept) or None


def _is_date_line(p: str) -> bool:
    """ "Updated 3 hours ago", "Politics / January 11, 2024": a line, not a sentence."""
    if len(p) < 40 and _DATE_LINE.search(p):
        return True
    return len(p) < 60 and not p.endswith((".", "!", "?", '"', "”")) and bool(_FULL_DATE.search(p))


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s)).casefold()
