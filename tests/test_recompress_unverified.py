"""`recompress` of damage that its checks let through: a `.warc.gz` gzipped whole whose first
records do not read (its format probe failed, and the file was passed over without a word,
exit 0, while the folder's other files were written), and an lz4 frame without checksums
(FastWARC writes none) whose bytes changed (it decompresses, to other bytes: copied as it
was, exit 0). Each is now named, counted in the last line, exit 3; the original untouched.
"""

from __future__ import annotations

import gzip
import subprocess
import zlib
from pathlib import Path

import lz4.frame
import pytest

from tests.plugins.cli_here import newsarchive_here
from tests.plugins.lz4_frames import binary, flipped, unchecked
from tests.test_foreign_archives import Archive

PROJECT = Path(__file__).resolve().parents[1]


def _recompress(path: Path) -> subprocess.CompletedProcess[str]:
    return newsarchive_here("recompress", path, cwd=PROJECT)  # tests/plugins/cli_here.py


def _members(data: bytes) -> list[bytes]:
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data))
        assert member.eof
        data = member.unused_data
    return members


def _record(uri: str, body: bytes, digest: bool = True) -> bytes:
    """One response record, with or without its WARC-Block-Digest."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response(uri, "2026-03-01T10:00:00Z", body)
    data = archive.buffer.getvalue()
    if not digest:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = [line for line in head.split(b"\r\n") if not line.startswith(b"WARC-Block-Digest")]
        data = b"\r\n".join(lines) + b"\r\n\r\n" + rest
    return data


def _last_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    return done.stderr.splitlines()[-1]


def test_a_whole_gzip_damaged_in_its_first_records_is_named_in_a_folder(tmp_path: Path) -> None:
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/one", "2026-03-01T10:00:00Z", b"<html><title>One</title>" + bytes(9000))
    archive.response("/two", "2026-03-01T10:00:01Z", b"<html><title>Two</title></html>")
    packed = gzip.compress(archive.buffer.getvalue())
    damaged = packed[:40] + bytes(b ^ 0xA5 for b in packed[40:80]) + packed[80:]
    broken = tmp_path / "early.warc.gz"
    broken.write_bytes(damaged)
    first = _record("/lz", b"<html><title>Lz</title></html>")
    (tmp_path / "fine.warc.lz4").write_bytes(lz4.frame.compress(first))
    done = _recompress(tmp_path)
    assert done.returncode == 3, done.stderr
    named = [
        line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {broken}: skipped:")
    ]
    assert len(named) == 1 and "damaged in its first records" in named[0], done.stderr
    assert "gzipped whole cannot be told" in named[0], done.stderr
    assert _last_line(done) == "recompress: 1 file written; skipped: 1 file unreadable"
    assert broken.read_bytes() == damaged  # the original untouched
    assert not (tmp_path / "early.recompressed.warc.gz").exists()
    assert _members((tmp_path / "fine.warc.gz").read_bytes()) == [first]


def test_an_lz4_frame_without_checksums_whose_bytes_changed_is_named(tmp_path: Path) -> None:
    first = _record("/one", binary(1, 20_000))
    second = _record("/two", b"<html><title>Two</title></html>")
    frame = unchecked(first)
    assert frame[4] & 0x14 == 0  # no content or block checksum, as FastWARC writes
    damaged = flipped(frame, first, len(first) // 2)
    path = tmp_path / "flipped.warc.lz4"
    path.write_bytes(damaged + unchecked(second))
    done = _recompress(path)
    assert done.returncode == 3, done.stderr
    named = (
        f"{path}@0: record skipped: lz4 frame unreadable (ArchiveLoadFailed: block digest failed"
    )
    assert named in done.stderr, done.stderr
    assert _last_line(done) == "recompress: 1 file written; skipped: 1 record skipped"
    assert _members((tmp_path / "flipped.warc.gz").read_bytes()) == [second]
    assert path.read_bytes() == damaged + unchecked(second)


@pytest.mark.parametrize("digit", [0, -1])
def test_an_lz4_frame_without_checksums_or_digests_is_told_by_its_framing(
    tmp_path: Path, digit: int
) -> None:
    """A digit of the record's Content-Length changed to another digit (its first: 10,000
    more or less; its last: one more or less, a CR of its end taken, or one left over)."""
    first = _record("/one", binary(2, 20_000), digest=False)
    second = _record("/two", b"<html><title>Two</title></html>", digest=False)
    start = first.index(b"Content-Length: ") + len(b"Content-Length: ")
    digits = first[start : first.index(b"\r\n", start)]
    assert len(digits) == 5 and digits.isdigit()
    frame = unchecked(first)
    damaged = flipped(frame, first, start + digit % 5, bits=0x01)  # a digit still
    path = tmp_path / "length.warc.lz4"
    path.write_bytes(damaged + unchecked(second))
    done = _recompress(path)
    assert done.returncode == 3, done.stderr
    if digit == 0:  # the length grew past the frame's end: its record is cut short there
        assert f"{path}@0: record skipped: cut short: " in done.stderr, done.stderr
    else:
        assert f"{path}@0: record skipped: lz4 frame unreadable" in done.stderr, done.stderr
        assert "Content-Length does not end it" in done.stderr, done.stderr
    assert _last_line(done) == "recompress: 1 file written; skipped: 1 record skipped"
    assert _members((tmp_path / "length.warc.gz").read_bytes()) == [second]


def test_sound_lz4_frames_without_checksums_are_still_copied_byte_for_byte(tmp_path: Path) -> None:
    records = [
        _record("/one", binary(3, 20_000)),
        _record("/two", b"<html><title>Two</title></html>", digest=False),
    ]
    path = tmp_path / "sound.warc.lz4"
    path.write_bytes(b"".join(unchecked(record) for record in records))
    done = _recompress(path)
    assert done.returncode == 0, done.stderr
    assert _last_line(done) == "recompress: 1 file written"
    assert _members((tmp_path / "sound.warc.gz").read_bytes()) == records


def test_a_record_spread_over_members_is_still_no_whole_gzip_nor_damage(tmp_path: Path) -> None:
    """Its second member starts inside its body: warcio reads no record there (no gzip damage),
    and such a file, which `extract` reads, is not named by the probe (it was not before)."""
    record = _record("/spread", b"<html><title>Spread</title>" + bytes(4000) + b"</html>")
    half = len(record) // 2
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(gzip.compress(record[:half]) + gzip.compress(record[half:]))
    sound = _record("/lz", b"<html><title>Lz</title></html>")
    (tmp_path / "fine.warc.lz4").write_bytes(lz4.frame.compress(sound))
    done = _recompress(tmp_path)
    assert done.returncode == 0, done.stderr
    assert str(path) not in done.stderr, done.stderr
    assert _last_line(done) == "recompress: 1 file written"
