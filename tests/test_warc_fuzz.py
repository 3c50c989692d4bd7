"""A few damaged files through every reader (`benchmarks/warc_fuzz.py`, a fixed seed): none
may end in a traceback. The benchmark runs thousands; this keeps its harness working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_warc_corpus import CORPUS, PROJECT


def test_damaged_files_end_in_no_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "benchmarks/warc_fuzz.py", "--files", "12", "--seed", "5",
         "--wacz-every", "12"],
        cwd=PROJECT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "12 damaged files, seed 5 (wacz: every 12th)"
    assert lines[1].startswith("  6 inputs that are no WARC file, through each reader: ")
    counts = {line.split()[0]: line.split() for line in lines[2:9]}
    assert sorted(counts) == sorted(
        ["extract", "index", "wacz", "replay", "history", "recover", "recompress"]
    )
    for reader, words in counts.items():
        outcomes = dict(zip(words[1::2], map(int, words[2::2]), strict=True))
        assert outcomes["raised"] == outcomes["hung"] == outcomes["lost"] == 0, (reader, words)
        # and the 6 inputs that are no file (empty ones, a folder, a FIFO)
        assert sum(outcomes.values()) == (1 if reader == "wacz" else 12) + 6, (reader, words)


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
@pytest.mark.parametrize("command", ["extract", "index"])
def test_a_member_holding_records_cut_short_ends_the_reading(tmp_path: Path, command: str) -> None:
    """Fuzz file 141 of seed 18 (pywb's wget sample, two members run into one and the file
    cut inside it): the record at 792 got an end before its start (641), reading went back
    there and read it again forever (extract and index ran until killed)."""
    sys.path.insert(0, str(PROJECT / "benchmarks"))
    from warc_fuzz import generated

    number, name, data = list(generated(18, 142))[-1]
    assert (number, name) == (141, "pywb__example-wget-1-14.warc.gz")
    path = tmp_path / "f141.warc.gz"
    path.write_bytes(data)
    if command == "extract":
        args = ["--all-pages", str(path), "-o", str(tmp_path / "i.jsonl")]
    else:
        args = [str(path), "--cdxj", str(tmp_path / "i.cdxj")]
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", command, *args],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,  # before: never ended
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert f"{path}@792: record skipped: block digest does not match" in done.stderr
    assert "Traceback" not in done.stderr
