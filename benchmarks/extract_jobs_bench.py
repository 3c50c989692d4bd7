"""Re-extraction benchmark: `extract -j 1` against `extract -j N` on one WARC (by hand).

    .venv/bin/python benchmarks/extract_jobs_bench.py [--articles 1500] [--rounds 5] [--jobs 2]
    .venv/bin/python benchmarks/extract_jobs_bench.py --warc crawl.warc.gz

Crawls a generated demo site (`scrapy crawl follow`, one WARC file) unless a
WARC is given, then runs `python -m newsarchive extract` on it with one worker
and with N, in turn in each round (interleaved, so a busy machine slows both
alike). Prints each round's wall-clock times and ratio, then the median of the
rounds' ratios. Every run's output must equal the first one's, byte for byte.
Target (issue 14): -j 2 >= 1.8 x -j 1 on two cores.

Each round also times the box itself: N processes of a fixed CPU-bound loop
against one. On a shared machine (and with the kernel's per-session CPU
fairness, `sched_autogroup`) that ratio is the most any N-process program could
gain at that moment, so `extract`'s ratio is printed beside it. CPU seconds
(the command and its workers) are printed too: -j N should not spend much more
than -j 1, and CPU time is less at the mercy of other jobs than wall time.

`--phases` first runs -j N once inside this process, each worker's shards timed,
and prints where the time goes: start-up (interpreter and imports, timed apart),
planning the shards, each worker's busy span and CPU, the idle tail (the first
worker done to the last), the parent's CPU (merging, writing) and the bytes
pickled back.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newsarchive.commands import extract_jobs  # noqa: E402
from newsarchive.demo.server import DemoServer  # noqa: E402
from newsarchive.warc.archives import Skips  # noqa: E402
from newsarchive.warc.shards import plan_shards  # noqa: E402
from tests.plugins.crawling import crawl_command  # noqa: E402

SPEED = {
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "ROBOTSTXT_OBEY": "0",
    "STATE_ENABLED": "0",
    "FEEDS": "{}",
    "LOG_LEVEL": "WARNING",
}


def crawled_warc(articles: int, work: Path) -> Path:
    """One WARC of the whole demo site (no rotation), pages and requisites."""
    with DemoServer(articles=articles) as server:
        args = {"url": server.base_url + "/", "depth": "10000"}
        command = crawl_command("follow", args, SPEED, work)
        subprocess.run(command, cwd=PROJECT, check=True, capture_output=True)
    (warc,) = sorted((work / "warc").glob("*.warc.gz"))
    return warc


@dataclass
class Timed:
    seconds: float  # wall clock
    cpu: float  # user + system seconds of the command and its workers
    digest: str  # SHA-1 of the output


def timed_extract(warc: Path, jobs: int, out: Path) -> Timed:
    """One `extract` run, timed."""
    command = [sys.executable, "-m", "newsarchive", "extract", str(warc), "-j", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([*command, "-o", str(out)], cwd=PROJECT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 3):  # 3: finished, some records skipped
        raise SystemExit(f"extract -j {jobs} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Timed(seconds, cpu, hashlib.sha1(out.read_bytes()).hexdigest())


def startup() -> tuple[float, float]:
    """Wall and CPU seconds of starting the interpreter and importing `extract`."""
    command = [sys.executable, "-c", "import newsarchive.commands.extract"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=PROJECT, check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


_SPANS: Path | None = None  # where timed workers append a line per shard
_read_shard = extract_jobs._shard_entries


def _timed_shard(shard: Any, choice: Any) -> Any:
    """In a worker: one shard read and extracted, its span, CPU and pickled size noted."""
    start, cpu = time.perf_counter(), time.process_time()
    result = _read_shard(shard, choice)
    spent, end = time.process_time() - cpu, time.perf_counter()
    size = len(pickle.dumps(result))
    assert _SPANS is not None
    with _SPANS.open("a") as spans:
        spans.write(f"{os.getpid()} {start} {end} {spent} {size}\n")
    return result


def phases(warc: Path, jobs: int, work: Path) -> None:
    """One -j `jobs` run in this process, timed by phase (printed)."""
    global _SPANS
    _SPANS = work / "spans.txt"
    seconds, cpu = startup()
    print(f"  start-up (interpreter, imports): {seconds:.2f} s, {cpu:.2f} s CPU")
    begin = time.perf_counter()
    shards = plan_shards([warc], jobs)
    planned = time.perf_counter() - begin
    print(f"  planning {len(shards)} shards: {planned * 1000:.1f} ms")
    extract_jobs._shard_entries = _timed_shard  # forked workers inherit it
    own, begin = os.times(), time.perf_counter()
    try:
        with (work / "phases.jsonl").open("w", encoding="utf-8") as out:
            extract_jobs.extract_archives(out, [warc], extract_jobs.Choice(), Skips(), jobs)
    finally:
        extract_jobs._shard_entries = _read_shard
    wall, done = time.perf_counter() - begin, os.times()
    spans: dict[str, list[list[float]]] = {}
    for line in _SPANS.read_text().splitlines():
        pid, *numbers = line.split()
        spans.setdefault(pid, []).append([float(n) for n in numbers])
    ends = []
    for number, shards_done in enumerate(spans.values()):
        first = min(s[0] for s in shards_done) - begin
        last = max(s[1] for s in shards_done) - begin
        busy = sum(s[1] - s[0] for s in shards_done)
        cpu = sum(s[2] for s in shards_done)
        ends.append(last)
        print(
            f"  worker {number + 1}: {len(shards_done)} shards, first began at {first:.2f} s, "
            f"last ended at {last:.2f} s, busy {busy:.2f} s, {cpu:.2f} s CPU"
        )
    pickled = sum(s[3] for shards_done in spans.values() for s in shards_done)
    parent = done.user + done.system - own.user - own.system
    print(
        f"  run {wall:.2f} s: idle tail (first worker done to last) {max(ends) - min(ends):.2f} s, "
        f"after the last worker {wall - max(ends):.2f} s; parent {parent:.2f} s CPU "
        f"(merging, writing); {pickled / 1e6:.1f} MB pickled back",
        flush=True,
    )


SPIN = "total = 0\nfor n in range(12_000_000):\n    total += n\n"


def box_ceiling(jobs: int) -> float:
    """Throughput of `jobs` CPU-bound processes against one, right now."""

    def spin(count: int) -> float:
        start = time.perf_counter()
        running = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(count)]
        for process in running:
            process.wait()
        return time.perf_counter() - start

    return jobs * spin(1) / spin(jobs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1500, help="demo site size to crawl")
    parser.add_argument("--warc", type=Path, help="time this WARC instead of crawling one")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2, help="workers to compare with one")
    parser.add_argument("--phases", action="store_true", help="first, where -j N's time goes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="extract-jobs-bench-") as tmp:
        work = Path(tmp)
        warc = args.warc or crawled_warc(args.articles, work)
        size_mb = warc.stat().st_size / 1e6
        print(f"{warc.name}: {size_mb:.1f} MB; -j 1 against -j {args.jobs}", flush=True)
        if args.phases:
            phases(warc, args.jobs, work)
        ratios: list[float] = []
        cpus: list[float] = []
        ceilings: list[float] = []
        digests: set[str] = set()
        for number in range(args.rounds):
            one = timed_extract(warc, 1, work / "one.jsonl")
            many = timed_extract(warc, args.jobs, work / "many.jsonl")
            digests |= {one.digest, many.digest}
            ratios.append(one.seconds / many.seconds)
            cpus.append(many.cpu / one.cpu)
            ceilings.append(box_ceiling(args.jobs))
            print(
                f"  round {number + 1}: -j 1 {one.seconds:.2f} s ({one.cpu:.2f} s CPU), "
                f"-j {args.jobs} {many.seconds:.2f} s ({many.cpu:.2f} s CPU), "
                f"{one.seconds / many.seconds:.2f} x; the box allowed {ceilings[-1]:.2f} x",
                flush=True,
            )
        items = len((work / "one.jsonl").read_text(encoding="utf-8").splitlines())
    if len(digests) != 1:
        raise SystemExit("the outputs differ between runs")
    median = statistics.median(ratios)
    print(
        f"{items} items, identical output; -j {args.jobs} / -j 1: median {median:.2f} x "
        f"of {args.rounds} rounds (target >= 1.8 x on two cores); {args.jobs} busy loops / 1: "
        f"median {statistics.median(ceilings):.2f} x; CPU seconds -j {args.jobs} / -j 1: "
        f"median {statistics.median(cpus):.2f} x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
