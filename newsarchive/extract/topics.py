"""Topics (related-topic labels as a reader sees them) and tags (keywords)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from newsarchive.extract.document import Document
from newsarchive.extract.meta import parsely
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean, dedupe

TAG_META = ("article:tag", "og:article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords",
            "dc.subject", "cxenseparse:recs:articletag")
TOPIC_LINK_XPATH = (
    "//*[contains(@class,'related-topics') or contains(@class,'tags') or contains(@class,'topics')"
    " or contains(@class,'keywords') or @rel='tag' and self::a]"
)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_ID = re.compile(r"^(?:[\w.-]+[:=/]|\d+$)|[{}<>]")
_MAX_TOPIC_LEN = 80


def topics(doc: Document, rules: SiteRules | None) -> list[str]:
    """First source giving labels; slug-only sources are used only if nothing better exists."""
    fallback: list[str] = []
    for values in _cascade(doc, rules):
        labels = clean_topics(values)
        if not labels:
            continue
        if all(_SLUG.match(v) and ("-" in v or "_" in v or v.islower()) for v in labels) and len(labels) > 1:
            fallback = fallback or labels
            continue
        return labels
    return fallback


def tags(doc: Document) -> list[str]:
    """All keywords the page declares, in any metadata vocabulary."""
    values = _jsonld_keywords(doc.article.get("keywords"))
    values += _split(doc.all_meta(*TAG_META))
    values += as_strings(parsely(doc).get("tags"))
    return clean_topics(values)


def _cascade(doc: Document, rules: SiteRules | None) -> Iterator[list[str]]:
    if rules and rules.topics:
        yield [el.text_content() for el in doc.tree.cssselect(rules.topics)]
    yield _jsonld_keywords(doc.article.get("keywords"))
    yield doc.all_meta("article:tag", "og:article:tag")
    yield _split(doc.all_meta("parsely-tags")) + as_strings(parsely(doc).get("tags"))
    yield _split(doc.all_meta("news_keywords", "sailthru.tags"))
    yield _split(doc.all_meta("keywords"))
    yield as_strings(doc.article.get("about"))


def _jsonld_keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return _split([value])
    return as_strings(value)


def _split(values: list[str]) -> list[str]:
    return [p for v in values for p in re.split(r"\s*[,;]\s*", v)]


def clean_topics(values: list[str]) -> list[str]:
    """Labels deduplicated; ids, prefixed codes and over-long strings dropped."""
    out = []
    for v in values:
        v = clean(v)
        if not v or len(v) > _MAX_TOPIC_LEN or _ID.search(v):
            continue
        out.append(v)
    return dedupe(out)
