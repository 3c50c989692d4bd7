"""Extraction benchmark over newsbench: per-field scores and pages per second on one core.

    .venv/bin/python benchmarks/extract_bench.py [--newsbench DIR] [--repeat N] [--per-page OUT]
                                                 [--kept-aside]

Reads `../shared/newsbench/{dev,world}` (beside the repository) in place and scores
with newsbench's own score.py, each set with and without site profiles. The world
set is also split by the held-out rule (a publisher whose SHA-1 is 0 mod 3 is kept
aside): rules are written from dev and the rest of world, and only the kept-aside
part's aggregate scores predict publishers never seen; they are printed only
with --kept-aside (as `make bench-extract` does), for reporting. Per-page scores (--per-page)
never include kept-aside pages. Exits 2 when newsbench is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import os
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsarchive.articles import fetch_time, rules_for_page  # noqa: E402
from newsarchive.extract import extract_article  # noqa: E402

# beside the repository; a git worktree sits one level deeper (../../shared)
DEFAULT_NEWSBENCH = next(
    (d / "shared" / "newsbench" for d in REPO.parents[:2] if (d / "shared" / "newsbench").is_dir()),
    REPO.parent / "shared" / "newsbench",
)
SETS = ("dev", "world")
SCORED_FIELDS = ("title", "authors", "published", "topics", "body", "image")

Page = tuple[dict[str, Any], bytes]


def kept_aside(publisher: str) -> bool:
    """The held-out rule: these publishers' pages are never looked at while writing rules."""
    return int(hashlib.sha1(publisher.encode("utf-8")).hexdigest(), 16) % 3 == 0


def publisher_half(publisher: str) -> str:
    """Half A or B of world-minus-kept-aside (MD5, unrelated to kept_aside's
    SHA-1), so a rule can be checked on two groups of publishers it was not fitted to together."""
    return "A" if int(hashlib.md5(publisher.encode("utf-8")).hexdigest(), 16) % 2 else "B"


def main() -> int:
    args = _parse_args()
    root = Path(args.newsbench).resolve()
    score_py = root / "score.py"
    missing = [s for s in SETS if not (root / s / "expected.jsonl").is_file()]
    if missing or not score_py.is_file():
        print(
            f"newsbench not found: expected {root}/{{dev,world}}/expected.jsonl and {score_py}.\n"
            "The benchmark reads the shared newsbench set in place (never copied into the repo); "
            "pass --newsbench DIR or put it at ../shared/newsbench beside the repository.",
            file=sys.stderr,
        )
        return 2
    scorer = _load_scorer(score_py)
    _pin_one_core()
    pages = {s: _load_pages(root / s) for s in SETS}
    everything = pages["dev"] + pages["world"]
    preds, seconds = _run(everything, args.repeat, site_rules=True)
    generic, _ = _run(everything, 1, site_rules=False)
    parts = {
        "dev": pages["dev"],
        "world minus kept-aside": [p for p in pages["world"] if not kept_aside(p[0]["publisher"])],
    }
    if args.kept_aside:  # the whole world set holds the kept-aside part
        parts["world"] = pages["world"]
        parts["world kept-aside"] = [p for p in pages["world"] if kept_aside(p[0]["publisher"])]
    results: dict[str, Any] = {}
    looked_at: dict[str, Any] = {}
    for name, part in parts.items():
        expected = [rec for rec, _ in part]
        publishers = len({rec["publisher"] for rec in expected})
        label = f"{name} ({publishers} publishers)"
        results[f"{label}, profiles"], per_page = scorer.score(expected, preds)
        results[f"{label}, generic"], _ = scorer.score(expected, generic)
        if name in ("dev", "world minus kept-aside"):
            looked_at.update(per_page)
    print(scorer.table(results))
    if args.per_page:
        with open(args.per_page, "w", encoding="utf-8") as out:
            for pid, scores in looked_at.items():
                out.write(json.dumps({"id": pid, **scores}) + "\n")
    rate = len(everything) * args.repeat / seconds
    print(
        f"\n{len(everything)} pages x {args.repeat}: {rate:.1f} pages/s on one core (CPU time) "
        f"({seconds / len(everything) / args.repeat * 1000:.2f} ms/page, all fields, "
        "site profiles on, pages in memory)"
    )
    return 0


def _parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--newsbench", default=os.environ.get("NEWSBENCH_ROOT", str(DEFAULT_NEWSBENCH)))
    ap.add_argument("--repeat", type=int, default=3, help="timing passes over the sets (default 3)")
    ap.add_argument(
        "--kept-aside",
        action="store_true",
        help="also print the kept-aside part (only for reporting: never choose rules by it)",
    )
    ap.add_argument(
        "--per-page", help="write per-page scores of dev and world minus kept-aside here"
    )
    return ap.parse_args()


def _load_scorer(score_py: Path) -> ModuleType:
    """newsbench's score.py as a module: its `score` and `table` are the measure."""
    spec = importlib.util.spec_from_file_location("newsbench_score", score_py)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pin_one_core() -> None:
    """Measure on one core, as the target is stated (no-op where affinity is unsupported)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _load_pages(dataset: Path) -> list[Page]:
    pages = []
    with open(dataset / "expected.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                pages.append((rec, gzip.decompress((dataset / rec["html"]).read_bytes())))
    return pages


def _run(pages: list[Page], repeat: int, site_rules: bool) -> tuple[dict[str, dict], float]:
    """Predictions by page id, and the CPU seconds of `repeat` passes (one thread, one core).

    With `site_rules`, each page is read with the rules its site profile held on the
    crawl date, as the crawl and the extract command do.
    """
    preds: dict[str, dict] = {}
    rules = [
        rules_for_page(None, rec["url"], rec.get("crawl_date")) if site_rules else None
        for rec, _ in pages
    ]
    # the crawl date as the crawl passes its WARC-Date (newsbench states no zone: read as UTC)
    fetched = [fetch_time(rec.get("crawl_date")) for rec, _ in pages]
    start = time.process_time()
    for i in range(repeat):
        for (rec, html), page_rules, at in zip(pages, rules, fetched, strict=True):
            art = extract_article(html, rec["url"], page_rules, fetched=at)
            if i == 0:
                preds[rec["id"]] = {"id": rec["id"], **{k: getattr(art, k) for k in SCORED_FIELDS}}
    return preds, time.process_time() - start


if __name__ == "__main__":
    sys.exit(main())
