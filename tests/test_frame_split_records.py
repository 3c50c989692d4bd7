"""A record split across lz4 or zstd frames (its first part ending one frame, its rest in
the next frames) is named once and counted once: the record the first frame ends inside,
`cut short`. Its rest, in frames that hold no record start, was named again as an unreadable
frame (`FILE@OFFSET: record skipped: lz4 frame unreadable ...`) and counted a second record
skipped. The records after it are read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugins.lz4_frames import run_newsarchive as _run
from tests.test_frame_cut_records import WHOLE, _extracted, _warc_records

# how the second record is split: its rest in one frame, or in two
SPLITS = {"rest in one frame": (None,), "rest in two frames": (100,)}


def _split_file(tmp_path: Path, how: str, split: str) -> Path:
    suffix, compress = WHOLE[how]
    first, second, third = _warc_records()
    half = len(second) // 2
    (cut,) = SPLITS[split]
    rests = [second[half:]] if cut is None else [second[half : half + cut], second[half + cut :]]
    frames = [compress(first + second[:half]), *map(compress, rests), compress(third)]
    path = tmp_path / f"split.warc{suffix}"
    path.write_bytes(b"".join(frames))
    return path


@pytest.mark.parametrize("split", sorted(SPLITS))
@pytest.mark.parametrize("how", sorted(WHOLE.keys() - {"gzip whole"}))
def test_extract_names_a_split_record_once(tmp_path: Path, how: str, split: str) -> None:
    path = _split_file(tmp_path, how, split)
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "3"], done.stderr
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1 and "record skipped: cut short: " in named[0], done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 2 items; skipped: 1 record skipped"


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_recompress_names_a_split_record_once(tmp_path: Path, split: str) -> None:
    path = _split_file(tmp_path, "lz4 unchecked", split)
    done = _run("recompress", path)
    assert done.returncode == 3, done.stderr
    written = tmp_path / "split.warc.gz"
    assert done.stdout == f"{path}: 2 records written to {written} (partial: 1 record skipped)\n"
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1 and "record skipped: cut short: " in named[0], done.stderr
    assert done.stderr.splitlines()[-1] == "recompress: 1 file written; skipped: 1 record skipped"
