"""Where a page states its date outside its metadata: visible lines, data attributes, script state.

These are read only after JSON-LD, meta tags and <time> elements said nothing, as raw
strings in the order a reader meets them: the lines just under the headline first (the
article's own byline), then any element whose class names a date (related items' dates
come later in the page), then dates kept in `data-*` attributes, then the page's script
state ("publishedAt":"...", often JSON escaped inside a string).

This module is the cascade of visible lines (`visible_lines`, `lines_holding`: the lines
under and just before the headline, then date-classed elements, each kept or left by the
checks below). The pieces live beside it, each importing only those listed after it:

- `datelineattrs`: dates in `data-*` attributes, full dates behind relative ones;
- `datelinewire`: a press release's or agency's dateline opening the first paragraphs;
- `datelineitems`: another item's date (teasers, related and most-read lists, side columns,
  footers, comments, another item's microdata or <article>, a list of dates);
- `datelinearound`: the elements around the headline read for lines, a site's bar and clock;
- `datelineentries`: a live feed's, a ticker's or a timeline's entries and their stamps;
- `datelinelabels`: release, embargo, caption and credit, running text, a line's labels;
- `datelinelinks`: links to other pieces or a day's archive, a teaser's size;
- `datelinestate`: publication and update times in script state, article objects in scripts;
- `datelinevalues`: a value as scripts spell it (quoting, .NET, Nuxt), headlines in scripts;
- `datelinetexts`: whether a text holds a year or a clock, an element's line text, its label.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract import langwords
from newsarchive.extract.datelinearound import (
    after_headline,
    headline_blocks,
    just_before_headline,
    line_holder,
    site_clock,
)
from newsarchive.extract.datelineitems import a_list_of_dates, elsewhere, in_teaser_link
from newsarchive.extract.datelinelabels import (
    LABEL_ALONE,
    LABEL_FIRST,
    UPDATED_START,
    caption,
    credited,
    embargoed,
    in_running_text,
    released,
    tells_of_the_picture,
)
from newsarchive.extract.datelinetexts import (
    CLOCK,
    MAX_LINE,
    Wanted,
    date_class,
    has_year,
    label_before,
    line_text,
)
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import openings

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_MAX_LINES = 20


def visible_lines(doc: Document) -> list[str]:
    """Short texts holding a year, or an update's clock alone ("Actualizado a las 19:02",
    on the line after the publication's day): under the headline first, then date-classed
    elements."""
    if "datelines" not in doc.cache:
        under, classed = lines_holding(doc, _year_or_update_clock)
        doc.cache["datelines"] = under + classed
    found: list[str] = doc.cache["datelines"]
    return found


_UPDATE_CLOCK_LINE = 60  # characters of a line of an update's label and clock alone (and its zone)


def _year_or_update_clock(text: str) -> bool:
    return has_year(text) or (
        len(text) <= _UPDATE_CLOCK_LINE
        and CLOCK.search(text) is not None
        and UPDATED_START.match(text) is not None
    )


def lines_holding(doc: Document, wanted: Wanted) -> tuple[list[str], list[str]]:
    """Short texts that `wanted` finds: those under the headline (the article's own byline),
    and those of date-classed elements elsewhere (which may be other items')."""
    under: list[str] = []
    lead: list[str] = []  # a subtitle's or lead's: read after the other lines there
    seen: set[HtmlElement] = set()
    for el in itertools.chain(after_headline(doc, wanted), just_before_headline(doc, wanted)):
        holder = line_holder(el, headline_blocks(doc))
        _add(doc, lead if _in_lead(doc, holder) else under, seen, holder, wanted)
    under += lead
    classed: list[str] = []
    for el in doc.marked.dated:
        if len(under) + len(classed) >= _MAX_LINES:
            break
        if any(date_class(c.get("class") or "") for c in el.iterchildren()):
            continue  # the inner element is the date line
        if in_teaser_link(el) or site_clock(doc, el):
            continue
        _add(doc, classed, seen, el, wanted)
    return under, classed


# A subtitle or lead under the headline (a heading, or a block so named): a date in it is an
# event's ("Die Abstimmung vom 20.01.2026, 10 Uhr, wird wiederholt"), read after a byline's.
# The subtitle's and the lead's names (`langwords`), anywhere in a class ("article-lead",
# "subheadline" as "sub-head"), a hyphen optional; a three-letter one only whole ("dek", "lid").
# (a lookahead for the names' first letters: re tries the ~40 names only where one stands)
_LEAD_CLASS = _compile(
    openings(langwords.SUBTITLE_OR_LEAD_CLASSES)
    + "(?:"
    + "|".join(
        rf"\b{w}\b" if len(w) <= 3 else re.escape(w).replace(r"\-", "-?")
        for w in sorted(langwords.SUBTITLE_OR_LEAD_CLASSES, key=len, reverse=True)
    )
    + ")",
    re.I,
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_LEAD_LEVELS = 3  # the line's element and the blocks holding it, searched for a lead's mark


def _in_lead(doc: Document, el: HtmlElement | None) -> bool:
    """Whether a line under the headline is (in) its subtitle or lead: a heading element or
    a block whose class names one, and no class naming a date ("article-lead-date")."""
    if el is None:
        return False
    own = headline_blocks(doc)
    for node in itertools.islice(itertools.chain((el,), el.iterancestors()), _LEAD_LEVELS):
        if node in own:
            return False
        named = node.get("class") or ""
        if date_class(named):
            return False
        if node.tag in _HEADINGS or _LEAD_CLASS.search(named):
            return True
    return False


def _add(
    doc: Document,
    lines: list[str],
    seen: set[HtmlElement],
    el: HtmlElement | None,
    wanted: Wanted,
) -> None:
    if el is None or el in seen:
        return
    seen.add(el)
    text = line_text(el)
    if (
        len(text) < MAX_LINE
        and wanted(text)
        and not elsewhere(doc, el)
        and not (
            caption(el) and (not CLOCK.search(text) or tells_of_the_picture(text) or credited(text))
        )
        and not in_running_text(el)  # "... am <span>20.11.2026</span> hatte der Rat ..."
        and not (released(el, text) and not CLOCK.search(text))
        and not embargoed(el, text)
        and not a_list_of_dates(el, text)
    ):
        line = " ".join(text.split())
        if not LABEL_FIRST.match(line) and (label := LABEL_ALONE.match(label_before(el))):
            line = f"{label.group(1)} {line}"  # `<dt>Aktualisiert</dt><dd>30.01.2026</dd>`
        lines.append(line)
        doc.cache.setdefault("line_elements", {}).setdefault(line, el)
