"""CPU a process pays to start: importing the spiders, a crawl's components, `scrapy list`.

    .venv/bin/python benchmarks/startup_bench.py REV [--runs N]

Each scenario runs in a fresh Python process, in turns that swap order run by run, once
from git revision REV's tree (unpacked with `git archive`) and once from the working tree;
printed: the median CPU milliseconds (user + system, of the child) of each, their ratio,
and whether the extractor (newsarchive.extract.core) was loaded. This box's CPU speed
swings from one second to the next: compare the ratio, not the times.

Scenarios: `spiders` imports newsarchive.spiders.sites (what `scrapy list` and every
crawl load to find the spiders); `crawl` also imports every module the settings name
(extensions, middlewares, pipelines, the scheduler, the crawl command): what a `scrapy
crawl` or a scrapyd job loads before its first request; `list` runs `scrapy list`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXTRACTOR = "newsarchive.extract.core"

# Imports every newsarchive module the settings name (the `crawl` scenario), then says
# whether the extractor was loaded.
CRAWL_IMPORTS = """
import importlib, re, sys
import newsarchive.settings as s
mods = {"newsarchive.spiders.sites", "newsarchive.scrapy_commands.crawl"}
def walk(v):
    if isinstance(v, str) and re.fullmatch(r"newsarchive(\\.\\w+)+", v):
        mods.add(v.rsplit(".", 1)[0])
    elif isinstance(v, dict):
        for k, x in v.items():
            walk(k); walk(x)
    elif isinstance(v, (list, tuple)):
        for x in v:
            walk(x)
for name in dir(s):
    if name.isupper():
        walk(getattr(s, name))
for m in sorted(mods):
    try:
        importlib.import_module(m)
    except ModuleNotFoundError:  # a class path, not a module
        pass
"""
SAYS_EXTRACTOR = f"\nprint({EXTRACTOR!r} in sys.modules)"
SCENARIOS: dict[str, list[str]] = {
    "spiders": ["-c", "import sys, newsarchive.spiders.sites" + SAYS_EXTRACTOR],
    "crawl": ["-c", CRAWL_IMPORTS + SAYS_EXTRACTOR],
    "list": ["-m", "scrapy.cmdline", "list"],
}


def unpack(rev: str, into: Path) -> Path:
    """REV's newsarchive package and scrapy.cfg under `into`."""
    tar = subprocess.run(
        ["git", "archive", rev, "newsarchive", "scrapy.cfg"],
        cwd=REPO,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    return into


def cpu_ms(tree: Path, args: list[str]) -> tuple[float, str]:
    """The child's CPU milliseconds running `args` in `tree`, and its last output line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, *args], cwd=tree, env=env, capture_output=True, text=True, check=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = done.stdout.strip().splitlines()
    return used * 1000, lines[-1] if lines else ""


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("rev", help="git revision to compare the working tree with")
    ap.add_argument("--runs", type=int, default=9, help="runs of each scenario and tree")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        trees = {args.rev: unpack(args.rev, Path(tmp)), "working tree": REPO}
        print(f"{'scenario':8} {'tree':>14} {'CPU ms':>8} {'extractor':>10}")
        for name, command in SCENARIOS.items():
            times: dict[str, list[float]] = {label: [] for label in trees}
            says: dict[str, str] = {}
            for tree in trees.values():  # compile .pyc files, fill the page cache
                cpu_ms(tree, command)
            for run in range(args.runs):
                order = list(trees.items())
                for label, tree in order if run % 2 else reversed(order):
                    used, says[label] = cpu_ms(tree, command)
                    times[label].append(used)
            medians = {label: statistics.median(t) for label, t in times.items()}
            for label in trees:
                loaded = says[label] if name != "list" else "-"
                print(f"{name:8} {label:>14} {medians[label]:8.0f} {loaded:>10}")
            ratio = medians["working tree"] / medians[args.rev]
            print(f"{name:8} {'ratio':>14} {ratio:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
