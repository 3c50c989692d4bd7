"""What makes a short text a date line, and an element's text as a reader sees it.

The lowest of datelines.py's pieces: whether a text holds a year (`has_year`, in the scripts
and calendars read) or a clock, whether a class names a date, an element's text with the
spaces a reader sees between its parts, and the label just before it. Every other dateline
module asks these of the lines it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from lxml.html import HtmlElement

from newsarchive.extract import datetext, langwords
from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import folded_search, openings

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Class words naming a date line, in the languages the extractor reads.
_DATE_CLASS = _compile(
    r"date|time|datum|zeit|fecha|hora|heure|data|dato|tarih|publi|posted|stamp", re.I
)
date_class = folded_search(_DATE_CLASS)  # (asked of most elements' classes near dates)
# Only two words: each more costs a millisecond a page, and lines under the headline are
# read whatever their class.
# Elements whose class names a date or time are read whole-page (`Document.marked.dated`), with
# <time> elements without a `datetime` attribute (their text is then the date line).
# (or four Arabic-Indic, Persian, Indic, Thai, Lao, Burmese, Khmer or full-width digits:
# dateparse reads them as 0-9; or a Thai Buddhist-era year, datetext counts it down 543 years)
# (each alternative opens with a digit, a Thai letter or an era's first character: the lookahead
# turns every other place away before the alternatives are tried, ~4 times faster; an
# alternative opening with another character adds it there)
HAS_YEAR = _compile(
    r"(?=[\d\u0e01-\u0e4e令平民])(?:"
    r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)"
    # a day past the 12th with a two-digit year ("29/01/26", "29-01-26": no month is 29), or
    # any such day with a time of day after it ("02-12-26, 14:05": a date line)
    r"|(?<!\d)(?:(?:1[3-9]|2\d|3[01])([/-])(?:0?[1-9]|1[0-2])\1\d{2}(?![\d/-])"
    rf"|(?<![/.-])\d{{1,2}}([/-])\d{{1,2}}\2\d{{2}}{datetext.SHORT_YEAR_CLOCK})"
    r"|[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
    r"\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59"
    r"\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]{4}"
    r"|(?<!\d)25[5-9]\d(?!\d)"  # a Thai Buddhist-era year
    # or its last two digits after a Thai month's abbreviation ("3 มี.ค. 69 14:05 น.")
    r"|[\u0e01-\u0e4e]\.\s?(?:\d\d|[\u0e50-\u0e59]{2})(?![\d\u0e50-\u0e59])"
    r"|(?:令和|平成)\s*(?:元|\d{1,2})\s*年"  # a Japanese era's ("令和8年12月3日")
    r"|民國\s*\d{2,3}\s*年|(?<!\d)1[01]\d\s*年\s*\d{1,2}\s*月"  # Taiwan's ("115年12月3日")
    # ... and in a numeric date ("115/12/03 14:05")
    r"|(?<![\dA-Za-z/.-])1[01]\d([/.-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01])(?![\d/.-])"
    # a day with a two-digit year just after a time of day ("14:05 3/2/26", "2:05 CH 3/2/26":
    # Vietnamese pages print the time first)
    r"|\d[:h]\d\d(?:\s*[^\W\d_]{1,3}\.?)?\s*[,|·–-]?\s*\d{1,2}([/-])\d{1,2}\4\d{2}(?![\d/-])"
    # Korean's short year-first date before a time ("26. 2. 3. 오후 2:05", CLDR's "yy. M. d.";
    # no lookbehind: one cost every search a quarter more, datetext's own pattern has it)
    r"|\d\d\.\s*\d{1,2}\.\s*\d{1,2}\.\s*(?:오[전후]\s*\d{1,2}:\d\d|\d{1,2}:\d\d\s*오[전후]))"
)
# Every text HAS_YEAR finds holds a decimal digit (\d: any script's), or the 元 of an era's
# first year ("令和元年"): most texts of a page hold neither, and one quick scan for them passes
# those over, where HAS_YEAR, its alternatives opening with lookbehinds, is tried at every
# character (about five times as long).
# (or a Ge'ez numeral: "፳፻፲፱", the Ethiopian year 2019, is read in decimal digits)
_YEAR_CHAR = _compile(r"[\d元\u1369-\u137b]")
# A Solar or lunar Hijri year in Latin digits after an Arabic-script month ("14 آذر 1405"):
# apart from HAS_YEAR, as its opening character class lets the search skip ahead (an
# alternative of HAS_YEAR is tried at every character of every text).
_HIJRI_YEAR = _compile(r"[\u0600-\u06ff]\s+1[34]\d\d(?!\d)")
# ... or a numeric Solar Hijri day in Latin digits, year first ("1403/09/15": Persian pages;
# dateparse reads it on those only), of the years 1370-1419. Opening with a literal digit, no
# lookbehind: the search skips ahead.
_SOLAR_NUMERIC = _compile(r"1(?:3[7-9]|4[01])\d([/.-])[01]?\d\1[0-3]?\d(?!\d)")
# ... or a Solar Hijri month in Latin letters before its year, or its day and year ("14 Qaws
# 1405", "Jaddi 14, 1404": Afghan papers in English).
_LATIN_SOLAR = _compile(
    r"(?i)(?<![^\W\d_])(?:"
    + "|".join(langwords.SOLAR_HIJRI_MONTHS["prs-Latn"].replace("|", " ").split())
    + r")\W{0,3}(?:\d{1,2}\W{1,3})?1[34]\d\d(?!\d)"
)


# ... or a two-digit year first with a one-digit day ("26.12.3.", "26/12/3 15:15", "26-12-3T15:15"):
# Japanese, Korean and Chinese pages' short day, which datetext reads on those only (a day of
# two digits, "26.12.03", is HAS_YEAR's); closing with a dot, a clock, a weekday in brackets
# ("26/12/3(木) 15:15"), or the text where slashes part it; Korean's spaced "26. 12. 3.".
# Not a version's figures, which end the text in dots or hyphens ("Ubuntu 24.04.1", "10.1.1",
# "v26.12.3"), nor a phone number's ("02-12-3"). Apart from HAS_YEAR, as the other year-first
# forms are: it opens with digits.
_YEAR_FIRST_ONE_DIGIT_DAY = _compile(
    r"(?<![A-Za-z\d.:/-])\d\d([./-])(?:1[0-2]|0?[1-9])\1[1-9]"
    r"(?:(?<=\.\d)\.(?!\d)|(?![\d./-])(?:\s?[(（][^\W\d_]{1,3}[)）])?"
    r"(?:\s?\d{1,2}:\d\d|T\d|(?<=/\d)\s*$|(?<=[)）])\s*$))"
    # Korean's spaced "26. 12. 3." (CLDR's "yy. M. d.") ending its text, no clock after it
    r"|(?<![\d.])\d\d\.\s\d{1,2}\.\s\d{1,2}\.\s*$"
)


Wanted = Callable[[str], object]  # a test of a text: `has_year`, a pattern's `search`


# Cached: the date cascades ask it of the same lines ~82 times a page, 38 of them distinct.
@lru_cache(maxsize=1024)
def has_year(text: str) -> bool:
    """Whether HAS_YEAR finds a year (or a date naming one) in `text`."""
    return _YEAR_CHAR.search(text) is not None and (
        HAS_YEAR.search(text) is not None
        or _HIJRI_YEAR.search(text) is not None
        or _SOLAR_NUMERIC.search(text) is not None
        or _LATIN_SOLAR.search(text) is not None
        or _YEAR_FIRST_ONE_DIGIT_DAY.search(text) is not None
        # Burmese pages type the letter wa (U+101D) for the digit zero (U+1040) in "2026"
        or ("\u101d" in text and HAS_YEAR.search(text.replace("\u101d", "\u1040")) is not None)
        or ((geez := datetext.geez_digits(text)) != text and has_year(geez))
    )


# A time of day: "15:44", "15h44", "15時44" ("15时44"), or dotted beside "Uhr"/"kl." ("15.44 Uhr").
# (a digit or the first letter of a word before the time opens each one: the lookahead turns
# other places away before the alternatives are tried)
CLOCK = _compile(
    rf"(?=\d|{openings(langwords.entries(langwords.CLOCK_BEFORE))})(?:"
    r"\d\s*[:h時时시]\s*\d\d"
    rf"|\d\.\d\d\s*(?:{'|'.join(langwords.entries(langwords.CLOCK_AFTER))})\b"
    rf"|\b(?:{'|'.join(langwords.entries(langwords.CLOCK_BEFORE))})\.?\s*\d{{1,2}}\.\d\d)",
    re.I,
)
MAX_LINE = 120


LABEL_REACH = 40  # characters before a date read for its label ("Kinostart:", "Updated on")


def label_before(el: HtmlElement) -> str:
    """The text just before an element, where a date's label stands: its previous sibling's
    (and that one's tail), else its parent's own leading text; the last LABEL_REACH characters."""
    prev = el.getprevious()
    if prev is not None:
        text = (prev.text_content() if isinstance(prev.tag, str) else "") + (prev.tail or "")
    else:
        parent = el.getparent()
        text = (parent.text or "") if parent is not None else ""
    return " ".join(text[-LABEL_REACH * 2 :].split())[-LABEL_REACH:]


def line_element(doc: Document, line: str) -> HtmlElement | None:
    """The element a visible line (or a part of one) was read from."""
    found: dict[str, HtmlElement] = doc.cache.get("line_elements", {})
    return next((el for other, el in found.items() if line in other), None)


def line_text(el: HtmlElement) -> str:
    """An element's text, with a space where an element boundary parts two digits, or a
    word or number from a capitalised word.

    "Fri, Apr 28 2023<span class=divider></span>2:23 PM EDT" is a year and a time a
    reader sees apart; joined, "20232:23" holds neither. "10.35 Uhr<br>Aktualisiert: ..."
    joined as "UhrAktualisiert" hides both the clock's word and the label.
    """
    text: str = el.text_content()
    if len(el) == 0:
        return text
    # a line break parts what it breaks ("... 09:10 Uhr<br>veröffentlicht: ...", a label
    # in lower case that no capital shows apart); only in a text short enough for a date
    # line (`MAX_LINE`): a long block is read as before, at itertext's speed
    broken = len(text) < MAX_LINE and next(el.iter("br", *_BLOCKS), None) is not None
    pieces: list[str] = list(_broken_texts(el) if broken else el.itertext())
    out = pieces[:1]
    for piece in pieces[1:]:
        last, first = out[-1][-1:], piece[:1]
        if (last.isdigit() and first.isdigit()) or (last.isalnum() and first.isupper()):
            out.append(" ")
        out.append(piece)
    return "".join(out)


# Blocks a reader sees apart: "<p>12.5.2026</p><p>klo 14.25</p>" is a day and its clock,
# not "12.5.2026klo 14.25".
_BLOCKS = ("p", "div", "dd", "dt", "li", "section", "td", "th")


def _broken_texts(el: HtmlElement) -> Iterator[str]:
    """`el.itertext()` with a space for each <br> and around each block."""
    if el.text and isinstance(el.tag, str):
        yield el.text
    for child in el:
        if child.tag == "br":
            yield " "
        elif child.tag in _BLOCKS:
            yield " "
            yield from _broken_texts(child)
            yield " "
        elif isinstance(child.tag, str):
            yield from _broken_texts(child)
        if child.tail:
            yield child.tail
