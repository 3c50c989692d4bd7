"""Rendered pages per second and peak memory, with and without archiving the browser's traffic.

Crawls the demo site's script-driven pages (profile `js-demo`: /js-news/, its 23
articles, the home page, the JS-rendered explainer) with every page rendered in
Chromium (`-a render=1`) twice: WARC_ENABLED=0 (nothing listens, the browser's
responses are not read back) and WARC_ENABLED=1 (every exchange, the rendered
DOM and the document are written). Peak memory is that of the whole process tree
(Scrapy, Playwright's driver, Chromium and its renderers; RSS and PSS), every 100 ms.

    .venv/bin/python benchmarks/browser_bench.py [--rounds 2]
    .venv/bin/python benchmarks/browser_bench.py --site demo --sections world,us --max-articles 60

Target (issue 5): archiving costs at most 20% of rendered pages/s.
`--plain` instead compares a crawl that renders nothing (demo sections) with
Scrapy's own download handler and with newsarchive's (which must not start
Playwright, nor slow the crawl).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newsarchive.demo.server import DemoServer  # noqa: E402
from tests.plugins.crawling import crawl_command, parse_stats  # noqa: E402


def _field_kb(path: Path, name: str) -> int:
    line = next(line for line in path.read_text().splitlines() if line.startswith(name))
    return int(line.split()[1])


def tree_memory_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) summed over `root` and its descendants (Linux /proc), in kB.

    Chromium's processes share much of their memory: the RSS sum counts shared
    pages once per process, the PSS sum splits them (closer to what is used).
    """
    rss = pss = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        proc = Path(f"/proc/{pid}")
        try:
            rss += _field_kb(proc / "status", "VmRSS:")
            pss += _field_kb(proc / "smaps_rollup", "Pss:")
            for task in (proc / "task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError, StopIteration):
            continue
    return rss, pss


@dataclass
class Run:
    archiving: bool
    seconds: float
    rendered: int
    peak_rss_mb: float
    peak_pss_mb: float
    exchanges: int
    warc_bytes: int

    @property
    def pages_per_s(self) -> float:
        return self.rendered / self.seconds if self.seconds else 0.0


def crawl(options: argparse.Namespace, base_url: str, archiving: bool, out: Path) -> Run:
    args = {"site": options.site, "base_url": base_url, "render": "1"}
    if options.sections:
        args["sections"] = options.sections
    max_articles = options.max_articles
    if max_articles:
        args["max_articles"] = str(max_articles)
    settings = {"WARC_ENABLED": "1" if archiving else "0", "LOG_LEVEL": "INFO"}
    command = crawl_command("news", args, settings, out)
    peak_rss = peak_pss = 0
    with (out / "crawl.log").open("wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
        while process.poll() is None:
            rss, pss = tree_memory_kb(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.1)
    stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
    if process.returncode != 0 or not stats:
        raise SystemExit(f"crawl failed, see {out / 'crawl.log'}")
    # Rendering time only: from the first page opened to the spider closing.
    elapsed = (stats["finish_time"] - stats["start_time"]).total_seconds()
    return Run(
        archiving=archiving,
        seconds=elapsed,
        rendered=int(stats.get("browser/pages", 0)),
        peak_rss_mb=peak_rss / 1024,
        peak_pss_mb=peak_pss / 1024,
        exchanges=int(stats.get("browser/exchanges", 0)),
        warc_bytes=int(stats.get("warc/bytes", 0)),
    )


STOCK_HANDLERS = json.dumps(
    {
        "http": "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler",
        "https": "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler",
    }
)


def plain_crawl(base_url: str, handlers: str | None, out: Path) -> tuple[float, dict[str, Any]]:
    """A crawl that renders nothing: pages/s with Scrapy's own or newsarchive's handler."""
    settings = {"DOWNLOAD_HANDLERS": handlers} if handlers else {}
    args = {"site": "demo", "base_url": base_url, "discover": "sections", "render": "0"}
    command = crawl_command("news", args, settings, out)
    with (out / "crawl.log").open("wb") as log:
        subprocess.run(command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT, check=True)
    stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
    elapsed = (stats["finish_time"] - stats["start_time"]).total_seconds()
    return stats.get("response_received_count", 0) / elapsed, stats


def plain_overhead(base_url: str, rounds: int, tmp: Path) -> None:
    """The browser handler must cost a crawl that renders nothing ~nothing."""
    best: dict[str, float] = {}
    for round_ in range(rounds):
        for name, handlers in (("scrapy", STOCK_HANDLERS), ("newsarchive", None)):
            out = tmp / f"plain-{name}-{round_}"
            out.mkdir()
            rate, stats = plain_crawl(base_url, handlers, out)
            assert "browser/playwright_started" not in stats, "a plain crawl started Playwright"
            best[name] = max(best.get(name, 0.0), rate)
            print(
                f"  {name}: {rate:.1f} pages/s ({stats.get('response_received_count')} responses)"
            )
    print(
        f"plain crawl pages/s: {best['scrapy']:.1f} with Scrapy's handler, "
        f"{best['newsarchive']:.1f} with the project's handler (Playwright never started)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="js-demo", help="js-demo (the JS pages) or demo")
    parser.add_argument("--sections", default="", help="sections, comma-separated (default: all)")
    parser.add_argument("--max-articles", type=int, default=0, help="0: all the sections list")
    parser.add_argument("--rounds", type=int, default=1, help="crawls per mode (best kept)")
    parser.add_argument(
        "--plain", action="store_true", help="instead: a plain crawl's cost of the handler"
    )
    options = parser.parse_args()
    if options.plain:
        with DemoServer() as server, tempfile.TemporaryDirectory() as tmp:
            plain_overhead(server.base_url, options.rounds, Path(tmp))
        return
    runs: dict[bool, Run] = {}
    with DemoServer() as server, tempfile.TemporaryDirectory() as tmp:
        for round_ in range(options.rounds):
            for archiving in (False, True):
                out = Path(tmp) / f"{int(archiving)}-{round_}"
                out.mkdir()
                run = crawl(options, server.base_url, archiving, out)
                best = runs.get(archiving)
                if best is None or run.pages_per_s > best.pages_per_s:
                    runs[archiving] = run
    for run in runs.values():
        print(json.dumps({**run.__dict__, "pages_per_s": round(run.pages_per_s, 2)}))
    off, on = runs[False], runs[True]
    cost = 1 - on.pages_per_s / off.pages_per_s if off.pages_per_s else 0.0
    print(
        f"rendered pages/s: {off.pages_per_s:.2f} without archiving, {on.pages_per_s:.2f} with "
        f"({cost:+.0%} cost; target <= 20%); "
        f"peak RSS {off.peak_rss_mb:.0f} / {on.peak_rss_mb:.0f} MB, "
        f"PSS {off.peak_pss_mb:.0f} / {on.peak_pss_mb:.0f} MB (process tree)"
    )


if __name__ == "__main__":
    main()
