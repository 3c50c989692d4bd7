"""The body's lead where the page sets it outside the container.

A standfirst in the article's header is part of the text a reader reads: the block the
page's classes call its lead, a block the page's description repeats, or the first
paragraph of sentences between the headline and the container.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.bodylines import DROPPED, HEADLINE, SKIPPED
from newsarchive.extract.bodypictures import is_implicit_figure
from newsarchive.extract.bodyquotes import unmarked
from newsarchive.extract.bodytaglines import names_related
from newsarchive.extract.bodywalk import walk
from newsarchive.extract.document import Document
from newsarchive.extract.furniture import is_stock_line
from newsarchive.extract.headline import headline
from newsarchive.extract.lead import is_summary_box, lead_run, marked_lead, plain_lead
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.extract.text import word_key as _norm

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


DESCRIPTION_META = ("og:description", "description", "twitter:description")
LEAD_TAGS = ("p", "h2", "h3", "h4", "div", "span")
LEAD_MIN, LEAD_MAX = 20, 1200  # characters of a lead paragraph
LEAD_MAX_CHILDREN = 4  # a lead is one block, not a wrapper of many
LEAD_PREFIX_SHARE = 0.8  # a description trimmed to 80% of the lead still names it
LEAD_NEEDLE = 16  # characters of the description searched for in the page's text
LEAD_OCCURRENCES = 12  # places in the markup a needle is looked at
LEAD_GAP = 40  # characters of whitespace allowed between a tag and the lead's first word
# Class/id words by which a page calls a block its subtitle (split on spaces and "_").
SUBTITLE_WORDS = frozenset(langwords.entries(langwords.SUBTITLE_CLASSES))
_ATTR_WORDS = _compile(r"[\s_]+")
SUBTITLE_ATTRS = ("class", "id", "data-gu-name", "data-component", "data-testid")
LEAD_CLIMB = 4  # from the text node up to the lead's block (p > span > span > text)


def classed_lead(
    doc: Document, containers: list[HtmlElement], text: str, keep: set[HtmlElement]
) -> str | None:
    """The block between headline and body that the page's classes call its lead
    (lead.py), in paragraphs (a key-points list gives one line per point), unless the
    body already holds it."""
    if not text or not containers:
        return None
    el = marked_lead(headline(doc), containers[0])
    if el is None:
        return None
    paragraphs: list[str] = []
    for block in [el] if is_summary_box(el) else lead_run(el):
        found: list[str] = []
        walk(block, found, [], set(), keep)
        found = [unmarked(p) for p in found if p not in (SKIPPED, DROPPED, HEADLINE)]
        paragraphs.extend(found or [clean(block.text_content())])
    value = "\n\n".join(p for p in paragraphs if p)
    return None if _in_text(value, text) else value


def sentence_lead(doc: Document, containers: list[HtmlElement], text: str) -> str | None:
    """The first paragraph of sentences between the headline and the container, unless
    the page calls it its subtitle or dek, it is a picture's caption, or it is a promo line
    ("Lesen Sie auch: ...")."""
    if not text or not containers:
        return None
    el = plain_lead(headline(doc), containers[0])
    if el is None or _marked_subtitle(el) or _captions(el):
        return None
    value = clean(el.text_content())
    if is_stock_line(value) or names_related(value) or _in_text(value, text):
        return None
    if NOT_A_LEAD.search(value):
        return None
    return value


# A picture's credit, an account/subscription notice or a notice about the piece: a caption
# or a box under the headline, not the article's opening, whatever classes (or hashes) it has.
NOT_A_LEAD = _compile(
    r"\((?:\w+ )?(?:photo|foto|bild|image)\b[^)]*\)\s*$|\b(?:photo|foto|bild|image)s?\s*:\s*\S"
    r"|getty images|picture alliance|imago images"
    r"|subscri|abonn|registrier|einloggen|sign in|log in|logg inn|logga in|iscriviti|suscr"
    r"|会員登録|会員限定|有料会員|ログイン|회원가입|로그인"
    # a notice about the piece itself ("Dieser Artikel ist älter als ein Jahr ...")
    r"|^(?:dieser (?:artikel|beitrag|text)|this (?:article|story)|cet article|este artículo"
    r"|questo articolo|denne artikkelen|den här artikeln|denne artikel)\b",
    re.I,
)


def description_lead(doc: Document, containers: list[HtmlElement], text: str) -> str | None:
    """The article's lead paragraph where the page shows it outside the body container.

    Many pages set the lead (standfirst, "preface", "spot") in the article's header,
    apart from the paragraphs; it is part of the text a reader reads. It is recognised
    by the page's own description repeating it, so a teaser or kicker never passes; a
    block the page marks as its subtitle or dek stays the subtitle only.
    Cheap string tests come first (about 0.5 ms a page otherwise): the body already
    holding the description, no text node in the markup starting with its first words.
    """
    if not text or not containers:
        return None
    descriptions = list(
        dict.fromkeys(d for d in doc.all_meta(*DESCRIPTION_META) if len(d) >= LEAD_MIN)
    )
    if not descriptions or any(_in_text(d, text) for d in descriptions):
        return None  # the body already holds it (or a paragraph it was trimmed from)
    source: str = doc.cache.get("source", "")
    found = [n for d in descriptions if _starts_text(source, n := _needle(d))]
    if not found:
        return None  # no text in the page's markup starts with the description's words
    keys = {_norm(d) for d in descriptions}
    needles = {f"n{i}": n for i, n in enumerate(found)}
    test = " or ".join(f"contains(., ${name})" for name in needles)
    scope = next(itertools.chain(containers[0].iterancestors("article", "main"), (doc.tree,)))
    for node in scope.xpath(f".//text()[{test}]", **needles):
        el = node.getparent()
        if node.is_tail and el is not None:
            el = el.getparent()
        for _ in range(LEAD_CLIMB):
            if el is None or len(el) > LEAD_MAX_CHILDREN:
                break
            if el.tag in LEAD_TAGS:
                value = clean(el.text_content())
                if LEAD_MIN <= len(value) <= LEAD_MAX:
                    key = _norm(value)
                    if any(_same_lead(key, k) for k in keys):
                        if _in_text(value, text) or _marked_subtitle(el) or _captions(el):
                            return None
                        return _with_dateline(el, value)
            el = el.getparent()
    return None


DATELINE_MAX = 40  # characters of a place set before the lead in its own span ("Berlin.")


def _with_dateline(el: HtmlElement, value: str) -> str:
    """The lead with the dateline its block sets before it in a span of its own
    ("<div><span>Berlin.</span> <span>Die Füchse stehen ...</span></div>")."""
    parent = el.getparent()
    if el.tag != "span" or parent is None or parent.tag not in ("p", "div"):
        return value
    whole = clean(parent.text_content())
    head = whole[: len(whole) - len(value)].strip()
    if whole.endswith(value) and 0 < len(head) <= DATELINE_MAX and head.endswith((".", ":", "-")):
        return whole
    return value


def _captions(el: HtmlElement) -> bool:
    """The block is a picture's caption (in a `<figure>`, or beside an image in a short
    wrapper): a description repeating the caption names no lead, and captions are never
    body text."""
    for node in itertools.chain((el,), itertools.islice(el.iterancestors(), LEAD_CLIMB)):
        if node.tag in ("figure", "figcaption") or is_implicit_figure(node):
            return True
    return False


def _marked_subtitle(el: HtmlElement) -> bool:
    """Class, id or data name of the block (or a wrapper) calling it a subtitle or dek."""
    for node in itertools.chain((el,), itertools.islice(el.iterancestors(), LEAD_CLIMB)):
        attrs = " ".join(node.get(a) or "" for a in SUBTITLE_ATTRS).lower()
        if attrs.strip() and not SUBTITLE_WORDS.isdisjoint(_ATTR_WORDS.split(attrs)):
            return True
    return False


def _in_text(value: str, text: str) -> bool:
    """Whether `text` holds `value` (its first 80% at least), words compared, not markup."""
    pos = text.find(value[:LEAD_NEEDLE])
    if pos < 0:
        return False
    key = _norm(value)
    return key[: int(len(key) * LEAD_PREFIX_SHARE)] in _norm(text[pos : pos + 2 * len(value)])


def _starts_text(source: str, needle: str) -> bool:
    """Whether the needle opens a text node in the markup (right after a tag), not only a
    meta tag's or a script's string: spares most pages the XPath search."""
    pos = source.find(needle)
    for _ in range(LEAD_OCCURRENCES):
        if pos < 0:
            return False
        if source[max(0, pos - LEAD_GAP) : pos].rstrip().endswith(">"):
            return True
        pos = source.find(needle, pos + 1)
    return False


def _needle(description: str) -> str:
    """The description's first words: short enough to sit in one text node."""
    head = description[:LEAD_NEEDLE]
    cut = head.rfind(" ")
    return head[:cut] if cut >= LEAD_NEEDLE // 2 else head


def _same_lead(key: str, description: str) -> bool:
    """Equal, or one cut short of the other (descriptions are often trimmed to a length)."""
    short, long_ = sorted((key, description), key=len)
    return long_.startswith(short) and len(short) >= len(long_) * LEAD_PREFIX_SHARE
