"""The JSON-LD reader's last pass (`jsonld._loads` reading a JavaScript object literal or a
block cut off) over blocks of growing size: its time per MB stays flat (one pass).

    .venv/bin/python benchmarks/jsonld_literal_bench.py [--sizes 0.5,1,2] [--repeat 3]

Shapes (each as long as the size asks, in MB of text):
    cut         strict JSON whose long articleBody a CMS cut off (no closing quote or brace)
    bare-keys   a JavaScript object, bare keys and 'single-quoted' strings, many members
    bare-cut    the same, cut off inside its last string
    apostrophes strict JSON cut off, its body full of "it's" (a quote where no string starts)

Prints a Markdown table: seconds (best of --repeat) and seconds per MB.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsarchive.extract.jsonld import _loads

_HEAD = '{"@type":"NewsArticle","headline":"Ferry resumes","datePublished":"2026-05-12T08:00:00Z",'


def _cut(size: int) -> str:
    return _HEAD + '"articleBody":"' + "The ferry runs again, twice an hour. " * (size // 37)


def _bare_keys(size: int) -> str:
    member = "description{0}: 'Line {0}: it\\'s on // time', "
    parts, length, i = ["{'@type': 'NewsArticle', headline: 'Ferry resumes', "], 0, 0
    while length < size:
        parts.append(member.format(i))
        length += len(parts[-1])
        i += 1
    return "".join(parts) + "datePublished: '2026-05-12T08:00:00Z'}"


def _bare_cut(size: int) -> str:
    return _bare_keys(size)[:-30]


def _apostrophes(size: int) -> str:
    return _HEAD + '"articleBody":"' + "It's a ferry, isn't it: {yes}. " * (size // 31)


SHAPES: dict[str, Callable[[int], str]] = {
    "cut": _cut,
    "bare-keys": _bare_keys,
    "bare-cut": _bare_cut,
    "apostrophes": _apostrophes,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.5,1,2", help="MB of text, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        sizes = [float(s) for s in args.sizes.split(",")]
    except ValueError:
        print(f"--sizes: not numbers: {args.sizes!r}", file=sys.stderr)
        return 2
    print("| shape | MB | seconds | s/MB | headline read |")
    print("|---|---|---|---|---|")
    for name, build in SHAPES.items():
        for mb in sizes:
            text = build(int(mb * 1_000_000))
            best, data = float("inf"), None
            for _ in range(args.repeat):
                start = time.perf_counter()
                data = _loads(text)
                best = min(best, time.perf_counter() - start)
            read = isinstance(data, dict) and data.get("headline") == "Ferry resumes"
            print(f"| {name} | {mb:g} | {best:.3f} | {best / mb:.3f} | {read} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
