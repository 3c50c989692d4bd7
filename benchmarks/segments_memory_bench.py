"""Peak memory of `extract` over continuation records whose first segment is in no file
given (by hand; writes the archive to a temporary folder and deletes it after).

    .venv/bin/python benchmarks/segments_memory_bench.py [--mib 2048] [--segment-mib 1] [--jobs 1]

A reader holds such continuations until the batch's end (their first may be in a later
file); a hostile or damaged archive of them must not take its size in memory. Prints the
archive's size, the peak RSS of the `extract` process (its workers too with `--jobs`), the
time taken and the command's last line (each continuation named and counted).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAD = (
    "WARC/1.0\r\nWARC-Type: continuation\r\n"
    "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
    "WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: http://harbour.news.test/big{n}\r\n"
    "WARC-Segment-Origin-ID: <urn:uuid:11111111-0000-4000-8000-{n:012d}>\r\n"
    "WARC-Segment-Number: 2\r\nContent-Length: {size}\r\n\r\n"
)


def write_archive(path: Path, total: int, segment: int) -> int:
    """`total` bytes of continuation records, `segment` bytes of block each; their count."""
    block = os.urandom(segment)
    count = max(1, total // segment)
    with path.open("wb") as out:
        for n in range(count):
            out.write(HEAD.format(n=n, size=len(block)).encode() + block + b"\r\n\r\n")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=2048, help="archive size in MiB")
    parser.add_argument("--segment-mib", type=int, default=1, help="each block's size in MiB")
    parser.add_argument("--jobs", default="1")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="segments-bench-") as tmp:
        path = Path(tmp) / "orphans.warc"
        count = write_archive(path, args.mib << 20, args.segment_mib << 20)
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "newsarchive", "extract", "--all-pages", "-j", args.jobs,
             "-o", str(Path(tmp) / "items.jsonl"), str(path)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        took = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss >> 10  # KiB to MiB
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        print(f"archive: {path.stat().st_size / (1 << 20):,.0f} MiB, {count:,} continuations")
        print(
            f"extract -j {args.jobs}: exit {done.returncode}, peak RSS {peak:,} MiB, {took:.1f} s"
        )
        print(f"last line: {last}")
        if "Traceback" in done.stderr:
            print(done.stderr[-2000:])


if __name__ == "__main__":
    main()
