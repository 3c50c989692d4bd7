"""Where extraction spends its CPU time: a sampling profile over newsbench's looked-at pages.

    .venv/bin/python benchmarks/extract_profile.py [--passes N] [--top N] [--newsbench DIR]

`extract_article` reads every page of dev and of world minus kept-aside (never a
kept-aside publisher's page) `--passes` times with its site rules, as extract_bench.py
does, while a CPU-time timer (SIGPROF) samples the Python stack every half millisecond.
Printed: the share of samples in each function (self: the innermost Python frame, time
in C code it called included; total: anywhere on the stack) and in each line. Freeing a
page's tree and objects when `extract_article` returns counts as the caller's own time
(`one_pass`, ~5%). Only function names and shares are printed, never a page's text.

Why sampling and not cProfile: cProfile charges its own overhead to every Python call
(extraction ran ~7 times slower under it), so it shrinks what C code does in few calls
(lxml's parse: 7.7% under cProfile, 12% of CPU time sampled) and swells helpers making
many small calls. A sample does not change the run. Exits 2 when newsbench is absent.
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from extract_bench import DEFAULT_NEWSBENCH, SETS, _load_pages, _pin_one_core, kept_aside  # noqa: E402

from newsarchive.articles import fetch_time, rules_for_page  # noqa: E402
from newsarchive.extract import extract_article  # noqa: E402

INTERVAL = 0.0005  # seconds of CPU time between samples


class Profile:
    """Samples counted by function (self and total) and by line, while `sampling`."""

    def __init__(self) -> None:
        self.samples = 0
        self.own: collections.Counter[str] = collections.Counter()
        self.total: collections.Counter[str] = collections.Counter()
        self.lines: collections.Counter[str] = collections.Counter()

    def sample(self, _signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        self.samples += 1
        self.own[_name(frame)] += 1
        self.lines[f"{_name(frame)}:{frame.f_lineno}"] += 1
        seen: set[str] = set()  # a recursive function counts once a sample
        at: FrameType | None = frame
        while at is not None:
            name = _name(at)
            if name not in seen:
                seen.add(name)
                self.total[name] += 1
            at = at.f_back

    def run(self, work: Callable[[], object], least: int = 0) -> float:
        """CPU seconds `work` took, sampled (called again until `least` samples)."""
        previous = signal.signal(signal.SIGPROF, self.sample)
        signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
        start = time.process_time()
        try:
            work()
            while self.samples < least:
                work()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            signal.signal(signal.SIGPROF, previous)
        return time.process_time() - start

    def table(self, top: int) -> str:
        out = [f"{self.samples} samples"]
        for title, counts in (("self", self.own), ("total", self.total), ("lines", self.lines)):
            out.append(f"--- {title}")
            out += [f"{n / self.samples:6.1%}  {k}" for k, n in counts.most_common(top)]
        return "\n".join(out)


def _name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{os.path.basename(code.co_filename)}:{code.co_name}"


def extract_all(pages: Iterable[tuple[dict[str, Any], bytes]]) -> Callable[[], None]:
    """One pass of `extract_article` over the pages, each with its site rules."""
    work = [
        (
            html,
            rec["url"],
            rules_for_page(None, rec["url"], rec.get("crawl_date")),
            fetch_time(rec.get("crawl_date")),
        )
        for rec, html in pages
    ]

    def one_pass() -> None:
        for html, url, rules, fetched in work:
            extract_article(html, url, rules, fetched=fetched)

    return one_pass


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--newsbench", default=os.environ.get("NEWSBENCH_ROOT", str(DEFAULT_NEWSBENCH)))
    ap.add_argument("--passes", type=int, default=5, help="sampled passes (default 5)")
    ap.add_argument("--top", type=int, default=40, help="rows of each table (default 40)")
    args = ap.parse_args()
    root = Path(args.newsbench).resolve()
    if not all((root / s / "expected.jsonl").is_file() for s in SETS):
        print(f"newsbench not found at {root} (pass --newsbench DIR)", file=sys.stderr)
        return 2
    _pin_one_core()
    pages = _load_pages(root / "dev")
    pages += [p for p in _load_pages(root / "world") if not kept_aside(p[0]["publisher"])]
    one_pass = extract_all(pages)
    one_pass()  # the language model and the caches of patterns loaded before sampling
    profile = Profile()
    seconds = profile.run(lambda: [one_pass() for _ in range(args.passes)])
    print(
        f"{len(pages)} looked-at pages x {args.passes}: "
        f"{seconds / len(pages) / args.passes * 1000:.2f} ms/page (CPU, sampled)"
    )
    print(profile.table(args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
