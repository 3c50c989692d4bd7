"""Where around the headline a page's date lines stand.

The elements read for lines: after the headline, a kicker just before it in its block (not a
site's top bar, menu or clock), the short ancestor a line's pieces share, and the headline's
own blocks (a block holding it is the article's, whatever its class says).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import lxml.etree
from lxml.html import HtmlElement

from newsarchive.extract.datelinelinks import TEASER_BLOCK, TEASER_ELEMENTS, larger_than
from newsarchive.extract.datelinetexts import CLOCK, MAX_LINE, Wanted
from newsarchive.extract.document import Document, following
from newsarchive.extract.headline import headline
from newsarchive.extract.urls import split_url

AFTER_HEADLINE = 80  # elements read after the headline


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


def headline_blocks(doc: Document) -> frozenset[HtmlElement]:
    """The headline and the elements holding it (found once per page)."""
    if "headline_blocks" not in doc.cache:
        h1 = headline(doc)
        doc.cache["headline_blocks"] = (
            frozenset(itertools.chain((h1,), h1.iterancestors())) if h1 is not None else frozenset()
        )
    found: frozenset[HtmlElement] = doc.cache["headline_blocks"]
    return found


def after_headline(doc: Document, wanted: Wanted) -> Iterator[HtmlElement]:
    """Elements after the headline whose own text or tail `wanted` finds (a year)."""
    h1 = headline(doc)
    if h1 is None:
        return
    for el in itertools.islice(following(h1), AFTER_HEADLINE):
        if (found := _holder(el, wanted)) is not None:
            yield found


def _holder(el: HtmlElement, wanted: Wanted) -> HtmlElement | None:
    """The element whose own text `wanted` finds, or its parent where its tail is found,
    else None. A text past a line's length cannot make a line (_add): not searched (a huge
    page); text and tail are read once (lxml makes a new string at each read)."""
    if (text := el.text) and len(text) < MAX_LINE and wanted(text):
        return el
    if (tail := el.tail) and len(tail) < MAX_LINE and wanted(tail):
        return el.getparent()
    return None


_KICKER_LEVELS = 2  # the headline and its block: their preceding siblings hold a kicker line
_KICKER_ELEMENTS = 12


def just_before_headline(doc: Document, wanted: Wanted) -> Iterator[HtmlElement]:
    """Elements just before the headline in its block, or before that block in its own
    (`<header><p>Politik · <span>02.12.2026, 14:05 Uhr</span></p><h1>...`: a date above the
    headline, in no date-classed element), read after the lines under it. Not where the
    block sits in the page's body or main region: a site's top bar ("Donnerstag, 3.
    Dezember 2026") stands there."""
    h1 = headline(doc)
    if h1 is None:
        return
    yield from _kicker_lines(h1, wanted)
    yield from _aside_before(h1, wanted)


def _kicker_lines(h1: HtmlElement, wanted: Wanted) -> Iterator[HtmlElement]:
    blocks = itertools.chain((h1,), itertools.islice(h1.iterancestors(), _KICKER_LEVELS - 1))
    found = 0
    for block in blocks:
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html", "main"):
            return
        for el in _kicker_elements(block):
            found += 1
            if found > _KICKER_ELEMENTS:
                return
            if (holder := _holder(el, wanted)) is not None:
                yield holder


_ARTICLE_DEPTH = 6  # levels above the headline searched for its <article> in the main region


def _aside_before(h1: HtmlElement, wanted: Wanted) -> Iterator[HtmlElement]:
    """The lines of an `<aside>` right before the headline's `<article>` where that stands
    in the page's main region or body (`<main><aside class="article-meta"><p>3 March
    2026</p></aside><article><header><h1>...`): a byline box set before the story, as one
    after it is read. Whether it is the article's box or a column of other items is
    `datelineitems.elsewhere`'s to say (its name, no list, no heading, no link to another
    piece); a site's top bar is no `<aside>`."""
    article = next(
        (a for a in itertools.islice(h1.iterancestors(), _ARTICLE_DEPTH) if a.tag == "article"),
        None,
    )
    parent = article.getparent() if article is not None else None
    if article is None or parent is None or parent.tag not in ("body", "html", "main"):
        return
    sib = next((s for s in article.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    if sib is None or not (sib.tag == "aside" or sib.get("role") == "complementary"):
        return
    for el in itertools.islice(sib.iter(lxml.etree.Element), _KICKER_ELEMENTS):
        if (holder := _holder(el, wanted)) is not None:
            yield holder


def _kicker_elements(block: HtmlElement) -> Iterator[HtmlElement]:
    """The elements of the small blocks just before `block`, nearest first, up to one that
    is another piece (an `<article>`, a block with a heading or over 400 characters) or the
    site's own bar (a menu, a link to the home page: "Mittwoch, 2. Dezember 2026" beside the
    logo is the day the page was read)."""
    for sib in block.itersiblings(preceding=True):
        if not isinstance(sib.tag, str):
            continue
        if (
            sib.tag == "article"
            or larger_than(sib, TEASER_ELEMENTS)  # counted first: text_content copies a block
            or any(True for _ in sib.iter("h1", "h2", "h3"))
            or len(sib.text_content()) > TEASER_BLOCK
            or _site_bar(sib)
        ):
            return
        yield from sib.iter(lxml.etree.Element)


_BAR_ROLES = ("banner", "navigation")


_CRUMB_MARKS = ("\u203a", "\u00bb", ">", "/", "|", "\u2192")


def _site_bar(el: HtmlElement) -> bool:
    """A site's top bar or menu: a `<nav>` (or ARIA banner/navigation) in it, or a link to
    the site's home page (a logo). Not a breadcrumb (a kicker line may be one with the date
    after it: "<a href=/>Start</a> > <a href=/politik>Politik</a> · 02.12.2026")."""
    for node in el.iter(lxml.etree.Element):
        if node.tag == "a" and _home_link(node.get("href") or ""):
            if not (node.tail or "").strip().startswith(_CRUMB_MARKS) and not _crumbs(node, el):
                return True
        elif (node.tag == "nav" or node.get("role") in _BAR_ROLES) and not _crumbs(node, el):
            return True
    return False


def _crumbs(node: HtmlElement, top: HtmlElement) -> bool:
    """Whether `node` is (in) a breadcrumb, by class, id or ARIA label, up to `top`."""
    for n in itertools.chain((node,), node.iterancestors()):
        named = (n.get("class") or "") + (n.get("id") or "") + (n.get("aria-label") or "")
        if "crumb" in named.lower():
            return True
        if n is top:
            return False
    return False


def _home_link(href: str) -> bool:
    """ "/", "https://www.example.de/": a link to a site's home page."""
    parts = split_url(href.strip())
    return parts.path in ("", "/") and not parts.query and bool(parts.netloc or parts.path)


def line_holder(el: HtmlElement, headline_blocks: frozenset[HtmlElement]) -> HtmlElement:
    """The widest short ancestor: "<span>13. Mai 2026</span> <span>15:44</span>" is one line.

    Not one holding the headline: in a theme's "<header><h1>..</h1><div>Jane Doe 2 May
    2026</div></header>" the headline and date joined would read as prose.
    """
    if CLOCK.search(el.text_content()):
        return el  # a whole date and time already
    for _ in range(2):
        parent = el.getparent()
        if (
            parent is None
            or parent in headline_blocks
            or larger_than(parent, 8)
            or len(parent.text_content()) >= MAX_LINE
        ):
            break
        el = parent
    return el


_STORY_TEXT = 200  # characters of the headline's <article> besides the headline: a story's


def after_the_article(doc: Document, el: HtmlElement) -> bool:
    """Whether `el` comes after the headline's own `<article>`, outside it, where that
    article holds a story (text beyond the headline): what follows is the site's (a ticker
    of other stories, a list of more), not the piece's; an `<article>` holding the headline
    alone is a header, and a live page's feed may run after it."""
    return block_after_the_article(doc, el) is not None


def block_after_the_article(doc: Document, el: HtmlElement) -> HtmlElement | None:
    """The block holding `el` that follows the headline's story `<article>` (or a block
    around it) as a sibling, where `el` comes after that article: a list of other stories
    is one such block, the story's own date printed after it another."""
    if "story_article" not in doc.cache:
        h1 = headline(doc)
        article = next(h1.iterancestors("article"), None) if h1 is not None else None
        if (
            article is not None
            and h1 is not None
            and (len(article.text_content()) - len(h1.text_content()) < _STORY_TEXT)
        ):
            article = None
        doc.cache["story_article"] = article
    article = doc.cache["story_article"]
    if article is None:
        return None
    holding = {article, *article.iterancestors()}  # the article and the blocks around it
    for node in itertools.chain((el,), el.iterancestors()):
        if node is article:
            return None
        if any(sib in holding for sib in node.itersiblings(preceding=True)):
            return node
    return None


_STORY_GAP = 100  # characters of text between a story's own date line and a list below


def story_line_block(blocks: list[HtmlElement]) -> HtmlElement | None:
    """The first of sibling blocks of one kind (same tag and class) where the story's own text
    stands between it and the others: a date line just after an `<article>` holding the
    headline and lead, above the body's paragraphs, then a list of more stories printed in
    paragraphs of that kind. The text after it runs longer than twice any gap between the
    list's entries (a card's teaser between its stamps keeps a list one); None otherwise."""
    parent = blocks[0].getparent() if blocks else None
    if parent is None or any(b.getparent() is not parent for b in blocks):
        return None
    children = list(parent)
    at = {child: i for i, child in enumerate(children)}
    order = sorted(set(blocks), key=at.__getitem__)
    gaps = [
        sum(len(c.text_content()) for c in children[at[a] + 1 : at[b]])
        for a, b in itertools.pairwise(order)
    ]
    if (
        gaps
        and gaps[0] >= _STORY_GAP
        and gaps[0] > 2 * max(gaps[1:], default=0)
        and _right_after_an_article(order[0])
        and sum(1 for c in children[at[order[0]] + 1 : at[order[1]]] if c.text_content().strip())
        >= _STORY_PARAGRAPHS
    ):
        return order[0]
    return None


_STORY_PARAGRAPHS = 2  # a story's body: paragraphs, not one intro line above a list


def _right_after_an_article(block: HtmlElement) -> bool:
    """Whether the element before a block is an <article> (the headline's and lead's): a
    stamp below a heading ("Mehr aus der Region") or after the story's body is a list's
    first entry, its teaser no story body."""
    prev = next((s for s in block.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    return prev is not None and prev.tag == "article"
