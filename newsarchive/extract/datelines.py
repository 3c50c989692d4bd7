"""Where a page states its date outside its metadata: visible lines, data attributes, script state.

These are read only after JSON-LD, meta tags and <time> elements said nothing, as raw
strings in the order a reader meets them: the lines just under the headline first (the
article's own byline), then any element whose class names a date (related items' dates
come later in the page), then dates kept in `data-*` attributes, then the page's script
state ("publishedAt":"...", often JSON escaped inside a string).
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from urllib.parse import unquote

import lxml.etree
from lxml.html import HtmlElement

from newsarchive.extract import datetext, langwords, page_fields, placenames
from newsarchive.extract.document import Document, following
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import folded_search
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Class words naming a date line, in the languages the extractor reads.
_DATE_CLASS = _compile(
    r"date|time|datum|zeit|fecha|hora|heure|data|dato|tarih|publi|posted|stamp", re.I
)
_date_class = folded_search(_DATE_CLASS)  # (asked of most elements' classes near dates)
# Only two words: each more costs a millisecond a page, and lines under the headline are
# read whatever their class.
# Elements whose class names a date or time are read whole-page (`Document.marked.dated`), with
# <time> elements without a `datetime` attribute (their text is then the date line).
# (or four Arabic-Indic, Persian, Indic, Thai, Lao, Burmese, Khmer or full-width digits:
# dateparse reads them as 0-9; or a Thai Buddhist-era year, datetext counts it down 543 years)
HAS_YEAR = _compile(
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
    r"|\d\d\.\s*\d{1,2}\.\s*\d{1,2}\.\s*(?:오[전후]\s*\d{1,2}:\d\d|\d{1,2}:\d\d\s*오[전후])"
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


Wanted = Callable[[str], object]  # a test of a text: `has_year`, a pattern's `search`


# ... or a two-digit year first with a one-digit day ("26.12.3.", "26/12/3 15:15", "26-12-3T15:15"):
# Japanese, Korean and Chinese pages' short day, which datetext reads on those only (a day of
# two digits, "26.12.03", is HAS_YEAR's); closing with a dot, a clock or the text, a weekday
# in brackets between ("26/12/3(木) 15:15"); Korean's spaced "26. 12. 3.". Apart from
# HAS_YEAR, as the other year-first forms are: it opens with digits.
_YEAR_FIRST_ONE_DIGIT_DAY = _compile(
    r"(?<![\d.:/-])\d\d([./-])(?:1[0-2]|0?[1-9])\1[1-9]"
    r"(?:(?<=\.\d)\.(?!\d)|(?![\d./-])(?:\s?[(（][^\W\d_]{1,3}[)）])?(?:\s?\d{1,2}:\d\d|T\d|\s*$))"
    # Korean's spaced "26. 12. 3." (CLDR's "yy. M. d.") ending its text, no clock after it
    r"|(?<![\d.])\d\d\.\s\d{1,2}\.\s\d{1,2}\.\s*$"
)


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
_CLOCK = _compile(
    r"\d\s*[:h時时시]\s*\d\d"
    rf"|\d\.\d\d\s*(?:{'|'.join(langwords.entries(langwords.CLOCK_AFTER))})\b"
    rf"|\b(?:{'|'.join(langwords.entries(langwords.CLOCK_BEFORE))})\.?\s*\d{{1,2}}\.\d\d",
    re.I,
)
_MAX_LINE = 120
# Blocks holding other items (teasers, related and most-read lists; readers' comments, named
# as a whole class or its BEM parts: "article-comments", "fig-comment__date", "comment-list",
# but "date-comments-wrapper" holds an article's own date) and their depth checked.
_OTHER_ITEM = _compile(
    r"teaser|related|recommend|recirc|trending|most-read|mostread"
    r"|(?:^|[\s_-])comments?(?:$|\s|__|--|-(?:list|item|body|date|time|content|text|author|meta"
    r"|header|thread|section|container|area|block)\b)"
    # readers' comments and most-read or further-reading lists named in the page's language
    r"|kommentare|leserkommentar|commentaires|comentarios|comentários|commenti|reacties"
    r"|yorumlar|komentarze|meistgelesen|mehr-?zum-?thema|weitere-?artikel|lesetipp|most-?popular"
    r"|talkback|diskuse|diskuze",
    re.I,
)
# A live blog's entry (the page's own start is stated above them), BEM parts too
# ("live-blog__entry", "live-feed__item", "ticker__item"); not their plural, the list holding
# them ("live-updates": the start line may sit in it, above the entries). Another item's
# block where it stands alone (a widget's) or above the headline (a site's ticker); one of a
# feed's where it is one under the headline (`_among_its_kind`, `_below`).
_LIVE_ENTRY = _compile(
    r"live-?(?:blog|feed|event)?[-_]*(?:entry|post|item|update)(?!s(?![a-z]))"
    r"|ticker[-_]*(?:entry|item)(?!s(?![a-z]))",
    re.I,
)
# A chronology of the story's events ("timeline-item", "chronologie"), days or weeks of them
# with their clock times: when each thing happened, not when the article went out, nor a
# live page's feed (its oldest entry no first post). The noun only: "chronological",
# "chronologisch" name an order (a live feed's, "reverse-chronological").
_CHRONOLOGY = _compile(
    r"time-?line|c(?:h)?ronolog(?:y|ie|ia|ía)|tijdlijn|zeitleiste|zeitstrahl", re.I
)
_ANCESTORS = 8
# A teaser: a small block holding another page's headline as a link beside its date
# ("<div class=card><a href=...>Headline of another piece</a><time ...></div>").
_TEASER_BLOCK = 400  # characters of text, at most, in a block read as one teaser
_LINKED_HEADLINE = 30  # characters a link's text needs to be a headline (a name is shorter)
_TEASER_ELEMENTS = 40
# Scripts written without spaces between words (Chinese, Japanese, Thai): a headline there
# is 10 such characters or more (a name is 2-4).
_UNSPACED = _compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
_UNSPACED_HEADLINE = 10


def _a_headline(text: str) -> bool:
    """Whether a link's text reads as a headline: 30+ characters in 4+ words, or 10+
    characters of a script written without spaces ("市議会が新年度予算案を可決")."""
    if len(text) >= _LINKED_HEADLINE and text.count(" ") >= 3:
        return True
    return len(_UNSPACED.findall(text)) >= _UNSPACED_HEADLINE


_MAX_LINES = 20
_AFTER_HEADLINE = 80  # elements read after the headline
_DATA_ATTR = _compile(r"^data-(?:.*(?:date|time|publi|stamp|epoch)|(?:.*[-_])?ts$)", re.I)
_HOLDERS = 8  # blocks around the headline whose date attributes are read (looked-at: at 4-7 up)
_BEFORE_LEVELS = 3  # ... and the headline and its blocks whose preceding siblings are
# Keys naming an article's publication time in script state ("publishedAt":"...",
# `\\"datePublished\\":1717171717` inside a JSON string, `pubDate: '...'`), as written: in
# any case, "firstPublicationDate" would be an embedded video's and "pageFirstPublished" a
# first draft's on the pages looked at; the spellings below are the ones seen for the article.
STATE_KEYS = (
    "datePublished", "publishedAt", "published_at", "publishedDate", "publishDate",
    "publish_date", "publicationDate", "publication_date", "publicationTime", "publication_time",
    "firstPublished", "first_published_at", "pubDate", "pub_date",
    "published_time", "publishTime", "publish_time", "date_published", "date_gmt",
    "firstPublishDate", "first_publish_date", "firstPublishedAt", "webPublicationDate",
    "articlePublishedDate", "articlePublishDate", "publishedTime", "published", "publish",
    # .NET's PascalCase, all lower case, a data layer's "pagePublished", Italian, Spanish,
    # Portuguese
    "PublishedDate", "PublishDate", "DatePublished", "PublicationDate", "datepublished",
    "publisheddate", "publishdate", "pagePublished", "publishedOn", "published_on",
    "dataPubblicazione", "data_pubblicazione", "fechaPublicacion", "fecha_publicacion",
    "dataPublicacao", "data_publicacao",
    # a post's date and a Unix "pub" stamp beside a "mod" one; Piano's content setter
    "postDate", "pub_timestamp", "setContentCreated",
)  # fmt: skip
# Keys that may name the publication, or a piece's creation or display time: read only where
# no key above names one ("createdAt" may be an image's, "displayDate" a teaser's).
WEAK_STATE_KEYS = (
    "publishedDateTime", "publicationDateTime", "publishDateTime", "firstPublishedDate",
    "firstPublishedAt", "publishedTimestamp", "publishTimestamp", "publicationTimestamp",
    "pubdate", "releaseDate", "onlineDate", "displayDate", "display_date", "displayTime",
    "display_time", "createdAt", "created_at", "createDate", "creationDate",
    "veroeffentlichungsdatum", "erscheinungsdatum", "veroeffentlichtAm", "publiziertAm",
    "publikationsdatum", "erstelltAm", "erstellt_am", "dateFirstPublished", "date_first_published",
    "regDate", "reg_date",  # Korean CMSs' registration (입력) time, as their og:regdate meta
)  # fmt: skip
# Weak keys read only on a page in one language (each key a search of the page, ~0.5 ms on a
# large one): Korean CMSs' registration time spelt short, or as "입력" (input) says.
LANGUAGE_STATE_KEYS = {"ko": ("regDt", "reg_dt", "inputDate", "input_date")}
# Keys naming an article's last update in script state (a Next.js or Nuxt page's only statement
# of it); "updatedAt" and "lastModified" are also other records' (an image's, an author's):
# read by `state_modified_dates` as the published keys are, the page's own object first.
MODIFIED_STATE_KEYS = (
    "dateModified", "modifiedAt", "modified_at", "updatedAt", "updated_at", "lastModified",
    "dateUpdated", "updatedDate", "modifiedDate", "date_modified", "modDate", "mod_date",
)  # fmt: skip
# What those keys hold in common: a page holding none of these is not searched for each key
# (a search of a large page costs about 0.2 ms).
_MODIFIED_STEMS = ("odified", "pdated", "modDate", "mod_date")
# Keys whose value is UTC though it carries no offset (WordPress's "date_gmt").
_UTC_KEYS = ("date_gmt",)
# A key ending a longer name that says it is not the first publication ("lastPublishDate",
# "last_publish_date", "republished").
_NOT_FIRST = _compile(r"(?:last|latest|re|updated?|modified|next|un|scheduled)[_-]?$", re.I)
_HAS_OFFSET = _compile(r"(?:Z|[+-]\d\d:?\d\d)$")
# A quote as script state spells it: plain, backslash-escaped (JSON inside a JS string),
# \u0022- or \x22-escaped, or an HTML entity (JSON props in an attribute: data-props="{&quot;...";
# Angular's transfer state, `<script id="serverApp-state">{&q;publishedAt&q;:&q;...&q;}`).
_QUOTE = r"""(?:\\*(?:["']|u0022|x22)|&quot;|&#34;|&#x22;|&q;)?"""
# The value after `:` or `=` (in JavaScript also `new Date(...)`); for a setter's name, its
# argument (`tp.push(["setContentCreated", "..."])`).
# A value's characters, also JSON's escapes of them: "\u002B" for "+" (.NET's encoder), "\/" or
# "\u002F" for "/" (PHP's, a framework's stream); and .NET's "\/Date(1796319600000+0100)\/"
# (milliseconds, the offset a note). Astro's props give a value as `[type, value]`
# (`"publishedAt":[3,"2026-..."]`, 3 a Date, 0 a plain value).
_VALUE = r"[0-9](?:[0-9 :.TZ+/-]|\\+u002[bBfF]|\\+/){5,34}"
_STATE_VALUE = _compile(
    rf"{_QUOTE}\s*[:=]\s*(?:\[\d,\s*)?(?:new Date\()?{_QUOTE}(?:\\*/Date\()?({_VALUE})"
)
_SETTER_VALUE = _compile(rf"{_QUOTE}\s*,\s*{_QUOTE}({_VALUE})")
_ESCAPED_VALUE = _compile(r"\\+(?:u002[bBfF]|/)")
_DOTNET_DATE = _compile(r"/Date\((\d{10,13})")


def state_value(m: re.Match[str]) -> str:
    """The date a `_STATE_VALUE` or `_SETTER_VALUE` match holds, JSON's escapes read
    ("2026-12-03T18:40:00\u002b01:00" is "...+01:00"), .NET's `/Date(ms)/` its milliseconds."""
    value = m.group(1).strip()
    if "\\" in value:
        value = _ESCAPED_VALUE.sub(lambda e: "+" if e.group(0)[-1] in "bB" else "/", value)
    if "Date(" in m.group(0) and (d := _DOTNET_DATE.search(m.group(0))):
        return d.group(1)
    return value


_SETTERS = ("setContentCreated",)
# A key's value named by a parameter of Nuxt 2's state function (`publishedAt:c` ...
# `}(null,"x","2026-01-29T17:40:00Z"))`): the parameter's name.
_STATE_REFERENCE = _compile(r"\s*:\s*([A-Za-z_$][\w$]{0,2})\s*[,}]")
_NUXT = "__NUXT__=(function("
# Nuxt 3 keeps its state as one JSON array; an object's value is the index of its own value
# there (`"publishedAt":57`), read only on a page holding that array.
_NUXT_DATA = 'id="__NUXT_DATA__"'
_STATE_INDEX = _compile(r"""["']\s*:\s*(\d{1,6})\s*[,}]""")
_JS_TOKEN = _compile(
    r""""[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*'|[()\[\]{},]|[^"'()\[\]{},]+""", re.S
)


def visible_lines(doc: Document) -> list[str]:
    """Short texts holding a year, or an update's clock alone ("Actualizado a las 19:02",
    on the line after the publication's day): under the headline first, then date-classed
    elements."""
    if "datelines" not in doc.cache:
        under, classed = lines_holding(doc, _year_or_update_clock)
        doc.cache["datelines"] = under + classed
    found: list[str] = doc.cache["datelines"]
    return found


_UPDATE_CLOCK_LINE = 40  # characters of a line of an update's label and clock alone


def _year_or_update_clock(text: str) -> bool:
    return has_year(text) or (
        len(text) <= _UPDATE_CLOCK_LINE
        and _CLOCK.search(text) is not None
        and _UPDATED_START.match(text) is not None
    )


def lines_holding(doc: Document, wanted: Wanted) -> tuple[list[str], list[str]]:
    """Short texts that `wanted` finds: those under the headline (the article's own byline),
    and those of date-classed elements elsewhere (which may be other items')."""
    under: list[str] = []
    lead: list[str] = []  # a subtitle's or lead's: read after the other lines there
    seen: set[HtmlElement] = set()
    for el in itertools.chain(_after_headline(doc, wanted), _just_before_headline(doc, wanted)):
        holder = _line_holder(el, _headline_blocks(doc))
        _add(doc, lead if _in_lead(doc, holder) else under, seen, holder, wanted)
    under += lead
    classed: list[str] = []
    for el in doc.marked.dated:
        if len(under) + len(classed) >= _MAX_LINES:
            break
        if any(_date_class(c.get("class") or "") for c in el.iterchildren()):
            continue  # the inner element is the date line
        if in_teaser_link(el) or site_clock(doc, el):
            continue
        _add(doc, classed, seen, el, wanted)
    return under, classed


# A subtitle or lead under the headline (a heading, or a block so named): a date in it is an
# event's ("Die Abstimmung vom 20.01.2026, 10 Uhr, wird wiederholt"), read after a byline's.
# The subtitle's and the lead's names (`langwords`), anywhere in a class ("article-lead",
# "subheadline" as "sub-head"), a hyphen optional; a three-letter one only whole ("dek", "lid").
_LEAD_CLASS = _compile(
    "|".join(
        rf"\b{w}\b" if len(w) <= 3 else re.escape(w).replace(r"\-", "-?")
        for w in sorted(langwords.SUBTITLE_OR_LEAD_CLASSES, key=len, reverse=True)
    ),
    re.I,
)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_LEAD_LEVELS = 3  # the line's element and the blocks holding it, searched for a lead's mark


def _in_lead(doc: Document, el: HtmlElement | None) -> bool:
    """Whether a line under the headline is (in) its subtitle or lead: a heading element or
    a block whose class names one, and no class naming a date ("article-lead-date")."""
    if el is None:
        return False
    own = _headline_blocks(doc)
    for node in itertools.islice(itertools.chain((el,), el.iterancestors()), _LEAD_LEVELS):
        if node in own:
            return False
        named = node.get("class") or ""
        if _date_class(named):
            return False
        if node.tag in _HEADINGS or _LEAD_CLASS.search(named):
            return True
    return False


_CLOCK_DEPTH = 5  # levels above the headline within which a line before it is the article's


def site_clock(doc: Document, el: HtmlElement) -> bool:
    """Whether a date element is the site's clock: before the headline, in a part of the page
    that meets the headline's only more than 5 levels above it (a top bar's "Friday, April 28,
    2023", "torsdag 8 januari 2026 Dagens namn: Erland").

    Looked-at pages: the 9 dated lines so placed (7-15 levels up) are the day of the crawl (5
    another day than the article's); the 4 article date lines before a headline meet it 1-2 up.
    """
    h1 = headline(doc)
    if h1 is None:
        return False
    path: dict[HtmlElement, tuple[int, HtmlElement]] = {}
    child = h1
    for depth, node in enumerate(h1.iterancestors(), 1):
        path[node] = (depth, child)
        child = node
    child = el
    for node in el.iterancestors():
        if node in path:
            depth, h1_child = path[node]
            return depth > _CLOCK_DEPTH and node.index(child) < node.index(h1_child)
        child = node
    return False


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
        if _date_class(node.get("class") or ""):
            return False
        text = node.text_content()
        if len(text) - len(el.text_content()) <= _RUNNING_TEXT:
            return False
        words = (w for w in text.split() if len(w) > 2 and w.isalpha() and w.islower())
        return sum(1 for _ in itertools.islice(words, _RUNNING_WORDS)) >= _RUNNING_WORDS
    return False


def in_teaser_link(el: HtmlElement) -> bool:
    """Whether a date sits in a link that also carries a headline: another item's date.

    On dev + visible world, 38 of 39 <time> elements inside a link state another item's
    date (34 another day); the one that was the article's own was the link's whole text
    (a link to the day's archive), which this keeps. Date lines are read the same way.
    """
    for link in el.iterancestors("a"):
        own = len(el.text_content())
        return link.get("href") is not None and len(link.text_content().strip()) > own + 20
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
        len(text) < _MAX_LINE
        and wanted(text)
        and not elsewhere(doc, el)
        and not (caption(el) and (not _CLOCK.search(text) or _told(text) or _credited(text)))
        and not in_running_text(el)  # "... am <span>20.11.2026</span> hatte der Rat ..."
        and not (released(el, text) and not _CLOCK.search(text))
        and not embargoed(el, text)
        and not _a_list_of_dates(el, text)
    ):
        line = " ".join(text.split())
        if not _LABEL_FIRST.match(line) and (label := _LABEL_ALONE.match(label_before(el))):
            line = f"{label.group(1)} {line}"  # `<dt>Aktualisiert</dt><dd>30.01.2026</dd>`
        lines.append(line)
        doc.cache.setdefault("line_elements", {}).setdefault(line, el)


# A date line's label in the element before it (`<dt>Aktualisiert</dt><dd>...</dd>`,
# `<span class="label">Erstellt:</span> <span>...</span>`): read as the line's own, so an
# update labelled so is not taken for the publication. Not where the line has a label, nor
# where the text before holds more than the label ("30.01.2026, 18:40 Uhr aktualisiert" labels
# its own date).
_LABEL_WORDS = "|".join(re.escape(w) for w in langwords.DATE_LABELS)
_LABEL_FIRST = _compile(rf"^\W*(?:{_LABEL_WORDS})(?!\w)", re.I)
_LABEL_ALONE = _compile(
    rf"^\W*({_LABEL_WORDS})(?:\s+(?:am|on|le|el|il|den|op|em|um|at))?\W*$", re.I
)


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


# A press release's or agency piece's dateline opening its first paragraphs: a place in
# capitals or a capitalised one, a comma and its day, then the wire's mark or a dash ("BERLIN,
# 13. Mai 2026 /PRNewswire/ -- ...", "Wien, 4. Dezember 2026 (APA) - ..."), or the wire's
# mark before the day ("MUNICH--(BUSINESS WIRE)--May 13, 2026--..."). The release's own day;
# a date elsewhere in the text is an event's.
_WIRE = (
    r"(?:/?\s?\(?[A-Z][\w .&-]{1,30}(?:WIRE|Newswire|NEWSWIRE)[\w .-]{0,20}\)?/?"
    r"|/[\w .-]{2,30}/|\([A-Za-z][\w ./-]{1,20}\))"
)
_DASH = r"(?:--|[\u2013\u2014-])"
_WIRE_DATELINE = _compile(
    rf"^\s*(?P<place>[^\W\d_][^\W\d_ .'-]{{1,30}}(?:[ .'-]{{1,2}}[^\W\d_]{{2,20}}){{0,3}})"
    rf"(?:,\s?[^\W\d_][^\W\d_ .]{{1,30}})?"
    # (or a full stop right after the day's year: "Berlin, 5. Dezember 2026. Der Rat ...")
    rf"(?:,\s?(?P<day>[^/()\n]{{6,40}}?)\s?(?:(?P<wire>{_WIRE})\s?{_DASH}?|{_DASH}|(?<=\d{{4}})\.)\s"
    rf"|\s?{_DASH}?\s?{_WIRE}\s?{_DASH}\s?(?P<after>[^\n]{{6,30}}?)\s?{_DASH})"
)
_WIRE_PARAGRAPHS = 3  # the first paragraphs after the headline read for a dateline
_WIRE_ELEMENTS = 60


def wire_dateline(doc: Document) -> str | None:
    """The day a dateline opening one of the article's first paragraphs states, with its
    time if any (a press release's, an agency's: `_WIRE_DATELINE`): behind a wire's mark or
    a place in capitals."""
    found = _first_dateline(doc)
    return found[0] if found is not None and not found[1] else None


def title_case_dateline(doc: Document) -> str | None:
    """The day of a dateline behind a place in title case ("Madrid, 5 de diciembre de 2026 -
    El ..."): weaker, as a sentence may open so ("Meanwhile, 4 December 2026 - The ..."), so
    read only where nothing else dates the page."""
    found = _first_dateline(doc)
    return found[0] if found is not None and found[1] else None


def _first_dateline(doc: Document) -> tuple[str, bool] | None:
    """The first paragraphs' dateline's day and whether only its place's title case made it
    one (both cascades' stages ask: read once)."""
    if "dateline" not in doc.cache:
        doc.cache["dateline"] = _read_dateline(doc)
    found: tuple[str, bool] | None = doc.cache["dateline"]
    return found


def _read_dateline(doc: Document) -> tuple[str, bool] | None:
    h1 = headline(doc)
    if h1 is None:
        return None
    seen = 0
    for el in itertools.islice(following(h1), _WIRE_ELEMENTS):
        if el.tag != "p":
            continue
        seen += 1
        if seen > _WIRE_PARAGRAPHS:
            return None
        line = " ".join(el.text_content()[:160].split())
        m = _WIRE_DATELINE.match(line)
        if m is not None and _weekday_aside(m.group("wire")):
            return None  # "However, on May 13, 2026 (Wednesday) - ...": a sentence
        if m is None:
            continue
        if m["place"].casefold() in _UPDATE_WORDS:
            continue  # "UPDATE, December 5, 2026. ...": an update's note, no dateline
        if m["place"].isupper() and _capitals_sentence(doc, m["place"]):
            continue  # "MEANWHILE, 5 December 2026 - ...": a sentence's word in capitals
        strong = m.group("day") is None or bool(m.group("wire")) or m["place"].isupper()
        if strong or (
            _title_case_place(m["place"], m["day"])
            and not line[m.end() : m.end() + 1].islower()
            and not _sentence_word(doc, m["place"])
        ):
            # a dash or full stop alone after the day only behind a place ("BERLIN, 13. Mai
            # 2026 -- ...", "Madrid, 5 de diciembre de 2026. El ..."): "Am Montag, 4. Dezember
            # 2026 - so der Rat - ..." is a sentence, and so is a title-case phrase before a
            # lower-case aside ("Meanwhile, 4 December 2026 - a Friday - ...")
            found = m.group("day") or m.group("after")
            return (found, not strong) if has_year(found) else None
    return None


# Words opening a sentence's phrase before a day, never a place's: a weekday's, a relative
# day's ("Gestern, 4. Dezember 2026 - ..."), a month's alone; a place's inner word of up to
# three letters in lower case ("Frankfurt am Main", "Rio de Janeiro": "Janeiro" is a month's
# name too).
_NOT_PLACE_WORDS = frozenset(
    langwords.entries(langwords.TODAY_WORDS) + langwords.entries(langwords.YESTERDAY_WORDS)
)
_PLACE_INNER = 3
# The article a dateline's day may open with ("Paris, le 5 décembre 2026", "Stockholm, den 5
# december 2026"); any other word ("However, on 4 December 2026 - ...") opens a sentence's.
_DAY_ARTICLES = frozenset(("le", "den"))


def _title_case_place(place: str, day: str) -> bool:
    """Whether a dateline's place is a city's name in title case ("Berlin", "Den Haag",
    "Frankfurt am Main") before the day itself: not a phrase of a sentence ("Am Montag",
    "Last year", "El lunes", "However, on 4 December 2026")."""
    words = place.replace("-", " ").split()
    if not words or not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    if len(words) == 1 and datetext.month_number(words[0]) is not None:
        return False
    for i, word in enumerate(words):
        folded = word.casefold()
        if folded in datetext.WEEKDAY_NAMES or folded in _NOT_PLACE_WORDS:
            return False
        if not word[0].isupper() and (i == 0 or len(word) > _PLACE_INNER):
            return False
    first = day.split(maxsplit=1)[0].rstrip(".,").casefold()
    return (
        first[:1].isdigit()
        or first in _DAY_ARTICLES
        or first in datetext.WEEKDAY_NAMES
        or datetext.month_number(first) is not None
    )


# An update's label written where a wire's place stands ("UPDATE, December 5, 2026. ..."):
# a note the piece was changed that day, no dateline's place.
_UPDATE_WORDS = frozenset(langwords.entries(langwords.UPDATED_LABELS))
_CONNECTIVES = {
    lang: frozenset(langwords.entries({lang: words}))
    for lang, words in langwords.CONNECTIVES.items()
}


_DOTLESS_I_LANGS = ("tr", "az")


def _capitals_sentence(doc: Document, place: str) -> bool:
    """Whether a dateline's place in capitals is a sentence's words: a connective alone
    ("MEANWHILE"), or before words ending in a known place ("MEANWHILE IN BERLIN"). Capitals
    give no other sign: "STILL RIVER" (Massachusetts), a name the table does not know,
    opens with a connective and is the place."""
    words = place.split()
    if len(words) > 1 and not any(
        placenames.is_known_place(" ".join(words[k:])) for k in range(1, len(words))
    ):
        return False
    return _sentence_word(doc, place)


def _sentence_word(doc: Document, place: str) -> bool:
    """Whether a title-case dateline's place is a sentence's words ("Meanwhile, 4 December
    2026 - The council ...", "Meanwhile in Berlin, ..."): opening with a connective of the
    page's language (`langwords.CONNECTIVES`) that no town where it is spoken is called ("Ora"
    in South Tyrol on an Italian page is the town, "Auch" in France on a German one "also"),
    nor a place of more words ("Prima Porta", "Além Paraíba"). Not any word the page also
    writes in lower case: small towns are called so ("Street", "Wells", "Buchen")."""
    lang = (page_fields.language(doc) or "").split("-")[0]
    first = place.split(maxsplit=1)[0]
    if lang in _DOTLESS_I_LANGS:  # Turkish capitals: a capital I is a dotless one's
        first = first.replace("I", "ı").replace("İ", "i")
    if first.casefold() not in _CONNECTIVES.get(lang, ()):
        return False
    if " " in place:
        return not placenames.is_known_place(place)
    return not placenames.town_where_spoken(place, lang)


def _weekday_aside(wire: str | None) -> bool:
    """Whether a dateline's mark in parentheses is a weekday's name ("(Wednesday)"), no wire's."""
    return wire is not None and wire.strip(" ()/").casefold() in datetext.WEEKDAY_WORDS


# Any label a date line opens with (published, updated, "as of"): two dates a label parts are
# the publication and the update of one piece.
_ANY_LABEL = _compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in langwords.DATE_LABELS) + r")(?!\w)", re.I
)


def _a_list_of_dates(el: HtmlElement, text: str) -> bool:
    """Whether a block holds a list of dates rather than a date line: two or more of its texts
    state a year each and no label names them the publication and the update (a date-classed
    `<div class="dates">` listing other pieces' days, an archive box's "1 December 2026 09:00:
    Council meets" rows), or one row of such a list (an `<li>` beside another dated `<li>`
    no label names: a byline's `<li>02.12.2026</li><li>Aktualisiert 03.12.2026</li>` stays). Its
    first date is no more the article's than its last."""
    if el.tag == "li" and not _ANY_LABEL.search(text):
        # one row of such a list: another row dated too
        rows = itertools.chain(
            itertools.islice(el.itersiblings("li", preceding=True), _LIST_SIBLINGS),
            itertools.islice(el.itersiblings("li"), _LIST_SIBLINGS),
        )
        return any(has_year(t := row.text_content()) and not _ANY_LABEL.search(t) for row in rows)
    if len(el) == 0 or sum(1 for _ in itertools.islice(HAS_YEAR.finditer(text), 2)) < 2:
        return False
    dated = sum(1 for t in el.itertext() if has_year(t))
    return dated >= 2 and not _ANY_LABEL.search(text)


def among_dates_of_pieces(doc: Document, el: HtmlElement) -> bool:
    """Whether a `<time>` sits among other `<time>`s of other days or times, each beside a
    link to another piece, in one small block (a date-classed box listing other pieces with
    their times, `<time>` and `<a>` as siblings): another piece's time, not the article's."""
    for block in itertools.islice(el.iterancestors(), 2):
        if block.tag in ("body", "html", "main") or _larger_than(block, _TEASER_ELEMENTS):
            return False
        stamps = {t.get("datetime") for t in block.iter("time")}
        if len(stamps) < 2:
            continue
        pieces = sum(
            1
            for a in block.iter("a")
            if (href := a.get("href")) and a.get("rel") != "author" and to_another_piece(doc, href)
        )
        return pieces >= 2
    return False


_ENTRY_TEXT = 40  # characters of its own an entry of a feed holds beside its time
_ENTRY_SIBLINGS = 12  # the sibling blocks read for another entry
# A live page's entry as its class names it ("entry", "live-update", "ticker-item", "post"),
# one word of a class name; and the blocks above a date line read for one.
_ENTRY_CLASS = _compile(r"(?:^|[-_])(?:entry|post|update|item)(?:$|[-_])", re.I)
_ENTRY_DEPTH = 3
_CLASSED_ENTRIES = 3  # blocks of one tag and class, at least, that make a feed


def in_a_classed_entry(el: HtmlElement) -> bool:
    """Whether a date line's element stamps one entry of a feed its classes name, where the
    stamp is no `<time>` (`opens_an_entry`): its block so named holds text of its own and no
    headline, beside two or more blocks of its tag and class. A byline's box, the article's
    own body ("entry-content") stand alone."""
    for block in itertools.islice(el.iterancestors(), _ENTRY_DEPTH):
        parent = block.getparent()
        if parent is None or block.tag in ("body", "html", "main"):
            return False
        name = block.get("class") or ""
        if not any(_ENTRY_CLASS.search(word) for word in name.split()):
            continue
        if block.find(".//h1") is not None:
            return False
        own = len(" ".join(block.text_content().split())) - len(line_text(el))
        same = sum(
            1
            for sibling in itertools.islice(parent.iterchildren(block.tag), _ENTRY_SIBLINGS)
            if sibling.get("class") == name
        )
        return own >= _ENTRY_TEXT and same >= _CLASSED_ENTRIES
    return False


def opens_an_entry(el: HtmlElement) -> bool:
    """Whether a date element stamps one entry of a feed in the article (a live blog's or a
    ticker's posts, a thread's replies): its block (or that block's parent) holds this one
    time and text of its own, and so does a sibling block of the same tag, of another moment.
    An entry's time is that post's, not when the article went out; a byline's pair of times
    (published, updated) holds no text beside them."""
    for block in itertools.islice(el.iterancestors(), 2):
        parent = block.getparent()
        if parent is None or block.tag in ("body", "html", "main", "article"):
            return False
        if sum(1 for _ in itertools.islice(parent.iter("time"), 2)) < 2:
            continue  # no other time beside it: no other entry
        own = _entry_stamp(block)
        if own is None:
            continue
        for sibling in itertools.islice(parent.iterchildren(block.tag), _ENTRY_SIBLINGS):
            if sibling is not block and _entry_stamp(sibling) not in (None, own):
                return True
    return False


def _entry_stamp(block: HtmlElement) -> str | None:
    """The stamp of a feed entry's one `<time>`, where the block holds text of its own beside
    it and no headline; else None."""
    times = list(itertools.islice(block.iter("time"), 2))
    if len(times) != 1 or block.find(".//h1") is not None:
        return None
    text = len(" ".join(block.text_content().split()))
    if text - len(" ".join(times[0].text_content().split())) < _ENTRY_TEXT:
        return None
    stamp: str = times[0].get("datetime") or times[0].text_content().strip()
    return stamp


def a_release_day(el: HtmlElement) -> bool:
    """Whether a date element states a bare day that `released` names a work's release."""
    value = (el.get("datetime") or el.get("content") or "").strip()
    return len(value) <= len("2026-01-29") and not _CLOCK.search(line_text(el)) and released(el)


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


def beside_a_piece(doc: Document, line: str) -> bool:
    """Whether a visible line (or a part of one) stands beside a link to another piece,
    however short its text ("<a href=/politik/hallenbad-101.html>Hallenbad</a>
    Veröffentlicht: 28.11.2026"): perhaps a teaser's; too weak a sign to drop the line,
    enough not to let it override the page's metadata."""
    found: dict[str, HtmlElement] = doc.cache.get("line_elements", {})
    return any(line in other and beside_a_piece_link(doc, el) for other, el in found.items())


def line_element(doc: Document, line: str) -> HtmlElement | None:
    """The element a visible line (or a part of one) was read from."""
    found: dict[str, HtmlElement] = doc.cache.get("line_elements", {})
    return next((el for other, el in found.items() if line in other), None)


# A feed entry's text: its stamp's element, what follows it there and the blocks after it,
# with a lower-case word (of three letters or more) telling something ("Members arrive", "Die
# Sitzung ist eröffnet"); a results or fixture list's line ("29.11. 15:30 FC Nordstadt - SV
# Südhafen 2:1") has names and scores only.
_ENTRY_TEXT_BLOCKS = 2
_TOLD_ENTRY_WORDS = 1
_ENTRY_STEPS = 3  # the stamp's element and the wrappers holding only it
_TABLE_TAGS = frozenset(("td", "th", "tr", "table"))


def tells_an_entry(doc: Document, line: str) -> bool:
    """Whether a stamp's line opens an entry with text of its own, as a live ticker's do: not
    a table's row (a fixture list's, a schedule's), nor an item of names and scores. A line
    whose element is not known, or text in a script without letter case, is given the
    benefit of the doubt (read as before)."""
    el = line_element(doc, line)
    if el is None:
        return True
    if el.tag in _TABLE_TAGS or any(
        n.tag in _TABLE_TAGS for n in itertools.islice(el.iterancestors(), _ENTRY_STEPS)
    ):
        return False
    node = el
    for _ in range(_ENTRY_STEPS):
        after = itertools.islice(node.itersiblings(), _ENTRY_TEXT_BLOCKS)
        text = " ".join((node.text_content(), node.tail or "", *(n.text_content() for n in after)))
        parent = node.getparent()
        # a stamp's short line holds the score, wherever its spans end ("<span>29.11.
        # 15:30</span> <span>FC Nordstadt</span> <span>gegen</span> ... <span>2:1</span>")
        line = parent.text_content() if parent is not None else ""
        scores = max(
            len(_SCORE.findall(text)), len(_SCORE.findall(line)) if len(line) < _MAX_LINE else 0
        )
        if _told_entry(text, scores):
            return True
        if parent is None or parent.text_content().strip() != node.text_content().strip():
            return False
        node = parent
    return False


def _told_entry(text: str, scores: int) -> bool:
    """Whether text tells something: a lower-case word (three a match's score in it), or
    letters of no case (a script this cannot tell by)."""
    cased = sum(1 for c in text if c.isupper() or c.islower())
    uncased = sum(1 for c in text if c.isalpha()) - cased
    if uncased > cased:
        return True
    words = (w.strip(_TOKEN_MARKS) for w in text.split())
    told = (w for w in words if len(w) > 2 and w.isalpha() and w.islower())
    # a result's words beside its score ("FC Nordstadt gegen SV Südhafen 2:1", "Bayern 2:1 gegen
    # Dortmund", "Leeds 2-1 at home") are names and a link word: fewer than three lower-case
    # words a score is a results list, where a ticker's entry tells in sentences
    needed = _TOLD_ENTRY_WORDS + _TOLD_PER_SCORE * scores
    return sum(1 for _ in itertools.islice(told, needed)) >= needed


_TOKEN_MARKS = ".,;:!?\"'«»„“”()[]"
# A match's score: "2:1", "0 : 0", "3-2" (or with an en dash); not a clock, "15:30", nor a
# day, "3-12-26"
_SCORE = _compile(r"(?<![\d:./-])\d{1,2}\s?[:–-]\s?\d(?![\d:./-])")
_TOLD_PER_SCORE = 3


def beside_a_piece_link(doc: Document, el: HtmlElement) -> bool:
    """Whether the line's element or one of its two small blocks holds a link to another
    piece (not an author's, `rel="author"`)."""
    for block in itertools.chain((el,), itertools.islice(el.iterancestors(), 2)):
        if (
            block.tag in ("body", "html", "main")
            or _larger_than(block, _TEASER_ELEMENTS)
            or len(block.text_content()) > _TEASER_BLOCK
        ):
            return False
        if _a_piece_among(doc, block.iterdescendants("a")):
            return True
    return False


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


def _told(text: str) -> bool:
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


def _credited(text: str) -> bool:
    """Whether a caption's date follows a picture's credit label closely: the photo's date."""
    m = _CREDIT.search(text)
    return m is not None and has_year(text[m.end() : m.end() + _CREDIT_REACH])


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
    # line (`_MAX_LINE`): a long block is read as before, at itertext's speed
    broken = len(text) < _MAX_LINE and next(el.iter("br", *_BLOCKS), None) is not None
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


def elsewhere(doc: Document, el: HtmlElement) -> bool:
    """Whether a line sits in another item's teaser block (related, most-read lists).

    A block holding the headline is the article's own, whatever its class says (a page
    under /recommended/ wraps its article in "recommended-..." blocks). A block named only
    "teaser" counts where it is a list or holds a link to another piece: German CMSs call an
    article's own lead its "Teaser" (`id="artikel-teaser"`).
    """
    # once an element a page: the date cascades ask it again of one in four lines (a line
    # read for the publication, then for the update); the tree does not change after `parse`
    known: dict[HtmlElement, bool] = doc.cache.setdefault("elsewhere", {})
    found = known.get(el)
    if found is None:
        found = known[el] = _elsewhere(doc, el)
    return found


def _elsewhere(doc: Document, el: HtmlElement) -> bool:
    own = _headline_blocks(doc)
    if _in_a_list_of_pieces(doc, el, own):
        return True
    for depth, node in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _ANCESTORS or node in own:
            return False
        if depth <= 2 and _beside_a_headline_link(doc, node, el):
            return True
        if (node.tag == "aside" or node.get("role") == "complementary") and _side_column(doc, node):
            return True
        if (node.tag == "footer" or node.get("role") == "contentinfo") and _site_footer(doc, node):
            return True
        word = _other_item(node.get("class") or "") or _other_item(node.get("id") or "")
        if word and (word != "teaser" or _other_teaser(doc, node)):
            return True
        if _live_entry(node.get("class") or "") and not (
            _among_its_kind(node) and _below(own, node)
        ):
            return True
        if _chronology(node.get("class") or "") and _an_event(el, node):
            return True
    return False


@lru_cache(maxsize=1024)
def _chronology(name: str) -> bool:
    """Whether a class names a chronology of events (`_CHRONOLOGY`)."""
    return _CHRONOLOGY.search(name) is not None


@lru_cache(maxsize=1024)
def _live_entry(name: str) -> bool:
    """Whether a class names a live blog's entry (`_LIVE_ENTRY`); cached as `_other_item`."""
    return _LIVE_ENTRY.search(name) is not None


def _among_its_kind(block: HtmlElement) -> bool:
    """Whether a block stands among two or more of its tag and class: a live entry one of a
    live page's feed, whose stamps the dates cascade reads as one (its first post dating a
    page that states no start above them), not a widget's lone item; a timeline's event.
    Unclassed, a list's item only: a byline's bare <p> stands among the story's."""
    parent = block.getparent()
    name = block.get("class")
    if parent is None or (name is None and block.tag != "li"):
        return False
    same = itertools.islice(parent.iterchildren(block.tag), _ENTRY_SIBLINGS)
    return sum(1 for sibling in same if sibling.get("class") == name) >= _CLASSED_ENTRIES


def _below(own: frozenset[HtmlElement], block: HtmlElement) -> bool:
    """Whether a block comes after the headline (`own`: it and the blocks holding it): a
    live page's feed runs under its headline; a site's ticker of other stories above it
    ("<div class=newsticker>" before the article) is no first post of this one."""
    return any(
        sib in own
        for node in itertools.chain((block,), block.iterancestors())
        for sib in node.itersiblings(preceding=True)
    )


_STORY_TEXT = 200  # characters of the headline's <article> besides the headline: a story's


def after_the_article(doc: Document, el: HtmlElement) -> bool:
    """Whether `el` comes after the headline's own `<article>`, outside it, where that
    article holds a story (text beyond the headline): what follows is the site's (a ticker
    of other stories, a list of more), not the piece's; an `<article>` holding the headline
    alone is a header, and a live page's feed may run after it."""
    if "story_article" not in doc.cache:
        h1 = headline(doc)
        article = next(h1.iterancestors("article"), None) if h1 is not None else None
        if (
            article is not None
            and h1 is not None
            and (len(article.text_content()) - len(h1.text_content()) < _STORY_TEXT)
        ):
            article = None
        doc.cache["story_article"] = article
    article = doc.cache["story_article"]
    if article is None:
        return False
    holding = {article, *article.iterancestors()}  # the article and the blocks around it
    for node in itertools.chain((el,), el.iterancestors()):
        if node is article:
            return False
        if any(sib in holding for sib in node.itersiblings(preceding=True)):
            return True
    return False


def _an_event(el: HtmlElement, chronology: HtmlElement) -> bool:
    """Whether a date sits in one of a chronology's entries, blocks of one kind from `el` up
    to the block naming it ("timeline-item", a "timeline" list's items): a layout or theme
    named so ("article-body timeline-layout") holds a byline, no event."""
    for node in itertools.chain((el,), el.iterancestors()):
        if _among_its_kind(node):
            return True
        if node is chronology:
            return False
    return False


@lru_cache(maxsize=4096)
def _other_item(name: str) -> str | None:
    """The word of a class or id naming another item's block (`_OTHER_ITEM`), lower-cased.
    Cached: every date line's ancestors are read, so a page asks of the same few names
    again and again (as a site's pages do), and the words are searched at every position."""
    m = _OTHER_ITEM.search(name)
    return m.group(0).lower() if m else None


_LIST_LEVELS = 4  # a date's element and the blocks holding it, searched for a list's item
_LIST_SIBLINGS = 4  # siblings on each side of an item read for another item of its kind


def _in_a_list_of_pieces(doc: Document, el: HtmlElement, own: frozenset[HtmlElement]) -> bool:
    """Whether a date sits in one item of a list of other pieces: a small block that links
    another piece beside a block of its kind (tag and class) that links one too. A most-read
    list or a row of cards ("<li><a href=/politik/haushalt-beschlossen-99.html>Haushalt
    beschlossen</a> <span>03.12.2026 07:00</span></li>") names its pieces however shortly,
    in any language and under any class; `_beside_a_headline_link` reads a lone teaser by
    its long headline."""
    for depth, item in enumerate(itertools.chain((el,), el.iterancestors())):
        if depth > _LIST_LEVELS or item in own or item.tag in ("body", "html", "main"):
            return False
        if _larger_than(item, _TEASER_ELEMENTS):
            return False
        if not _links_another_piece(doc, item):  # read first: text_content copies a block
            continue
        if len(item.text_content()) > _TEASER_BLOCK:
            return False
        kind = (item.tag, item.get("class"))
        if any(
            (sib.tag, sib.get("class")) == kind and _links_another_piece(doc, sib)
            for sib in itertools.chain(
                itertools.islice(item.itersiblings(preceding=True), _LIST_SIBLINGS),
                itertools.islice(item.itersiblings(), _LIST_SIBLINGS),
            )
        ):
            return True
    return False


def _links_another_piece(doc: Document, block: HtmlElement) -> bool:
    """Whether a block (or the block itself, a link) holds a link to another piece."""
    return _a_piece_among(doc, block.iter("a"))


def _a_piece_among(doc: Document, links: Iterable[HtmlElement]) -> bool:
    """Whether one of the links goes to another piece: not an author's (`rel="author"`),
    not this page's, not a page that is no piece (`_NOT_A_PAGE`)."""
    for link in links:
        href = link.get("href")
        if href is None or link.get("rel") == "author" or _NOT_A_PAGE.search(href):
            continue
        if to_another_piece(doc, href):
            return True
    return False


def _other_teaser(doc: Document, node: HtmlElement) -> bool:
    """Whether a block named "teaser" holds other items: a list ("teaser-list"), or a link
    to another piece. Else it is the article's own lead ("artikel-teaser"), its links
    going to topics or authors if anywhere."""
    if node.tag in ("ul", "ol", "li") or node.find(".//li") is not None:
        return True
    return any(to_another_piece(doc, a.get("href", "")) for a in node.iterfind(".//a[@href]"))


# A link to a place in this page, a script, an address or a media file: no other piece.
_NOT_A_PAGE = _compile(
    r"^\s*(?:#|javascript:|mailto:|tel:)|\.(?:mp3|m4a|ogg|mp4|pdf)(?:[?#]|$)", re.I
)


def _beside_a_headline_link(doc: Document, block: HtmlElement, el: HtmlElement) -> bool:
    """Whether a small block holding a date `el` (not the headline: the caller checks) also
    holds a link whose text is a headline: a teaser of another piece, its date beside the
    link rather than inside it (in_teaser_link), or a heading in the link; the line itself
    too, where the date is the text after the link ("<a ...>Headline</a> 28.01.2026"). A
    byline's links name people, shorter; a link to a section, an author or this page is no
    other piece (links_a_piece)."""
    if (
        block.tag in ("body", "html", "main")
        or _larger_than(block, _TEASER_ELEMENTS)  # counted first: text_content copies a block
        or len(block.text_content()) > _TEASER_BLOCK
    ):
        return False
    for link in block.iterdescendants("a"):
        href = link.get("href")
        if (
            href is None
            or (block is not el and el in link.iterancestors())
            or _NOT_A_PAGE.search(href)
            or link.get("rel") == "author"
        ):
            continue  # "Zu den Kommentaren" (#kommentare), "Artikel anhören" (.mp3): this page's
        if _headline_link(link) and to_another_piece(doc, href):
            return True
    return False


def _headline_link(link: HtmlElement) -> bool:
    """Whether a link carries a headline: text that reads as one, or a heading element
    however short ("<a href=...><img ...><h3>Hallenbad bleibt zu</h3></a>", a card's)."""
    if _a_headline(" ".join(link.text_content().split())):
        return True
    return len(link) > 0 and any(True for _ in link.iterdescendants(*_CARD_HEADING))


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


def _site_footer(doc: Document, footer: HtmlElement) -> bool:
    """Whether a <footer> is the site's: outside any <article> and <main>, where the headline
    is in one. Its dates are the site's or other items' ("Meistgelesen", a copyright's day).
    On a page marking no such region the footer after the byline may be the article's."""
    h1 = headline(doc)
    if h1 is None or not any(a.tag in ("article", "main") for a in h1.iterancestors()):
        return False
    return not any(a.tag in ("article", "main") for a in footer.iterancestors())


def _side_column(doc: Document, aside: HtmlElement) -> bool:
    """Whether an <aside> not holding the headline is a column of other items ("Meistgelesen",
    "Mehr zum Thema"): outside the headline's own <article> where it is in one, else holding
    a list. An <aside> inside the article (its author and date box) is the article's."""
    h1 = headline(doc)
    article = next(h1.iterancestors("article"), None) if h1 is not None else None
    if article is not None:
        return article not in aside.iterancestors()
    return aside.find(".//li") is not None


def _headline_blocks(doc: Document) -> frozenset[HtmlElement]:
    """The headline and the elements holding it (found once per page)."""
    if "headline_blocks" not in doc.cache:
        h1 = headline(doc)
        doc.cache["headline_blocks"] = (
            frozenset(itertools.chain((h1,), h1.iterancestors())) if h1 is not None else frozenset()
        )
    found: frozenset[HtmlElement] = doc.cache["headline_blocks"]
    return found


def _after_headline(doc: Document, wanted: Wanted) -> Iterator[HtmlElement]:
    """Elements after the headline whose own text or tail `wanted` finds (a year)."""
    h1 = headline(doc)
    if h1 is None:
        return
    for el in itertools.islice(following(h1), _AFTER_HEADLINE):
        if (found := _holder(el, wanted)) is not None:
            yield found


def _holder(el: HtmlElement, wanted: Wanted) -> HtmlElement | None:
    """The element whose own text `wanted` finds, or its parent where its tail is found,
    else None. A text past a line's length cannot make a line (_add): not searched (a huge
    page); text and tail are read once (lxml makes a new string at each read)."""
    if (text := el.text) and len(text) < _MAX_LINE and wanted(text):
        return el
    if (tail := el.tail) and len(tail) < _MAX_LINE and wanted(tail):
        return el.getparent()
    return None


_KICKER_LEVELS = 2  # the headline and its block: their preceding siblings hold a kicker line
_KICKER_ELEMENTS = 12


def _just_before_headline(doc: Document, wanted: Wanted) -> Iterator[HtmlElement]:
    """Elements just before the headline in its block, or before that block in its own
    (`<header><p>Politik · <span>02.12.2026, 14:05 Uhr</span></p><h1>...`: a date above the
    headline, in no date-classed element), read after the lines under it. Not where the
    block sits in the page's body or main region: a site's top bar ("Donnerstag, 3.
    Dezember 2026") stands there."""
    h1 = headline(doc)
    if h1 is None:
        return
    blocks = itertools.chain((h1,), itertools.islice(h1.iterancestors(), _KICKER_LEVELS - 1))
    found = 0
    for block in blocks:
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html", "main"):
            return
        for el in _kicker_elements(block):
            found += 1
            if found > _KICKER_ELEMENTS:
                return
            if (holder := _holder(el, wanted)) is not None:
                yield holder


def _kicker_elements(block: HtmlElement) -> Iterator[HtmlElement]:
    """The elements of the small blocks just before `block`, nearest first, up to one that
    is another piece (an `<article>`, a block with a heading or over 400 characters) or the
    site's own bar (a menu, a link to the home page: "Mittwoch, 2. Dezember 2026" beside the
    logo is the day the page was read)."""
    for sib in block.itersiblings(preceding=True):
        if not isinstance(sib.tag, str):
            continue
        if (
            sib.tag == "article"
            or _larger_than(sib, _TEASER_ELEMENTS)  # counted first: text_content copies a block
            or any(True for _ in sib.iter("h1", "h2", "h3"))
            or len(sib.text_content()) > _TEASER_BLOCK
            or _site_bar(sib)
        ):
            return
        yield from sib.iter(lxml.etree.Element)


_BAR_ROLES = ("banner", "navigation")


_CRUMB_MARKS = ("\u203a", "\u00bb", ">", "/", "|", "\u2192")


def _site_bar(el: HtmlElement) -> bool:
    """A site's top bar or menu: a `<nav>` (or ARIA banner/navigation) in it, or a link to
    the site's home page (a logo). Not a breadcrumb (a kicker line may be one with the date
    after it: "<a href=/>Start</a> > <a href=/politik>Politik</a> · 02.12.2026")."""
    for node in el.iter(lxml.etree.Element):
        if node.tag == "a" and _home_link(node.get("href") or ""):
            if not (node.tail or "").strip().startswith(_CRUMB_MARKS) and not _crumbs(node, el):
                return True
        elif (node.tag == "nav" or node.get("role") in _BAR_ROLES) and not _crumbs(node, el):
            return True
    return False


def _crumbs(node: HtmlElement, top: HtmlElement) -> bool:
    """Whether `node` is (in) a breadcrumb, by class, id or ARIA label, up to `top`."""
    for n in itertools.chain((node,), node.iterancestors()):
        named = (n.get("class") or "") + (n.get("id") or "") + (n.get("aria-label") or "")
        if "crumb" in named.lower():
            return True
        if n is top:
            return False
    return False


def _home_link(href: str) -> bool:
    """ "/", "https://www.example.de/": a link to a site's home page."""
    parts = split_url(href.strip())
    return parts.path in ("", "/") and not parts.query and bool(parts.netloc or parts.path)


def _preceding(el: HtmlElement) -> Iterator[HtmlElement]:
    """The elements before `el` in its parent, nearest first, each with what it holds."""
    for sib in el.itersiblings(preceding=True):
        if isinstance(sib.tag, str):
            yield from sib.iter(lxml.etree.Element)  # elements only, chosen in C


def _line_holder(el: HtmlElement, headline_blocks: frozenset[HtmlElement]) -> HtmlElement:
    """The widest short ancestor: "<span>13. Mai 2026</span> <span>15:44</span>" is one line.

    Not one holding the headline: in a theme's "<header><h1>..</h1><div>Jane Doe 2 May
    2026</div></header>" the headline and date joined would read as prose.
    """
    if _CLOCK.search(el.text_content()):
        return el  # a whole date and time already
    for _ in range(2):
        parent = el.getparent()
        if (
            parent is None
            or parent in headline_blocks
            or _larger_than(parent, 8)
            or len(parent.text_content()) >= _MAX_LINE
        ):
            break
        el = parent
    return el


_ARTICLE_ITEMTYPE = _compile(r"Article|BlogPosting|Report|LiveBlog")


def in_another_item(doc: Document, el: HtmlElement) -> bool:
    """Whether a date element belongs to another item's microdata: its nearest `itemscope`
    does not hold the headline, and either it is another item's property, not an article
    (`<div itemprop="itemReviewed" itemscope itemtype=".../Movie">`), or the page marks its
    own article with one of an article's type that does (a `<body itemscope
    itemtype=".../WebPage">` holds everything), or that scope's `itemprop="url"` leads to
    another piece (a related story's `<div itemscope itemtype=".../NewsArticle">` with its
    own `datePublished`, or one in a block classed as another item's: "related", "recirc").
    """
    scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    h1 = headline(doc)
    if scope is None or h1 is None or scope in _headline_blocks(doc):
        return False
    if scope.get("itemprop") is not None and not _ARTICLE_ITEMTYPE.search(
        scope.get("itemtype") or ""
    ):
        return True  # a property's item (a review's `itemReviewed` film, its release day)
    if any(
        a.get("itemscope") is not None and _ARTICLE_ITEMTYPE.search(a.get("itemtype") or "")
        for a in h1.iterancestors()
    ):
        return True
    if (
        any(
            _other_item(node.get("class") or "") not in (None, "teaser")
            for node in itertools.islice(itertools.chain((scope,), scope.iterancestors()), 3)
        )
        and not _larger_than(scope, _TEASER_ELEMENTS)
        and _links_another_piece(doc, scope)
    ):
        # a related or recommended piece's card, its link no `itemprop="url"`; not the
        # article's own scope in a block classed "has-comments" or "with-related-rail"
        return True
    canonical = page_fields.canonical_url(doc) or doc.url  # an AMP copy names its original
    for prop in scope.iterfind(".//*[@itemprop='url']"):
        href = prop.get("href") or prop.get("content")
        if href and links_a_piece(href, doc.url) and links_a_piece(href, canonical):
            return True
    return False


def _larger_than(el: HtmlElement, n: int) -> bool:
    """Whether `el` holds more than n elements (without walking a whole article)."""
    return sum(1 for _ in itertools.islice(el.iter(), n + 1)) > n


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
                itertools.chain.from_iterable(_preceding(b) for b in blocks), _AFTER_HEADLINE // 4
            ),
        )
    scope = following(h1) if h1 is not None else doc.tree.iter()
    values: list[str] = []
    for count, el in enumerate(itertools.chain(holders, scope)):
        if count > _AFTER_HEADLINE * 4 or len(values) >= 3:
            break
        if el.tag in ("body", "html"):  # a page's render time, not its article's
            continue
        found = [v for k, v in el.attrib.items() if _DATA_ATTR.match(k) and v.strip()]
        found += _shown_as_relative(el)
        if found and not _on_a_link(el) and not _says_updated(el) and not elsewhere(doc, el):
            values += found
    return values


_UPDATED_START = _compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in langwords.entries(langwords.UPDATED_LABELS)) + ")",
    re.I,
)
_LABEL_TEXT = 40  # characters of an element's text read for an "updated" label


def _says_updated(el: HtmlElement) -> bool:
    """Whether a date element's own text starts with an "updated" label: its attributes
    state the update (`<span data-date=...><abbr>Actualizado:</abbr> ...</span>`)."""
    text = "".join(itertools.islice(el.itertext(), 4))[:_LABEL_TEXT]
    return bool(text.strip()) and bool(_UPDATED_START.match(text))


def _shown_as_relative(el: HtmlElement) -> list[str]:
    """The full date a date element keeps in its `title` or another `data-*` attribute while
    it shows a relative one (`<span class="date" title="29.01.2026, 18:40 Uhr">vor 3
    Stunden</span>`, `<abbr class="timeago" title="2026-...">`, `data-value="2026.01.29
    18:40"`): a date with its time of day, on a `<time>`, `<abbr>` or date-classed element."""
    if el.tag not in ("time", "abbr") and not _date_class(el.get("class") or ""):
        return []
    return [
        v
        for k, v in el.attrib.items()
        if (k == "title" or k.startswith("data-"))
        and not _DATA_ATTR.match(k)
        and len(v) < _MAX_LINE
        and has_year(v)
        and _CLOCK.search(v)
    ]


def in_another_article(doc: Document, el: HtmlElement) -> bool:
    """Whether `el` sits in an <article> apart from the one holding the headline: a teaser's.

    Where the headline is in no <article>, the page may wrap its own text in one below the
    headline: then only a teaser card is another item's, a short <article> (under 1,000
    characters) with a heading or a headline link of its own.
    """
    h1 = headline(doc)
    if h1 is None:
        return False
    if "h1_article" not in doc.cache:
        doc.cache["h1_article"] = next(h1.iterancestors("article"), None)
    own: HtmlElement | None = doc.cache["h1_article"]
    theirs = next(el.iterancestors("article"), None)
    if theirs is None or theirs is own:
        return False
    if own is None:
        return _teaser_card(theirs)
    return own not in theirs.iterancestors() and theirs not in own.iterancestors()


_CARD_TEXT = 1000
_CARD_HEADING = ("h2", "h3", "h4", "h5", "h6")


def _teaser_card(article: HtmlElement) -> bool:
    """Whether an <article> is a short teaser: a heading or a headline link in little text."""
    if len(article.text_content()) >= _CARD_TEXT:
        return False
    if any(True for _ in article.iter(*_CARD_HEADING)):
        return True
    return any(
        _a_headline(" ".join(a.text_content().split()))
        for a in article.iter("a")
        if a.get("href") is not None
    )


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
        len(shown) <= _DATE_ONLY_TEXT and (has_year(shown) or bool(_CLOCK.search(shown)))
    )
    return not (date_only and _day_archive(link.get("href") or ""))


_DATE_ONLY_TEXT = 40  # characters of a link's text that can be a date and no headline
_ARCHIVE_DAY = _compile(r"/20\d\d([-/])[01]\d\1[0-3]\d(?=/|$)")


def _day_archive(href: str) -> bool:
    """Whether a link leads to a day's archive ("/hemeroteca/2024-10-15/", "/2024/10/15/"):
    a day in its path, nothing else numbered and no headline's slug."""
    parts = split_url(unquote(href))
    rest = _ARCHIVE_DAY.sub("/", parts.path, count=1)
    if rest == parts.path or parts.query or any(c.isdigit() for c in rest):
        return False
    slugs = (len([w for w in _WORDS_IN_PATH.split(s) if w]) for s in rest.split("/"))
    return all(words < _PIECE_SLUG for words in slugs)


# schema.org's article types as a script spells their `@type` (`"@type":"NewsArticle"`,
# `\\"@type\\":\\"BlogPosting"`, `ds["@type"]="Article"`).
_ARTICLE_TYPE = _compile(r"@type[\W_]{1,16}\w*(?:Article|BlogPosting)\b")
_SCHEMA_REACH = 3000  # characters around a key within which its object's type is looked for
# (a tag with backslashes is markup kept in a JavaScript string: its content is escaped)
_LD_SCRIPT = _compile(r"<script\b[^>\\]*ld\+json", re.I)


def embedded_article_dates(doc: Document, key: str) -> list[str]:
    """Values of a schema.org date key (`datePublished`) in an article object a script
    carries outside any JSON-LD block: JSON-LD built by JavaScript (`ds.datePublished="..."`)
    or kept escaped in a framework's payload (`\\"datePublished\\":\\"...\\"`, Next.js's
    streamed state), which the parser of JSON-LD blocks never sees.

    Where such objects state different dates, only those whose `headline` is the page's
    (a payload also describes other pieces: a teaser, the site's mascot); else none.
    """
    source: str = doc.cache.get("source", "")
    found: list[tuple[str, str | None]] = []
    start = source.find(key)
    while start != -1 and len(found) < _MAX_OBJECTS:
        end = start + len(key)
        low, high = max(0, start - _SCHEMA_REACH), end + _SCHEMA_REACH
        if (
            _first_publication(source, start, end)
            and (m := _STATE_VALUE.match(source, end))
            and not _in_ld_script(source, start)
            and _ARTICLE_TYPE.search(source, low, high)
        ):
            found.append((state_value(m), _nearest_headline(source, start, low, high)))
        start = source.find(key, end)
    if len({value for value, _ in found}) <= 1:
        return [value for value, _ in found]
    own = _bare(_page_headline(doc))
    return [value for value, title in found if own and title and _same_title(_bare(title), own)]


_TITLE_PREFIX = 15  # letters of a headline cut at an escaped quote that still name it


def _same_title(title: str, own: str) -> bool:
    """Whether a headline read from a script is the page's: the same letters, or their start
    where the script's quoting cut it ("Putin warnt vor \\"Dekolonisierung\\"")."""
    return title == own or (len(title) >= _TITLE_PREFIX and own.startswith(title))


_MAX_OBJECTS = 40  # a payload listing other pieces describes each
# ... a headline's value up to its closing quote (Angular's state: "&q;")
_HEADLINE_VALUE = _compile(rf"{_QUOTE}\s*[:=]\s*{_QUOTE}(.{{5,400}}?)(?:\\*\"|\\u0022|&quot;|&q;)")
_ESCAPED_CHAR = _compile(r"\\+u([0-9a-fA-F]{4})")
_NOT_ALNUM = _compile(r"[\W_]+")


def _nearest_headline(source: str, at: int, low: int, high: int) -> str | None:
    """The value of the `headline` key nearest `at` within source[low:high], if any."""
    before, after = source.rfind("headline", low, at), source.find("headline", at, high)
    spots = [i for i in (before, after) if i != -1]
    if not spots:
        return None
    spot = min(spots, key=lambda i: abs(i - at))
    m = _HEADLINE_VALUE.match(source, spot + len("headline"))
    return m.group(1) if m else None


def _page_headline(doc: Document) -> str:
    h1 = headline(doc)
    return h1.text_content() if h1 is not None else (doc.first_meta("og:title") or "")


def _bare(text: str) -> str:
    """A title's letters and digits only, lower case, escapes and entities read."""
    text = html.unescape(_ESCAPED_CHAR.sub(lambda m: chr(int(m.group(1), 16)), text))
    return _NOT_ALNUM.sub("", text.casefold())


def _in_ld_script(source: str, at: int) -> bool:
    """Whether source[at] sits in a `<script type="application/ld+json">` block (read as
    JSON-LD already)."""
    opened = source.rfind("<script", 0, at)
    return (
        opened != -1
        and bool(_LD_SCRIPT.match(source, opened))
        and source.find("</script", opened, at) == -1
    )


def state_dates(doc: Document) -> list[str]:
    """`script_state_dates` of the page, its own headline telling the article's object from
    other pieces' (found once: both cascades and the refinement of a printed time ask)."""
    if "state_dates" not in doc.cache:
        source: str = doc.cache.get("source", "")
        extra = LANGUAGE_STATE_KEYS.get(page_fields.language(doc) or "", ())
        doc.cache["state_dates"] = script_state_dates(source, _bare(_page_headline(doc)), extra)
    found: list[str] = doc.cache["state_dates"]
    return found


def state_modified_dates(doc: Document) -> list[str]:
    """Update times named in the page's scripts (`MODIFIED_STATE_KEYS`), as `state_dates`
    reads the publication's; only one with a publication key near it (within its object's
    reach): an "updatedAt" alone is as likely a menu's or an image's."""
    source: str = doc.cache.get("source", "")
    stems = [stem for stem in _MODIFIED_STEMS if stem in source]
    keys = tuple(k for k in MODIFIED_STATE_KEYS if any(stem in k for stem in stems))
    if not keys:
        return []
    own = _bare(_page_headline(doc))
    found = []
    for at, value in _state_spots(source, keys, own):
        if _the_articles(source, at, own):
            found.append(value)
            continue
        # that key's first value is another record's (a writer's, a category's): a later one
        # in the article's own object
        key = next(k for k in keys if source.startswith(k, at))
        for later in itertools.islice(_places(source, key, None), 1, _MAX_OBJECTS):
            if later > at and _the_articles(source, later, own):
                found += [v for _, v in _state_spots(source[later : later + 200], (key,))][:1]
                break
    return found


def _the_articles(source: str, at: int, own: str) -> bool:
    """Whether the key at `at` sits in the article's own object: one naming its publication
    by a key that says so ("publishedAt", not a record's "createdAt") or holding the page's
    headline, beside the key itself (not in an object nested in it, nor around it: a
    writer's `{"name":...,"createdAt":...,"updatedAt":...}` in the article is the writer's)."""
    level = _own_level(source, at)
    return bool(_state_spots(level, _OWN_PUBLISHED)) or bool(own and own in _bare(level))


# Publication keys of an article's object; not the creation time every record of an ORM
# carries beside its "updatedAt" (Rails', Prisma's, Strapi's "createdAt", Laravel's "created_at")
_OWN_PUBLISHED = tuple(
    k for k in STATE_KEYS + WEAK_STATE_KEYS if k not in ("createdAt", "created_at")
)


def _own_level(source: str, at: int) -> str:
    """The text of the object around `at` without the objects nested in it."""
    i = _opening(source, at)
    if i is None:
        i = max(0, at - _SCHEMA_REACH)
    parts: list[str] = []
    depth, last, end = 0, i + 1, min(len(source), at + _SCHEMA_REACH)
    for j in range(i + 1, end):
        c = source[j]
        if c == "{":
            if depth == 0:
                parts.append(source[last:j])
            depth += 1
        elif c == "}":
            if depth == 0:
                parts.append(source[last:j])
                break
            depth -= 1
            if depth == 0:
                last = j + 1
    else:
        parts.append(source[last:end] if depth == 0 else "")
    return " ".join(parts)


def script_state_dates(source: str, own: str = "", extra: tuple[str, ...] = ()) -> list[str]:
    """Published dates named in the page's scripts, first three (`_state_dates`); by the
    weaker keys (and `extra`, the page's language's: `LANGUAGE_STATE_KEYS`) only where no key
    naming the publication has one. `own`: the page's headline as `_bare` spells it, or ""
    (each key's first value)."""
    held = _held_keys(source)
    return _state_dates(source, STATE_KEYS, own, held) or [
        value
        for at, value in _state_spots(source, WEAK_STATE_KEYS + extra, own, held)
        if not _a_list_element(source, at) or (own and _titled(source, at, own))
    ]


def _state_dates(
    source: str, keys: tuple[str, ...], own: str, held: dict[str, list[int]]
) -> list[str]:
    """`_state_spots`' values."""
    return [value for _, value in _state_spots(source, keys, own, held)]


def _a_list_element(source: str, at: int) -> bool:
    """Whether the object holding the key at `at` is an element of a list (`[{...},{...}]`):
    a comment's, a related or most-read piece's. A weak key (`createdAt`, `regDt`) there
    dates the page only where that object bears the page's headline."""
    i = _opening(source, at)
    if i is None:
        return False
    return source[max(0, i - 20) : i].rstrip().endswith(("[", ","))


def _opening(source: str, at: int) -> int | None:
    """Where the object holding `at` opens (its "{", nested objects before `at` passed
    over), within `_SCHEMA_REACH` characters back; None past that."""
    depth, i, low = 0, at, max(0, at - _SCHEMA_REACH)
    while i > low:
        i -= 1
        c = source[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                return i
            depth -= 1
    return None


def _state_spots(
    source: str, keys: tuple[str, ...], own: str = "", held: dict[str, list[int]] | None = None
) -> list[tuple[int, str]]:
    """Published dates named in the page's scripts (app state, data layers), first three,
    with where their keys are.

    str.find per key, then one anchored match: a regex alternation over a whole page is 50x
    slower. A value is a date string or a Unix time, or Nuxt 2's parameter for one, or
    Nuxt 3's index of one in its payload. Not a key in a JSON-LD block: the JSON-LD reader
    read the page's objects there, and the others are other things' (a related story's
    NewsArticle, a video's). Not a markup attribute (`data-published="..."`): attribute_dates
    reads those, and leaves a teaser's.

    A state often describes other pieces too (a related or most-read list, teasers), before
    or after the article: of a key's values, the one whose nearest `title` or `headline` is
    the page's headline (`own`), else the key's first, as the CMS puts the page's object
    first. `held`: `_held_keys(source)`, where the caller found them already.
    """
    found: list[tuple[int, str]] = []
    arguments: dict[str, str] | None = None
    payload: list[object] | None = None
    ld_blocks: list[tuple[int, int]] | None = None  # found once, where a value is
    for key in keys:
        if len(found) >= 12:
            break
        if _KEY_STEM in key and held is None:
            held = _held_keys(source)
        first: tuple[int, str] | None = None
        values = 0
        for start in _places(source, key, held):
            end = start + len(key)
            value = None
            if _first_publication(source, start, end) and not _an_attribute(source, start, end):
                value_rx = _SETTER_VALUE if key in _SETTERS else _STATE_VALUE
                if m := value_rx.match(source, end):
                    value = state_value(m)
                elif r := _STATE_REFERENCE.match(source, end):
                    if arguments is None:
                        arguments = _nuxt_arguments(source)
                    value = _argument(arguments.get(r.group(1), ""))
                elif i := _STATE_INDEX.match(source, end):
                    if payload is None:
                        payload = _nuxt_payload(source)
                    value = _payload_date(payload, int(i.group(1)))
            if value:
                if ld_blocks is None:
                    ld_blocks = _ld_blocks(source)
                if _within(ld_blocks, start):
                    value = None
            if value:
                utc = key in _UTC_KEYS and ":" in value and not _HAS_OFFSET.search(value)
                value = value + "Z" if utc else value
                first = first or (start, value)
                values += 1
                if not own:
                    break
                if _titled(source, start, own):
                    first = (start, value)
                    break
                if values >= _MAX_OBJECTS:
                    break
        if first is not None:
            found.append(first)
    return sorted(found)[:3]


# Letters most state keys hold ("publishedAt", "pubDate", "dataPubblicazione"): one search
# for them, each followed by such a key's rest, tells which of those keys a page holds, and
# only those are searched for. A search of a large page (~340,000 characters, most of them
# scripts) for one key took ~0.1 ms, ~5 ms for the ~50 keys on a page whose date is only in
# its scripts (2 ms so); the places found are the same.
_KEY_STEM = "ub"
_STEMMED = tuple(
    (key, key.find(_KEY_STEM))
    for key in dict.fromkeys(STATE_KEYS + WEAK_STATE_KEYS + MODIFIED_STATE_KEYS)
    if _KEY_STEM in key
)
_STEM_THEN_REST = _compile(
    re.escape(_KEY_STEM)
    + "(?="
    + "|".join(sorted({re.escape(k[o + len(_KEY_STEM) :]) for k, o in _STEMMED}, reverse=True))
    + ")"
)


def _held_keys(source: str) -> dict[str, list[int]]:
    """Where each key of `_STEMMED` occurs in `source`, in order (overlapping ones too)."""
    held: dict[str, list[int]] = {}
    for m in _STEM_THEN_REST.finditer(source):
        at = m.start()
        for key, offset in _STEMMED:
            if at >= offset and source.startswith(key, at - offset):
                held.setdefault(key, []).append(at - offset)
    return held


def _places(source: str, key: str, held: dict[str, list[int]] | None) -> Iterator[int]:
    """Where `key` occurs in `source`, one after the other as `str.find` steps (each past
    the one before); from `held` (`_held_keys`) for a key holding the stem."""
    if held is None or _KEY_STEM not in key:
        start = source.find(key)
        while start != -1:
            yield start
            start = source.find(key, start + len(key))
        return
    after = 0
    for start in held.get(key, ()):
        if start >= after:
            yield start
            after = start + len(key)


def _an_attribute(source: str, start: int, end: int) -> bool:
    """Whether a key is the end of a markup attribute's name (`data-published="..."`,
    `data-article-publish_date=`): a dash before it and `=` after it, which no JavaScript
    name and no JSON key has."""
    return source[start - 1 : start] == "-" and source[end : end + 1] == "="


_TITLE_KEYS = ("headline", "title")


def _titled(source: str, at: int, own: str) -> bool:
    """Whether the `title` or `headline` nearest a state's key at `at` (its object's) is the
    page's headline (`own`, bare)."""
    low, high = max(0, at - _SCHEMA_REACH), at + _SCHEMA_REACH
    spots = []
    for key in _TITLE_KEYS:
        spots += [
            (i, key) for i in (source.rfind(key, low, at), source.find(key, at, high)) if i != -1
        ]
    if not spots:
        return False
    spot, key = min(spots, key=lambda s: abs(s[0] - at))
    m = _HEADLINE_VALUE.match(source, spot + len(key))
    return m is not None and _same_title(_bare(m.group(1)), own)


def _ld_blocks(source: str) -> list[tuple[int, int]]:
    """Where the page's `<script type="application/ld+json">` blocks start and end, in order
    (one pass: a search back from each key was quadratic on 80,000 keys)."""
    blocks: list[tuple[int, int]] = []
    at = source.find("<script")
    while at != -1:
        close = source.find("</script", at)
        if close == -1:
            close = len(source)
        if _LD_SCRIPT.match(source, at):
            blocks.append((at, close))
        at = source.find("<script", close)
    return blocks


def _within(blocks: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls in one of `blocks` (sorted, apart)."""
    i = bisect.bisect_right(blocks, (at, at)) - 1  # the last block starting at or before `at`
    return i >= 0 and blocks[i][0] <= at < blocks[i][1]


def _first_publication(source: str, start: int, end: int) -> bool:
    """Whether the key at source[start:end] ends a name, not one saying "last" or "re"; a
    capitalised key starts it too ("PublicationDate", not "firstPublicationDate")."""
    if source[end : end + 1].isalnum():
        return False
    if source[start].isupper() and source[start - 1 : start].isalnum():
        return False
    return not _NOT_FIRST.search(source, max(0, start - 9), start)


def _nuxt_arguments(source: str) -> dict[str, str]:
    """Nuxt 2's state function's arguments by parameter name (strings without quotes).

    `window.__NUXT__=(function(a,b,c){return {...}}(null,"x","2026-..."))`; {} on any
    other page.
    """
    at = source.find(_NUXT)
    if at == -1:
        return {}
    open_at = at + len(_NUXT)
    close = source.find(")", open_at)
    end = source.find("</script", close)
    end = end if end != -1 else len(source)
    call = source.rfind("}(", close, end)
    if close == -1 or call == -1:
        return {}
    names = [n.strip() for n in source[open_at:close].split(",")]
    values = _split_arguments(source[call + 2 : end])
    return dict(zip(names, values, strict=False))


def _split_arguments(text: str) -> list[str]:
    """Top-level, comma-separated JavaScript literals, strings unquoted (up to the call's end).

    Read token by token (a string, a bracket, a comma, anything else): Nuxt's arguments
    can run to hundreds of kilobytes.
    """
    parts: list[str] = []
    depth, current = 0, ""
    for m in _JS_TOKEN.finditer(text):
        token = m.group(0)
        if token in "([{":
            depth += 1
        elif token in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif token == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        if depth == 0:
            current += token[1:-1] if token[:1] in "\"'" else token
    parts.append(current.strip())
    return parts


def _nuxt_payload(source: str) -> list[object]:
    """Nuxt 3's payload (`<script id="__NUXT_DATA__">[...]</script>`: values by index); []
    on any other page."""
    at = source.find(_NUXT_DATA)
    start = source.find(">", at) + 1
    end = source.find("</script", start)
    if at == -1 or start == 0 or end == -1:
        return []
    try:
        data = json.loads(source[start:end])
    except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
        return []
    return data if isinstance(data, list) else []


def _payload_date(payload: list[object], index: int) -> str | None:
    """The date string or Unix time at `index` of a Nuxt 3 payload (a Date is ["Date", iso])."""
    if not 0 <= index < len(payload):
        return None
    value = payload[index]
    if isinstance(value, list) and len(value) == 2 and value[0] == "Date":
        value = value[1]
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return _argument(str(value))


def _argument(value: str) -> str | None:
    """A Nuxt argument if it is a date string or a Unix time (see _nuxt_arguments)."""
    m = _STATE_VALUE.match(":" + value)
    return state_value(m) if m and m.end() == len(value) + 1 else None
