"""How a page writes its dates, and a date element's date read so.

Whether "05/06/2025" is May 6 or 5 June (American English pages, the US's territories, the
Philippines'), the language a page's month names are read in (Tigrinya's in Ethiopia name the
Ethiopian calendar's months, Nepali words in Hindi's script Bikram Sambat's), the calendar of a
machine value written in Devanagari; and a date element's date: its attribute's value, a bare
day there given the time its text prints.
"""

from __future__ import annotations

from datetime import UTC, datetime

from lxml.html import HtmlElement

from newsarchive.extract import datelinetexts, dateparse, page_fields, zones
from newsarchive.extract.dateparse import parse_date
from newsarchive.extract.dateparts import MIDNIGHT
from newsarchive.extract.document import Document
from newsarchive.extract.urls import split_url

# A day without a time in a longer line is prose (a caption: "... a 15 de mayo de 2025, en
# Madrid"), not the article's date line.
PROSE = 60


def date_language(doc: Document) -> str | None:
    """The page's language as the month tables read it: "ti-et" for Tigrinya from Ethiopia
    (its domain or language tag), whose month names are the Ethiopian calendar's there
    (Eritrea's press gives them to the Gregorian months); "ne" for a page in Nepali words
    whose markup names Hindi's script only (Bikram Sambat days)."""
    language = page_fields.language(doc)
    if language == "ti" and zones.site_zone(doc) == "Africa/Addis_Ababa":
        return "ti-et"
    if language == "hi" and page_fields.article_language(doc) == "ne":
        # Devanagari letters with no language declared (or a CMS's "en"): Nepali words
        # date the story in Nepal's calendar ("मंसिर १७, २०८३"), not India's
        return "ne"
    return language


def value_language(doc: Document) -> str | None:
    """The language a meta's, JSON-LD's or <time>'s date in Devanagari is read in, as the
    date lines' ("कार्तिक 12, 2083" on a Hindi page is India's Vikram Samvat, no Nepali day)."""
    if "value_lang" not in doc.cache:
        doc.cache["value_lang"] = date_language(doc) or page_fields.article_language(doc)
    found: str | None = doc.cache["value_lang"]
    return found


def parse_value(doc: Document, value: str | None) -> datetime | None:
    """A meta's or JSON-LD's date string, its calendar in Devanagari the page's language's."""
    lang = dateparse.lang_for_value(value, value_language(doc)) if value else None
    return parse_date(value, lang=lang)


def reads_month_first(doc: Document) -> bool:
    """Whether "05/06/2025" on this page is May 6: American English pages (not a page whose
    metadata or letters name another language: "en-US" is many CMSs' default), those of the
    US's territories, and the Philippines' (Filipino pages, English ones on `.ph`: CLDR's
    `fil` prints "2/3/26")."""
    language = page_fields.language(doc)
    if language in ("tl", "fil"):
        return True
    if language not in (None, "en"):
        return False
    if page_fields.article_language(doc) not in (None, "en", "tl", "fil"):
        return False  # "en-US", a CMS's default, over Portuguese words: their day comes first
    tag = (doc.tree.get("lang") or "").lower().replace("_", "-").split("-")
    if tag[0] == "en" and len(tag) > 1:
        return tag[1] in zones.MONTH_FIRST_REGIONS
    if tag[0] not in ("en", ""):
        return False
    if zones.locale_region(doc) not in (None, *zones.MONTH_FIRST_REGIONS):
        return False  # a bare "en" whose og:locale says "en_GB", "en_AU", "en_IN"
    host = split_url(doc.url).hostname or ""
    return (
        host.rsplit(".", 1)[-1] in ("com", "org", "net")
        or zones.host_country(doc.url) in zones.MONTH_FIRST_REGIONS
    )


def element_date(el: HtmlElement, month_first: bool, lang: str | None) -> datetime | None:
    """A date element's machine-read date; a bare day there takes the time its text prints
    for that day (`<time datetime="2026-01-29">29.01.2026 um 18:40 Uhr</time>`). `lang`
    (`value_language`) decides the calendar of a date in Devanagari."""
    for attr in ("datetime", "content", "data-timestamp", "title"):
        value = el.get(attr)
        if value and (d := dateparse.parse_any(value, month_first, lang)):
            if d.tzinfo is None and d.time() != MIDNIGHT:
                return _in_the_zone_shown(el, d, lang) or d
            if d.time() != MIDNIGHT or d.tzinfo is not None:
                return d
            shown = element_text_date(el, month_first, lang, PROSE)
            return shown if shown is not None and shown.date() == d.date() else d
    return element_text_date(el, month_first, lang, None)


_SHOWN_CLOCK = 24  # characters of an element's own text of a clock and a zone, no day


def _in_the_zone_shown(el: HtmlElement, d: datetime, lang: str | None) -> datetime | None:
    """A naive machine time in the zone the element's own text names after its clock and no
    day (`<time datetime="2026-03-03T09:20">4:20 a.m. ET</time>` under "Updated"): the same
    wall clock there, or the same moment read as UTC (a "Z" left out); None otherwise. A
    text with its day is a date line of its own, read with the others."""
    text = datelinetexts.line_text(el)
    if (
        len(text) > _SHOWN_CLOCK
        or not any(c.isupper() for c in text)  # a zone's letters ("ET", "MEZ", "GMT+2")
        or datelinetexts.has_year(text)
    ):
        return None
    shown = parse_date(f"{d:%Y-%m-%d} {text}", lang=lang)
    if shown is None or shown.tzinfo is None:
        return None
    minute = d.replace(second=0, microsecond=0)
    if shown.replace(tzinfo=None) == minute:
        return d.replace(tzinfo=shown.tzinfo)
    if shown == minute.replace(tzinfo=UTC):
        return d.replace(tzinfo=UTC).astimezone(shown.tzinfo)
    return None


def element_text_date(
    el: HtmlElement, month_first: bool, lang: str | None, longest: int | None
) -> datetime | None:
    text = datelinetexts.line_text(el)
    if longest is not None and len(text) >= longest:
        return None
    return parse_date(text, month_first=month_first, lang=dateparse.lang_for_value(text, lang))
