"""Links to other pieces, and a teaser's size.

A date beside a link to another piece is often that piece's (a teaser's, a most-read list's):
whether a link leads to another piece, not to this page, a section, a topic or a writer's
page; whether it leads to a day's archive; and the sizes past which a block is no teaser.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from urllib.parse import unquote

from lxml.html import HtmlElement

from newsarchive.extract import langwords, page_fields
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# A teaser: a small block holding another page's headline as a link beside its date
# ("<div class=card><a href=...>Headline of another piece</a><time ...></div>").
TEASER_BLOCK = 400  # characters of text, at most, in a block read as one teaser
TEASER_ELEMENTS = 40


def links_another_piece(doc: Document, block: HtmlElement) -> bool:
    """Whether a block (or the block itself, a link) holds a link to another piece."""
    return a_piece_among(doc, block.iter("a"))


def a_piece_among(doc: Document, links: Iterable[HtmlElement]) -> bool:
    """Whether one of the links goes to another piece: not an author's (`rel="author"`),
    not this page's, not a page that is no piece (`NOT_A_PAGE`)."""
    for link in links:
        href = link.get("href")
        if href is None or link.get("rel") == "author" or NOT_A_PAGE.search(href):
            continue
        if to_another_piece(doc, href):
            return True
    return False


# A link to a place in this page, a script, an address or a media file: no other piece.
NOT_A_PAGE = _compile(
    r"^\s*(?:#|javascript:|mailto:|tel:)|\.(?:mp3|m4a|ogg|mp4|pdf)(?:[?#]|$)", re.I
)


_WORDS_IN_PATH = _compile(r"[-_+.,\s]+")
# ... and the first word of a path part naming an author's or a person's page
# ("author-ravi-kulkarni-123", "profile-jane-doe"); the path parts naming them whole (`langwords`)
_AUTHOR_PREFIXES = frozenset((*langwords.AUTHOR_PATH_OPENERS, "profil", "profile"))
_PEOPLE_PATHS = frozenset(
    langwords.entries(langwords.AUTHOR_PATHS) + langwords.entries(langwords.PEOPLE_PATHS)
)
_PIECE_SLUG = 3  # words in a path's last part that name a piece ("anderer-artikel-heute")


def to_another_piece(doc: Document, href: str) -> bool:
    """`links_a_piece` for this page, whose own address is also its canonical one: a page
    read at a short or AMP address (".../?p=4711", ".../amp/") links its permalink in its own
    byline (WordPress's `<a href=<permalink> rel="bookmark"><time ...>`)."""
    if not links_a_piece(href, doc.url):
        return False
    canonical = page_fields.canonical_url(doc)
    return canonical is None or canonical == doc.url or links_a_piece(href, canonical)


def links_a_piece(href: str, page_url: str) -> bool:
    """Whether a link leads to another piece, not to this page nor to a section, topic or
    author page beside the date ("Alle Nachrichten aus der Region Hannover").

    A piece's address carries a number (an id, a day) or a slug of 3+ words (its headline);
    a section's, a topic's or an author's a word or two ("/region/hannover",
    "/autor/anna-muster"). A link holding this page's own path (sharing or printing it,
    its comments) is about this page. On the looked-at pages every teaser link beside a
    date has a number or a slug of 3+ words.
    """
    target = unquote(href)
    own = split_url(page_url).path
    if len(own) > 1 and own in target:
        return False
    parts = split_url(target)
    segments = parts.path.lower().split("/")
    if not _PEOPLE_PATHS.isdisjoint(segments) or any(
        _WORDS_IN_PATH.split(s, 1)[0] in _AUTHOR_PREFIXES for s in segments
    ):
        return False  # "/autor/anna-muster-123", "/author-ravi-kulkarni-123.cms": a byline's
    if any(c.isdigit() for c in parts.path + parts.query):
        return True
    last = next((p for p in reversed(parts.path.split("/")) if p), "")
    last = last.rsplit(".", 1)[0] if "." in last else last  # "budget.html"
    return bool(parts.query) or len([w for w in _WORDS_IN_PATH.split(last) if w]) >= _PIECE_SLUG


def larger_than(el: HtmlElement, n: int) -> bool:
    """Whether `el` holds more than n elements (without walking a whole article)."""
    return sum(1 for _ in itertools.islice(el.iter(), n + 1)) > n


_ARCHIVE_DAY = _compile(r"/20\d\d([-/])[01]\d\1[0-3]\d(?=/|$)")


def day_archive(href: str) -> bool:
    """Whether a link leads to a day's archive ("/hemeroteca/2024-10-15/", "/2024/10/15/"):
    a day in its path, nothing else numbered and no headline's slug."""
    parts = split_url(unquote(href))
    rest = _ARCHIVE_DAY.sub("/", parts.path, count=1)
    if rest == parts.path or parts.query or any(c.isdigit() for c in rest):
        return False
    slugs = (len([w for w in _WORDS_IN_PATH.split(s) if w]) for s in rest.split("/"))
    return all(words < _PIECE_SLUG for words in slugs)
