"""A visible date line read as its labelled parts.

The labels a line opens with or carries ("Veröffentlicht", "Updated", "as of", a publication
noun before its date), in the languages read; a line cut where a label starts a part of it,
or after an update's date where a second date follows; an update's clock alone after the
day; the common era's part of a lunar calendar's line; a video's, an event's or a sentence's
day told from the article's. dates.py reads each part of each line for the publication and
the update.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import datetime, time

from newsarchive.extract import datelinetexts, datetext, langwords
from newsarchive.extract.dateparse import NATIVE_DIGITS, parse_date
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import BARE_SCRIPT as _CJK

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# A line saying when the article was updated (the modified time): langwords.UPDATED_LABELS,
# and the "as of" time of a page (langwords.AS_OF_LABELS), which is also its last update.
UPDATED_WORDS = (
    *langwords.entries(langwords.UPDATED_LABELS),
    *langwords.entries(langwords.AS_OF_LABELS),
    *langwords.entries(langwords.UPDATED_LABELS_DATES_ONLY),
)
_PUBLISHED_WORDS = (
    *langwords.entries(langwords.PUBLISHED_LABELS),
    *langwords.entries(langwords.PUBLISHED_LABELS_DATES_ONLY),
)
# Scripts that print no space between words (Thai, Lao, Burmese, Khmer): a label there is
# one only where no letter follows it ("ปรับปรุง 3 ธ.ค." is "updated", "ปรับปรุงถนน..." a
# line about repairing a road).
_UNSPACED = _compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


# ... the words such a label runs on into ("อัปเดต" + "ล่าสุด": "last updated")
_TAILS = "|".join(re.escape(w) for w in langwords.entries(langwords.LABEL_TAILS))


def _line_labels(words: Iterable[str]) -> str:
    """`words` as alternatives of a pattern, the unspaced scripts' together at the end, each
    one only before a tail or no letter (one group for them all: a group after each word
    cost every line's match a fifth)."""
    words = list(words)
    unspaced = [re.escape(w) for w in words if _UNSPACED.search(w)]
    spaced = [re.escape(w) for w in words if not _UNSPACED.search(w)]
    if unspaced:
        spaced.append(rf"(?:{'|'.join(unspaced)})(?:{_TAILS})*(?![^\W\d_])")
    return "|".join(spaced)


UPDATED_LINE = _compile(r"^\W*(?:" + _line_labels(UPDATED_WORDS) + ")", re.I)
# ... the "as of" line alone: the publication where the page states no other date at all.
AS_OF_LINE = _compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in langwords.entries(langwords.AS_OF_LABELS)) + ")",
    re.I,
)
# A publication noun labels a date only where the date follows it, after a colon, a
# preposition or a weekday ("Erstveröffentlichung: 4.12.", "Publication le vendredi 4
# décembre", "Publication date: Friday, December 4"): "Publication date of the report: 3
# March", "Veröffentlichung der Studie am 1.12.", "Erstveröffentlichung des Buches 1998" name
# another thing's publication, not the article's.
_NOUNS = "|".join(
    re.escape(w)
    for w in sorted(langwords.entries(langwords.PUBLICATION_NOUNS), key=len, reverse=True)
)
_NOUN_DATE = (
    rf"(?:{_NOUNS})(?!\w)(?=\s*[:.–-]?\s*(?:(?:am|vom|le|du|on|el|em|il|op|den)\s+)?"
    r"(?:[^\W\d_]{2,12}\.?,\s*)?(?:[^\W\d_]{2,12}\.?\s+)?\d)"
)
# A line saying when the article was published ("Veröffentlicht am ...", "Published ...").
PUBLISHED_LINE = _compile(
    r"^\W*(?:" + _line_labels(_PUBLISHED_WORDS) + "|" + _NOUN_DATE + ")",
    re.I,
)
# Where a line's published or updated part starts ("Veröffentlicht ..., aktualisiert ...").
LABELS = sorted(
    dict.fromkeys([*langwords.DATE_LABELS, *UPDATED_WORDS, *_PUBLISHED_WORDS]),
    key=len,
    reverse=True,
)
LABEL = _compile(
    r"(?<!\w)(?:"
    + _line_labels(w for w in LABELS if not _CJK.search(w))
    + r")(?!\w)|(?<!\w)"
    + _NOUN_DATE
    + "|"
    + "|".join(re.escape(w) for w in LABELS if _CJK.search(w)),
    re.I,
)
# A line's last opening bracket: "2026年1月29日 18時40分 (1月30日 09時05分更新)".
_LAST_BRACKET = _compile(r"[(\[（【][^(\[（【]*$")
DIGIT = _compile(r"\d")
MIDNIGHT = time(0, 0)


# A clock ("19:02", "19h02", "19.02 Uhr", "7:02 p.m."): hours, minutes, an "p.m." mark
CLOCK = _compile(
    r"(?<![\d.:])([01]?\d|2[0-3])\s?[:.h]\s?([0-5]\d)(?![\d.:]\d)(?:\s?([ap])\.?\s?m\b\.?)?", re.I
)
_CLOCK_WORDS = 4  # the words an update's label and its clock may take beside the time
# Japanese, Chinese and Korean clocks in words ("16時20分", "16时20分", "16시 20분")
_CJK_CLOCK = _compile(r"(?<!\d)([01]?\d|2[0-3])\s?[時时시]\s?([0-5]\d)\s?[分분]")
_CJK_MINUTE = _compile(r"\d\s?[分분]")
_CLOCK_WORD_AFTER = frozenset(langwords.entries(langwords.CLOCK_AFTER))  # "Uhr", "uur"


_CJK_LABEL_TAIL = 2  # characters between an update's label and its clock ("更新于 ")
_CJK_CLOCK_END = _compile(r"[\s)）\]】」』。．.,，、|｜]*")


def _cjk_clock_alone(text: str, label: int, m: re.Match[str]) -> bool:
    """Whether a clock in hour and minute words stands right after the update's label and
    ends its part: unspaced words cannot be counted, and "最終更新は別のページ。16時20分ごろ、
    地震が発生した" is the time of an event the story tells, not of its update."""
    return len(text[label : m.start()].strip()) <= _CJK_LABEL_TAIL and bool(
        _CJK_CLOCK_END.fullmatch(text, m.end())
    )


def update_clock(
    line: str, lang: str | None = None, day_line: str = "", day_zoned: bool = True
) -> tuple[str, time] | None:
    """The part of a line where an update's label is followed by a clock alone, no day
    ("29 janvier 2026 à 18h40, mis à jour à 19h02", a line "Aggiornato alle 19:02"), with
    that clock; None where the part states a day or no clock, or says more than a few words.
    `lang` is the page's (a mark after the clock in it); `day_line` the dated line before
    when the clock stands on a line of its own (the zone it names is that line's);
    `day_zoned` False where the day's line names no zone at all: then a zone named after
    the clock is the page's one clock ("Updated 04:20 ET" under "March 3, 2026 1:15 a.m."),
    no other zone's."""
    if ":" not in line and "." not in line and "h" not in line and not _CJK_MINUTE.search(line):
        return None
    label = next((m for m in LABEL.finditer(line) if UPDATED_LINE.match(line[m.start() :])), None)
    if label is None:
        return None
    part = line[label.start() :]
    # "16時20分": 16:20; "١٦:٢٠" (Arabic-Indic, Devanagari, Bengali ... digits): 16:20
    text = part if part.isascii() else _CJK_CLOCK.sub(r"\1:\2", part.translate(NATIVE_DIGITS))
    clocks = list(CLOCK.finditer(text))
    if not clocks or datelinetexts.has_year(text):
        return None
    m = clocks[0]
    digits = len(DIGIT.findall(text))
    # a zone in words or with its offset after the clock ("16:20 GMT+1", "16h20 (horário de
    # Brasília)", "16:20 (GMT+05:30)"), where the day's line names none: the page's clock
    spelt = (
        not day_zoned
        and (len(clocks) > 1 or digits > 4 or len(text[m.end() :].split()) > 1)
        and len(text[m.end() :].split()) <= _ZONE_WORDS
        and _names_a_zone(text[m.start() :], lang)
    )
    if not spelt and (len(clocks) != 1 or digits > 4):
        return None
    if text != part and not _cjk_clock_alone(text, label.end() - label.start(), m):
        return None
    after = text[m.end() :].split()
    if len(after) == 2 and after[0].casefold() in _CLOCK_WORD_AFTER:
        after = after[1:]  # "Aktualisiert: 16:20 Uhr MEZ": the zone after the clock's word
    if (len(after) > 1 and not spelt) or len(text[: m.start()].split()) > _CLOCK_WORDS:
        return None
    if (
        after
        and after[0].strip(".,;)").isupper()
        and after[0] not in line[: label.start()]
        and after[0].strip(".,;)") not in day_line.split()
        and (day_zoned or not _names_a_zone(text[m.start() :], lang))
    ):
        return None  # "updated 7:02 p.m. PT" after a line on ET: a clock of another zone
    hour = int(m.group(1))
    if m.group(3):  # "7:02 p.m."
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    elif (
        after and hour <= 12 and (read := parse_date(f"2000-01-03 {text[m.start() :]}", lang=lang))
    ):
        hour = read.hour  # another language's mark after it: "4:20 م", "4:20 μ.μ.", "04:20 CH"
    return part, time(hour, int(m.group(2)))


_ZONE_WORDS = 6  # words of a zone named after a clock ("hora de la Ciudad de México")


def _names_a_zone(clock: str, lang: str | None) -> bool:
    """Whether a clock and the word after it read as a time in a named zone ("04:20 ET")."""
    read = parse_date(f"2000-01-03 {clock}", lang=lang)
    return read is not None and read.tzinfo is not None


def in_the_named_zone(part: str, update: datetime, lang: str | None) -> datetime | None:
    """A naive update's time in the zone the update's part names after its clock ("Updated
    04:20 ET": 04:20 -05:00 on the update's day), None where it names none."""
    m = CLOCK.search(part)
    if m is None:
        return None
    read = parse_date(f"{update:%Y-%m-%d} {part[m.start() :]}", lang=lang)
    if read is None or read.tzinfo is None or read.replace(tzinfo=None) != update:
        return None
    return read


def on_the_day_before(before: datetime | None, clock: time) -> datetime | None:
    """`clock` on the day of the date line before it, where that states a time not later
    (an update the same day); None otherwise."""
    if before is None or before.time() == MIDNIGHT or before.time() > clock:
        return None
    return before.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)


# "Corresponds to" between a lunar calendar's day and the common era's ("ថ្ងៃព្រហស្បតិ៍ ១៥កើត
# ខែពិសាខ ... ព.ស.២៥៧០ ត្រូវនឹងថ្ងៃទី១៤ ខែឧសភា ឆ្នាំ២០២៦", Thai "... ตรงกับวันที่ 14 ..."): the
# line's date is the part after it (the whole, a long line, read as prose).
_COMMON_ERA = _compile("|".join(langwords.entries(langwords.CALENDAR_EQUALS)))


def in_common_era(line: str) -> str:
    """The part of a line after "corresponds to" (`_COMMON_ERA`) where it states a year, else
    the line ("14 พฤษภาคม 2569 ตรงกับวันวิสาขบูชา": the day, then the holiday it falls on)."""
    m = _COMMON_ERA.search(line) if not line.isascii() else None
    return line[m.end() :] if m is not None and datelinetexts.has_year(line[m.end() :]) else line


# An embedded video's or broadcast's own day ("Video vom 03.12.2026, 18:00 Uhr", "Sendung vom
# ...", "Vidéo du ...", a broadcaster's "Sendung: Abendschau, 03.12.2026, 19:30 Uhr" under the
# text): another item's where the article has a dated line of its own.
# (no try from inside a run of marks: the try from its start covers it)
MEDIA_LINE = _compile(
    r"(?!(?<=\W)\W)\W*(?:video|vidéo|vídeo|audio|podcast|sendung|folge|mediathek)"
    r"(?:\s*(?:vom|von|from|of|du|de|del|do|da|van|dal)\b|\s*:)",
    re.I,
)


# An event's or a ruling's day labelled so at a line's start ("Veranstaltung: 01.12.2026, 19:00
# Uhr", "Urteil vom 01.12.2026, Az. ...", "Event date: ..."): read as a media line's is.
EVENT_LINE = _compile(
    r"(?!(?<=\W)\W)\W*(?:"
    + "|".join(re.escape(w) for w in langwords.entries(langwords.EVENT_LABELS))
    + r")(?:\s*:|\s+(?:vom|von|am|from|of|on|du|le|del|de|do|da|van|dal)\b)",
    re.I,
)


# A sentence's end: a word and a full stop ("Am 20.01.2026 tagte der Rat."), not a date's
# ("12.01.") nor an abbreviation's ("Mo.", "Jan.").
_SENTENCE_END = _compile(r"[^\W\d_]{3,}[.!?]\s*$")
_SENTENCE_WORDS = 4


def is_sentence(text: str) -> bool:
    """Whether a short dated text is a sentence of the article (its day the event's, not the
    article's): ends with a word and a full stop, has 4 words or more, 2 of them lower-case
    words ("06.01.2026, Lesezeit 5 Min." has none), and no label saying it is a date line."""
    if not _SENTENCE_END.search(text) or LABEL.match(text.lstrip()):
        return False
    words = text.split()
    lower = sum(1 for w in words if len(w) > 2 and w.isalpha() and w.islower())
    return len(words) >= _SENTENCE_WORDS and lower >= 2


def labelled_parts(line: str) -> list[str]:
    """A line cut where a "published" or "updated" label starts a part of it.

    "Aktualisiert am 4.2.2026 (erstmals veröffentlicht am 3.2.2026, 14:05)" is an update
    and a publication; "Zuletzt aktualisiert: 4.2.2026 | Erstellt: 3.2.2026 14:05" would
    otherwise put the second part's time on the first part's day. A label after the last
    date, with no date of its own, labels that date ("2026年1月29日 18時40分 更新"); one
    followed by a time of its own ("02/12/2026 14h30 Atualizado há 2 horas", "... Updated
    2 hours ago") labels that, and leaves the date before it the publication; so does one
    followed by words, its time left out ("... 7:55 AM UTC Updated ago", a relative time a
    script fills in).
    """
    labels = list(LABEL.finditer(line))
    if len(labels) > 1 and (after := _labels_after(line, labels)) is not None:
        return after
    starts = [m.start() for m in labels if m.start() > 0]
    if not starts:
        return _after_an_update(line)
    bounds = [0, *starts, len(line)]
    parts = [line[a:b] for a, b in itertools.pairwise(bounds)]
    last = parts[-1]
    if (
        len(parts) > 1
        and (label := UPDATED_LINE.match(last))
        and not _WORD.search(last, label.end())
        and not DIGIT.search(last)
    ):
        # a label after its date ("2026年1月29日 18時40分 更新"): that part is the update;
        # in "A (B 更新)" only the bracketed B is, A before it the publication
        before, bracketed = _before_bracket(parts[-2])
        parts[-2:] = [before, f"{last.strip()} {bracketed}"]
    return [p for p in parts if datelinetexts.has_year(p)]


# A label of a word or two (of any language) and a colon right after a separator, following
# an update's date ("Aktualisiert: 30.01.2026, 08:00 Uhr | Erstveröff.: 29.01.2026, 18:40
# Uhr"); not a longer phrase naming another thing's publication ("· Publication date of the
# report: 3 March 2026", "· Erstveröffentlichung des Buches: 03.03.1998").
_COLON_LABEL = _compile(r"\s*[|·•,;/–]\s*(?=(?:[^\W\d_]{2,24}\.?\s)?[^\W\d_]{3,24}\.?\s?:\s*\S)")


_OTHER_DATE_WORDS = frozenset(langwords.entries(langwords.OTHER_DATE_WORDS))


def _after_an_update(line: str) -> list[str]:
    """A line opening with an update's label cut before a second dated part that a label of
    a word or two and a colon opens, whatever its language's word for the publication:
    "Updated: 5 Dec 2026 14:32 | First aired: 4 Dec 2026 09:15" is an update and an earlier
    date, read as the publication as an unlabelled part is. Not a part without a year (a
    reading time), nor one dated after the update (a print edition's day)."""
    if not UPDATED_LINE.match(line) or (digit := DIGIT.search(line)) is None:
        return [line]
    m = _COLON_LABEL.search(line, digit.end())
    if m is None:
        return _after_an_update_unlabelled(line, digit.end())
    if not datelinetexts.has_year(line[m.end() :]):
        return [line]
    label = line[m.end() :].split(":", 1)[0].casefold()
    if any(w.rstrip(".") in _OTHER_DATE_WORDS for w in label.split()):
        return [line]  # "| Quelle: 01.12.2026", "| Event date: 3 Dec 2026": another thing's day
    update, other = line[: m.start()], line[m.end() :]
    first, second = parse_date(update), parse_date(other)
    if first is None or second is None or second.replace(tzinfo=None) > first.replace(tzinfo=None):
        return [line]  # a later day ("· Printausgabe: 06.12.2026") is no publication before it
    return [update, other]


# A separator between two dates of a line (" · ", " | ", " - ", " — ", " ・ ", " / "), and a
# clock time opening what follows it ("... 4.12.2026 - 09:00 Uhr": the same date's time).
_DATE_SEPARATOR = _compile(r"[|·•・／]|\s[-–—/]\s")
# ... and a part that opens with its date: a digit, or a weekday's or month's word or two
# before it ("Friday, December 4, 2026"), no label with a colon or a phrase.
_OPENS_WITH_A_DATE = _compile(r"\W{0,3}(?:[^\W\d_]{2,12}\.?,?\s){0,2}\d")
_OPENS_WITH_CLOCK = _compile(r"\W{0,3}\d{1,2}\s?[:h.時시]\s?\d\d(?![\d.])")
_WORD = _compile(r"[^\W\d_]+")


def _a_date_word(word: str) -> bool:
    """Whether `word` names a month or a weekday ("December", "Thu"), not another thing's
    day ("Event", "Round", "Issue")."""
    w = word.casefold()
    return datetext.month_number(w) is not None or w in datetext.WEEKDAY_NAMES


def _after_an_update_unlabelled(line: str, start: int) -> list[str]:
    """A line opening with an update's label whose second date follows a separator with no
    label ("Updated 4 Dec 2026 09:00 · 3 Dec 2026 14:25", "Обновлено 4 декабря 2026, 09:00 ·
    3 декабря 2026, 14:25"): the label names the first date only, the second, not later, is
    the publication. Not a time of the first date's after a separator, nor a later day."""
    for sep in _DATE_SEPARATOR.finditer(line, start):
        update, other = line[: sep.start()].rstrip(), line[sep.end() :].lstrip()
        if _OPENS_WITH_CLOCK.match(other) or not datelinetexts.has_year(other):
            continue
        opening = _OPENS_WITH_A_DATE.match(other)
        if opening is None:
            return [line]  # "· Publication date of the report: 3 March 2026": another thing's
        if not all(_a_date_word(w) for w in _WORD.findall(opening.group(0))):
            return [line]  # "· Event date 1 Dec 2026", "| Issue 3 Dec 2026": another thing's
        first = parse_date(update)
        if first is None:
            continue
        second = parse_date(other)
        if second is None or second.replace(tzinfo=None) > first.replace(tzinfo=None):
            return [line]
        return [update, other]
    return [line]


def _labels_after(line: str, labels: list[re.Match[str]]) -> list[str] | None:
    """A line whose labels each follow their date ("2026年7月2日 16時00分 更新 / 2026年7月2日
    9時15分 配信", Japanese and Chinese order) as parts that each open with their label; None
    where the line does not end with a label or a label follows no date."""
    if line[labels[-1].end() :].strip(" )]）】|/·"):
        return None
    parts, start = [], 0
    for m in labels:
        before = line[start : m.start()]
        if not DIGIT.search(before):
            return None
        parts.append(f"{m.group()} {before.strip(' |/·(（[【')}")
        start = m.end()
    return [p for p in parts if datelinetexts.has_year(p)]


def _before_bracket(part: str) -> tuple[str, str]:
    """A part cut before its last bracket where a dated text precedes it (the bracket's date,
    often without a year, is the one a label after it names); else the whole part."""
    m = _LAST_BRACKET.search(part)
    if m and datelinetexts.has_year(part[: m.start()]) and DIGIT.search(m.group()):
        return part[: m.start()], m.group()
    return "", part
