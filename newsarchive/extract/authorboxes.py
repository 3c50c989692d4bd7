"""Writers named by an "about the author" box or only by their author page's address
("https://site/author/jane-doe" as "Jane Doe").

Read last in the cascade: a box may describe a contributor other than the writer, and a
slug is a name's words without their spelling.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from lxml.html import HtmlElement

from newsarchive.extract import jsonld, langwords
from newsarchive.extract.authorareas import CLOSING_WINDOW, story_block
from newsarchive.extract.authorcredits import named_in_story
from newsarchive.extract.authorlines import AUTHOR_HREF, OPENERS
from newsarchive.extract.authornames import URL_START
from newsarchive.extract.authorshapes import job_or_jobs, name_shaped
from newsarchive.extract.byline import (
    is_role_word,
)
from newsarchive.extract.document import Document
from newsarchive.extract.document import following as _following
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import dedupe
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

SLUG_TAIL = _compile(r"(?:[-_.]\d+)*(?:\.\w{2,5})?$")  # "-123", ".html"


def url_path(url: str) -> str:
    """The path of an address; "" for one that cannot be split ("http://[host/": an
    unclosed IPv6 bracket in a link or a JSON-LD author's url)."""
    return split_url(url).path


def author_url_names(doc: Document) -> list[str]:
    """Writers named only by the address of their page: a JSON-LD author whose name (or,
    with no name, url) is "https://site/author/jane-doe", an `article:author` meta holding
    it. The slug's words, capitalised ("Jane Doe"); read where nothing else names anyone."""
    values: list[Any] = []
    for key in ("author", "creator"):
        found = jsonld.resolve(doc.article.get(key), doc.jsonld)
        for obj in found if isinstance(found, list) else [found]:
            if isinstance(obj, dict):
                values += [obj.get("name"), None if obj.get("name") else obj.get("url")]
            else:
                values.append(obj)
    values += doc.all_meta("article:author") + doc.all_meta("author")
    names = [_slug_name(v) for v in values if isinstance(v, str) and URL_START.match(v.strip())]
    return dedupe(n for n in names if n)


_SLUG_WORD = _compile(r"[^\W\d_]{2,}")


def _slug_name(url: str) -> str:
    """ "https://site/author/jane-doe/" -> "Jane Doe"; "" where the address is no writer's
    page or its last part is no name of two to four words of letters."""
    if not AUTHOR_HREF.search(url):
        return ""
    slug = SLUG_TAIL.sub("", url_path(url.strip()).rstrip("/").rsplit("/", 1)[-1])
    words = re.split(r"[-_+.]", slug)
    if not 2 <= len(words) <= 4 or not all(_SLUG_WORD.fullmatch(w) for w in words):
        return ""
    if any(w.casefold() in _OPENER_WORDS for w in words):
        return ""  # "/author-page/", "/autor-archiv/"
    return " ".join(w.capitalize() for w in words)


_OPENER_WORDS = frozenset(langwords.entries(langwords.AUTHOR_PATHS)) | frozenset(OPENERS)


_ABOUT_AUTHOR = frozenset(langwords.entries(langwords.ABOUT_AUTHOR_HEADINGS))
_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "header"}
_BOX_NAME_TAGS = {"strong", "b", "a", "h3", "h4", "h5", "h6", "span", "p", "div"}
_BOX_WINDOW = 12  # elements after the box's heading looked at for the name


def about_author_box(doc: Document) -> list[str]:
    """The name under an author box's heading after the story ("Über die Autorin: <b>Anna
    Muster</b> ist Redakteurin ...", "About the author"), on pages naming no one else."""
    h1 = headline(doc)
    if h1 is None:
        return []
    for el in itertools.islice(_following(h1), CLOSING_WINDOW):
        if el.tag not in _HEADING_TAGS or len(el) > 2:
            continue
        if doc.text(el).strip(" :").casefold() not in _ABOUT_AUTHOR:
            continue
        parent = el.getparent()
        whole = doc.text(parent) if parent is not None else ""
        for box in itertools.islice(_following(el), _BOX_WINDOW):
            if box.tag in _BOX_NAME_TAGS:
                text = doc.text(box)
                if 2 <= len(text.split()) <= 4 and name_shaped(text):
                    found = text if _bio_of(box, text, whole) else ""
                elif box.tag == "p" and len(box) == 0:
                    found = _bio_opening(text)  # "Anna Muster ist Redakteurin ...": plain type
                else:
                    continue
                return [found] if found and not _reviewed_book_author(doc, found) else []
        return []
    return []


_ISBN = _compile(r"\bISBN(?:-1[03])?:?\s*(?:97[89][-\s]?)?\d[\d\s-]{7,14}[\dXx]\b")


def _reviewed_book_author(doc: Document, name: str) -> bool:
    """Whether the box's person is the author of the book a review speaks of: the page
    is about a book (its ISBN printed, a JSON-LD Book or Review of one) and its story names
    her ("Musters Roman"). A reviewer's own box names someone the review does not; on a
    page printing part of the book (`_excerpt_page`) its author wrote the text."""
    story = story_block(doc)
    if story is None or not named_in_story(name, story, None):
        return False
    if any(_about_book(o) for o in doc.jsonld):
        return any(_is_review(o) for o in doc.jsonld) or not _excerpt_page(doc, name)
    return bool(_ISBN.search(doc.tree.text_content())) and not _excerpt_page(doc, name)


def _is_review(obj: dict[str, Any]) -> bool:
    return "review" in jsonld.types_of(obj)


_EXCERPT = _compile(
    r"(?<!\w)(?:{})(?!\w)".format(
        "|".join(re.escape(w) for w in langwords.entries(langwords.EXCERPT_WORDS))
    ),
    re.I,
)
_EXCERPT_LINE = 200  # characters: a headline, an intro or a credit line, no story paragraph
_EXCERPT_WINDOW = 400  # elements from the headline on


def _excerpt_page(doc: Document, name: str) -> bool:
    """Whether the page says it prints part of `name`'s book: its headline, a line above
    the story or a credit line after it naming her ("Ein Auszug aus dem Roman ...",
    "Adapted from ..."). A story's own sentence may speak of another book's excerpt: short
    lines only; a review's own lines of some other excerpt ("Auszug aus dem Urteil") name
    no author, and a link ("Leseprobe" in a shop's box), a caption or a teaser beside the
    story is no line of the page's own."""
    h1 = headline(doc)
    if h1 is None:
        return False
    story = story_block(doc)
    surname = name.split()[-1].casefold()
    begun = False
    for el in itertools.chain([h1], itertools.islice(_following(h1), _EXCERPT_WINDOW)):
        begun = begun or el is story
        if el.tag in _NOT_THE_PAGES or next(el.iterancestors(*_NOT_THE_PAGES), None) is not None:
            continue
        text = doc.text(el)
        if (
            len(text) <= _EXCERPT_LINE
            and _EXCERPT.search(_own_text(el))
            and (not begun or surname in text.casefold())
        ):
            return True
    return False


# a link or a button's words, a caption, a teaser beside the story: no line of the page's
_NOT_THE_PAGES = ("a", "button", "figcaption", "aside", "nav")


def _own_text(el: HtmlElement) -> str:
    """The words of `el` outside its child elements (each child is looked at in turn)."""
    return " ".join([el.text or "", *(c.tail or "" for c in el)])


def _about_book(obj: dict[str, Any]) -> bool:
    """A JSON-LD Book, or a Review whose item is one."""
    types = jsonld.types_of(obj)
    if "book" in types:
        return True
    item = obj.get("itemReviewed")
    return "review" in types and isinstance(item, dict) and "book" in jsonld.types_of(item)


# A sentence about a writer opening with her name: a given name and a surname (a lower-case
# particle between), then a comma or a lower-case word ("Anna Muster ist ...", "Jan von
# Probe, Jahrgang 1980, ..."). Three capitalised words are someone the box mentions
# ("Martin Luther King gilt ...") or a prize ("Jane Austen Prize winner ..."), no byline's.
_BIO_OPENING = _compile(
    r"^([^\W\d_a-z][\w'’-]+\s+(?:(?:von|van|de|der|du|da|di|zu|la|le)\s+)?"
    r"[^\W\d_a-z][\w'’-]+)(?:,\s|\s+([^\W\d_A-Z][\w'’-]*))"
)


def _bio_opening(text: str) -> str:
    """The name a box's sentence about its writer opens with, a known given name first
    ("Die Autorin ist ...", "Weitere Artikel ..." open with none), else "". Not before a job
    word: "Washington Post reporter Jane Doe" opens with her paper."""
    m = _BIO_OPENING.match(text)
    if m is None or not is_given_name(m.group(1).split()[0]):
        return ""
    if m.group(2) and (is_role_word(m.group(2)) or job_or_jobs(m.group(2))):
        return ""
    return m.group(1) if name_shaped(m.group(1)) else ""


def _bio_of(el: HtmlElement, name: str, box: str) -> bool:
    """The name opens a sentence about her ("<b>Anna Muster</b> ist Redakteurin", "<b>Anna
    Muster</b>, Jahrgang 1980, ..."), or the box
    names her twice (a heading, then the sentence): not a link "Weitere Artikel"."""
    tail = (el.tail or "").strip()
    return tail[:1] == "," or (tail[:1].islower() and tail[:1].isalpha()) or box.count(name) >= 2
