"""Crawl benchmark: what archiving costs a Scrapy crawl, the whole job included (by hand).

    .venv/bin/python benchmarks/crawl_bench.py [--articles 5000] [--rounds 3] [--wget]

Serves a generated demo site (5,000 articles by default) on loopback, then, in
turn in each round (interleaved, so a busy machine slows every variant alike):

  bare    a plain Scrapy CrawlSpider run outside the project (Scrapy's defaults,
          no WARCs, no items, nothing stored), following every link;
  follow  `scrapy crawl follow`: every page and requisite archived in WARCs;
  demo    `scrapy crawl demo`, the whole job: WARCs, extraction (in worker
          processes), items, metadata records, crawl state, run report.

All run at concurrency 32 with politeness off. HTML pages/s counts the HTML
responses (bare: its own count; the others: response records in their WARCs)
over Scrapy's elapsed time. CPU and peak memory are those of the crawl and
every process it started (extraction workers) together, polled from /proc
(memory as proportional set size, PSS: shared pages counted once in all).
Targets (issue 14): demo >= 1.0 x bare and >= 0.9 x follow in HTML pages/s, with
peak memory <= 2 x bare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from warcio.archiveiterator import ArchiveIterator  # noqa: E402

from newsarchive.demo.server import DemoServer  # noqa: E402
from tests.plugins.crawling import crawl_command, parse_stats  # noqa: E402

SPEED = {
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "ROBOTSTXT_OBEY": "0",
    "LOGSTATS_INTERVAL": "0",
    "MEMUSAGE_ENABLED": "0",
    "LOG_LEVEL": "INFO",
}

BARE_SPIDER = '''
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


class Bare(CrawlSpider):
    """Follows every link on its host and stores nothing."""

    name = "bare"

    def __init__(self, url="", **kwargs):
        self.start_urls = [url]
        super().__init__(**kwargs)

    rules = (Rule(LinkExtractor(), callback="count", follow=True),)

    def count(self, response):
        if b"html" in (response.headers.get("Content-Type") or b""):
            self.crawler.stats.inc_value("bench/html_pages")
        return []

    def parse_start_url(self, response):
        return self.count(response)
'''

HTTP_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    name: str
    html_pages: int
    responses: int
    seconds: float
    cpu_seconds: float  # all processes of the crawl, start-up included
    crawl_cpu_seconds: float  # the crawl's own process only (its reactor's core)
    peak_mem_mb: float  # the largest sum of PSS over the crawl's processes
    processes: int

    @property
    def pages_per_s(self) -> float:
        return self.html_pages / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_page(self) -> float:
        return 1000 * self.cpu_seconds / self.html_pages if self.html_pages else 0.0

    @property
    def crawl_ms_per_page(self) -> float:
        return 1000 * self.crawl_cpu_seconds / self.html_pages if self.html_pages else 0.0


class ProcessTree:
    """CPU and resident memory of a process and all its descendants, polled from /proc."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.cpu: dict[int, float] = {}
        self.peak_pss_kb = 0
        self.seen: set[int] = set()

    def poll(self) -> None:
        parents: dict[int, int] = {}
        stats: dict[int, list[str]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                text = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = text[text.rindex(")") + 2 :].split()
            parents[int(entry)] = int(fields[1])
            stats[int(entry)] = fields
        tree = {self.root}
        grew = True
        while grew:
            grew = False
            for pid, parent in parents.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        rss = 0
        for pid in tree & stats.keys():
            fields = stats[pid]
            self.cpu[pid] = (int(fields[11]) + int(fields[12])) / HTTP_TICKS
            rss += pss_kb(pid)
        self.seen |= tree
        self.peak_pss_kb = max(self.peak_pss_kb, rss)


def pss_kb(pid: int) -> int:
    """A process's proportional set size: pages shared with others count in part,
    so the sum over processes is the memory they take together (RSS would count a
    fork server's pages once per worker too)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def measured(command: list[str], log_path: Path, cwd: Path) -> tuple[float, float, float, int]:
    """(CPU seconds of all, of the command's own process, peak PSS MB, processes) of a
    command and all its descendants."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        tree = ProcessTree(process.pid)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            tree.poll()
            time.sleep(0.05)
    if os.waitstatus_to_exitcode(status):
        tail = log_path.read_text(errors="replace")[-3000:]
        raise SystemExit(f"{command[:6]} failed:\n{tail}")
    tree.cpu[process.pid] = usage.ru_utime + usage.ru_stime  # exact for the crawl itself
    return (
        sum(tree.cpu.values()),
        tree.cpu[process.pid],
        tree.peak_pss_kb / 1024,
        len(tree.seen),
    )


def html_records(warc_dir: Path) -> int:
    count = 0
    for path in warc_dir.glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if "html" in (record.http_headers.get_header("Content-Type") or ""):
                    count += 1
    return count


def bare_run(name: str, url: str, work: Path) -> Run:
    out = work / name
    out.mkdir(parents=True)
    (out / "bare.py").write_text(BARE_SPIDER)
    command = [sys.executable, "-m", "scrapy", "runspider", "bare.py", "-a", f"url={url}"]
    for key, value in SPEED.items():
        command += ["-s", f"{key}={value}"]
    cpu, own_cpu, rss, procs = measured(command, out / "crawl.log", out)  # outside the project
    stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
    return Run(
        "bare CrawlSpider, stores nothing",
        stats.get("bench/html_pages", 0),
        stats["downloader/response_count"],
        stats["elapsed_time_seconds"],
        cpu,
        own_cpu,
        rss,
        procs,
    )


def project_run(
    name: str, label: str, spider: str, args: dict[str, str], work: Path, extra: dict[str, str]
) -> Run:
    out = work / name
    out.mkdir(parents=True)
    command = crawl_command(spider, args, {**SPEED, **extra}, out)
    cpu, own_cpu, rss, procs = measured(command, out / "crawl.log", PROJECT)
    stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
    html = html_records(out / "warc")
    shutil.rmtree(out, ignore_errors=True)
    return Run(
        label,
        html,
        stats["downloader/response_count"],
        stats["elapsed_time_seconds"],
        cpu,
        own_cpu,
        rss,
        procs,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of all variants (medians)")
    parser.add_argument("--only", default="bare,follow,demo", help="variants to run")
    args = parser.parse_args()
    variants = args.only.split(",")
    runs: dict[str, list[Run]] = {name: [] for name in variants}
    with (
        tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp,
        DemoServer(articles=args.articles) as server,
    ):
        url = server.base_url + "/"
        server.warm()  # pages rendered once, before any timing
        print(f"demo site with {args.articles} articles at {url}", flush=True)
        for number in range(args.rounds):
            for name in variants:
                work = Path(tmp)
                if name == "bare":
                    run = bare_run(f"bare{number}", url, work)
                elif name == "follow":
                    run = project_run(
                        f"follow{number}",
                        "`scrapy crawl follow`, WARCs",
                        "follow",
                        {"url": url, "depth": "10000"},
                        work,
                        {"STATE_ENABLED": "0", "FEEDS": "{}"},
                    )
                else:
                    run = project_run(
                        f"demo{number}",
                        "`scrapy crawl demo`, the whole job",
                        "demo",
                        {"base_url": server.base_url, "depth": "1000"},
                        work,
                        {},
                    )
                runs[name].append(run)
                print(f"  round {number + 1} {name}: {describe(run)}", flush=True)
    medians = {name: median_run(rs) for name, rs in runs.items()}
    print_table(list(medians.values()))
    if "bare" in medians and "demo" in medians:
        bare, demo = medians["bare"], medians["demo"]
        line = (
            f"\ndemo/bare: HTML pages/s {demo.pages_per_s / bare.pages_per_s:.2f} (target >= 1.0), "
            f"peak memory {demo.peak_mem_mb / bare.peak_mem_mb:.2f} (target <= 2)"
        )
        if "follow" in medians:
            line += (
                f"; demo/follow: {demo.pages_per_s / medians['follow'].pages_per_s:.2f} (>= 0.9)"
            )
        print(line + f" (medians of {args.rounds} rounds)")
    return 0


def describe(run: Run) -> str:
    return (
        f"{run.html_pages} HTML pages ({run.responses} responses), {run.pages_per_s:.0f}/s, "
        f"{run.cpu_ms_per_page:.2f} ms CPU/page ({run.crawl_ms_per_page:.2f} in the crawl's "
        f"process), {run.peak_mem_mb:.0f} MB, {run.processes} procs"
    )


def median_run(runs: list[Run]) -> Run:
    """The median run by pages/s, with the median CPU and memory (single runs are noisy)."""
    middle = sorted(runs, key=lambda r: r.pages_per_s)[len(runs) // 2]
    return Run(
        middle.name,
        middle.html_pages,
        middle.responses,
        middle.seconds,
        statistics.median(r.cpu_seconds for r in runs),
        statistics.median(r.crawl_cpu_seconds for r in runs),
        statistics.median(r.peak_mem_mb for r in runs),
        middle.processes,
    )


def print_table(rows: list[Run]) -> None:
    print(
        "\n| crawl | HTML pages | responses | HTML pages/s | CPU ms/page, all "
        "| of it the crawl's process | peak PSS, all |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for run in rows:
        print(
            f"| {run.name} | {run.html_pages} | {run.responses} | {run.pages_per_s:.0f} "
            f"| {run.cpu_ms_per_page:.2f} | {run.crawl_ms_per_page:.2f} "
            f"| {run.peak_mem_mb:.0f} MB |"
        )


if __name__ == "__main__":
    raise SystemExit(main())
