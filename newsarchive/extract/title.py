"""Title and subtitle cascades."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.site import is_site, site_keys
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
_MEDIA_TAGS = ("img", "picture", "figure", "figcaption", "video")
# " | Site", " - Site", and bare U+FF5C, U+FF1A, U+3163 marks (a captured group: parts rejoin).
# spaced ASCII marks, a bare pipe, and the full-width and Hangul marks East Asian sites use bare.
_SEPARATOR = re.compile(
    r"(\s+[|\-\u2013\u2014*\u00b7\u2022:/\u00bb]\s+|\s*[|\uff5c\uff1a\u3163\u4e28\u2502]\s*)"
)
# Where the other part is known to be the title, any mark between them will do ("Title-Section").
_ANY_SEPARATOR = re.compile(
    r"\s*[|\-\u2013\u2014*\u00b7\u2022:/\u00bb\uff5c\uff1a\u3163\u4e28\u2502]\s*"
)
MIN_CORE = 8  # a shorter "title" (a kicker, "Live") never cuts another source down to itself


def title(doc: Document, rules: SiteRules | None) -> str | None:
    """og:title, else the JSON-LD headline, other metadata titles, the h1; each cut to its core.

    Every source is first cut to its core: site names before or after a separator go,
    and a kicker or suffix around a title that another source gives alone goes too
    (`_core`). The first choice is then weighed against the page's other titles (`_settle`).
    """
    if rules and (text := doc.rule_text(rules.title)):
        return text
    h1s = [t for t in (clean(h.text_content()) for h in doc.tree.iter("h1")) if t][:3]
    headline = clean(next(iter(as_strings(doc.article.get("headline"))), ""))
    tab = next((clean(t.text_content()) for t in doc.tree.iter("title")), "")
    raw = [(k, v) for k in TITLE_META if (v := doc.first_meta(k))]
    sites = site_keys(doc)
    refs = [r for r in dict.fromkeys([*h1s, headline, *(v for _, v in raw)]) if r]
    metas = [(k, _core(v, refs, sites)) for k, v in raw]
    headline = _core(headline, refs, sites) if headline else ""
    # og:title first: where it and the JSON-LD headline disagree, it is more often the one
    # the publisher presents as the article's title (measured on newsbench dev, 12 of 21).
    lead = 0 if rules and rules.title_source == "headline" else 1
    ordered = metas[:lead] + ([("headline", headline)] if headline else []) + metas[lead:]
    if tab:
        ordered.append(("<title>", _core(tab, refs, sites)))
    ordered = [(k, v) for k, v in ordered if v]
    if not ordered:
        return h1s[0] if h1s else None
    source, first = ordered[0]
    # Every independent place the page states its title: each counts once.
    sources = {k: [v] for k, v in ordered}
    sources["<title>"] = _title_cores(_strip_sites(tab, sites)) if tab else []
    sources["h1"] = h1s
    live = "LiveBlogPosting" in as_strings(doc.article.get("@type"))
    return _settle(first, source, sources, live)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def _core(value: str, refs: list[str], sites: frozenset[str]) -> str:
    """A title without what surrounds it: a site name, a section, a kicker.

    Where another source states the title alone ("Storm hits coast" beside "Storm hits
    coast | Weather | The Example" or "Weather: Storm hits coast"), the part equal to it
    is the core, whatever the separator. Else only parts that name the site are cut.
    """
    value = clean(value)
    if found := _part_equal_to_a_ref(value, refs):
        return found
    return _strip_sites(value, sites)


def _part_equal_to_a_ref(value: str, refs: list[str]) -> str | None:
    keys = {k for r in refs if r != value and len(k := _norm(r)) >= MIN_CORE}
    if not keys:
        return None
    for m in _ANY_SEPARATOR.finditer(value):
        left, right = value[: m.start()], value[m.end() :]
        if _norm(left) in keys:
            return left
        if len(right) > len(left) and _norm(right) in keys:  # a kicker is shorter than its title
            return right
    return None


def _strip_sites(value: str, sites: frozenset[str]) -> str:
    """Cut leading and trailing parts that name the site ("Site | Title | Site")."""
    parts = _SEPARATOR.split(value)
    while len(parts) > 2 and is_site(parts[-1], sites):
        parts = parts[:-2]
    while len(parts) > 2 and is_site(parts[0], sites):
        parts = parts[2:]
    return "".join(parts)


def subtitle(doc: Document, rules: SiteRules | None, lede: str | None = None) -> str | None:
    """The site rule's subtitle, a standfirst under the headline, or alternativeHeadline.

    `lede` is the body's first paragraph: a description repeating it is no standfirst.
    """
    if rules and (text := doc.rule_text(rules.subtitle)):
        return text
    if found := _standfirst(doc, _norm(lede) if lede else None):
        return found
    alt = as_strings(doc.article.get("alternativeHeadline"))
    return clean(alt[0]) or None if alt else None


def _standfirst(doc: Document, lede: str | None) -> str | None:
    """The block under the headline that the page's description confirms, else one classed as such.

    Only the few elements after the first h1 are looked at: a standfirst sits there, and
    a page-wide search costs more than the rest of the title cascade.
    """
    descriptions = {_norm(d) for d in doc.all_meta(*DESCRIPTION_META) if len(d) >= 20}
    classed = None
    for el in _after_first_h1(doc.tree):
        if len(el) > 4:  # a wrapper of many blocks, not a standfirst
            continue
        if next(el.iter(*_MEDIA_TAGS), None) is not None:  # "image__lede": a picture's caption
            continue
        text = clean(el.text_content())
        if not 20 <= len(text) <= 400:
            continue
        if descriptions and (key := _norm(text)) in descriptions and key != lede:
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


# --- the first choice weighed against the page's other titles ---------------------------
# Quotes and dashes a CMS may straighten in metadata but keep in the visible headline.
_TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2013": "-", "\u2014": "-", "\u2212": "-"})  # fmt: skip
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|\u2026)$")
_CUT = re.compile(r"[\w,;:]\s*(?:\.{3}|\u2026)$")
MIN_AGREEING = 3  # other sources agreeing before a lone first choice yields


def _settle(first: str, source: str, sources: dict[str, list[str]], live: bool) -> str:
    """The first choice, unless the page's other titles show it is a one-off or a cut.

    - A first choice no other source repeats, while MIN_AGREEING others agree on one
      title, is a one-off social variant: the agreed title wins. Three, because the
      JSON-LD headline and the <title> often come from one SEO field, so two alone is
      one opinion (on newsbench dev, og:title beats that pair about as often as not).
      Only a first choice no longer than the agreed title yields: a shortened social
      line is a variant, while a longer og:title beside a short print headline is the
      title the publisher states in full (on newsbench world minus kept-aside, of 7 such
      pages 4 expect og:title, 1 the agreed title, 2 neither; dev has none, and its 2
      shorter lone og:titles both yield rightly).
      Not on live blogs, where the headline and h1 carry the rolling "LIVE:" line.
    - A title cut with "..." yields to a source that continues it.
    - Typographic quotes: the spelling most sources use wins over a straightened one.
    """
    others = {k: v for k, v in sources.items() if k != source and v}
    key = _loose(first)
    if not live and all(key not in {_loose(v) for v in vs} for vs in others.values()):
        agreed = _agreed(others)
        if agreed and len(first) <= len(agreed):
            first = agreed
    first = _continued(first, others)
    return _spelling(first, sources)


def _loose(s: str) -> str:
    """Titles compared across sources: case, quote style and a trailing ellipsis aside."""
    return _norm(_ELLIPSIS.sub("", s.translate(_TYPO)))


def _title_cores(tab: str) -> list[str]:
    """Every leading run of a <title>'s " | "-separated parts: its core, whatever the suffix."""
    parts = _SEPARATOR.split(tab)
    return ["".join(parts[: 2 * k - 1]) for k in range(1, (len(parts) + 1) // 2 + 1)]


def _agreed(others: dict[str, list[str]]) -> str | None:
    """The title most sources give (at least MIN_AGREEING), in the first one's spelling."""
    support: dict[str, list[str]] = {}  # loose title -> one spelling per source giving it
    for values in others.values():
        seen = set()
        for v in values:
            k = _loose(v)
            if k and k not in seen:
                seen.add(k)
                support.setdefault(k, []).append(v)
    forms = max(support.values(), key=len, default=[])
    return forms[0] if len(forms) >= MIN_AGREEING else None


def _continued(first: str, others: dict[str, list[str]]) -> str:
    """A title cut mid-phrase ("Storm hits..."): the shortest title elsewhere that continues it.

    An ellipsis after "?" or "!" is the writer's, not a cut.
    """
    if not _CUT.search(first):
        return first
    stem = _loose(first)
    longer = [
        v
        for values in others.values()
        for v in values
        if len(v) > len(first) and not _ELLIPSIS.search(v) and _loose(v).startswith(stem)
    ]
    return min(longer, key=len, default=first)


def _spelling(first: str, sources: dict[str, list[str]]) -> str:
    """The quote/dash spelling of `first` that most sources use (ties keep `first`)."""
    plain = _typo_key(first)
    votes: dict[str, list[str]] = {}  # NFKC spelling -> the sources' strings giving it
    for values in sources.values():
        for v in values:
            if _typo_key(v) == plain:
                votes.setdefault(_nfkc(v), []).append(v)
                break  # one vote per source
    mine = len(votes.get(_nfkc(first), ()))
    best = max(votes.values(), key=len, default=[])
    return best[0] if len(best) > mine else first


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _typo_key(s: str) -> str:
    return _nfkc(s).translate(_TYPO)
