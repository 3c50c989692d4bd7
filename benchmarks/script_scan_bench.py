"""Scripts and styles of a page (`document._blocks`, `document._unformatted`,
`leadimage._img_tags`) and a byline's "@handle" (`authornames._HANDLE`) over many unclosed
openings: the patterns they replaced, and now.

    .venv/bin/python benchmarks/script_scan_bench.py [--counts 2000,20000,200000] [--limit 60]

A hostile or broken page may hold many "<script>" with no "</script>" after them (and a
byline a long run of spaces with no "@handle" after it). The old patterns read on to the
text's end from each opening: quadratic in their number. Each old scan runs in a child
process stopped after `--limit` seconds (printed as "> limit"). Prints a Markdown table
(seconds, best of 3 for the new scans; ratio old / new).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsarchive.extract import authornames, leadimage
from newsarchive.extract.document import _blocks, _unformatted

OLD_JSONLD = re.compile(r"<script\b[^>]*ld\+json[^>]*>.*?</script\s*>", re.I | re.S)
OLD_SCRIPT_OR_STYLE = re.compile(
    r"(<(?:script|style)\b[^>]*>)(.*?)</(?:script|style)\s*>", re.I | re.S
)
OLD_HANDLE = re.compile(r"(?<![\w.])\s*\(?@[A-Za-z0-9_.]{2,30}\)?(?![\w@])")
OLD_INLINE_OR_CODE = re.compile(
    r"(<(script|style)\b[^>]*>.*?</\2\s*>)|</?(?:b|i|u|s|em|strong|span)\b[^<>]*>", re.I | re.S
)
OLD_SKIPPED_OR_IMG = re.compile(
    r"(<!--.*?-->|<(script|style|noscript|template|svg|iframe)\b.*?</\2\s*>)|<img\b", re.I | re.S
)
LD = '<script type="application/ld+json">{}'

# (name, text of n openings, old scan, new scan)
Scan = Callable[[str], object]
CASES: list[tuple[str, Callable[[int], str], Scan, Scan]] = [
    (
        "scripts and styles: n <script>",
        lambda n: "<html><body>" + "<script>x" * n,
        lambda t: list(OLD_SCRIPT_OR_STYLE.finditer(t)),
        lambda t: list(_blocks(t)),
    ),
    (
        "JSON-LD: n <script ld+json>",
        lambda n: "<html><body>" + LD * n,
        lambda t: list(OLD_JSONLD.finditer(t)),
        lambda t: list(_blocks(t, 0, jsonld=True)),
    ),
    (
        "@handle: a byline, n spaces",
        lambda n: "By Jane Doe" + " " * n + "x",
        lambda t: OLD_HANDLE.sub("", t),
        lambda t: authornames._HANDLE.sub(lambda m: m[1] or "", t),
    ),
    (
        'formatting cut (too deep): n <b title="<script">',
        lambda n: '<b title="<script">x' * n,
        lambda t: OLD_INLINE_OR_CODE.sub(lambda m: m.group(1) or "", t),
        _unformatted,
    ),
    (
        "<img> tags outside comments: n <!--",
        lambda n: "<p>" + "<!--x" * n + "<img src=a>",
        lambda t: [m.start() for m in OLD_SKIPPED_OR_IMG.finditer(t) if not m.group(1)],
        lambda t: list(leadimage._img_tags(t)),
    ),
]


def _timed(index: int, n: int, old: bool, out: mp.Queue[float]) -> None:
    _name, make, old_scan, new_scan = CASES[index]
    text = make(n)
    scan = old_scan if old else new_scan
    best = float("inf")
    for _ in range(1 if old else 3):
        start = time.perf_counter()
        scan(text)
        best = min(best, time.perf_counter() - start)
    out.put(best)


def measure(index: int, n: int, old: bool, limit: float) -> float | None:
    """Seconds the scan took in a child process; None past `limit`."""
    queue: mp.Queue[float] = mp.Queue()
    child = mp.Process(target=_timed, args=(index, n, old, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--counts", default="2000,20000,200000")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds an old scan may take")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    print("| scan | openings | before (s) | after (s) | before / after |")
    print("|---|---:|---:|---:|---:|")
    for index, (name, *_rest) in enumerate(CASES):
        for n in counts:
            old = measure(index, n, True, args.limit)
            new = measure(index, n, False, args.limit)
            assert new is not None
            before = f"> {args.limit:g}" if old is None else f"{old:.4f}"
            ratio = f"> {args.limit / new:,.0f}" if old is None else f"{old / new:,.0f}"
            print(f"| {name} | {n:,} | {before} | {new:.6f} | {ratio} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
