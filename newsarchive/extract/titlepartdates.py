"""Dates and times of day a template prints in a title: beside the site's name ("Title -
Site, 03.12.2026"), as a part of their own ("Title - 10:15 | Site"), after a comma
closing the headline ("..., Montag, 13. Mai 2026 | Site"), in brackets at either end
("【1月13日】..."). A date among the headline's words ("Hafenfest am 13. Mai 2026
abgesagt") is the headline's and stays.
"""

from __future__ import annotations

from newsarchive.extract import langwords
from newsarchive.extract.datetext import WEEKDAY_WORDS, whole_date
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.site import is_site
from newsarchive.extract.titlepartbrackets import (
    ANY_OPENING,
    CLOSERS,
    LEADING_NAME,
    OPENERS,
    TRAILING_NAME,
)
from newsarchive.extract.titlepartmarks import MIN_REST, cjk_width

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


# A date sites print beside their name ("Title - Site, 03.12.2026", "Title - 03/12/2026 -
# Poder - Site", "标题 - 海滨网, 2026年12月3日"): no headline's words.
_DATE = _compile(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}|\d{4}年\d{1,2}月\d{1,2}日")
# the words for a month in the languages of `langwords.MONTH_NAMES` ("december", "dez", "déc")
_MONTH_WORDS = frozenset(
    w for text in langwords.MONTH_NAMES.values() for w in text.casefold().replace("|", " ").split()
)
MAX_DATE_WORDS = 4  # "5 December 2026", "Dec. 5, 2026", "le 5 décembre 2026" (and a weekday before)


# A time of day a template prints after a date ("05.12.2026 um 10:15 Uhr", "5 Dec 2026 at
# 10:15 GMT", "2026-12-05 10:15"), or alone as a part ("Title - 10:15 | Site"): a word for
# "at" before it or not, a clock's or zone's word after it
_CLOCK = _compile(
    r"(?i)(?:(?:^|\s)(?P<at>at|um|à|a las|alle|ore|kl\.?|klo|klockan|om|o godz\.?|godz\.?|às|saat)"
    r"\s{1,3}|^|\s|(?P<comma>,)\s{0,3})\d{1,2}[:.h]\d{2}"
    r"(?:\s{0,3}(?P<zone>uhr|h|hrs|[ap]\.?m\.?|gmt|utc|cet|cest|bst|ist|et|msk))?$"
)


def _unclocked(part: str) -> str:
    """A part without the time of day closing it (`_CLOCK`): "05.12.2026" of "05.12.2026 um
    10:15 Uhr"."""
    return part[: m.start()].rstrip(" ,") if (m := _CLOCK.search(part)) else part


def unclocked(value: str) -> str:
    """A title without a time of day closing it ("Mayor resigns at 10:15", "Mayor resigns,
    10:15 Uhr"); the title as it is where none does. A bare figure after a word is no
    time a template printed: "Rates fall to 4.25" beside a source cut before the figure
    keeps it."""
    m = _CLOCK.search(value)
    if m and (m["at"] or m["comma"] or m["zone"]):
        return value[: m.start()].rstrip(" ,")
    return value


def is_dated(part: str) -> bool:
    """A part that is a date: in figures ("05.12.2026", "2026年12月5日"), or a day, a month's
    word and a year ("5 December 2026", "Dec. 5, 2026", "5. Dezember 2026"), or any other
    day the date reader reads whole ("13 de maio de 2026", Hebrew "13 במאי 2026", Korean
    "2026년 5월 13일", Thai "13 พ.ค. 2569": `datetext.whole_date`); a time of day after it
    or alone too ("5 Dec 2026 at 10:15", "10:15 Uhr")."""
    if _CLOCK.fullmatch(part := part.strip()):
        return True
    if (day := _unclocked(part)) != part:
        return bool(day) and is_dated(day)
    if _DATE.fullmatch(part):
        return True
    words = [w.rstrip(".,").casefold() for w in part.split()]
    if len(words) > 2 and words[0] in WEEKDAY_WORDS:
        words = words[1:]  # "Montag, 13. Mai 2026", "Friday 5 December 2026"
    if not 2 <= len(words) <= MAX_DATE_WORDS:
        return whole_date(part)
    months = sum(w in _MONTH_WORDS for w in words)
    years = sum(len(w) == 4 and w.isdigit() for w in words)
    return (
        months == 1
        and years == 1
        and all(w in _MONTH_WORDS or (w.isdigit() and len(w) <= 4) for w in words)
    ) or whole_date(part)


def _date_line(part: str) -> bool:
    """A date as a template prints it after a comma: in figures ("13.05.2026") or opening
    with its weekday ("Montag, 13. Mai 2026"). A date in words alone closes a headline as
    often ("Streik endet, 13. Mai 2026", "Council minutes, May 13, 2026")."""
    words = part.split()
    return bool(words) and (
        _DATE.fullmatch(_unclocked(part.strip())) is not None
        or (words[0].rstrip(".,").casefold() in WEEKDAY_WORDS and is_dated(part))
    )


MAX_DATE_COMMAS = 3  # "Title, Monday, May 13, 2026"


def comma_undated(part: str) -> str:
    """A title's last part without a date after a comma closing it, where the site's name
    was cut after it ("Stadtrat stimmt zu, Montag, 13. Mai 2026 | Site"): the template's
    date line run into the title, no headline's words (a date inside one has no comma
    before it: "Hafenfest am 13. Mai 2026 abgesagt", or follows its weekday: "Wahl am
    Sonntag, 13. Mai 2026", "Vote set for Tuesday, May 13, 2026"). Only a date line goes
    (`_date_line`): "Streik endet, 13. Mai 2026 | Site" keeps its date."""
    commas = [i for i, c in enumerate(part) if c == ","][-MAX_DATE_COMMAS:]
    for i in commas:
        words = part[:i].split()
        if words and words[-1].rstrip(".").casefold() in WEEKDAY_WORDS:
            continue
        if cjk_width(part[:i]) >= MIN_REST and _date_line(part[i + 1 :]):
            return part[:i].rstrip()
    return part


_DATED_NAME = _compile(r"(?P<name>[^,]{1,80}),\s*(?P<date>.{1,50})")


def undated(parts: list[str], sites: frozenset[str]) -> list[str]:
    """A title's parts without the date after a comma in the site's part ("Site, 03.12.2026");
    a date part after the site's name goes as its slogan would (`strip_sites`)."""
    if len(parts) < 3:
        return parts
    m = _DATED_NAME.fullmatch(parts[-1])
    if m and is_dated(m["date"]) and is_site(m["name"], sites):
        return [*parts[:-1], m["name"]]
    return parts


# A day in CJK figures: "2026年1月13日", "1月13日", "１月１３日(火)", "1月13日 10時30分"
# (a weekday's character in brackets, a time after it); Python's \d reads full-width digits
_CJK_DAY = _compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[（(][月火水木金土日][)）])?"
    r"(?:\s*(?:午前|午後)?\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分)?))?"
)


def unbracket_dates(value: str) -> str:
    """The title without a date in brackets at either end: a template's stamp of the day
    ("港で火災、3人けが\uff082026年1月13日\uff09", "【1月13日】港で火災", "Storm hits coast
    (5 December 2026)"), no headline's words. A bracket holding more than the date
    ("\uff081月13日の会見\uff09") or a date inside the headline ("1月13日に港で火災") stays, and so
    does a date with too little beside it to be a headline."""
    if not ANY_OPENING.search(value) and "\uff3b" not in value:
        return value
    m = _LEADING_DAY.match(value) or LEADING_NAME.match(value)
    if m and _bracket_date(m["name"]) and cjk_width(value[m.end() :]) >= MIN_REST:
        value = value[m.end() :]
    m = _TRAILING_DAY.search(value) or TRAILING_NAME.search(value)
    if m and _bracket_date(m["name"]) and cjk_width(value[: m.start()]) >= MIN_REST:
        value = value[: m.start()].rstrip()
    return value


# (a day with its weekday in brackets inside the bracket: "【1月13日(火)】")
# (and full-width square brackets: "\uff3b1月13日\uff3d")
_DAY_OPENING, _DAY_CLOSING = f"[{OPENERS}\uff3b]", f"[{CLOSERS}\uff3d]"
_LEADING_DAY = _compile(
    rf"(?!(?<=\s)\s)\s*{_DAY_OPENING}\s*(?P<name>{_CJK_DAY.pattern})\s*{_DAY_CLOSING}\s*"
)
_TRAILING_DAY = _compile(
    rf"(?!(?<=\s)\s)\s*{_DAY_OPENING}\s*(?P<name>{_CJK_DAY.pattern})\s*{_DAY_CLOSING}\s*$"
)


def _bracket_date(text: str) -> bool:
    """A day in brackets, not a time of day alone: "(20:15 Uhr)" after a broadcast's or a
    match's headline says when it airs or kicks off, the headline's words."""
    return bool(_CJK_DAY.fullmatch(text.strip())) or (
        is_dated(text) and not _CLOCK.fullmatch(text.strip())
    )
