"""Where a page states its date outside its metadata: visible lines, data attributes, script state.

These are read only after JSON-LD, meta tags and <time> elements said nothing, as raw
strings in the order a reader meets them: the lines just under the headline first (the
article's own byline), then any element whose class names a date (related items' dates
come later in the page), then dates kept in `data-*` attributes, then the page's script
state ("publishedAt":"...", often JSON escaped inside a string).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator

import lxml.etree
from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.document import Document, parents
from newsarchive.extract.headline import headline

# Class words naming a date line, in the languages the extractor reads.
_DATE_CLASS = re.compile(
    r"date|time|datum|zeit|fecha|hora|heure|data|dato|tarih|publi|posted|stamp", re.I
)
# Only two words: each more costs a millisecond a page, and lines under the headline are
# read whatever their class.
# Elements whose class names a date or time (read via the attribute: the same nodes, ~35% faster).
# Also <time> elements without a `datetime` attribute (their text is then the date line).
DATELINE_XPATH = (
    parents("//@class[contains(.,'date') or contains(.,'time')]") + " | //time[not(@datetime)]"
)
# (or four Arabic-Indic, Persian, Devanagari or Thai digits: dateparse reads them as 0-9;
# or a Thai Buddhist-era year, datetext counts it down 543 years)
HAS_YEAR = re.compile(
    r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)"
    # a day past the 12th with a two-digit year ("29/01/26", "29-01-26": no month is 29)
    r"|(?<!\d)(?:1[3-9]|2\d|3[01])([/-])(?:0?[1-9]|1[0-2])\1\d{2}(?![\d/-])"
    r"|[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]{4}"
    r"|(?<!\d)25[5-9]\d(?!\d)"  # a Thai Buddhist-era year
    # or its last two digits after a Thai month's abbreviation ("3 มี.ค. 69 14:05 น.")
    r"|[\u0e01-\u0e4e]\.\s?(?:\d\d|[\u0e50-\u0e59]{2})(?![\d\u0e50-\u0e59])"
)
# A time of day: "15:44", "15h44", "15時44", or dotted beside "Uhr"/"kl." ("15.44 Uhr").
_CLOCK = re.compile(
    r"\d\s*[:h時시]\s*\d\d"
    rf"|\d\.\d\d\s*(?:{'|'.join(langwords.entries(langwords.CLOCK_AFTER))})\b"
    rf"|\b(?:{'|'.join(langwords.entries(langwords.CLOCK_BEFORE))})\.?\s*\d{{1,2}}\.\d\d",
    re.I,
)
_MAX_LINE = 120
# Blocks holding other items (teasers, related and most-read lists; readers' comments, named
# as a whole class or its BEM parts: "article-comments", "fig-comment__date", "comment-list",
# but "date-comments-wrapper" holds an article's own date) and their depth checked.
_OTHER_ITEM = re.compile(
    r"teaser|related|recommend|recirc|trending|most-read|mostread"
    r"|(?:^|[\s_-])comments?(?:$|\s|__|--|-(?:list|item|body|date|time|content|text|author|meta"
    r"|header|thread|section|container|area|block)\b)",
    re.I,
)
_ANCESTORS = 8
_MAX_LINES = 20
_AFTER_HEADLINE = 80  # elements read after the headline
_DATA_ATTR = re.compile(r"^data-(?:.*(?:date|time|publi|stamp|epoch)|(?:.*[-_])?ts$)", re.I)
_HOLDERS = 4  # blocks around the headline whose date attributes are read
# Keys naming an article's publication time in script state ("publishedAt":"...",
# `\\"datePublished\\":1717171717` inside a JSON string, `pubDate: '...'`), as written: in
# any case, "firstPublicationDate" would be an embedded video's and "pageFirstPublished" a
# first draft's on the pages looked at; the spellings below are the ones seen for the article.
STATE_KEYS = (
    "datePublished", "publishedAt", "published_at", "publishedDate", "publishDate",
    "publish_date", "publicationDate", "publication_date", "publicationTime", "publication_time",
    "firstPublished", "first_published_at", "pubDate", "pub_date",
    "published_time", "publishTime", "publish_time", "date_published", "date_gmt",
    "firstPublishDate", "first_publish_date", "firstPublishedAt", "webPublicationDate",
    "articlePublishedDate", "publishedTime", "published", "publish",
    # .NET's PascalCase, all lower case, a data layer's "pagePublished", Italian, Spanish,
    # Portuguese
    "PublishedDate", "PublishDate", "DatePublished", "PublicationDate", "datepublished",
    "publisheddate", "publishdate", "pagePublished", "publishedOn", "published_on",
    "dataPubblicazione", "data_pubblicazione", "fechaPublicacion", "fecha_publicacion",
    "dataPublicacao", "data_publicacao",
    # a post's date and a Unix "pub" stamp beside a "mod" one; Piano's content setter
    "postDate", "pub_timestamp", "setContentCreated",
)  # fmt: skip
# Keys whose value is UTC though it carries no offset (WordPress's "date_gmt").
_UTC_KEYS = ("date_gmt",)
# A key ending a longer name that says it is not the first publication ("lastPublishDate",
# "last_publish_date", "republished").
_NOT_FIRST = re.compile(r"(?:last|latest|re|updated?|modified|next|un|scheduled)[_-]?$", re.I)
_HAS_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
# A quote as script state spells it: plain, backslash-escaped (JSON inside a JS string),
# \u0022- or \x22-escaped, or an HTML entity (JSON props in an attribute: data-props="{&quot;...").
_QUOTE = r"""(?:\\*(?:["']|u0022|x22)|&quot;|&#34;|&#x22;)?"""
# The value after `:` or `=` (in JavaScript also `new Date(...)`); for a setter's name, its
# argument (`tp.push(["setContentCreated", "..."])`).
_STATE_VALUE = re.compile(rf"{_QUOTE}\s*[:=]\s*(?:new Date\()?{_QUOTE}([0-9][0-9 :.TZ+/-]{{5,34}})")
_SETTER_VALUE = re.compile(rf"{_QUOTE}\s*,\s*{_QUOTE}([0-9][0-9 :.TZ+/-]{{5,34}})")
_SETTERS = ("setContentCreated",)
# A key's value named by a parameter of Nuxt 2's state function (`publishedAt:c` ...
# `}(null,"x","2026-01-29T17:40:00Z"))`): the parameter's name.
_STATE_REFERENCE = re.compile(r"\s*:\s*([A-Za-z_$][\w$]{0,2})\s*[,}]")
_NUXT = "__NUXT__=(function("
# Nuxt 3 keeps its state as one JSON array; an object's value is the index of its own value
# there (`"publishedAt":57`), read only on a page holding that array.
_NUXT_DATA = 'id="__NUXT_DATA__"'
_STATE_INDEX = re.compile(r"""["']\s*:\s*(\d{1,6})\s*[,}]""")
_JS_TOKEN = re.compile(
    r""""[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|[()\[\]{},]|[^"'()\[\]{},]+""", re.S
)


def visible_lines(doc: Document) -> list[str]:
    """Short texts holding a year: under the headline first, then date-classed elements."""
    if "datelines" not in doc.cache:
        under, classed = lines_holding(doc, HAS_YEAR)
        doc.cache["datelines"] = under + classed
    found: list[str] = doc.cache["datelines"]
    return found


def lines_holding(doc: Document, wanted: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """Short texts that `wanted` finds: those under the headline (the article's own byline),
    and those of date-classed elements elsewhere (which may be other items')."""
    under: list[str] = []
    seen: set[HtmlElement] = set()
    for el in _after_headline(doc, wanted):
        _add(doc, under, seen, _line_holder(el, _headline_blocks(doc)), wanted)
    classed: list[str] = []
    for el in doc.xpath(DATELINE_XPATH):
        if len(under) + len(classed) >= _MAX_LINES:
            break
        if any(_DATE_CLASS.search(c.get("class") or "") for c in el.iterchildren()):
            continue  # the inner element is the date line
        if in_teaser_link(el) or site_clock(doc, el):
            continue
        _add(doc, classed, seen, el, wanted)
    return under, classed


_CLOCK_DEPTH = 5  # levels above the headline within which a line before it is the article's


def site_clock(doc: Document, el: HtmlElement) -> bool:
    """Whether a date element is the site's clock: before the headline, in a part of the page
    that meets the headline's only more than 5 levels above it (a top bar's "Friday, April 28,
    2023", "torsdag 8 januari 2026 Dagens namn: Erland").

    Looked-at pages: the 9 dated lines so placed (7-15 levels up) are the day of the crawl (5
    another day than the article's); the 4 article date lines before a headline meet it 1-2 up.
    """
    h1 = headline(doc)
    if h1 is None:
        return False
    path: dict[HtmlElement, tuple[int, HtmlElement]] = {}
    child = h1
    for depth, node in enumerate(h1.iterancestors(), 1):
        path[node] = (depth, child)
        child = node
    child = el
    for node in el.iterancestors():
        if node in path:
            depth, h1_child = path[node]
            return depth > _CLOCK_DEPTH and node.index(child) < node.index(h1_child)
        child = node
    return False


def in_teaser_link(el: HtmlElement) -> bool:
    """Whether a date sits in a link that also carries a headline: another item's date.

    On dev + visible world, 38 of 39 <time> elements inside a link state another item's
    date (34 another day); the one that was the article's own was the link's whole text
    (a link to the day's archive), which this keeps. Date lines are read the same way.
    """
    for link in el.iterancestors("a"):
        own = len(el.text_content())
        return link.get("href") is not None and len(link.text_content().strip()) > own + 20
    return False


def _add(
    doc: Document,
    lines: list[str],
    seen: set[HtmlElement],
    el: HtmlElement | None,
    wanted: re.Pattern[str],
) -> None:
    if el is None or el in seen:
        return
    seen.add(el)
    text = line_text(el)
    if len(text) < _MAX_LINE and wanted.search(text) and not elsewhere(doc, el):
        lines.append(" ".join(text.split()))


def line_text(el: HtmlElement) -> str:
    """An element's text, with a space where an element boundary parts two digits.

    "Fri, Apr 28 2023<span class=divider></span>2:23 PM EDT" is a year and a time a
    reader sees apart; joined, "20232:23" holds neither.
    """
    text: str = el.text_content()
    if len(el) == 0:
        return text
    pieces: list[str] = list(el.itertext())
    out = pieces[:1]
    for piece in pieces[1:]:
        if out[-1][-1:].isdigit() and piece[:1].isdigit():
            out.append(" ")
        out.append(piece)
    return "".join(out)


def elsewhere(doc: Document, el: HtmlElement, linked: bool = False) -> bool:
    """Whether a line sits in another item's teaser block (related, most-read lists).

    A block holding the headline is the article's own, whatever its class says (a page
    under /recommended/ wraps its article in "recommended-..." blocks). With `linked`
    (machine-read dates: `<time>`, data attributes), a block named only "teaser" counts where
    it holds a link: German CMSs call an article's own lead its "Teaser".
    """
    own = _headline_blocks(doc)
    for depth, node in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _ANCESTORS or node in own:
            return False
        if (node.tag == "aside" or node.get("role") == "complementary") and _side_column(doc, node):
            return True
        if m := _OTHER_ITEM.search(node.get("class") or ""):
            if not (linked and m.group(0).lower() == "teaser"):
                return True
            if node.find(".//a[@href]") is not None:
                return True
    return False


def _side_column(doc: Document, aside: HtmlElement) -> bool:
    """Whether an <aside> not holding the headline is a column of other items ("Meistgelesen",
    "Mehr zum Thema"): outside the headline's own <article> where it is in one, else holding
    a list. An <aside> inside the article (its author and date box) is the article's."""
    h1 = headline(doc)
    article = next(h1.iterancestors("article"), None) if h1 is not None else None
    if article is not None:
        return article not in aside.iterancestors()
    return aside.find(".//li") is not None


def _headline_blocks(doc: Document) -> frozenset[HtmlElement]:
    """The headline and the elements holding it (found once per page)."""
    if "headline_blocks" not in doc.cache:
        h1 = headline(doc)
        doc.cache["headline_blocks"] = (
            frozenset(itertools.chain((h1,), h1.iterancestors())) if h1 is not None else frozenset()
        )
    found: frozenset[HtmlElement] = doc.cache["headline_blocks"]
    return found


def _after_headline(doc: Document, wanted: re.Pattern[str]) -> Iterator[HtmlElement]:
    """Elements after the headline whose own text or tail `wanted` finds (a year)."""
    h1 = headline(doc)
    if h1 is None:
        return
    for el in itertools.islice(_following(h1), _AFTER_HEADLINE):
        # a text past a line's length cannot make a line (_add): not searched (a huge page);
        # text and tail are read once (lxml makes a new string at each read)
        if (text := el.text) and len(text) < _MAX_LINE and wanted.search(text):
            yield el
        elif (
            (tail := el.tail)
            and len(tail) < _MAX_LINE
            and wanted.search(tail)
            and (parent := el.getparent()) is not None
        ):
            yield parent


def _preceding(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements before `el` in its parent, nearest first, each with what it holds."""
    for sib in el.itersiblings(preceding=True):
        if isinstance(sib.tag, str):
            yield from sib.iter(lxml.etree.Element)  # elements only, chosen in C


def _following(el: HtmlElement) -> Iterator[HtmlElement]:
    """Elements after `el` in document order (not inside it)."""
    node: HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield from sib.iter(lxml.etree.Element)
        node = node.getparent()


def _line_holder(el: HtmlElement, headline_blocks: frozenset[HtmlElement]) -> HtmlElement:
    """The widest short ancestor: "<span>13. Mai 2026</span> <span>15:44</span>" is one line.

    Not one holding the headline: in a theme's "<header><h1>..</h1><div>Jane Doe 2 May
    2026</div></header>" the headline and date joined would read as prose.
    """
    if _CLOCK.search(el.text_content()):
        return el  # a whole date and time already
    for _ in range(2):
        parent = el.getparent()
        if (
            parent is None
            or parent in headline_blocks
            or _larger_than(parent, 8)
            or len(parent.text_content()) >= _MAX_LINE
        ):
            break
        el = parent
    return el


def _larger_than(el: HtmlElement, n: int) -> bool:
    """Whether `el` holds more than n elements (without walking a whole article)."""
    return sum(1 for _ in itertools.islice(el.iter(), n + 1)) > n


def attribute_dates(doc: Document) -> list[str]:
    """Values of date-named `data-*` attributes on the blocks holding the headline (an
    `<article data-published=...>`) and just before it in its block, then after the headline;
    not on links, not other items'."""
    h1 = headline(doc)
    holders: Iterable[HtmlElement] = ()
    if h1 is not None:  # the blocks around it, then a kicker or date just before it
        holders = itertools.chain(
            itertools.islice(h1.iterancestors(), _HOLDERS),
            itertools.islice(_preceding(h1), _AFTER_HEADLINE // 4),
        )
    scope = _following(h1) if h1 is not None else doc.tree.iter()
    values: list[str] = []
    for count, el in enumerate(itertools.chain(holders, scope)):
        if count > _AFTER_HEADLINE * 4 or len(values) >= 3:
            break
        if el.tag in ("body", "html"):  # a page's render time, not its article's
            continue
        found = [v for k, v in el.attrib.items() if _DATA_ATTR.match(k) and v.strip()]
        if found and not _on_a_link(el) and not elsewhere(doc, el, linked=True):
            values += found
    return values


def in_another_article(doc: Document, el: HtmlElement) -> bool:
    """Whether `el` sits in an <article> apart from the one holding the headline: a teaser's.

    Only where the headline is itself in an <article> (else the page may wrap its own
    text in one below a headline above it).
    """
    h1 = headline(doc)
    if h1 is None:
        return False
    if "h1_article" not in doc.cache:
        doc.cache["h1_article"] = next(h1.iterancestors("article"), None)
    own: HtmlElement | None = doc.cache["h1_article"]
    if own is None:
        return False
    theirs = next(el.iterancestors("article"), None)
    if theirs is None or theirs is own:
        return False
    return own not in theirs.iterancestors() and theirs not in own.iterancestors()


def _on_a_link(el: HtmlElement) -> bool:
    """A date on a link (or inside one) is the linked page's: another item's date.

    On dev + visible world, the first date attribute after the headline was another
    item's on 3 pages, each time on an in-text link ("data-article-publish-date").
    """
    return el.tag == "a" or next(el.iterancestors("a"), None) is not None


def script_state_dates(source: str) -> list[str]:
    """Published dates named in the page's scripts (app state, data layers), first three.

    str.find per key, then one anchored match: a regex alternation over a whole page is 50x
    slower. A value is a date string or a Unix time, or Nuxt 2's parameter for one, or
    Nuxt 3's index of one in its payload.
    """
    found: list[tuple[int, str]] = []
    arguments: dict[str, str] | None = None
    payload: list[object] | None = None
    for key in STATE_KEYS:
        start = source.find(key)
        while start != -1 and len(found) < 12:
            end = start + len(key)
            value = None
            if _first_publication(source, start, end):
                value_rx = _SETTER_VALUE if key in _SETTERS else _STATE_VALUE
                if m := value_rx.match(source, end):
                    value = m.group(1).strip()
                elif r := _STATE_REFERENCE.match(source, end):
                    if arguments is None:
                        arguments = _nuxt_arguments(source)
                    value = _argument(arguments.get(r.group(1), ""))
                elif i := _STATE_INDEX.match(source, end):
                    if payload is None:
                        payload = _nuxt_payload(source)
                    value = _payload_date(payload, int(i.group(1)))
            if value:
                utc = key in _UTC_KEYS and ":" in value and not _HAS_OFFSET.search(value)
                found.append((start, value + "Z" if utc else value))
                break
            start = source.find(key, end)
    return [value for _, value in sorted(found)[:3]]


def _first_publication(source: str, start: int, end: int) -> bool:
    """Whether the key at source[start:end] ends a name, not one saying "last" or "re"; a
    capitalised key starts it too ("PublicationDate", not "firstPublicationDate")."""
    if source[end : end + 1].isalnum():
        return False
    if source[start].isupper() and source[start - 1 : start].isalnum():
        return False
    return not _NOT_FIRST.search(source, max(0, start - 9), start)


def _nuxt_arguments(source: str) -> dict[str, str]:
    """Nuxt 2's state function's arguments by parameter name (strings without quotes).

    `window.__NUXT__=(function(a,b,c){return {...}}(null,"x","2026-..."))`; {} on any
    other page.
    """
    at = source.find(_NUXT)
    if at == -1:
        return {}
    open_at = at + len(_NUXT)
    close = source.find(")", open_at)
    end = source.find("</script", close)
    end = end if end != -1 else len(source)
    call = source.rfind("}(", close, end)
    if close == -1 or call == -1:
        return {}
    names = [n.strip() for n in source[open_at:close].split(",")]
    values = _split_arguments(source[call + 2 : end])
    return dict(zip(names, values, strict=False))


def _split_arguments(text: str) -> list[str]:
    """Top-level, comma-separated JavaScript literals, strings unquoted (up to the call's end).

    Read token by token (a string, a bracket, a comma, anything else): Nuxt's arguments
    can run to hundreds of kilobytes.
    """
    parts: list[str] = []
    depth, current = 0, ""
    for m in _JS_TOKEN.finditer(text):
        token = m.group(0)
        if token in "([{":
            depth += 1
        elif token in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif token == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        if depth == 0:
            current += token[1:-1] if token[:1] in "\"'" else token
    parts.append(current.strip())
    return parts


def _nuxt_payload(source: str) -> list[object]:
    """Nuxt 3's payload (`<script id="__NUXT_DATA__">[...]</script>`: values by index); []
    on any other page."""
    at = source.find(_NUXT_DATA)
    start = source.find(">", at) + 1
    end = source.find("</script", start)
    if at == -1 or start == 0 or end == -1:
        return []
    try:
        data = json.loads(source[start:end])
    except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
        return []
    return data if isinstance(data, list) else []


def _payload_date(payload: list[object], index: int) -> str | None:
    """The date string or Unix time at `index` of a Nuxt 3 payload (a Date is ["Date", iso])."""
    if not 0 <= index < len(payload):
        return None
    value = payload[index]
    if isinstance(value, list) and len(value) == 2 and value[0] == "Date":
        value = value[1]
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return _argument(str(value))


def _argument(value: str) -> str | None:
    """A Nuxt argument if it is a date string or a Unix time (see _nuxt_arguments)."""
    m = _STATE_VALUE.match(":" + value)
    return m.group(1).strip() if m and m.end() == len(value) + 1 else None
