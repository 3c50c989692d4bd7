"""A few damaged files through every reader (`benchmarks/warc_fuzz.py`, a fixed seed): none
may end in a traceback. The benchmark runs thousands; this keeps its harness working."""

from __future__ import annotations

import subprocess
import sys

from tests.test_warc_corpus import PROJECT


def test_damaged_files_end_in_no_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "benchmarks/warc_fuzz.py", "--files", "12", "--seed", "5",
         "--wacz-every", "12"],
        cwd=PROJECT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "12 damaged files, seed 5 (wacz: every 12th)"
    counts = {line.split()[0]: line.split() for line in lines[1:7]}
    assert sorted(counts) == sorted(["extract", "index", "wacz", "replay", "history", "recover"])
    for reader, words in counts.items():
        assert words[-1] == "0" and words[-2] == "raised", (reader, words)
        handled, named, odd = int(words[2]), int(words[4]), int(words[6])
        assert handled + named + odd == (1 if reader == "wacz" else 12), (reader, words)
