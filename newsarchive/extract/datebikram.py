"""Nepal's Bikram Sambat dates ("मंसिर १७, २०८३", "२०८३ मंसिर १७ गते"), written as the Gregorian day.

Nepali pages date their stories in the official calendar of Nepal: twelve solar months of
29 to 32 days, whose lengths follow the sun's passage through the signs and are published
year by year, not computed by a rule; the year starts in mid-April, 56 years and 8 months or
so ahead of the Gregorian one (2083 began on 14 April 2026). India's Vikram Samvat shares the
era and the month names but is lunisolar, so the rewrite is made on Nepali pages (and pages
whose language is not known) only.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# The month lengths of the years 2000-2099 (1943-2043), one word a year, one digit a month
# (its days less 29), Baishakh first, as Nepal's calendar committee published them (the
# years past 2090 projected).
_TABLE = (
    "132321110102 223222101011 223321101011 232321110012 132321110102 223222101011 "
    "223321101011 232321110012 222322011002 223222101011 223321101011 232321110012 "
    "222322011011 223222101011 223321101011 232321110012 222322011011 223222101011 "
    "232321101011 232321110102 222322101011 223222101011 232321110011 232321110102 "
    "222322101011 223222101011 232321110012 132321110102 223222101011 223231101011 "
    "232321110012 132321110102 223222101011 223321101011 232321110012 132322011002 "
    "223222101011 223321101011 232321110012 222322011011 223222101011 223321101011 "
    "232321110012 222322011011 223222101011 232321101011 232321110012 222322101011 "
    "223222101011 232321110011 232321110102 222322101011 223222101011 232321110011 "
    "232321110102 223222101011 223231101011 232321110012 132321110102 223222101011 "
    "223321101011 232321110012 222322010102 223222101011 223321101011 232321110012 "
    "222322011002 223222101011 223321101011 232321110012 222322011011 223222101011 "
    "232321101011 232321110012 222322101011 223222101011 232321110011 232321110102 "
    "222322101011 223222101011 232321110011 232321110102 223222101011 223222101011 "
    "223221110111 232312110111 132321110111 223222101111 123312110111 132321110111 "
    "132321110111 223222110111 123321110111 132321110111 223221110111 223222101111 "
    "123321101011 232321110111 223222010102 223222100111 "
)
_LENGTHS = _TABLE.split()
_FIRST_YEAR = 2000
_FIRST_DAY = date(1943, 4, 14)  # 1 Baishakh 2000
# the first day of each year of the table, and of the year after it
_YEAR_STARTS = [_FIRST_DAY]
for _word in _LENGTHS:
    _YEAR_STARTS.append(_YEAR_STARTS[-1] + timedelta(days=sum(29 + int(c) for c in _word)))

# month number by each spelling
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(langwords.BIKRAM_SAMBAT_MONTHS.split("|"), start=1)
    for name in names.split()
}
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# month day, year; year month day ("२०८३ साल मंसिर १७ गते"); day month year. The years 2040 on
# only (1983 on): an earlier one is as likely a Gregorian year beside a Hindu month's name.
# Its digits Latin (dateparse's) or Devanagari (a title's part titleparts reads).
_YEAR = r"([2\u0968][0\u0966][4-9\u096a-\u096f]\d)"  # in Latin or Devanagari digits
_DATE = _compile(
    rf"{_MONTH}\s*+(\d{{1,2}})\s*+(?:गते\s*+)?,?\s*+{_YEAR}(?!\d)"
    rf"|(?<!\d){_YEAR}\s*+(?:साल\s*+)?,?\s*+{_MONTH}\s*+(\d{{1,2}})(?!\d)(?:\s*+गते)?"
    rf"|(?<!\d)(\d{{1,2}})\s*+(?:गते\s*+)?{_MONTH},?\s*+{_YEAR}(?!\d)"
)
_DEVANAGARI = _compile("[\u0900-\u097f]")
# A numeric day in Devanagari digits, year first ("२०८३/०८/१७", "२०८३-०८-१७ १४:२५"): in
# those digits a year 2040-2099 is Nepal's (no current story's Gregorian year); one in Latin
# digits ("2083-08-17") is not read so, it may be a typo or a code.
_D = "[\u0966-\u096f]"
_NUMERIC = _compile(
    rf"(?<![\d\u0966-\u096f])(\u0968\u0966[\u096a-\u096f]{_D})\s*+([/.-])\s*+({_D}{{1,2}})"
    rf"\s*+\2\s*+({_D}{{1,2}})(?![\d\u0966-\u096f])"
)


# Bikram Sambat in Latin letters, on Nepal's English-language pages ("Mangsir 17, 2083",
# "17 Mangsir 2083", "2083 Mangsir 17"): read only before a year 2040-2099 (no Gregorian year
# a story's date names yet), on pages in Nepali, English or no known language.
LATIN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(langwords.BIKRAM_SAMBAT_MONTHS_LATIN.split("|"), start=1)
    for name in names.split()
}
_LATIN_MONTH = "(" + "|".join(sorted(LATIN_MONTHS, key=len, reverse=True)) + ")"
_LATIN_YEAR = r"(20[4-9]\d)"
_LATIN_DATE = _compile(
    rf"(?<![^\W\d_]){_LATIN_MONTH}\s*+(\d{{1,2}})(?:st|nd|rd|th)?,?\s*+{_LATIN_YEAR}(?!\d)"
    rf"|(?<!\d){_LATIN_YEAR},?\s*+{_LATIN_MONTH}\s*+(\d{{1,2}})(?!\d)"
    rf"|(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s*+{_LATIN_MONTH},?\s*+{_LATIN_YEAR}(?!\d)",
    re.I,
)
_LATIN_HINT = _compile(r"(?<!\d)20[4-9]\d(?!\d)")
_LATIN_LANGS = (None, "ne", "en")


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bikram Sambat date; None outside the table or the month."""
    index = year - _FIRST_YEAR
    if not (0 <= index < len(_LENGTHS) and 1 <= month <= 12):
        return None
    lengths = [29 + int(c) for c in _LENGTHS[index]]
    if not 1 <= day <= lengths[month - 1]:
        return None
    return _YEAR_STARTS[index] + timedelta(days=sum(lengths[: month - 1]) + day - 1)


def _gregorian(months: dict[str, int], m: re.Match[str]) -> str:
    """A match of `_DATE` or `_LATIN_DATE` (the same three orders, their groups in the same
    places) as its Gregorian ISO day, its month's name looked up in `months` (lower case)."""
    g = m.groups()
    if g[0]:
        month, day, year = g[0], g[1], g[2]
    elif g[3]:
        year, month, day = g[3], g[4], g[5]
    else:
        day, month, year = g[6], g[7], g[8]
    found = to_gregorian(int(year), months[month.lower()], int(day))
    return found.isoformat() if found else m.group(0)


def rewrite_latin(s: str, lang: str | None) -> str:
    """`s` with its Bikram Sambat dates in Latin letters as Gregorian ISO days, on a page in
    Nepali, English or no known language (a cheap look for the year first)."""
    if lang not in _LATIN_LANGS or _LATIN_HINT.search(s) is None:
        return s
    return _LATIN_DATE.sub(partial(_gregorian, LATIN_MONTHS), s)


def _numeric_gregorian(m: re.Match[str]) -> str:
    year, month, day = (int(g) for g in m.group(1, 3, 4))  # int() reads Devanagari digits
    found = to_gregorian(year, month, day)
    return found.isoformat() if found else m.group(0)


def rewrite_numeric(s: str, lang: str | None) -> str:
    """`s` with its numeric Bikram Sambat days in Devanagari digits as Gregorian ISO days, on
    a Nepali page or one of no known language (before the digits are read as Latin ones)."""
    if lang not in (None, "ne") or "\u0968" not in s:
        return s
    return _NUMERIC.sub(_numeric_gregorian, s)


def rewrite(s: str, lang: str | None) -> str:
    """`s` with its Bikram Sambat dates as Gregorian ISO days, on a Nepali page or one of no
    known language."""
    if lang not in (None, "ne") or _DEVANAGARI.search(s) is None:
        return s
    return _DATE.sub(partial(_gregorian, MONTHS), s)
