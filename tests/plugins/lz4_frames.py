"""Test helper: lz4 frames of WARC records as FastWARC writes them (no checksums) or with a
content checksum, damage inside a frame that still decompresses, and the `newsarchive`
commands that read them back (tests/test_frame_cut_records.py,
test_extract_unchecked_lz4.py, test_recompress_unverified.py)."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import lz4.frame

from tests.plugins.cli_here import newsarchive_here

PROJECT = Path(__file__).resolve().parents[2]


def unchecked(data: bytes) -> bytes:
    """One lz4 frame of `data` with neither a content nor a block checksum (FastWARC's)."""
    return lz4.frame.compress(data, content_checksum=False, block_checksum=False)


def checked(data: bytes) -> bytes:
    """One lz4 frame of `data` with its content checksum."""
    return lz4.frame.compress(data, content_checksum=True)


def binary(seed: int, size: int) -> bytes:
    """Bytes lz4 cannot compress: its block is stored as it is, so a byte changed in the
    file is a byte changed in the record, and the frame still decompresses."""
    return random.Random(seed).randbytes(size)


def flipped(frame: bytes, record: bytes, at: int, bits: int = 0x5A) -> bytes:
    """`frame` (of `record`) with the byte that holds the record's byte `at` changed; the
    frame still decompresses, to the record with that byte changed."""
    where = frame.find(record[at : at + 32])
    assert where > 0, "the record's bytes are stored as they are"
    damaged = frame[:where] + bytes([frame[where] ^ bits]) + frame[where + 1 :]
    changed = record[:at] + bytes([record[at] ^ bits]) + record[at + 1 :]
    assert lz4.frame.decompress(damaged) == changed
    return damaged


def run_newsarchive(*args: object) -> subprocess.CompletedProcess[str]:
    """`python -m newsarchive ARGS`, run in this test process (tests/plugins/cli_here.py:
    what the command reads of a frame is the point, not a process's start); never a
    traceback."""
    done = newsarchive_here(*args, cwd=PROJECT)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def extracted(path: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """`extract --all-pages` of `path`: the command's end and each item's URL in order."""
    out = tmp_path / "items.jsonl"
    done = run_newsarchive("extract", "--all-pages", path, "-o", out)
    return done, [json.loads(line)["url"] for line in out.read_text().splitlines()]
