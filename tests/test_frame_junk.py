"""A frame of junk with no line end (100 MB of zeros, as a writer's crash leaves), after a
big record whose middle frame is lost: `recompress` and `extract` pass over it in time linear
in its size, name it once ("N bytes skipped") and count it (exit 3), and read the records
after it, in the next frame or later in the same one. Before, warcio read the junk as one
line, joining ever longer copies: over 10 minutes for 100 MB (the timeout below stops it).

The junk is zeros, so the file is small (about 0.5 MB) though the frame holds 100 MiB.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import lz4.frame
import pytest

from newsarchive.warc.encodings import zstd_module
from tests.plugins.lz4_frames import run_newsarchive
from tests.test_frame_split_records import RECORDS

JUNK = 100 << 20
CHUNK = b"\0" * (1 << 20)
HEAD = (
    b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://cut.news.test/video.mp4\r\n"
    b"WARC-Date: 2026-01-01T00:00:00Z\r\n"
    b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
    b"Content-Type: video/mp4\r\nContent-Length: " + str(8 << 20).encode() + b"\r\n\r\n"
)


def _lz4(parts: Iterator[bytes]) -> bytes:
    packer = lz4.frame.LZ4FrameCompressor(content_checksum=True)
    return packer.begin() + b"".join(map(packer.compress, parts)) + packer.flush()


def _zstd(parts: Iterator[bytes]) -> bytes:
    module = zstd_module()
    assert module is not None
    packer = module.ZstdCompressor()
    return b"".join(map(packer.compress, parts)) + packer.flush(packer.FLUSH_FRAME)


# each frame compressed as its parts come: 100 MiB of zeros never held whole
CODECS: dict[str, tuple[str, Callable[[Iterator[bytes]], bytes]]] = {
    "lz4": (".lz4", _lz4),
    "zstd": (".zst", _zstd),
}


def _zeros(size: int) -> Iterator[bytes]:
    return (CHUNK for _ in range(size >> 20))


def _file(tmp_path: Path, codec: str, same_frame: bool) -> Path:
    """Record 1; the video's start (its middle frame lost); the junk frame; record 3 (in the
    junk's frame, on a line of its own after it, with `same_frame`)."""
    first, _, third = RECORDS
    suffix, frame = CODECS[codec]
    if same_frame:
        rest = [frame(iter([*_zeros(JUNK), b"\r\n", third]))]
    else:
        rest = [frame(_zeros(JUNK)), frame(iter([third]))]
    path = tmp_path / f"junk.warc{suffix}"
    path.write_bytes(b"".join([frame(iter([first])), frame(iter([HEAD, CHUNK])), *rest]))
    return path


def _named(stderr: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"WARNING: {path}")]


def _check_named(named: list[str], path: Path, codec: str, same_frame: bool) -> None:
    assert len(named) == 2, named  # the video, cut short; the junk, once
    assert "record skipped: cut short: " in named[0], named
    size = JUNK + 2 if same_frame else JUNK
    assert (
        f"record skipped: {size} bytes skipped: the {codec} frame there starts no record"
        in (named[1])
    ), named


@pytest.mark.timeout(120)
@pytest.mark.parametrize("same_frame", [False, True], ids=["next frame", "same frame"])
@pytest.mark.parametrize("codec", sorted(CODECS))
def test_recompress_skips_a_junk_frame_and_keeps_the_records_after(
    tmp_path: Path, codec: str, same_frame: bool
) -> None:
    path = _file(tmp_path, codec, same_frame)
    done = run_newsarchive("recompress", path)
    written = tmp_path / "junk.warc.gz"
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith(f"{path}: 2 records written to {written} (partial: "), done
    assert done.stderr.splitlines()[-1] == "recompress: 1 file written; skipped: 2 records skipped"
    _check_named(_named(done.stderr, path), path, codec, same_frame)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("codec", sorted(CODECS))
def test_extract_skips_a_junk_frame_and_keeps_the_records_after(tmp_path: Path, codec: str) -> None:
    path = _file(tmp_path, codec, same_frame=False)
    out = tmp_path / "items.jsonl"
    done = run_newsarchive("extract", "--all-pages", path, "-o", out)
    urls = [json.loads(line)["url"].rsplit("/", 1)[1] for line in out.read_text().splitlines()]
    assert urls == ["1", "3"], done.stderr
    assert done.returncode == 3, done.stderr
    _check_named(_named(done.stderr, path), path, codec, same_frame=False)


@pytest.mark.parametrize("codec", sorted(CODECS))
def test_a_frame_of_blank_lines_before_a_record_is_no_junk(tmp_path: Path, codec: str) -> None:
    """Blank lines (more than a block of them) before a record are passed over as warcio
    passes them, not named "bytes skipped": no line end among them is false."""
    first, _, third = RECORDS
    suffix, frame = CODECS[codec]
    path = tmp_path / f"blank.warc{suffix}"
    path.write_bytes(frame(iter([first])) + frame(iter([b"\r\n" * 40000, third])))
    done = run_newsarchive("recompress", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{path}: 2 records written to "), done
    assert not _named(done.stderr, path), done.stderr


@pytest.mark.timeout(120)
@pytest.mark.parametrize("codec", sorted(CODECS))
def test_a_junk_first_frame_is_named_once_and_the_records_after_read(
    tmp_path: Path, codec: str
) -> None:
    """A file whose first frame is junk (no `filedesc://`: no ARC file) is read as a WARC:
    the junk named once, not read as one quadratic line, and the records after it kept."""
    first, _, third = RECORDS
    suffix, frame = CODECS[codec]
    path = tmp_path / f"first.warc{suffix}"
    path.write_bytes(frame(_zeros(JUNK)) + frame(iter([first])) + frame(iter([third])))
    done = run_newsarchive("recompress", path)
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith(f"{path}: 2 records written to "), done
    named = _named(done.stderr, path)
    assert len(named) == 1, named
    assert f"{JUNK} bytes skipped: the {codec} frame there starts no record" in named[0], named
