"""Title and subtitle cascades."""

from __future__ import annotations

import re

from newsarchive.extract.document import Document
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean

TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title", "headline")
SUBTITLE_CLASSES = ("sub-headline", "subheadline", "sub-title", "subtitle", "standfirst", "dek",
                    "article-summary", "article__summary", "strapline", "deck", "summary")
SUBTITLE_XPATH = " | ".join(
    f"//*[self::h2 or self::p or self::div][contains(concat(' ', normalize-space(@class), ' '), ' {c} ')]"
    for c in SUBTITLE_CLASSES
)
# " | Site", " - Site", " – Site", " — Site" at the end of <title> or og:title.
_SITE_SUFFIX = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022]\s+[^|\-\u2013\u2014:]{2,40}$")


def title(doc: Document, rules: SiteRules | None) -> str | None:
    if rules and rules.title:
        for el in doc.tree.cssselect(rules.title):
            text = clean(el.text_content() or el.get("content"))
            if text:
                return text
    h1s = [clean(h.text_content()) for h in doc.tree.iter("h1")]
    h1s = [h for h in h1s if h]
    candidates = [clean(v) for v in as_strings(doc.article.get("headline"))]
    candidates += [doc.first_meta(k) or "" for k in TITLE_META]
    candidates += [clean(t.text_content()) for t in doc.tree.iter("title")]
    candidates = [c for c in candidates if c]
    # The visible headline wins when a metadata title confirms it (metadata often carries
    # a site suffix or an SEO variant; an h1 alone may be a logo or a section name).
    for h in h1s:
        if any(_same_title(h, c) for c in candidates):
            return h
    if candidates:
        return _strip_site(candidates[0], doc)
    return h1s[0] if h1s else None


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def _same_title(h1: str, other: str) -> bool:
    a, b = _norm(h1), _norm(other)
    return bool(a) and len(a) > 10 and (a == b or b.startswith(a) or a.startswith(b) and len(b) > 0.6 * len(a))


def _strip_site(value: str, doc: Document) -> str:
    site = doc.first_meta("og:site_name", "application-name")
    if site and value.endswith(site):
        stripped = value[: -len(site)].rstrip(" |-\u2013\u2014:\u00b7")
        if stripped:
            return stripped
    return value


def subtitle(doc: Document, rules: SiteRules | None) -> str | None:
    if rules and rules.subtitle:
        for el in doc.tree.cssselect(rules.subtitle):
            text = clean(el.text_content())
            if text:
                return text
    for el in doc.tree.xpath(SUBTITLE_XPATH)[:3]:
        text = clean(el.text_content())
        if 20 <= len(text) <= 400:
            return text
    alt = as_strings(doc.article.get("alternativeHeadline"))
    return clean(alt[0]) or None if alt else None
