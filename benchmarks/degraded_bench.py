"""Every scored field on copies of the looked-at newsbench pages with less metadata than served.

    .venv/bin/python benchmarks/degraded_bench.py [--newsbench DIR] [--per-page] [--only NAME]
        [--misses FIELD]

Sites never seen often carry less metadata than the newsrooms newsbench holds: no JSON-LD,
no og:/twitter: tags, only microdata, or a JSON-LD block a parser stops at. There the
cascades' fallbacks decide the score, and the pages as served barely exercise them. Each
page of dev and world minus kept-aside (`variant_pages.looked_at`: the kept-aside pages are
never read) is rewritten in memory with lxml, extracted with its site profile as the crawl
would, and scored with newsbench's own `score.py` against its unchanged expected values:

    intact          the page as served
    no-jsonld       (a) every JSON-LD block removed
    no-og           (b) every og:, twitter: (and article:, fb:) meta removed
    visible-only    (c) both, and every other <meta> but the charset's: only what the
                    page's markup shows (microdata attributes on visible elements stay)
    ld-comma        (d) each JSON-LD block's text with a comma before every closing
                    brace and bracket
    ld-control      (d) raw newlines and tabs inside its strings (escaped ones written raw,
                    the first space of each short string a raw tab)
    ld-comment      (d) a `// ...` line and a `/* ... */` comment between its members
    ld-escape       (d) a backslash before each "&" and "%" in its strings (PHP's
                    stray escapes: "\\&", "\\%"), and a byte-order mark before it
    ld-entities     (d) each string's quotes and ampersands HTML-escaped inside it
                    ("&quot;", "&amp;") and the whole block given a second object right
                    after it (`}{`)

One measure per field: title exact, authors F1, published same instant, topics F1, body
token F1, lead image match (newsbench's own names in `score.py`). A variant that removes
metadata is a ceiling test: a page with no visible byline cannot score there. For dates
alone, with many more shapes, see dates_degraded_bench.py. Exits 2 without newsbench.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml.html import HtmlElement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import SCORED_FIELDS
from variant_pages import GROUPS, arguments, chosen, drop, looked_at, open_newsbench, rewritten

from newsarchive.articles import fetch_time, rules_for_page
from newsarchive.extract import extract_article

Edit = Callable[[HtmlElement], None]
_SOCIAL = re.compile(r"^(?:og|twitter|article|fb|book|profile):", re.I)
# (field, score.py's measure, its name in the table)
MEASURES = (
    ("title", "exact", "title="),
    ("authors", "F1", "authors F1"),
    ("published", "instant", "published"),
    ("topics", "F1", "topics F1"),
    ("body", "tokF1", "body tokF1"),
    ("image", "match", "image"),
)


def _jsonld_scripts(root: HtmlElement) -> list[HtmlElement]:
    return [
        s
        for s in root.iter("script")
        if "ld+json" in (s.get("type") or "").lower() or "json+ld" in (s.get("type") or "")
    ]


def no_jsonld(root: HtmlElement) -> None:
    drop(_jsonld_scripts(root))


def no_og(root: HtmlElement) -> None:
    drop(
        [
            m
            for m in root.iter("meta")
            if _SOCIAL.match(m.get("property") or m.get("name") or m.get("itemprop") or "")
        ]
    )


def visible_only(root: HtmlElement) -> None:
    no_jsonld(root)
    # every <meta> but the charset's: microdata metas inside the body go too (a reader
    # sees none of them)
    drop([m for m in root.iter("meta") if m.get("charset") is None])


def _each_block(alter: Callable[[str], str]) -> Edit:
    """Rewrite every JSON-LD block's text that parses now (re-dumped first, so each
    block's shape is the same whatever its whitespace was)."""

    def edit(root: HtmlElement) -> None:
        for script in _jsonld_scripts(root):
            try:
                data = json.loads(script.text or "", strict=False)
            except ValueError:
                continue
            script.text = alter(json.dumps(data, ensure_ascii=False, indent=1))

    return edit


_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_CLOSING = re.compile(r'(["\d\]}el])(\s*)([}\]])')  # a value ended, then a closer


def _comma(text: str) -> str:
    # twice: "}}" gets its comma between the two on the second pass
    return _CLOSING.sub(r"\1,\2\3", _CLOSING.sub(r"\1,\2\3", text))


def _strings(text: str, alter: Callable[[str], str]) -> str:
    """`alter` applied to each string value (not to keys: a string followed by ':')."""

    def one(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 3].lstrip()
        return m.group(0) if after.startswith(":") else '"' + alter(m.group(1)) + '"'

    return _STRING.sub(one, text)


_PAIR = re.compile(r"\\(.)")  # an escape in a JSON string, read as a pair
_RAW = {"n": "\n", "t": "\t", "r": "\r"}


def _control(text: str) -> str:
    def raw(s: str) -> str:
        s = _PAIR.sub(lambda m: _RAW.get(m.group(1), m.group(0)), s)
        return s.replace(" ", "\t", 1) if len(s) < 200 else s

    return _strings(text, raw)


def _comment(text: str) -> str:
    first = text.find("\n")
    last = text.rfind("\n")
    if first < 0:
        return text
    text = text[:last] + "\n/* generated by the SEO plugin */" + text[last:]
    return text[: first + 1] + "// schema.org markup\n" + text[first + 1 :]


def _escape(text: str) -> str:
    return "\ufeff" + _strings(text, lambda s: s.replace("&", "\\&").replace("%", "\\%"))


def _entities(text: str) -> str:
    def escaped(s: str) -> str:
        return s.replace("&", "&amp;").replace('\\"', "&quot;")

    return _strings(text, escaped) + '{"@context": "https://schema.org", "@type": "WebSite"}'


VARIANTS: dict[str, Edit | None] = {
    "intact": None,
    "no-jsonld": no_jsonld,
    "no-og": no_og,
    "visible-only": visible_only,
    "ld-comma": _each_block(_comma),
    "ld-control": _each_block(_control),
    "ld-comment": _each_block(_comment),
    "ld-escape": _each_block(_escape),
    "ld-entities": _each_block(_entities),
}


def run(pages: list[tuple[str, dict[str, Any], bytes]], edit: Edit | None) -> dict[str, dict]:
    preds: dict[str, dict] = {}
    for _, rec, raw in pages:
        html = rewritten(raw, edit)
        rules = rules_for_page(None, rec["url"], rec.get("crawl_date"))
        art = extract_article(html, rec["url"], rules, fetched=fetch_time(rec.get("crawl_date")))
        preds[rec["id"]] = {"id": rec["id"], **{k: getattr(art, k) for k in SCORED_FIELDS}}
    return preds


def _value(score: Any) -> float | None:
    """A page's score as one number (a date's: the same instant)."""
    return float(score["instant"]) if isinstance(score, dict) else score


def main() -> int:
    ap = arguments(__doc__)
    ap.add_argument("--misses", metavar="FIELD", help="with --per-page: only this field's losses")
    args = ap.parse_args()
    found = open_newsbench(args.newsbench)
    if found is None:
        return 2
    root, scorer = found
    pages = looked_at(root)
    expected = [rec for _, rec, _ in pages]
    print(
        f"{len(pages)} looked-at pages (dev + world minus kept-aside; groups {', '.join(GROUPS)}),"
        " site profiles on"
    )
    names = list(chosen(VARIANTS, args.only))
    if "intact" not in names:
        names.insert(0, "intact")
    results: dict[str, dict] = {}
    per_page: dict[str, dict] = {}
    for name in names:
        results[name], per_page[name] = scorer.score(expected, run(pages, VARIANTS[name]))
    print("| field | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for field, measure, label in MEASURES:
        cells = [f"{results[n][field][measure]:.3f}" if field in results[n] else "-" for n in names]
        print(f"| {label} | " + " | ".join(cells) + " |")
    if args.per_page:
        keys = {"body": "body_tokF1"}
        for name in names[1:]:
            for field, _, _ in MEASURES:
                if args.misses and field != args.misses:
                    continue
                key = keys.get(field, field)
                for pid, scores in per_page[name].items():
                    was = _value(per_page["intact"][pid].get(key))
                    now = _value(scores.get(key))
                    if was is not None and now is not None and now < was - 0.05:
                        print(f"  {name} {field} {pid}: {was:.2f} -> {now:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
