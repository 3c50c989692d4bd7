"""Entries of a feed, a ticker or a chronology, and the stamps that open them.

A live blog's posts, a thread's replies and a timeline's events each carry their own moment,
not the article's: whether a date element stamps one entry among others of its kind, whether
an entry tells something (a ticker's) or is a results list's row, and the class names of
live entries and chronologies.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from lxml.html import HtmlElement

from newsarchive.extract.datelinetexts import MAX_LINE, line_element, line_text
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# A live blog's entry (the page's own start is stated above them), BEM parts too
# ("live-blog__entry", "live-feed__item", "ticker__item"); not their plural, the list holding
# them ("live-updates": the start line may sit in it, above the entries). Another item's
# block where it stands alone (a widget's) or above the headline (a site's ticker); one of a
# feed's where it is one under the headline (`among_its_kind`, `below_the_headline`).
_LIVE_ENTRY = _compile(
    r"live-?(?:blog|feed|event)?[-_]*(?:entry|post|item|update)(?!s(?![a-z]))"
    r"|ticker[-_]*(?:entry|item)(?!s(?![a-z]))",
    re.I,
)
# A chronology of the story's events ("timeline-item", "chronologie"), days or weeks of them
# with their clock times: when each thing happened, not when the article went out, nor a
# live page's feed (its oldest entry no first post). The noun only: "chronological",
# "chronologisch" name an order (a live feed's, "reverse-chronological").
_CHRONOLOGY = _compile(
    r"time-?line|c(?:h)?ronolog(?:y|ie|ia|ía)|tijdlijn|zeitleiste|zeitstrahl", re.I
)


_ENTRY_TEXT = 40  # characters of its own an entry of a feed holds beside its time
_ENTRY_SIBLINGS = 12  # the sibling blocks read for another entry
# A live page's entry as its class names it ("entry", "live-update", "ticker-item", "post"),
# one word of a class name; and the blocks above a date line read for one.
_ENTRY_CLASS = _compile(r"(?:^|[-_])(?:entry|post|update|item)(?:$|[-_])", re.I)
_ENTRY_DEPTH = 3
_CLASSED_ENTRIES = 3  # blocks of one tag and class, at least, that make a feed


def in_a_classed_entry(el: HtmlElement) -> bool:
    """Whether a date line's element stamps one entry of a feed its classes name, where the
    stamp is no `<time>` (`opens_an_entry`): its block so named holds text of its own and no
    headline, beside two or more blocks of its tag and class. A byline's box, the article's
    own body ("entry-content") stand alone."""
    for block in itertools.islice(el.iterancestors(), _ENTRY_DEPTH):
        parent = block.getparent()
        if parent is None or block.tag in ("body", "html", "main"):
            return False
        name = block.get("class") or ""
        if not any(_ENTRY_CLASS.search(word) for word in name.split()):
            continue
        if block.find(".//h1") is not None:
            return False
        own = len(" ".join(block.text_content().split())) - len(line_text(el))
        same = sum(
            1
            for sibling in itertools.islice(parent.iterchildren(block.tag), _ENTRY_SIBLINGS)
            if sibling.get("class") == name
        )
        return own >= _ENTRY_TEXT and same >= _CLASSED_ENTRIES
    return False


def opens_an_entry(el: HtmlElement) -> bool:
    """Whether a date element stamps one entry of a feed in the article (a live blog's or a
    ticker's posts, a thread's replies): its block (or that block's parent) holds this one
    time and text of its own, and so does a sibling block of the same tag, of another moment.
    An entry's time is that post's, not when the article went out; a byline's pair of times
    (published, updated) holds no text beside them."""
    for block in itertools.islice(el.iterancestors(), 2):
        parent = block.getparent()
        if parent is None or block.tag in ("body", "html", "main", "article"):
            return False
        if sum(1 for _ in itertools.islice(parent.iter("time"), 2)) < 2:
            continue  # no other time beside it: no other entry
        own = _entry_stamp(block)
        if own is None:
            continue
        for sibling in itertools.islice(parent.iterchildren(block.tag), _ENTRY_SIBLINGS):
            if sibling is not block and _entry_stamp(sibling) not in (None, own):
                return True
    return False


def _entry_stamp(block: HtmlElement) -> str | None:
    """The stamp of a feed entry's one `<time>`, where the block holds text of its own beside
    it and no headline; else None."""
    times = list(itertools.islice(block.iter("time"), 2))
    if len(times) != 1 or block.find(".//h1") is not None:
        return None
    text = len(" ".join(block.text_content().split()))
    if text - len(" ".join(times[0].text_content().split())) < _ENTRY_TEXT:
        return None
    stamp: str = times[0].get("datetime") or times[0].text_content().strip()
    return stamp


# A feed entry's text: its stamp's element, what follows it there and the blocks after it,
# with a lower-case word (of three letters or more) telling something ("Members arrive", "Die
# Sitzung ist eröffnet"); a results or fixture list's line ("29.11. 15:30 FC Nordstadt - SV
# Südhafen 2:1") has names and scores only.
_ENTRY_TEXT_BLOCKS = 2
_TOLD_ENTRY_WORDS = 1
_ENTRY_STEPS = 3  # the stamp's element and the wrappers holding only it
_TABLE_TAGS = frozenset(("td", "th", "tr", "table"))


def tells_an_entry(doc: Document, line: str) -> bool:
    """Whether a stamp's line opens an entry with text of its own, as a live ticker's do: not
    a table's row (a fixture list's, a schedule's), nor an item of names and scores. A line
    whose element is not known, or text in a script without letter case, is given the
    benefit of the doubt (read as before)."""
    el = line_element(doc, line)
    if el is None:
        return True
    if el.tag in _TABLE_TAGS or any(
        n.tag in _TABLE_TAGS for n in itertools.islice(el.iterancestors(), _ENTRY_STEPS)
    ):
        return False
    node = el
    for _ in range(_ENTRY_STEPS):
        after = itertools.islice(node.itersiblings(), _ENTRY_TEXT_BLOCKS)
        text = " ".join((node.text_content(), node.tail or "", *(n.text_content() for n in after)))
        parent = node.getparent()
        # a stamp's short line holds the score, wherever its spans end ("<span>29.11.
        # 15:30</span> <span>FC Nordstadt</span> <span>gegen</span> ... <span>2:1</span>")
        line = parent.text_content() if parent is not None else ""
        scores = max(
            len(_SCORE.findall(text)), len(_SCORE.findall(line)) if len(line) < MAX_LINE else 0
        )
        if _told_entry(text, scores):
            return True
        if parent is None or line.strip() != node.text_content().strip():
            return False
        node = parent
    return False


def _told_entry(text: str, scores: int) -> bool:
    """Whether text tells something: a lower-case word (three a match's score in it), or
    letters of no case (a script this cannot tell by)."""
    cased = sum(1 for c in text if c.isupper() or c.islower())
    uncased = sum(1 for c in text if c.isalpha()) - cased
    if uncased > cased:
        return True
    words = (w.strip(_TOKEN_MARKS) for w in text.split())
    told = (w for w in words if len(w) > 2 and w.isalpha() and w.islower())
    # a result's words beside its score ("FC Nordstadt gegen SV Südhafen 2:1", "Bayern 2:1 gegen
    # Dortmund", "Leeds 2-1 at home") are names and a link word: fewer than three lower-case
    # words a score is a results list, where a ticker's entry tells in sentences
    needed = _TOLD_ENTRY_WORDS + _TOLD_PER_SCORE * scores
    return sum(1 for _ in itertools.islice(told, needed)) >= needed


_TOKEN_MARKS = ".,;:!?\"'«»„“”()[]"
# A match's score: "2:1", "0 : 0", "3-2" (or with an en dash); not a clock, "15:30", nor a
# day, "3-12-26"
_SCORE = _compile(r"(?<![\d:./-])\d{1,2}\s?[:–-]\s?\d(?![\d:./-])")
_TOLD_PER_SCORE = 3


@lru_cache(maxsize=1024)
def chronology_class(name: str) -> bool:
    """Whether a class names a chronology of events (`_CHRONOLOGY`)."""
    return _CHRONOLOGY.search(name) is not None


@lru_cache(maxsize=1024)
def live_entry_class(name: str) -> bool:
    """Whether a class names a live blog's entry (`_LIVE_ENTRY`); cached as `_other_item`."""
    return _LIVE_ENTRY.search(name) is not None


def among_its_kind(block: HtmlElement) -> bool:
    """Whether a block stands among two or more of its tag and class: a live entry one of a
    live page's feed, whose stamps the dates cascade reads as one (its first post dating a
    page that states no start above them), not a widget's lone item; a timeline's event.
    Unclassed, a list's item only: a byline's bare <p> stands among the story's."""
    parent = block.getparent()
    name = block.get("class")
    if parent is None or (name is None and block.tag != "li"):
        return False
    same = itertools.islice(parent.iterchildren(block.tag), _ENTRY_SIBLINGS)
    return sum(1 for sibling in same if sibling.get("class") == name) >= _CLASSED_ENTRIES


def below_the_headline(own: frozenset[HtmlElement], block: HtmlElement) -> bool:
    """Whether a block comes after the headline (`own`: it and the blocks holding it): a
    live page's feed runs under its headline; a site's ticker of other stories above it
    ("<div class=newsticker>" before the article) is no first post of this one."""
    return any(
        sib in own
        for node in itertools.chain((block,), block.iterancestors())
        for sib in node.itersiblings(preceding=True)
    )


def in_an_event(el: HtmlElement, chronology: HtmlElement) -> bool:
    """Whether a date sits in one of a chronology's entries, blocks of one kind from `el` up
    to the block naming it ("timeline-item", a "timeline" list's items): a layout or theme
    named so ("article-body timeline-layout") holds a byline, no event."""
    for node in itertools.chain((el,), el.iterancestors()):
        if among_its_kind(node):
            return True
        if node is chronology:
            return False
    return False
