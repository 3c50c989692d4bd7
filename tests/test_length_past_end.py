"""A last record whose WARC Content-Length runs past the file's end (or its gzip member's),
while the HTTP body in it is whole by its own Content-Length: a miscounted length, read as
warcio reads it. Each reader says so on one line naming the file; it was read without a word
(a record the file really ends inside is named cut short and skipped, as before)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive
from tests.test_odd_records import SITE, _http, _page, _record
from tests.test_resync import _extract, _index_lines, _titles

SHORT = 9000  # bytes the last record's length claims past the end


def _file(tmp_path: Path, gzipped: bool) -> tuple[Path, int]:
    """Two pages, the second's WARC length 9000 too long; and that record's offset."""
    first = _record(f"{SITE}/p0", _http(_page("Page 0")), 0)
    block = _http(_page("Page 1"))
    last = _record(f"{SITE}/p1", block, 1).replace(
        f"Content-Length: {len(block)}\r\n".encode(),
        f"Content-Length: {len(block) + SHORT}\r\n".encode(),
    )
    parts = [gzip.compress(first), gzip.compress(last)] if gzipped else [first, last]
    path = tmp_path / ("long.warc.gz" if gzipped else "long.warc")
    path.write_bytes(b"".join(parts))
    return path, len(parts[0])


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_every_reader_names_a_length_past_the_end_and_reads_the_record(
    gzipped: bool, tmp_path: Path
) -> None:
    path, offset = _file(tmp_path, gzipped)
    said = f"{path}: 1 record whose Content-Length runs past the end of "
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert (code, sorted(_titles(tmp_path / "items.jsonl"))) == (0, ["Page 0", "Page 1"]), stderr
    assert said in stderr and f"at offset {offset}, {SHORT - 4:,} bytes past" in stderr, stderr
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert (code, keys) == (0, ["test,news,harbour)/p0", "test,news,harbour)/p1"]), stderr
    assert stderr.count(said) == 1, stderr
    done = newsarchive("history", f"{SITE}/p1", "--warc", str(path), "--reextract")
    assert done.returncode == 0 and "1 version in 1 capture" in done.stdout, done.stderr
    assert done.stderr.count(said) == 1, done.stderr
