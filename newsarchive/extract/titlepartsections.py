"""The page's sections as a title's labels: the names its URL path and section metadata
give (`section_names`), marked where the page states them (`STATED`) or only its
breadcrumb trail does (`CRUMB`). A stated section opening or closing a title is the
page's filing, not the headline's; a quote's speaker (`speaker`), two names of a match
and a label the h1 shows before its headline stay.
"""

from __future__ import annotations

import itertools
from urllib.parse import unquote

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import compact, spellings
from newsarchive.extract.text import as_strings, clean
from newsarchive.extract.titlepartmarks import (
    MAX_NAME_WORDS,
    MIN_REST,
    QUOTE_END,
    QUOTE_OPEN,
    cjk_width,
)
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# Metas that name the article's section (its title may carry one: "Title - Politik - Site").
SECTION_META = (
    "article:section",
    "parsely-section",
    "sailthru.section",
    "section",
    "category",
    "dc.subject.section",
    "prism.section",
)


MAX_SECTION_SEGMENTS = 4  # URL path segments read as section names ("/politik/ausland/...")


def section_names(doc: Document) -> frozenset[str]:
    """Compact names of the page's sections: its URL's first path segments and section metadata."""
    cached: frozenset[str] | None = doc.cache.get("title_sections")
    if cached is not None:
        return cached
    path = unquote(split_url(doc.url).path)
    # the last segment is the article's slug, with or without a trailing slash
    segments = [s for s in path.split("/") if s][:-1]
    names = [s for s in segments[:MAX_SECTION_SEGMENTS] if not s.isdigit()]
    stated = [*as_strings(doc.article.get("articleSection")), *doc.all_meta(*SECTION_META)]
    names += stated
    # the names the page states for its section (not its URL's words) marked once more:
    # only these cut a leading label (`unsectioned`); not one the article's h1 shows
    # before its headline (the reader sees it as the heading's: the title, label and all)
    names += [STATED + n for n in stated if not _shown_label(doc, n)]
    found = frozenset(k for n in names if (k := _marked_compact(n)))
    doc.cache["title_sections"] = found
    return found


def stated_section(doc: Document, name: str, crumb: bool = False) -> frozenset[str]:
    """`name` (the section another source of the page states: its breadcrumb trail, Parse.ly's
    JSON) as a section the page's metadata states, marked so (`STATED`), and as a crumb's
    where only the trail names it (`crumb`, `CRUMB`); none where an h1 shows it before its
    headline."""
    key = compact(name)
    if not key or _shown_label(doc, name):
        return frozenset()
    return frozenset({STATED + key, CRUMB + key} if crumb else {STATED + key})


def _shown_label(doc: Document, name: str) -> bool:
    return any(_shows(h, name) for h in doc.elements("h1")[:MAX_SECTION_H1S])


# Marks a section name the page states in its metadata (`article:section`, JSON-LD
# `articleSection`), not one read from its URL: `compact` keeps no "=", so no part's key is one.
STATED = "="
# Marks a stated section that only the breadcrumb trail names: a person's topic page
# ("Olaf Scholz") is a crumb as often as a section is, and before a quote it is its speaker
CRUMB = "~"


def _marked_compact(name: str) -> str:
    if name.startswith(STATED):
        return STATED + k if (k := compact(name)) else ""
    return compact(name)


MAX_SECTION_H1S = 3  # the article's h1 among the page's first ones


def _opens(heading: str, label: str) -> bool:
    """Whether the heading opens with the label and a label's mark ("Panorama - ...")."""
    head = heading[: len(label)]
    return head.casefold() == label.strip().casefold() and bool(
        _LABEL_MARK.match(heading, len(label))
    )


MAX_KICKER_ELEMENTS = 4  # the h1's first few elements: a kicker's span opens it


def _shows(h1: HtmlElement, label: str) -> bool:
    """Whether the h1 shows the label before its headline: with a label's mark after it
    ("Panorama - ..."), or as a kicker in an element of its own, with or without a space
    after it ("<span>Unwetter</span><span>Sturm ...</span>"): the title as the reader sees it."""
    heading = clean(h1.text_content())
    if _opens(heading, label):
        return True
    label = label.strip().casefold()
    # (a section page's h1 of the label alone shows no headline after it)
    if len(heading) <= len(label) or not heading.casefold().startswith(label):
        return False
    kickers = itertools.islice(h1.iterdescendants("*"), MAX_KICKER_ELEMENTS)
    return any(clean(e.text_content()).casefold() == label for e in kickers)


# A label before the headline: a spaced dash or bar, a colon ("Panorama - ...", "Politik: ...")
_LABEL_MARK = _compile("(?!(?<=\\s)\\s)\\s*[-\u2013\u2014|:]\\s*")
MAX_SECTION_WORDS = 3


def is_stated_section(text: str, sections: frozenset[str]) -> bool:
    """Whether the text is the section the page's metadata states, by its name."""
    return len(text.split()) <= MAX_SECTION_WORDS and any(
        STATED + k in sections for k in spellings(compact(text))
    )


def speaker(label: str, rest: str, sections: frozenset[str]) -> bool:
    """Whether a label only the breadcrumb trail names (`CRUMB`) is the speaker of the quote
    the rest opens with ("Olaf Scholz: „Wir schaffen das“", "Macron : « ... »"): the
    headline's own words. A section the metadata states stays a label ("Sport: „...“")."""
    return bool(QUOTE_OPEN.match(rest)) and any(
        CRUMB + k in sections for k in spellings(compact(label))
    )


def unsectioned(parts: list[str], sections: frozenset[str]) -> list[str]:
    """The parts after a leading label that is the page's own section, as its metadata
    names it ("Panorama - Brand in Kiel" of a page in section "Panorama", "Wirtschaft |
    Werft schließt"): the page's word for where it files the story, not the headline's.
    A first part naming another section, or only a word of the URL's path ("Kiel - ..."
    under /kiel/, a place the story is about), stays; so does a speaker before the quote
    the rest is (the breadcrumb's deepest crumb a person's topic page)."""
    if (
        len(parts) > 2
        and _LABEL_MARK.fullmatch(parts[1])
        and is_stated_section(parts[0], sections)
        and cjk_width(rest := "".join(parts[2:])) >= MIN_REST
        and not _names_alone(rest)
        and not speaker(parts[0], rest, sections)
    ):
        return parts[2:]
    return parts


def section_closing(parts: list[str], sections: frozenset[str]) -> bool:
    """Whether the last part is the page's stated section after a dash or a bar; not a name
    after another ("FC Bayern München - Borussia Dortmund", a match on a page filed under
    the club) nor a quote's speaker ("„Ich trete nicht zurück“ - Olaf Scholz", the
    breadcrumb's deepest crumb a person's topic page)."""
    return (
        is_stated_section(parts[-1], sections)
        and bool(_LABEL_MARK.fullmatch(parts[-2]))
        and not QUOTE_END.search(parts[-3])
        and not _names_alone("".join(parts[:-2]))
    )


def _names_alone(text: str) -> bool:
    """Whether `text` is a name or two and no headline: a few words, each opening with a
    capital ("FC Bayern München", "Deutschland"). Beside a section's name after a dash it
    makes a pairing, a match's two sides ("Borussia Dortmund - FC Bayern München" filed
    under the club), no label and headline; a script without capitals never is one."""
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[0].isupper() for w in words)
