"""The date printed inside a byline's text and where the names end before it: "Jane Doe
12 hours ago", "Von Anna Muster, 03.12.2026, 10:45 Uhr", weekdays, "Updated" labels.

A date left in a byline becomes a fake name ("Jane Doe Monday"), and a name's word that
looks like a date ("Jane May") must stay: the cut is made only where what follows reads
as a date to its end.
"""

from __future__ import annotations

import datetime
import re

from newsarchive.extract import daterelative, langwords
from newsarchive.extract.authorjoins import AND_WORDS
from newsarchive.extract.authorshapes import capitalised
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    is_role_word,
)
from newsarchive.extract.datetext import MONTHS
from newsarchive.extract.givennames import is_given_name
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_CJK_NAMES = _compile(
    r"^[\u3040-\u30ff\u3400-\u9fff]{2,5}(?:[、，,][\u3040-\u30ff\u3400-\u9fff]{2,5})*$"
)
# "Von Anna Muster 12.03.2025, 10:15 Uhr", "Anna Muster am 12. März 2025", "Jane Doe Updated
# 3 May": the date printed in the byline's own text, and all after it.
_DATE_LABELS = "|".join(re.escape(w) for w in langwords.DATE_LABELS)
# Vowel signs and other marks of Indic, Thai, Hebrew and Arabic script: no word characters to
# `re`, yet part of the name ("अमित वर्मा 02.12.2026" lost its last "ा" as a mark before the date).
_MARKS = "\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f"
_DATE_TAIL = _compile(
    rf"(?<=[\w{_MARKS}])(?:\s*[^\w\s{_MARKS}])?\s+(?:"
    r"(?:(?i:am|on|le|el|il|em|den|dne|vom)\s+)?\d{1,4}[./-]\s?(?:\d{1,2}|[^\W\d_]{3,})\b"
    r"|\d{4}\s*[年년]"  # "李佩珊 2026年12月2日"
    rf"|(?i:{_DATE_LABELS})(?:\s*:|\s+(?:am|on|le|el|il|em|den|um|at)\b|\s+\d)"
    r").*$",
    re.S,
)
# A weekday before a date, named or cut with a full stop ("Sa., 05.12.2026", "Samstag, 5.
# Dezember", "Sat. 12/05/2026"), or today or yesterday before a clock ("Heute, 10:15 Uhr",
# "gestern um 22.15", "Yesterday at 10:15"): the date's, with all after it, however few
# words stand before it (a desk's one word, none).
# Another script's words too ("Χθες", "אתמול", "昨天", "कल"), read only on a page in their
# language (`weekday_date`): where letters have no case a name's last word looks no different.
_RELATIVE_DAYS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for table in (langwords.TODAY_WORDS, langwords.YESTERDAY_WORDS)
    for w in sorted(langwords.entries(table), key=len, reverse=True)
    if len(w) > 2 or not w.isascii()  # not "ma", "hier" is French only before a clock
)
# Each of those words with the languages it is today or yesterday in ("hoy": es)
_RELATIVE_DAY_LANGS: dict[str, frozenset[str]] = {
    w: frozenset(
        lang
        for table in (langwords.TODAY_WORDS, langwords.YESTERDAY_WORDS)
        for lang, text in table.items()
        if w in langwords.entries({lang: text})
    )
    for table in (langwords.TODAY_WORDS, langwords.YESTERDAY_WORDS)
    for w in langwords.entries(table)
}
# Other languages' weekdays (langwords.WEEKDAY_NAMES), each with its day (0 Monday)
_OTHER_WEEKDAYS = {
    w: i
    for text in langwords.WEEKDAY_NAMES.values()
    for i, day in enumerate(text.split(","))
    for w in day.strip().casefold().split("|")
}
# ... and the languages that write each: a capitalised one right after a name, on a page in
# another language, is her surname ("By Ana Martes 13 October 2026": a page writes its own
# language's weekdays; Spanish "Domingo", Turkish "Pazar", Czech "Sobota" are surnames)
_WEEKDAY_LANGS: dict[str, frozenset[str]] = {
    w: frozenset(
        lang
        for lang, text in langwords.WEEKDAY_NAMES.items()
        if w in {v.strip() for v in text.casefold().replace("|", ",").split(",")}
    )
    for w in _OTHER_WEEKDAYS
}
_WEEKDAY_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_OTHER_WEEKDAYS, key=len, reverse=True)
)
_WEEKDAY_DATE = _compile(
    rf"(?:^|(?<=[\w{_MARKS}])(?P<sep>\s*[^\w\s{_MARKS}])?\s+)(?:"
    r"(?:(?P<day>(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday"
    rf"|tuesday|wednesday|thursday|friday|saturday|sunday|{_WEEKDAY_WORDS}))(?:ที่)?(?![\w{_MARKS}]),?"
    r"|(?i:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.,?)"
    # the date: numeric, a day and a month's name ("13 oktober", "13 de outubro", Hebrew's
    # "13 באוקטובר"), or Hungarian's year first ("2026. október 13.")
    r"\s*(?P<date>\d{1,2}[./]|\d{1,2}\s+(?:de\s+)?[^\W\d_]|\d{4}\.\s"
    # ... or the month's name first ("Oct 19", "October 19, 2026"): a month's, checked after
    r"|(?P<month>[^\W\d_]{3,9})\.?\s+\d{1,2}(?!\d|[.:/]\d))"
    rf"|(?P<rel>(?i:{_RELATIVE_DAYS}))(?![\w{_MARKS}]),?\s+"
    r"(?:(?i:um|at|à|às|om|alle|kl\.?|klo|o|u|a\s+l[ae]s|о|в|lúc|เวลา|الساعة|בשעה|ساعت)\s+)?"
    r"\d{1,2}[:.h]\d{2}\b(?![./]\d))"  # a clock, not a date ("Chris Hoy 12.03.2025")
)
# ... or yesterday ending the line, its clock cut already ("王小明 昨天"), in the page's
# language; not today, a paper's name ("MF Dnes", "Danas", "المصري اليوم")
_YESTERDAY_END = _compile(
    r"(?<=[\w"
    + _MARKS
    + r"])[\s,·|]+((?i:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(langwords.entries(langwords.YESTERDAY_WORDS), key=len, reverse=True)
    )
    + r"))[\s,.]*$"
)
# "on" and a weekday, whole or cut, before a date: "on Fri, 12/05/2026", "on Friday,
# December 5, 2026"
# (no try from inside a run of spaces: the try from its start covers it)
_ON_WEEKDAY = _compile(
    r"(?<!\s)\s+on\s+"
    r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?\s+"
    r"(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)).*$"
)
_WEEKDAYS = {
    w: i
    for i, words in enumerate(
        (
            "montag monday",
            "dienstag tuesday",
            "mittwoch wednesday",
            "donnerstag thursday",
            "freitag friday",
            "samstag sonnabend saturday",
            "sonntag sunday",
        )
    )
    for w in words.split()
} | _OTHER_WEEKDAYS
# The date after a weekday, with its year: "05.12.2026", "12/05/26", "3. Dezember 2026",
# "13 de outubro de 2026"; Hungarian's year first: "2026. október 13."
_DATE_AFTER_DAY = _compile(
    r"(\d{1,2})(?:[./]\s*|\s+(?:de\s+)?)(?:(\d{1,2})[./](\d{4}|\d{2})(?!\d)"
    r"|([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d))"
)
# ... or the month's name first, its year after a comma or not at all: "Oct 19, 2026"
_MONTH_FIRST_AFTER_DAY = _compile(r"([^\W\d_]{3,9})\.?\s+(\d{1,2})(?!\d)(?:,?\s+(\d{4})(?!\d))?")
_YEAR_FIRST_AFTER_DAY = _compile(r"(\d{4})\.\s*([^\W\d_]{3,12})\.?\s+(\d{1,2})\b")


def weekday_date(text: str, lang: str = "") -> int | None:
    """Where a weekday before a date, or today or yesterday before a clock, starts in
    `text` (`_WEEKDAY_DATE`). A capitalised weekday right after a name with only a space
    between may be her surname ("Thomas Freitag 05.12.2026", "Lisa Montag, 04.12.2026"):
    the date's only where the date is that day. So may another language's word for today
    after a given name ("Chris Hoy, 10:15" on an English page); the page's own language's is
    that day ("Lokales Heute, 10:15 Uhr" on a German page, "Marta Hoy, 10:15" on a Spanish
    one)."""
    for m in _WEEKDAY_DATE.finditer(text):
        if (month := m.group("month")) and month.casefold() not in MONTHS:
            continue  # "Jane Sunday, Room 4": a word and a number, no month
        day = m.group("day")
        word = " ".join(day.casefold().split()) if day else ""
        if (
            day
            and m.start()
            and not m.group("sep")
            # a script without capitals: its one-word weekday may be a family name too
            # (Arabic "al-Khamis", Hebrew "Shabat"); not "יום שלישי", Thai's "วัน..." ("day ...")
            and (
                day[0].isupper()
                or (not day[0].islower() and " " not in word and not word.startswith("วัน"))
            )
            and (
                not _weekday_of_date(
                    _on_weekday(_WEEKDAYS[word], text, m.start("date")), text[: m.start()]
                )
                or bool(
                    lang
                    and word in _WEEKDAY_LANGS
                    and lang.split("-")[0].casefold() not in _WEEKDAY_LANGS[word]
                )
                or _given_name_then_day(text[: m.start()], text[m.end("day") : m.start("date")])
            )
        ):
            continue
        rel = m.group("rel")
        if rel and not rel.isascii() and lang.split("-")[0] not in _relative_day_langs(rel):
            continue  # "Dana Včera 10:15" on a page in English: her name
        if (
            rel
            and m.start()
            and not m.group("sep")
            and rel[0].isupper()
            and lang
            and lang.split("-")[0] not in _relative_day_langs(rel)
        ):
            before = text[: m.start()].split()
            if len(before) == 1 and capitalised(before[0]) and not is_role_word(before[0]):
                continue  # "Chris Hoy, 10:15": a given name, then her surname ("Hoy": today)
        return m.start()
    return None


def _weekday_of_date(on_day: bool | None, before: str) -> bool:
    """Whether a capitalised weekday after a name is the date's, `on_day` saying whether the
    date falls on it. A date of no year cannot say ("Grace Hopper Sunday, 18 Oct"): the
    date's after a surname closing a name of two words or more; after a given name ("Mary
    Ann Sunday", "Anna Maria Friday") or one word alone ("Hopper Sunday") her surname."""
    if on_day is not None:
        return on_day
    words = before.split()
    return len(words) >= 2 and not is_given_name(words[-1])


def _given_name_then_day(before: str, between: str) -> bool:
    """Whether the weekday after `before`, with `between` it and its date, is the surname of
    a two-word name ("Juan Domingo 18/10/2026", "Karl Sonntag, 18.10.2026" on a Sunday): a
    known given name alone before it (a byline of a given name alone is rarer than a weekday
    surname on its day), a comma at most between it and the date."""
    words = before.split()
    return (
        len(words) == 1
        and between.strip() in ("", ",")
        and capitalised(words[0])
        and is_given_name(words[0])
    )


def _relative_day_langs(word: str) -> frozenset[str]:
    """The languages `word` (as matched: any case, any spaces) is today or yesterday in."""
    return _RELATIVE_DAY_LANGS.get(" ".join(word.casefold().split()), frozenset())


def _on_weekday(weekday: int, text: str, at: int) -> bool | None:
    """Whether the date at `at` in `text`, with its year, falls on `weekday` (0 Monday), the
    day first or the month first; None where it states no year ("18 Oct", "4.12.")."""
    if (f := _MONTH_FIRST_AFTER_DAY.match(text, at)) is not None:
        if f.group(3) is None:
            return None  # "Oct 19": no year
        if (month := MONTHS.get(f.group(1).casefold())) is None:
            return False
        orders = [(int(f.group(2)), month, int(f.group(3)))]
    elif (y := _YEAR_FIRST_AFTER_DAY.match(text, at)) is not None:
        if (month := MONTHS.get(y.group(2).casefold())) is None:
            return False
        orders = [(int(y.group(3)), month, int(y.group(1)))]
    elif (m := _DATE_AFTER_DAY.match(text, at)) is None:
        return None
    elif m.group(4):
        if (month := MONTHS.get(m.group(4).casefold())) is None:
            return False
        orders = [(int(m.group(1)), month, int(m.group(5)))]
    else:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0
        orders = [(a, b, year), (b, a, year)]
    for day, month, year in orders:
        try:
            if datetime.date(year, month, day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


# A clock after the name: "à 18 h 10", "18h10", "at 18:10", "um 18.10 Uhr" (a name holds no
# digits); after a comma, dash or bar, never a colon ("Aktuelle Zeit: 10:57" is a label's).
_CLOCK_TAIL = _compile(
    rf"(?<=[\w{_MARKS}])(?:\s*[,|·–—-])?\s+(?:(?i:à|a|at|um|om|kl\.?|alle|às|o)\s+)?"
    r"\d{1,2}\s?(?:[hH:]\s?\d{2}|\.\d{2}\s?(?i:uhr|uur)|[hH])\b.*$",
    re.S,
)
DIGIT = _compile(r"\d")
# A byline's closing dash ("Muster, Kempten —")
# (any dash: a hyphen or two, the figure, en and em dash, the horizontal bar, a minus; after a
# letter or an abbreviation's dot: "WASHINGTON, D.C. —")
DASHES = "-\u2012\u2013\u2014\u2015\u2212"


def mark_then_space(cut: str) -> bool:
    """ ", 3 March 2026", " — 03.12.2026": the date cut from a byline after a comma or dash."""
    cut = cut.lstrip()
    return (cut[:1] == "," or cut[:1] in DASHES) and cut[1:2].isspace()


# "Иван Петров 2 декабря 2026", "Juma Mwangi Desemba 2, 2026", "Marta Gil 13 de mayo de
# 2026", "Marta Puig 13 d'abril": a day and a month's name (any language's; MONTHS decides,
# Romance "de"/"d'" between) after the name, with no mark the date tail knows. Month first,
# the day must not open another date ("Marta Medi 13 de mayo": "Medi" is a surname there).
# (a name's last vowel sign stays its own, "राम शर्मा 12 March"; a month's word may hold
# such signs, "मार्च")
_MONTH_WORD = rf"([^\W\d_](?:[^\W\d_]|[{_MARKS}]){{2,11}})"
_DAY_MONTH = (
    _compile(
        rf"(?<=[\w{_MARKS}])\s*[^\w\s{_MARKS}]?(?:\s+(?i:am|on|le|el|il|em|den|dne|vom))?\s+"
        rf"\d{{1,2}}\.?\s+(?i:(?:de|del|di)\s+|d['’])?{_MONTH_WORD}"
    ),
    _compile(
        rf"(?<=[\w{_MARKS}])\s*[^\w\s{_MARKS}]?\s+{_MONTH_WORD}\.?\s+\d{{1,2}}\b"
        rf"(?:\.?\s+(?i:(?:de|del|di)\s+|d['’])?{_MONTH_WORD})?"
    ),
)
# Another calendar's month in Latin letters ("Baisakh", "Esfand", "Ramadan"), or Nepal's in
# Devanagari ("राम शर्मा बैशाख १२"), read beside a day's number only where no Gregorian date
# stands (many are names too: "Ali Rajab 3 March")
_OTHER_MONTHS = (
    langwords.other_calendar_months()
    | frozenset(langwords.BIKRAM_SAMBAT_MONTHS.replace("|", " ").split())
) - frozenset(MONTHS)
# The words a date printed before the byline is made of ("12.03.2025, 10:15 Uhr | Von ...",
# "2. prosince 2026 14:30 Jan Novák"): digits, month names, clock words and marks.
_DAY = _compile(r"^\d{1,2}\.?,?$")
_DATE_TOKEN = _compile(r"\d[./:-]\d|^\d{4}\b")  # "12.03.2025", "10:15", "2026"
_DATE_WORDS = (
    frozenset({"uhr", "um", "am", "h", "kl.", "kl", "at", "on", "le", "el", "em", "den"})
    | frozenset({"|", "·", "•", "-", "–", "—", ","})
    | frozenset(langwords.entries(langwords.PUBLISHED_LABELS))
    | frozenset(langwords.entries(langwords.UPDATED_LABELS))
)


def without_date_head(text: str) -> str:
    """A byline without the date printed before it in the same text: "Publiziert: 12.03.2025,
    10:15 Uhr Von Anna Muster", "2. prosince 2026 14:30 Jan Novák" (a date or a clock among
    the words dropped, not a number alone: "20 Minuten" is a paper; a capitalised word or a
    "by" word where they end)."""
    words = text.split()
    if not words or not (words[0][:1].isdigit() or words[0].casefold().strip(".,:") in _DATE_WORDS):
        return text
    i = 0
    while i < len(words) and (
        DIGIT.search(words[i])
        or (w := words[i].casefold().strip(".,:")) in _DATE_WORDS
        or words[i].casefold() in _DATE_WORDS
        or not w
        or (w in MONTHS and _day_beside(words, i))  # not "Jan" of "14:30 Jan Novák"
    ):
        i += 1
    head, rest = words[:i], " ".join(words[i:])
    if not any(_DATE_TOKEN.search(w) for w in head) or (
        not rest[:1].isupper() and not BYLINE_LEAD.match(rest)
    ):
        return text
    return rest


def _day_beside(words: list[str], i: int) -> bool:
    """Whether a day's number stands before or after the month's name at `i`."""
    return any(0 <= j < len(words) and _DAY.match(words[j]) for j in (i - 1, i + 1))


# A reading time after the names ("Jane Doe 3 min read", "Anna Muster · Lesezeit 4 Min."):
# a label before the minutes, or a "read" word after them
_READ_LABELS = (
    "lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura|lesetid"
    "|lästid|læsetid|czas czytania|doba čtení|tempo de leitura|leestijd|время чтения"
    "|okuma süresi|lukuaika|olvasási idő|waktu baca"
)
_READ_AFTER = (
    "read|lesezeit|lesedauer|de lecture|de lectura|di lettura|lesetid|läsning|läsetid|czytania"
    "|čtení|de leitura|leestijd|чтения|okuma|lukuaika|olvasás|baca"
)
_READ_UNITS = r"(?:min\w*+|мин\w*+|dk|dakika|perc|menit)\.?"
_READ_TAIL = _compile(
    rf"(?<![\s·|,])[\s·|,]++(?i:(?:{_READ_LABELS})\s*+:?\s*+\d{{1,3}}\s*+{_READ_UNITS}"
    rf"|\d{{1,3}}\s*+{_READ_UNITS}\s*+(?:{_READ_AFTER}))\s*+$"
)


def without_date(text: str, lang: str = "") -> str:
    """A byline without the date printed after the names in the same text, where two words
    stand before it ("Anna Muster 12.03.2025, 10:15 Uhr", "Anna Muster Aktualisiert am ...",
    "Jean Dupont le 3 décembre à 18 h 10"), or CJK names ("李佩珊 2026/12/02" after the
    label "文"); a reading time after them goes too ("Jane Doe 3 min read")."""
    if (read := _READ_TAIL.search(text)) and read.start():
        text = text[: read.start()].rstrip(" ,;|·•∙⋅●‧-\u2013\u2014")  # "Jane Doe ● 4 min read"
    if (now := _JUST_NOW_WORDS.search(text)) and (
        len(head := text[: now.start()].split()) >= 2 or (head and _name_alone(head[0]))
    ):
        rest = text[now.end() :]
        more = _names_after_date(rest, lang) if rest.strip(" .") else ""
        if more or not rest.strip(" .") or _MARK_THEN_NAME.match(rest):
            # "Jane Doe Just now", "王小明 刚刚", "Jane Doe Just now, Tom Kay"
            text = _without_date_label(text[: now.start()], lang) + more
    elif (
        now
        and len(head := text[: now.start()].split()) == 1
        and _CJK_WORD.match(head[0])
        and not text[now.end() :].strip(" .")
    ):
        return ""  # "수정 방금", "속보 방금", "更新 刚才": a label or section and the time, no name
    if (w := weekday_date(text, lang)) is not None:
        return text[:w]  # "Online-Redaktion Sa., 05.12.2026", "Samstag, 5. Dezember"
    if (
        (rel := _YESTERDAY_END.search(text))
        and lang.split("-")[0] in _relative_day_langs(rel.group(1))
        and text[: rel.start()].split()
        # capitalised right after the names, the last name's word ("María José Ayer",
        # "Matti Eilen"); after a mark ("Juan Pérez, Ayer") or in lower case, the date's
        and (not rel.group(1)[0].isupper() or text[rel.start() : rel.start(1)].strip())
    ):
        return text[: rel.start()]  # "王小明 昨天" (its clock cut before): the date's
    if " on " in text and (on := _ON_WEEKDAY.search(text)):
        return text[: on.start()]  # Drupal's "Submitted by jane on Fri, 12/05/2026 - 10:15"
    clock = _CLOCK_TAIL.search(text)
    if (
        (m := _DATE_TAIL.search(text))
        and (clock is None or clock.start() >= m.start())  # "om 18.10 uur": the clock's
        and (len(head := text[: m.start()].split()) >= 2 or (head and _name_alone(head[0])))
        and not _label_after_name(text, m.start(), lang)  # "Nguyễn Văn Đăng 2 giờ trước"
    ):
        if daterelative.ago_span(text[: m.start()]):
            return without_date(text[: m.start()], lang)  # "Jane Doe 12 hours ago, Updated ..."
        return text[: m.start()]
    if (ago := daterelative.ago_span(text)) is not None and (
        len(head := text[: ago[0]].split()) >= 2 or (head and _name_alone(head[0]))
    ):
        names = _without_date_label(text[: ago[0]], lang)  # "Jane Doe 12 hours ago"
        if more := _names_after_date(text[ago[1] :], lang):
            return names + more  # "Jane Doe 12 hours ago, Tom Kay": both writers
        return names
    if clock and len(text[: clock.start()].split()) >= 2:
        text = text[: clock.start()]  # a day and month may stand before a clock: read on
    for pattern in _DAY_MONTH:
        for m in pattern.finditer(text):
            if (
                m.group(1).casefold() in MONTHS
                and len(text[: m.start()].split()) >= 2
                and not (m.lastindex == 2 and m.group(2).casefold() in MONTHS)
            ):
                return text[: m.start()]  # "Иван Петров 2 декабря 2026"
    for pattern in _DAY_MONTH:
        for m in pattern.finditer(text):
            if (
                m.group(1).casefold() in _OTHER_MONTHS
                and len(text[: m.start()].split()) >= 2
                and _date_ends(text[_date_end(m) :])
            ):
                return text[: m.start()]  # "Ram Sharma Baisakh 12", "Ali Reza 14 Esfand"
    return text


_JUST_NOW = sorted(langwords.entries(langwords.JUST_NOW), key=len, reverse=True)
# "just now" as whole words, at the end or before a mark ("Jane Doe Just now, Tom Kay")
_JUST_NOW_WORDS = _compile(
    rf"(?<!\S)(?:{'|'.join(map(re.escape, _JUST_NOW))})(?=[\s,.;|·•/&]|$)", re.I
)
# A Korean name alone before a date ("김철수 방금", "김철수 3시간 전"): a common surname's
# syllable and a given name of two, or a surname of two and two more ("남궁민수"); not a
# label or section ("입력 3시간 전", "사회 방금", "속보 방금"), nor a desk ("정치부 방금")
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_CJK_SECTIONS = frozenset(langwords.entries(langwords.CJK_SECTION_WORDS))
_CJK_WORD = _compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]++$")
_HANGUL_NAME = _compile(
    rf"^(?:[{_KO_SURNAMES}]|남궁|황보|제갈|선우|독고|사공|서문)[\uac00-\ud7a3]{{2}}(?<!부)$"
)
# A mark or "and" between a relative date and a later writer (", Tom Kay", " and Tom Kay")
_MARK_THEN_NAME = _compile(rf"^\s*+(?:[,;|·•/&]|(?:{AND_WORDS})(?=\s))\s*+(?=[^\W\d_])", re.I)


def _name_alone(word: str) -> bool:
    """A CJK or Korean name, one word with no space, that is a byline's whole name (no date
    label: "更新 刚才", "입력 3시간 전")."""
    if word.casefold() in _LABEL_LANGS or word in langwords.DATE_LABELS or word in _CJK_SECTIONS:
        return False  # ("更新 刚才", "社会 刚才": a label or section and the time)
    return bool(_CJK_NAMES.match(word) or _HANGUL_NAME.match(word))


def _names_after_date(rest: str, lang: str) -> str:
    """The writers after a relative date between names (", Tom Kay" of "Jane Doe 12 hours
    ago, Tom Kay"), with the mark before them, or "" where none follows (a label and another
    date: ", Updated 3 hours ago")."""
    m = _MARK_THEN_NAME.match(rest)
    if m is None or not rest[m.end() :][:1].isupper():
        return ""
    after = without_date(rest[m.end() :], lang).rstrip(" ,;|·•")
    folded = after.casefold()
    if (
        not after
        or any(folded == label or folded.startswith(label + " ") for label in langwords.DATE_LABELS)
        # a writer opens with a given name: a section's or a job's words after the date are
        # none ("Jane Doe 12 hours ago, Middle East", "..., Premier League", "..., Opinion")
        or not is_given_name(after.split()[0].strip(".,"))
    ):
        return ""
    return rest[: m.end()] + after


_AGO_OPENERS = frozenset({"för", "for"})  # the word before the amount where "ago" follows it


def _without_date_label(head: str, lang: str = "") -> str:
    """The names before a relative date, without its label ("Jane Doe" of "Jane Doe Updated 3
    hours ago", "Anna Muster" of "Anna Muster · Aktualisiert vor 3 Stunden"); a label's word
    that is the name's own last word stays (`_label_is_name`: "John Birt 2 hours ago")."""
    head = head.rstrip(" ,|·:-\u2013\u2014")
    name, _, last = head.rpartition(" ")
    if last.casefold() in _AGO_OPENERS and len(name.split()) >= 2:
        head = name  # Swedish "för 2 timmar sedan", Norwegian and Danish "for 2 timer siden"
    folded = head.casefold()
    for label in langwords.DATE_LABELS:
        if folded.endswith(label) and folded[: -len(label)].endswith(" "):
            before = head[: -len(label)]
            if _label_is_name(before, head[-len(label) :], lang):
                return head
            return before.rstrip(" ,|·:-\u2013\u2014")
    return head


# Each one-word date label's languages ("birt": Icelandic, "đăng": Vietnamese)
_LABEL_LANGS: dict[str, set[str]] = {}
for _labels in (langwords.UPDATED_LABELS, langwords.AS_OF_LABELS, langwords.PUBLISHED_LABELS):
    for _code, _words in _labels.items():
        for _entry in _words.split(","):
            _LABEL_LANGS.setdefault(_entry.strip().casefold(), set()).add(_code)


def _label_after_name(text: str, at: int, lang: str) -> bool:
    """Whether the date `_DATE_TAIL` found at `at` opens with a label's word that is the name's
    own last word (`_label_is_name`)."""
    word = text[at:].split(maxsplit=1)[0] if text[at:].strip() else ""
    return (
        text[at : at + 1] == " "
        and word.casefold() in _LABEL_LANGS
        and _label_is_name(text[:at] + " ", word, lang)
    )


def _label_is_name(before: str, word: str, lang: str) -> bool:
    """A date label's word capitalised right after the names, a space alone between, that is
    the name's last word: a given name where the label is another language's ("John Birt 2
    hours ago": Icelandic "birt", published), or a Vietnamese name's given name after its
    middle word ("Nguyễn Văn Đăng 2 giờ trước": "đăng", posted)."""
    if " " in word or not word[:1].isupper() or not before.endswith(" ") or before[-2:-1] == " ":
        return False
    names = before.split()
    if not names or not all(w[:1].isupper() for w in names):
        return False
    if names[-1].casefold() in VI_MIDDLE and len(names) >= 2:
        return True
    return lang.split("-")[0] not in _LABEL_LANGS.get(word.casefold(), ()) and is_given_name(word)


def _date_end(m: re.Match[str]) -> int:
    """Where a `_DAY_MONTH` date ends: before a word read as a second month that is none
    ("Ramadan 12 comments")."""
    if m.lastindex == 2 and (w := m.group(2).casefold()) not in MONTHS and w not in _OTHER_MONTHS:
        return m.start(2)
    return m.end()


def _date_ends(after: str) -> bool:
    """Whether the date ends where `after` begins: the text after it opens with no word but
    a year, a clock, a date's word or an era's letters ("Baisakh 12, 2082", "१२ गते", "1447
    AH"), not a count's unit ("Ali Reza Ramadan 12 hours ago", "Ahmed Ali Rajab 5 min read":
    his surname, not Ramadan 12)."""
    word = after.split(maxsplit=1)[0].strip(",.|") if after.strip() else ""
    letters = word.replace(".", "")
    return (
        not letters
        or not letters.isalpha()
        or len(letters) <= 2
        or word.casefold() in _DATE_WORDS
        or word in _DATE_DAY_MARKS
    )


# the word Nepali dates print after the day ("बैशाख १२ गते")
_DATE_DAY_MARKS = frozenset({"गते"})
VI_MIDDLE = frozenset(["văn", "thị"])
