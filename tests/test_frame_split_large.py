"""A record over 256 MiB (a video, as a user's archive can hold) that a writer split across
lz4 frames, its rest all in the frame after: `recompress` copies it as one gzip member, its
bytes unchanged, streamed (it copies such a record whole when one frame holds it), and
`extract` passes it over as it passes over any record that long. Before, records were
joined only up to 256 MiB: this one was named cut short and left out by both (exit 3).

The body is zeros, so the file is small (1.4 MB) though the record is 300 MiB.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import lz4.frame
import pytest

from tests.plugins.lz4_frames import run_newsarchive
from tests.test_frame_split_records import RECORDS

SIZE = 300 << 20
CHUNK = b"\0" * (1 << 20)
HEAD = (
    b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://cut.news.test/video.mp4\r\n"
    b"WARC-Date: 2026-01-01T00:00:00Z\r\n"
    b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
    b"Content-Type: video/mp4\r\nContent-Length: " + str(SIZE).encode() + b"\r\n\r\n"
)


def _frame(parts: Iterator[bytes]) -> bytes:
    """One checked lz4 frame of `parts` (compressed as they come: never held whole)."""
    packer = lz4.frame.LZ4FrameCompressor(content_checksum=True)
    return packer.begin() + b"".join(map(packer.compress, parts)) + packer.flush()


def _zeros(megabytes: int) -> Iterator[bytes]:
    return (CHUNK for _ in range(megabytes))


@pytest.fixture(scope="module")
def split_video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The file (the video record's start ending its frame, its rest the next frame's) and
    the sha256 of its records' bytes as written."""
    first, _, third = RECORDS
    half = SIZE >> 21
    plain = hashlib.sha256(first + HEAD)
    for chunk in _zeros(SIZE >> 20):
        plain.update(chunk)
    plain.update(b"\r\n\r\n" + third)
    path = tmp_path_factory.mktemp("large") / "video.warc.lz4"
    path.write_bytes(
        _frame(iter([first]))
        + _frame(iter([HEAD, *_zeros(half)]))
        + _frame(iter([*_zeros((SIZE >> 20) - half), b"\r\n\r\n"]))
        + _frame(iter([third]))
    )
    return path, plain.hexdigest()


def _members(path: Path) -> tuple[int, str]:
    """How many gzip members `path` holds and the sha256 of their bytes (streamed)."""
    digest, members, inflater = hashlib.sha256(), 0, None
    with path.open("rb") as raw:
        while data := raw.read(1 << 20):
            while data:
                if inflater is None:
                    inflater, members = zlib.decompressobj(zlib.MAX_WBITS | 16), members + 1
                digest.update(inflater.decompress(data))
                data, inflater = (inflater.unused_data, None) if inflater.eof else (b"", inflater)
    return members, digest.hexdigest()


def test_recompress_copies_a_split_record_over_256_mib_as_one_member(
    split_video: tuple[Path, str],
) -> None:
    path, plain = split_video
    done = run_newsarchive("recompress", path)
    assert done.returncode == 0, done.stderr
    assert "cut short" not in done.stderr, done.stderr
    written = path.with_name("video.warc.gz")
    assert _members(written) == (3, plain)  # a member a record, their bytes unchanged
    written.unlink()


def test_extract_passes_over_a_split_record_over_256_mib_as_too_long(
    split_video: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = split_video
    out = tmp_path / "items.jsonl"
    done = run_newsarchive("extract", "--all-pages", path, "-o", out)
    assert "cut short" not in done.stderr, done.stderr
    assert "frame unreadable" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
    assert [url.rsplit("/", 1)[1] for url in urls] == ["1", "3"]
