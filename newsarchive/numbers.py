"""Numbers in headers, URLs and attributes, read as their grammars say: ASCII digits only.

WARC 1.1 (`Content-Length = 1*DIGIT`), the ARC header line and HTTP (RFC 9110) all mean
%x30-39 by DIGIT. `str.isdigit` takes more: '²' is a digit to it and `int('²')` raises (a
traceback), while `int` itself takes Arabic-Indic and full-width digits ('\u0661\u0662'), '+12' and
'1_000' as 12 and 1000. A header holding any of those holds no number: every reader asks
here (`header_number`, `ascii_digits`) and names the record as one without a length. URLs
(RFC 3986 DIGIT), a page's counters (`data-page="2"`, `?page=3`, a pager's "3") and the
numbers in our own file names are read here too: a "²" in a pager's link is no page number.
A number shown as text (`shown_number`: a pager link's label) is read in any script's digits.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]+")
_BLANKS = " \t"  # OWS around a header's value
# `int` refuses a text of over 4,300 digits (ValueError); no length has over 19 anyway
MAX_DIGITS = 4000


def ascii_digits(text: str | bytes) -> bool:
    """Whether `text` is one or more ASCII digits, nothing else (no blanks, sign or '_')."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    return _DIGITS.fullmatch(text) is not None


def header_number(value: str | bytes | None) -> int | None:
    """The number a header's value spells in ASCII digits (blanks around it allowed), else
    None: '²', '١٢', '+12', '1_000', '-1', '12 kB', '' and an absent header alike."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    text = value.strip(_BLANKS)
    if len(text) > MAX_DIGITS or not ascii_digits(text):
        return None
    return int(text)


def shown_number(text: str) -> int | None:
    """The number a page shows its readers (a pager's "3"), in any script's decimal digits:
    an Arabic or Persian pager's '٣' or '۳', a Hindi one's '३' is 3 (`int` reads them),
    a '²' or '①' (no decimal digit: `int` raises) is no number."""
    text = text.strip()
    if not text.isdecimal() or len(text) > MAX_DIGITS:
        return None
    return int(text)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """A count and its noun as a reader says them: "1 article", "0 articles", "2 URLs"
    (`plural` where adding "s" is wrong)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
