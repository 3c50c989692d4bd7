"""Published and modified dates: ISO 8601 with the offset the page meant.

A date printed with a zone abbreviation (EDT, BST ...) gets that zone's offset; a
date without any offset gets the offset of another timestamp stating the same moment,
else the site's zone (`SiteRules.timezone`, or a one-zone country domain's). When no zone
is known the date is returned without an offset rather than with an invented one:
"2025-05-03T20:49:00" says less than "...Z" but never says something false.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateparser
from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.page_fields import parsely
from newsarchive.extract.rules import SiteRules
from newsarchive.extract.text import clean

PUBLISHED_JSONLD = ("datePublished", "dateCreated", "uploadDate")
MODIFIED_JSONLD = ("dateModified",)
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "itemprop:datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "prism.publicationdate",
    "article.published",
    "article_date_original",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "cxenseparse:recs:publishtime",
)
MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "itemprop:datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
PUBLISHED_XPATH = (
    "//*[@itemprop='datePublished']",
    "//time[@pubdate]",
    "//article//time[@datetime]",
    "//time[@datetime]",
)
MODIFIED_XPATH = ("//*[@itemprop='dateModified']",)
# Visible date lines, e.g. "Published May 3, 2025 8:49pm EDT".
DATELINE_XPATH = "//*[@class][contains(@class,'date') or contains(@class,'time')]"
_DATE_CLASS = re.compile(r"date|time", re.I)
_MAX_DATELINES = 20
_UPDATED_LINE = re.compile(r"^\s*(updated|last updated|modified|last modified)\b", re.I)
_DATELINE_PREFIX = re.compile(
    r"^\s*(published|posted|first published|updated|last updated)\b[:\s]*", re.I
)

_FIXED = {  # hours east of UTC
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "BST": 1, "IST": 1, "WEST": 1, "CET": 1,
    "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "EDT": -4, "EST": -5, "CDT": -5,
    "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AKDT": -8, "AKST": -9, "HST": -10,
    "AST": -4, "ADT": -3, "NDT": -2.5, "NST": -3.5, "AEST": 10, "AEDT": 11, "ACST": 9.5,
    "NZST": 12, "NZDT": 13, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
}  # fmt: skip
# Abbreviations that name a region, not an offset: DST follows the date.
_REGIONAL = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",
}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_HAS_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
_HAS_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}",
    re.I,
)
# Country domains whose whole country keeps one zone: a site there prints dates in it.
_COUNTRY_ZONES = {
    "uk": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin", "fr": "Europe/Paris",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "se": "Europe/Stockholm", "no": "Europe/Oslo",
    "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "gr": "Europe/Athens", "in": "Asia/Kolkata", "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul", "sg": "Asia/Singapore", "hk": "Asia/Hong_Kong", "za": "Africa/Johannesburg",
    "il": "Asia/Jerusalem", "ph": "Asia/Manila", "pk": "Asia/Karachi", "ng": "Africa/Lagos",
}  # fmt: skip
_MAX_OFFSET = timedelta(hours=14)
_QUARTER_HOUR = timedelta(minutes=15)
_DEFAULT = datetime(1900, 1, 1)
_MIDNIGHT = time(0, 0)
_ZERO = timedelta(0)


def _tzinfos(name: str | None, offset: int | None) -> tzinfo | None:
    if not name:
        return None
    upper = name.upper()
    if upper in _REGIONAL:
        return ZoneInfo(_REGIONAL[upper])
    if upper in _FIXED:
        return timezone(timedelta(hours=_FIXED[upper]))
    return None


@lru_cache(maxsize=64)
def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_date(value: str | None, zone: str | None = None) -> datetime | None:
    """A date in ISO or free text; None when it holds no full date."""
    s = clean(value)
    if not s or len(s) > 120:
        return None
    s = _DATELINE_PREFIX.sub("", s)
    d = _parse_iso(s) if _ISO.match(s) else _parse_text(s)
    if d is None or not 1990 <= d.year <= 2100:
        return None
    if d.tzinfo is None and (tz := _zone(zone)) is not None:
        d = d.replace(tzinfo=tz)
    return d


def _parse_iso(s: str) -> datetime | None:
    s = s.replace(" ", "T", 1) if len(s) > 10 and s[10] == " " else s
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return _parse_text(s)


def _parse_text(s: str) -> datetime | None:
    if not _HAS_YEAR.search(s) or not (
        _HAS_MONTH.search(s) or re.match(r"^\d{4}-?\d{2}-?\d{2}", s)
    ):
        return None
    try:
        d: datetime = dateparser.parse(s, default=_DEFAULT, fuzzy=True, tzinfos=_tzinfos)
    except (ValueError, OverflowError, TypeError):
        return None
    if d.tzinfo is not None and d.utcoffset() is None:
        return d.replace(tzinfo=None)
    return d


def to_iso(d: datetime) -> str:
    """ISO 8601 keeping the page's own offset (a named zone becomes its offset on that date)."""
    if d.tzinfo is not None and not isinstance(d.tzinfo, timezone):
        d = d.astimezone(timezone(d.utcoffset() or timedelta(0)))
    return d.isoformat()


def published(doc: Document, rules: SiteRules | None) -> str | None:
    return _cascade(
        doc,
        rules,
        rules.published if rules else None,
        PUBLISHED_JSONLD,
        PUBLISHED_META,
        PUBLISHED_XPATH,
        updated_lines=False,
    )


def modified(doc: Document, rules: SiteRules | None) -> str | None:
    return _cascade(
        doc,
        rules,
        rules.modified if rules else None,
        MODIFIED_JSONLD,
        MODIFIED_META,
        MODIFIED_XPATH,
        updated_lines=True,
    )


def _cascade(
    doc: Document,
    rules: SiteRules | None,
    selector: str | None,
    jsonld_keys: tuple[str, ...],
    meta_keys: tuple[str, ...],
    xpaths: tuple[str, ...],
    updated_lines: bool,
) -> str | None:
    """First date found; a naive one borrows the offset of a source stating the same moment."""
    zone = rules.timezone if rules and rules.timezone else _country_zone(doc.url)
    first: datetime | None = None
    day_only: datetime | None = None
    local: tzinfo | None = None  # a non-UTC offset the page prints anywhere in its dates
    aware: list[datetime] = []  # dates with an offset seen after a naive first one
    for found in _candidates(doc, selector, jsonld_keys, meta_keys, xpaths, updated_lines):
        if found is None:
            continue
        if local is None and found.tzinfo is not None and found.utcoffset() != _ZERO:
            local = found.tzinfo
        if found.tzinfo is None and found.time() == _MIDNIGHT:  # a bare day: weakest evidence
            day_only = day_only or found
        elif first is None:
            first = found
            if found.tzinfo is not None and found.utcoffset() != _ZERO:
                break
        elif first.tzinfo is None:
            if found.tzinfo is not None and found.replace(tzinfo=None) == first:
                return to_iso(found)  # the naive date's own offset, from another source
            if found.tzinfo is not None:
                aware.append(found)
        elif found.tzinfo is not None and found.utcoffset() != _ZERO and found == first:
            return to_iso(found)  # UTC is a machine's spelling: the page's local offset is meant
    if first is None:
        return day_only.date().isoformat() if day_only else None
    if first.tzinfo is None and (same := _same_moment(first, aware)):
        return to_iso(same)
    tz = _zone(zone)
    if first.tzinfo is None:
        return to_iso(first.replace(tzinfo=tz) if tz else first)
    if first.utcoffset() == _ZERO and (tz := tz or local or _printed_offset(doc)):
        # Only a machine's UTC spelling: say it in the site's zone, or the one the page prints.
        return to_iso(first.astimezone(tz))
    return to_iso(first)


def _same_moment(naive: datetime, aware: list[datetime]) -> datetime | None:
    """The naive date in the offset that makes it another source's moment.

    "10:05:30" beside "14:05:30Z" is 10:05:30-04:00: two published times a whole
    quarter-hour offset apart, to the second, are one moment in two spellings.
    """
    for other in aware:
        delta = naive - other.astimezone(UTC).replace(tzinfo=None)
        if delta and abs(delta) <= _MAX_OFFSET and not delta % _QUARTER_HOUR:
            return naive.replace(tzinfo=timezone(delta))
    return None


def _country_zone(url: str) -> str | None:
    """A site's zone from its country domain, where the country has one zone (.uk, .de ...)."""
    host = urlsplit(url).hostname or ""
    return _COUNTRY_ZONES.get(host.rsplit(".", 1)[-1])


def _candidates(
    doc: Document,
    selector: str | None,
    jsonld_keys: tuple[str, ...],
    meta_keys: tuple[str, ...],
    xpaths: tuple[str, ...],
    updated_lines: bool,
) -> Iterator[datetime | None]:
    """Lazily yields parsed dates in cascade order (site rule, JSON-LD, meta, markup, date line)."""
    if selector:
        for el in doc.select(selector)[:3]:
            yield _from_element(el)
    for key in jsonld_keys:
        value = doc.article.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str):
            yield parse_date(value)
    for key in meta_keys:
        for value in doc.meta_tags.get(key, ()):
            yield parse_date(value)
    for value in _parsely_dates(doc):
        yield parse_date(value)
    for xp in xpaths:
        for el in doc.tree.xpath(xp)[:3]:
            yield _from_element(el)
    for text, parsed in _datelines(doc):
        if bool(_UPDATED_LINE.match(text)) == updated_lines:  # "Updated ..." is the modified time
            yield parsed


def _printed_offset(doc: Document) -> tzinfo | None:
    """The non-UTC offset of any date line the page prints (published or updated)."""
    for _, d in _datelines(doc):
        if d is not None and d.tzinfo is not None and d.utcoffset() != _ZERO:
            return d.tzinfo
    return None


def _datelines(doc: Document) -> list[tuple[str, datetime | None]]:
    """Visible date lines with their dates, read once per page (both cascades use them)."""
    if "datelines" not in doc.cache:
        lines: list[tuple[str, datetime | None]] = []
        for el in doc.tree.xpath(DATELINE_XPATH):
            if len(lines) >= _MAX_DATELINES:
                break
            if any(_DATE_CLASS.search(c.get("class") or "") for c in el.iterchildren()):
                continue  # the inner element is the date line
            text = el.text_content()
            if len(text) < 120:
                lines.append((text, parse_date(text)))
        doc.cache["datelines"] = lines
    found: list[tuple[str, datetime | None]] = doc.cache["datelines"]
    return found


def _from_element(el: HtmlElement) -> datetime | None:
    for attr in ("datetime", "content", "data-timestamp", "title"):
        value = el.get(attr)
        if value and (d := parse_date(value)):
            return d
    return parse_date(el.text_content())


def _parsely_dates(doc: Document) -> list[str]:
    return [v for key in ("pub_date", "pubDate") if isinstance(v := parsely(doc).get(key), str)]
