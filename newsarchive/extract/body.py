"""Article body: the text a reader reads, in paragraphs, without page furniture.

The container is the element whose paragraphs carry the most text (a
readability-style score over <p> parents and grandparents), widened to sibling
blocks of the same article; inside it, paragraphs, headings, list items and quotes
are kept, while figures, captions, asides, promos, share bars and newsletter boxes
are skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import clean

SKIP_TAGS = {"figure", "figcaption", "aside", "nav", "footer", "form", "button", "select", "input",
             "label", "h1", "picture", "video", "audio", "object", "embed", "canvas", "map", "dialog",
             "header", "menu", "textarea", "img"}
BLOCK_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
              "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "main", "center",
              "br", "hr", "address", "details", "summary"}
# Substrings of class/id values that mark page furniture inside or around an article.
BOILERPLATE = (
    "newsletter", "promo", "related", "share", "social", "advert", "ad-container", "ad-slot", "adslot",
    "caption", "credit", "byline", "author-bio", "bio-", "subscribe", "signup", "sign-up", "recirc",
    "outbrain", "taboola", "comment", "sidebar", "breadcrumb", "toolbar", "tags", "topics", "read-more",
    "readmore", "more-from", "most-popular", "trending", "recommend", "sponsor", "affiliate", "disclaimer",
    "inline-cta", "cta-", "embed", "video", "gallery", "slideshow", "photo", "image", "media-",
    "modal", "popup", "cookie", "footer", "skip-link", "visually-hidden", "sr-only", "hidden", "print-only",
    "timestamp", "article-meta", "dateline",
)
BOILERPLATE_TOKENS = {"ad", "ads", "advertisement"}
_CANDIDATE_XPATH = "//p | //*[self::div or self::section][not(*)][string-length(normalize-space()) > 80]"
_MIN_PARAGRAPH = 25
WIDEN_GAIN = 1.3  # an ancestor with 30% more paragraph text is still the article


def body(doc: Document, rules: SiteRules | None) -> str | None:
    containers = _site_containers(doc, rules) if rules and rules.body else _find_containers(doc.tree)
    excluded = _excluded(doc, rules)
    paragraphs: list[str] = []
    for container in containers:
        _walk(container, paragraphs, [], excluded)
    text = "\n\n".join(p for p in paragraphs if p)
    return text or None


def _site_containers(doc: Document, rules: SiteRules) -> list[HtmlElement]:
    assert rules.body
    found = doc.tree.cssselect(rules.body)
    return [el for el in found if not any(a in found for a in el.iterancestors())]


def _excluded(doc: Document, rules: SiteRules | None) -> set[HtmlElement]:
    if not rules or not rules.body_exclude:
        return set()
    return {el for sel in rules.body_exclude for el in doc.tree.cssselect(sel)}


def _is_boilerplate(el: HtmlElement) -> bool:
    attrs = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    if len(attrs) > 1 and (
        any(s in attrs for s in BOILERPLATE) or not BOILERPLATE_TOKENS.isdisjoint(attrs.split())
    ):
        return True
    role = el.get("role")
    return role in ("navigation", "complementary", "banner", "contentinfo") or el.get("hidden") is not None


def _find_containers(tree: HtmlElement) -> list[HtmlElement]:
    """Best-scoring paragraph parent, widened to the blocks holding the rest of the article."""
    scores: dict[HtmlElement, float] = defaultdict(float)
    furniture: dict[HtmlElement, bool] = {}
    weighted: list[tuple[HtmlElement, float]] = []
    for p in tree.xpath(_CANDIDATE_XPATH):
        text = clean(p.text_content())
        parent = p.getparent()
        if len(text) < _MIN_PARAGRAPH or parent is None:
            continue
        weight = len(text) * (1.0 - _link_density(p, len(text)))
        if _in_furniture(p, furniture):
            weight *= 0.1
        weighted.append((p, weight))
        scores[parent] += weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] += weight / 2
    if not scores:
        return [tree.find("body") if tree.find("body") is not None else tree]
    best = max(scores, key=scores.__getitem__)
    best = _widen(best, weighted)
    return _with_siblings(best, scores)


def _signature(p: HtmlElement) -> tuple[str, str, str]:
    parent = p.getparent()
    return (p.tag, p.get("class") or "", parent.tag if parent is not None else "")


def _widen(best: HtmlElement, weighted: list[tuple[HtmlElement, float]]) -> HtmlElement:
    """Climb while an ancestor holds much more text in paragraphs shaped like the best block's.

    Bodies split into many blocks (ads between chunks) share their paragraph markup;
    teaser grids and comment lists below an article use other markup, so they do not
    pull the container up to the whole page.
    """
    own: dict[tuple[str, str, str], float] = defaultdict(float)
    for p, w in weighted:
        if p.getparent() is best:
            own[_signature(p)] += w
    if not own:
        return best
    sig = max(own, key=own.__getitem__)
    totals: dict[HtmlElement, float] = defaultdict(float)
    for p, w in weighted:
        if _signature(p) == sig:
            for anc in p.iterancestors():
                totals[anc] += w
    for anc in best.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if totals[anc] >= totals[best] * WIDEN_GAIN:
            best = anc
    return best


def _in_furniture(el: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """Whether an ancestor is page furniture (memoised: paragraphs share ancestors)."""
    parent = el.getparent()
    if parent is None:
        return False
    if parent not in memo:
        memo[parent] = parent.tag in SKIP_TAGS or _is_boilerplate(parent) or _in_furniture(parent, memo)
    return memo[parent]


def _with_siblings(best: HtmlElement, scores: dict[HtmlElement, float]) -> list[HtmlElement]:
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = scores[best] * 0.15
    cls = (best.get("class") or "").split()[:1]
    out = []
    for sib in parent:
        if sib is best:
            out.append(sib)
        elif not isinstance(sib.tag, str) or _is_boilerplate(sib):
            continue
        elif scores.get(sib, 0.0) >= threshold or (cls and (sib.get("class") or "").split()[:1] == cls):
            out.append(sib)
    return out


def _link_density(el: HtmlElement, length: int) -> float:
    links = sum(len(clean(a.text_content())) for a in el.iter("a"))
    return min(1.0, links / length) if length else 0.0


def _walk(el: HtmlElement, out: list[str], buf: list[str], excluded: set[HtmlElement]) -> None:
    """Collect text into paragraphs: a block element flushes the running paragraph."""
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and not (tag in SKIP_TAGS or child in excluded or _is_boilerplate(child)):
            if tag in BLOCK_TAGS:
                _flush(buf, out)
                if child.text:
                    buf.append(child.text)
                _walk(child, out, buf, excluded)
                _flush(buf, out, block=child)
            else:
                if child.text:
                    buf.append(child.text)
                _walk(child, out, buf, excluded)
        if child.tail:
            buf.append(child.tail)


def _flush(buf: list[str], out: list[str], block: HtmlElement | None = None) -> None:
    text = clean("".join(buf))
    buf.clear()
    if not text:
        return
    if block is not None and block.tag == "li" and _link_density(block, len(text)) > 0.6:
        return
    out.append(text)
