"""Promoted titles of other pieces inside the text.

Titles set under a "Read also" label alone, runs of headings that are other pieces'
titles, title boxes, and links wrapping a teaser's blocks: the walk drops them.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import TITLE_BLOCKS, element_after, element_before
from newsarchive.extract.bodycards import CARD_TEXT, HEADING_TAGS
from newsarchive.extract.bodylines import PICTURE_FILE
from newsarchive.extract.furniture import (
    is_fact_line,
    is_more_info_label,
    is_read_also_label,
    is_title_line,
)
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.extract.text import word_key as _norm

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


LINK_WRAP_LEVELS = 3  # from a block up to a link wrapping it (a > div > p)


def wrapped_in_link(block: HtmlElement) -> bool:
    """A block inside a link to another page that reads as a teaser (`_is_teaser_link`):
    HTML5 lets a link wrap blocks ("<a href><p>Title</p></a>"), and the walk marks no link
    around a block."""
    node = block.getparent()
    for _ in range(LINK_WRAP_LEVELS):
        if node is None:
            return False
        if node.tag == "a":
            return _is_teaser_link(node)
        node = node.getparent()
    return False


def _is_teaser_link(a: HtmlElement) -> bool:
    """A link wrapping blocks alone, a card's text at most, a title in it (a heading, or a
    title line first): another piece's teaser. A link left open before the story's blocks
    (libxml2 nests them in it) opens with its own words; a sentence in a link (a cited
    report, a quoted post) is the story's; a link to a picture file wraps the story's own
    picture and caption."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")) or PICTURE_FILE.search(href):
        return False
    if (a.text or "").strip() or any((c.tail or "").strip() for c in a):
        return False
    if len(clean(a.text_content())) > CARD_TEXT:
        return False
    if next(a.iter(*HEADING_TAGS), None) is not None:
        return True
    first = next((t for c in a if isinstance(c.tag, str) and (t := clean(c.text_content()))), "")
    return is_title_line(first)


READ_ALSO_TITLES = 3  # titles under one "Lesen Sie auch:" label, a block each


def after_read_also(block: HtmlElement) -> bool:
    """A title set in a paragraph or list item of its own under a promo's label alone ("<p>Lesen
    Sie auch:</p><p>Title</p>", "<h3>Related</h3><ul><li>Title</li>..."), its link gone: the
    label, and up to three titles in blocks like it before this one (a list's items, then the
    list). Another block between them (a teaser box the walk skipped) ends the search. More
    than three titles in the run (a list of books, five short lines) are no promo's: all stay."""
    if not (
        block.tag in TITLE_BLOCKS
        or _heading_run(block)
        or (block.tag == "div" and (box := block.getparent()) is not None and _titles_box(box))
    ):
        return False
    node = block
    for _ in range(READ_ALSO_TITLES + 1):
        prev = element_before(node)
        if prev is None:
            parent = node.getparent()
            if parent is None:
                return False
            if not (parent.tag in ("ul", "ol") and node.tag == "li") and not _titles_box(parent):
                return False
            node = parent  # the list's or box's first item: the label stands before it
            continue
        label = clean(prev.text_content())
        if is_read_also_label(label):
            # under "Saiba mais" an unlinked item is the story's own (its linked ones went),
            # unless the page links the same title elsewhere: another piece's, its link lost
            if (
                is_more_info_label(label)
                and next(block.iter("a"), None) is None
                and not _linked_elsewhere(block)
            ):
                return False
            return _titles_from(block, READ_ALSO_TITLES) <= READ_ALSO_TITLES
        if prev.tag != block.tag or not label or not is_title_line(label):
            return False
        node = prev
    return False


# words of another piece's title: a tag's or a section's link names a place, an event or a
# body in fewer ("Teatro Guaíra", "Feira do Livro", "Prefeitura de São Paulo")
LINKED_TITLE_WORDS = 5


def _linked_elsewhere(block: HtmlElement) -> bool:
    """The block's text is a link's whole text somewhere on the page (a "most read" list, a
    teaser): another page's title. Asked only of a line under a "Saiba mais" label."""
    key = _norm(clean(block.text_content()))
    if len(key.split()) < LINKED_TITLE_WORDS:
        return False  # the story's own item may share a tag's name
    root = block.getroottree().getroot()
    return any(
        (href := (a.get("href") or "").strip())
        and not href.startswith(("#", "javascript:"))
        and _norm(clean(a.text_content())) == key
        for a in root.iter("a")
    )


def _heading_run(block: HtmlElement) -> bool:
    """A heading among two or three of the same level in a row, each a title: other pieces'
    titles set as headings. A story's subhead has its paragraphs after it."""
    if block.tag not in HEADING_TAGS:
        return False
    run = [block]
    for step in (element_before, element_after):
        node = step(block)
        while node is not None and node.tag == block.tag and len(run) <= READ_ALSO_TITLES:
            run.append(node)
            node = step(node)
    texts = [clean(h.text_content()) for h in run]
    return (
        2 <= len(run) <= READ_ALSO_TITLES
        and all(is_title_line(t) for t in texts)
        and not any(_ENTRY_STAMP.match(t) for t in texts)
    )


# A live blog's entry set flat as headings: its time ("11:58", "11.58 Uhr") over its title.
# Another piece's title opens with no clock.
_ENTRY_STAMP = _compile(r"^\W*\d{1,2}[:.h]\d\d(?!\d)")


def _titles_box(box: HtmlElement) -> bool:
    """A plain block holding only one to three title lines in blocks of their own (a promo's
    box after its label): a story's text block holds paragraphs."""
    if box.tag not in ("div", "section") or (box.text or "").strip():
        return False
    items = [c for c in box if isinstance(c.tag, str)]
    return (
        0 < len(items) <= READ_ALSO_TITLES
        and all(_title_block(c) and not (c.tail or "").strip() for c in items)
        and all((t := clean(c.text_content())) and is_title_line(t) for c in items)
    )


def _title_block(el: HtmlElement) -> bool:
    """A paragraph or item, or a <div> holding text only (a box's title line)."""
    return el.tag in TITLE_BLOCKS or (
        el.tag == "div" and not any(isinstance(c.tag, str) for c in el)
    )


def _titles_from(block: HtmlElement, most: int, *, facts_too: bool = False) -> int:
    """How many title lines in blocks like `block` stand from it on, counted up to `most` + 1
    (the label's whole run: the titles before it are titles too). A service fact in the run
    after it ("Eintritt: 12 Euro") makes the run the story's own box: past `most`; with
    `facts_too` it counts as a title line ("Saiba mais" goes over its facts, which stay)."""
    node: HtmlElement | None = block
    run = 0
    while node is not None and node.tag == block.tag and run <= most:
        text = clean(node.text_content())
        if not text or not (is_title_line(text) or (facts_too and is_fact_line(text))):
            if is_fact_line(text):
                return most + 1  # "Entrada gratuita" over "Horario: 10 a 18 h"
            break
        run += 1
        node = element_after(node)
    before = block
    while (prev := element_before(before)) is not None and prev.tag == block.tag:
        text = clean(prev.text_content())
        # the label set in a block like its titles ("<p>Leia também</p><p>..</p>") is no title
        if not text or not is_title_line(text) or is_read_also_label(text) or run > most:
            break
        run += 1
        before = prev
    return run


def before_titles(block: HtmlElement) -> bool:
    """A promo's label alone ("Read also:", "Voir aussi") over one to three titles in blocks
    of their own, their links gone: it goes with them."""
    nxt = element_after(block)
    if nxt is not None and nxt.tag == "a" and len(nxt) and wrapped_in_link(nxt[0]):
        return True  # titles in blocks the links wrap go as links
    if nxt is not None and nxt.tag in ("ul", "ol"):
        nxt = next((li for li in nxt if li.tag == "li"), None)
    elif nxt is not None and _titles_box(nxt):
        nxt = next(c for c in nxt if isinstance(c.tag, str))
        if nxt.tag == "div":
            return True  # the box's lines are all titles
    if nxt is None or (nxt.tag not in TITLE_BLOCKS and not _heading_run(nxt)):
        return False
    text = clean(nxt.text_content())
    # under "Saiba mais" the story's unlinked items stay (`after_read_also`), facts or not:
    # the label goes over them as over titles
    facts_too = is_more_info_label(clean(block.text_content()))
    if not text or not (is_title_line(text) or (facts_too and is_fact_line(text))):
        return False
    return _titles_from(nxt, READ_ALSO_TITLES, facts_too=facts_too) <= READ_ALSO_TITLES
