"""Islamic (lunar) Hijri dates ("١٤ رمضان ١٤٤٧ هـ"), read only where a page gives no Gregorian one.

Arabic pages often print the Hijri date beside the Gregorian one; the Gregorian one is what
the cascade reads, and this module is asked only after it found nothing. The conversion is
the tabular (arithmetic) Islamic calendar, which can differ by a day from a country's
sighted or Umm al-Qura month start.
"""

from __future__ import annotations

import re
from datetime import date

from newsarchive.extract import langwords
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import openings

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# month number by each spelling, casefolded
MONTHS: dict[str, int] = {
    spelling.strip().casefold(): number
    for text in langwords.LUNAR_HIJRI_MONTHS.values()
    for number, names in enumerate(text.split("|"), start=1)
    for spelling in names.split("/")
}
_NAMES = "|".join(re.escape(n) for n in sorted(MONTHS, key=len, reverse=True))
_DIGITS = str.maketrans({base + i: str(i) for base in (0x0660, 0x06F0) for i in range(10)})
# day, month, year of the Hijri era (1300-1599; "1447 H", "١٤٤٧ هـ" marks may follow)
DATE = _compile(rf"(?<!\d)(\d{{1,2}})\s+({_NAMES})\s*,?\s+(1[345]\d\d)(?!\d)", re.I)
# what a line needs to be worth reading here (Arabic-Indic digits are read as well)
# (a lookahead for the months' first letters: re tries the ~60 names only where one stands)
HINT = _compile(
    rf"{openings(MONTHS)}(?:{_NAMES})\s*,?\s+(?:1[345]\d\d|[١\u06f1][٣-٥\u06f3-\u06f5][\u0660-\u0669\u06f0-\u06f9]{{2}})",
    re.I,
)
# 1 Muharram 1 (16 July 622 Julian, the civil epoch) is ordinal 1 + ceil... : the days before it
_EPOCH = 227014


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a tabular Islamic date (11 leap years in 30); None if impossible."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(days + _EPOCH)


def rewrite(line: str) -> str | None:
    """`line` with its first Hijri date written as the Gregorian day, or None without one."""
    text = line.translate(_DIGITS)
    m = DATE.search(text)
    if m is None:
        return None
    day = to_gregorian(int(m.group(3)), MONTHS[m.group(2).casefold()], int(m.group(1)))
    if day is None:
        return None
    return f"{text[: m.start()]} {day.isoformat()} {text[m.end() :]}"
