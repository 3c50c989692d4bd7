"""The walk: a container's text collected into paragraphs, one block at a time.

A block element flushes the running paragraph; the flush decides what a finished line is
(a paragraph, a heading, a promo, a credit, a quote) with the rules of the modules below.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import is_block
from newsarchive.extract.bodycards import HEADING_TAGS, RECIRC_TAGS
from newsarchive.extract.bodylines import (
    ARROW_PROMO,
    DROPPED,
    HEADLINE,
    ITALIC,
    LINK_CLOSE,
    LINK_OPEN,
    LINKED,
    QUOTED,
    SKIPPED,
    TABLE_CELLS,
    cites_a_source,
    is_figure,
    is_labelled_link,
    is_labelled_links,
    is_promo_line,
    leads_away,
    line_link_chars,
    links_row,
    recirc_heading,
    unmarked_links,
)
from newsarchive.extract.bodypictures import (
    credits_caption,
    ends_with_picture_credit,
    is_group_caption,
)
from newsarchive.extract.bodypromos import after_read_also, before_titles, wrapped_in_link
from newsarchive.extract.bodyquotes import all_italic, in_quote
from newsarchive.extract.bodyrelated import RELATED_HEADING_LINE, first_heading
from newsarchive.extract.bodyskip import is_skipped
from newsarchive.extract.document import has_text
from newsarchive.extract.furniture import (
    is_back_line,
    is_bare_count,
    is_card_photo_line,
    is_read_also_label,
    is_share_target,
    is_stock_line,
    is_title_line,
)
from newsarchive.extract.text import SENTENCE_END as _STOP
from newsarchive.extract.text import clean


def walk(
    el: HtmlElement,
    out: list[str],
    buf: list[str],
    excluded: set[HtmlElement],
    keep: set[HtmlElement],
) -> None:
    """Collect text into paragraphs: a block element flushes the running paragraph."""
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "h1":  # a block: what ran before it is a line of its own (a kicker)
            flush(buf, out)
            out.append(HEADLINE)
        elif tag and is_skipped(child, excluded, keep):
            if buf and tag in _BREAKING_SKIPS and _ends_line(buf):
                # a picture set between two lines of <br>-broken text ends the line before it
                flush(buf, out)
            pending = unmarked_links("".join(buf)).strip()
            if out and out[-1] != SKIPPED and not pending and has_text(child):
                out.append(SKIPPED)  # between blocks only: an inline ad label splits nothing
        elif tag:
            if is_block(child, tag, el):
                flush(buf, out)
                start = len(out)
                if child.text:
                    buf.append(child.text)
                walk(child, out, buf, excluded, keep)
                flush(buf, out, block=child, skipped=(excluded, keep))
                if (
                    tag in RECIRC_TAGS
                    and len(out) > start + 1
                    and _heads_only_teasers(child, out, start)
                ):
                    out[start] = DROPPED
            else:
                link = tag == "a" and leads_away(child)
                buf.append(LINK_OPEN if link else "")
                if child.text:
                    buf.append(child.text)
                walk(child, out, buf, excluded, keep)
                buf.append(LINK_CLOSE if link else "")
        if child.tail:
            buf.append(child.tail)


_BREAKING_SKIPS = frozenset({"figure", "table", "aside", "blockquote"})


def _ends_line(buf: list[str]) -> bool:
    """The pending text ends a sentence or opens a list ("...:"): a block set after it ends
    the line; set mid-sentence (an ad box, an embed), the sentence runs on after it."""
    text = unmarked_links("".join(buf)).rstrip()
    return text.endswith((*_STOP, ":"))


TEASER_LINKS = 2  # links to other pages' headlines under a heading: a teaser grid
TEASER_HEADLINE = 25  # characters of a linked headline (a tweet's date or handle is shorter)


def _heads_only_teasers(block: HtmlElement, out: list[str], start: int) -> bool:
    """Whether the block's first line is its heading and all the walk kept of the rest is
    left out: a grid of teaser cards (each dropped as a card) under a heading in any language
    ("Empfehlungen", "Polecamy", "מומלצים"), told by two links or more to other pages'
    headlines. A subhead over a picture or an embedded post stays."""
    if any(p not in (SKIPPED, DROPPED) for p in out[start + 1 :]) or out[start] in (
        SKIPPED,
        DROPPED,
    ):
        return False
    heading = first_heading(block)
    if heading is None or clean(heading.text_content()) != out[start]:
        return False
    teasers = 0
    for a in block.iter("a"):
        href = a.get("href") or ""
        if not href or href.startswith("#"):
            continue
        if (
            next(a.iter(*HEADING_TAGS), None) is not None
            or len(clean(a.text_content())) >= TEASER_HEADLINE
        ):
            teasers += 1
            if teasers >= TEASER_LINKS:
                return True
    return False


def flush(
    buf: list[str],
    out: list[str],
    block: HtmlElement | None = None,
    skipped: tuple[set[HtmlElement], set[HtmlElement]] = (set(), set()),
) -> None:
    raw = "".join(buf)
    buf.clear()
    # searched in C; most lines hold no link. A line may end or start a link whose other
    # end is in another line: a link wrapping blocks (a teaser's picture, its headline)
    linked = LINK_OPEN in raw or LINK_CLOSE in raw
    text = clean(unmarked_links(raw) if linked else raw)
    if not text:
        return
    # a network's name or "Back to home" set as a heading of its own: the story's subhead
    subhead = (
        block is not None
        and block.tag in HEADING_TAGS
        and (is_share_target(text) or (not linked and is_back_line(text)))
    )
    if (
        (
            is_stock_line(text)
            and not subhead
            # a list's item or a subhead ("<h2>9 von 10</h2>" over a ranking's entry) is
            # no slideshow's counter
            and not (
                block is not None
                and (block.tag == "li" or block.tag in HEADING_TAGS)
                and is_bare_count(text)
            )
            and not (out and is_card_photo_line(text, out[-1]))
            and not (block is not None and block.tag in TABLE_CELLS and is_figure(text))
        )
        or (block is not None and is_title_line(text) and after_read_also(block))
        or (
            block is not None
            and block.tag not in HEADING_TAGS
            and is_read_also_label(text)
            and before_titles(block)
        )
        or ends_with_picture_credit(text)
        or is_group_caption(text)
    ):
        if block is not None and out and credits_caption(block, text, out[-1]):
            out[-1] = DROPPED  # the picture's caption, set in a block of its own above
        out.append(DROPPED)
        return
    if linked and links_row(raw):
        _drop_related_heading(out, block)
        out.append(DROPPED)  # a breadcrumb: links with only marks between
        return
    if block is None and linked and is_promo_line(text, LINKED.findall(raw)):
        _drop_related_heading(out, block)
        out.append(DROPPED)  # a line of <br>-broken text: "Les også: <link>", a lone link
        return
    if block is not None and wrapped_in_link(block):
        _drop_related_heading(out, block)
        out.append(DROPPED)  # "<a href><p>Other story</p></a>": all its text is the link's
        return
    if block is not None and next(block.iter("a"), None) is not None:
        limit = 0.6 if block.tag == "li" else 0.9  # link-only lines are "read this too" promos
        # the line's own links: a block broken by <br>s ends with its last line only, and the
        # block's other lines' links are not this line's
        line = line_link_chars(raw) if linked else 0
        density = min(line, _kept_links(block, *skipped)) / len(text) if line else 0.0
        if (
            density > limit
            or is_labelled_link(block, text)
            or ARROW_PROMO.match(text)
            or is_labelled_links(block, text)
        ):
            _drop_related_heading(out, block)
            out.append(DROPPED)
            return
    if block is not None and all_italic(block, text):
        text = ITALIC + text
    out.append(QUOTED + text if block is not None and in_quote(block) else text)


def _drop_related_heading(out: list[str], block: HtmlElement | None) -> None:
    """A related block's heading naming its topic ("Mehr zum Thema Bibliothek", "More on
    libraries") over the link line just dropped, pictures between at most: the block's, set
    as loose lines in the story's column, with one link or a few. (Its stock words alone,
    "Mehr zum Thema", went as a stock line; at the story's end the furniture tail took it.)
    A subhead over the story's own lines is followed by text, not by a dropped link line;
    over a line naming the story's source ("More on the audit" over the report's PDF, another
    site's page) it stays: a related block links the site's own pieces."""
    i = len(out) - 1
    while i >= 0 and out[i] == SKIPPED:
        i -= 1
    if i < 0 or out[i] == DROPPED:
        return
    line = out[i]
    if len(line) > RELATED_HEADING_LINE or line.endswith(_STOP) or not recirc_heading(line):
        return
    # asked last: the page's canonical host is a search of the whole tree, and most dropped
    # link lines have no related heading above them
    if block is None or not cites_a_source(block):
        out[i] = DROPPED


def _kept_links(block: HtmlElement, excluded: set[HtmlElement], keep: set[HtmlElement]) -> int:
    """Characters of the block's link text that the walk kept: a teaser box the parser left
    inside a paragraph ("<p>text<section>Trending: links</section></p>", invalid markup
    libxml2 keeps nested) was skipped, and its links must not make the paragraph a promo."""
    total = 0
    for a in block.iter("a"):
        if not leads_away(a):
            continue
        inside_skipped = False
        for anc in a.iterancestors():
            if anc is block:
                break
            if is_skipped(anc, excluded, keep):
                inside_skipped = True
                break
        if not inside_skipped:
            total += len(clean(a.text_content()))
    return total
