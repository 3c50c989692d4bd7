"""Dates as pages print them, in many languages, without a general-purpose date library.

"13. Mai 2026 um 15:44", "13 de mayo de 2026", "2026年5月13日 15時44分", "2026.01.29 18:40",
"Do 25.04.24 | 14:07 Uhr", "May 13, 2026 3:44 pm EDT": the day is found first (year-month-day,
day-month-year or month-day-year, month as a number or a name in one of the languages below),
then a time of day next to it, then an offset or zone abbreviation after that time.
A regex pass over a short string costs microseconds; dateparser costs milliseconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsarchive.extract import datebikram, langwords
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Month names and abbreviations of every language in langwords.MONTH_NAMES (lowercase, NFKC).
MONTHS: dict[str, int] = langwords.month_numbers()
# Each language's own month words where another language gives the same word another month.
_OWN_MONTHS: dict[str, dict[str, int]] = langwords.clashing_months()
# Each language's month words (any month): a month-first date whose month is another
# language's, after a capitalised word, is a name and a number ("Team Mashi 3 2026", Zulu's
# March on an English page), not a day.
_LANG_MONTHS: dict[str, frozenset[str]] = langwords.month_words()
# (from a word's start only: the window is cut out, so a word cut at its edge still counts)
_WORD_BEFORE = _compile(r"(?<![^\W\d_])([^\W\d_]+)\s+$")
# A word where a month name may stand; MONTHS decides (one big alternation is 10x slower).
# An abbreviation's mark after it: a dot, Hebrew's geresh (U+05F3), Devanagari's "॰" ("फ़र॰").
_MONTH = r"([^\W\d_]{3,12})[.\u05f3\u0970]?"
# Indic and Thai vowel signs are no letters to `\w`: "मार्च", "กุมภาพันธ์" (and a two-letter
# "मई", Arabic "آب", Persian "مه", "دی") need them named, in a slower pattern read only where
# such a letter is in the text. So do Gurmukhi, Gujarati, Telugu, Kannada, Malayalam, Sinhala,
# Lao, Burmese and Khmer signs (their digits left out), the joiners Malayalam's and Sinhala's
# spellings hold ("ഒക്\u200cടോബർ"), and two-letter Ethiopic names ("ሜይ").
_INDIC_MONTH = (
    r"((?:[^\W\d_]|[\u0900-\u0963\u0980-\u09e3\u0a01-\u0a63\u0a70\u0a71\u0a81-\u0ae3\u0b80-\u0bd7"
    r"\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63\u0d81-\u0de5\u0df2\u0df3\u0e31-\u0e4e"
    r"\u0eb1-\u0ecd\u102b-\u103e\u1056-\u1059\u17b4-\u17d3\u200c\u200d]){2,14})[.\u0970]?"
)
_INDIC = _compile(
    r"[\u0600-\u06ff\u0900-\u0963\u0980-\u09e3\u0a01-\u0d7f\u0d81-\u0df4\u0e01-\u0e4e"
    r"\u0e81-\u0ecd\u1000-\u109f\u1200-\u137f\u1780-\u17d3]"
)
# Solar Hijri months (Iran): a date in them is turned into the Gregorian one.
SOLAR_MONTHS = {
    name: number
    for text in langwords.SOLAR_HIJRI_MONTHS.values()
    for number, names in enumerate(text.split("|"), start=1)
    for name in names.split()
}
# "มี.ค." spelt out ("มีนาคม"); a two-digit Buddhist-era year after it ("มี.ค. 69") in full.
_DOTTED = {
    abbr.strip(): langwords.MONTH_NAMES[lang].split("|")[number].split()[0]
    for lang, text in langwords.MONTH_DOTTED.items()
    for number, abbr in enumerate(text.split("|"))
}
_DOTTED_ALTERNATIVES = "|".join(re.escape(a) for a in sorted(_DOTTED, key=len, reverse=True))
_DOTTED_MONTH = _compile(rf"({_DOTTED_ALTERNATIVES})\s*(\d{{2}}(?!\d))?")
_THAI = _compile(r"[\u0e01-\u0e4e]")
# Irish two-word months ("Meán Fómhair", September) as CLDR's one-word abbreviations; a
# Mongolian month named by its number ("5 сарын", "тавдугаар сарын": "fifth month's",
# the number with a suffix too) as the month's English name (langwords' ordinals run to 15
# letters, longer than a month's word here).
_IRISH_TWO_WORD = _compile(r"(?i)\b(m)eán\s+fómhair\b|\b(d)eireadh\s+fómhair\b")
_MN_ORDINALS = {
    names.split()[0]: number for number, names in enumerate(langwords.MONTH_NAMES["mn"].split("|"))
}
_EN_MONTHS = [names.split()[0] for names in langwords.MONTH_NAMES["en"].split("|")]
_MN_MONTH = _compile(
    r"(?i)(?<!\w)(?:(1[0-2]|0?[1-9])\s*-?\s*(?:р|дугаар|дүгээр)?|(арван\s+)?"
    r"([^\W\d_]+д[уү]г[аэ]{2}р))\s+сар(?:ын|ыг|д|ий)?(?!\w)"
)
# Words for "day", "month" and "year" around a Khmer, Lao or Burmese date ("ថ្ងៃទី១៣ ខែឧសភា
# ឆ្នាំ២០២៦", "ວັນທີ 13 ເດືອນ ພຶດສະພາ ປີ 2026", "၂၀၂၆ ခုနှစ် မေလ ၁၃ ရက်"), glued to what they
# name: a space instead.
_CALENDAR_SCRIPTS = _compile(r"[\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]")
_CALENDAR_WORDS = _compile(
    "|".join(
        re.escape(w)
        for w in sorted(langwords.entries(langwords.CALENDAR_WORDS), key=len, reverse=True)
    )
)
# Levantine two-word months ("كانون الثاني", January) as one word; a month's gloss in
# parentheses after it ("آذار (مارس) 2026") goes, not a zone in words ("(بتوقيت القاهرة)",
# Persian "(به وقت تهران)").
_ARABIC_TWO_WORD = {
    "كانون الثاني": "يناير", "كانون الاول": "ديسمبر", "كانون الأول": "ديسمبر",
    "تشرين الأول": "أكتوبر", "تشرين الاول": "أكتوبر", "تشرين الثاني": "نوفمبر",
    # ... and Sorani Kurdish's ("کانوونی یەکەم", December)
    "کانوونی دووەم": "يناير", "کانونی دووەم": "يناير", "کانوونی یەکەم": "ديسمبر",
    "کانونی یەکەم": "ديسمبر", "تشرینی یەکەم": "أكتوبر", "تشرینی دووەم": "نوفمبر",
}  # fmt: skip
_ARABIC_MONTH = _compile(
    "|".join(_ARABIC_TWO_WORD) + r"|\s*\((?!\s?(?:ب?توقيت|به وقت))[\u0600-\u06ff\s]{2,15}\)"
)
_ARABIC = _compile(r"[\u0600-\u06ff]")
# Japanese era years: Reiwa 1 is 2019, Heisei 1 was 1989 ("元" is the first year).
_ERAS = {"令和": 2018, "平成": 1988}
_ERA = _compile(r"(令和|平成)\s*(元|\d{1,2})\s*年")
# Taiwan's Minguo (ROC) years: 1912 is year 1, so "民國115年" and a bare "115年12月3日" are
# 2026. A bare three-digit year only from 100 (2011) to 119, right before a month.
_MINGUO_OFFSET = 1911
_MINGUO = _compile(r"(?:中華)?民國\s*(\d{2,3})\s*年|(?<!\d)(1[01]\d)\s*年(?=\s*\d{1,2}\s*月)")
_ERA_MARK = _compile(
    "|".join(re.escape(w) for w in langwords.entries(langwords.YEAR_ERA_MARKS)) or "(?!)"
)
_SOLAR_MONTH = _compile(
    r"(?<!\w)(?:" + "|".join(n for n in SOLAR_MONTHS if not n.isascii()) + r")(?!\w)"
)


def solar_hijri(s: str) -> bool:
    """Whether `s` names a Solar Hijri month ("۱۲ اسفند ۱۴۰۴")."""
    return _ARABIC.search(s) is not None and _SOLAR_MONTH.search(s) is not None


_D = r"(\d{1,2})"
_Y = r"(\d{4})"
# Vietnamese "ngày 3 tháng 3 năm 2026" and "03 tháng 3, 2026": day, "month" and its number
# (CLDR's short "3 thg 2, 2026" too).
_VI_DMY = _compile(rf"(?<!\d){_D}\s+(?:tháng|thg)\s*{_D},?\s*(?:năm\s+)?(\d{{4}})(?!\d)", re.I)
_YMD = _compile(rf"(?<!\d){_Y}\s*[-./年년]\s*{_D}\s*[-./月월]\s*{_D}(?!\d)\s*[日일]?")
# Korean's CLDR short form "26. 2. 3. 오후 2:05": a two-digit year first, each part dotted;
# read on Korean pages only (elsewhere "26. 2. 3." could be a day and month).
_KO_YMD_SHORT = _compile(r"(?<![\d.])(\d\d)\.\s*(\d{1,2})\.\s*(\d{1,2})\.(?!\d)")
_HANGUL = _compile("[\uac00-\ud7a3]")
# A two-digit year first in a numeric date with a time after it ("26.12.04 15:05", "26/12/04
# 15:05", an ISO-like "26-12-04T15:05+09:00"; a dotted day may close with a dot, Korean's
# "26.12.04.") or ending its text, a weekday at most after it ("26/12/04(金)": a date element's
# text): the order Korean, Japanese and Chinese pages print, read on those only (elsewhere
# "26.12.04" is 26 December 2004).
YEAR_FIRST_LANGS = frozenset(("ko", "ja", "zh"))
_YMD_SHORT_CLOCK = _compile(
    r"(?<![\d.:/-])(\d\d)([./-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])"
    r"(?:(?<=\.\d)\.|(?<=\.\d\d)\.)?(?![\d.:/-])"
    r"(?=(?:T(?=\d)|[\s,]{0,3}(?:\([^\W\d_]{1,3}\)\s?)?)(?:(?:[오午]\S{0,2}\s?)?\d{1,2}:\d\d|$))"
)
_DMY_NUM = _compile(rf"(?<![\d.]){_D}\s*([./-])\s*{_D}\s*\2\s*(\d{{4}}|\d{{2}})(?![\d.]\d)")
# A time of day right after a day with a two-digit year ("02-12-26, 14:05", "02/12/26 om
# 14:05", "02/12/26 - 14:05 h"): a date line, its day read in the page's order (day first,
# or the US's), as with a four-digit year.
# A dotted clock counts too ("3/2/26 14.05", Indonesian), and so does a clock just before the
# day ("14:05 3/2/26", "2:05 CH 3/2/26": Vietnamese prints the time first).
# (spaces split one way around the mark: a mark between two "\s*" tried every split of a run)
SHORT_YEAR_CLOCK = r"\s*(?:[,|·–-]\s*)?(?:[^\W\d_]{1,5}\.?\s+)?(?:\d{1,2}[:h]|\d\d\.)\d\d(?![\d.])"
_CLOCK_AFTER_SHORT_YEAR = _compile(SHORT_YEAR_CLOCK)
_CLOCK_BEFORE_SHORT_YEAR = _compile(r"\d[:h]\d\d(?:\s*[^\W\d_]{1,3}\.?)?\s*[,|·–-]?\s*$")


def _name_patterns(
    month: str, day_comma: str = ""
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Day-month-year, month-day-year and year-month-day with `month` as the month's word.

    The last is Hungarian "2026. május 13." and Lithuanian "2026 m. gegužės 13 d.", Armenian
    "2026 թ. մայիսի 13", Basque "2026ko maiatzaren 13a" (CLDR's "2026(e)ko maiatzaren
    13(a)"), Mongolian "2026 оны 5 сарын 13", Malayalam "2026, മേയ് 13".
    `day_comma` lets a comma close the day ("3, డిసెంబర్ 2026", Telugu pages).
    The day may take a hyphen or a suffix ("13-май" Kyrgyz, "13ê gulanê" Kurdish), the
    month "of" (Maltese "13 ta' Mejju"), the year "year" (Tajik "майи соли 2026").
    """
    dmy = (  # Catalan "3 d'abril"
        rf"(?<!\d){_D}(?:er|st|nd|rd|th|ê)?\.?{day_comma}\s*(?:-\s*)?"
        rf"(?:de\s+|of\s+|d['’]\s?|ta['’]\s?)?"
        rf"{month},?\s*(?:de\s+|del\s+|соли\s+)?{_Y}(?!\d)"
    )
    mdy = (  # Colombian "diciembre 04 de 2026"; Burmese comma "\u104a"
        rf"(?<![^\W\d_]){month}\s*{_D}(?:st|nd|rd|th)?\.?\s?[,\u104a]?\s*(?:de\s+)?{_Y}(?!\d)"
    )
    ymd = rf"(?<!\d){_Y}(?:[.,]|(?:\(e\)|e)?ko)?\s*(?:m\.\s*|թ\.\s*|оны\s+)?{month}\s*{_D}(?!\d)"
    return _compile(dmy, re.I), _compile(mdy, re.I), _compile(ymd, re.I)


# Latvian "2026. gada 3. marts": the year, "year's", the day, the month; so Kazakh "2026 жылғы
# 13 мамыр" (CLDR's "2026 ж. 13 мамыр") and Kyrgyz "2026-жылдын 13-майы" ("2026-ж., 13-май").
_LV_YDM = _compile(
    rf"(?<!\d){_Y}(?:\.\s*gad[aā]\s|\s*-?\s*ж(?:ылғы|ылы|ылдын|ыл|\.),?)\s*{_D}[.-]?\s*{_MONTH}",
    re.I,
)


_NAMED = _name_patterns(_MONTH)
# (in Indic scripts a comma may close the day: Telugu "3, డిసెంబర్ 2026")
_INDIC_NAMED = _name_patterns(_INDIC_MONTH, day_comma=",?")
_DMY_NAME = (_NAMED[0], _INDIC_NAMED[0])
_MDY_NAME = (_NAMED[1], _INDIC_NAMED[1])
_AFTER = "|".join(langwords.entries(langwords.CLOCK_AFTER))
_BEFORE = "|".join(langwords.entries(langwords.CLOCK_BEFORE))
# A dotted time before a zone's name is a time ("Tue 3 Feb 2026 14.05 GMT"), upper case only;
# so is one before am/pm ("29 January 2026 6.40pm").
_DOT_ZONES = "(?-i:GMT|UTC|BST|CET|CEST|MEZ|MESZ|EET|EEST|SAST|AEST|AEDT|NZST|NZDT|IST|WIB)"
_TIME = _compile(
    # "14時05分", simplified "14时05分", colloquial "14点05分" (only with its minute sign)
    # Flemish "14u05", Vietnamese "14 giờ 25" ("14 giờ 25 phút")
    rf"(?<![\d.:])(\d{{1,2}})\s*(?:[:時时시h]|u(?=\d\d(?!\d))|点(?=\s*\d{{1,2}}\s*分)"
    r"|giờ(?=\s?\d\d(?!\d))"
    rf"|\.(?=\d\d\s*(?:{_AFTER}|{_DOT_ZONES}|[ap]\.?\s?m)\b))\s*"
    r"(\d{2}|\d(?=\s*[分분]))"  # "2時5分", "2시 5분": a minute unpadded before its sign
    r"(?:\s*[:分분]\s*(\d{2})(?!\d))?(?:\s*[秒초])?\s*"
    # before noon / after it: "am", Spanish "a. m.", Greek "π.μ.", Malay "pg", Arabic "ص",
    # Persian "ق.ظ"; "pm", "p. m.", "μ.μ.", "ptg", "م", "ب.ظ"
    # (not a word's start, a lower-case letter after it: "10:40 America/New_York", "Amsterdam")
    r"(?:(a\.\s?m\.|a\.?m(?:\.|(?-i:(?![a-zà-ÿ])))|π\.\s?μ\.|pg(?!\w)|ص(?:باحا|باحاً)?(?!\w)|ق\.\s?ظ\.?)"
    r"|(p\.\s?m\.|p\.?m(?:\.|(?-i:(?![a-zà-ÿ])))|μ\.\s?μ\.|ptg(?!\w)|م(?:ساء|ساءً)?(?!\w)|ب\.\s?ظ\.?))?"
    # a sentence's full stop may follow ("18:40. Actualizado ..."), not a fraction or a date
    r"(?!\d|\.\d)",
    re.I,
)
# "kl. 15.44", "um 15.44", "15.44 Uhr": a dotted time needs a word saying it is one.
_DOT_TIME = _compile(rf"(?:\b(?:{_BEFORE})\.?\s*)(\d{{1,2}})\.(\d{{2}})(?!\d)", re.I)
# A dotted time right after the day, with no word before it: "2 december 2026 16.45" (Nordic,
# Finnish pages), its hour in two digits as 24-hour clocks print it ("29 January 2026 6.40"
# may be evening). Not "10.000" nor the start of another date ("16.12.").
# With seconds too ("29.01.2026 18.40.00", a dotted `strftime`).
# After a day written with dots ("23.11.2026 9.07", "23. marraskuuta 2026 9.07": Finnish,
# Danish and Indonesian CLDR patterns), the 24-hour clock of those locales, one-digit hours too.
_DOT_TIME_AFTER_DAY = _compile(r"[\s,]*(\d{1,2})\.(\d{2})(?:\.(\d{2}))?(?![\d.])")
# A whole hour: "5 AM PT", "5 p.m. ET", "14 Uhr" (read only where no time with minutes is).
_HOUR = _compile(
    r"(?<![\d.:])(\d{1,2})\s*(a\.\s?m\.|p\.\s?m\.|a\.?m\.?|p\.?m\.?|uhr)(?!\w)"
    # "à 20 h", "a las 20 h", "às 20h": an "h" after "at" (alone, "3 h" is three hours)
    r"|(?:(?<!\w)à|(?<!\w)a las|(?<!\w)às)\s+(\d{1,2})\s*h(?!\w)",
    re.I,
)
# The part of the day in words beside a 12-hour time, longest words first: "a" (morning),
# "p" (afternoon and evening), "d" (midday), "n" (night). Plain string tests: a regex
# searched over the text before every time cost a date line 40 microseconds.
_PARTS_OF_DAY: list[tuple[str, str]] = sorted(
    (
        (word, part)
        for part, table in (
            ("a", langwords.CLOCK_MORNING),
            ("p", langwords.CLOCK_AFTERNOON),
            ("d", langwords.CLOCK_MIDDAY),
            ("n", langwords.CLOCK_NIGHT),
        )
        for word in langwords.entries(table)
    ),
    key=lambda e: len(e[0]),
    reverse=True,
)
_PART_WORDS = tuple(word for word, _ in _PARTS_OF_DAY)
# ... and "pm 2:30", "a.m. 9:15" before it, as pages have printed the English marks
_PARTS_BEFORE = [*_PARTS_OF_DAY, ("p.m.", "p"), ("a.m.", "a"), ("pm", "p"), ("am", "a")]
_PART_WORDS_BEFORE = tuple(word for word, _ in _PARTS_BEFORE)


def _part_after(after: str) -> str:
    """ "2:30 petang", "8:30 вечера": the part of the day said right after a time, if any."""
    text = after.lstrip().casefold()
    if not text.startswith(_PART_WORDS):
        return ""
    for word, part in _PARTS_OF_DAY:
        if text.startswith(word) and not text[len(word) : len(word) + 1].isalnum():
            return part
    return ""


def _part_before(before: str) -> str:
    """ "오후 2:30", "下午2:30", "du. 2:30": the part of the day said right before a time."""
    text = before[-30:].rstrip().casefold()
    if not text.endswith(_PART_WORDS_BEFORE):
        return ""
    for word, part in _PARTS_BEFORE:
        if not text.endswith(word):
            continue
        ahead = text[-len(word) - 1 : -len(word)]
        # a word in an alphabet starts a word there ("de." is no part of "Kde.")
        if word[0] >= "\u2e80" or not (ahead.isalpha() or ahead.isdigit()):
            return part
    return ""


_OFFSET = _compile(
    r"^\s*(?:uhr\s*)?\(?(?:(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?"
    r"|([+-])(\d{2})(?::?(\d{2}))?)(?![\d:])",  # "+01:00", "+0100", "+01"
    re.I,
)
_DURATION = _compile(
    r"\s*(?:min|mins|minutes?|minuten|minutos|minuti|minutter|minuter|sek|sec|secs|seconds?)(?!\w)",
    re.I,
)
_RANGE_END = _compile(r"^\s*-\s*(\d{1,2})(?:[:h.]?(\d{2}))?(?![\d:])")
# Upper case only: "ist" is a German word, IST a zone. Russian pages name Moscow time in Cyrillic.
# A label glued on by markup ("7:55 AM UTCUpdated": two elements, no space) ends a zone too.
# Two of them for a zone's seasons ("CET/CEST", "EST/EDT") name the zone (dateparse reads it).
_ABBREVIATION = _compile(r"^\W{0,3}(?:[Uu]hr\s*)?\(?([A-Z]{1,5}(?:/[A-Z]{1,5})?|МСК)(?![a-z\d])")
# A word in capitals after an abbreviation: a line in capitals ("14:25 GET THE APP")
_CAPITALS_AFTER = _compile(r"\W{1,3}[A-ZÀ-ÞА-Я]{2}")
# Abbreviations of one country's zone all year, some also words in capitals ("GET", "MUT",
# "BOT", "VET"): a zone only where no word in capitals follows
ONE_COUNTRY = frozenset(
    {"AFT", "SLST", "AZT", "GET", "UZT", "MMT", "BTT", "MVT", "MUT", "VET", "BOT", "UYT", "FJT"}
)
# An IANA zone's name after the time ("2026-12-03 18:40:00 Europe/Berlin", PHP's format "e").
_IANA = _compile(
    r"^\W{0,3}(?:[Uu]hr\s*)?((?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+"
    r"(?:/[A-Za-z_]+)?)"
)
# Moscow time as Russian pages also write it: "мск", "по московскому времени", "по Москве".
_MOSCOW = _compile(r"^\W{0,3}(?:мск|по\s+(?:московскому\s+времени|москве))(?!\w)", re.I)


def _zone_words() -> dict[str, str]:
    """langwords.ZONE_WORDS as lower-case phrase -> IANA zone name."""
    found = {}
    for text in langwords.ZONE_WORDS.values():
        for entry in text.split(","):
            phrase, _, zone = entry.partition("=")
            if phrase.strip() and zone.strip():
                found[phrase.strip().lower()] = zone.strip()
    # Arabic "بتوقيت القاهرة" ("in Cairo's time") is also printed without its "in"
    found.update(
        {p[1:]: z for p, z in found.items() if p.startswith("بتوقيت") and p[1:] not in found}
    )
    return found


# A zone in words after the time ("10h15 (horário de Brasília)", "10:15 hs (hora argentina)",
# "10:15 Uhr deutscher Zeit", "10:15 a.m. Eastern Time"), or just before the day
# ("北京时间2026年3月4日 10:15", "日本時間 2026年3月4日").
_ZONE_WORDS = _zone_words()
_ZONE_WORD = "|".join(re.escape(w) for w in sorted(_ZONE_WORDS, key=len, reverse=True))
_ZONE_WORD_AFTER = _compile(
    rf"^\W{{0,4}}(?:(?:uhr|hrs?|hs|h)\.?\W{{0,3}})?({_ZONE_WORD})(?!\w)", re.I
)
_ZONE_WORD_BEFORE = _compile(rf"(?<!\w)({_ZONE_WORD})[\s:：(（]*$", re.I)
_ZONE_WORD_SPAN = 24  # characters before a day where its zone's words may stand

_NEAR = 40  # characters between a day and its time of day, at most
# Direction marks CLDR's Arabic and Hebrew patterns put inside a date ("03\u200f/02\u200f/2026")
BIDI_MARKS: dict[int, str | None] = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))
BIDI_MARKS[0x2212] = "-"  # a typographic minus in an offset ("UTC\u22123") is its sign
_NEXT_YEAR = _compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
ZoneLookup = Callable[[str], "tzinfo | None"]


def parse_text(
    s: str,
    zone_of: ZoneLookup,
    month_first: bool = False,
    solar: bool = False,
    lang: str | None = None,
    spelled: bool = False,
) -> datetime | None:
    """The first full date in `s` with its time of day and zone when printed next to it.

    `month_first` reads an ambiguous "05/06/2026" as May 6 (American pages), else June 5;
    `solar` reads a numeric date of year 1300-1499 as Solar Hijri (printed in Persian digits);
    `lang` reads a month name as that language's first (see `month_number`); `spelled`
    says `s` is NFKC already, its direction marks gone and `spell_out` applied (dateparse's).
    """
    if spelled:
        pass
    elif not s.isascii():
        s = spell_out(unicodedata.normalize("NFKC", s).translate(BIDI_MARKS), lang)
    found = _find_day(s, month_first, solar, lang)
    if found is None:
        return None
    (year, month, day), start, end = found
    if day != month and day <= 12 and month <= 12 and _swapped_by_weekday(s, start, end, found[0]):
        month, day = day, month
    try:
        d = datetime(year, month, day)
    except ValueError:
        return None
    near = end + _NEAR  # a time further on is another date's ("... 4.2.2026 | Erstellt: ... 14:05")
    if (other := _NEXT_YEAR.search(s, end, near)) is not None:
        near = other.start()  # or a time after the next date
        if (again := _same_day_again(s, end, near, (year, month, day), month_first, lang)) > 0:
            near = again + _NEAR  # the day again in another calendar: its time may follow
            if (other := _NEXT_YEAR.search(s, again, near)) is not None:
                near = other.start()
    clock = (
        _not_an_offset(s, _TIME.search(s, end, near))
        or _DOT_TIME.search(s, end, near)
        or _dot_time_after_day(s, start, end, near)
        or _last(_TIME.finditer(s, max(0, start - _NEAR), start))
        # "Julkaistu klo 14.25 | 3.12.2026": a dotted time with its word, before the day
        or _last(_DOT_TIME.finditer(s, max(0, start - _NEAR), start))
        or _HOUR.search(s, end, near)
    )
    if clock is None or (clock.re is _TIME and _DURATION.match(s, clock.end()) and _length(clock)):
        return d  # "26.10.2025 | 2:43 min" is a video's length, not its time of day
    if (
        clock.re is _TIME
        and clock.start() >= end
        and _after_a_length_word(s[end : clock.start()])
        and not _marked_a_time(clock, s[clock.end() :])
    ):
        return d
    hour = int(clock.group(1) or clock.group(3) if clock.re is _HOUR else clock.group(1))
    minute = int(clock.group(2)) if clock.re is not _HOUR else 0
    second = int(clock.group(3) or 0) if clock.re in (_TIME, _DOT_TIME_AFTER_DAY) else 0
    if clock.re is _TIME:
        marker = "pm" if clock.group(5) else "am" if clock.group(4) else ""
        after = s[clock.end() : clock.end() + 30]
        if (swahili := _swahili_hour(hour, s[: clock.start()], after)) is not None:
            hour = swahili
        else:
            hour = _twelve_hour(hour, marker, s[: clock.start()], after, lang)
    elif clock.re is _HOUR:
        hour = _twelve_hour(hour, clock.group(2) or "", s[: clock.start()], "", lang)
    try:
        d = d.replace(hour=hour, minute=minute, second=second)
    except ValueError:
        return datetime(year, month, day)
    rest = s[clock.end() :]
    if clock.re is not _HOUR and _ends_a_range(rest, d):
        return d
    tz = _zone_after(_after_the_clock(rest), zone_of) or _zone_words_before(s, start)
    if tz is None and clock.start() < start:  # a time before the day: its zone after the day
        tz = _zone_after(s[end:], zone_of)
    return d.replace(tzinfo=tz) if tz else d


def _not_an_offset(s: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """A time after the day, unless it is the zone's offset: in "14:05 Thứ năm, 03/12/2026
    (GMT+07:00)" (Vietnamese pages print the time first) "07:00" is no time of day."""
    if m is None:
        return None
    before = s[max(0, m.start() - 5) : m.start()].rstrip()
    return None if before.endswith(("+", "\u2212")) or _OFFSET_SIGN.search(before) else m


_OFFSET_SIGN = _compile(r"(?:GMT|UTC)\s?-$", re.I)


MAX_WHOLE_DATE = 40  # "Mittwoch, 13. Mai 2026, 10:15 Uhr": longer is more than a date
_LETTER = _compile(r"[^\W\d_]")


def whole_date(s: str, lang: str | None = None) -> bool:
    """Whether `s` is one day and nothing else (a clock time after it aside): "13 de maio de
    2026", "13 במאי 2026", "2026년 5월 13일", "13 พ.ค. 2569", "Montag, 13. Mai 2026"
    (a weekday's name before it, in the languages `_WEEKDAY_OF` lists). A title's part so
    shaped is a template's date line (titleparts), no headline's words."""
    if len(s) > MAX_WHOLE_DATE or not any(c.isdigit() for c in s):
        return False
    if not s.isascii():
        s = spell_out(unicodedata.normalize("NFKC", s).translate(BIDI_MARKS), lang)
    found = _find_day(s, False, False, lang)
    if found is None:
        return False
    _, start, end = found
    before = s[:start].strip(" ,.").casefold()
    after = _TIME.sub("", s[end:])
    return (not before or before in _WEEKDAY_OF) and not _LETTER.search(after)


# Weekdays (Monday first) a numeric date may follow: their names and abbreviations in the
# languages whose sites print a US-ordered date beside their own (a CMS's default format,
# Drupal's "Fri, 01/02/2026 - 18:40", on a European site).
_WEEKDAYS = (
    "monday mon mo montag lundi lun lunes lunedì lunedi maandag ma segunda seg",
    "tuesday tue tues di dienstag mardi mar martes martedì martedi dinsdag terça ter",
    "wednesday wed mi mittwoch mercredi mer miércoles miercoles mié mercoledì mercoledi "
    "woensdag wo quarta qua",
    "thursday thu thur thurs do donnerstag jeudi jeu jueves jue giovedì giovedi donderdag "
    "quinta qui",
    "friday fri fr freitag vendredi ven viernes vie venerdì venerdi vrijdag vr sexta sex",
    "saturday sat sa samstag sonnabend samedi sam sábado sabado sáb sab zaterdag za",
    "sunday sun so sonntag dimanche dim domingo dom domenica zondag zo",
)
_WEEKDAY_OF = {w: i for i, words in enumerate(_WEEKDAYS) for w in words.split()}
# (titleparts.py: a weekday's name opening a date beside the site's name)
WEEKDAY_WORDS = frozenset(w for w in _WEEKDAY_OF if len(w) > 3)
# (dates.py: a weekday's name or abbreviation opening a date after an update's)
WEEKDAY_NAMES = frozenset(_WEEKDAY_OF)
_WEEKDAY_BEFORE = _compile(r"(?<!\w)([^\W\d_]{2,10})\.?,?\s*(?:den\s+)?$", re.I)


def _swapped_by_weekday(s: str, start: int, end: int, ymd: tuple[int, int, int]) -> bool:
    """Whether a numeric date that reads either way ("01/02/2026") is the other way round by
    the weekday printed just before it: "Fri, 01/02/2026" is Friday 2 January 2026 on any
    page (1 February is a Sunday). Not a date with a month name, nor year first; an
    abbreviation of three letters or fewer only capitalised or with its dot or comma ("Fr",
    "ven.", "Fri,"): in lower case it is as often another language's word ("di", "do", "ma")."""
    if any(c.isalpha() for c in s[start:end]) or s[start : start + 4].isdigit():
        return False
    m = _WEEKDAY_BEFORE.search(s, max(0, start - 16), start)
    if m is None or (weekday := _WEEKDAY_OF.get(m.group(1).lower())) is None:
        return False
    word = m.group(1)
    if len(word) <= 3 and word.islower() and s[m.end(1) : m.end(1) + 1] not in (".", ","):
        return False  # a lower-case word of a line ("Edizione di 02/03/2026", "Edição do ...")
    year, month, day = ymd
    try:
        return date(year, month, day).weekday() != weekday == date(year, day, month).weekday()
    except ValueError:
        return False


def _same_day_again(
    s: str,
    end: int,
    year_at: int,
    ymd: tuple[int, int, int],
    month_first: bool,
    lang: str | None,
) -> int:
    """Where a second date that is the same day ends, when it starts right after the first
    (its year at `year_at`): the one day in two calendars (Persian pages print the Solar
    Hijri day, then the Gregorian one, then the time: "14 Azar 1405 - 5 December 2026 -
    14:32" in Persian digits), whose time may follow the second; 0 where the next date is
    another day (a range, an update's date)."""
    rest = s[end : year_at + 12]
    found = _find_day(rest, month_first, False, lang)
    if found is None or found[0] != ymd or found[1] > year_at - end:
        return 0
    return end + found[2]


_MINUTE_SIGN = _compile(r"^\s*[分분秒초]")


def _after_the_clock(rest: str) -> str:
    """The text after a time, past its minute's or second's sign and a part of the day said
    in words ("10時15分 JST", "3:15 अपराह्न IST", "3:15 de la tarde CET"): where a zone follows."""
    if m := _MINUTE_SIGN.match(rest):
        rest = rest[m.end() :]
    if not rest or not (_part_after(rest) or _WORD_START.match(rest)):
        return rest
    text = rest.lstrip()
    folded = text.casefold()
    for word, _ in _PARTS_OF_DAY:
        if folded.startswith(word) and not folded[len(word) : len(word) + 1].isalnum():
            return text[len(word) :]
    return rest


_WORD_START = _compile(r"^\s*(?!\d)\w")


def _zone_words_before(s: str, start: int) -> tzinfo | None:
    """The zone named in words just before a day ("北京时间2026年3月4日 10:15")."""
    if m := _ZONE_WORD_BEFORE.search(s, max(0, start - _ZONE_WORD_SPAN), start):
        return _zone_of_words(m.group(1))
    return None


def _zone_of_words(words: str) -> tzinfo | None:
    name = _ZONE_WORDS.get(words.lower())
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


# a length's word, longest phrases first, its end matched at a word's edge
_LENGTH_WORDS = sorted(langwords.entries(langwords.LENGTH_WORDS), key=len, reverse=True)


def _after_a_length_word(gap: str) -> bool:
    """Whether the text between a day and a clock ends in a length's word ("Video 2:45",
    "Lesezeit 4:30", "Dauer: 2:45"): the clock is then a video's or a reading's length. Any
    other word keeps the time: a listed word, not any capitalised one, as German capitalises
    every noun and pages put a place or a kick-off before a time ("Anpfiff 14:30")."""
    tail = gap.rstrip().removesuffix(":").rstrip().casefold()
    for word in _LENGTH_WORDS:
        if tail.endswith(word):
            before = tail[: len(tail) - len(word)]
            if not before or not before[-1].isalnum():
                return True
    return False


# What says a clock is a time of day after it: "Uhr", "uur", a zone ("14:30 MEZ"); not "h",
# which also ends a length ("Laufzeit 1:45 h").
_TIME_MARK_AFTER = _compile(rf"^\s*(?:uhr|uur|{_DOT_ZONES})(?!\w)", re.I)


def _marked_a_time(clock: re.Match[str], rest: str) -> bool:
    """Whether a clock's own marks make it a time of day, whatever word stands before it:
    "am"/"pm", "Uhr", a zone, a part of the day ("Jane Smith 2:45 pm", "Hamburg 14:30 Uhr").
    No verse's or length's number is printed so."""
    return bool(
        clock.group(4)
        or clock.group(5)
        or _TIME_MARK_AFTER.match(rest)
        or _ZONE_WORD_AFTER.match(rest)
        or _part_after(rest)
    )


def _length(clock: re.Match[str]) -> bool:
    """Whether a time before "min" is a length: "2:43 min", "1h15min"; not Brazil's clock
    "10h15min" (two digits of hours before an "h": no video or reading time runs that long)."""
    hour = clock.group(1)
    return not (len(hour) == 2 and clock.string[clock.end(1) : clock.start(2)].strip() in "hH")


def _dot_time_after_day(s: str, start: int, end: int, near: int) -> re.Match[str] | None:
    m = _DOT_TIME_AFTER_DAY.match(s, end, near)
    if m is None or len(m.group(1)) == 2 or "." in s[start:end]:
        return m
    return None  # "29 January 2026 6.40" may be evening


def spell_out(s: str, lang: str | None = None) -> str:
    """Thai dotted month abbreviations, Arabic two-word months, Japanese era years
    ("令和8年", "平成元年") and Taiwan's Minguo years ("民國115年", "115年12月") as the words
    and numbers datetext reads; on a Tigrinya page (`lang`), its Gregorian months; on a
    Nepali one, Bikram Sambat dates as the Gregorian day."""
    if "年" in s:
        s = _ERA.sub(_era_year, s)
        s = _MINGUO.sub(_minguo_year, s)
    if "." in s and (m := _DOTTED_MONTH.search(s)) is not None:
        year = f" 25{m.group(2)}" if m.group(2) and _THAI.match(m.group(1)) else ""
        s = s[: m.start()] + _DOTTED[m.group(1)] + year + s[m.end() :]
    if "сар" in s:
        s = _MN_MONTH.sub(_mongolian_month, s)
    if "ómhair" in s:
        s = _IRISH_TWO_WORD.sub(lambda m: f"{m.group(1) or m.group(2)}fómh", s)
    if _CALENDAR_SCRIPTS.search(s):
        s = _CALENDAR_WORDS.sub(" ", s)
    if _ARABIC.search(s):
        s = _ARABIC_MONTH.sub(lambda m: _ARABIC_TWO_WORD.get(m.group(0), ""), s)
    if "." in s and _INDIC.search(s):
        s = _ERA_MARK.sub(" ", s)  # "ธันวาคม พ.ศ. 2569": the month, then its year
    if _ETHIOPIC.search(s):
        if lang == "ti" and not _ETHIOPIAN_ERA.search(s):
            s = _TI_MONTH.sub(lambda m: _EN_MONTHS[_TI_MONTHS[m.group(0)] - 1], s)
        s = geez_digits(s)
        s = _ETHIOPIAN_DATE.sub(_ethiopian_date, s)
        s = _ETHIOPIAN_FIGURES.sub(_ethiopian_figures, s)
    if "isha" in s:
        s = _SOMALI_MONTH.sub(lambda m: _EN_MONTHS[int(m.group(1)) - 1], s)
    if "\u101d" in s:
        s = _MY_WA.sub("0", s)
    if lang in (None, "ne"):
        s = datebikram.rewrite(s, lang)  # Nepal's calendar: "मंसिर १७, २०८३"
    if "\u060c" in s:
        s = s.replace("\u060c", ",")  # the Arabic comma: Urdu's "3 دسمبر، 2026"
    return s


# Somali's numbered months ("Bisha 12aad", the twelfth month): its name in English.
_SOMALI_MONTH = _compile(r"(?<!\w)[Bb]isha\s+(1[0-2]|0?[1-9])(?:aad|\.)(?!\w)")
# Burmese pages type the letter wa (U+101D) for the digit zero (U+1040) inside a number.
_MY_WA = _compile(r"(?<=\d)\u101d|\u101d(?=\d)")
# Ethiopia's calendar (Amharic pages: "ኅዳር 25, 2019 ዓ.ም"): 13 months, 12 of 30 days and
# Pagume of 5 or 6; its year 2019 began on 11 September 2026. A date in its months is turned
# into the Gregorian one ("4 December 2026").
_ETHIOPIC = _compile(r"[\u1200-\u137f]")
_ETHIOPIAN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            # (and Tigrinya's spellings: Tigray's pages date so, with the era's mark)
            "መስከረም", "ጥቅምት ጥቅምቲ", "ኅዳር ህዳር ሕዳር", "ታኅሣሥ ታህሳስ ታኅሳስ ታህሣሥ ታሕሳስ", "ጥር ጥሪ",
            "የካቲት ለካቲት", "መጋቢት", "ሚያዝያ ሚያዚያ", "ግንቦት ጉንበት", "ሰኔ ሰነ", "ሐምሌ ሀምሌ ሓምለ",
            "ነሐሴ ነሀሴ ነሓሰ", "ጳጉሜ ጳጉሜን",
        ),
        start=1,
    )
    for name in names.split()
}  # fmt: skip
_ET_MONTH = "(" + "|".join(sorted(_ETHIOPIAN_MONTHS, key=len, reverse=True)) + ")"
_ETHIOPIAN_DATE = _compile(
    # (the spaces around "ቀን" and the comma split one way)
    rf"{_ET_MONTH}\s*+(\d{{1,2}})\s*+(?:ቀን\s*+)?(?:,\s*+)?(\d{{4}})(?!\d)"
    rf"|(?<!\d)(\d{{1,2}})\s*+(?:ቀን\s*+)?{_ET_MONTH}\s*+(?:,\s*+)?(\d{{4}})(?!\d)"
)
# Tigrinya (Eritrea's pages, CLDR's `ti`) gives the Gregorian months the Ethiopian names
# ("4 ታሕሳስ 2026" is 4 December): read so on a Tigrinya page unless the year carries the
# Ethiopian era's mark ("ዓ.ም", "ዓ/ም": a Tigray page's Ethiopian date).
_TI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "ጥሪ", "ለካቲት የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት ጉንበት", "ሰነ ሰኔ", "ሓምለ ሐምሌ",
            "ነሓሰ ነሐሴ", "መስከረም", "ጥቅምቲ ጥቅምት", "ሕዳር ኅዳር ህዳር", "ታሕሳስ ታኅሣሥ",
        ),
        start=1,
    )
    for name in names.split()
}  # fmt: skip
_TI_MONTH = _compile("|".join(sorted(_TI_MONTHS, key=len, reverse=True)))
_ETHIOPIAN_ERA = _compile(r"ዓ\s?[./]\s?ም")
_ETHIOPIAN_EPOCH = 2796  # the proleptic Gregorian ordinal of Meskerem 1 of the year 1 (8 CE)


# ... and in figures, day, month and year, where the era's mark follows ("25/03/2019 ዓ.ም"):
# its own months' numbers, never Gregorian March
_ETHIOPIAN_FIGURES = _compile(
    r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)(?=\s*ዓ\s?[./]\s?ም)"
)


# Ge'ez numerals ("ኅዳር ፳፬ ቀን ፳፻፲፱ ዓ.ም.": 24, 2019), which \d does not match: ones and tens
# add up, a hundred's sign multiplies what came before it ("፳፻፲፱" = 20 x 100 + 10 + 9).
_GEEZ_VALUES = {chr(0x1369 + i): i + 1 for i in range(9)} | {
    chr(0x1372 + i): 10 * (i + 1) for i in range(9)
}
_GEEZ_HUNDRED = "\u137b"
_GEEZ_NUMBER = _compile("[\u1369-\u137b]+")


def geez_digits(s: str) -> str:
    """`s` with its Ge'ez numbers written in decimal digits ("፳፬" -> "24")."""
    return _GEEZ_NUMBER.sub(_geez_number, s) if _GEEZ_NUMBER.search(s) else s


def _geez_number(m: re.Match[str]) -> str:
    value = 0
    for sign in m.group(0):
        value = (value or 1) * 100 if sign == _GEEZ_HUNDRED else value + _GEEZ_VALUES[sign]
    return str(value)


def _ethiopian_figures(m: re.Match[str]) -> str:
    day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return _in_gregorian(day, month, year) or " "  # (marked so, no Gregorian day either)


def _ethiopian_date(m: re.Match[str]) -> str:
    if m.group(1):
        month, day, year = _ETHIOPIAN_MONTHS[m.group(1)], int(m.group(2)), int(m.group(3))
    else:
        day, month, year = int(m.group(4)), _ETHIOPIAN_MONTHS[m.group(5)], int(m.group(6))
    return _in_gregorian(day, month, year) or m.group(0)


def _in_gregorian(day: int, month: int, year: int) -> str | None:
    """An Ethiopian day as the Gregorian one it is ("4 December 2026"); None for no day."""
    if not (1 <= day <= 30 and 1 <= month <= 13 and (month < 13 or day <= 6)):
        return None
    ordinal = _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    d = date.fromordinal(ordinal)
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


# A numbered month Mongolian alone writes (transliterated): an ordinal's mark ("12-r sar",
# "12 dugaar sar") or a genitive/accusative ending ("12 saryn"; Tajik has no "ы"). A bare
# "12 sar" is one only beside a year before ("2026 ony 12 sar") or a day after ("12 sar 5"):
# Tajik "12 sar" is twelve head of cattle.
_MN_MARKED = _compile(r"\d\s*-?\s*(?:р|д[уү]г[аэ]{2}р)\s|сар(?:ын|ыг)$", re.IGNORECASE)
_MN_YEAR_BEFORE = _compile(r"(?:\d{4}|оны)\W{0,3}$", re.IGNORECASE)
_MN_DAY_AFTER = _compile(r"\W{0,3}\d{1,2}(?!\d)")


def _mongolian_month(m: re.Match[str]) -> str:
    if m.group(1):
        if not (
            _MN_MARKED.search(m.group(0))
            or _MN_YEAR_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
            or _MN_DAY_AFTER.match(m.string, m.end())
        ):
            return m.group(0)  # Tajik "12 sar": no year, no day beside it
        return _EN_MONTHS[int(m.group(1)) - 1]
    number = _MN_ORDINALS.get(("арван" if m.group(2) else "") + m.group(3).lower())
    return m.group(0) if number is None else _EN_MONTHS[number]


def _minguo_year(m: re.Match[str]) -> str:
    return f"{int(m.group(1) or m.group(2)) + _MINGUO_OFFSET}年"


def _era_year(m: re.Match[str]) -> str:
    year = 1 if m.group(2) == "元" else int(m.group(2))
    return f"{_ERAS[m.group(1)] + year}年"


def _ends_a_range(rest: str, start: datetime) -> bool:
    """Whether "-12:00" after a time is the end of a range ("10:00-12:00"), not an offset.

    A range runs forward: a later time of day, to the minute, right after a dash. An
    offset after a time printed with seconds ("10:00:00-05:00") stays an offset, and so
    does an earlier one ("22:00-05:00"). Read as an offset, "10:00-12:00 Uhr" was 22:00 UTC.
    """
    m = _RANGE_END.match(rest)
    if m is None or start.second:
        return False
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return hour < 24 and minute < 60 and (hour, minute) > (start.hour, start.minute)


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches (the time closest before a day)."""
    last = None
    for last in found:  # noqa: B007
        pass
    return last


def _find_day(
    s: str, month_first: bool, solar: bool = False, lang: str | None = None
) -> tuple[tuple[int, int, int], int, int] | None:
    """(year, month, day) of the earliest date pattern in `s`, with its span."""
    best: tuple[tuple[int, int, int], int, int] | None = None
    patterns: tuple[re.Pattern[str], ...] = (_YMD, *_NAMED, _DMY_NUM, _LV_YDM)
    if "thg" in s:  # CLDR's Vietnamese "3 thg 2, 2026" is all ASCII
        patterns = (*patterns, _VI_DMY)
    if not s.isascii():
        named = _INDIC_NAMED if _INDIC.search(s) else _NAMED
        patterns = (_YMD, *named, _DMY_NUM, _VI_DMY, _LV_YDM)
    if lang == "ko" or (lang is None and not s.isascii() and _HANGUL.search(s)):
        patterns = (_KO_YMD_SHORT, *patterns)
    if lang in YEAR_FIRST_LANGS:
        patterns = (_YMD_SHORT_CLOCK, *patterns)
    for rx in patterns:
        for m in rx.finditer(s):
            if best is not None and m.start() >= best[1]:
                break
            ymd = _fields(rx, m, month_first, lang)
            if ymd is not None and (solar or _is_solar_month(rx, m)) and ymd[0] < 1500:
                ymd = from_solar_hijri(*ymd)
            if ymd is not None:
                best = (ymd, m.start(), m.end())
                break
    return best


def _is_solar_month(rx: re.Pattern[str], m: re.Match[str]) -> bool:
    """Whether a named date's month is a Solar Hijri one ("اسفند")."""
    if rx in _MDY_NAME:
        return m.group(1).lower() in SOLAR_MONTHS
    if rx in (_YMD, _DMY_NUM, _VI_DMY, _LV_YDM, _KO_YMD_SHORT, _YMD_SHORT_CLOCK):
        return False
    return m.group(2).lower() in SOLAR_MONTHS


def _solar_month(word: str, year: str) -> int | None:
    """A Solar Hijri month's number, where its year is one of that calendar (13xx, 14xx):
    "3 Asad 2026" is a name before a year, not a day."""
    number = SOLAR_MONTHS.get(word.lower())
    return number if number is not None and int(year) < 1500 else None


def from_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri date (the 33-year arithmetic rule,
    which matches every Nowruz of 1991-2026); an impossible date is returned as it came."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month < 7 else 30)):
        return year, month, day
    y = year + 1595
    days = -355668 + 365 * y + y // 33 * 8 + (y % 33 + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    d = date.fromordinal(days - 365)
    return d.year, d.month, d.day


def _fields(
    rx: re.Pattern[str], m: re.Match[str], month_first: bool, lang: str | None = None
) -> tuple[int, int, int] | None:
    if rx is _YMD:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    if rx is _YMD_SHORT_CLOCK:
        if lang == "zh" and int(m.group(1)) < int(m.group(4)):
            # Hong Kong, Macau, Singapore print the day first ("04/12/26"), the mainland and
            # Taiwan the year: the reading of the later year (no page dates itself 2004)
            return None
        return 2000 + int(m.group(1)), int(m.group(3)), int(m.group(4))
    if rx is _KO_YMD_SHORT:
        return 2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))
    if rx is _VI_DMY:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    if rx is _LV_YDM:
        month = month_number(m.group(3), lang)
        return (int(m.group(1)), month, int(m.group(2))) if month else None
    if rx in _DMY_NAME:
        month = month_number(m.group(2), lang) or _solar_month(m.group(2), m.group(3))
        return (
            (_year(m.group(3), lang, month, int(m.group(1))), month, int(m.group(1)))
            if month
            else None
        )
    if rx in _MDY_NAME:
        month = month_number(m.group(1), lang)
        if month and _foreign_after_name(m, lang):
            return None
        month = month or _solar_month(m.group(1), m.group(3))
        return (
            (_year(m.group(3), lang, month, int(m.group(2))), month, int(m.group(2)))
            if month
            else None
        )
    if rx is not _DMY_NUM:  # year, month name, day
        month = month_number(m.group(2), lang) or _solar_month(m.group(2), m.group(1))
        return (
            (_year(m.group(1), lang, month, int(m.group(3))), month, int(m.group(3)))
            if month
            else None
        )
    first, second, year = int(m.group(1)), int(m.group(3)), m.group(4)
    if (
        len(year) == 2
        and m.group(2) != "."
        and not (first > 12 or (month_first and second > 12))
        and not _CLOCK_AFTER_SHORT_YEAR.match(m.string, m.end())
        and not _CLOCK_BEFORE_SHORT_YEAR.search(m.string, max(0, m.start() - 12), m.start())
    ):
        return None  # "05/06/24" could be anything; "25.04.24" is a German day, "29/01/26" a day
    month, day = (
        (first, second)  # the US order
        if m.group(2) == "/" and first <= 12 and (second > 12 or month_first)
        else (second, first)
    )
    # "29/01/2569": a Thai year (a Khmer one counted from Visak Bochea)
    y = int(year) + 2000 if len(year) == 2 else _year(year, lang, month, day)
    return y, month, day


def _foreign_after_name(m: re.Match[str], lang: str | None) -> bool:
    """Whether a month-first date's month is not the page's language's, no comma or "de"
    before its year, and a capitalised word stands before it ("Team Mashi 3 2026" on an
    English page): a name and a number."""
    own = _LANG_MONTHS.get(lang or "")
    if own is None or m.group(1).lower() in own or "," in m.group(0) or " de " in m.group(0):
        return False  # "Diciembre 4, 2026" is a date, whatever the page's tag says
    word = _WORD_BEFORE.search(m.string[max(0, m.start() - 30) : m.start()])
    return word is not None and word.group(1)[0].isupper()


def month_number(word: str, lang: str | None = None) -> int | None:
    """A month name's number: as written, without accents ("FEVRIER", "ΜΑΪΟΥ"), or Hebrew
    "במאי" ("in May"); in `lang`'s own table first, where two languages share a name
    (Croatian "listopad" is October, Czech and Polish November; "srp" July, Czech August)."""
    word = word.lower()
    if lang and (found := _OWN_MONTHS.get(lang, {}).get(word)) is not None:
        return found
    if (found := MONTHS.get(word)) is not None:
        return found
    if word.isascii():
        return None
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    if (found := MONTHS.get(unicodedata.normalize("NFC", bare))) is not None:
        return found
    return MONTHS.get(word[1:]) if word[0] == "\u05d1" else None


def _year(digits: str, lang: str | None = None, month: int = 0, day: int = 0) -> int:
    """A year; a Thai Buddhist-era one ("2569") counted from the common era's start. Cambodia
    counts one more from Visak Bochea (a full moon in April or May): December 2026 is 2570 on
    a Khmer page, 5 May 2025 (before that year's, on the 11th) still 2568, 28 April 2021
    (after that year's, on the 26th) already 2565."""
    year = int(digits)
    if year <= 2400:
        return year
    if lang != "km":
        return year - 543
    # the Gregorian year the era's count would give after the feast, and that feast's day
    after = year - 544
    feast = _VISAK_BOCHEA.get(after, (5, 1))
    return after if (month, day) >= feast else year - 543


# Visak Bochea's day (Cambodia's Buddhist era counts one more from it): the full moon of the
# sixth month of the Khmer calendar, always that month (Thailand's Visakha Bucha falls a month
# later in its leap years: 29 May 2018, 26 May 2021), as the `holidays` package's Khmer
# calendar (0.109) gives them. Where a thirteen-month year gives a day of May twice (1 May
# 2026 to 19 May 2027 is 2570), the earlier reading. A year not listed counts from 1 May.
_VISAK_BOCHEA = {
    2010: (4, 28), 2011: (5, 17), 2012: (5, 5), 2013: (5, 24), 2014: (5, 13), 2015: (5, 2),
    2016: (5, 20), 2017: (5, 10), 2018: (4, 29), 2019: (5, 18), 2020: (5, 6), 2021: (4, 26),
    2022: (5, 15), 2023: (5, 4), 2024: (5, 22), 2025: (5, 11), 2026: (5, 1), 2027: (5, 20),
    2028: (5, 8), 2029: (4, 27), 2030: (5, 16), 2031: (5, 5), 2032: (5, 23), 2033: (5, 13),
    2034: (5, 2), 2035: (5, 21),
}  # fmt: skip


def _twelve_hour(hour: int, marker: str, before: str, after: str, lang: str | None = None) -> int:
    """`marker` is "am", "pm" (printed after the time, in any language) or empty; else a
    part of the day in words after the time or before it (langwords.CLOCK_MORNING ...), or
    a mark of the page's language (langwords.CLOCK_MARKS_OWN)."""
    part = marker.lower()[:1]
    if not part and hour <= 12:
        part = (
            _part_after(after)
            or _part_before(before)
            or _own_mark(after, lang)
            or _vietnamese_mark(before, after)
        )
    if part == "a" and hour == 12:
        return 0
    if part == "p" and hour < 12:
        return hour + 12
    if part == "d" and 1 <= hour <= 6:  # midday
        return hour + 12
    if part == "n" and hour >= 6:  # night
        return 0 if hour == 12 else hour + 12
    return hour


# Vietnamese's own letters and month words beside a time: its "SA"/"CH" marks read as such
# whatever the page's language ("2:05 CH 3 thg 2, 2026", "Thứ Ba, 03/03/2026 04:20 CH" on a
# page read as English), never on a bare "04:20 CH".
_VIETNAMESE = _compile(r"[đĐưƯơƠ\u1ea0-\u1ef9]|(?<!\w)(?:thg|tháng)(?!\w)")


def _vietnamese_mark(before: str, after: str) -> str:
    """Vietnamese's "SA"/"CH" after a time where the line holds Vietnamese's letters or
    month words: the line's own script decides, not only the page's language (a page in
    two languages, or one detected wrong). The mark is looked at first: cheap."""
    mark = _own_mark(after, "vi")
    return mark if mark and _VIETNAMESE.search(before[-30:] + after) else ""


def _own_mark(after: str, lang: str | None) -> str:
    """ "2:05 em" on a Swedish page: a 12-hour mark read in its own language only."""
    marks = langwords.CLOCK_MARKS_OWN.get(lang or "")
    if not marks:
        return ""
    text = after.lstrip().casefold()
    for word, part in marks.items():
        if text.startswith(word) and not _WORD_GOES_ON.match(text, len(word)):
            return part
    return ""


# a letter, or an apostrophe within a word: Uzbek's o' typed so ("to'liq" is no "TO" mark)
_WORD_GOES_ON = _compile(r"[^\W_]|['\u2018\u2019\u02bc`][^\W\d_]")


# Swahili time: "saa" (hour) counts from 6 o'clock, "saa 2:30 asubuhi" is 08:30, "saa 8:30
# mchana" 14:30; the part of the day after it says which half of the day.
_SAA = _compile(r"(?<!\w)saa\s*$", re.I)
_SWAHILI_PARTS = {
    "asubuhi": "a", "alfajiri": "a", "mchana": "d", "adhuhuri": "d", "alasiri": "p",
    "jioni": "p", "usiku": "n",
}  # fmt: skip


def _swahili_hour(hour: int, before: str, after: str) -> int | None:
    """The 24-hour clock of a Swahili time ("saa 8:30 mchana"); None for any other time."""
    if hour > 12 or not _SAA.search(before[-8:]):
        return None
    words = after.split(maxsplit=1)
    part = _SWAHILI_PARTS.get(words[0].casefold()) if words else None
    if part is None:
        return None
    hour = (hour + 6) % 12  # saa 1 is 7 o'clock, saa 12 is 6 o'clock
    if part == "a":
        return hour or 12  # saa 6 asubuhi: noon
    if part == "d":  # midday and afternoon: noon to five
        return hour + 12 if hour < 6 else hour
    if part == "p":
        return hour + 12
    return hour + 12 if hour >= 7 else hour  # night: seven in the evening to five at dawn


_GMT_NAME = "printed GMT"


def printed_gmt(d: datetime) -> bool:
    """Whether `d`'s offset was printed as "GMT+2"/"UTC-5": the spelling a browser's
    locale gives a time rendered for its reader ("2:26 PM GMT+2" on a page whose metadata
    says 12:26Z), so it does not make a UTC statement the page's local time."""
    name = d.tzname()
    return name is not None and name.startswith(_GMT_NAME)


def _zone_after(rest: str, zone_of: ZoneLookup) -> tzinfo | None:
    if m := _OFFSET.search(rest):
        sign, hours, minutes = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        if int(hours) > 14:
            return None
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        offset = -delta if sign == "-" else delta
        # "GMT+2" is named so: often a reader's locale, not the publisher's (see printed_gmt)
        return (
            timezone(offset, _GMT_NAME + m.group(1) + m.group(2))
            if m.group(1)
            else timezone(offset)
        )
    if (
        (m := _ABBREVIATION.search(rest))
        and not (m.group(1) in ONE_COUNTRY and _CAPITALS_AFTER.match(rest, m.end()))
        and (tz := zone_of(m.group(1))) is not None
    ):
        return tz
    if _MOSCOW.search(rest):
        return zone_of("МСК")
    if m := _IANA.search(rest):
        try:
            return ZoneInfo(m.group(1))
        except (ZoneInfoNotFoundError, ValueError):
            return None
    if m := _ZONE_WORD_AFTER.search(rest):
        return _zone_of_words(m.group(1))
    return None
