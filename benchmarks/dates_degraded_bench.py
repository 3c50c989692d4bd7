"""Published dates on degraded copies of the newsbench pages looked at (dev, world minus aside).

    .venv/bin/python benchmarks/dates_degraded_bench.py [--newsbench DIR] [--misses MODE]

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

A page's score in a mode is a ceiling test, not a prediction: a page with no visible
date line cannot score in visible-only. The kept-aside pages are never read.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
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
# The publisher's zone (newsbench's country), for naive copies of pages whose expected time
# states no offset (then the scorer compares wall clocks); a multi-zone country's capital.
_COUNTRY_ZONE = {
    "us": "America/New_York", "uk": "Europe/London", "de": "Europe/Berlin",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "lu": "Europe/Luxembourg",
    "za": "Africa/Johannesburg", "jp": "Asia/Tokyo", "au": "Australia/Sydney",
    "ca": "America/Toronto", "es": "Europe/Madrid", "fr": "Europe/Paris",
    "na": "Africa/Windhoek", "no": "Europe/Oslo", "se": "Europe/Stockholm",
    "tr": "Europe/Istanbul", "be": "Europe/Brussels", "dk": "Europe/Copenhagen",
    "it": "Europe/Rome", "kr": "Asia/Seoul", "mx": "America/Mexico_City",
    "py": "America/Asuncion", "ua": "Europe/Kyiv",
}  # fmt: skip


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
    zone: tzinfo = ZoneInfo(_COUNTRY_ZONE[rec["country"]])
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


MODES: dict[str, Callable[[str, dict], str]] = {
    "as-is": lambda page, rec: page,
    "no-jsonld": _no_jsonld,
    "no-date-meta": _no_meta,
    "no-jsonld-meta": _no_both,
    "naive": _naive,
    "naive-no-jsonld": _naive_no_jsonld,
    "visible-only": _visible_only,
    "script-state": _script_state,
}


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--newsbench", default=str(DEFAULT_NEWSBENCH))
    ap.add_argument("--misses", metavar="MODE", help="also list that mode's misses")
    ap.add_argument("--dump", metavar="FILE", help="write every copy's answers here (JSON)")
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
        scores: dict[str, list[int]] = {"dev": [], "world A": [], "world B": []}
        answers[name] = {}
        for group, rec, html in pages:
            # latin-1 maps every byte to one character and back: the page's other bytes stay
            altered = alter(html.decode("latin-1"), rec).encode("latin-1")
            rules = rules_for_page(None, rec["url"], rec.get("crawl_date"))
            at = fetch_time(rec.get("crawl_date"))
            published = extract_article(altered, rec["url"], rules, fetched=at).published
            score, _ = scorer.date_scores(rec["expected"]["published"], published)
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
