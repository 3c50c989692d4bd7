"""Paired timing of two extractor versions in one process, part by part.

    .venv/bin/python benchmarks/extract_paired.py REV [--passes N] [--page-only] [--newsbench DIR]

This box's CPU speed swings twofold from one second to the next, so two whole runs
cannot compare versions. Here git revision REV's `newsarchive` package is unpacked
(`git archive`) under another name beside the working tree's, and each newsbench page
(dev and world, all 141: timed, never looked at) is read by both, in turns that swap
order page by page. Printed: CPU milliseconds a page for each version, for parsing, the
title, the authors and the body (each after the ones before it, as `extract_article`
runs them, so the Document's caches are filled the same way) and the whole page. Only
totals are printed, never a page's figures. Exits 2 when newsbench is absent.
With `--page-only` each version reads a page once a pass, whole, every lru_cache of both
versions emptied first: by default a cache kept across pages is already filled with the
page's values by the parts read just before (and by the page's earlier passes), and the
page figure flatters it (the title's and date lines' three caches taken out, 6 passes:
page +4.5% by default, +2.1% with --page-only). A table a worker loads once and keeps (an
lru_cache of a function taking no argument, or only a language: the towns', the given
names', a language's CLDR words) is not emptied: a crawl does not read it again for each
page (emptied too, authors-27's change read +6.9%: Babel's locale data for its "and" words
was loaded anew in the pages timed). Before timing, both versions read every page once,
untimed, as a worker that has run a while has loaded what it loads once (py3langid's model,
Babel's data of each language met). With `--crawl` each version reads each page whole, no
cache emptied, as extract_bench.py times a crawl's worker (each page's earlier passes
flatter it).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import inspect
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NEWSBENCH = next(
    (d / "shared" / "newsbench" for d in REPO.parents[:2] if (d / "shared" / "newsbench").is_dir()),
    REPO.parent / "shared" / "newsbench",
)
SETS = ("dev", "world")
BASE = "newsarchive_base"  # the package name REV's copy is imported under
PARTS = ("parse", "title", "authors", "body", "page")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("rev", help="git revision to compare the working tree with")
    ap.add_argument("--passes", type=int, default=3, help="passes over the pages (default 3)")
    ap.add_argument("--newsbench", default=os.environ.get("NEWSBENCH_ROOT", str(DEFAULT_NEWSBENCH)))
    ap.add_argument(
        "--page-only",
        action="store_true",
        help="time only the whole page, each page read once a pass by each version, with every"
        " lru_cache of both versions emptied before each page (a cache kept across pages is not"
        " warmed by the parts read just before, nor by the same page's earlier passes)",
    )
    ap.add_argument(
        "--crawl",
        action="store_true",
        help="time only the whole page, no cache emptied (as extract_bench.py times pages)",
    )
    args = ap.parse_args()
    root = Path(args.newsbench).resolve()
    if not all((root / s / "expected.jsonl").is_file() for s in SETS):
        print(f"newsbench not found at {root} (pass --newsbench DIR)", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory(prefix="extract-paired-") as tmp:
        if not _unpack(args.rev, Path(tmp)):
            print(f"not a git revision: {args.rev}", file=sys.stderr)
            return 2
        sys.path[:0] = [tmp, str(REPO)]
        versions = {"base": _parts(BASE), "tree": _parts("newsarchive")}
        caches = {v: _caches(p) for v, p in (("base", BASE), ("tree", "newsarchive"))}
        for name, where in ((BASE, Path(tmp)), ("newsarchive", REPO)):
            imported = Path(sys.modules[name].__file__ or "").resolve()
            if not imported.is_relative_to(where.resolve()):
                sys.exit(f"{name} imported from {imported}, not from {where}")
        pages = _pages(root)
        for parts in versions.values():  # what a process loads once (py3langid's model), untimed
            for html, url, at in pages:
                parts["page"](html, url, None, fetched=at)
        spent = {v: defaultdict(float) for v in versions}
        for n in range(args.passes):
            for i, (html, url, at) in enumerate(pages):
                order = ("base", "tree") if (i + n) % 2 else ("tree", "base")
                for v in order:
                    if args.page_only:
                        for clear in caches[v]:
                            clear()
                    _time(versions[v], html, url, at, spent[v], args.page_only or args.crawl)
    count = len(pages) * args.passes
    print(f"{len(pages)} pages, {args.passes} passes; CPU ms a page, {args.rev} -> working tree")
    for part in ("page",) if args.page_only or args.crawl else PARTS:
        old, new = spent["base"][part] / count * 1000, spent["tree"][part] / count * 1000
        change = (new / old - 1) * 100 if old else 0.0
        print(f"  {part:8s} {old:7.2f} -> {new:7.2f}  ({change:+.1f}%)")
    return 0


def _unpack(rev: str, into: Path) -> bool:
    """REV's package under `into`/BASE, its own imports renamed to BASE."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev, "newsarchive"],
        capture_output=True,
        check=False,
    )
    if archive.returncode:
        return False
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "newsarchive").rename(into / BASE)
    for path in (into / BASE).rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bnewsarchive(?=[. ])", BASE, text), encoding="utf-8")
    return True


def _parts(package: str) -> dict[str, Callable[..., Any]]:
    module = importlib.import_module
    return {
        "parse": module(f"{package}.extract.document").parse,
        "title": module(f"{package}.extract.title").title,
        "authors": module(f"{package}.extract.authors").authors,
        "body": module(f"{package}.extract.body").body_parts,
        "page": module(f"{package}.extract").extract_article,
    }


def _caches(package: str) -> list[Callable[[], None]]:
    """The `cache_clear` of every lru_cache in the package's extraction modules that may hold
    a page's values: not a table loaded once a process (`_table`)."""
    found: dict[int, Callable[[], None]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith(f"{package}.extract"):
            for value in vars(module).values():
                if callable(clear := getattr(value, "cache_clear", None)) and not _table(value):
                    found[id(value)] = clear
    return list(found.values())


def _table(cached: Callable[..., Any]) -> bool:
    """Whether a cached function takes no argument or only a language ("lang"): a table a
    worker loads once (per language) and keeps, whatever pages it reads."""
    try:
        params = inspect.signature(getattr(cached, "__wrapped__", cached)).parameters
    except (TypeError, ValueError):
        return False
    return list(params) in ([], ["lang"])


def _pages(root: Path) -> list[tuple[bytes, str, Any]]:
    from newsarchive.articles import fetch_time

    pages = []
    for dataset in SETS:
        with open(root / dataset / "expected.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rec = json.loads(line)
                    html = gzip.decompress((root / dataset / rec["html"]).read_bytes())
                    pages.append((html, rec["url"], fetch_time(rec.get("crawl_date"))))
    return pages


def _time(
    parts: dict[str, Callable[..., Any]],
    html: bytes,
    url: str,
    at: Any,
    spent: dict[str, float],
    page_only: bool = False,
) -> None:
    """One page read by one version: its parts in `extract_article`'s order, then whole."""
    clock = time.process_time
    if page_only:
        t0 = clock()
        parts["page"](html, url, None, fetched=at)
        spent["page"] += clock() - t0
        return
    t0 = clock()
    doc = parts["parse"](html, url)
    t1 = clock()
    spent["parse"] += t1 - t0
    if doc is not None:
        parts["title"](doc, None)
        t2 = clock()
        parts["authors"](doc, None)
        t3 = clock()
        parts["body"](doc, None)
        t4 = clock()
        spent["title"] += t2 - t1
        spent["authors"] += t3 - t2
        spent["body"] += t4 - t3
    t5 = clock()
    parts["page"](html, url, None, fetched=at)
    spent["page"] += clock() - t5


if __name__ == "__main__":
    sys.exit(main())
