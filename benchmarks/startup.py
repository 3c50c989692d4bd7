"""CPU a newsarchive process spends starting: the extractor's import, an `extract` of one
page, a `scrapy crawl` to its first item; git revision REV against the working tree.

    .venv/bin/python benchmarks/startup.py main [--runs N]

Each scenario runs in fresh processes, from REV's tree (unpacked with `git archive`, as
`startup_bench.py` does) and from the working tree in turns that swap order run by run;
printed: the median CPU milliseconds (user + system, of the child and every process it
started: the crawl's extraction fork server and worker too, adopted and reaped here) and
the ratio. The box's speed swings from
one second to the next: compare the ratios of one run, not times across runs.

- `import`: `import newsarchive.extract.core` after Scrapy and trafilatura (which every
  such process imports anyway), the import alone (`time.process_time` around it);
- `extract`: `python -m newsarchive extract --input` of one small invented HTML page, the
  whole process;
- `crawl`: `scrapy crawl news` of the bundled demo site (10 articles, its least, served on
  127.0.0.1 by `newsarchive.demo.server`, as tests/plugins/demo_site.py does), ending at
  its first item (`-a max_articles=1`), the whole process, its extraction fork server and worker.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from startup_bench import REPO, unpack  # noqa: E402 (benchmarks/ is no package here)

IMPORT_ONLY = """
import time, scrapy, trafilatura
start = time.process_time()
import newsarchive.extract.core
print(round((time.process_time() - start) * 1000, 1))
"""

PAGE = """<html lang="en"><head><title>Quay repairs finish early | Example Post</title>
<meta name="author" content="Ann Lark"><meta property="article:published_time"
content="2026-12-07T08:00:00Z"></head><body><article><h1>Quay repairs finish early</h1>
<p class="byline">By Ann Lark</p><p>The harbour's quay reopened on Monday, two weeks before
the date the council had given, and the first ferries tied up there at noon.</p><p>Workers
replaced the stones the storm in October had loosened.</p></article></body></html>"""


PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def adopt_orphans() -> None:
    """Descendants whose parent ends first come to this process (Linux), which reaps them:
    the crawl never waits for its extraction fork server, nor that for its workers, and a
    process no one waits for is counted in no one's RUSAGE_CHILDREN."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise SystemExit(f"prctl(PR_SET_CHILD_SUBREAPER): {os.strerror(ctypes.get_errno())}")


def reap_orphans(deadline: float = 60) -> None:
    """Waits for the adopted descendants (a fork server ends once its crawl closed its pipe)."""
    end = time.monotonic() + deadline
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > end:
                raise SystemExit("a process the command started is still running")
            time.sleep(0.05)


def child_cpu_ms(tree: Path, args: list[str], env: dict[str, str] | None = None) -> float:
    """CPU milliseconds of `python args` run in `tree`, and of every process it started."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, *args],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree), **(env or {})},
        capture_output=True,
        text=True,
    )
    reap_orphans()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} failed in {tree}:\n{done.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def import_ms(tree: Path) -> float:
    """The import's own CPU (the child prints it)."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ONLY],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def extract_ms(work: Path) -> Callable[[Path], float]:
    page = work / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    listing = work / "pages.jsonl"
    url = "https://www.example.com/news/2026/12/07/quay-repairs-finish-early.html"
    listing.write_text(json.dumps({"id": "1", "url": url, "path": str(page)}) + "\n")
    out = work / "items.jsonl"
    args = ["-m", "newsarchive", "extract", "--input", str(listing), "-o", str(out)]
    return lambda tree: child_cpu_ms(tree, args)


def crawl_ms(work: Path, base_url: str) -> Callable[[Path], float]:
    parts = urlsplit(base_url)
    settings = {
        "NETWORK_ALLOWED": f"{parts.hostname}:{parts.port}",
        "AUTOTHROTTLE_ENABLED": "0",
        "DOWNLOAD_DELAY": "0",
        "LOG_LEVEL": "WARNING",
        "STATE_ENABLED": "0",
        "REPORT_DIR": str(work / "reports"),
    }
    runs = iter(range(1_000_000))

    def run(tree: Path) -> float:
        out = work / f"crawl-{next(runs)}"
        args = ["-m", "scrapy", "crawl", "news", "-a", "site=demo", "-a", f"base_url={base_url}"]
        args += ["-a", "max_articles=1"]
        for name, value in {**settings, "WARC_DIR": str(out / "warc")}.items():
            args += ["-s", f"{name}={value}"]
        return child_cpu_ms(tree, [*args, "-O", f"{out / 'items.jsonl'}:jsonlines"])

    return run


def compare(name: str, measure: Callable[[Path], float], trees: dict[str, Path], runs: int) -> None:
    times: dict[str, list[float]] = {label: [] for label in trees}
    for tree in trees.values():  # .pyc files written, the page cache filled
        measure(tree)
    for run in range(runs):
        order = list(trees.items())
        for label, tree in order if run % 2 else reversed(order):
            times[label].append(measure(tree))
    medians = {label: statistics.median(t) for label, t in times.items()}
    labels = list(trees)
    ratio = medians[labels[1]] / medians[labels[0]]
    cells = "  ".join(f"{label} {medians[label]:7.0f}" for label in labels)
    print(f"{name:8} {cells}  ratio {ratio:.2f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("rev", help="git revision to compare the working tree with")
    ap.add_argument("--runs", type=int, default=7, help="runs of each scenario and tree")
    args = ap.parse_args()
    from newsarchive.demo.server import DemoServer

    adopt_orphans()

    with tempfile.TemporaryDirectory(prefix="startup-") as tmp, DemoServer(articles=10) as site:
        work = Path(tmp)
        trees = {args.rev: unpack(args.rev, work / "rev"), "working": REPO}
        print(f"CPU ms, median of {args.runs} runs a tree, alternated")
        compare("import", import_ms, trees, args.runs)
        compare("extract", extract_ms(work), trees, args.runs)
        compare("crawl", crawl_ms(work, site.base_url), trees, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
