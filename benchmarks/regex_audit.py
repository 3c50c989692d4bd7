"""Audit the package's regular expressions for super-linear backtracking (ReDoS).

    .venv/bin/python benchmarks/regex_audit.py [--pages DIR] [--only PREFIX] [--json OUT]

1. Collects every compiled pattern: module attributes (and those inside tuples, lists,
   dicts and classes) of every `newsarchive` module, plus those compiled at run time while
   the extractor reads the newsbench dev pages (`--pages`, default newsbench's dev html).
2. Runs `regexploit` (a dev-only tool: `pip install regexploit` into any venv; skipped when
   absent) over each, which finds cubic and worse patterns with an example input.
3. Probes each pattern: `finditer` over runs of 300 and 1,200 characters built from spaces,
   letters, digits, marks and the pattern's own literals; a pattern whose time grows more
   than 6x (linear is 4x) and takes over 5 ms on the longer run is listed with its worst run.
   Each pattern is probed in a child process killed after 30 s (listed as TIMEOUT).

A listed pattern is a candidate: whether a page can reach it with such a run depends on its
caller (many read text whose spaces are collapsed, or cut short first). The page-level check
is tests/test_extract_redos19.py (hostile pages through extract_article). The count that only
goes down is benchmarks/regex_shapes.py's (the shapes read from each pattern's parse, the same
on any machine), held by tests/test_regex_shapes.py.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import multiprocessing as mp
import pkgutil
import re
import sys
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = [" ", "a", "A", "0", ".", "-", ",", "\n", "\u00a0", "\u0627", "\u05d0", "\u4e2d", "/", "|"]
BASE += [":", "\u00bb", "(", "+", "<", '"', "'", "#", "_", "\u00e9", "\t", ")", "]", "&", ";"]
PAIRS = [" ", "a", "0", ".", "-", "\n", ","]


def collect(pages: Path | None) -> dict[tuple[str, int], str]:
    import newsarchive

    found: dict[tuple[str, int], str] = {}
    seen: set[int] = set()

    def walk(obj: Any, where: str, depth: int = 0) -> None:
        if depth > 6 or id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, str):
                found.setdefault((obj.pattern, obj.flags), where)
        elif isinstance(obj, dict):
            for k, v in list(obj.items()):
                walk(v, f"{where}[{k!r}]"[:160], depth + 1)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            # (a set's items in a fixed order: each pattern's place is the same every run)
            items = sorted(obj, key=repr) if isinstance(obj, (set, frozenset)) else obj
            for i, v in enumerate(items):
                walk(v, f"{where}[{i}]", depth + 1)
        elif isinstance(obj, type) and obj.__module__.startswith("newsarchive"):
            for k, v in list(vars(obj).items()):
                walk(v, f"{where}.{k}", depth + 1)

    for info in pkgutil.walk_packages(newsarchive.__path__, "newsarchive."):
        # (regexcache holds every module's patterns: each is read where its module names it)
        if info.name.endswith("__main__") or info.name == "newsarchive.extract.regexcache":
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:  # an optional dependency absent: say so, go on
            print(f"not imported: {info.name} ({type(exc).__name__})", file=sys.stderr)
            continue
        for name, value in list(vars(module).items()):
            if not isinstance(value, types.ModuleType):
                walk(value, f"{info.name}.{name}")
    if pages is not None and pages.is_dir():
        from newsarchive.extract.core import extract_article

        compile_ = re._compile  # type: ignore[attr-defined]

        def spy(pattern: Any, flags: Any) -> Any:
            compiled = compile_(pattern, flags)
            if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
                found.setdefault((compiled.pattern, compiled.flags), "compiled at run time")
            return compiled

        re._compile = spy  # type: ignore[attr-defined]
        try:
            for path in sorted(pages.rglob("*.html.gz")):
                html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
                extract_article(html, "https://www.example.com/news/2026/12/04/story.html")
        finally:
            re._compile = compile_  # type: ignore[attr-defined]
    return found


def collect_built() -> dict[tuple[str, int], str]:
    """The patterns the package builds at run time from its own tables, built from every
    real input (their shapes depend on it), each with its place:

    - each site profile's (newsarchive.sites.SITES) link rules, URL date, rendered
      articles, "show more" offset and each rules' topic exclusions, with the flags their
      readers compile them with (LinkRules, spiders.scope.Scope, renders_article,
      spiders.paging.first_offset, extract.topics);
    - today's, yesterday's and "ago" words of each language (daterelative._day_words);
    - the "and" of each language CLDR knows, between two writers (authorjoins._own_and).

    tests/test_regex_shapes.py checks them as it checks the module-level ones, and holds the
    list of places that build a pattern at run time (a new one is read here or says why its
    shape cannot vary)."""
    from newsarchive.extract import daterelative, langwords
    from newsarchive.sites import SITES

    found: dict[tuple[str, int], str] = {}

    def add(pattern: str | None, flags: int, where: str) -> None:
        if pattern:
            found.setdefault((pattern, re.compile(pattern, flags).flags), where)

    for name, profile in SITES.items():
        at = f"newsarchive.sites.SITES[{name!r}]"
        for kind, compiled in (
            ("allow", profile.articles._allow),
            ("deny", profile.articles._deny),
        ):
            for i, rx in enumerate(compiled):
                add(rx.pattern, rx.flags, f"{at}.articles.{kind}[{i}]")
        add(profile.url_date, re.IGNORECASE, f"{at}.url_date")
        for i, p in enumerate(profile.render_articles):
            add(p, re.IGNORECASE, f"{at}.render_articles[{i}]")
        shows = {"": profile.show_more, **profile.show_more_sections}
        for section, spec in shows.items():
            if spec is not None:
                key = f"[{section!r}]" if section else ""
                add(spec.offset_pattern, 0, f"{at}.show_more{key}.offset_pattern")
        for r, rules in enumerate(profile.rules):
            for i, p in enumerate(rules.topics_exclude):
                add(p, 0, f"{at}.rules[{r}].topics_exclude[{i}]")
    from babel.localedata import locale_identifiers

    from newsarchive.extract import authorjoins

    # the page's own language's "and" (authorjoins._own_and): each language CLDR knows
    for lang in sorted(
        {i.split("_")[0] for i in locale_identifiers()} | set(langwords.AND_WORDS_OWN)
    ):
        if (rx := authorjoins._own_and(lang)) is not None:
            add(rx.pattern, rx.flags, f"newsarchive.extract.authorjoins._own_and({lang!r})")
    for lang in [None, *sorted(langwords.TODAY_WORDS)]:
        for i, rx in enumerate(daterelative._day_words(lang)):
            add(rx.pattern, rx.flags, f"newsarchive.extract.daterelative._day_words({lang!r})[{i}]")
    return found


def _runs(pattern: str) -> list[tuple[str, str, str]]:
    literals = sorted({c for c in pattern if not c.isalnum() and c not in "\\^$*+?{}[]()|"})
    words = list(dict.fromkeys(re.findall(r"(?<!\\)[^\W\d_]{2,}", pattern)))[:6]
    chars = list(dict.fromkeys(BASE + literals))
    runs: list[tuple[str, str, str]] = []
    for c in chars:
        runs += [("", c, ""), ("", c, "\x00")]
        runs += [("", c + d, "\x00") for d in PAIRS if d != c]
        runs += [(w, c, "\x00") for w in words]
    for c in chars[:12]:
        for lit in literals[:12]:
            runs += [(lit, c, "\x00"), (c, lit, "\x00")]
    return runs


def _time(rx: re.Pattern[str], n: int, prefix: str, unit: str, suffix: str) -> float:
    text = prefix + unit * (n // len(unit)) + suffix
    start = time.perf_counter()
    for _ in rx.finditer(text):
        pass
    return time.perf_counter() - start


def _probe(pattern: str, flags: int, out: Any) -> None:
    rx = re.compile(pattern, flags)
    worst: tuple[float, float, str] | None = None
    for prefix, unit, suffix in _runs(pattern):
        short = _time(rx, 300, prefix, unit, suffix)
        if short < 2e-4:
            continue
        long = _time(rx, 1200, prefix, unit, suffix)
        if worst is None or long > worst[0]:
            worst = (long, long / max(short, 1e-7), repr(prefix + unit + "..." + suffix))
    out.put(worst)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=Path, default=Path("/work/shared/newsbench/dev/html"))
    parser.add_argument("--only", default="", help="probe only patterns whose place starts so")
    parser.add_argument("--json", type=Path, help="write every pattern and finding here")
    args = parser.parse_args()
    found = collect(args.pages)
    rows = [
        {"pattern": p, "flags": f, "where": w}
        for (p, f), w in found.items()
        if w.startswith(args.only) or not args.only
    ]
    print(f"{len(found)} patterns collected, {len(rows)} audited")
    try:
        from regexploit.ast.sre import SreOpParser
        from regexploit.redos import find
    except ImportError:
        print("regexploit not installed: its check skipped")
    else:
        for row in rows:
            try:
                found_redos = list(find(SreOpParser().parse_sre(row["pattern"], row["flags"])))
            except Exception:  # a construct it cannot parse
                continue
            if found_redos:
                worst = max(found_redos, key=lambda r: r.starriness)
                row["regexploit"] = {
                    "starriness": worst.starriness,
                    "example": str(worst.example()),
                }
                print(f"regexploit {worst.starriness}*: {row['where']}: {row['pattern'][:120]!r}")
    flagged = 0
    for row in rows:
        queue: Any = mp.Queue()
        child = mp.Process(target=_probe, args=(row["pattern"], row["flags"], queue))
        child.start()
        child.join(30)
        if child.is_alive():
            child.kill()
            child.join()
            row["probe"] = "TIMEOUT"
        else:
            worst = queue.get() if not queue.empty() else None
            if worst and worst[0] > 0.005 and worst[1] > 6:
                row["probe"] = {
                    "seconds_1200": round(worst[0], 4),
                    "growth_4x": round(worst[1], 1),
                    "run": worst[2],
                }
        if "probe" in row:
            flagged += 1
            print(f"probe: {row['where']}: {row['pattern'][:120]!r}: {row['probe']}", flush=True)
    print(f"{flagged} of {len(rows)} grow super-linearly on some run")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=True, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
