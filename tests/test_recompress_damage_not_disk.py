"""`recompress` of files damaged part way on a sound disk: still damage (named and counted,
exit 3, the records before the damage kept), never the disk's error that a read error with
an errno is taken for (`InputFailed`: exit 1, nothing kept of the file).

The reads `recompress` makes go through a wrapper that turns an OSError with an errno into
InputFailed; what a damaged file raises (zlib.error, EOFError, gzip.BadGzipFile, which is an
OSError without an errno, lz4's RuntimeError, zstd's errors) comes from the decompressors
above it and must not pass through it. Bytes overwritten in a whole gzip's deflate stream,
in its CRC trailer, in an lz4 and a zstd frame part way, and a zstd file cut part way.
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

import lz4.frame
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.encodings import zstd_module
from tests.plugins.cli_here import newsarchive_here
from tests.test_compressed_warcs import _noise_records
from tests.test_foreign_archives import Archive
from tests.test_recompress_read_eio import _noise

PROJECT = Path(__file__).resolve().parents[1]


def _recompress(path: Path) -> subprocess.CompletedProcess[str]:
    return newsarchive_here("recompress", path, cwd=PROJECT)  # tests/plugins/cli_here.py


def _uris(path: Path) -> list[str]:
    with path.open("rb") as stream:
        return [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]


def _damage_said(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "not read" not in done.stderr and "not written" not in done.stderr, done.stderr
    assert "recompress: 1 file written; skipped:" in done.stderr.splitlines()[-1], done.stderr


def _whole_gzip() -> bytes:
    """Two small responses, then one of 300 KB of noise, gzipped as one stream."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/one", "2026-03-01T10:00:00Z", b"<html><title>One</title></html>")
    archive.response("/two", "2026-03-01T10:00:01Z", b"<html><title>Two</title></html>")
    archive.response("/three", "2026-03-01T10:00:02Z", _noise("Three", 300_000))
    return gzip.compress(archive.buffer.getvalue())


def _overwritten(data: bytes, at: int, size: int = 64) -> bytes:
    return data[:at] + bytes(b ^ 0xA5 for b in data[at : at + size]) + data[at + size :]


def test_a_whole_gzip_damaged_part_way_keeps_its_first_records(tmp_path: Path) -> None:
    data = _whole_gzip()
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(_overwritten(data, len(data) * 2 // 3))
    done = _recompress(path)
    _damage_said(done)
    uris = [u.rsplit("/", 1)[1] for u in _uris(tmp_path / "whole.recompressed.warc.gz")]
    assert uris == ["one", "two"], (uris, done.stderr)


def test_a_whole_gzip_with_a_bad_trailer_is_damage(tmp_path: Path) -> None:
    data = _whole_gzip()
    path = tmp_path / "trailer.warc.gz"
    path.write_bytes(_overwritten(data, len(data) - 8, 4))  # its CRC-32
    done = _recompress(path)
    assert done.returncode in (0, 3), done.stderr  # every record read whole, or named
    assert "Traceback" not in done.stderr and "not read" not in done.stderr, done.stderr
    uris = [u.rsplit("/", 1)[1] for u in _uris(tmp_path / "trailer.recompressed.warc.gz")]
    assert uris[:2] == ["one", "two"], (uris, done.stderr)


def test_lz4_and_zstd_frames_damaged_or_cut_part_way_are_damage(tmp_path: Path) -> None:
    zstd = zstd_module()
    assert zstd is not None, "Scrapy installs backports.zstd"
    records = _noise_records(20)
    lz4_frames = [lz4.frame.compress(r) for r in records]
    zstd_frames = [zstd.compress(r) for r in records]
    cases = {
        "tiles.warc.lz4": (lz4_frames, "damaged"),
        "tiles.warc.zst": (zstd_frames, "damaged"),
        "cut.warc.zst": (zstd_frames, "cut"),
    }
    for name, (frames, how) in cases.items():
        folder = tmp_path / name.replace(".", "-")
        folder.mkdir()
        path = folder / name
        data = b"".join(frames)
        tenth = sum(map(len, frames[:10]))  # ten frames whole before the damage
        if how == "cut":
            path.write_bytes(data[: tenth + len(frames[10]) // 2])
        else:
            path.write_bytes(_overwritten(data, tenth + 4, 16))  # its frame's header, blocks
        done = _recompress(path)
        _damage_said(done)
        kept = _uris(folder / (name.rsplit(".", 1)[0] + ".gz"))
        assert len(kept) >= 10, (name, len(kept), done.stderr)
        assert all(u.endswith(f"/tile-{n}.png") for n, u in enumerate(kept[:10])), kept[:3]
