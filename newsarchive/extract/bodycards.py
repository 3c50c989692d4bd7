"""Teaser cards: a linked headline over a summary, in a block or a list item."""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import CLOSING_STOPS
from newsarchive.extract.bodylines import leads_away
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


RECIRC_TAGS = frozenset({"section", "div", "ul", "ol"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5"})


CARD_PARAGRAPHS = 2  # a teaser card holds a summary or two; an article chunk holds more


def is_card(block: HtmlElement, memo: dict[HtmlElement, bool]) -> bool:
    """A teaser card: a linked headline over a summary paragraph or two, whatever the
    class names ("<div><h3><a href>Other story</a></h3><p>Its summary</p></div>").
    A grid of them below the article must not outweigh the article's own paragraphs."""
    if block not in memo:
        paragraphs = 0
        linked_heading = False
        for child in block:
            if child.tag == "p":
                paragraphs += 1
            elif child.tag in HEADING_TAGS or child.tag == "a":
                linked_heading = linked_heading or _links_heading(child)
        if not linked_heading and paragraphs <= CARD_PARAGRAPHS + 1 and len(block) <= CARD_PARTS:
            # no linked heading: a title line set as a <p>, a bare link or a <div>
            title = _title_line(block)
            linked_heading = title is not None
            paragraphs -= title is not None and title.tag == "p"
        memo[block] = linked_heading and paragraphs <= CARD_PARAGRAPHS
    return memo[block]


TITLE_LINK_TAGS = frozenset({"a", "p", "div", "span", "strong", "b"})
TITLE_LINK_MAX = 150  # characters of a teaser's title line
CARD_PARTS = 6  # children of a teaser card: a picture, a title, a summary, a date, a label
TITLE_AFTER = 2  # a picture (or its link) before a card's title line


def _title_line(block: HtmlElement) -> HtmlElement | None:
    """The block's first line of text when it is a title link (`_is_title_link`), first or
    after a picture (or a link wrapping one): no text before it."""
    if not len(block) or (block.text or "").strip():
        return None
    first = block[0]
    if first.tag == "p" and len(first) != 1:
        return None  # most blocks: a paragraph of text opens them, no title line
    for child in itertools.islice(block, TITLE_AFTER):
        if _is_title_link(child):
            return child
        if (child.tail or "").strip() or not _is_small_picture(child):
            return None
    return None


def _is_small_picture(el: HtmlElement) -> bool:
    """An image, or a link or wrapper opening with one and holding nothing else of note
    (told from its first child: no walk over a block that may be the article)."""
    if el.tag in ("img", "picture"):
        return True
    if el.tag not in ("a", "div", "span", "figure") or not len(el) or len(el) > TITLE_AFTER:
        return False
    return el[0].tag in ("img", "picture") and not (el.text or "").strip()


def _is_title_link(el: HtmlElement) -> bool:
    """A line that is one link to another page and nothing else ("<p><a href>Other
    story</a></p>", "<a class=t href>Other story</a>"), and no sentence: a teaser's title
    set without a heading tag."""
    if el.tag == "a":
        link: HtmlElement | None = el
    elif el.tag not in TITLE_LINK_TAGS or len(el) != 1 or (el.text or "").strip():
        return False  # a wrapper of more than a line (told first: it may be the article)
    else:  # the link, or a span or <strong> holding it
        link = el[0] if el[0].tag == "a" else el[0][0] if len(el[0]) == 1 else None
    if link is None or link.tag != "a" or not leads_away(link):
        return False
    if (link.get("href") or "").startswith("#"):
        return False
    if (el.tail or "").strip():
        return False  # a link in a sentence: text runs on after it
    text = clean(link.text_content())
    if not 0 < len(text) <= TITLE_LINK_MAX or text.endswith(CLOSING_STOPS):
        return False  # a sentence set as a link (a chunk of the story opening with one)
    return link is el or clean(el.text_content()) == text


CARD_TEXT = 300  # characters of a teaser card: a headline and a line or two


def is_teaser_card(el: HtmlElement) -> bool:
    """A teaser card set between the article's paragraphs: a heading linked to another
    page over at most two short paragraphs ("Related: <a><h4>Other story</h4></a><p>Its
    summary</p>"); a live blog's entry heading links to itself ("#entry") and stays."""
    return el.tag in RECIRC_TAGS and is_teaser(el)


def is_teaser(el: HtmlElement) -> bool:
    """A teaser card of any tag (an `<article>` card beside the article marked up like it)."""
    if not is_card(el, {}) or len(clean(el.text_content())) > CARD_TEXT:
        return False
    return any(not (a.get("href") or "").startswith("#") for a in el.iter("a") if leads_away(a))


ITEM_CARDS = 3  # items of a list of teaser cards set between the story's paragraphs
ITEM_CARD_TEXT = 2 * CARD_TEXT  # a kicker, a title, a summary of three sentences
_ABSOLUTE_LINK = _compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)  # a scheme or a host


def is_item_card(el: HtmlElement) -> bool:
    """A list item that is a teaser card, however long its summary: its picture and its
    heading link to one other page of the site's, in a list of one to three. A listicle's
    entries are more, and a product's picture, if linked, is enlarged (a link to the picture
    file)."""
    parent = el.getparent()
    if parent is None or sum(1 for c in parent if c.tag == "li") > ITEM_CARDS:
        return False
    if not is_card(el, {}) or len(clean(el.text_content())) > ITEM_CARD_TEXT:
        return False
    pictured = set()
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        # a page of the site's own (a relative link): a shop's or a venue's page linked from
        # the story's own entry ("our three picks") is not another piece of the site's
        own_page = href and not href.startswith("#") and not _ABSOLUTE_LINK.match(href)
        if own_page and next(a.iter("img", "picture"), None) is not None:
            pictured.add(href)
    return any(
        (a.get("href") or "").strip() in pictured
        for h in el.iter(*HEADING_TAGS)
        for a in itertools.chain(h.iter("a"), h.iterancestors("a"))
    )


def _links_heading(el: HtmlElement) -> bool:
    """A heading holding a link away, or a link wrapping a heading."""
    if el.tag == "a":
        return leads_away(el) and next(el.iter(*HEADING_TAGS), None) is not None
    return any(leads_away(a) for a in el.iter("a"))
