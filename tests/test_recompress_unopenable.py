"""`recompress` of a folder holding files that cannot be opened (a link to nothing, a loop of
links, a link to a FIFO): each is one line naming it and why, counted on the last line, exit 3,
as `extract`, `index` and `history` name and count them (it was exit 1, "not read", as of a
disk's read error).

Such a file was dropped from the list without a word (a link to a FIFO waited for a writer
forever), so the user saw at most "no lz4, zstd or whole-gzip WARC" and nothing of the
file they had named.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.test_compressed_warcs import VARIANTS

PROJECT = Path(__file__).resolve().parents[1]


def _recompress(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", "recompress", *map(str, paths)], cwd=PROJECT,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _unopenable(folder: Path) -> dict[str, str]:
    """The files of `folder` that cannot be opened, by name: what their line says."""
    folder.mkdir()
    (folder / "gone.warc.lz4").symlink_to(folder / "nowhere.warc.lz4")
    (folder / "loop.warc.lz4").symlink_to(folder / "loop.warc.lz4")
    os.mkfifo(folder / "pipe")
    (folder / "pipe.warc.lz4").symlink_to(folder / "pipe")
    return {
        "gone.warc.lz4": "unreadable (FileNotFoundError: [Errno 2] No such file or directory",
        "loop.warc.lz4": "a loop of symbolic links",
        "pipe.warc.lz4": "not a regular file (a FIFO)",
    }


def test_files_that_cannot_be_opened_are_named_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    said = _unopenable(folder)
    (folder / "good.warc.lz4").write_bytes(VARIANTS["checked.warc.lz4"]())
    done = _recompress(folder)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    for name, why in said.items():
        mine = [line for line in lines if line.startswith(f"WARNING: {folder / name}: skipped: ")]
        assert len(mine) == 1 and why in mine[0], lines
    assert (folder / "good.warc.gz").exists()
    assert lines[-1] == (
        "recompress: 1 file written; skipped: 2 files unreadable, 1 symbolic link loop"
    )


def test_only_files_that_cannot_be_opened_are_not_called_no_warc(tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    said = _unopenable(folder)
    done = _recompress(folder)
    assert done.returncode == 3, done.stderr
    assert "no lz4, zstd or whole-gzip WARC" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == len(said) + 1, lines
    assert lines[-1] == (
        "recompress: 0 files written; skipped: 2 files unreadable, 1 symbolic link loop"
    )
