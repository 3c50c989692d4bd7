"""Degraded copies for dates_degraded_bench.py: what publishers in languages beyond the world
set print, and meta offsets a CMS gets wrong.

    lang-XX         only the visible text is left (JSON-LD, date metas, scripts and date
                    attributes removed, every text holding a year blanked), `<html lang>` set to
                    XX, and under the headline one line in XX stating the update before the
                    publication ("Atualizado em ... · Publicado em ..."), printed as CLDR's
                    patterns for the locale print them (long, medium and short days; a 24-hour
                    clock or a 12-hour one with the locale's own words: "2:05 CH", "2:05 μ.μ.",
                    "下午2:05", "2:05 م"), the pattern changing from page to page; above the
                    headline, a "most read" list of two other pieces dated a day later.
                    Scored on the wall clock (the page prints no offset: what offset its
                    country keeps is the naive modes' question, not these).
    dst-offsets     every ISO stamp with an offset restated as its local wall clock with the
                    offset of the other season (+01:00 for Berlin in July, +02:00 in January;
                    -05:00 for New York in July), as a CMS that keeps one offset all year
                    prints it; the printed local clocks unchanged. Pages in zones without
                    summer time are left as they are.

The date lines are CLDR's (babel, a dev requirement), not the extractor's tables: the words
it must read come from outside it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_datetime_format

# (CLDR locale, published label, updated label): labels as news sites in each language print them
LANGS: dict[str, tuple[str, str, str]] = {
    "pt": ("pt_BR", "Publicado em", "Atualizado em"),
    "pl": ("pl", "Opublikowano:", "Aktualizacja:"),
    "nl": ("nl", "Gepubliceerd:", "Bijgewerkt:"),
    "cs": ("cs", "Publikováno:", "Aktualizováno:"),
    "el": ("el", "Δημοσίευση:", "Ενημέρωση:"),
    "fi": ("fi", "Julkaistu", "Päivitetty"),
    "hu": ("hu", "Közzétéve:", "Frissítve:"),
    "ro": ("ro", "Publicat:", "Actualizat:"),
    "uk": ("uk", "Опубліковано:", "Оновлено:"),
    "id": ("id", "Diterbitkan:", "Diperbarui:"),
    "vi": ("vi", "Đăng lúc", "Cập nhật"),
    "zh": ("zh_CN", "发布时间：", "更新时间："),
    "ar": ("ar", "نشر في", "آخر تحديث"),
    "he": ("he", "פורסם:", "עודכן:"),
    "hi": ("hi", "प्रकाशित:", "अपडेट:"),
    "th": ("th", "เผยแพร่:", "อัปเดต:"),
    "sv": ("sv", "Publicerad", "Uppdaterad"),
    "ko": ("ko", "입력", "수정"),
}  # fmt: skip
# (date width, time pattern): "short" is the locale's own clock, "h:mm a" its 12-hour one
_PATTERNS = [
    ("long", "short"), ("medium", "short"), ("short", "short"),
    ("medium", "h:mm a"), ("long", "h:mm a"), ("short", "h:mm a"),
]  # fmt: skip
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
_DATE_META = re.compile(
    r"<meta\b[^>]*\b(?:name|property|itemprop|http-equiv)\s*=\s*[\"']?[^\"'>]*"
    r"(?:date|time|publi|modif|updat|creat|issued)[^>]*>",
    re.I,
)
_DATE_ATTR = re.compile(
    r"\s(?:datetime|content|data-[\w-]*(?:date|time|publi|stamp)[\w-]*)\s*=\s*"
    r"(?:\"[^\"]*\"|'[^']*'|[^\s>]+)",
    re.I,
)
_TEXT = re.compile(r">([^<]+)<")
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)")
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_LANG_ATTR = re.compile(r"\s(?:xml:)?lang\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_BODY_TAG = re.compile(r"<body\b[^>]*>", re.I)
_ISO_AWARE = re.compile(
    r"(20\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)(?![\d:])"
)


def printed(moment: datetime, locale: str, which: int, day_only: bool) -> str:
    """The moment as the locale prints it with the `which`-th pattern (its wall clock)."""
    width, clock = _PATTERNS[which % len(_PATTERNS)]
    day = format_date(moment, width, locale=locale)
    if day_only:
        return day
    time = format_time(moment, clock, locale=locale)
    joined: str = get_datetime_format(width, locale=locale)
    return joined.replace("{1}", day).replace("{0}", time).replace("'", "")


def _as_bytes(text: str) -> str:
    """The text's UTF-8 bytes as the bench holds a page: one latin-1 character a byte."""
    return text.encode("utf-8").decode("latin-1")


def _visible_blanked(page: str) -> str:
    page = _SCRIPT.sub("", _DATE_META.sub("", page))
    page = _DATE_ATTR.sub("", page)
    return _TEXT.sub(lambda m: "><" if _YEAR.search(m.group(1)) else m.group(0), page)


def _with_lang(page: str, lang: str) -> str:
    """Every `<html>` tag (IE's conditional comments hold copies) saying `lang`."""
    if not _HTML_TAG.search(page):
        return f'<html lang="{lang}">' + page
    return _HTML_TAG.sub(lambda m: _LANG_ATTR.sub("", m.group(0))[:-1] + f' lang="{lang}">', page)


# The publisher's zone (newsbench's country), for a page whose expected time is in UTC (the line
# prints the local clock, as pages do) and for naive copies (dates_degraded_bench.py); a
# multi-zone country's capital. Kept apart from the extractor's zones.COUNTRY_ZONES on purpose
# (a duplicates tool pairs the two): copies made with the extractor's own table would agree with
# its guesses by construction.
COUNTRY_ZONE = {
    "us": "America/New_York", "uk": "Europe/London", "de": "Europe/Berlin",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "lu": "Europe/Luxembourg",
    "za": "Africa/Johannesburg", "jp": "Asia/Tokyo", "au": "Australia/Sydney",
    "ca": "America/Toronto", "es": "Europe/Madrid", "fr": "Europe/Paris",
    "na": "Africa/Windhoek", "no": "Europe/Oslo", "se": "Europe/Stockholm",
    "tr": "Europe/Istanbul", "be": "Europe/Brussels", "dk": "Europe/Copenhagen",
    "it": "Europe/Rome", "kr": "Asia/Seoul", "mx": "America/Mexico_City",
    "py": "America/Asuncion", "ua": "Europe/Kyiv",
}  # fmt: skip


def local_clock(rec: dict) -> tuple[datetime, bool] | None:
    """The expected publication as the page's local wall clock, and whether it is a bare day."""
    try:
        moment = datetime.fromisoformat(rec["expected"]["published"])
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return moment, (moment.hour, moment.minute, moment.second) == (0, 0, 0)
    if moment.utcoffset() == timedelta(0):
        moment = moment.astimezone(ZoneInfo(COUNTRY_ZONE[rec["country"]]))
    return moment.replace(tzinfo=None), False


_HEADING = re.compile(r"<(h[12])\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")


def _headline_end(page: str, rec: dict) -> int:
    """Where the first h1 (else h2) stating the expected title ends, not a breadcrumb's last
    crumb, where pages repeat their headline; else the first h1's end (-1: none)."""
    words = html.unescape(rec["expected"].get("title") or "").split()
    title = _as_bytes(" ".join(words[1:4] if len(words) > 4 else words))
    headings = list(_HEADING.finditer(page))
    for level in ("h1", "h2"):
        for m in headings:
            said = " ".join(html.unescape(_TAGS.sub(" ", m.group(2))).split())
            crumb = "breadcrumb" in page[max(0, m.start() - 400) : m.start()].lower()
            if m.group(1).lower() == level and title and title in said and not crumb:
                return m.end()
    return next((m.end() for m in headings if m.group(1).lower() == "h1"), -1)


def language_line(lang: str) -> Callable[[str, dict], str]:
    locale, published_label, updated_label = LANGS[lang]

    def alter(page: str, rec: dict) -> str:
        page = _with_lang(_visible_blanked(page), lang)
        found = local_clock(rec)
        at = _headline_end(page, rec)
        if found is None or at < 0:
            return page
        moment, bare = found
        which = sum(map(ord, rec["id"]))
        pub = printed(moment, locale, which, bare)
        mod = printed(moment + timedelta(hours=27, minutes=5), locale, which, bare)
        line = (
            f'<div class="article-meta"><span>{updated_label} {mod}</span> · '
            f"<span>{published_label} {pub}</span></div>"
        )
        page = page[:at] + _as_bytes(line) + page[at:]
        later = printed(moment + timedelta(days=1, hours=2), locale, which, bare)
        items = "".join(
            f'<li><a href="/{n}/2099/another-story-about-other-things-{n}">'
            f"Another story about other things in the news number {n}</a> "
            f"<span>{later}</span></li>"
            for n in (1, 2)
        )
        body = _BODY_TAG.search(page)
        if body is not None:
            items = _as_bytes(f'<ul class="list">{items}</ul>')
            page = page[: body.end()] + items + page[body.end() :]
        return page

    return alter


# the zone of each country whose pages are looked at, where it keeps summer time
_DST_ZONE = {
    "us": "America/New_York", "uk": "Europe/London", "de": "Europe/Berlin",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "lu": "Europe/Luxembourg",
    "au": "Australia/Sydney", "ca": "America/Toronto", "es": "Europe/Madrid",
    "fr": "Europe/Paris", "no": "Europe/Oslo", "se": "Europe/Stockholm",
    "be": "Europe/Brussels", "dk": "Europe/Copenhagen", "it": "Europe/Rome",
    "ua": "Europe/Kyiv",
}  # fmt: skip


def _other_season(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    now = local.utcoffset()
    for months in (6, -6):
        other = (local + timedelta(days=30 * months)).utcoffset()
        if other is not None and other != now:
            minutes = int(other.total_seconds()) // 60
            sign = "+" if minutes >= 0 else "-"
            return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return ""


def dst_offsets(page: str, rec: dict) -> str:
    name = _DST_ZONE.get(rec["country"])
    if name is None:
        return page
    zone = ZoneInfo(name)

    def one(m: re.Match[str]) -> str:
        try:
            moment = datetime.fromisoformat(
                m.group(1).replace(" ", "T") + m.group(2).replace("Z", "+00:00")
            )
        except ValueError:
            return m.group(0)
        wrong = _other_season(moment, zone)
        if not wrong:
            return m.group(0)
        wall = moment.astimezone(zone).replace(tzinfo=None)
        spec = "auto" if "." in m.group(1) else "seconds" if ":" in m.group(1)[14:] else "minutes"
        return wall.isoformat(timespec=spec) + wrong

    return _ISO_AWARE.sub(one, page)


MODES: dict[str, Callable[[str, dict], str]] = {
    **{f"lang-{lang}": language_line(lang) for lang in LANGS},
    "dst-offsets": dst_offsets,
}
# modes scored on the wall clock to the minute (their lines print no seconds) not the instant
WALL_CLOCK = frozenset(f"lang-{lang}" for lang in LANGS)


def same_minute(rec: dict, found: str | None) -> int:
    """1 where `found` states the local clock the line printed, to the minute (a bare day: the
    day, where the clock is midnight)."""
    printed = local_clock(rec)
    try:
        got = datetime.fromisoformat(found or "")
    except ValueError:
        return 0
    if printed is None:
        return 0
    want = printed[0].replace(second=0, microsecond=0)
    if len(found or "") == 10:
        return int(want == got)
    return int(want == got.replace(tzinfo=None, second=0, microsecond=0))
