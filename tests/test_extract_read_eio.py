"""`extract` of a file whose disk fails a read (EIO) once it is open: the disk's error, as
`recompress` says it (`FILE: not read (Input/output error)`, counted in the last line's
`not read`, exit 1), not damage of the file (it was `skipped: unreadable (OSError: [Errno
5] ...)`, counted a skip, exit 3). With -j 2 as with one process; the records read before
the failure keep their items, and the batch's other files are read.

The failing disk is tests/plugins/unreadable_after.py's: the files named `*.eio.*` read
their first AFTER bytes, then EIO.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_foreign_archives import Archive
from tests.test_recompress_read_eio import _noise

PROJECT = Path(__file__).resolve().parents[1]
ARTICLE = (
    b"<html><head><title>A page read whole</title></head><body><article><h1>A page read "
    b"whole</h1><p>" + b"Words of the first page, in a paragraph of its own. " * 30 + b"</p>"
    b"</article></body></html>"
)


def _warc(path: Path) -> Path:
    """A .warc.gz a member a record: a small article, then 300 KB of noise."""
    archive = Archive("WARC/1.1")
    archive.response("/one", "2026-03-01T10:00:00Z", ARTICLE)
    archive.response("/two", "2026-03-01T10:00:01Z", _noise("Two", 300_000))
    path.write_bytes(archive.buffer.getvalue())
    return path


def _extract(after: int, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tests.plugins.unreadable_after", str(after), "extract"]
    return subprocess.run(
        [*command, *args], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )  # fmt: skip


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_read_error_of_the_disk_is_not_damage(tmp_path: Path, jobs: str) -> None:
    failing = _warc(tmp_path / "disk.eio.warc.gz")
    assert failing.stat().st_size > 20_000  # the failure falls in the second record
    sound = _warc(tmp_path / "sound.warc.gz")
    out = tmp_path / "items.jsonl"
    done = _extract(20_000, "-j", jobs, str(failing), str(sound), "-o", str(out))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "unreadable" not in done.stderr, done.stderr
    assert f"{failing}: not read (Input/output error) after 1 records" in done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 3 items; 1 file not read (read errors above)"
    assert str(sound) not in done.stderr, done.stderr  # read whole
    assert len(out.read_text().splitlines()) == 3  # its first record's, and the sound file's


def test_a_read_error_at_once_names_the_file_and_no_items(tmp_path: Path) -> None:
    failing = _warc(tmp_path / "disk.eio.warc.gz")
    done = _extract(100, str(failing))
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        f"WARNING: {failing}: not read (Input/output error)",
        "extract: 0 items; 1 file not read (read errors above)",
    ]
