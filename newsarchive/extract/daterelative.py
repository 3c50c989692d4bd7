"""Dates stated against the moment the page was read: "vor 3 Stunden", "gestern, 14:05", "12. März".

Only the fetch time (a WARC-Date, passed in by the caller) says which moment, day or
year such a line means: extraction never reads the clock. dates.py asks here last, when
the page states no absolute date anywhere, so a page that has one reads the same with
or without a fetch time. The word tables are langwords' RELATIVE_*, TODAY_WORDS and
YESTERDAY_WORDS.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from newsarchive.extract import byline, datelinetexts, datetext, langwords, zones
from newsarchive.extract.dateparse import parse_date
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import BARE_SCRIPT as _CJK

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_UNITS = (  # tried in this order: "minggu" (a week) starts like "min"
    ("week", langwords.RELATIVE_WEEK),
    ("day", langwords.RELATIVE_DAY),
    ("hour", langwords.RELATIVE_HOUR),
    ("minute", langwords.RELATIVE_MINUTE),
)
_STEP = {
    "week": timedelta(weeks=1),
    "day": timedelta(days=1),
    "hour": timedelta(hours=1),
    "minute": timedelta(minutes=1),
}


def _words(entries: list[str], stems: bool) -> str:
    """An alternation of words: whole words, or stems a longer word starts with; CJK bare."""
    parts = []
    for word in sorted(entries, key=len, reverse=True):
        w = re.escape(word)
        if _CJK.search(word):
            parts.append(rf"{w}\.?")
        elif stems and word.endswith("."):  # an abbreviation, whole: "mín." no "mínus"
            parts.append(rf"(?<![^\W\d_]){re.escape(word[:-1])}(?!\w)\.?")
        elif stems and len(word) > 1:  # a unit: right after its amount too ("3h", "2d")
            parts.append(rf"(?<![^\W\d_]){w}\w*\.?")
        elif stems:
            parts.append(rf"(?<![^\W\d_]){w}(?!\w)\.?")
        else:  # a ZWNJ joins a Persian word's parts: "پیش‌بینی" is one word, no "پیش"
            parts.append(rf"(?<![\w\u200c]){w}(?![\w\u200c])\.?")
    return "|".join(parts)


def _alternation(table: Mapping[str, str], stems: bool = False) -> str:
    return _words(langwords.entries(table), stems)


_UNIT = "|".join(f"(?P<{name}>{_alternation(table, stems=True)})" for name, table in _UNITS)
_AMOUNT = rf"(?:(?P<n>(?<!\d)\d{{1,3}})|(?P<one>{_alternation(langwords.RELATIVE_ONE)})['’]?)"
_BEFORE = _alternation(langwords.RELATIVE_AGO_BEFORE)
# (not before RELATIVE_AGO_AFTER_NOT's words: "۳ روز پیش از انتخابات" is "before the election")
_AFTER = (
    rf"(?:{_alternation(langwords.RELATIVE_AGO_AFTER)})"
    rf"(?!\s*(?:{_alternation(langwords.RELATIVE_AGO_AFTER_NOT)}))"
)
# "vor 3 Stunden", "il y a 2 heures", "πριν από 3 ώρες" (a short word between) ...
# (Romanian's "de" between twenty or more and the unit: "acum 45 de minute")
_AGO_FIRST = _compile(
    rf"(?:{_BEFORE})\s*(?:[^\W\d_]{{1,8}}\s+)?{_AMOUNT}\s*(?:de\s+)?(?:{_UNIT})", re.I
)
# ... and "3 hours ago", "2 時間前", "3시간 전", "för 2 timmar sedan", "3 jam yang lalu".
_AGO_AFTER = _compile(rf"{_AMOUNT}\s*(?:{_UNIT})\s*(?:{_AFTER})", re.I)


def _units(table: Mapping[str, str]) -> str:
    """Whole unit words by unit name, as named groups ("week" ... "minute")."""
    return "|".join(
        f"(?P<{name}>{_words(langwords.entries({name: table[name]}), False)})" for name, _ in _UNITS
    )


def _beside_ago(units: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        _compile(rf"(?:{_BEFORE})\s*(?:{units})", re.I),
        _compile(rf"(?:{units})\s*(?:{_AFTER})", re.I),
    )


# "godzinę temu", "před hodinou", "منذ ساعة": a unit whose form says one, beside an "ago" word;
# Arabic and Hebrew duals say two ("منذ يومين", "לפני שעתיים").
_AGO_ONE = _beside_ago(_units(langwords.RELATIVE_ONE_UNIT))
_AGO_TWO = _beside_ago(_units(langwords.RELATIVE_TWO_UNIT))
# Hungarian "3 órája", "5 perce", "egy napja": the unit's suffix says "ago".
_AGO_SUFFIXED = _compile(rf"{_AMOUNT}\s*(?:{_units(langwords.RELATIVE_AGO_SUFFIXED)})", re.I)
# Swahili "saa 3 zilizopita", "siku 2 zilizopita": the unit, its amount, then "ago"; read only
# where the line has that "ago" word (one short search, no unit-first search on every line).
_UNIT_FIRST_AFTER = _compile(_alternation(langwords.RELATIVE_AGO_UNIT_FIRST), re.I)
_AGO_UNIT_FIRST = _compile(rf"(?:{_UNIT})\s*{_AMOUNT}\s*(?:{_UNIT_FIRST_AFTER.pattern})", re.I)
_AGO = (_AGO_FIRST, _AGO_AFTER, _AGO_SUFFIXED, *_AGO_ONE, *_AGO_TWO)
_MAX_LINE = 80  # characters: a date line, not a sentence that mentions hours
_BARE_DAY = 30  # a day without a clock time counts only as (nearly) the whole line
# Day and month without a year: "12. März", "12 de marzo", "Mar 12", "3.2. 14:05", "3月12日".
_MONTH = r"([^\W\d_]{3,12})\.?"
_DAY_MONTH = _compile(rf"(?<![\d.])(\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s*(?:de\s+|of\s+)?{_MONTH}")
# (its day may close with a dot, Hungarian "dec. 3. 14:25", but not run on as "Mar 3.5")
_MONTH_DAY = _compile(rf"(?<![^\W\d_]){_MONTH}\s*(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|\.\d)")
# (not beside a third dotted number: Korean's short "26. 12. 3." is year, month, day)
_NUMERIC = _compile(
    r"(?<![\d.:])(?<!\d\.\s)(\d{1,2})\.\s?(\d{1,2})\.(?![\d])(?!\s?\d{1,2}\.(?!\d))"
)
_CJK_DAY = _compile(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Month/day with the weekday in brackets ("12/2(水) 14:05配信", "12/2(수)"): month first.
_SLASHED_WEEKDAY = _compile(
    r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*[(（][月火水木金土日월화수목금토일][)）]"
)
# Month/day before a clock time with no weekday ("12/3 14:25", "12-03 14:25", "12.03 오후
# 2:25"): month first on Japanese, Korean and Chinese pages only, whose short day is always
# month/day (elsewhere "12/3" is as likely 12 March). Not a third number after the day: a
# year there is a full date, which datetext reads.
_SHORT_MONTH_DAY = _compile(
    r"(?<![\d/.:-])(1[0-2]|0?[1-9])([/.-])(3[01]|[12]\d|0?[1-9])(?![\d/.:-])"
    r"(?=[\s,]{0,3}(?:[오午]\S{0,2}\s?)?\d{1,2}[:時시]\d)"
)
# Its day-first twin ("03/12 10:15", "03.12 10:15 Uhr", "03-12 10:15") on pages whose language
# writes its numeric days day first and never month first (English writes both: left alone).
_SHORT_DAY_MONTH = _compile(
    r"(?<![\d/.:-])(3[01]|[12]\d|0?[1-9])([/.-])(1[0-2]|0?[1-9])(?![\d/.:-])"
    r"(?=[\s,]{0,3}(?:(?:à|a las|alle|um|om|kl\.?|klo|o|às|в|saat)\s)?\d{1,2}[:.h]\d)"
)
# (not Swedish nor Lithuanian: an ISO "12-03" there is a month and day)
_SHORT_DAY_MONTH_LANGS = frozenset(
    (
        *("el", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "tr", "pl", "cs", "sk", "ro"),
        *("bg", "sr", "hr", "bs", "sl", "da", "nb", "nn", "no", "fi", "et", "lv", "is", "ca"),
        *("gl", "id", "ms", "vi"),
    )
)
# (nor Basque, whose numeric day is year first: "26/12/3", so "12/03" month first)
# Regions writing a language's short day in another order, where it stays unread: Canadian
# French writes year-month-day ("2026-12-03": "12-03" is 3 December), and a page for the
# United States ("es-US") sits beside month-first English.
_SHORT_ORDER_UNSURE = {"fr-ca"}
# English writes both orders, so its short day is read only where the page's region writes it
# day first: Britain's, Ireland's, Australia's, New Zealand's, India's, South Africa's ... (not
# Canada's, which writes both, nor the Philippines', month first like the US).
_DAY_FIRST_ENGLISH = frozenset(
    ("gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "ng", "ke", "gh", "mt")
)
# ... not in a line naming a span ("12/3〜12/5 14:00", "12/3 10:00 - 12/5 14:00": an event's days)
# (a wave dash or tilde anywhere, an en dash between digits: "12/3 14:25 \u2013 Kyodo" is no span)
_SPAN = _compile(r"[〜～~]|\d\s?–\s?\d")
_SHORT_MONTH_DAY_LANGS = ("ja", "ko", "zh")
# A clock time next to a day ("14:05", "15h44", "午後6時40分"), as datetext reads them.
_CLOCK = _compile(r"\d\s*[:h時时시]\s*\d\d|\d\.\d\d\s*(?:uhr|h|uur)\b", re.I)
# Languages writing the year first, so a day without one month first: Korean "12. 3. 14:25"
# and Hungarian "12. 03. 14:25" are 3 December (German "3.12. 14:25" is too, day first);
# a line with Hangul in it is Korean whatever the markup says ("12. 3. 오후 2:25").
_MONTH_FIRST = ("ko", "hu", "ja", "zh")
_HANGUL = _compile("[\uac00-\ud7a3]")
_FUTURE = timedelta(days=1)  # a day later than the fetch (its zone unsure) is last year's


def hint(lang: str | None) -> re.Pattern[str]:
    """What a line needs to be worth reading here: a digit, a today/yesterday or "ago" word."""
    return _day_words(lang)[2]


def read(text: str, now: datetime, lang: str | None, region: str | None = None) -> datetime | None:
    """The date `text` states against `now` (the fetch time in the page's zone, or UTC);
    `region` is the page's declared one ("ca" for "fr-CA"), or None.

    An instant ("3 hours ago") comes back aware; a wall clock ("gestern, 14:05",
    "12. März 14:05") naive, for the caller to put in the page's zone; a day alone
    ("vor 2 Tagen", "12. März") as a naive midnight, the cascade's bare day.
    """
    text = unicodedata.normalize("NFKC", " ".join(text.split()))
    if len(text) > _MAX_LINE or datelinetexts.has_year(text):
        return None
    hangul = _HANGUL.search(text) is not None
    month_first = lang in _MONTH_FIRST or hangul
    order = _short_pattern(lang, region, hangul) if _SPAN.search(text) is None else None
    return (
        _ago(text, now, lang)
        or _today_or_yesterday(text, now, lang)
        or _without_year(text, now, month_first, _short_in(text, order, lang))
        or (_short_year(text, now) if order is _SHORT_DAY_MONTH else None)
    )


# An English short stamp as a day is printed: day and month in two digits each, one whole
# clock after them ("03/12 10:15", "03/12 10.15am"), once in the line. English prints its
# figures so too: cricket's "3/12, 4.2 ov", odds' "3/1 10:30", "24/7", "03/12 10:15 to 05/12".
_ENGLISH_STAMP = _compile(
    r"(?<![\d/.:-])(?:3[01]|[12]\d|0[1-9])[/.-](?:1[0-2]|0[1-9])(?![\d/.:-])"
    r"[\s,]{0,3}\d{1,2}[:.]\d\d(?![\d.:])"
)
# (nor beside a North American clock's name: "NEW YORK, 12/03 10:15 ET" on a British page
# is the US's order)
_NORTH_AMERICAN_ZONE = _compile(r"\b(?:[ECMP]|AK|H|N)[SD]?T\b")


def _short_in(text: str, short: re.Pattern[str] | None, lang: str | None) -> re.Pattern[str] | None:
    """`short`, the page's short day's pattern, where `text` may hold such a day: in English
    only as `_ENGLISH_STAMP` prints it, once (the order alone is the region's guess)."""
    if (
        short is _SHORT_DAY_MONTH
        and lang == "en"
        and (len(_ENGLISH_STAMP.findall(text)) != 1 or _NORTH_AMERICAN_ZONE.search(text))
    ):
        return None
    return short


# A day with a two-digit year and no clock ("3/12/26", "03-12-26"): a day of any order,
# left out of datelinetexts.HAS_YEAR (a day past the 12th aside); read here, on a line of little
# more, where the page's language and region write numeric days day first.
_SHORT_YEAR_DAY = _compile(
    r"(?<![\d/.:-])(3[01]|[12]\d|0?[1-9])([/-])(1[0-2]|0?[1-9])\2(\d\d)(?![\d/.:-])"
)


# ... alone on its line or after a date label ("Published", "Publié le", "Udgivet"): after
# other words it is a reference, an issue's number or a score ("Az. 3/12/26", "Nr. 3/12/26").
_SHORT_YEAR_LEAD = _compile(
    r"(?:(?:"
    + "|".join(
        re.escape(w)
        for w in (*langwords.DATE_LABELS, *langwords.entries(langwords.PUBLICATION_NOUNS))
    )
    + r")(?!\w)"
    r"\W*(?:[^\W\d_]{1,3}\W*)?)?",
    re.I,
)
_SHORT_YEAR_TAIL = " .,;:|·•-–—"


def _short_year(text: str, now: datetime) -> datetime | None:
    """The day of a line holding "3/12/26" alone or after a date label (a bare day: naive
    midnight); not one after the fetch's day. Hyphened, both numbers in two digits
    ("03-12-26"): "3-1-26" is a code."""
    if len(text) > _BARE_DAY or (m := _SHORT_YEAR_DAY.search(text)) is None:
        return None
    if text[m.end() :].strip(_SHORT_YEAR_TAIL) or not _SHORT_YEAR_LEAD.fullmatch(
        text[: m.start()].strip()
    ):
        return None
    if m.group(2) == "-" and not len(m.group(1)) == len(m.group(3)) == 2:
        return None
    try:
        found = datetime(2000 + int(m.group(4)), int(m.group(3)), int(m.group(1)))
    except ValueError:  # "31/11/26"
        return None
    return found if found.date() <= now.date() + _FUTURE else None


def _short_pattern(lang: str | None, region: str | None, hangul: bool) -> re.Pattern[str] | None:
    """The short day's pattern in the order the page's language and region write it."""
    if lang in _SHORT_MONTH_DAY_LANGS or hangul:
        return _SHORT_MONTH_DAY
    if (
        lang in _SHORT_DAY_MONTH_LANGS
        and region not in zones.MONTH_FIRST_REGIONS
        and f"{lang}-{region}" not in _SHORT_ORDER_UNSURE
    ) or (lang == "en" and region in _DAY_FIRST_ENGLISH):
        return _SHORT_DAY_MONTH
    return None


def short_stamp(text: str, lang: str | None, region: str | None = None) -> bool:
    """Whether `text` holds a short day before a clock ("05.12 09:12", "12/3 14:25"): a
    ticker's or a comment list's stamp as much as a byline."""
    text = unicodedata.normalize("NFKC", " ".join(text.split()))
    short = _short_in(text, _short_pattern(lang, region, _HANGUL.search(text) is not None), lang)
    if short is not None and short.search(text) is not None:
        return True
    # a dotted day and month ("05.12. 09:12", "12. 3. 14:25"), read in the page's order
    # (`_NUMERIC`), right before its clock
    m = _NUMERIC.search(text)
    return m is not None and _CLOCK.search(text, m.end(), m.end() + 7) is not None


_AGO_WORD_TABLES = (
    langwords.RELATIVE_AGO_BEFORE,
    langwords.RELATIVE_AGO_AFTER,
    langwords.RELATIVE_AGO_SUFFIXED,
    langwords.RELATIVE_AGO_UNIT_FIRST,
)
_AGO_ENTRIES = [e for table in _AGO_WORD_TABLES for e in langwords.entries(table)]
# every word of an "ago" entry (a line holding none states no such time) and, in scripts
# written without spaces, the entries themselves ("3小时前", "3 ชั่วโมงที่แล้ว")
_AGO_TOKENS = frozenset(w for e in _AGO_ENTRIES for w in e.split())
_AGO_BARE = tuple(e for e in _AGO_ENTRIES if _CJK.search(e))
_TOKEN_ENDS = "0123456789.,:;!?|·•()[]\"'«»„“”-–—"


def ago_start(text: str) -> int | None:
    """Where a time stated against now begins in `text` ("Jane Doe 12 hours ago", "Anna Muster
    vor 3 Stunden"): a byline's date after the name, for authors.py to cut off."""
    span = ago_span(text)
    return span[0] if span else None


def ago_span(text: str) -> tuple[int, int] | None:
    """Where the first time stated against now begins and ends in `text` (a byline may name
    a writer after it: "Jane Doe 12 hours ago, Tom Kay"). The patterns are tried only where
    an "ago" word stands (each costs a search of many alternatives)."""
    folded = text.casefold()
    if _AGO_TOKENS.isdisjoint(w.strip(_TOKEN_ENDS) for w in folded.split()) and not any(
        b in folded for b in _AGO_BARE
    ):
        return None
    found = [m.span() for rx in _AGO if (m := rx.search(text))]
    if not found and _UNIT_FIRST_AFTER.search(text) and (m := _AGO_UNIT_FIRST.search(text)):
        found.append(m.span())
    return min(found) if found else None


# A sentence's close: a line ending so, with words of its own beside the time, says when
# something happened ("Godzinę temu rozpoczęła się sesja.", "Egy órája tart a vita."), no date.
# A byline's words are no sentence's: its names (capitalised, with their particles), "by" and
# "and" ("Von Anna Müller und Jan Schulz, vor 3 Std.", "Updated 3 hours ago by Jane Doe.")
_SENTENCE_CLOSE = _compile(r"[.!?।。]\s*$")
_SENTENCE_WORDS = 3
_BYLINE_WORDS = (
    frozenset(
        e.split()[-1].casefold()  # the "by" itself: "von" of "verfasst von", not Italian's "a"
        for table in (langwords.BYLINE_BY, langwords.BYLINE_BY_LOWER)
        for e in langwords.entries(table)
    )
    | byline.NAME_PARTICLES
)
_AND_WORDS = {lang: frozenset(words.split(", ")) for lang, words in langwords.AND_WORDS.items()}
_ANY_AND = frozenset().union(*_AND_WORDS.values())
_WORD_ENDS = ".,:;!?|·•()[]\"'«»„“”-–—/"


def _in_sentence(text: str, m: re.Match[str], lang: str | None) -> bool:
    """Whether the line holding the time at `m` is a sentence: it closes as one, and three of
    its words beside the time are neither a name's (capitalised past the first) nor a
    byline's "by" or "and" (in the page's language; any language's when unknown)."""
    if _SENTENCE_CLOSE.search(text) is None:
        return False
    skip = _BYLINE_WORDS | _AND_WORDS.get((lang or "").split("-")[0], _ANY_AND)
    before, after = text[: m.start()].split(), text[m.end() :].split()
    own, first = 0, 0 if before else -1  # the line's first word: capitalised as a sentence's
    for i, token in enumerate(before + after):
        word = token.strip(_WORD_ENDS)
        if not any(c.isalpha() for c in word):
            continue  # a mark, the cut unit's full stop
        if (i != first and word[0].isupper()) or word.casefold() in skip:
            continue
        own += 1
    return own >= _SENTENCE_WORDS


def _ago(text: str, now: datetime, lang: str | None = None) -> datetime | None:
    m = next((m for rx in _AGO if (m := rx.search(text))), None)
    if m is None and _UNIT_FIRST_AFTER.search(text):
        m = _AGO_UNIT_FIRST.search(text)
    if m is None or _in_sentence(text, m, lang):
        return None
    if "n" in m.re.groupindex:
        amount = int(m.group("n")) if m.group("n") else 1
    else:
        amount = 2 if m.re in _AGO_TWO else 1
    unit = next(name for name, _ in _UNITS if m.group(name))
    moment = now - amount * _STEP[unit]
    if unit in ("week", "day"):
        return datetime.combine(moment.date(), datetime.min.time())
    if now.tzinfo is not None:
        # hours and minutes elapsed, not wall-clock ones: "vor 2 Stunden" read at 04:30 CEST
        # on the night the clocks went forward is 01:30 CET (Python subtracts on the wall
        # clock, an hour that never was, 02:30, labelled +01:00)
        moment = (now.astimezone(UTC) - amount * _STEP[unit]).astimezone(now.tzinfo)
    return moment.replace(second=0, microsecond=0)


# Hungarian's units that say "ago" themselves, as that language's "ago" words: "egy órája"
# has no digit, nor another word to find it by
_SUFFIXED_AGO = {"hu": ", ".join(langwords.RELATIVE_AGO_SUFFIXED.values())}


def _day_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Today's and yesterday's words in the page's language (all languages' when unknown),
    and what hint() finds."""
    key = lang if lang in langwords.TODAY_WORDS else None
    if key not in _DAY_WORDS:
        today = {key: langwords.TODAY_WORDS[key]} if key else _long(langwords.TODAY_WORDS)
        yesterday = {key: langwords.YESTERDAY_WORDS[key]} if key else langwords.YESTERDAY_WORDS
        today_rx, yesterday_rx = _alternation(today), _alternation(yesterday)
        # an "ago" word: a line without a digit is worth reading for it too ("an hour ago",
        # "vor einer Stunde", "godzinę temu", "منذ ساعتين"); on a page of a known language
        # only (every language's words would make this search, ~100 texts a page, 30 times
        # slower)
        ago = [
            t[key]
            for t in (
                langwords.RELATIVE_AGO_BEFORE,
                langwords.RELATIVE_AGO_AFTER,
                langwords.RELATIVE_AGO_UNIT_FIRST,
                _SUFFIXED_AGO,
            )
            if key in t
        ]
        ago_rx = _alternation({"": ",".join(ago)}) if ago else ""
        _DAY_WORDS[key] = (
            re.compile(today_rx, re.I),
            re.compile(yesterday_rx, re.I),
            re.compile(rf"\d|{today_rx}|{yesterday_rx}" + (f"|{ago_rx}" if ago_rx else ""), re.I),
        )
    return _DAY_WORDS[key]


def _long(table: Mapping[str, str]) -> dict[str, str]:
    """A table without its two-letter words ("ma" is Hungarian today, Polish "has"): they are
    read only on a page known to be in their language."""
    return {
        lang: ",".join(w for w in words.split(",") if len(w.strip()) > 2 or _CJK.search(w))
        for lang, words in table.items()
    }


_DAY_WORDS: dict[str | None, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def _today_or_yesterday(text: str, now: datetime, lang: str | None) -> datetime | None:
    """ "Heute, 14:05" is that wall clock on the fetch's day: the word becomes the day."""
    today, yesterday, _ = _day_words(lang)
    for rx, back in ((yesterday, 1), (today, 0)):
        if m := rx.search(text):
            day = now.date() - timedelta(days=back)
            if not _CLOCK.search(text) and len(text) > _BARE_DAY:
                return None
            return parse_date(text[: m.start()] + f" {day.isoformat()} " + text[m.end() :])
    return None


def _without_year(
    text: str, now: datetime, month_first: bool, short: re.Pattern[str] | None
) -> datetime | None:
    """A day and month: the latest such day not after the fetch (Dec 30 read on Jan 2 is
    last year's), with the clock time and zone printed beside it; a short "12/3 14:25" on a
    page whose language writes month/day (`short`)."""
    if not _CLOCK.search(text) and len(text) > _BARE_DAY:
        return None
    for year in (now.year, now.year - 1):
        found = _with_year(text, year, month_first, short)
        if found is None:
            return None
        if found.date() <= now.date() + _FUTURE:
            return found
    return None


def _with_year(
    text: str, year: int, month_first: bool, short: re.Pattern[str] | None = None
) -> datetime | None:
    """The text with `year` written into its first year-less day, as datetext reads days;
    a dotted "12. 3." month first where `month_first`, a short "12/3 14:25" (or "3/12 14:25")
    where `short` is the language's order's pattern."""
    rxs = (_CJK_DAY, _SLASHED_WEEKDAY, _NUMERIC, _DAY_MONTH, _MONTH_DAY)
    for rx in (*rxs, short) if short else rxs:
        for m in rx.finditer(text):
            # (a first number past 12 is no month: "24.11." is day first anywhere)
            swap = month_first and rx is _NUMERIC and int(m.group(1)) <= 12
            if not _names_a_month(m, rx, swap):
                continue
            spelled = _spelled(m, rx, year, swap)
            found = parse_date(text[: m.start()] + spelled + text[m.end() :])
            if found is not None and _day_of(found, m, rx, swap):
                return found
    return None


def _spelled(m: re.Match[str], rx: re.Pattern[str], year: int, swap: bool) -> str:
    if rx is _SHORT_DAY_MONTH:
        return f"{year}年{m.group(3)}月{m.group(1)}日"
    if rx in (_CJK_DAY, _SLASHED_WEEKDAY, _SHORT_MONTH_DAY):
        return f"{year}年{m.group(1)}月{m.group(3 if rx is _SHORT_MONTH_DAY else 2)}日"
    if rx is _NUMERIC:
        day, month = (m.group(2), m.group(1)) if swap else (m.group(1), m.group(2))
        return f"{day}.{month}.{year}"
    return f"{m.group(0)} {year}" if rx is _DAY_MONTH else f"{m.group(0)}, {year}"


def _names_a_month(m: re.Match[str], rx: re.Pattern[str], swap: bool) -> bool:
    """Whether a day's word is a month ("12 März"), not any word ("12 Kommentare")."""
    if rx is _DAY_MONTH:
        return datetext.month_number(m.group(2)) is not None
    if rx is _MONTH_DAY:
        return datetext.month_number(m.group(1)) is not None
    if rx in (_SHORT_MONTH_DAY, _SHORT_DAY_MONTH) and m.group(2) != "/":
        # dotted or hyphened, a day prints both numbers in two digits ("12.03", "01-05"):
        # "1.5 14:25" is a figure, "3-1 14:25" a score
        return len(m.group(1)) == len(m.group(3)) == 2
    if rx in (_SHORT_MONTH_DAY, _SHORT_DAY_MONTH):
        return True  # its pattern bounds the month
    return 1 <= int(m.group(2 if rx is _NUMERIC and not swap else 1)) <= 12


def _day_of(found: datetime, m: re.Match[str], rx: re.Pattern[str], swap: bool) -> bool:
    """Whether the date read is the one written in (not another pattern elsewhere)."""
    if rx is _SHORT_MONTH_DAY:
        return found.day == int(m.group(3))
    if rx is _SHORT_DAY_MONTH:
        return found.day == int(m.group(1))
    second = rx in (_CJK_DAY, _SLASHED_WEEKDAY, _MONTH_DAY) or swap
    return found.day == int(m.group(2) if second else m.group(1))
