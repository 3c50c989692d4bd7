"""A date element in the page's markup: where one is, whether it is this article's, whether
it names the update.

The published and modified cascades (dates.py) read `<time>`, `itemprop` and RDFa
elements; which of them count is a question of the element and its surroundings alone (a
teaser's, a banner's, another article's date is not this one's; "Actualizado el" or a
`class="updated"` names the update). It is apart from dates.py so that a newcomer finds the
element tests in one short place and dates.py keeps the cascade; it imports nothing of
dates.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement

from newsarchive.extract import datelinearound, datelineitems, datelinelabels, datelinetexts
from newsarchive.extract.dateparts import UPDATED_LINE, UPDATED_WORDS
from newsarchive.extract.document import Document
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Elements stating a date in their markup, read from the elements the page gathers once
# (`Document.marked`); each stands for the XPath in its docstring.
Markup = Callable[[Document], list[HtmlElement]]


def _published_prop(doc: Document) -> list[HtmlElement]:
    """`(//@itemprop[.='datePublished'])[position() <= 1000]/parent::*`"""
    return doc.marked.itemprop("datePublished")


def _modified_prop(doc: Document) -> list[HtmlElement]:
    """`(//@itemprop[.='dateModified'])[position() <= 1000]/parent::*`"""
    return doc.marked.itemprop("dateModified")


def _published_rdfa(doc: Document) -> list[HtmlElement]:
    """RDFa: `<span property="schema:datePublished" content="...">`
    (`parents("//@property[contains(., 'datePublished')]")`, gathered by `Document.marked`)"""
    return doc.marked.rdfa_published


def _modified_rdfa(doc: Document) -> list[HtmlElement]:
    """RDFa: `<span property="schema:dateModified" content="...">`"""
    return doc.marked.rdfa_modified


def _pubdate_times(doc: Document) -> list[HtmlElement]:
    """`//time[@pubdate]`"""
    return [el for el in doc.marked.times if el.get("pubdate") is not None]


def _article_times(doc: Document) -> list[HtmlElement]:
    """`//article//time[@datetime]`"""
    return [el for el in times(doc) if next(el.iterancestors("article"), None) is not None]


def times(doc: Document) -> list[HtmlElement]:
    """`//time[@datetime]`"""
    return [el for el in doc.marked.times if el.get("datetime") is not None]


PUBLISHED_MARKUP: tuple[Markup, ...] = (
    _published_prop,
    _published_rdfa,
    _pubdate_times,
    _article_times,
    times,
)


MODIFIED_MARKUP: tuple[Markup, ...] = (_modified_prop, _modified_rdfa)


def own_time(doc: Document, el: HtmlElement, updated_lines: bool) -> bool:
    """A date element of this article for this cascade: not another item's (in a teaser link,
    a related or teaser block, another <article> than the headline's, a distant block before
    the headline: the site's clock), nor an event's (in a sentence of the text), and for the
    published time not one whose text says it is the update ("Actualizado el 25/05/2025")."""
    if (
        datelineitems.in_teaser_link(el)
        or datelineitems.elsewhere(doc, el)
        or datelineitems.in_another_article(doc, el)
        or datelineitems.in_another_item(doc, el)
        or datelinelabels.in_running_text(el)
        or _in_banner(doc, el)
        or datelinearound.site_clock(doc, el)
        or datelinelabels.a_release_day(el)  # a reviewed film's or book's
        or datelinelabels.embargoed(el, "")  # "Sperrfrist: <time ...>": not when it went out
        or (el.tag == "time" and datelineitems.among_dates_of_pieces(doc, el))
    ):
        return False
    return updated_lines or not says_updated(el)


def _in_banner(doc: Document, el: HtmlElement) -> bool:
    """Whether a date element sits in the site's banner or navigation (a `<nav>`, or a
    `<header>` outside any `<article>` and `<main>`, not holding the headline): today's date
    there is the page's clock, not the article's."""
    h1 = headline(doc)
    if h1 is None:
        return False
    for node in el.iterancestors():
        banner = node.tag == "nav" or node.get("role") in ("banner", "navigation")
        if node.tag == "header" and not any(
            a.tag in ("article", "main") for a in node.iterancestors()
        ):
            banner = True
        if banner:
            return h1 not in node.iterdescendants()
    return False


def says_updated(el: HtmlElement) -> bool:
    """A <time> whose text, the label just before it, or its class says it is the update
    ("Actualizado el ...", `Aktualisiert: <time ...>`, `<span>Updated</span> <time ...>`,
    a WordPress theme's `<time class="updated">` beside `<time class="entry-date published">`)."""
    if el.tag != "time":
        return False
    return (
        bool(UPDATED_LINE.match(" ".join(el.text_content().split())))
        or bool(_UPDATED_LABEL_END.search(datelinetexts.label_before(el)))
        or _updated_beside_published(el)
    )


def line_marked_modified(doc: Document, text: str) -> bool:
    """Whether a visible line was read from an element `marked_modified` names the update."""
    el = datelinetexts.line_element(doc, text)
    return el is not None and marked_modified(el)


def marked_modified(el: HtmlElement) -> bool:
    """Whether the markup names a date element the update: `itemprop="dateModified"`, or a
    class naming the update and not the publication (`<time class="date-modified">`)."""
    return (el.get("itemprop") or "").strip().lower() == "datemodified" or _updated_class(el)


_UPDATE_CLASS = _compile(r"updated?|modified", re.I)


_PUBLISHED_CLASS = _compile(r"publi|entry-date", re.I)


def _updated_class(el: HtmlElement) -> bool:
    """Whether a class names the update and not the publication (hAtom's `updated`,
    "date-modified"; not "entry-date updated", a theme's only date of a post)."""
    names = el.get("class") or ""
    return bool(_UPDATE_CLASS.search(names)) and not _PUBLISHED_CLASS.search(names)


def _updated_beside_published(el: HtmlElement) -> bool:
    """A <time> classed as the update beside another <time> that is not: the update (a
    theme printing both, the update first). Alone it may be the piece's only date."""
    parent = el.getparent()
    if parent is None or not _updated_class(el):
        return False
    return any(t is not el and not _updated_class(t) for t in parent.iter("time"))


# An "updated" label ending the text before a <time> ("Aktualisiert am", "Updated:").
_UPDATED_LABEL_END = _compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in UPDATED_WORDS)
    + r")(?:\s+(?:am|on|le|el|il|den|op|em))?\W*$",
    re.I,
)
