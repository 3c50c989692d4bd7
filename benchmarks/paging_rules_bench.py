"""Reactor-thread time of the no-profile paging rules (`pagination.generic_next`) on large
listing pages under OFF_THREAD_BYTES, two versions paired in one process.

    .venv/bin/python benchmarks/paging_rules_bench.py [REV] [--passes N]

A listing page below OFF_THREAD_BYTES (256 KiB) is parsed and its next page sought on the
reactor's thread, every download and callback waiting. Git revision REV's (default
`main`) `newsarchive` package is unpacked (`git archive`) under another name beside the
working tree's, and each page (markup written here: 1,000 teasers, ~230 KB) is read by
both, in turns that swap order pass by pass, from the same parsed Selector, as
`listing.next_page` hands it over. Printed: the median CPU ms a call for each version and
their ratio, measured in this one run (this box's speed swings twofold from one second to
the next: two runs do not compare).
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BASE = "newsarchive_base"  # the package name REV's copy is imported under
URL = "https://news.example/world"
TEASERS = 1000


def teasers(data: bool) -> str:
    """1,000 teasers, a dated link and a headline each; with `data`, the data- attributes of
    a lazy image and a tracker on each (`data-id`, `data-src`, `data-track`)."""
    out = []
    for i in range(TEASERS):
        attrs = f' data-id="{i}" data-track="teaser-{i % 9}"' if data else ""
        img = f' data-src="/img/{i}-640.jpg"' if data else ""
        out.append(
            f'<article class="teaser teaser--{i % 5}"{attrs}><a href="/world/2026/12/0{1 + i % 9}/'
            f'made-up-story-{i}/"><img src="/img/{i}.jpg"{img} alt=""> <span>Made-up headline '
            f"{i}: a made-up event in a made-up town</span></a><p>A made-up teaser line.</p>"
            "</article>\n"
        )
    return "".join(out)


def pages() -> dict[str, str]:
    """Each page's name and markup: no paging mark (every rule tried), a numbered pager at
    its end, a "load more" button with a counter, and the teasers with data- attributes."""

    def html(body: str) -> str:
        return f'<!doctype html><html lang="en"><body><main>{body}</main></body></html>'

    pager = (
        '<nav class="pagination"><a href="/world?page=2">2</a><a href="/world?page=3">3</a></nav>'
    )
    button = '<button class="load-more" data-url="/api/world" data-page="2">Load more</button>'
    return {
        "no pager": html(teasers(False)),
        "numbered pager": html(teasers(False) + pager),
        "load-more button": html(teasers(False) + button),
        "data- teasers, no pager": html(teasers(True)),
    }


def unpack(rev: str, into: Path) -> None:
    """REV's package under `into`/BASE, its own imports renamed to BASE."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev, "newsarchive"],
        capture_output=True,
        check=True,
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "newsarchive").rename(into / BASE)
    for path in (into / BASE).rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bnewsarchive(?=[. ])", BASE, text), encoding="utf-8")


def cpu_ms(call: Callable[[], Any]) -> float:
    start = time.thread_time()
    call()
    return (time.thread_time() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", default="main")
    parser.add_argument("--passes", type=int, default=15)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from parsel import Selector

    with tempfile.TemporaryDirectory() as tmp:
        unpack(args.rev, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {
            args.rev: importlib.import_module(f"{BASE}.spiders.pagination").generic_next,
            "tree": importlib.import_module("newsarchive.spiders.pagination").generic_next,
        }
        print(f"{'page':26} {'KB':>4}  {args.rev + ' ms':>9}  {'tree ms':>8}  ratio  same")
        for name, html in pages().items():
            page = Selector(text=html)
            found = {v: fn(page, URL) for v, fn in versions.items()}  # warm both
            times: dict[str, list[float]] = {v: [] for v in versions}
            order = list(versions)
            for _ in range(args.passes):
                for version in order:
                    call = versions[version]
                    times[version].append(cpu_ms(lambda f=call, p=page: f(p, URL)))
                order.reverse()
            old, new = (statistics.median(times[v]) for v in versions)
            same = "yes" if len(set(found.values())) == 1 else f"no: {found}"
            print(
                f"{name:26} {len(html.encode()) // 1024:4}  {old:9.1f}  {new:8.1f}  "
                f"{old / new:5.1f}  {same}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
