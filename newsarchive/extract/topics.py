"""Topics (related-topic labels as a reader sees them) and tags (keywords)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import as_strings, clean, dedupe

TAG_META = (
    "article:tag",
    "og:article:tag",
    "parsely-tags",
    "sailthru.tags",
    "news_keywords",
    "keywords",
    "dc.subject",
    "cxenseparse:recs:articletag",
    "tags",
    "topics",
)
# Links to topic pages after the headline (before it sit the site's menus).
TOPIC_LINKS_XPATH = (
    "(//h1)[1]/following::a[@href][contains(@href,'/tag') or contains(@href,'/topic')"
    " or contains(@href,'/subject') or contains(@href,'/keyword') or @rel='tag']"
)
# A heading a reader sees above a page's topic links.
TOPIC_HEADINGS = (
    "related topics",
    "topics",
    "tags",
    "related tags",
    "more on these topics",
    "explore more on these topics",
    "filed under",
    "topics in this article",
    "keywords",
)
TOPIC_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "span", "strong", "b", "p", "li", "dt", "div")
_MAX_TOPIC_LINKS = 30
_TOPIC_HREF = re.compile(r"/(?:tags?|topics?|subjects?|keywords?)/[^/?#]+/?(?:[?#].*)?$")
_NOT_TOPIC_AREA = {"nav", "header", "footer", "aside", "menu", "p", "h2", "h3", "figure"}
# "Subject: Justice" keeps "Justice"; other "Key: value" pairs are CMS bookkeeping.
_LABEL_PREFIX = re.compile(r"^(?:subjects?|topics?|tags?|keywords?)\s*:\s*", re.I)
_KEY_VALUE = re.compile(r"^[\w .-]{1,30}:\s*\S")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z0-9_]{2,}$")
_ID = re.compile(r"^(?:[\w.-]+[=/][\w./=-]*|\d+)$|[{}<>]|^_")
_MAX_TOPIC_LEN = 80


def topics(doc: Document, rules: SiteRules | None) -> list[str]:
    """First source giving labels; code or slug lists are skipped for a later source."""
    site_words = _site_words(doc.url)
    slug = _slug_words(doc.url)
    excluded = [re.compile(p) for p in rules.topics_exclude] if rules else []
    fallback: list[str] = []
    for values in _cascade(doc, rules):
        labels = [
            v
            for v in clean_topics(values)
            if not (v.islower() and (v in site_words or _is_slug_of(v, slug)))
            and not any(p.search(v) for p in excluded)
        ]
        if not labels:
            continue
        if len(labels) > 1 and all(_CODE.match(v) for v in labels):
            continue  # wire-service subject codes (AER, GEN ...), not labels
        if len(labels) > 1 and all(
            _SLUG.match(v) and ("-" in v or "_" in v or v.islower()) for v in labels
        ):
            fallback = fallback or labels
            continue
        return _as_displayed(labels, doc)
    return fallback


def _as_displayed(labels: list[str], doc: Document) -> list[str]:
    """Metadata often lowercases labels: use the page's own spelling where it shows them."""
    if not any(v.islower() for v in labels):
        return labels
    shown = {clean(v).casefold(): clean(v) for v in headed_topic_links(doc)}
    return [shown.get(v.casefold(), v) for v in labels]


def tags(doc: Document) -> list[str]:
    """All keywords the page declares, in any metadata vocabulary."""
    values = _jsonld_keywords(doc.article.get("keywords"))
    values += _split(doc.all_meta(*TAG_META))
    values += as_strings(parsely(doc).get("tags"))
    return clean_topics(values)


def _cascade(doc: Document, rules: SiteRules | None) -> Iterator[list[str]]:
    """Most curated list first: news_keywords is meant for this; JSON-LD often adds CMS codes."""
    if rules and rules.topics:
        yield [label for el in doc.select(rules.topics) for label in _rule_labels(el)]
    yield _split(doc.all_meta("topics"))  # a site-search vocabulary (Swiftype)
    yield _split(doc.all_meta("news_keywords"))
    yield _split(doc.all_meta("article:tag", "og:article:tag"))
    yield _split(doc.all_meta("keywords"))
    yield doc.all_meta("dc.subject")  # curated subjects; JSON-LD keywords add broad disciplines
    yield _jsonld_keywords(doc.article.get("keywords"))
    yield _split(doc.all_meta("tags"))
    yield _split(doc.all_meta("parsely-tags", "sailthru.tags")) + as_strings(
        parsely(doc).get("tags")
    )
    yield headed_topic_links(doc)
    yield visible_topic_links(doc)
    yield as_strings(doc.article.get("about"))


def _rule_labels(el: HtmlElement) -> list[str]:
    """A selected element's label, or the labels a selected <meta> lists (", " or "; ")."""
    return _split([el.get("content", "")]) if el.tag == "meta" else [el.text_content()]


def headed_topic_links(doc: Document) -> list[str]:
    """Links under a "Related Topics" style heading: the labels exactly as a reader sees them."""
    for heading in doc.tree.iter(*TOPIC_HEADING_TAGS):
        text = heading.text
        if not text or len(text) > 40 or len(heading) > 1:
            continue
        if clean(heading.text_content()).rstrip(":").casefold() not in TOPIC_HEADINGS:
            continue
        box = heading.getparent()
        for _ in range(3):  # the heading may sit inside its own wrapper
            if box is None:
                break
            links = [a for a in box.iter("a") if a.get("href")]
            if links:
                labels = [a.text_content() for a in links]
                return labels if len(labels) <= _MAX_TOPIC_LINKS else []
            box = box.getparent()
    return []


def visible_topic_links(doc: Document) -> list[str]:
    """The largest cluster of links to topic pages under the headline (a "Topics" list)."""
    links = []
    for a in doc.tree.xpath(TOPIC_LINKS_XPATH):
        if not _TOPIC_HREF.search(a.get("href", "")) and a.get("rel") != "tag":
            continue
        if not any(anc.tag in _NOT_TOPIC_AREA for anc in a.iterancestors()):
            links.append(a)
    counts: dict[HtmlElement, int] = defaultdict(int)
    depth: dict[HtmlElement, int] = {}
    for a in links:
        for level, anc in enumerate(itertools.islice(a.iterancestors(), 4)):
            counts[anc] += 1
            depth[anc] = min(depth.get(anc, level), level)
    if not counts:
        return []
    holder = max(counts, key=lambda el: (counts[el], -depth[el]))
    if counts[holder] < 2:
        return []
    return [a.text_content() for a in links if holder in a.iterancestors()]


def _site_words(url: str) -> set[str]:
    """Host labels and path segments: a keyword equal to one is a site or section code."""
    parts = urlsplit(url)
    words = set(parts.hostname.split(".")) if parts.hostname else set()
    words.update(seg for seg in parts.path.split("/")[:-1] if seg)
    return {w.casefold() for w in words}


def _slug_words(url: str) -> list[str]:
    """The URL's last path segment as words: "trump-harris-vote-9f2e" -> trump harris vote 9f2e."""
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [w for w in re.split(r"[-_]+", last.casefold()) if w]


def _is_slug_of(label: str, slug: list[str]) -> bool:
    """A keyword that is the article's own URL slug (from three words on), not a topic."""
    words = label.casefold().split()
    return len(words) >= 3 and slug[: len(words)] == words


def _jsonld_keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return _split([value])
    return _split(as_strings(value))


def _split(values: list[str]) -> list[str]:
    return [p for v in values for p in re.split(r"\s*[,;]\s*", v)]


def clean_topics(values: list[str]) -> list[str]:
    """Labels deduplicated; ids, prefixed codes and over-long strings dropped."""
    values = [clean(v) for v in values]
    if any(
        _LABEL_PREFIX.match(v) for v in values
    ):  # a "Key: value" list: only the label keys count
        values = [v for v in values if _LABEL_PREFIX.match(v)]
    out = []
    for v in values:
        v = _LABEL_PREFIX.sub("", v)
        stray = len(v) < 2 and v.isascii()  # "p", "n": stray letters of a CMS field
        if stray or len(v) > _MAX_TOPIC_LEN or _ID.search(v) or _KEY_VALUE.match(v):
            continue
        out.append(v)
    return dedupe(out)
