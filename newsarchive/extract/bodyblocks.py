"""What a block of text is: paragraphs, running text and custom elements.

A paragraph is a <p> or a block of a paragraph's worth of running text; a custom element
(a web component) counts as a block unless it stands inside a sentence; lengths are
counted in Latin letters' worth (a wide character counts two).
"""

from __future__ import annotations

import itertools

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import width

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


BLOCK_TAGS = frozenset(
    {
        "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
        "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "main", "center",
        "br", "hr", "address", "details", "summary",
    }
)  # fmt: skip

# Elements whose inline children are words of the text itself.
TEXT_TAGS = frozenset(
    "p li h2 h3 h4 h5 h6 blockquote a strong em b i span q dd td".split()  # noqa: SIM905
)
# Phrasing elements: a block holding only these (and <br>s) is running text.
_INLINE = "a abbr b bdi bdo br cite code del dfn em font i ins kbd mark q s samp small span strong"
INLINE_TAGS = frozenset(f"{_INLINE} sub sup time u var wbr img".split())


_LEAF_TEXT = 80  # a div of inline text this long is a paragraph without <p>
MIN_PARAGRAPH = 25  # in Latin letters' worth: a wide Han, kana or Hangul character counts two

BR_BREAKS = 2  # <br>s in a block of text that make it paragraphs


# A sentence's closing stop; a source may end with a bracket or quote ("... (englisch)").
CLOSING_STOPS = (".", "!", "?", "…", "。", "！", "？", "।")


WIDE_SAMPLE = 20  # characters: a paragraph in Han, kana or Hangul shows one among its first


def long_enough(text: str, least: int) -> bool:
    """At least `least` Latin letters' worth: a Chinese paragraph of 15 characters says as
    much as a 30-letter one, and pages set in Han, kana or Hangul write short paragraphs
    (the width is read only for text too short by its length, so Latin pages pay nothing)."""
    n = len(text)
    return n >= least or (2 * n >= least and width(text) >= least)


def count_paragraphs(el: HtmlElement, enough: int) -> int:
    """Paragraphs (<p>s or blocks of running text) in the block, counted up to `enough`."""
    found = 0
    for p in candidate_paragraphs(el):
        if long_enough(p.text_content(), MIN_PARAGRAPH):
            found += 1
            if found >= enough:
                break
    return found


def candidate_paragraphs(
    tree: HtmlElement, custom: frozenset[str] = frozenset()
) -> list[HtmlElement]:
    """<p> elements, and divs/sections/cells of a paragraph's worth of running text.

    Templates without <p> set each paragraph as a <div> (links and emphasis inside),
    or a whole body as one block of text broken by <br>s: a block whose children are
    all inline holds text, not layout. Runs over every div of the page: a block that
    opens with a block child and no text (layout) is passed over at once.
    """
    found = []
    blocks = tree.iter("p", "div", "section", "td")
    for el in itertools.chain(blocks, tree.iter(*custom)) if custom else blocks:
        if el.tag == "p":
            found.append(el)
        elif not len(el):
            text = el.text.strip() if el.text else ""
            if text and (
                long_enough(text, _LEAF_TEXT + 1)
                or (text.endswith(CLOSING_STOPS) and _in_sentence_run(el, text))
            ):
                found.append(el)
        elif _opens_with_text(el) and _running_text(el):
            found.append(el)
    return found


def _in_sentence_run(el: HtmlElement, text: str) -> bool:
    """A <div> of one short sentence beside another: a story whose paragraphs are <div>s
    and short (Hebrew and Arabic news write paragraphs of a line or two), not a caption
    or a card's summary, which stand alone."""
    if el.tag != "div" or not _is_sentence_line(text):
        return False
    return any(
        sib is not None and sib.tag == "div" and _is_sentence_line(_inline_text(sib))
        for sib in (el.getprevious(), el.getnext())
    )


def _is_sentence_line(text: str) -> bool:
    text = text.strip()
    return text.endswith(CLOSING_STOPS) and long_enough(text, MIN_PARAGRAPH)


def _inline_text(el: HtmlElement) -> str:
    """A block's text when it holds only phrasing elements, else ""."""
    if not len(el):
        return el.text or ""
    if any(c.tag not in INLINE_TAGS for c in el if isinstance(c.tag, str)):
        return ""
    return str(el.text_content())


def custom_tags(doc: Document) -> frozenset[str]:
    """Names of the page's custom elements (web components: a hyphen in the name,
    "<story-text>") made of ASCII letters, digits and hyphens: those a regex over the
    markup read before the page's elements were gathered in one walk (`Document.marked`)."""
    return frozenset(el.tag for el in doc.marked.custom if _CUSTOM_TAG.fullmatch(el.tag))


_CUSTOM_TAG = _compile(r"[a-z][a-z0-9]*-[a-z0-9-]*")


def is_block(el: HtmlElement, tag: str, parent: HtmlElement) -> bool:
    """A block of the text: a block tag, or a custom element not set inside a sentence
    (sites built of web components put each paragraph in one)."""
    return tag in BLOCK_TAGS or ("-" in tag and parent.tag not in TEXT_TAGS)


def _opens_with_text(el: HtmlElement) -> bool:
    text = el.text
    return bool(text and not text.isspace()) or el[0].tag in INLINE_TAGS


def _running_text(el: HtmlElement) -> bool:
    """Only phrasing children and a paragraph's worth of text, or text broken by <br>s
    between whatever else sits in it (an embed, a box)."""
    for child in el:
        if child.tag not in INLINE_TAGS and isinstance(child.tag, str):
            break
    else:
        text = el.text_content()
        if long_enough(text, _LEAF_TEXT + 1):
            return True
        return (
            el.tag == "div" and text.rstrip().endswith(CLOSING_STOPS) and _in_sentence_run(el, text)
        )
    if len(el.findall("br")) < BR_BREAKS:
        return False
    own = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
    return own > _LEAF_TEXT


TITLE_BLOCKS = ("p", "li")  # a subhead after a label stays: a teaser may have stood between


def element_before(node: HtmlElement) -> HtmlElement | None:
    prev = node.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()  # a comment between the blocks
    return prev


def element_after(node: HtmlElement) -> HtmlElement | None:
    nxt = node.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt
