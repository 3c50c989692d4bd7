"""A record split across lz4 or zstd frames (its first part ending one frame, its rest in
the next frames) is named once and counted once: the record the first frame ends inside,
`cut short`. Its rest, in frames that hold no record start, was named again as an unreadable
frame (`FILE@OFFSET: record skipped: lz4 frame unreadable ...`) and counted a second record
skipped. The records after it are read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

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


def _rest_and_next(tmp_path: Path, how: str) -> Path:
    """The second record split: its rest and the third record in one frame (a writer cutting
    frames at a size, as pzstd does)."""
    suffix, compress = WHOLE[how]
    first, second, third = _warc_records()
    half = len(second) // 2
    path = tmp_path / f"split.warc{suffix}"
    path.write_bytes(compress(first + second[:half]) + compress(second[half:] + third))
    return path


@pytest.mark.parametrize("how", sorted(WHOLE.keys() - {"gzip whole"}))
def test_a_frame_holding_a_split_records_rest_and_the_next_record_keeps_the_next(
    tmp_path: Path, how: str
) -> None:
    """The record after the split one, in the frame holding its rest, is read (it was lost
    with that frame, named unreadable); the split one is named once."""
    path = _rest_and_next(tmp_path, how)
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "3"], done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1 and "record skipped: cut short: " in named[0], done.stderr


def test_a_damaged_frame_after_a_split_records_rest_is_still_named(tmp_path: Path) -> None:
    """After the frames holding a split record's rest, a frame with no record start (its
    record's `WARC/1.1` damaged) is not more of that rest: it is named, not passed over."""
    first, second, third = _warc_records()
    half = len(second) // 2
    _, compress = WHOLE["lz4 unchecked"]
    damaged = b"XARC" + third[4:]
    path = tmp_path / "split.warc.lz4"
    frames = [first + second[:half], second[half:], damaged]
    path.write_bytes(b"".join(map(compress, frames)))
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1"], done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 2, done.stderr
    assert "record skipped: cut short: " in named[0], done.stderr
    assert done.returncode == 3, done.stderr


def test_recompress_keeps_the_record_after_a_split_records_rest_in_its_frame(
    tmp_path: Path,
) -> None:
    path = _rest_and_next(tmp_path, "lz4 unchecked")
    done = _run("recompress", path)
    written = tmp_path / "split.warc.gz"
    assert done.stdout == f"{path}: 2 records written to {written} (partial: 1 record skipped)\n"
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1 and "record skipped: cut short: " in named[0], done.stderr
    assert done.returncode == 3, done.stderr
    with written.open("rb") as stream:
        urls = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]
    assert [url.rsplit("/", 1)[1] for url in urls] == ["1", "3"]


def test_a_damaged_record_in_the_frame_after_a_split_records_start_is_named(
    tmp_path: Path,
) -> None:
    """A frame after a split record's start, shorter than that record's rest, holding a
    whole record whose `WARC/1.1` is damaged: named, not passed over as part of the rest."""
    first, second, third = _warc_records()
    _, compress = WHOLE["lz4 unchecked"]
    path = tmp_path / "split.warc.lz4"
    frames = [first + third[:1000], b"XARC" + second[4:]]
    path.write_bytes(b"".join(map(compress, frames)))
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1"], done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 2, done.stderr
    assert "record skipped: cut short: " in named[0], done.stderr
