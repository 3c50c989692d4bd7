"""Published dates on degraded copies of the newsbench pages looked at (dev, world minus aside).

    .venv/bin/python benchmarks/dates_degraded_bench.py [--newsbench DIR] [--misses MODE]
        [--only TEXT] [--dump FILE]

World minus kept-aside is also shown by publisher half (extract_bench.publisher_half), so a
rule fitted on one half can be checked on the other.

The visible pages nearly all carry JSON-LD and date metas, so the cascade's later steps
(visible date lines, data attributes, script state, the zone of a naive time) are
barely exercised by them; publishers never seen often lack what these pages have. Each
page is altered in memory, never written anywhere, and scored with newsbench's own
`score.py` (published, same instant) against its unchanged expected value:

    as-is           the page unchanged
    no-jsonld       JSON-LD blocks removed
    no-date-meta    <meta> tags naming a date or time removed
    no-jsonld-meta  both
    naive           every ISO timestamp with an offset rewritten as the wall clock of the
                    page's own zone (the first non-UTC offset its stamps state; the
                    publisher's country only where all are UTC) without the offset, as
                    sites that print local times without a zone do
    naive-no-jsonld the same with JSON-LD removed as well
    visible-only    JSON-LD, date metas, all scripts, `datetime`/`content` attributes off
                    <time>/itemprop elements and date-named `data-*` attributes removed:
                    only what a reader sees is left
    script-state    JSON-LD and date metas removed, and every text a reader sees holding a
                    year blanked (outside scripts): only data attributes and script state

One source altered at a time (the rest as served), each a shape pages never looked at serve:

    utc-stamps      every ISO stamp with an offset said in UTC ("...Z"), the printed local
                    clocks unchanged (a CMS storing UTC beside a page printing local time)
    utc-millis      the same with milliseconds ("17:40:00.000Z")
    utc-naive-metadata  JSON-LD's and date metas' stamps as their UTC wall clock with no offset
                    at all ("16:40:00"), the rest unchanged (a CMS storing UTC, its "Z" left out)
    offset-colonless  every offset written "+0100" rather than "+01:00"
    meta-space      JSON-LD removed; date metas' stamps with a space for the "T"
    meta-comma      JSON-LD removed; date metas' stamps with ", " for the "T"
    meta-basic      JSON-LD removed; date metas' stamps in ISO 8601's basic format
                    ("20260129T174000+0100")
    meta-rfc822     JSON-LD removed; date metas' stamps as RFC 822 ("Thu, 29 Jan 2026
                    17:40:00 +0100")
    naive-jsonld    only the JSON-LD's stamps as the local wall clock without offset
    time-only       JSON-LD, date metas and scripts removed, dated texts blanked: only
                    `<time datetime>` (and other date attributes) left
    data-attr-only  the same with each `<time datetime>` a `<span data-publish-date>`
    escaped-state   JSON-LD and date metas removed, each JSON-LD block's text kept as an
                    escaped string in a framework's script (`self.__next_f.push([1,"..."])`)
    epoch-state     script-state, every stamp in a script as Unix seconds
    epoch-ms-state  the same in milliseconds
    extra-jsonld    a block before the page's own JSON-LD: the WebPage, breadcrumbs, a video
                    uploaded and a related NewsArticle (another address) published a week earlier
    created-earlier the article's JSON-LD states `dateCreated` and `uploadDate` a day earlier
    modified-earlier the article's JSON-LD states a `dateModified` a day before its publication
    modified-only   published names removed from JSON-LD and metas, modified ones kept
                    (a ceiling test: the key is the publication)
    visible-2digit  visible-only with years printed in two digits ("29.01.26")
    event-in-text   no-jsonld-meta, and a sentence of the text marking up an event 9 days
                    earlier (`<time datetime=...>` in the first long paragraph)
    photo-caption   no-jsonld-meta, and a picture under the headline captioned with the
                    moment it shows, 2 days earlier, to the minute (German on .de/.at/.ch)

Languages beyond the world set and a CMS's wrong-season offsets (dates_unseen_kinds.py):

    lang-XX         the visible text only, `<html lang="XX">`, and a line under the headline
                    in XX stating the update, then the publication, as CLDR prints them (18
                    languages: pt pl nl cs el fi hu ro uk id vi zh ar he hi th sv ko), a "most read"
                    list above it dated a day later; scored on the wall clock
    dst-offsets     every stamp's offset that of the other season (a CMS ignoring summer time)

A page's score in a mode is a ceiling test, not a prediction: a page with no visible
date line cannot score in visible-only. The kept-aside pages are never read. Every field
at once, on fewer shapes (no JSON-LD, no og: metas, neither, broken JSON-LD), is
degraded_bench.py's.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dates_unseen_kinds import COUNTRY_ZONE, WALL_CLOCK, same_minute
from dates_unseen_kinds import MODES as UNSEEN_MODES
from variant_pages import DEFAULT_NEWSBENCH, looked_at, open_newsbench

from newsarchive.articles import fetch_time, rules_for_page
from newsarchive.extract import extract_article

_JSONLD = re.compile(r"<script[^>]+application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
_DATE_META = re.compile(
    r"<meta\b[^>]*\b(?:name|property|itemprop|http-equiv)\s*=\s*[\"']?[^\"'>]*"
    r"(?:date|time|publi|modif|updat|creat|issued)[^>]*>",
    re.I,
)
_TIME_ATTRS = re.compile(r"\s(?:datetime|data-[\w-]*(?:date|time|publi|stamp)[\w-]*)\s*=\s*"
                         r"(?:\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)  # fmt: skip
_ITEMPROP_DATE = re.compile(
    r"(<[a-z]+\b[^>]*?)\bitemprop\s*=\s*[\"']?date\w*[\"']?([^>]*?)\s(?:content)\s*=\s*"
    r"(?:\"[^\"]*\"|'[^']*')",
    re.I,
)
_ISO_AWARE = re.compile(
    r"(20\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)(?![\d:])"
)
_TEXT = re.compile(r">([^<]+)<")
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d)(?!\d)|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)")


def _no_jsonld(page: str, rec: dict) -> str:
    return _JSONLD.sub("", page)


def _no_meta(page: str, rec: dict) -> str:
    return _DATE_META.sub("", page)


def _no_both(page: str, rec: dict) -> str:
    return _no_meta(_no_jsonld(page, rec), rec)


def _naive(page: str, rec: dict) -> str:
    # The page's own zone where its timestamps state one (the first offset other than UTC),
    # not the extractor's country table (zones.py): copies made with that table agree with
    # its guesses by construction (a Los Angeles page scored as if it printed New York's
    # clock). Pages whose stamps are all UTC fall back to the publisher's country.
    zone: tzinfo = ZoneInfo(COUNTRY_ZONE[rec["country"]])
    for m in _ISO_AWARE.finditer(page):
        offset = m.group(2)
        if offset != "Z" and offset.replace(":", "") not in ("+0000", "-0000"):
            with contextlib.suppress(ValueError):
                zone = datetime.fromisoformat("2000-01-01T00:00" + offset).tzinfo or zone
                break

    def local(m: re.Match[str]) -> str:
        stamp = m.group(1).replace(" ", "T")
        try:
            moment = datetime.fromisoformat(stamp + m.group(2).replace("Z", "+00:00"))
        except ValueError:
            return m.group(0)
        wall = moment.astimezone(zone).replace(tzinfo=None)
        spec = "auto" if "." in stamp else "seconds" if ":" in stamp[14:] else "minutes"
        return wall.isoformat(timespec=spec)

    return _ISO_AWARE.sub(local, page)


def _naive_no_jsonld(page: str, rec: dict) -> str:
    return _naive(_no_jsonld(page, rec), rec)


def _visible_only(page: str, rec: dict) -> str:
    page = _SCRIPT.sub("", _no_meta(page, rec))
    page = _ITEMPROP_DATE.sub(r"\1\2", page)
    return _TIME_ATTRS.sub("", page)


def _script_state(page: str, rec: dict) -> str:
    page = _no_both(page, rec)
    parts: list[str] = []
    last = 0
    for m in _SCRIPT.finditer(page):
        parts.append(_blank_dates(page[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(_blank_dates(page[last:]))
    page = "".join(parts)
    page = _ITEMPROP_DATE.sub(r"\1\2", page)
    return re.sub(r"\sdatetime\s*=\s*(?:\"[^\"]*\"|'[^']*')", "", page, flags=re.I)


def _blank_dates(html: str) -> str:
    return _TEXT.sub(lambda m: "><" if _YEAR.search(m.group(1)) else m.group(0), html)


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_TIME_TAG = re.compile(
    r"<time\b([^>]*?)\sdatetime\s*=\s*(\"[^\"]*\"|'[^']*')([^>]*)>(.*?)</time\s*>", re.I | re.S
)
_MODIFIED_NAME = re.compile(r"modif|updat|lastmod", re.I)
_WEEK = 7 * 86400
_DAY = 86400


def _moment(m: re.Match[str]) -> datetime | None:
    try:
        return datetime.fromisoformat(
            m.group(1).replace(" ", "T") + m.group(2).replace("Z", "+00:00")
        )
    except ValueError:
        return None


def _each_stamp(text: str, spell: Callable[[datetime, re.Match[str]], str]) -> str:
    def one(m: re.Match[str]) -> str:
        moment = _moment(m)
        return m.group(0) if moment is None else spell(moment, m)

    return _ISO_AWARE.sub(one, text)


def _in_tags(
    page: str, tag: re.Pattern[str], spell: Callable[[datetime, re.Match[str]], str]
) -> str:
    return tag.sub(lambda t: _each_stamp(t.group(0), spell), page)


def _utc(moment: datetime, m: re.Match[str]) -> str:
    spec = "auto" if "." in m.group(1) else "seconds" if ":" in m.group(1)[14:] else "minutes"
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _utc_naive(moment: datetime, m: re.Match[str]) -> str:
    return _utc(moment, m).removesuffix("Z")


def _utc_millis(moment: datetime, m: re.Match[str]) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def _colonless(moment: datetime, m: re.Match[str]) -> str:
    return m.group(0) if m.group(2) == "Z" else m.group(1) + m.group(2).replace(":", "")


def _comma(moment: datetime, m: re.Match[str]) -> str:
    return m.group(0).replace("T", ", ", 1)


def _basic(moment: datetime, m: re.Match[str]) -> str:
    return moment.strftime("%Y%m%dT%H%M%S") + (
        m.group(2).replace(":", "") if m.group(2) != "Z" else "Z"
    )


def _rfc822(moment: datetime, m: re.Match[str]) -> str:
    return format_datetime(moment)


def _spaced(moment: datetime, m: re.Match[str]) -> str:
    return m.group(0).replace("T", " ", 1)


def _epoch(scale: int) -> Callable[[str, dict], str]:
    def alter(page: str, rec: dict) -> str:
        page = _script_state(page, rec)
        return _SCRIPT.sub(
            lambda s: _QUOTED_STAMP.sub(
                lambda m: (
                    str(int(moment.timestamp() * scale))
                    if (moment := _moment(m)) is not None
                    else m.group(0)
                ),
                s.group(0),
            ),
            page,
        )

    return alter


_QUOTED_STAMP = re.compile(  # a stamp in quotes, escaped or not, quotes and all
    r"\\*[\"'](20\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)\\*[\"']"
)


def _dated_text_blanked(page: str) -> str:
    parts: list[str] = []
    last = 0
    for m in _SCRIPT.finditer(page):
        parts.append(_blank_dates(page[last : m.start()]))
        last = m.end()
    parts.append(_blank_dates(page[last:]))
    return "".join(parts)


def _time_only(page: str, rec: dict) -> str:
    return _dated_text_blanked(_no_both(page, rec))


def _data_attr_only(page: str, rec: dict) -> str:
    page = _time_only(page, rec)
    return _TIME_TAG.sub(r"<span\1 data-publish-date=\2\3>\4</span>", page)


def _escaped_state(page: str, rec: dict) -> str:
    blocks = [m.group(0) for m in _JSONLD.finditer(page)]
    page = _no_both(page, rec)
    pushed = "".join(
        "<script>self.__next_f.push([1,"
        + json.dumps(re.sub(r"^<script[^>]*>|</script\s*>$", "", b))
        + "])</script>"
        for b in blocks
    )
    return page.replace("</body>", pushed + "</body>", 1) if "</body>" in page else page + pushed


def _extra_jsonld(page: str, rec: dict) -> str:
    first = next((_moment(m) for m in _ISO_AWARE.finditer(page) if _moment(m)), None)
    if first is None:
        return page
    earlier = first.timestamp() - _WEEK
    stamp = datetime.fromtimestamp(earlier, UTC).isoformat()
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": rec["url"] + "#webpage", "name": "Page"},
            {"@type": "VideoObject", "name": "Clip", "uploadDate": stamp,
             "contentUrl": "https://video.example/clip.mp4"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://example.org/"}]},
            {"@type": "NewsArticle", "headline": "An older story about something else",
             "url": "https://example.org/2020/01/01/older-story-about-something-else",
             "datePublished": stamp, "dateModified": stamp},
        ],
    }  # fmt: skip
    block = '<script type="application/ld+json">' + json.dumps(graph) + "</script>"
    at = page.find("<script")
    return page[:at] + block + page[at:] if at >= 0 else block + page


_LD_PUBLISHED = re.compile(r'("datePublished"\s*:\s*")([^"]+)(")')


def _add_beside_published(page: str, key: str, shift: int) -> str:
    def one(block: re.Match[str]) -> str:
        def add(m: re.Match[str]) -> str:
            inner = _ISO_AWARE.search(m.group(2))
            moment = _moment(inner) if inner else None
            if moment is None:
                return m.group(0)
            other = datetime.fromtimestamp(moment.timestamp() + shift, moment.tzinfo).isoformat()
            return f'{m.group(0)}, "{key}": "{other}"'

        return _LD_PUBLISHED.sub(add, block.group(0))

    return _JSONLD.sub(one, page)


def _created_earlier(page: str, rec: dict) -> str:
    page = _add_beside_published(page, "dateCreated", -_DAY)
    return _add_beside_published(page, "uploadDate", -_DAY)


def _modified_earlier(page: str, rec: dict) -> str:
    page = re.sub(r'"dateModified"\s*:\s*"[^"]*"\s*,?', "", page)
    return _add_beside_published(page, "dateModified", -_DAY)


def _modified_only(page: str, rec: dict) -> str:
    page = _JSONLD.sub(
        lambda b: re.sub(
            r'"(?:datePublished|dateCreated|uploadDate)"\s*:\s*"[^"]*"\s*,?', "", b.group(0)
        ),
        page,
    )
    return _META_TAG.sub(
        lambda m: (
            m.group(0)
            if _MODIFIED_NAME.search(m.group(0)) or not _DATE_META.match(m.group(0))
            else ""
        ),
        page,
    )


_FOUR_DIGIT_YEAR = re.compile(r"(?<=[./-])20(\d\d)(?!\d)|(?<=\d\.\s)20(\d\d)(?!\d)")


def _visible_two_digit(page: str, rec: dict) -> str:
    page = _visible_only(page, rec)
    return _TEXT.sub(
        lambda m: (
            ">" + re.sub(r"(\d{1,2}[./]\d{1,2}[./])20(\d\d)(?!\d)", r"\1\2", m.group(1)) + "<"
        ),
        page,
    )


_LONG_PARAGRAPH = re.compile(r"(<p\b[^>]*>[^<]{120,}?)(\s)", re.I)


def _earlier(rec: dict, days: int) -> datetime | None:
    """The expected publication moved `days` back (a naive one as it stands)."""
    try:
        moment = datetime.fromisoformat(rec["expected"]["published"])
    except (TypeError, ValueError):
        return None
    return datetime.fromtimestamp(moment.timestamp() - days * _DAY, moment.tzinfo)


def _event_in_text(page: str, rec: dict) -> str:
    page = _no_both(page, rec)
    event = _earlier(rec, 9)
    at = page.find("</h1>")
    if event is None or at < 0:
        return page
    stamp = f'<time datetime="{event.isoformat()}">{event:%d.%m.%Y}</time>'
    sentence = f" the council met on {stamp} to discuss the plan in more detail and then"
    return page[:at] + _LONG_PARAGRAPH.sub(rf"\1{sentence}\2", page[at:], count=1)


def _photo_caption(page: str, rec: dict) -> str:
    page = _no_both(page, rec)
    shot = _earlier(rec, 2)
    if shot is None or "</h1>" not in page:
        return page
    if rec["country"] in ("de", "at", "ch"):
        text = f"Demonstranten am {shot:%d.%m.%Y} um {shot:%H:%M} Uhr vor dem Rathaus. Foto: dpa"
    else:
        text = f"Protesters outside the town hall on {shot:%d %B %Y} at {shot:%H:%M} GMT. Photo: AP"
    figure = f"<figure><img src='/photo.jpg'><figcaption>{text}</figcaption></figure>"
    return page.replace("</h1>", "</h1>" + figure, 1)


MODES: dict[str, Callable[[str, dict], str]] = {
    "as-is": lambda page, rec: page,
    "no-jsonld": _no_jsonld,
    "no-date-meta": _no_meta,
    "no-jsonld-meta": _no_both,
    "naive": _naive,
    "naive-no-jsonld": _naive_no_jsonld,
    "visible-only": _visible_only,
    "script-state": _script_state,
    "utc-stamps": lambda page, rec: _each_stamp(page, _utc),
    "utc-millis": lambda page, rec: _each_stamp(page, _utc_millis),
    "utc-naive-metadata": lambda page, rec: _in_tags(
        _in_tags(page, _JSONLD, _utc_naive), _META_TAG, _utc_naive
    ),
    "offset-colonless": lambda page, rec: _each_stamp(page, _colonless),
    "meta-space": lambda page, rec: _in_tags(_no_jsonld(page, rec), _META_TAG, _spaced),
    "meta-comma": lambda page, rec: _in_tags(_no_jsonld(page, rec), _META_TAG, _comma),
    "meta-basic": lambda page, rec: _in_tags(_no_jsonld(page, rec), _META_TAG, _basic),
    "meta-rfc822": lambda page, rec: _in_tags(_no_jsonld(page, rec), _META_TAG, _rfc822),
    "naive-jsonld": lambda page, rec: _JSONLD.sub(lambda b: _naive(b.group(0), rec), page),
    "time-only": _time_only,
    "data-attr-only": _data_attr_only,
    "escaped-state": _escaped_state,
    "epoch-state": _epoch(1),
    "epoch-ms-state": _epoch(1000),
    "extra-jsonld": _extra_jsonld,
    "created-earlier": _created_earlier,
    "modified-earlier": _modified_earlier,
    "modified-only": _modified_only,
    "visible-2digit": _visible_two_digit,
    "event-in-text": _event_in_text,
    "photo-caption": _photo_caption,
    **UNSEEN_MODES,
}


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--newsbench", default=str(DEFAULT_NEWSBENCH))
    ap.add_argument("--misses", metavar="MODE", help="also list that mode's misses")
    ap.add_argument("--dump", metavar="FILE", help="write every copy's answers here (JSON)")
    ap.add_argument("--only", help="score only the copies whose name holds this (and as-is)")
    args = ap.parse_args()
    if args.misses and args.misses not in MODES:
        print(f"unknown mode {args.misses!r}: one of {', '.join(MODES)}", file=sys.stderr)
        return 2
    found = open_newsbench(args.newsbench)
    if found is None:
        return 2
    root, scorer = found
    pages = looked_at(root)
    print(f"published, same instant, on {len(pages)} pages (dev + world minus kept-aside)")
    print(
        "| copy | dev | world minus kept-aside | world half A | world half B | all |\n"
        "|---|---|---|---|---|---|"
    )
    answers: dict[str, dict[str, str | None]] = {}
    for name, alter in MODES.items():
        if args.only and name != "as-is" and args.only not in name:
            continue
        scores: dict[str, list[int]] = {"dev": [], "world A": [], "world B": []}
        answers[name] = {}
        for group, rec, html in pages:
            # latin-1 maps every byte to one character and back: the page's other bytes stay
            altered = alter(html.decode("latin-1"), rec).encode("latin-1")
            rules = rules_for_page(None, rec["url"], rec.get("crawl_date"))
            at = fetch_time(rec.get("crawl_date"))
            published = extract_article(altered, rec["url"], rules, fetched=at).published
            score, _ = scorer.date_scores(rec["expected"]["published"], published)
            if name in WALL_CLOCK:
                score["instant"] = same_minute(rec, published)
            scores[group].append(score["instant"])
            answers[name][rec["id"]] = published
            if name == args.misses and not score["instant"]:
                print(f"  miss {rec['id']}: {published} != {rec['expected']['published']}")
        dev, half_a, half_b = scores["dev"], scores["world A"], scores["world B"]
        print(
            f"| {name} | {_mean(dev)} | {_mean(half_a + half_b)} | {_mean(half_a)} "
            f"| {_mean(half_b)} | {_mean(dev + half_a + half_b)} |"
        )
    if args.dump:
        Path(args.dump).write_text(json.dumps(answers, indent=1), encoding="utf-8")
    return 0


def _mean(xs: list[int]) -> str:
    return f"{sum(xs) / len(xs):.3f}" if xs else "-"


if __name__ == "__main__":
    sys.exit(main())
