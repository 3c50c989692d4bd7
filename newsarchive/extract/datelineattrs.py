"""Dates kept in markup attributes: date-named `data-*` ones, full dates behind relative ones.

Read on the blocks holding the headline and just before it, then after it; not on a link
(the linked page's), nor under an "updated" label, nor another item's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

import lxml.etree
from lxml.html import HtmlElement

from newsarchive.extract.datelinearound import AFTER_HEADLINE
from newsarchive.extract.datelineitems import elsewhere
from newsarchive.extract.datelinelabels import UPDATED_START
from newsarchive.extract.datelinelinks import day_archive
from newsarchive.extract.datelinetexts import CLOCK, MAX_LINE, date_class, has_year
from newsarchive.extract.document import Document, following
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_DATA_ATTR = _compile(r"^data-(?:.*(?:date|time|publi|stamp|epoch)|(?:.*[-_])?ts$)", re.I)
_HOLDERS = 8  # blocks around the headline whose date attributes are read (looked-at: at 4-7 up)
_BEFORE_LEVELS = 3  # ... and the headline and its blocks whose preceding siblings are


def _preceding(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements before `el` in its parent, nearest first, each with what it holds."""
    for sib in el.itersiblings(preceding=True):
        if isinstance(sib.tag, str):
            yield from sib.iter(lxml.etree.Element)  # elements only, chosen in C


def attribute_dates(doc: Document) -> list[str]:
    """Values of date-named `data-*` attributes on the blocks holding the headline (an
    `<article data-published=...>`) and just before it in its block or its block's, then
    after the headline, and a date element's full date behind a relative one; not on links,
    not other items'."""
    h1 = headline(doc)
    holders: Iterable[HtmlElement] = ()
    if h1 is not None:  # the blocks around it, then a kicker or date just before it (in
        # its block, or before the block holding it: `<div data-date=..>` above `<header><h1>`)
        blocks = itertools.chain((h1,), itertools.islice(h1.iterancestors(), _BEFORE_LEVELS - 1))
        holders = itertools.chain(
            itertools.islice(h1.iterancestors(), _HOLDERS),
            itertools.islice(
                itertools.chain.from_iterable(_preceding(b) for b in blocks), AFTER_HEADLINE // 4
            ),
        )
    scope = following(h1) if h1 is not None else doc.tree.iter()
    values: list[str] = []
    for count, el in enumerate(itertools.chain(holders, scope)):
        if count > AFTER_HEADLINE * 4 or len(values) >= 3:
            break
        if el.tag in ("body", "html"):  # a page's render time, not its article's
            continue
        found = [v for k, v in el.attrib.items() if _DATA_ATTR.match(k) and v.strip()]
        found += _shown_as_relative(el)
        if found and not _on_a_link(el) and not _says_updated(el) and not elsewhere(doc, el):
            values += found
    return values


_LABEL_TEXT = 40  # characters of an element's text read for an "updated" label


def _says_updated(el: HtmlElement) -> bool:
    """Whether a date element's own text starts with an "updated" label: its attributes
    state the update (`<span data-date=...><abbr>Actualizado:</abbr> ...</span>`)."""
    text = "".join(itertools.islice(el.itertext(), 4))[:_LABEL_TEXT]
    return bool(text.strip()) and bool(UPDATED_START.match(text))


def _shown_as_relative(el: HtmlElement) -> list[str]:
    """The full date a date element keeps in its `title` or another `data-*` attribute while
    it shows a relative one (`<span class="date" title="29.01.2026, 18:40 Uhr">vor 3
    Stunden</span>`, `<abbr class="timeago" title="2026-...">`, `data-value="2026.01.29
    18:40"`): a date with its time of day, on a `<time>`, `<abbr>` or date-classed element."""
    if el.tag not in ("time", "abbr") and not date_class(el.get("class") or ""):
        return []
    return [
        v
        for k, v in el.attrib.items()
        if (k == "title" or k.startswith("data-"))
        and not _DATA_ATTR.match(k)
        and len(v) < MAX_LINE
        and has_year(v)
        and CLOCK.search(v)
    ]


def _on_a_link(el: HtmlElement) -> bool:
    """A date on a link (or inside one) is the linked page's: another item's date.

    On dev + visible world, the first date attribute after the headline was another
    item's on 3 pages, each time on an in-text link ("data-article-publish-date"). Not a
    link showing nothing but a date or time (or nothing) and leading to a day's archive (`<a href=
    "/archive/2024-10-15/" data-date=...>15 Oct 2024 - 08:22</a>`): it dates this page, as
    in_teaser_link keeps such a `<time>`."""
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    shown = link.text_content().strip()
    date_only = not shown or (
        len(shown) <= _DATE_ONLY_TEXT and (has_year(shown) or bool(CLOCK.search(shown)))
    )
    return not (date_only and day_archive(link.get("href") or ""))


_DATE_ONLY_TEXT = 40  # characters of a link's text that can be a date and no headline
