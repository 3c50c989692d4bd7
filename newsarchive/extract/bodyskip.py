"""Which blocks of the container the walk leaves out.

Page furniture (unless it holds most of the article's text), related and most-read lists,
teaser cards, figures, social embeds and text for screen readers only; the container's
siblings marked up like it.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract.bodyblocks import BLOCK_TAGS, TEXT_TAGS
from newsarchive.extract.bodycards import (
    HEADING_TAGS,
    RECIRC_TAGS,
    is_item_card,
    is_teaser,
    is_teaser_card,
)
from newsarchive.extract.bodylines import recirc_heading
from newsarchive.extract.bodypictures import is_implicit_figure, is_quote_figure
from newsarchive.extract.bodyquotes import is_author_box
from newsarchive.extract.bodyrelated import (
    comments_heading,
    first_heading,
    headline_lines,
    heads_link_list,
    is_recirculation,
    labels_broken_links,
    labels_link_list,
    summarised_related_list,
)
from newsarchive.extract.furniture import (
    is_furniture,
    is_machine_summary,
    is_state_block,
    is_teaser_list,
)
from newsarchive.extract.lead import is_summary_box
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


SKIP_TAGS = frozenset(
    {
        "figure", "figcaption", "aside", "nav", "footer", "form", "button", "select", "input",
        "label", "h1", "picture", "video", "audio", "object", "embed", "canvas", "map", "dialog",
        "header", "menu", "textarea", "img",
    }
)  # fmt: skip


FURNISHED, FOLDED = 1, 2  # `in_furniture`'s answers besides 0 (none)


def in_furniture(el: HtmlElement, memo: dict[HtmlElement, int]) -> int:
    """Whether an ancestor is page furniture (memoised: paragraphs share ancestors):
    0 if none, FOLDED if only paywalls' or folds' wrappers (`is_state_block`), else
    FURNISHED."""
    parent = el.getparent()
    if parent is None:
        return 0
    if parent not in memo:
        if parent.tag in SKIP_TAGS:
            memo[parent] = FURNISHED
        elif is_furniture(parent):
            if is_state_block(parent) and not _headed_as_comments(parent):
                memo[parent] = FURNISHED if in_furniture(parent, memo) == FURNISHED else FOLDED
            else:
                memo[parent] = FURNISHED
        elif _headed_as_comments(parent):
            memo[parent] = FURNISHED
        else:
            memo[parent] = in_furniture(parent, memo)
    return memo[parent]


def _headed_as_comments(el: HtmlElement) -> bool:
    """A block whose heading calls it the readers' comments ("תגובות", "12 Kommentare"):
    however long its posts, they are not the article's text (a Hebrew article of one-line
    paragraphs weighs less than six readers' posts under it); or a "Most read" box of
    other stories' headlines without links (`headline_lines`), whose lines outweigh a
    brief's paragraphs."""
    if el.tag not in RECIRC_TAGS:
        return False
    heading = first_heading(el)
    if heading is None or (heading.tag not in HEADING_TAGS and len(heading) > 1):
        return False  # a label is a line of its own; a block of text is no heading (and costly)
    label = clean(heading.text_content())
    return comments_heading(label) or (recirc_heading(label) and headline_lines(heading))


def with_siblings(
    best: HtmlElement, scores: dict[HtmlElement, float], holders: set[HtmlElement]
) -> list[HtmlElement]:
    """The container and the blocks marked up like it: its siblings, or within its <article>
    (a body split into column blocks by ads and embeds)."""
    parent = best.getparent()
    if parent is None:
        return [best]
    cls = best.get("class")
    if not cls:
        return [best]
    found = [
        s
        for s in parent
        if s is best or (s.tag == best.tag and s.get("class") == cls and not is_teaser(s))
    ]
    scope = next(best.iterancestors("article", "main"), None)
    if scope is None:
        scope = next(itertools.islice(best.iterancestors(), 4, None), None)
    if scope is None:
        return found
    # the container's tag first, then its class: lxml matches the tag in C, and only those
    # elements become Python objects (twice as fast as XPath's `.//*[@class=$cls]`)
    marked = (el for el in scope.iterdescendants(best.tag) if el.get("class") == cls)
    same = [
        el
        for el in marked
        if el in found or ((scores.get(el) or el in holders) and not is_teaser(el))
    ]
    return [el for el in same if not any(a in same for a in el.iterancestors())] or found


def is_skipped(el: HtmlElement, excluded: set[HtmlElement], keep: set[HtmlElement]) -> bool:
    """Furniture, unless it holds most of the container's text (a misleading class name)."""
    tag = el.tag  # (read once: lxml makes a new string at each read, and the walk asks each child)
    if (tag in SKIP_TAGS and not is_quote_figure(el)) or el in excluded:
        return True
    if tag in _PHRASING and _screen_reader_only(el):
        return True  # words only a screen reader says: "(opens in a new window)"
    parent = el.getparent()
    if tag not in BLOCK_TAGS and parent is not None and parent.tag in TEXT_TAGS:
        return False  # a link or span inside a sentence is part of it, whatever its class says
    if tag in _PHRASING and parent is not None and _inside_running_text(el, parent):
        return False  # the same in a paragraph set as a <div> ("<a id=auto-tag_x>Name</a> said")
    return el not in keep and (
        (is_furniture(el) and (not is_summary_box(el) or is_machine_summary(el)))
        or is_recirculation(el)
        or (tag in BLOCK_TAGS and is_author_box(el))
        or (tag in HEADING_TAGS and heads_link_list(el))
        or (tag == "p" and labels_link_list(el))
        or (tag == "p" and labels_broken_links(el))
        or (tag in ("ul", "ol") and summarised_related_list(el))
        or is_implicit_figure(el)
        or is_teaser_card(el)
        or (tag == "li" and is_item_card(el))
        or (tag == "blockquote" and _is_social_embed(el))
        or (tag not in TEXT_TAGS and is_teaser_list(el))
    )


_PHRASING = frozenset({"a", "em", "i", "b", "strong", "span", "abbr", "cite", "q", "u"})
# The classes CSS frameworks hide text from the eye with, for screen readers only (Bootstrap's
# `sr-only`/`visually-hidden`, WordPress's `screen-reader-text`, Drupal's `element-invisible`):
# a link's "(opens in a new window)", "Externer Link", an icon's "Photo:". A sighted reader
# never reads them, so neither does the body, even inside a sentence.
_SCREEN_READER_ONLY = _compile(
    r"(?:^|\s)[\w-]{0,20}?(?:sr[-_]?only|screen[-_]?reader(?:[-_]?(?:text|only))?"
    r"|visually[-_]?hidden|hidden[-_]?visually|a11y[-_]?hidden|element[-_]?invisible"
    r"|off[-_]?screen)(?:\s|$)",
    re.I,
)
# Tailwind's `not-sr-only` undoes `sr-only`, alone or from a screen width on ("sr-only
# md:not-sr-only"): a sighted reader sees the words there, as the archive's desktop capture
# does ("focus:not-sr-only", a skip link shown on focus, stays hidden).
_SHOWN_AGAIN = _compile(r"(?:^|\s)(?:(?:sm|md|lg|xl|2xl):)?not-sr-only(?:\s|$)", re.I)


def _screen_reader_only(el: HtmlElement) -> bool:
    """Hidden for screen readers: a phrase (a link's warning, an icon's name). A story's
    paragraphs under such a class are shown by the page's scripts (a reader sees them), so
    longer text stays."""
    classes = el.get("class") or ""
    return (
        _SCREEN_READER_ONLY.search(classes) is not None
        and _SHOWN_AGAIN.search(classes) is None
        and len(el.text_content()) <= SCREEN_READER_TEXT
    )


SCREEN_READER_TEXT = 150  # characters: a screen reader's phrase; more is the story's


def _inside_running_text(el: HtmlElement, parent: HtmlElement) -> bool:
    """Whether a phrasing element sits in a sentence of a `<div>` paragraph: text of the
    same block runs right before or after it."""
    if parent.tag != "div":
        return False
    prev = el.getprevious()
    before = prev.tail if prev is not None else parent.text
    return bool((before and before.strip()) or (el.tail and el.tail.strip()))


# A post's permalink on a social network, as its embed code links it (the post itself, not a
# profile): X/Twitter, Instagram, TikTok, Threads, Bluesky, Facebook, Telegram, Mastodon-style.
SOCIAL_POST = _compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:(?:twitter|x)\.com/\w+/status(?:es)?/\d"
    r"|instagram\.com/(?:[\w.]+/)?(?:p|reel|tv)/|tiktok\.com/@[^/]+/video/\d"
    r"|threads\.(?:net|com)/@[^/]+/post/|bsky\.app/profile/[^/]+/post/"
    r"|facebook\.com/[^/]+/(?:posts|videos)/|t\.me/[\w]+/\d)",
    re.I,
)


def _is_social_embed(el: HtmlElement) -> bool:
    """A quoted social post (X, Instagram, TikTok, Threads, Bluesky embeds are a
    `<blockquote>` linking the post): the answers leave it out, and its classes
    (`twitter-tweet`) are all that marks it where they are kept; the link holds on
    any page, in any language, whatever the classes."""
    if el.tag != "blockquote":
        return False
    if SOCIAL_POST.match(el.get("cite") or ""):
        return True
    return any(SOCIAL_POST.match(a.get("href") or "") for a in el.iter("a"))
