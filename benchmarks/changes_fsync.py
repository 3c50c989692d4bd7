"""What flushing each changes.jsonl line to disk costs (`append_line`'s fdatasync).

A changed article's line goes out as it is found, then the run's durable note
(`ListedChanges.add`: write_durably, a file fsync and a folder fsync) says it was listed.
Without the line's own flush, a power cut kept the note and lost the line: the next run
did not list the change again. Timed on the folder given (the archive's disk, not tmpfs),
per change: the line alone unflushed (before), the line flushed (now), and each with the
note the run writes after it. Paired in one run, rounds interleaved; ratios, not times.

    .venv/bin/python benchmarks/changes_fsync.py --lines 200 --rounds 3 --dir .
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsarchive.changes import run
from newsarchive.changes.listed import ListedChanges


def _entry(n: int) -> bytes:
    words = " ".join(f"w{(n * 7 + i) % 97}" for i in range(120))
    entry = {"url": f"https://bench.example.test/{n}", "version": 2, "summary": words,
             "change": {"body": {"added": words, "removed": words[:200]}}}  # fmt: skip
    return json.dumps(entry).encode() + b"\n"


def _timed(folder: Path, lines: int, flush: bool, note: bool) -> float:
    path = folder / "changes.jsonl"
    path.unlink(missing_ok=True)
    listed = ListedChanges(folder / "state.sqlite", pid=os.getpid()) if note else None
    real: Callable[[int], None] = os.fdatasync
    run.os.fdatasync = real if flush else (lambda fd: None)  # type: ignore[attr-defined]
    try:
        start = time.perf_counter()
        for n in range(lines):
            run.append_line(path, _entry(n))
            if listed is not None:
                listed.add((f"https://bench.example.test/{n}", "<urn:x>"), f"<urn:{n}>")
        return (time.perf_counter() - start) / lines
    finally:
        run.os.fdatasync = real  # type: ignore[attr-defined]
        if listed is not None:
            listed.path.unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path("."), help="a folder on the disk timed")
    args = parser.parse_args()
    kinds = {
        "line, unflushed": (False, False),
        "line, flushed": (True, False),
        "line + note, unflushed": (False, True),
        "line + note, flushed": (True, True),
    }
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(dir=args.dir, prefix=".changes-fsync-") as scratch:
        for _ in range(args.rounds):
            for kind, (flush, note) in kinds.items():
                times[kind].append(_timed(Path(scratch), args.lines, flush, note))
    print(
        f"{args.lines} changes x {args.rounds} rounds in {args.dir.resolve()} (median, ms a change)"
    )
    median = {kind: sorted(t)[len(t) // 2] * 1000 for kind, t in times.items()}
    for kind, ms in median.items():
        print(f"  {kind:24} {ms:8.3f}")
    alone = median["line, flushed"] / median["line, unflushed"]
    noted = median["line + note, flushed"] / median["line + note, unflushed"]
    print(f"  flushed/unflushed: line alone {alone:.1f}x, with the note {noted:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
