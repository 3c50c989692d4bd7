"""Title and subtitle cascades."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean

TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title",
              "headline")  # fmt: skip
SUBTITLE_CLASSES = ("sub-headline", "subheadline", "sub-title", "subtitle", "standfirst", "dek",
                    "article-summary", "article__summary", "strapline", "deck", "article-dek",
                    "lede")  # fmt: skip
DESCRIPTION_META = ("og:description", "description", "twitter:description")
# Blocks just after the headline: where a standfirst sits.
STANDFIRST_TAGS = frozenset({"p", "h2", "h3", "div", "span"})
STANDFIRST_WINDOW = 40
# " | Site", " - Site", " * Site" ... (kept as a captured group so parts rejoin exactly).
_SEPARATOR = re.compile(r"(\s+[|\-\u2013\u2014*\u00b7\u2022]\s+)")


def title(doc: Document, rules: SiteRules | None) -> str | None:
    """og:title (site suffix cut), else the JSON-LD headline, other metadata titles, the h1."""
    if rules and rules.title:
        for el in doc.select(rules.title):
            text = clean(el.text_content() or el.get("content"))
            if text:
                return text
    h1s = [t for t in (clean(h.text_content()) for h in doc.tree.iter("h1")) if t][:3]
    metas = [_strip_site(v, h1s, doc) for v in (doc.first_meta(k) for k in TITLE_META) if v]
    metas += [_strip_site(clean(t.text_content()), h1s, doc) for t in doc.tree.iter("title")][:1]
    # og:title first: where it and the JSON-LD headline disagree, it is more often the one
    # the publisher presents as the article's title (measured on newsbench dev, 12 of 21).
    headline = clean(next(iter(as_strings(doc.article.get("headline"))), ""))
    ordered = metas[:1] + ([headline] if headline else []) + metas[1:]
    ordered = [m for m in ordered if m]
    if ordered:
        return ordered[0]
    return h1s[0] if h1s else None


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def _strip_site(value: str, h1s: list[str], doc: Document) -> str:
    """Cut " | Site" style suffixes: where the rest is the visible headline, or a site name."""
    value = clean(value)
    parts = _SEPARATOR.split(value)
    if len(parts) == 1:
        return value
    for h in h1s:
        for k in range(len(parts) - 1, 0, -1):
            left = "".join(parts[: 2 * k - 1])
            if _norm(left) == _norm(h):
                return left
    names = doc.all_meta("og:site_name", "application-name", "apple-mobile-web-app-title")
    names += as_strings(doc.article.get("publisher"))
    sites = {_compact(n) for n in names}
    host = urlsplit(doc.url).hostname or ""
    sites.update(label for label in host.split(".") if len(label) > 3)
    while len(parts) > 2 and _is_site(parts[-1], sites):
        parts = parts[:-2]
    return "".join(parts)


def _compact(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()


def _is_site(part: str, sites: set[str]) -> bool:
    """ "Example News", "example.co.uk" or "EXAMPLE" for a page on www.example.co.uk."""
    key = _compact(part)
    return bool(key) and (
        key in sites
        or any(key.startswith(s) or s.startswith(key) for s in sites if len(s) > 3 and len(key) > 3)
    )


def subtitle(doc: Document, rules: SiteRules | None) -> str | None:
    if rules and rules.subtitle:
        for el in doc.select(rules.subtitle):
            text = clean(el.text_content())
            if text:
                return text
    if found := _standfirst(doc):
        return found
    alt = as_strings(doc.article.get("alternativeHeadline"))
    return clean(alt[0]) or None if alt else None


def _standfirst(doc: Document) -> str | None:
    """The block under the headline that the page's description confirms, else one classed as such.

    Only the few elements after the first h1 are looked at: a standfirst sits there, and
    a page-wide search costs more than the rest of the title cascade.
    """
    descriptions = {_norm(d) for d in doc.all_meta(*DESCRIPTION_META) if len(d) >= 20}
    classed = None
    for el in _after_first_h1(doc.tree):
        if len(el) > 4:  # a wrapper of many blocks, not a standfirst
            continue
        text = clean(el.text_content())
        if not 20 <= len(text) <= 400:
            continue
        if descriptions and _norm(text) in descriptions:
            return text
        if classed is None and _is_subtitle_class(el):
            classed = text
    return classed


def _after_first_h1(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The first few candidate blocks following the first h1 in document order."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return
    seen = 0
    node: HtmlElement | None = h1
    while node is not None:
        for sib in node.itersiblings():
            for el in itertools.chain((sib,), sib.iterdescendants()):
                if el.tag in STANDFIRST_TAGS:
                    yield el
                    seen += 1
                    if seen >= STANDFIRST_WINDOW:
                        return
        node = node.getparent()


def _is_subtitle_class(el: HtmlElement) -> bool:
    words = set(re.split(r"[\s_]+", (el.get("class") or "").lower()))
    return not words.isdisjoint(SUBTITLE_CLASSES)
