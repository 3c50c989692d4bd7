"""Junk with no line end after a good record, inside the same gzip member, zstd frame or lz4
frame (or in a plain WARC): `extract` and `recompress` read the records before and after it,
name the junk once (`N bytes skipped after a record`) and count it (exit 3); `recompress`
writes none of it. Before, warcio read the junk as one line, joining ever longer copies
(quadratic: 20 MiB took 84 s in a zstd frame, `benchmarks/junk_after_record.py`); a zstd or
checked lz4 frame's good record before the junk was lost with the frame (named unreadable,
the junk quoted), an unchecked lz4 frame's without a word, a plain file's records after
zeros were lost, and `recompress` copied the junk into the record's gzip member, exit 0.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.state.unsynced import read_payloads
from tests.plugins.lz4_frames import checked, run_newsarchive, unchecked
from tests.test_frame_cut_records import _zstd
from tests.test_frame_split_records import RECORDS

JUNK = 8 << 20  # past any line warcio reads in one piece (the junk is zeros: a small file)
ZEROS = b"\0" * JUNK
NO_LINE_END = bytes(range(256)).replace(b"\n", b"") * (3 << 10)  # 750 KiB of mixed bytes

CODECS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "gzip": (".gz", gzip.compress),
    "zstd": (".zst", _zstd),
    "lz4": (".lz4", checked),
    "lz4 unchecked": (".lz4", unchecked),  # FastWARC's: its records' framing checked instead
    "plain": ("", bytes),
}


def _file(tmp_path: Path, codec: str, junk: bytes) -> Path:
    """Record 1 with the junk after it in its own member or frame; records 2 and 3 after it
    (in a plain file, record 2 on a line of its own: nothing else tells where junk ends)."""
    first, second, third = RECORDS
    suffix, pack = CODECS[codec]
    junk += b"\r\n" * (codec == "plain")
    path = tmp_path / f"junk.warc{suffix}"
    path.write_bytes(pack(first + junk) + pack(second) + pack(third))
    return path


def _urls(out: Path) -> list[str]:
    return [json.loads(line)["url"].rsplit("/", 1)[1] for line in out.read_text().splitlines()]


def _named(stderr: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"WARNING: {path}")]


@pytest.mark.parametrize("junk", [ZEROS, NO_LINE_END], ids=["zeros", "no line end"])
@pytest.mark.parametrize("codec", sorted(CODECS))
def test_extract_names_junk_after_a_record_once_and_reads_the_records_around_it(
    tmp_path: Path, codec: str, junk: bytes
) -> None:
    path = _file(tmp_path, codec, junk)
    out = tmp_path / "items.jsonl"
    done = run_newsarchive("extract", "--all-pages", path, "-o", out)
    assert _urls(out) == ["1", "2", "3"], done.stderr
    assert done.returncode == 3, done.stderr
    named = _named(done.stderr, path)
    assert len(named) == 1, named
    size = len(junk) + 2 * (codec == "plain")
    assert f"record skipped: {size} bytes skipped after a record: junk" in named[0], named
    assert len(named[0]) < 300, named  # one clear line, no junk quoted in it
    assert done.stderr.splitlines()[-1] == "extract: 3 items; skipped: 1 record skipped"


@pytest.mark.parametrize("codec", ["lz4", "lz4 unchecked", "zstd"])
def test_recompress_leaves_junk_after_a_record_out(tmp_path: Path, codec: str) -> None:
    path = _file(tmp_path, codec, ZEROS)
    done = run_newsarchive("recompress", path)
    assert done.returncode == 3, done.stderr
    named = _named(done.stderr, path)
    assert len(named) == 1 and f"{JUNK} bytes skipped after a record" in named[0], named
    written = tmp_path / "junk.warc.gz"
    with written.open("rb") as stream:
        records = [record.raw_stream.read() for record in ArchiveIterator(stream)]
    with io.BytesIO(b"".join(RECORDS)) as stream:
        wanted = [record.raw_stream.read() for record in ArchiveIterator(stream)]
    assert records == wanted
    assert b"\0" * 64 not in gzip.decompress(written.read_bytes())  # no junk copied


def test_a_crawls_unsynced_reading_names_junk_after_a_record(tmp_path: Path) -> None:
    """A killed run's file read for its payloads (the next run's revisits): junk after a record
    is a damaged stretch (`state/unsynced_damaged`), named, and the payloads around it kept."""
    path = _file(tmp_path, "gzip", ZEROS)
    damaged: list[str] = []
    found, error = read_payloads(path, path.name, damaged=damaged)
    assert error == ""
    assert [payload.url.rsplit("/", 1)[1] for payload in found] == ["1", "2", "3"]
    assert len(damaged) == 1 and f"{JUNK} bytes skipped after a record" in damaged[0], damaged


def _run(command: str, path: Path, tmp_path: Path) -> tuple[int, str, list[str]]:
    """`extract --all-pages` or `index` of `path`: its exit status, stderr, the URLs read
    (in the file's order) or indexed (in the index's)."""
    if command == "extract":
        out = tmp_path / "items.jsonl"
        done = run_newsarchive("extract", "--all-pages", path, "-o", out)
        return done.returncode, done.stderr, _urls(out)
    cdxj = tmp_path / "index.cdxj"
    done = run_newsarchive("index", path, "--cdxj", cdxj)
    urls = [json.loads(line.split(" ", 2)[2])["url"] for line in cdxj.read_text().splitlines()]
    return done.returncode, done.stderr, sorted(url.rsplit("/", 1)[1] for url in urls)


@pytest.mark.parametrize("junk", [ZEROS, NO_LINE_END], ids=["zeros", "no line end"])
@pytest.mark.parametrize("codec", ["gzip", "plain"])
def test_index_names_junk_after_a_record_once_and_indexes_the_records_around_it(
    tmp_path: Path, codec: str, junk: bytes
) -> None:
    """`index` passed the junk over unnamed, exit 0 (before the junk was passed over, it
    named it as bytes that start no record, exit 3)."""
    path = _file(tmp_path, codec, junk)
    status, stderr, urls = _run("index", path, tmp_path)
    named = _named(stderr, path)
    assert urls == ["1", "2", "3"]
    assert status == 3, stderr
    size = len(junk) + 2 * (codec == "plain")
    assert len(named) == 1 and f"{size} bytes skipped after a record: junk" in named[0], named


PADDING = b"\0" * (100 << 10)  # a block's zeros after the last record, past one line's 64 KiB


@pytest.mark.parametrize("command", ["extract", "index"])
def test_zeros_after_a_plain_warcs_last_record_are_padding_however_long(
    tmp_path: Path, command: str
) -> None:
    """Zeros to a plain WARC's end lose nothing: noted as padding, exit 0, as 4,000 of them
    are (`extract` named 100 KiB of them junk, a record skipped, exit 3; `index` nothing)."""
    path = tmp_path / "padded.warc"
    path.write_bytes(b"".join(RECORDS) + PADDING)
    status, stderr, urls = _run(command, path, tmp_path)
    named = _named(stderr, path)
    assert urls == ["1", "2", "3"]
    note = f"{len(PADDING):,} bytes of padding (zeros, blank space) after its last record"
    assert status == 0, stderr
    assert len(named) == 1 and note in named[0], named


@pytest.mark.parametrize("command", ["extract", "index"])
def test_junk_to_a_plain_warcs_end_is_named_once(tmp_path: Path, command: str) -> None:
    """Junk with no line end to a plain WARC's end: one line, as junk between records is
    named (`extract` named it twice, as junk and as the file's rest unread, two skips)."""
    path = tmp_path / "junk.warc"
    path.write_bytes(b"".join(RECORDS) + NO_LINE_END)
    status, stderr, urls = _run(command, path, tmp_path)
    named = _named(stderr, path)
    assert urls == ["1", "2", "3"]
    assert status == 3, stderr
    assert len(named) == 1, named
    assert named[0].startswith(f"WARNING: {path}@{len(b''.join(RECORDS))}: record skipped: ")
    assert f"{len(NO_LINE_END)} bytes skipped after a record: junk" in named[0], named
    assert stderr.splitlines()[-1].endswith(
        "skipped: 1 record skipped" + (" (named above)" if command == "index" else "")
    )
