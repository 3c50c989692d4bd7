"""What a date line's label or place says its date is, when not the article's publication.

A work's release (a review's film), an embargo stated in advance, a picture's caption or
credit, an event in the running text; and the labels ("Aktualisiert", "Published") a line
opens with or has just before it.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.datelinetexts import CLOCK, date_class, has_year, label_before, line_text
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_PARAGRAPH_LEVELS = 3  # a date element's ancestors searched for the paragraph holding it
_RUNNING_TEXT = 80  # characters of a paragraph besides its date ...
_RUNNING_WORDS = 6  # ... and lower-case words in it: a sentence of the text, not a byline


def in_running_text(el: HtmlElement) -> bool:
    """Whether a date element (or line) sits in a paragraph of the article's text ("Bereits am
    <time datetime=...>20. November</time> hatte der Rat den Antrag beraten, ..."): the
    day of an event the text names, not the article's. A byline's paragraph is short, says
    little in lower-case words ("Von Anna Muster, Berlin | Lesezeit 4 Min."), or its class
    names a date."""
    for node in itertools.islice(el.iterancestors(), _PARAGRAPH_LEVELS):
        if node.tag != "p":
            continue
        if date_class(node.get("class") or ""):
            return False
        text = node.text_content()
        if len(text) - len(el.text_content()) <= _RUNNING_TEXT:
            return False
        words = (w for w in text.split() if len(w) > 2 and w.isalpha() and w.islower())
        return sum(1 for _ in itertools.islice(words, _RUNNING_WORDS)) >= _RUNNING_WORDS
    return False


# A date line's label in the element before it (`<dt>Aktualisiert</dt><dd>...</dd>`,
# `<span class="label">Erstellt:</span> <span>...</span>`): read as the line's own, so an
# update labelled so is not taken for the publication. Not where the line has a label, nor
# where the text before holds more than the label ("30.01.2026, 18:40 Uhr aktualisiert" labels
# its own date).
_LABEL_WORDS = "|".join(re.escape(w) for w in langwords.DATE_LABELS)
LABEL_FIRST = _compile(rf"^\W*(?:{_LABEL_WORDS})(?!\w)", re.I)
LABEL_ALONE = _compile(rf"^\W*({_LABEL_WORDS})(?:\s+(?:am|on|le|el|il|den|op|em|um|at))?\W*$", re.I)


# A work's release: the label's words at a line's start or at the end of the text before it,
# or a class naming one ("release-date", "film-premiere").
_RELEASE_WORDS = "|".join(re.escape(w) for w in langwords.entries(langwords.RELEASE_LABELS))
_RELEASE_START = _compile(rf"^\W*(?:{_RELEASE_WORDS})(?![^\W\d])", re.I)
_RELEASE_END = _compile(rf"(?<!\w)(?:{_RELEASE_WORDS})(?:\s+(?:on|am|le|el|il))?\W*$", re.I)
_RELEASE_CLASS = _compile(r"release|premiere|premiär|kinostart|estreno", re.I)


def released(el: HtmlElement, text: str | None = None) -> bool:
    """Whether a date names when a work a review is about comes out ("Release date: 20 June
    2026", `<dt>Kinostart</dt><dd class="date">12.03.2026</dd>`, `class="release-date"`),
    not when the article went out. dates.py and `_add` read it so only for a bare day: a press
    release's "Released: 2 July 2026, 10:05" is that page's own publication."""
    if any(_RELEASE_CLASS.search(node.get("class") or "") for node in el.iter("*")):
        return True
    if _RELEASE_START.match(text if text is not None else line_text(el)):
        return True
    return bool(_RELEASE_END.search(label_before(el)))


# An embargo's label at a line's start or just before it ("Sperrfrist: Donnerstag, 4. Dezember
# 2026, 10.00 Uhr", `<dt>Embargo</dt><dd>...</dd>`): the time before which the piece could not
# go out, stated in advance, not when it did. The bare noun ("Embargo", "ambargo") names a
# story's topic as often (a headline's "Kuba-Embargo", a tag's link): a label only with its
# colon, or alone in its element; the others ("Sperrfrist", "Embargoed until") are labels.
_EMBARGO_ALL = langwords.entries(langwords.EMBARGO_LABELS)
_EMBARGO_BARE_NOUNS = frozenset(("embargo", "ambargo"))
_EMBARGO_NOUNS = "|".join(re.escape(w) for w in _EMBARGO_ALL if w in _EMBARGO_BARE_NOUNS)
_EMBARGO_SURE = "|".join(re.escape(w) for w in _EMBARGO_ALL if w not in _EMBARGO_BARE_NOUNS)
_EMBARGO_WORDS = f"{_EMBARGO_SURE}|{_EMBARGO_NOUNS}"
_EMBARGO_START = _compile(
    rf"^\W*(?:(?:{_EMBARGO_SURE})(?![^\W\d])|(?:{_EMBARGO_NOUNS})\s?[:：])", re.I
)
_EMBARGO_END = _compile(
    rf"(?<![^\W\d_])(?:{_EMBARGO_WORDS})\s?[:：]\s*$|^\W*(?:{_EMBARGO_WORDS})\W*$", re.I
)


def embargoed(el: HtmlElement, text: str) -> bool:
    """Whether a date line states an embargo: its label opens the line, or ends the text
    just before it with a colon, or is that whole text (not a link's: a topic's)."""
    if _EMBARGO_START.match(text):
        return True
    m = _EMBARGO_END.search(label_before(el))
    if m is None:
        return False
    prev = el.getprevious()
    return m.group(0).rstrip().endswith((":", "：")) or prev is None or prev.tag != "a"


def a_release_day(el: HtmlElement) -> bool:
    """Whether a date element states a bare day that `released` names a work's release."""
    value = (el.get("datetime") or el.get("content") or "").strip()
    return len(value) <= len("2026-01-29") and not CLOCK.search(line_text(el)) and released(el)


# A picture's caption or credit: a day it names without a time is the photo's ("Archivbild vom
# 20.01.2026"). By tag only ("text-caption" and "hasCaption" name typography and layouts on
# pages looked at), and with a time it stays unless it tells of the picture in words: 2
# looked-at pages put the byline and its dated line in a <figure> with the author's photo.
_CAPTION_DEPTH = 4


def caption(el: HtmlElement) -> bool:
    """Whether a line is, or sits in, a picture's `<figure>` or `<figcaption>`."""
    for depth, node in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _CAPTION_DEPTH:
            return False
        if node.tag in ("figcaption", "figure"):
            return True
    return False


_TOLD_WORDS = 3  # lower-case words in a caption that tell what the picture shows


def tells_of_the_picture(text: str) -> bool:
    """Whether a caption's dated text tells of the picture ("Demonstranten am 01.12.2026 um
    18:00 Uhr vor dem Rathaus. Foto: dpa"): the moment it shows, not the article's. An
    author's card in a <figure> ("Anna Muster · 03.12.2026, 14:05 Uhr") has no such words."""
    words = (w for w in text.split() if len(w) > 2 and w.isalpha() and w.islower())
    return sum(1 for _ in itertools.islice(words, _TOLD_WORDS)) >= _TOLD_WORDS


# A picture's credit label ("Foto: dpa, 01.12.2026, 10:00 Uhr", "Photo: Reuters / 1 Dec 2026"):
# the date after it, within `_CREDIT_REACH` characters, is the picture's.
_CREDIT = _compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(w) for w in langwords.entries(langwords.PHOTO_CREDIT_LABELS))
    + r")\s?[:©/]",
    re.I,
)
_CREDIT_REACH = 40


def credited(text: str) -> bool:
    """Whether a caption's date follows a picture's credit label closely: the photo's date."""
    m = _CREDIT.search(text)
    return m is not None and has_year(text[m.end() : m.end() + _CREDIT_REACH])


UPDATED_START = _compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in langwords.entries(langwords.UPDATED_LABELS)) + ")",
    re.I,
)
