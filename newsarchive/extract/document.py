"""Parse a page once: decoded text, lxml tree, meta tags and JSON-LD objects."""

from __future__ import annotations

import codecs
import itertools
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement
from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

from newsarchive.extract import jsonld, scriptstate
from newsarchive.extract.limits import MAX_HTML as MAX_HTML  # named here too
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.extract.urls import join_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

log = logging.getLogger(__name__)

_XML_DECL = _compile(r"^\s*<\?xml[^>]*\?>", re.I)
# itemprop metas are keyed "itemprop:<name>": they often sit in related-article cards.
_META_KEYS = ("property", "name", "http-equiv")
# ... and a ruby's reading aid (furigana over kanji, "<ruby>図書館<rt>としょかん</rt></ruby>") with
# its fallback brackets: a reader reads the base text, and a glued reading breaks its words.
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "rt", "rp")


@dataclass
class Document:
    """One parsed page: everything the field cascades read."""

    url: str
    tree: HtmlElement
    meta_tags: dict[str, list[str]] = field(default_factory=dict)  # <meta> name -> contents
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    article: dict[str, Any] = field(default_factory=dict)
    parsely: dict[str, Any] | None = None  # filled on first use by page_fields.parsely
    truncated: bool = False  # the HTML was over the size limit: only its first part was parsed
    cache: dict[str, Any] = field(default_factory=dict)  # values several cascades derive
    # The tree's elements (the first HELD_ELEMENTS), held while the page is read: lxml makes
    # a Python object for an element each time a walk reaches it and frees it after, unless
    # one is held. The cascades' walks made ~3,300 a page of ~900 elements (~4% of
    # extraction); held, each is made once. The tree does not change after `parse`.
    held: list[HtmlElement] = field(default_factory=list)
    # Each element's text as served and cleaned, once read (`raw_text`, `text`): keyed by the
    # element object, which the dict holds, so lxml hands the same object back for that
    # element while the page is read (a proxy's own attributes go with a proxy made anew).
    raw_texts: dict[HtmlElement, str] = field(default_factory=dict, repr=False)
    texts: dict[HtmlElement, str] = field(default_factory=dict, repr=False)

    @cached_property
    def marked(self) -> Marked:
        """The elements the whole-page lookups read, found in one walk (`Marked`)."""
        return _mark(self.tree, self.held)

    @cached_property
    def h1(self) -> HtmlElement | None:
        """The page's first <h1> (`tree.find(".//h1")`): the language's sample, its
        opening and the section's headlines each looked for it across the tree."""
        h1s = self.elements("h1")
        return h1s[0] if h1s else None

    def elements(self, tag: str) -> list[HtmlElement]:
        """`list(tree.iter(tag))` for a tag of `INDEXED_TAGS`, in document order. Shared:
        callers read the list, never change it."""
        return self.indexed.get(tag, [])

    @cached_property
    def indexed(self) -> dict[str, list[HtmlElement]]:
        """The elements of `INDEXED_TAGS`, by tag, gathered in one walk in C: the cascades
        walked the whole tree for each of these tags, a page's own tree in cache taking
        ~0.05 ms a walk (as much as a field's rule), and most walks found a few elements
        or none. Read after `parse` (the dropped scripts' elements are in no list)."""
        found: dict[str, list[HtmlElement]] = {}
        for el in self.tree.iter(*INDEXED_TAGS):
            found.setdefault(el.tag, []).append(el)
        return found

    def raw_text(self, el: HtmlElement) -> str:
        """`el.text_content()`, serialised once a page: the body's cascades read the same
        blocks again (a paragraph scored, then tested as a paywall's pitch; a form field's
        ancestors for every field). The tree does not change after `parse`, nor its text."""
        found = self.raw_texts.get(el)
        if found is None:
            found = self.raw_texts[el] = el.text_content()
        return found

    def text(self, el: HtmlElement) -> str:
        """`clean(el.text_content())`, once a page (`raw_text`)."""
        found = self.texts.get(el)
        if found is None:
            found = self.texts[el] = clean(self.raw_text(el))
        return found

    def select(self, css: str) -> list[HtmlElement]:
        """Elements matching a site rule's CSS selector (compiled once per selector)."""
        found: list[HtmlElement] = _compiled(css)(self.tree)
        return found

    def rule_text(self, css: str | None) -> str | None:
        """Text of the first element a site rule selects that has any (or its `content`)."""
        if not css:
            return None
        for el in self.select(css):
            text = clean(el.text_content() or el.get("content"))
            if text:
                return text
        return None

    def first_meta(self, *keys: str) -> str | None:
        """First non-empty content among the meta keys, in the order given."""
        for key in keys:
            for value in self.meta_tags.get(key, ()):
                if value:
                    return value
        return None

    def all_meta(self, *keys: str) -> list[str]:
        return [v for key in keys for v in self.meta_tags.get(key, ()) if v]


# Tags whose elements the cascades look for across the whole page (`Document.elements`):
# few a page (a page's <img>s are the most, ~40), each looked for two or more times.
INDEXED_TAGS = ("h1", "img", "link", "base", "title", "footer")


@lru_cache(maxsize=256)
def _compiled(css: str) -> CSSSelector:
    return CSSSelector(css)


# Attribute-first queries ('//@class[...]/..', fewer nodes tested than '//*[@class...]') read
# the parents of the first this many attributes: libxml2 merges the parents of an attribute
# set pairwise, so 80,000 matches (a 2 MB page of empty spans) took 14 s a query, and 80,000
# itemprop=author blocks with a name 122 s a page. No looked-at page has over 46.
FIRST_ATTRIBUTES = 1000


def parents(attributes: str) -> str:
    """The query for the elements holding the first FIRST_ATTRIBUTES nodes `attributes` finds."""
    return f"({attributes})[position() <= {FIRST_ATTRIBUTES}]/parent::*"


@dataclass
class Marked:
    """The elements that lookups over the whole page read, in document order, gathered in
    one walk: seven XPath queries over the whole tree and a regex over the whole source
    cost a tenth of extraction (~1 ms a page) for what one pass over the elements finds.
    Each list stands for an XPath (tests/test_extract_walks.py checks they agree); the
    lists are shared: callers read them, never change them."""

    # (//@class[contains(.,'date') or contains(.,'time')])[position() <= 1000]/parent::*
    # | //time[not(@datetime)]: elements classed as a date or time, and bare <time>s
    dated: list[HtmlElement] = field(default_factory=list)
    times: list[HtmlElement] = field(default_factory=list)  # //time
    # //*[contains(local-name(), '-')]: web components (<amp-img>, <story-text>)
    custom: list[HtmlElement] = field(default_factory=list)
    props: dict[str, list[HtmlElement]] = field(default_factory=dict)  # by itemprop value
    # (//@property[contains(., 'datePublished')])[position() <= 1000]/parent::* (RDFa dates:
    # two XPaths over the whole tree took ~3% of extraction for what this walk sees anyway)
    rdfa_published: list[HtmlElement] = field(default_factory=list)
    rdfa_modified: list[HtmlElement] = field(default_factory=list)  # ... 'dateModified' ...

    def itemprop(self, value: str) -> list[HtmlElement]:
        """`parents("//@itemprop[.='<value>']")`: the elements whose itemprop is `value`."""
        return self.props.get(value, [])[:FIRST_ATTRIBUTES]


def _mark(tree: HtmlElement, held: list[HtmlElement] | None = None) -> Marked:
    """`Marked` for the tree. An element holds one attribute of a name (the parser drops a
    repeated one), so the first FIRST_ATTRIBUTES attributes are as many elements.
    `held`: the tree's elements in document order (`Document.held`), walked instead of the
    tree where it holds them all (a fifth faster: lxml finds no element objects again)."""
    marked = Marked()
    dated, times, custom, props = marked.dated, marked.times, marked.custom, marked.props
    rdfa_published, rdfa_modified = marked.rdfa_published, marked.rdfa_modified
    classed = 0  # elements classed as a date or time so far
    elements = held if held and len(held) < HELD_ELEMENTS else tree.iter(lxml.etree.Element)
    # (`el.get(...)` each time: a bound method made once an element, to call it three or
    # four times, cost ~7% of this walk, the interpreter's method call making none)
    for el in elements:
        tag = el.tag
        cls = el.get("class")
        if classed < FIRST_ATTRIBUTES and cls is not None and ("date" in cls or "time" in cls):
            classed += 1
            dated.append(el)
        elif tag == "time" and el.get("datetime") is None:
            dated.append(el)
        if tag == "time":
            times.append(el)
        elif "-" in tag:
            custom.append(el)
        prop = el.get("itemprop")
        if prop is not None:
            props.setdefault(prop, []).append(el)
        rdfa = el.get("property")
        if rdfa is not None:
            if "datePublished" in rdfa and len(rdfa_published) < FIRST_ATTRIBUTES:
                rdfa_published.append(el)
            if "dateModified" in rdfa and len(rdfa_modified) < FIRST_ATTRIBUTES:
                rdfa_modified.append(el)
    return marked


def following(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after `el` in document order, not inside it (XPath's following::*),
    read lazily: the callers stop after a few."""
    node: HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield from sib.iter(lxml.etree.Element)
        node = node.getparent()


def contains(ancestor: HtmlElement, el: HtmlElement) -> bool:
    """Whether `el` is inside `ancestor` (not `ancestor` itself)."""
    return any(a is ancestor for a in el.iterancestors())


def has_text(el: HtmlElement) -> bool:
    """Whether any of the element's text is more than spaces."""
    return any(t.strip() for t in el.itertext())


def decode(html: str | bytes, encoding: str | None = None) -> str:
    """Bytes to text with w3lib's readers (Scrapy's), forgiving wrong declarations.

    A BOM wins. Bytes that are valid UTF-8 with non-ASCII in them are UTF-8 whatever a
    header or meta says (a server's latin-1 default over a UTF-8 page is the common
    slip; legacy text is practically never valid UTF-8), and so is a UTF-8 page with a
    few stray bytes (a pasted latin-1 snippet: the strays are read as windows-1252).
    Otherwise the declarations are tried strictly, the HTTP header's (`encoding`) first,
    except that a windows-1252 header (a server's or Scrapy's default) yields to the
    page's own meta; where none reads the bytes whole, the first is used with U+FFFD for
    the broken bytes, and a page declaring nothing but UTF-8 is UTF-8 with its strays
    as windows-1252 (an undeclared cp1252 page comes out whole).
    """
    return _decode(html, encoding)[0]


def _decode(html: str | bytes, encoding: str | None) -> tuple[str, bool]:
    """`decode`'s text, and whether `html` is that text in UTF-8 byte for byte (no BOM,
    no stray bytes): most pages, which `parse` then hands to libxml2 as they are."""
    if isinstance(html, str):
        return html, False
    bom_codec, bom = read_bom(html)
    if bom_codec and bom:
        return html[len(bom) :].decode(bom_codec, errors="replace"), False
    if html.isascii() and b"\x00" not in html:
        return html.decode("ascii"), True
    try:
        return html.decode("utf-8"), True
    except UnicodeDecodeError:
        if _mostly_utf8(html):
            return html.decode("utf-8", errors=_STRAY_BYTES), False
    declared = _declared(html, encoding)
    for codec in declared:
        if (text := _read(html, codec)) is not None:
            return text, False
    # a legacy page with a broken byte or two: its own charset, as browsers do
    if declared and (text := _read(html, declared[0], "replace")) is not None:
        return text, False
    return html.decode("utf-8", errors=_STRAY_BYTES), False


def _read(html: bytes, codec: str, errors: str = "strict") -> str | None:
    """`html` read as `codec`; None where it does not read: a broken byte, or a name
    Python knows that is no charset of a page (charset="zlib", "rot13", "idna",
    "punycode", "undefined": they raise LookupError or UnicodeError even with 'replace')."""
    try:
        return html.decode(codec, errors)
    except (UnicodeError, LookupError):
        return None


# Strays per valid non-ASCII character: legacy CJK or Cyrillic read as UTF-8 gives ~10 or more.
_MAX_STRAYS = 1 / 3


def _mostly_utf8(html: bytes) -> bool:
    """UTF-8 with a few bytes that are not (a CMS pasting latin-1 into a UTF-8 page)."""
    text = html.decode("utf-8", errors="replace")
    strays = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - strays
    return strays <= _MAX_STRAYS * valid


def _declared(html: bytes, header: str | None) -> list[str]:
    """The codecs the HTTP header and the page declare, in the order to try them."""
    given = resolve_encoding(header) if header else None
    meta = html_body_declared_encoding(html) or _late_declaration(html)
    order = [meta, given] if given == "cp1252" and meta else [given, meta]
    return [c for i, c in enumerate(order) if c and c != "utf-8" and c not in order[:i]]


_LATE_SCAN = 65536  # bytes of a long <head> (inline scripts and styles) read for a meta charset


def _late_declaration(html: bytes) -> str | None:
    """A meta charset past the first 4 KB that w3lib reads (after a long inline script)."""
    pos = html.find(b"charset", 4000, _LATE_SCAN)
    while pos >= 0:
        start = html.rfind(b"<meta", max(0, pos - 500), pos)
        if start >= 0 and (found := html_body_declared_encoding(html[start : pos + 100])):
            return found
        pos = html.find(b"charset", pos + 7, _LATE_SCAN)
    return None


def _read_stray_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Bytes that are no UTF-8, read as windows-1252 (what they almost always are)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end


_STRAY_BYTES = "newsarchive-utf8-cp1252"
codecs.register_error(_STRAY_BYTES, _read_stray_bytes)


_OPEN_RUN = _compile(r"(<([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>\s*)(?:<\2\b[^<>]*>\s*){31,}")
_CLOSE_RUN = _compile(r"(</([a-zA-Z][a-zA-Z0-9]*)\s*>\s*)(?:</\2\s*>\s*){31,}")


# Elements of a page held as Python objects (`Document.held`): newsbench's pages have 900
# (2,800 at most); a 4 MB page of tiny elements has 300,000, and holding them all took a
# third more memory (~110 bytes each).
HELD_ELEMENTS = 20_000

# Scripts and styles, found by `_blocks`: one opening tag to its first close. (The patterns
# "<script\b[^>]*ld\+json[^>]*>.*?</script\s*>" and "(<(?:script|style)\b[^>]*>)(.*?)</(?:script|
# style)\s*>" found the same, but each opening with no close after it read on to the page's
# end: 20,000 unclosed "<script>" took minutes.)
_SCRIPT_OPEN = _compile(r"<script\b", re.I)
_SCRIPT_OR_STYLE_OPEN = _compile(r"<(?:script|style)\b", re.I)
_SCRIPT_CLOSE = _compile(r"</script\s*+>", re.I)
_SCRIPT_OR_STYLE_CLOSE = _compile(r"</(?:script|style)\s*+>", re.I)
_LD_JSON = _compile(r"ld\+json", re.I)


def _blocks(text: str, start: int = 0, jsonld: bool = False) -> Iterator[tuple[int, int, int, int]]:
    """Each script or style of `text` from `start` (with `jsonld`, each script whose opening
    tag names ld+json), as (start, opening tag's end, close's start, end): an opening tag
    runs to its first ">", its content to the first close of a script or style after it
    (of a script, for JSON-LD); one ends where the next search begins. Each part of the
    text is read once or twice: an opening with no close after it ends the search (none
    later has one either), and so does one with no ">" after it."""
    opening = _SCRIPT_OPEN if jsonld else _SCRIPT_OR_STYLE_OPEN
    closing = _SCRIPT_CLOSE if jsonld else _SCRIPT_OR_STYLE_CLOSE
    pos = start
    gt = -1  # the first ">" at or after the last opening (openings inside one tag share it)
    no_ld = -1  # the ">" of a tag whose openings found no ld+json (later ones in it: none)
    while m := opening.search(text, pos):
        if gt < m.end():
            gt = text.find(">", m.end())
            if gt < 0:
                return
        if jsonld and (no_ld == gt or not _LD_JSON.search(text, m.end(), gt)):
            no_ld = gt
            pos = m.start() + 1
            continue
        close = closing.search(text, gt + 1)
        if close is None:
            return
        yield m.start(), gt + 1, close.start(), close.end()
        pos = close.end()


_TAIL_JSONLD_MAX = 1_000_000  # characters of JSON-LD taken from past the cut

# Shown the tree of a page parsed as served (its text whole, nesting kept) before any
# element is dropped, with the text it was parsed from: another reader of the page
# (its requisites) need not parse it again.
TreeReader = Callable[[HtmlElement, str], None]


def parse(
    html: str | bytes,
    url: str,
    encoding: str | None = None,
    max_html: int | None = MAX_HTML,
    served: TreeReader | None = None,
    flat: bool = False,
) -> Document | None:
    """Parse once; None when there is no document at all (empty or not HTML).

    Past `max_html` characters (None: no limit) the page is cut (`Document.truncated`).
    `served` is called with the pristine tree when it is the whole page as served.
    `flat`: elements nested past FLAT_DEPTH keep only their text (`flatten`).
    """
    decoded, as_utf8 = _decode(html, encoding)
    text = _XML_DECL.sub("", decoded, count=1)
    if not text or text.isspace():  # (strip() would copy the whole page)
        return None
    truncated = False
    if max_html is not None and len(text) > max_html:
        size = len(text)
        text, truncated = cut(text, max_html)
        if truncated:  # (said once: a page read again flattened was read so before)
            told = log.debug if flat else log.warning
            told("%s: %d characters of HTML, read up to %d", url, size, max_html)
    # the bytes as served, where they are the text in UTF-8 (nothing stripped or cut)
    utf8 = html if as_utf8 and isinstance(html, bytes) and len(text) == len(decoded) else None
    try:
        tree, collapsed = _parse_tree(text, url, utf8, told=not flat)
    except (lxml.etree.ParserError, ValueError) as exc:
        log.debug("unparseable page %s: %s", url, exc)
        return None
    if served is not None and not (truncated or collapsed or flat):
        served(tree, text)
    doc = Document(url=url, tree=tree, meta_tags=_read_meta(tree), truncated=truncated)
    doc.cache["source"] = text  # script state, read by late fallbacks after scripts are dropped
    doc.jsonld = jsonld.read_blocks(tree)
    doc.article = jsonld.pick_article(
        doc.jsonld,
        url,
        lambda: own_urls(tree, url, doc.meta_tags),
        lambda: _shown_titles(tree, doc.meta_tags),
        lambda: [v for key in jsonld.PUBLISHED_METAS for v in doc.meta_tags.get(key, [])],
    )
    if not doc.article:
        doc.article = scriptstate.article(text)
    if flat:  # once its metas and JSON-LD are read, wherever they sit
        flatten(tree)
    # (most pages have no ruby) only a tree holding an <rt> has a reading to unwrap: a walk of
    # the tree just built (in cache) finds the first in ~0.01 ms. libxml2 lower-cases tag
    # names, so `<RT>` is found as `<rt>` (a scan of the source for "<rt" missed it)
    if next(tree.iter("rt"), None) is not None:
        _unwrap_runaway_readings(tree)
    lxml.etree.strip_elements(tree, *_DROP_TAGS, with_tail=False)
    doc.held = list(itertools.islice(tree.iter(lxml.etree.Element), HELD_ELEMENTS))
    return doc


RUBY_READING = 50  # characters: a ruby's reading is a word's or a phrase's, never a sentence


def _unwrap_runaway_readings(tree: HtmlElement) -> None:
    """Keep the text of an `<rt>` that ran on: a page that never closes its `<ruby>` leaves the
    reading open, and libxml2 (unlike a browser, which closes it at the paragraph's end) puts
    the rest of the paragraph inside it: long, or text after a closing `<rp>` bracket in
    it, which a reading never holds. A reader sees that text; the reading
    beside it is the lesser loss."""
    for rt in list(tree.iter("rt")):
        if rt.getparent() is not None and (
            len(rt.text_content()) > RUBY_READING
            or any(rp.tail and not rp.tail.isspace() for rp in rt.iterchildren("rp"))
        ):
            rt.drop_tag()


# Levels of elements a page keeps when read `flat`: libxml2's own bound without `huge_tree`.
# The cascades that recurse over the tree (the body's walk, its furniture test) take a frame
# a level: a page nested past Python's stack (1,000 frames) is read again flattened.
FLAT_DEPTH = 256


# Elements that end a run of text where they open and close (as a browser lays them out):
# a flattened block keeps one block each.
_BLOCKS = frozenset(
    (
        *("p", "div", "section", "article", "main", "aside", "header", "footer", "nav"),
        *("figure", "figcaption", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd"),
        *("table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "address"),
        *("details", "summary", "center", "form", "fieldset", "hr"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
    )
)
# Blocks whose runs keep their tag: subheadings stay apart, captions stay out of the body.
_TAG_KEPT = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption"))


def flatten(tree: HtmlElement, depth: int = FLAT_DEPTH) -> int:
    """Each element `depth` levels down that holds more elements keeps their content one
    level down: a run of text for each block (a paragraph, a heading, a cell), its images
    beside them, a run for each line a <br> ends; the code of scripts and styles is dropped. A
    block nested past the stack is read as the blocks it shows. Linear in the tree (each
    element is visited once, without recursion); returns how many lost their nesting."""
    flattened = 0
    level = [tree]
    for _ in range(depth):
        level = [child for el in level for child in el if isinstance(child.tag, str)]
    for el in level:
        if len(el):
            _flat_blocks(el)
            flattened += 1
    return flattened


def _flat_blocks(el: HtmlElement) -> None:
    """`el`'s content as one level of blocks (`flatten`), its text in the same order."""
    out: list[HtmlElement] = []
    parts: list[str] = []
    blocks: list[str] = []  # the blocks open, innermost last
    skipped: HtmlElement | None = None  # a script or style whose content is passed over
    lead: list[str] = []  # spaces before the first block

    def ended() -> None:
        text = "".join(parts)
        parts.clear()
        if text.strip():
            tag = blocks[-1] if blocks and blocks[-1] in _TAG_KEPT else "p"
            block = el.makeelement(tag, {})
            block.text = text
            out.append(block)
        elif text and out:  # spaces between blocks: kept where they were
            out[-1].tail = (out[-1].tail or "") + text
        elif text:
            lead.append(text)

    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if skipped is not None:
            if event == "end" and node is skipped:
                skipped = None
                parts.append(node.tail or "")
            continue
        if node is el:
            if event == "start":
                parts.append(el.text or "")
            continue
        if not isinstance(tag, str):
            if event == "end":
                parts.append(node.tail or "")
            continue
        if event == "start":
            if tag in _DROP_TAGS:
                skipped = node
                continue
            if tag in _BLOCKS:
                ended()
                blocks.append(tag)
            elif tag == "img":  # kept beside the blocks, with its attributes
                ended()
                out.append(el.makeelement(tag, dict(node.attrib)))
            elif tag == "br":  # a line of its own, as the body reads it unflattened
                ended()
            parts.append(node.text or "")
        else:
            if tag in _BLOCKS:
                ended()
                blocks.pop()
            parts.append(node.tail or "")
    ended()
    if len(out) == 1 and out[0].tag == "p" and not out[0].tail:
        el[:] = []  # one run of text: the element's own
        el.text = "".join(lead) + (out[0].text or "")
        return
    el[:] = out
    el.text = "".join(lead) or None


def deeper_than(tree: HtmlElement, levels: int) -> bool:
    """Whether elements sit more than `levels` levels down in `tree` (itself level 1), read
    a level at a time without recursion, stopping there."""
    level = [tree]
    for _ in range(levels):
        level = [child for el in level for child in el if isinstance(child.tag, str)]
        if not level:
            return False
    return True


def cut(text: str, limit: int) -> tuple[str, bool]:
    """The page within `limit` characters, and whether its markup had to be cut.

    The largest scripts and styles are emptied first (an inline blob of many MB before
    a small article; JSON-LD is kept): no field reads most of them. A page still too
    long keeps its first `limit` characters, ended before a tag the cut would halve,
    plus the JSON-LD scripts after the cut (some pages set them at the end of <body>).
    What extraction reads from <head> (title, metas, JSON-LD) sits near the top, so it
    survives; the body ends at the cut, and lxml closes the elements left open.
    """
    excess = len(text) - limit
    blobs = sorted(
        (
            (inner_end - inner, inner, inner_end)
            for start, inner, inner_end, _end in _blocks(text)
            if "ld+json" not in text[start:inner].lower()
        ),
        reverse=True,
    )
    emptied = []
    for size, start, end in blobs:
        if excess <= 0:
            break
        emptied.append((start, end))
        excess -= size
    if emptied:
        kept, pos = [], 0
        for start, end in sorted(emptied):
            kept.append(text[pos:start])
            pos = end
        kept.append(text[pos:])
        text = "".join(kept)
    if len(text) <= limit:
        return text, False
    end = text.rfind("<", max(0, limit - 4096), limit)
    head = text[: end if end > 0 else limit]
    scripts, size = [], 0
    for start, _inner, _inner_end, end in _blocks(text, len(head), jsonld=True):
        size += end - start
        if size > _TAIL_JSONLD_MAX:
            break
        scripts.append(text[start:end])
    return head + "".join(scripts), True


def own_urls(tree: HtmlElement, url: str, meta: dict[str, list[str]]) -> list[str]:
    """The page's canonical link and og:url, absolute: addresses it gives itself."""
    head = tree.find("head")
    found = [
        link.get("href") or ""
        for link in (head.iterchildren("link") if head is not None else ())
        if (link.get("rel") or "").strip().lower() == "canonical"
    ]
    found += meta.get("og:url", [])
    return [joined for u in found if u.strip() and (joined := join_url(url, u.strip()))]


def _shown_titles(tree: HtmlElement, meta: dict[str, list[str]]) -> list[str]:
    """The titles the page shows: og:title, twitter:title, <title> and its first h1."""
    found = [*meta.get("og:title", []), *meta.get("twitter:title", [])]
    found += [el.text_content() for el in tree.iterfind(".//title")][:1]
    found += [el.text_content() for el in tree.iterfind(".//h1")][:1]
    return found


def _parse_tree(
    text: str, url: str, utf8: bytes | None = None, told: bool = True
) -> tuple[HtmlElement, bool]:
    """The tree, and whether nesting had to be collapsed for it.

    `utf8` is `text` in UTF-8, where the page came so: libxml2 parses UTF-8 bytes a sixth
    faster than a str, which lxml hands it as UTF-16 or UCS-4 to convert (the same tree:
    the encoding is given, so no meta charset switches it).
    libxml2 stops at a text node past 10 MB (a big inline script) or nesting past 256,
    leaving the rest of the page out, silently: `huge_tree` lifts both (nesting to 2048).
    Deeper still, runs of one tag opened (or closed) many times over are collapsed to one,
    and the page parsed again (still too deep: without its formatting tags): browsers
    flatten such nesting too (logged, unless `told`
    is False: the page's second read)."""
    parser = _parser("utf-8" if utf8 is not None else None)
    tree = lxml.html.document_fromstring(text if utf8 is None else utf8, parser=parser)
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        (log.warning if told else log.debug)(
            "%s nests elements over 2048 deep: repeated tags collapsed to parse it", url
        )
        collapsed = _CLOSE_RUN.sub(r"\1", _OPEN_RUN.sub(r"\1", text))
        parser = _parser()
        tree = lxml.html.document_fromstring(collapsed, parser=parser)
        if any("Excessive depth" in entry.message for entry in parser.error_log):
            # tags opened in turn (<b><i><b><i>...) are no run of one: libxml2 stopped again,
            # the rest of the page lost. Their formatting goes, their text stays.
            unformatted = _unformatted(collapsed)
            tree = lxml.html.document_fromstring(unformatted, parser=_parser())
        return tree, True
    return tree, False


# Formatting tags (not links: <a> tells a link's text from the body's) and, to be kept as
# they are, scripts and styles, whose text may hold such tags: an opening, found here, runs
# to its first ">" and on to the first close of its own name (`_unformatted`).
_INLINE_OR_CODE = _compile(
    r"<(script|style)\b"
    r"|</?(?:b|i|u|s|em|strong|span|font|small|big|mark|sub|sup|tt|cite|abbr|ins|del|strike"
    r"|nobr)\b[^<>]*+>",
    re.I,
)


def close_of(name: str) -> re.Pattern[str]:
    """The close of an element opened as `name` (any case: "</SCRIPT >" for "<script")."""
    return _CLOSINGS.get(name) or _CLOSINGS.setdefault(
        name, re.compile(rf"</{re.escape(name)}\s*+>", re.I)
    )


_CLOSINGS: dict[str, re.Pattern[str]] = {}


def _unformatted(text: str) -> str:
    """`text` without its formatting tags, its scripts and styles kept whole. Each part is
    read once or twice: an opening with no close of its name after it is remembered, so
    later ones of that name are not read on to the end again (as the pattern
    "(<(script|style)\\b[^>]*>.*?</\\2\\s*>)|</?(?:b|i|...)\\b[^<>]*>" did: 20,000 unclosed
    "<script" inside tags took minutes)."""
    out: list[str] = []
    pos = kept = 0
    gt = -1  # the first ">" at or after the last opening
    unclosed: dict[str, int] = {}  # an opening's name: a ">" with no close of it after
    while m := _INLINE_OR_CODE.search(text, pos):
        name = m.group(1)
        if name is None:  # a formatting tag: dropped
            out.append(text[kept : m.start()])
            kept = pos = m.end()
            continue
        if gt < m.end():
            gt = text.find(">", m.end())
            if gt < 0:  # no ">" left: no script, style or formatting tag either
                break
        close = None if unclosed.get(name, len(text)) <= gt else close_of(name).search(text, gt + 1)
        if close is None:
            unclosed[name] = gt
            pos = m.start() + 1
            continue
        pos = close.end()  # kept as it is
    out.append(text[kept:])
    return "".join(out)


class _Element(HtmlElement):  # type: ignore[misc]  # lxml ships no stubs here
    """lxml.html's element with a faster `text_content`: serialising the text in C
    takes a third of the time of lxml.html's XPath `string()` (1.0 against 2.9 us an
    element), for the same string (checked on all 127,322 elements of newsbench's
    141 pages). Every cascade reads text this way, ~30,000 times over those pages."""

    def text_content(self) -> str:
        text: str = lxml.etree.tostring(self, method="text", encoding="unicode", with_tail=False)
        return text


# Every element is an HtmlElement (_Element), chosen in C: lxml.html's own lookup runs
# a Python method for each element the cascades touch (~280,000 calls over the 141
# benchmark pages, ~5% of extraction time) only to give <form>/<input> their own
# classes, which extraction never uses.
_ELEMENT_CLASSES = lxml.etree.ElementDefaultClassLookup(
    element=_Element,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser(encoding: str | None = None) -> lxml.etree.HTMLParser:
    """One parser a page (its error log tells the depth failure). Comments and processing
    instructions are left out while parsing: no field reads them, and every walk skipped them.
    No id index is built (`collect_ids`): no cascade looks an element up by id, and building
    it cost ~5% of parsing. `encoding`: that of the bytes parsed (None for a str)."""
    parser = lxml.etree.HTMLParser(
        huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False, encoding=encoding
    )
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def _read_meta(tree: HtmlElement) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for key in _META_KEYS:
            name = el.get(key)
            if name:
                meta.setdefault(name.strip().lower(), []).append(clean(content))
        prop = el.get("itemprop")
        if prop:
            meta.setdefault("itemprop:" + prop.strip().lower(), []).append(clean(content))
    return meta
