"""`recompress` of a damaged file and a file the disk has no room for, in one run: each told
as what it is, and the last line counts both.

The damaged lz4 frame is a record skipped (its file written without it), the other file is
`not written`, exit 1. The last line said `1 file written; 1 not written`, dropping the
record skipped: a cron job reading it saw no damage at all.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import lz4.frame
import pytest

from newsarchive.warc.archives import Skips
from newsarchive.warc.frames import framed
from newsarchive.warc.recompress import recompress
from tests.test_compressed_warcs import LZ4_MAGIC, VARIANTS, _damaged, _noise_records

PROJECT = Path(__file__).resolve().parents[1]


def test_a_damaged_frame_and_a_full_disk_are_both_on_the_last_line(tmp_path: Path) -> None:
    (tmp_path / "bad.warc.lz4").write_bytes(_damaged(VARIANTS["checked.warc.lz4"](), 2, LZ4_MAGIC))
    (tmp_path / "tiles.warc.gz").write_bytes(gzip.compress(b"".join(_noise_records(12))))

    def limit() -> None:  # the small file's .warc.gz passes; the tiles' 49 KB do not
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "recompress", str(tmp_path)], cwd=PROJECT,
        capture_output=True, text=True, preexec_fn=limit, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert any(
        line.startswith(f"WARNING: {tmp_path / 'bad.warc.lz4'}@")
        and "record skipped: lz4 frame unreadable" in line for line in lines
    ), lines  # fmt: skip
    target = tmp_path / "tiles.recompressed.warc.gz"
    said = f"WARNING: {tmp_path / 'tiles.warc.gz'}: not written ({target}: File too large (EFBIG))"
    assert said + "; nothing left of it" in lines
    assert lines[-1] == (
        "recompress: 1 file written; skipped: 1 record skipped; 1 not written (write or read "
        "errors above)"
    )
    assert (tmp_path / "bad.warc.gz").exists() and not target.exists()


class _FailingDisk(io.FileIO):
    """A real file whose disk fails writes past `room` bytes with `code` (EIO, EDQUOT: no
    disk here gives them on demand)."""

    def __init__(self, path: Path, room: int, code: int) -> None:
        super().__init__(path, "w")
        self.room, self.code = room, code

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.tell() + len(memoryview(data)) > self.room:
            raise OSError(self.code, os.strerror(self.code))
        return super().write(data)


@pytest.mark.parametrize("code", [errno.EIO, errno.EDQUOT, errno.ENOSPC])
def test_a_write_error_of_any_kind_is_the_outputs_not_the_files_damage(
    tmp_path: Path, code: int
) -> None:
    """Raised as the OSError it is (`not written`), never a frame named unreadable."""
    source = tmp_path / "tiles.warc.lz4"
    source.write_bytes(b"".join(lz4.frame.compress(r) for r in _noise_records(12)))
    with source.open("rb") as stream:
        found = framed(stream)
    assert found is not None
    skips = Skips()
    disk = _FailingDisk(tmp_path / "tiles.warc.gz", 20_000, code)
    with disk as raw, pytest.raises(OSError) as raised:
        recompress(source, found, raw, skips)
    assert raised.value.errno == code
    assert skips.count == 0  # no frame taken for damaged
