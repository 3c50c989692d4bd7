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


def extract_article(
    html: str | bytes, url: str, rules: SiteRules | None = None, encoding: str | None = None
) -> Article:
    """Every field the page gives; never raises on bad markup (an empty page gives an empty Article)."""
    doc = parse(html, url, encoding)
    if doc is None:
        return Article(url=url)
    text = body.body(doc, rules)
    return Article(
        url=url,
        canonical_url=meta.canonical_url(doc),
        title=title.title(doc, rules),
        subtitle=title.subtitle(doc, rules),
        authors=authors.authors(doc, rules),
        published=dates.published(doc, rules),
        modified=dates.modified(doc, rules),
        section=meta.section(doc, rules),
        topics=topics.topics(doc, rules),
        tags=topics.tags(doc),
        body=text,
        image=meta.image(doc, rules),
        language=meta.language(doc),
        word_count=len(_WORD.findall(text)) if text else None,
    )
