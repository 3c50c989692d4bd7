"""The body's container: the block (or blocks) holding the article's paragraphs.

The best-scoring paragraph parent, widened to the blocks holding the rest of the article
(ads and paywall folds split it), kept to the headline's own story, column and scope, and
with a slideshow's parts where its wrapper holds the text.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import (
    MIN_PARAGRAPH,
    WIDE_SAMPLE,
    candidate_paragraphs,
    count_paragraphs,
    long_enough,
)
from newsarchive.extract.bodycards import HEADING_TAGS, is_card
from newsarchive.extract.bodylines import PICTURE_FILE, link_density
from newsarchive.extract.bodyskip import FOLDED, in_furniture, with_siblings
from newsarchive.extract.document import Document, contains
from newsarchive.extract.furniture import (
    is_furniture,
    is_gallery_named,
    is_gallery_part,
    is_other_holder,
    is_slideshow,
    is_state_block,
)
from newsarchive.extract.text import WIDE, width

OWN_STORY_PARAGRAPHS = 3  # a story's block holds paragraphs; a masthead or header does not

DIV_TEXT_WEIGHT = 0.5  # a <div> of inline text counts less than a <p>: it may be a caption or card

KEEP_SHARE = 0.3  # a "furniture" block with 30% of the article's paragraph text is the article
WIDEN_GAIN = 1.3  # an ancestor with 30% more paragraph text is still the article


def find_containers(
    doc: Document,
    heading: HtmlElement | None,
    custom: frozenset[str] = frozenset(),
    passed: set[HtmlElement] | None = None,
) -> tuple[list[HtmlElement], set[HtmlElement]]:
    """Best-scoring paragraph parent, widened to the blocks holding the rest of the article.

    `heading`: the article's headline (`headline.headline`). `passed`: blocks already
    tried whose paragraphs do not count (nor their ancestors).
    """
    scores: dict[HtmlElement, float] = defaultdict(float)
    furniture: dict[HtmlElement, int] = {}
    cards: dict[HtmlElement, bool] = {}
    weighted: list[tuple[HtmlElement, float]] = []
    folded: list[HtmlElement] = []  # paragraphs in a paywall's or fold's wrapper alone
    tree = doc.tree
    for p in candidate_paragraphs(_own_story(tree, heading, doc.elements("h1")), custom):
        text = doc.text(p)
        parent = p.getparent()
        if parent is None or not long_enough(text, MIN_PARAGRAPH):
            continue
        if passed and any(a in passed for a in p.iterancestors()):
            continue
        # wide characters count two: a Chinese page's paragraphs outweigh a Latin footer
        size = width(text) if WIDE.search(text, 0, WIDE_SAMPLE) else len(text)
        weight = size * (1.0 - link_density(p, len(text), doc))
        if p.tag != "p" and "-" not in p.tag and len(p):
            weight *= DIV_TEXT_WEIGHT
        held = in_furniture(p, furniture)
        if held or is_card(parent, cards):
            weight *= 0.1
            if held == FOLDED:
                folded.append(p)
        weighted.append((p, weight))
        parent = _past_wrappers(parent)
        scores[parent] += weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] += weight / 2
    if not scores:
        return [tree.find("body") if tree.find("body") is not None else tree], set()
    best = _after_headline(heading, max(scores, key=scores.__getitem__), scores, weighted)
    best = _in_headline_scope(tree, heading, best, scores, weighted)
    beside = best
    best = _headline_column(heading, best, scores, weighted)
    core = best
    if best is beside:  # a brief's column is not widened back over the box beside it
        best = _widen(best, weighted)
    holders = {p.getparent() for p, _ in weighted}  # direct parents too (wrappers get no score)
    keep = {core, *core.iterancestors(), *_text_holders(best, weighted)}
    slides, gallery = _slides(core)
    keep |= slides
    if gallery is not None and gallery in best.iterancestors() and _ends_gallery(best, gallery):
        best = gallery  # the text is in its track: the intro beside the track is the gallery's too
        # ... also where a paywall's wrapper holds the intro (its ancestors above the gallery
        # may be furniture: `in_furniture` did not call it folded)
        folded += [p for p, _ in weighted if p not in folded and _folded_within(p, gallery)]
    if folded:
        keep.update(_folded_rest(best, folded, weighted, furniture, cards))
    return with_siblings(best, scores, holders), keep


def _slides(core: HtmlElement) -> tuple[set[HtmlElement], HtmlElement | None]:
    """A slideshow's parts where its wrapper holds the article's text (a gallery piece's
    intro and slides, `is_slideshow`): its slides and the blocks its class names call
    furniture only as a gallery's parts ("gallery-intro", "photo-caption") are the article,
    not pictures with captions. Only a wrapper the text sits in directly or through the
    gallery's own blocks: an article's text block ("story-text") inside a page wrapper whose
    class says "has-gallery" makes its pictures' captions no slides. Also the outermost
    such wrapper: where the text sits in a track of slides nested in it, the intro beside
    the track is the gallery's too."""
    found: set[HtmlElement] = set()
    gallery = None
    for el in (core, *core.iterancestors()):
        if el.tag in ("html", "body"):
            break
        if is_slideshow(el):
            found.update(
                d for d in el.iterdescendants() if is_gallery_part(d) and _own_slide(el, d)
            )
            gallery = el
        elif el.tag in _TEXT_BLOCKS or is_gallery_part(el) or _bare_wrapper(el):
            continue  # a paragraph, the intro's block ("intro-photo"), a script's bare wrapper
        else:
            break
    return found, gallery


def _folded_within(p: HtmlElement, top: HtmlElement) -> bool:
    """Whether the blocks between a paragraph and `top` that `is_furniture` names are all
    paywalls' or folds' wrappers (`is_state_block`), one at least."""
    found = False
    for up in p.iterancestors():
        if up is top:
            return found
        if is_furniture(up):
            if not is_state_block(up):
                return False
            found = True
    return False


def _bare_wrapper(el: HtmlElement) -> bool:
    """A block with no class or id around one block alone (a paywall script's hook, a
    layout's extra <div>): it says nothing of what it holds."""
    if el.get("class") or el.get("id") or (el.text or "").strip():
        return False
    children = [c for c in el if isinstance(c.tag, str)]
    return len(children) == 1 and not (children[0].tail or "").strip()


def _ends_gallery(track: HtmlElement, gallery: HtmlElement) -> bool:
    """Whether the track holding the text is the last block with text in the gallery's
    wrapper, bar furniture: the intro comes before the slides, and what text follows them (the
    site's other galleries, their links added by a script) is no part of this gallery."""
    branch = next(a for a in (track, *track.iterancestors()) if a.getparent() is gallery)
    return not any(
        isinstance(s.tag, str)
        and _UNLINKED_TEXT(s)
        # an ad's or share bar's block goes anyway; one named for a gallery ("gallery-more")
        # is read as this gallery's part
        and not (is_furniture(s) and not is_gallery_part(s) and not is_slideshow(s))
        for s in branch.itersiblings()
    )


# text outside links and headings: a list of linked titles under its heading goes anyway
_UNLINKED_TEXT = etree.XPath(
    "boolean(descendant-or-self::text()[normalize-space()]"
    "[not(ancestor::a or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5)])"
)


# blocks that hold the text of a gallery's intro without naming it
_TEXT_BLOCKS = frozenset({"p", "span", "strong", "em", "b", "i", "blockquote"})


def _own_slide(wrapper: HtmlElement, part: HtmlElement) -> bool:
    """No other slideshow or furniture block between the wrapper and the part: a carousel
    of other stories inside the wrapper keeps its slides out."""
    for a in part.iterancestors():
        if a is wrapper:
            return True
        # a slide ("slideshow__slide") holds its caption; a list of slides is another's,
        # unless it is the gallery's own track ("gallery-track", "slides")
        if (
            is_other_holder(a)
            and (not is_gallery_part(a) or sum(1 for c in a if is_gallery_part(c)) > 1)
            and not _own_track(a)
        ):
            return False
    return False


def _own_track(block: HtmlElement) -> bool:
    """A slideshow nested in a gallery's wrapper that is the gallery's own track of slides
    ("gallery > gallery-track > gallery-item", "slideshow > slides > slide"): named only
    as a gallery or its parts, and linking nowhere but to its own pictures. A carousel of
    other stories links to them."""
    if not is_slideshow(block) or not is_gallery_named(block):
        return False
    for a in block.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith("#") and not PICTURE_FILE.search(href):
            return False
    return True


def _folded_rest(
    container: HtmlElement,
    folded: list[HtmlElement],
    weighted: list[tuple[HtmlElement, float]],
    furniture: dict[HtmlElement, int],
    cards: dict[HtmlElement, bool],
) -> set[HtmlElement]:
    """The wrappers of the container's paragraphs that only a paywall's or fold's wrapper
    makes furniture ("<div class=wall>", "<div hidden>": what paywalled sites serve, the
    whole text in the HTML and its rest in a block their script hides or reveals), up to
    the block holding the article's own paragraphs or the container: the article goes on
    in them, however little of it they hold. Only the wrappers are kept: a block between
    them that other rules skip (a teaser card, a recirculation list) stays skipped."""
    own = {p.getparent() for p, _ in weighted if not furniture.get(p.getparent(), 0)}
    rest: set[HtmlElement] = set()
    for p in folded:
        wrappers: list[HtmlElement] = []
        for up in p.iterancestors():
            if up is container or up in own:
                if wrappers and not is_card(p.getparent(), cards):
                    rest.update(wrappers)
                break
            if is_furniture(up):  # below the container, only state blocks (`FOLDED`)
                wrappers.append(up)
    return rest


WRAPPER_LEVELS = 2


def _past_wrappers(parent: HtmlElement) -> HtmlElement:
    """The block a paragraph counts for: past wrappers holding only it ("<div class=para>
    <p>...</p></div>", a web component per paragraph), whose own score says nothing."""
    for _ in range(WRAPPER_LEVELS):
        up = parent.getparent()
        if up is None or up.tag in ("body", "html") or len(parent) != 1:
            break
        if parent.text and not parent.text.isspace():
            break
        parent = up
    return parent


AFTER_HEADLINE_SHARE = 0.2  # of the text above the headline an article below it needs


def _after_headline(
    h1: HtmlElement | None,
    best: HtmlElement,
    scores: dict[HtmlElement, float],
    weighted: list[tuple[HtmlElement, float]],
) -> HtmlElement:
    """The best block below the article's headline when the best of all sits wholly
    above it: an article's text follows its headline; a consent or legal notice, a
    masthead promo or a teaser list set above it does not, whatever its length. The
    block below is judged with the rest of its article (paragraphs one per wrapper
    score little alone)."""
    if h1 is None or not _precedes(best, h1):
        return best
    below = [el for el in scores if not _precedes(el, h1) and not contains(el, best)]
    if not below:
        return best
    alt = max(below, key=scores.__getitem__)
    wide = _widen(alt, weighted)
    if contains(wide, best):
        return best
    # characters, not weights: the article's own class names may have marked it down
    ahead = sum(len(p.text_content()) for p, _ in weighted if contains(best, p))
    after = sum(len(p.text_content()) for p, _ in weighted if contains(wide, p))
    return alt if after >= ahead * AFTER_HEADLINE_SHARE else best


def _in_headline_scope(
    tree: HtmlElement,
    h1: HtmlElement | None,
    best: HtmlElement,
    scores: dict[HtmlElement, float],
    weighted: list[tuple[HtmlElement, float]],
) -> HtmlElement:
    """The best block inside the `<article>` or `<main>` holding the headline (else inside
    the page's one `<main>`, a headline set in a banner above it) when the best of all
    lies outside it: a consent banner's or an imprint's long text set after `<main>`
    outweighs a short story, but the story is what the page marks as its article. Three
    paragraphs inside at least (an `<article>` holding only the header names no text), and
    a fifth of the text outside, in letters' worth."""
    scope = next(h1.iterancestors("article", "main"), None) if h1 is not None else None
    if scope is None:
        mains = list(itertools.islice(tree.iter("main"), 2))
        scope = mains[0] if len(mains) == 1 else None
    if scope is None or contains(scope, best) or contains(best, scope) or best is scope:
        return best
    inside = [el for el in scores if contains(scope, el)]
    if not inside:
        return best
    own = [p for p, w in weighted if w > 0 and contains(scope, p)]
    if len(own) < OWN_STORY_PARAGRAPHS:
        return best
    alt = max(inside, key=scores.__getitem__)
    ahead = sum(width(p.text_content()) for p, _ in weighted if contains(best, p))
    after = sum(width(p.text_content()) for p in own)
    return alt if after >= ahead * AFTER_HEADLINE_SHARE else best


BRIEF_PARAGRAPHS = 2  # a brief's paragraphs at least, beside its headline
SIDE_BOX_GAIN = 4  # a box beside the headline's block outweighing it more is the story


def _headline_column(
    h1: HtmlElement | None,
    best: HtmlElement,
    scores: dict[HtmlElement, float],
    weighted: list[tuple[HtmlElement, float]],
) -> HtmlElement:
    """The best block in the headline's own column when the best of all is a box beside
    it that opens with a heading of its own, or a column of briefs each opening with its
    bold title: a two-paragraph brief with a five-paragraph "Background" box or a column
    of other briefs next to it (in a `<div>` or a table's `<td>`), the box longer than
    the brief. The headline's column must hold a brief's
    paragraphs, and the box at most SIDE_BOX_GAIN times their weight: a story body
    opening with a subhead below a header of a lead paragraph outweighs it far more."""
    if h1 is None or contains(best, h1):
        return best
    headed = _opens_with_heading(best)
    briefs = not headed and _brief_items(best)
    if not headed and not briefs:
        return best
    column = h1
    for anc in h1.iterancestors():
        if contains(anc, best):
            break
        column = anc
    else:
        return best
    top = column.getparent() is None or column.getparent().tag in ("body", "html")
    if column is h1 or (top and not briefs):  # briefs: a column of the page's own too
        return best
    own = [(p, w) for p, w in weighted if w > 0 and contains(column, p)]
    if len(own) < BRIEF_PARAGRAPHS:
        return best
    beside = sum(w for p, w in weighted if contains(best, p))
    if beside > SIDE_BOX_GAIN * sum(w for _, w in own):
        return best
    inside = [el for el in scores if el is column or contains(column, el)]
    return max(inside, key=scores.__getitem__) if inside else best


def _opens_with_heading(block: HtmlElement) -> bool:
    """Whether a block's first element (past a wrapper or two) is a heading, h2-h5."""
    first = next(block.iterchildren(tag=etree.Element), None)
    for _ in range(WRAPPER_LEVELS):
        if first is None or first.tag in HEADING_TAGS:
            break
        first = next(first.iterchildren(tag=etree.Element), None)
    return first is not None and first.tag in HEADING_TAGS


BRIEF_ITEMS = 3  # paragraphs opening with a title of their own: a column of briefs
BRIEF_TITLE = 60  # characters of a brief's bold title at most
BRIEF_LOOK = 12  # paragraphs of a block looked at


def _brief_items(block: HtmlElement) -> bool:
    """Whether a block is a column of briefs with no heading over it: most of its first
    paragraphs open with a bold title of their own, each another ("<p><b>Rathaus.</b> Die
    Sanierung ...</p>"). An interview's bold labels repeat ("Frage:", the speaker's name),
    so it is none."""
    titles: list[str] = []
    paragraphs = 0
    for p in itertools.islice(block.iter("p"), BRIEF_LOOK):
        paragraphs += 1
        first = next(p.iterchildren(tag=etree.Element), None)
        if first is None or first.tag not in ("b", "strong") or (p.text or "").strip():
            continue
        title = " ".join(first.text_content().split())
        if 2 <= len(title) <= BRIEF_TITLE and len(p.text_content()) > 2 * len(title) + 20:
            titles.append(title.casefold())
    return (
        len(titles) >= BRIEF_ITEMS
        and 2 * len(titles) >= paragraphs
        and len(set(titles)) == len(titles)
    )


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """Whether `a` ends before `b` starts in document order (neither holds the other)."""
    path_b = {b: None, **{anc: None for anc in b.iterancestors()}}
    child_a = a
    for anc in itertools.chain((a,), a.iterancestors()):
        if anc in path_b:
            if anc is a or anc is b:
                return False
            child_b = next(
                x for x in itertools.chain((b,), b.iterancestors()) if x.getparent() is anc
            )
            before: bool = anc.index(child_a) < anc.index(child_b)
            return before
        child_a = anc
    return False


def _own_story(
    tree: HtmlElement, heading: HtmlElement | None, h1s: list[HtmlElement]
) -> HtmlElement:
    """The block of the article's headline when other headlines hold other stories.

    Endless-scroll pages append the next stories, each with its own <h1>, in an
    <article> or in plain <div>s; the longest text on the page may be one of those.
    The block is the widest one around the first headline that holds no other; it
    counts only where it holds paragraphs (a logo's <h1> in the masthead does not).
    `h1s`: the tree's <h1>s (`Document.elements`).
    """
    if len(h1s) < 2:
        return tree
    h1 = heading if heading is not None and heading.tag == "h1" else h1s[0]
    others = set(itertools.chain.from_iterable(h.iterancestors() for h in h1s if h is not h1))
    own = None
    for anc in h1.iterancestors():
        if anc in others or anc.tag in ("body", "html"):
            break
        own = anc
    if own is None or count_paragraphs(own, OWN_STORY_PARAGRAPHS) < OWN_STORY_PARAGRAPHS:
        return tree
    return own


def _signature(p: HtmlElement) -> tuple[str, str, str]:
    """How a paragraph is marked up: its tag and class, and the tag of the block it counts
    for (past wrappers of one paragraph each)."""
    parent = p.getparent()
    return (p.tag, p.get("class") or "", _past_wrappers(parent).tag if parent is not None else "")


def _text_holders(
    container: HtmlElement, weighted: list[tuple[HtmlElement, float]]
) -> set[HtmlElement]:
    """Blocks holding much of the container's paragraph text: the article, whatever their
    class names say ("slideshow", "cta" ...), so the walk never skips them."""
    totals: dict[HtmlElement, float] = defaultdict(float)
    for p, w in weighted:
        for anc in p.iterancestors():
            totals[anc] += w
            if anc is container:
                break
    floor = totals.get(container, 0.0) * KEEP_SHARE
    return {el for el, w in totals.items() if w >= floor > 0}


def _widen(best: HtmlElement, weighted: list[tuple[HtmlElement, float]]) -> HtmlElement:
    """Climb while an ancestor holds much more text in paragraphs shaped like the best block's.

    Bodies split into many blocks (ads between chunks) share their paragraph markup;
    teaser grids and comment lists below an article use other markup, so they do not
    pull the container up to the whole page.
    """
    own: dict[tuple[str, str, str], float] = defaultdict(float)
    for p, w in weighted:
        parent = p.getparent()
        if parent is best or (parent is not None and _past_wrappers(parent) is best):
            own[_signature(p)] += w
    if not own:
        # the block's paragraphs sit a level down, in entries or chunks of their own (a live
        # blog's posts, each with its time and buttons): they say how its paragraphs look
        for p, w in weighted:
            if contains(best, p):
                own[_signature(p)] += w
    if not own or max(own.values()) < MIN_PARAGRAPH:
        return best  # a caption or link line (weighed near 0) does not say how paragraphs look
    sig = max(own, key=own.__getitem__)
    totals: dict[HtmlElement, float] = defaultdict(float)
    for p, w in weighted:
        if _signature(p) == sig:
            for anc in p.iterancestors():
                totals[anc] += w
    for anc in best.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if totals[anc] >= totals[best] * WIDEN_GAIN:
            best = anc
    return best
