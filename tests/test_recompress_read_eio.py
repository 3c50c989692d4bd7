"""`recompress` of a whole-gzip WARC whose disk fails a read mid-file (EIO): the file is
named with its error in one line and counted, exit 1.

The probe of whether a .gz is gzipped whole took any read error for "not gzipped whole":
such a file was left out without a word (a folder of only it said "no lz4, zstd or
whole-gzip WARC", the file the user named gone from the answer). A failing disk is made
as tests/plugins/large_unreadable.py makes one: reads past a point raise EIO.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.recompress import gzipped_whole
from tests.plugins.unreadable_after import FailingRead
from tests.test_compressed_warcs import VARIANTS
from tests.test_foreign_archives import Archive

PROJECT = Path(__file__).resolve().parents[1]
BREAKS_AT = 70_000  # inside the first record: the probe has not seen a second one yet


def _noise(title: str, size: int) -> bytes:
    text = "".join(hashlib.sha256(f"{title}{n}".encode()).hexdigest() for n in range(size // 64))
    return f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>".encode()


def _whole_gzip(path: Path) -> Path:
    """A WARC of three responses gzipped as one stream, its first record past BREAKS_AT."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/one", "2026-03-01T10:00:00Z", _noise("One", 300_000))
    archive.response("/two", "2026-03-01T10:00:01Z", b"<html><title>Two</title></html>")
    archive.response("/three", "2026-03-01T10:00:02Z", b"<html><title>Three</title></html>")
    path.write_bytes(gzip.compress(archive.buffer.getvalue()))
    assert path.stat().st_size > 2 * BREAKS_AT
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tests.plugins.unreadable_after", str(BREAKS_AT), *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def test_the_probe_raises_a_read_error_instead_of_saying_not_gzipped_whole(
    tmp_path: Path,
) -> None:
    path = _whole_gzip(tmp_path / "whole.warc.gz")
    with path.open("rb") as readable:
        assert gzipped_whole(readable) is True  # the same file, its disk whole
        assert readable.tell() == 0
    with io.BufferedReader(FailingRead(path, BREAKS_AT)) as failing, pytest.raises(OSError) as exc:
        gzipped_whole(failing)
    assert exc.value.errno == errno.EIO


def test_a_file_member_a_record_is_still_not_gzipped_whole(tmp_path: Path) -> None:
    archive = Archive("WARC/1.1")
    archive.response("/one", "2026-03-01T10:00:00Z", b"<html><title>One</title></html>")
    archive.response("/two", "2026-03-01T10:00:01Z", b"<html><title>Two</title></html>")
    path = archive.save(tmp_path / "members.warc.gz")
    with path.open("rb") as stream:
        assert gzipped_whole(stream) is False


def test_an_unreadable_whole_gzip_file_is_named_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    folder.mkdir()
    bad = _whole_gzip(folder / "bad.eio.warc.gz")
    good = _whole_gzip(folder / "good.warc.gz")
    (folder / "tiles.warc.lz4").write_bytes(VARIANTS["checked.warc.lz4"]())
    done = _run("recompress", str(folder))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert f"WARNING: {bad}: not read (Input/output error); nothing written of it" in lines, lines
    assert lines[-1] == "recompress: 2 files written; 1 not written (write or read errors above)"
    assert not (folder / "bad.eio.recompressed.warc.gz").exists()
    copy = folder / "good.recompressed.warc.gz"
    with copy.open("rb") as stream:  # the readable one, read back record by record
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]
    assert [uri.rsplit("/", 1)[1] for uri in uris] == ["one", "two", "three"]
    assert good.exists() and bad.exists()


def test_a_folder_of_only_an_unreadable_file_is_not_called_no_warc(tmp_path: Path) -> None:
    bad = _whole_gzip(tmp_path / "only.eio.warc.gz")
    done = _run("recompress", str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert "no lz4, zstd or whole-gzip WARC" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"WARNING: {bad}: not read (Input/output error); nothing written of it",
        "recompress: 0 files written; 1 not written (write or read errors above)",
    ]
