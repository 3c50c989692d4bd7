"""What a link or button says of itself: "next", "load more", or nothing.

Its whole text, aria-label or title against the page language's words
(langwords.NEXT_PAGE_WORDS, MORE_WORDS, folded: case, accents and spaces aside), its rel,
its classes read as BEM parts (`pagination__next`, `btn-load-more`; not `next-article`),
and an arrow alone inside a pager. Pure code over one lxml element.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lxml import etree
from lxml.etree import _Element as Element
from parsel import Selector

from newsarchive.extract.langwords import MORE_WORDS, NEXT_PAGE_WORDS, entries

# A class names a next control when one of its BEM parts (`block__element--modifier`), its
# paging words aside, is one of these: `next`, `pagination__next`, `pager__item--next`,
# `next-page`, `js-load-more`; `next-article`, `nextgen-ads` and `context` are none.
NEXT_CLASS_WORDS = frozenset(
    (("next",), ("load", "more"), ("show", "more"), ("loadmore",), ("showmore",))
)
# What a "load more" class may name after its words: `load-more-posts`, `show-more-stories`.
MORE_OF_WORDS = frozenset(("posts", "stories", "articles", "news", "items", "results"))
PAGER_CLASS_WORDS = frozenset(
    ("page", "pagination", "pager", "paging", "link", "btn", "button", "js", "item", "arrow")
)
BEM_PARTS = re.compile(r"__|--")
CLASS_WORDS = re.compile(r"[-_]")
PAGER_CLASS = re.compile(r"pag(?:er|ing|ination)|page-?nav|nav-?links|page-numbers", re.I)
ARROWS = "›»→>⟩❯▶︎ \u00a0…."
ARROW_ONLY = frozenset("›»→>⟩❯")


def _fold_table() -> dict[int, int | None]:
    """`fold`'s map: each accented Latin or Greek letter to its bare letter (`á` to `a`,
    Greek omicron with tonos to omicron), each combining accent (U+0300-U+036F: the dot
    casefold leaves on Turkish `İ`) to nothing. One character to one or none: a folded
    label is never longer than its casefold."""
    table: dict[int, int | None] = dict.fromkeys(range(0x300, 0x370))
    for start, end in ((0xC0, 0x250), (0x370, 0x400), (0x1E00, 0x2000)):
        for point in range(start, end):
            bare = "".join(
                c for c in unicodedata.normalize("NFD", chr(point)) if not unicodedata.combining(c)
            )
            if len(bare) == 1 and bare != chr(point):
                table[point] = ord(bare)
    return table


FOLD = _fold_table()
MARKS = re.compile("[\u0300-\u036f]")  # a combining accent: what `fold` deletes


def fold(text: str) -> str:
    """`text` as a label is compared with the words: casefolded, its Latin and Greek
    letters' accents dropped. A capital's accent is often left off ("ΕΠΟΜΕΝΗ" for
    "Επόμενη", "MAS ANTIGUAS") and Turkish "SONRAKİ" casefolds to "sonraki" plus a
    combining dot."""
    return text.casefold().translate(FOLD)


NEXT_ENTRIES = frozenset(map(fold, entries(NEXT_PAGE_WORDS)))  # the page after this one
MORE_ENTRIES = frozenset(map(fold, entries(MORE_WORDS)))  # more of this listing, or a hub
ALL_WORDS = NEXT_ENTRIES | MORE_ENTRIES
# An element's text, its text nodes joined with nothing, read in C (`string()`): plain
# strings, no lxml "smart" string pointing back at its element.
TEXT = etree.XPath("string()", smart_strings=False)
NEXT, MORE = "next", "more"  # how a control says it is a next page (`_next_kind`)


def _label(control: Element, words: frozenset[str]) -> str | None:
    """A control's text, as `.//text()` joined with spaces, its whitespace collapsed; None
    where it can be no word of `words`, no arrows and no page number. Told from its text
    read in C with no space at all (`TEXT`): that is the label without its spaces, so a
    label that is a word is, without them, that word without its spaces; arrows, arrows;
    a number, digits. A teaser's headline is never joined in Python. A control with no
    text (an icon's link) is labelled by its image's alt where that says a word, an
    arrow or a number (`_icon_label`), else ""; an <svg>'s <title> is text already."""
    bare = "".join(str(TEXT(control)).split())
    if not bare:
        icon = " ".join(_icon_label(control).split())
        return icon if icon and _may_say(icon.replace(" ", ""), words) else ""
    if not _may_say(bare, words):
        return None
    return " ".join(" ".join(control.itertext()).split())


def _may_say(bare: str, words: frozenset[str]) -> bool:
    """Whether a label written `bare` (no whitespace) may be a word of `words` (folded
    as `_kind` folds it: `fold`), arrows or a page number."""
    key = bare.strip(ARROWS)
    spaceless, longest = _spaceless(words)
    # casefold never shortens a text and `fold` deletes accents alone: a longer label
    # with none is no word, and a headline is not folded
    if (len(key) <= longest or MARKS.search(key) is not None) and fold(key) in spaceless:
        return True
    return set(bare) <= ARROW_ONLY or bare.isdecimal()


def _icon_label(control: Element) -> str:
    """The label of a control with no text: an <img>'s alt or an <svg>'s aria-label in it,
    an <input>'s own value or alt."""
    if control.tag == "input":
        return control.get("value") or control.get("alt") or ""
    for icon in control.iter("img", "svg"):
        said = icon.get("alt") if icon.tag == "img" else icon.get("aria-label")
        if said and said.strip():
            return said
    return ""


@lru_cache(maxsize=64)
def _spaceless(words: frozenset[str]) -> tuple[frozenset[str], int]:
    """`words` folded, without their spaces, and the longest one's length."""
    found = frozenset(fold(word).replace(" ", "") for word in words)
    return found, max(map(len, found), default=0)


def _says_rel_next(control: Element) -> bool:
    return "next" in (control.get("rel") or "").lower().split()


def page_words(page: Selector) -> frozenset[str]:
    """The "next" words of the page's language (and English's): all where it says none."""
    return _words(page.xpath("/html/@lang").get() or "")


def _words(lang: str) -> frozenset[str]:
    return _LANG_WORDS.get(lang.strip().lower()[:2], ALL_WORDS)


# Each language's words and English's, the next and the "load more" ones.
_LANG_WORDS = {
    code: frozenset(
        fold(word) for word in entries({
            "en": NEXT_PAGE_WORDS["en"] + ", " + MORE_WORDS["en"],
            code: NEXT_PAGE_WORDS.get(code, "") + ", " + MORE_WORDS.get(code, ""),
        })
    )
    for code in NEXT_PAGE_WORDS.keys() | MORE_WORDS.keys()
}  # fmt: skip


def looks_next(control: Selector, words: frozenset[str]) -> bool:
    """Whether a control says it is a next page or a "load more" (`_next_kind`)."""
    return _next_kind(control.root, words) is not None


def _next_kind(control: Element, words: frozenset[str]) -> str | None:
    """NEXT where a control says it is the page after this one (rel=next, a `next` class,
    a NEXT_PAGE_WORDS label, an arrow in a pager), MORE where it says "load more" (a
    `load-more` class, a MORE_WORDS label), else None."""
    return _kind(control, words, _label(control, words))


def _kind(control: Element, words: frozenset[str], label: str | None) -> str | None:
    """`_next_kind` of a control whose `_label` is `label`."""
    attrib = control.attrib
    if "next" in (attrib.get("rel") or "").lower().split():
        return NEXT
    for name in (attrib.get("class") or "").lower().split():
        if (kind := _class_kind(name)) is not None:
            return kind
    raw = label
    for text in (raw, attrib.get("aria-label"), attrib.get("title")):
        if not text:
            continue
        word = fold(text.strip(ARROWS))
        if word and word in words:
            return NEXT if word in NEXT_ENTRIES else MORE
    if raw and raw[0] in ARROW_ONLY and set(raw.replace(" ", "")) <= ARROW_ONLY:  # in a pager
        return NEXT if _in_pager(control) else None
    return None


def _pager_next(control: Element) -> bool:
    """Whether a control says it is a pager's next by its markup, not its words alone:
    rel=next, a `next` class, a pager's class (or id, or aria-label: `<nav
    aria-label="Pagination">`) on it or around it (a bare <nav>, a site menu's, is none)."""
    if _says_rel_next(control) or any(
        _class_kind(name) == NEXT for name in (control.get("class") or "").lower().split()
    ):
        return True
    if PAGER_CLASS.search(control.get("class") or ""):
        return True
    return any(
        PAGER_CLASS.search(
            " ".join((up.get("class", ""), up.get("id", ""), up.get("aria-label", "")))
        )
        for up in control.iterancestors()
    )


def _in_pager(control: Element) -> bool:
    """Whether a control sits in a <nav>, or it or an element around it has a pager's class
    (or id: not its own)."""
    if PAGER_CLASS.search(control.get("class") or ""):
        return True
    for up in control.iterancestors():
        if up.tag == "nav" or PAGER_CLASS.search(up.get("class") or ""):
            return True
        if PAGER_CLASS.search(up.get("id") or ""):
            return True
    return False


@lru_cache(maxsize=4096)
def _class_kind(name: str) -> str | None:
    """NEXT or MORE where one class name says "next page" (`pagination__next`) or "load
    more" (`btn-load-more`, `load-more-posts`; see NEXT_CLASS_WORDS), else None."""
    for part in BEM_PARTS.split(name):
        words = tuple(w for w in CLASS_WORDS.split(part) if w and w not in PAGER_CLASS_WORDS)
        if words in NEXT_CLASS_WORDS:
            return NEXT if words == ("next",) else MORE
        if len(words) == 3 and words[:2] in NEXT_CLASS_WORDS and words[2] in MORE_OF_WORDS:
            return MORE
    return None
