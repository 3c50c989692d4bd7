"""`recompress`'s result line on stdout says when the copy it wrote lacks part of its file.

A file cut short (inside an lz4 or zstd frame, or inside a gzip stream) gets the records read
whole before the cut written, its rest named on stderr and exit 3; the stdout line said
`FILE: 2 records written to X.warc.gz` as for a whole file, so a script reading stdout took
the copy for the whole archive. The input file is never replaced or changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugins.lz4_frames import run_newsarchive as _run
from tests.plugins.lz4_frames import unchecked as _lz4
from tests.test_frame_cut_records import WHOLE, _warc_records


def _target(path: Path, how: str) -> Path:
    name = path.name.split(".warc")[0]
    return path.parent / (
        f"{name}.recompressed.warc.gz" if how == "gzip whole" else f"{name}.warc.gz"
    )


@pytest.mark.parametrize("how", sorted(WHOLE))
def test_a_file_cut_short_is_said_partial_on_stdout(tmp_path: Path, how: str) -> None:
    suffix, compress = WHOLE[how]
    packed = compress(b"".join(_warc_records()))
    path = tmp_path / f"cut.warc{suffix}"
    path.write_bytes(packed[: len(packed) - 40])  # inside the last record's body
    before = path.read_bytes()
    done = _run("recompress", path)
    assert done.returncode == 3, done.stderr
    target = _target(path, how)
    assert done.stdout == f"{path}: 2 records written to {target} (partial: rest skipped)\n"
    assert f"WARNING: {path}: rest skipped: cut short inside" in done.stderr, done.stderr
    assert path.read_bytes() == before  # the input as it was
    assert target.exists()


def test_a_record_left_out_is_said_partial_on_stdout(tmp_path: Path) -> None:
    path = tmp_path / "short.warc.lz4"
    path.write_bytes(_lz4(b"".join(_warc_records())[:-60]))  # its last record short
    done = _run("recompress", path)
    assert done.returncode == 3, done.stderr
    written = tmp_path / "short.warc.gz"
    assert done.stdout == f"{path}: 2 records written to {written} (partial: 1 record skipped)\n"


@pytest.mark.parametrize("how", sorted(WHOLE))
def test_a_whole_file_is_not_said_partial(tmp_path: Path, how: str) -> None:
    suffix, compress = WHOLE[how]
    path = tmp_path / f"whole.warc{suffix}"
    path.write_bytes(compress(b"".join(_warc_records())))
    done = _run("recompress", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{path}: 3 records written to {_target(path, how)}\n"
