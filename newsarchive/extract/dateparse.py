"""Reading one date string: ISO 8601, free text in many languages, Unix times.

The page-level choice of which date is the article's lives in dates.py; this module
only turns a string into a datetime, keeping the offset or zone the string states.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateparser

from newsarchive.extract import datebikram, datelinetexts, datetext
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.numbers import ascii_digits

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_DATELINE_PREFIX = _compile(
    r"^\s*(published|posted|first published|updated|last updated)\b[:\s]*", re.I
)

_FIXED = {  # hours east of UTC
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "BST": 1, "IST": 5.5, "WEST": 1, "CET": 1,
    "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "EDT": -4, "EST": -5, "CDT": -5,
    "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AKDT": -8, "AKST": -9, "HST": -10,
    "AST": -4, "ADT": -3, "NDT": -2.5, "NST": -3.5, "AEST": 10, "AEDT": 11, "ACST": 9.5,
    "NZST": 12, "NZDT": 13, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "MEZ": 1, "MESZ": 2, "OEZ": 2, "OESZ": 3, "WEZ": 0, "WESZ": 1, "SAST": 2, "WAT": 1,
    "CAT": 2, "EAT": 3, "TRT": 3, "PKT": 5, "ICT": 7, "WIB": 7, "WITA": 8, "WIT": 9, "MYT": 8,
    "PHT": 8, "AWST": 8, "ACDT": 10.5, "BRT": -3, "ART": -3, "COT": -5, "PET": -5,
    "МСК": 3, "NPT": 5.75, "IRST": 3.5, "GST": 4, "CLT": -4, "CLST": -3,
    # Afghanistan, Sri Lanka, Azerbaijan, Georgia, Uzbekistan, Myanmar, Bhutan, the Maldives,
    # Mauritius, Venezuela, Bolivia, Uruguay, Fiji: one offset all year
    "AFT": 4.5, "SLST": 5.5, "AZT": 4, "GET": 4, "UZT": 5, "MMT": 6.5, "BTT": 6, "MVT": 5,
    "MUT": 4, "VET": -4, "BOT": -4, "UYT": -3, "FJT": 12,
    # Canadian French: "heure normale / avancée de l'Est" ("10 h 15 HNE"), du Centre, des
    # Rocheuses, du Pacifique, de l'Atlantique
    "HNE": -5, "HAE": -4, "HNC": -6, "HAC": -5, "HNR": -7, "HAR": -6, "HNP": -8, "HAP": -7,
    "HNA": -4, "HAA": -3,
}  # fmt: skip
# One country's zones whose letters are also words in capitals ("GET", German "MUT"):
# dates.py reads them so only where the page's country is unknown or keeps that offset.
ONE_COUNTRY = datetext.ONE_COUNTRY
# IST is India's +05:30 (Indian sites print it on every date line), not Irish or Israeli time.
# Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada,
# Malayalam, Sinhala, Thai, Lao, Burmese and Khmer digits: dates printed in them read as 0-9.
_DIGITS = {
    base + i: str(i)
    for base in (
        *(0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66),
        *(0x0DE6, 0x0E50, 0x0ED0, 0x1040, 0x17E0),
    )
    for i in range(10)
}
NATIVE_DIGITS = _DIGITS  # dateparts reads an update's clock alone in them ("آخر تحديث: ١٦:٢٠")
# ... and direction marks dropped (datetext.parse_text reads the text as spelt out here)
_DIGITS_AND_MARKS = {**_DIGITS, **datetext.BIDI_MARKS}
# Persian digits: a numeric date of year 13xx/14xx in them is Solar Hijri ("۱۴۰۴/۱۲/۱۲").
_PERSIAN_DIGITS = _compile(r"[\u06f0-\u06f9]")
# ... and so is one in Latin digits on a Persian or Pashto page ("1403/09/15", "1403-09-15
# 14:30"), of a year this calendar has now (1370-1419: 1991-2041; a lunar Hijri year, which
# Arabic pages print, is 1440 and more these days).
_SOLAR_NUMERIC = _compile(
    r"(?<![\d/.-])1(?:3[7-9]|4[01])\d\s*([/.-])\s*[01]?\d\s*\1\s*[0-3]?\d(?!\d)"
)
# ... and an ISO-shaped stamp of those years on any page (a Persian CMS's calendar plugin prints
# its metadata so: "1403-09-15T14:30:00+03:30"; no page's Gregorian year is 1403, and the
# metadata is read without the page's language)
_SOLAR_ISO = _compile(r"1(?:3[7-9]|4[01])\d-[01]\d-[0-3]\d(?:[T ]\d\d:\d\d|$)")
_SOLAR_LANGS = ("fa", "prs", "ps", "pbt")  # Persian, Dari, Pashto, Southern Pashto
# ... but not one after the label of a number: a news item's or file's code ("کد خبر:
# 1403/09/15", "شماره: ...", "ID: ..."), which some CMSs spell as a day
_NUMBER_LABEL = _compile(
    r"(?:کد|شماره|شناسه|كود|رقم|ګڼه|id|no\.?|nr\.?|#)(?:\s*(?:خبر|مطلب|سند|پرونده|news|file))?"
    r"\s*+(?:[:：.]\s*+)?$",  # (the spaces around the mark split one way)
    re.I,
)
# A zone's two seasons named together ("CET/CEST", "EST/EDT"): that zone, its offset the day's.
_SEASONS = {
    "CET/CEST": "Europe/Berlin", "MEZ/MESZ": "Europe/Berlin", "EET/EEST": "Europe/Athens",
    "OEZ/OESZ": "Europe/Athens", "WET/WEST": "Europe/Lisbon", "GMT/BST": "Europe/London",
    "EST/EDT": "America/New_York", "CST/CDT": "America/Chicago", "MST/MDT": "America/Denver",
    "PST/PDT": "America/Los_Angeles", "AST/ADT": "America/Halifax", "HNE/HAE": "America/Toronto",
    "AEST/AEDT": "Australia/Sydney", "ACST/ACDT": "Australia/Adelaide",
    "NZST/NZDT": "Pacific/Auckland",
}  # fmt: skip
_SEASONS |= {"/".join(reversed(k.split("/"))): v for k, v in _SEASONS.items()}
# Abbreviations that name a region, not an offset: DST follows the date.
_REGIONAL = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",
}
# ISO 8601, extended or basic ("20260129T184000Z"), a fraction after a point or a comma
_ISO = _compile(
    r"^(?:\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?)?|\d{8}T\d{4}(\d{2})?)"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
# An ISO day parted from its time by a comma ("2026-01-29, 18:40:00.123+01:00"): the "T"
_ISO_COMMA = _compile(r"(?<=^\d{4}-\d{2}-\d{2}),\s*(?=\d{2}:\d{2})")
_HAS_MONTH = _compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}",
    re.I,
)
_DEFAULT = datetime(1900, 1, 1)
_OTHER_DEFAULT = datetime(1900, 1, 2)


def _tzinfos(name: str | None, offset: int | None) -> tzinfo | None:
    return _zone_abbreviation(name) if name else None


def _zone_abbreviation(name: str) -> tzinfo | None:
    """The zone an abbreviation names; a fixed one keeps the abbreviation as its name, so
    dates.py can read it as the site's own zone where that zone spells it so (a Chinese
    page's "CST" is +08:00, an Israeli page's "IST" +02:00: `abbreviation`)."""
    upper = name.upper()
    if "/" in upper:
        season = _SEASONS.get(upper)
        return ZoneInfo(season) if season else _zone_abbreviation(upper.split("/", 1)[0])
    if upper in _REGIONAL:
        return ZoneInfo(_REGIONAL[upper])
    if upper in _FIXED:
        return timezone(timedelta(hours=_FIXED[upper]), upper)
    return None


def abbreviation(d: datetime) -> str | None:
    """The zone abbreviation a date was printed with ("CST"), if it was read from one."""
    tz = d.tzinfo
    if not isinstance(tz, timezone):
        return None
    name = tz.tzname(None)
    return name if name in _FIXED else None


_OFFSET_NAME = _compile(r"UTC([+-])(\d\d):(\d\d)")


def offset_name(offset: timedelta) -> str:
    """A fixed offset spelled as a zone's name `zone_named` reads ("UTC+05:30"): the offset
    a page states for its clock where it names no place (zones.stated_zone)."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@lru_cache(maxsize=64)
def zone_named(name: str | None) -> tzinfo | None:
    """The IANA zone of that name, or the fixed offset `offset_name` spells; None for an
    unknown or empty name."""
    if not name:
        return None
    if m := _OFFSET_NAME.fullmatch(name):
        minutes = int(m.group(2)) * 60 + int(m.group(3))
        return timezone(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


# Cached: the published and modified cascades parse the same metas, JSON-LD values and date
# lines again (11 calls a page, 7 of them repeats; dateutil's fallback alone takes ~50 us).
@lru_cache(maxsize=512)
def parse_date(
    value: str | None, zone: str | None = None, month_first: bool = False, lang: str | None = None
) -> datetime | None:
    """A date in ISO or free text in any of datetext's languages; None when it holds no full date.

    `month_first` reads an ambiguous "05/06/2025" the American way; `lang`, the page's
    language, reads a month name two languages share as its own (Croatian "listopad").
    """
    s = clean(value)
    if not s or len(s) > 120:
        return None
    numeric = _SOLAR_NUMERIC.search(s) if lang in _SOLAR_LANGS else None
    if numeric is not None and _NUMBER_LABEL.search(s, 0, numeric.start()):
        return None  # a code spelt as a day
    solar = numeric is not None or (s[:2] in ("13", "14") and _SOLAR_ISO.match(s) is not None)
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)  # full-width digits, ideographic spaces
        s = datebikram.rewrite_numeric(s, lang)  # "२०८३/०८/१७": Nepal's calendar
        solar = solar or bool(_PERSIAN_DIGITS.search(s)) or datetext.solar_hijri(s)
        s = datetext.spell_out(s.translate(_DIGITS_AND_MARKS), lang)
    elif "isha " in s:
        s = datetext.spell_out(s)  # Somali's numbered months ("Bisha 12aad")
    else:
        s = datebikram.rewrite_latin(s, lang)  # "Mangsir 17, 2083": Nepal's, in English
    s = _ISO_COMMA.sub("T", _DATELINE_PREFIX.sub("", s), count=1)
    s = _iso_variants(_MINGUO_NUMERIC.sub(_minguo_numeric, s, count=1))
    named: tzinfo | None = None
    if s.endswith("]") and (m := _ZONE_ID.search(s)) is not None:
        # Java's ZonedDateTime ("...T10:15:00Z[UTC]", "...+01:00[Europe/Berlin]"): the offset
        # states the instant; the zone's name dates a stamp stated without one
        s, named = s[: m.start()], zone_named(m.group(1))
    # a Persian ISO-shaped day of the 1300s or 1400s ("۱۴۰۴-۱۲-۱۲") is a Solar Hijri one
    iso = _ISO.match(s) is not None and not (solar and s.startswith(("13", "14")))
    d = _parse_iso(s) if iso else _parse_text(s, month_first, solar, lang)
    if d is not None and d.tzinfo is None and named is not None:
        d = d.replace(tzinfo=named)
    if d is None or not 1990 <= d.year <= 2100:
        return None
    if d.tzinfo is None and (tz := zone_named(zone)) is not None:
        d = d.replace(tzinfo=tz)
    return d


_ZONE_ID = _compile(r"(?<=[\dZ])\s*\[([A-Za-z_]+(?:/[A-Za-z_+-]+){0,2})\]$")
# A stamp's clock with dots ("2026-01-29T18.40.00+01:00", Python's strftime with "%H.%M.%S")
# and an offset stated to the second ("+01:00:00", a CMS printing a timedelta): ISO 8601's.
_DOTTED_CLOCK = _compile(r"^(\d{4}-\d{2}-\d{2}[T ]\d{2})\.(\d{2})(?:\.(\d{2}))?(?=$|[Z+\s-])")
_OFFSET_SECONDS = _compile(r"(?<=\d)([+-]\d{2}:\d{2}):00$")
# Taiwan's Minguo year in a numeric date ("115/01/29 18:40", "115-01-29", "115.01.29"): the
# year 1911 + 115. Years 100 to 119 (2011 to 2030), as `datetext` reads "115年".
_MINGUO_OFFSET = 1911
_MINGUO_NUMERIC = _compile(
    r"(?<![\dA-Za-z/.-])(1[01]\d)(?=([/.-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])(?![\d/.-]))"
)


def _minguo_numeric(m: re.Match[str]) -> str:
    return str(int(m.group(1)) + _MINGUO_OFFSET)


def _iso_variants(s: str) -> str:
    """An ISO stamp's clock written with dots, or its offset with seconds, in ISO 8601."""
    if len(s) > 13 and s[13] == ".":
        s = _DOTTED_CLOCK.sub(lambda m: ":".join(g for g in m.groups() if g), s, count=1)
    return _OFFSET_SECONDS.sub(r"\1", s, count=1) if s.endswith(":00") else s


_SPACED_OFFSET = _compile(r"\s+(?=(?:Z|[+-]\d{2}:?\d{2})$)")


def _parse_iso(s: str) -> datetime | None:
    s = s.replace(" ", "T", 1) if len(s) > 10 and s[10] == " " else s
    s = _SPACED_OFFSET.sub("", s)  # "18:40:00.5 +01:00"
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return _parse_text(s)


def _parse_text(
    s: str, month_first: bool = False, solar: bool = False, lang: str | None = None
) -> datetime | None:
    if not (solar or datelinetexts.has_year(s)):
        return None
    # `s` comes from parse_date: NFKC, digits and marks read, spelt out
    found = datetext.parse_text(s, _zone_abbreviation, month_first, solar, lang, spelled=True)
    if found is not None:
        return found
    if not (_HAS_MONTH.search(s) or re.match(r"^\d{4}-?\d{2}-?\d{2}", s)):
        return None
    try:
        d: datetime = dateparser.parse(s, default=_DEFAULT, fuzzy=True, tzinfos=_tzinfos)
        if d.day == 1 and _invented_day(s):
            return None
    except (ValueError, OverflowError, TypeError):
        return None
    if d.tzinfo is not None and d.utcoffset() is None:
        return d.replace(tzinfo=None)
    return d


def _invented_day(s: str) -> bool:
    """Whether dateutil took the day from its default: "3. marta 2026" (a month it read as
    "mar", a day it did not see) is no March 1."""
    other = dateparser.parse(s, default=_OTHER_DEFAULT, fuzzy=True, tzinfos=_tzinfos)
    return bool(other.day != 1)


def to_iso(d: datetime) -> str:
    """ISO 8601 keeping the page's own offset (a named zone becomes its offset on that date)."""
    if d.tzinfo is not None and not isinstance(d.tzinfo, timezone):
        d = d.astimezone(timezone(d.utcoffset() or timedelta(0)))
    return d.isoformat()


def parse_any(value: str, month_first: bool, lang: str | None = None) -> datetime | None:
    """A date string, or a Unix time in seconds or milliseconds, or a compact 20240425[1407].

    `lang`, the page's language, is read where it decides the reading (`lang_for_value`):
    a value in Devanagari (Nepal's Bikram Sambat on a Nepali page, never on a Hindi one), a
    two-digit year first on a Japanese, Korean or Chinese page."""
    value = value.strip()
    if ascii_digits(value):
        return _from_digits(value)
    if value.startswith("/Date(") and (m := _DOTNET_DATE.match(value)):
        # ASP.NET's JSON date: Unix milliseconds (an offset after them names the zone the
        # instant was made in, not another instant)
        return _from_digits(m.group(1)) if len(m.group(1)) == 13 else None
    if _EPOCH_FRACTION.match(value):  # Unix seconds with a fraction: "1714073815.508"
        return _from_digits(value.replace(".", "")[:13].ljust(13, "0"))
    return parse_date(value, month_first=month_first, lang=lang_for_value(value, lang))


def lang_for_value(value: str, lang: str | None) -> str | None:
    """The page's language where it decides how `value` reads, else None (other metadata is
    read whatever the page's words): `value` in Devanagari (its calendar) or a numeric day
    opening with a two-digit year on a page whose language prints it first ("26/12/03",
    "26.12.03.", "26-12-03T15:15" in a Japanese page's `data-date`: 3 December 2026, as its
    text reads it)."""
    if lang is None:
        return None
    if _DEVANAGARI.search(value) is not None:
        return lang
    return (
        lang
        if lang in datetext.YEAR_FIRST_LANGS and _SHORT_YEAR_FIRST.match(value.lstrip())
        else None
    )


_DEVANAGARI = _compile("[\u0900-\u097f]")
# (a dotted day may close with a dot: Korean's "26.12.03.")
_SHORT_YEAR_FIRST = _compile(
    r"\d\d[./-]\d{1,2}[./-]\d{1,2}(?:(?<=\.\d)\.|(?<=\.\d\d)\.)?(?![\d./-])"
)
_EPOCH_FRACTION = _compile(r"^\d{10}\.\d{1,6}$")
_DOTNET_DATE = _compile(r"^/Date\((\d+)(?:[+-]\d{4})?\)/$")


def _from_digits(value: str) -> datetime | None:
    """Unix seconds, or milliseconds (kept: the instant a JSON-LD stamp states with them), or
    compact digits (a naive wall clock)."""
    try:
        if len(value) == 10:
            return datetime.fromtimestamp(int(value), UTC)
        if len(value) == 13:
            seconds = datetime.fromtimestamp(int(value[:10]), UTC)
            return seconds.replace(microsecond=int(value[10:]) * 1000)
        if len(value) in (8, 12, 14):
            fmt = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}[len(value)]
            return datetime.strptime(value, fmt)
    except (ValueError, OverflowError):
        return None
    return None
