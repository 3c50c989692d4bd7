"""`recompress` of a file whose disk fails a read after its first records were written
(EIO part way): the disk's error, told as the probe's is (`not read (Input/output error);
nothing written of it`, exit 1), no partial copy kept.

It was taken for damage of the file: `unreadable after 2 records (OSError: [Errno 5]
...)`, counted a skip, the partial .warc.gz kept as if the rest were lost, exit 3. A
failing disk is made as tests/plugins/unreadable_after.py makes one; damage (bytes cut
off) is still damage (exit 3, the records before it kept).
"""

from __future__ import annotations

import gzip
import itertools
import subprocess
import sys
from pathlib import Path

import lz4.frame
from warcio.archiveiterator import ArchiveIterator

from tests.test_compressed_warcs import _noise_records
from tests.test_foreign_archives import Archive
from tests.test_recompress_read_eio import _noise

PROJECT = Path(__file__).resolve().parents[1]
BREAKS_AT = 70_000  # past the first 64 KB block: the probe and the first records read whole


def _whole_gzip(path: Path) -> Path:
    """Two small responses, then one of 300 KB, gzipped as one stream."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/one", "2026-03-01T10:00:00Z", b"<html><title>One</title></html>")
    archive.response("/two", "2026-03-01T10:00:01Z", b"<html><title>Two</title></html>")
    archive.response("/three", "2026-03-01T10:00:02Z", _noise("Three", 300_000))
    path.write_bytes(gzip.compress(archive.buffer.getvalue()))
    assert path.stat().st_size > 2 * BREAKS_AT
    return path


def _frames() -> list[bytes]:
    """40 records of 4 KB a frame each, 160 KB in all."""
    return [lz4.frame.compress(r) for r in _noise_records(40)]


def _lz4(path: Path) -> Path:
    path.write_bytes(b"".join(_frames()))
    assert path.stat().st_size > 2 * BREAKS_AT
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tests.plugins.unreadable_after", str(BREAKS_AT), *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def _uris(path: Path) -> list[str]:
    with path.open("rb") as stream:
        return [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]


def test_a_read_error_part_way_is_the_disks_not_the_files_damage(tmp_path: Path) -> None:
    whole = _whole_gzip(tmp_path / "whole.eio.warc.gz")
    tiles = _lz4(tmp_path / "tiles.eio.warc.lz4")
    good = _whole_gzip(tmp_path / "good.warc.gz")
    done = _run("recompress", str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "unreadable" not in done.stderr and "skipped" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert sorted(lines[:-1]) == sorted(
        f"WARNING: {path}: not read (Input/output error); nothing written of it"
        for path in (whole, tiles)
    ), lines
    assert lines[-1] == "recompress: 1 file written; 2 not written (write or read errors above)"
    # no partial copy, no hidden .partial file
    assert [p.name for p in sorted(tmp_path.iterdir())] == [
        "good.recompressed.warc.gz", "good.warc.gz", "tiles.eio.warc.lz4", "whole.eio.warc.gz",
    ]  # fmt: skip
    assert [u.rsplit("/", 1)[1] for u in _uris(tmp_path / "good.recompressed.warc.gz")] == [
        "one", "two", "three",
    ]  # fmt: skip
    assert good.exists()


def test_a_file_cut_part_way_is_still_damage_its_first_records_kept(tmp_path: Path) -> None:
    """The same files cut at BREAKS_AT, on a sound disk: named and counted, exit 3."""
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(_whole_gzip(tmp_path / "w.tmp").read_bytes()[:BREAKS_AT])
    tiles = tmp_path / "tiles.warc.lz4"
    tiles.write_bytes(_lz4(tmp_path / "t.tmp").read_bytes()[:BREAKS_AT])
    (tmp_path / "w.tmp").unlink()
    (tmp_path / "t.tmp").unlink()
    done = _run("recompress", str(tmp_path))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "not read" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("recompress: 2 files written; skipped:")
    assert [u.rsplit("/", 1)[1] for u in _uris(tmp_path / "whole.recompressed.warc.gz")] == [
        "one", "two",
    ]  # fmt: skip
    ends = list(itertools.accumulate(map(len, _frames())))
    assert len(_uris(tmp_path / "tiles.warc.gz")) == sum(end <= BREAKS_AT for end in ends) > 1
