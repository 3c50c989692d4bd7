"""`extract` (and `history`) of an lz4 frame without checksums (FastWARC writes none) whose
bytes changed: it decompresses, to other bytes. `recompress` checked such a frame by its
records (a failing WARC-Block-Digest, a Content-Length not followed by exactly its blank
lines) and named it; `extract` read a changed length silently (an item of the wrong bytes,
exit 0). Both now ask the same check: the frame is named on one line as one that does not
decompress, counted, exit 3, and the frames after it read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_recompress_unverified import _binary, _flipped, _record, _unchecked

PROJECT = Path(__file__).resolve().parents[1]
PAGE = b"<html><title>Two</title><body><p>The second page.</p></body></html>"


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", *map(str, args)],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _extract(path: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    out = tmp_path / "items.jsonl"
    done = _run("extract", "--all-pages", path, "-o", out)
    urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
    return done, urls


def _length_changed(tmp_path: Path, digit: int) -> Path:
    first = _record("/one", b"<html><title>One</title>" + _binary(2, 20_000), digest=False)
    second = _record("/two", PAGE, digest=False)
    start = first.index(b"Content-Length: ") + len(b"Content-Length: ")
    damaged = _flipped(_unchecked(first), first, start + digit % 5, bits=0x01)
    path = tmp_path / "length.warc.lz4"
    path.write_bytes(damaged + _unchecked(second))
    return path


@pytest.mark.parametrize("digit", [0, -1])
def test_extract_names_an_unchecked_lz4_frame_whose_length_changed(
    tmp_path: Path, digit: int
) -> None:
    path = _length_changed(tmp_path, digit)
    done, urls = _extract(path, tmp_path)
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"{path}@0: ")]
    assert len(named) == 1, done.stderr
    assert named[0].startswith(f"{path}@0: record skipped: lz4 frame unreadable"), named
    assert "Content-Length does not end it" in named[0], named
    assert done.stderr.splitlines()[-1] == "extract: 1 items; skipped: 1 record skipped"
    assert [u.rsplit("/", 1)[1] for u in urls] == ["two"]


def test_extract_names_an_unchecked_lz4_frame_whose_block_digest_fails(tmp_path: Path) -> None:
    first = _record("/one", b"<html><title>One</title>" + _binary(1, 20_000))
    second = _record("/two", PAGE)
    path = tmp_path / "flipped.warc.lz4"
    path.write_bytes(_flipped(_unchecked(first), first, len(first) // 2) + _unchecked(second))
    done, urls = _extract(path, tmp_path)
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"{path}@0: ")]
    assert named == [
        f"{path}@0: record skipped: lz4 frame unreadable (ArchiveLoadFailed: block digest "
        "failed: " + named[0].split("block digest failed: ", 1)[-1]
    ], done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 1 items; skipped: 1 record skipped"
    assert [u.rsplit("/", 1)[1] for u in urls] == ["two"]


def test_history_names_it_too(tmp_path: Path) -> None:
    path = _length_changed(tmp_path, -1)
    url = _record_url(path)
    done = _run("history", url, "--warc", path)
    assert f"{path}@0: record skipped: lz4 frame unreadable" in done.stderr, done.stderr
    assert done.returncode != 0, done.stderr


def _record_url(path: Path) -> str:
    import lz4.frame

    data = lz4.frame.decompress(path.read_bytes())
    start = data.index(b"WARC-Target-URI: ") + len(b"WARC-Target-URI: ")
    return data[start : data.index(b"\r\n", start)].decode()


def test_sound_unchecked_frames_give_every_item(tmp_path: Path) -> None:
    records = [
        _record("/one", b"<html><title>One</title><p>First.</p></html>"),
        _record("/two", PAGE, digest=False),
    ]
    path = tmp_path / "sound.warc.lz4"
    path.write_bytes(b"".join(_unchecked(record) for record in records))
    done, urls = _extract(path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert [u.rsplit("/", 1)[1] for u in urls] == ["one", "two"]
    assert done.stderr.splitlines()[-1] == "extract: 2 items"
