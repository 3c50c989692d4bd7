"""A record split across lz4 or zstd frames (its first part ending one frame, its rest in the
next frames, as a writer cutting frames at a size leaves it: in its WARC header, its HTTP
headers or its block) is read whole, as one record,
where the frames after hold all of its rest (its Content-Length says how much): `extract`
makes its item, `recompress` writes it as one gzip member, its bytes unchanged. Before,
`extract` named it cut short and left it out, and `recompress` copied it as two records (its
start, and its rest as a record of its own) from checked frames, exit 0.

A split record whose rest is not all there (a frame lost in between) is named once, cut
short, and left out by both (`recompress` copied it cut from checked frames, without a word,
and its rest as a record); the records after it are read.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.plugins.lz4_frames import run_newsarchive as _run
from tests.test_frame_cut_records import SITE, WHOLE, _extracted, _page, _warc_records

CODECS = sorted(WHOLE.keys() - {"gzip whole"})
RECORDS = _warc_records()


def _split(record: bytes, where: str) -> int:
    """Where the record is cut: in its block (half way), inside its HTTP headers, or inside
    its WARC header (before its Content-Length)."""
    if where == "block":
        return len(record) // 2
    if where == "warc":
        return record.index(b"WARC-Record-ID") + 10
    return record.index(b"HTTP/1.1 200") + 20


# how the second record is split: its rest in one frame, in two, the split in its HTTP headers
SPLITS: dict[str, Callable[[bytes], list[bytes]]] = {
    "rest in one frame": lambda r: [r[: _split(r, "block")], r[_split(r, "block") :]],
    "rest in two frames": lambda r: [
        r[: _split(r, "block")],
        r[_split(r, "block") : _split(r, "block") + 100],
        r[_split(r, "block") + 100 :],
    ],
    "cut in its HTTP headers": lambda r: [r[: _split(r, "http")], r[_split(r, "http") :]],
    "cut in its WARC header": lambda r: [r[: _split(r, "warc")], r[_split(r, "warc") :]],
}


def _file(tmp_path: Path, how: str, frames: list[bytes]) -> Path:
    suffix, compress = WHOLE[how]
    path = tmp_path / f"split.warc{suffix}"
    path.write_bytes(b"".join(map(compress, frames)))
    return path


def _split_file(tmp_path: Path, how: str, split: str) -> Path:
    first, second, third = RECORDS
    start, *rests = SPLITS[split](second)
    return _file(tmp_path, how, [first + start, *rests, third])


def _items(tmp_path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]


def _whole_body(number: int) -> str:
    """The last words of page `number`'s body (in the item only if the record was read whole)."""
    return _page(number).decode().rsplit("</p>", 1)[0].rsplit(" ", 3)[-1]


def _read_back(path: Path) -> list[tuple[str, list[str]]]:
    """Each record of a .warc.gz as warcio reads it, its digests checked: (URL, problems)."""
    out = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream, check_digests=True):
            record.content_stream().read()
            url = str(record.rec_headers.get_header("WARC-Target-URI"))
            out.append((url.rsplit("/", 1)[1], [str(p) for p in record.digest_checker.problems]))
    return out


@pytest.mark.parametrize("split", sorted(SPLITS))
@pytest.mark.parametrize("how", CODECS)
def test_extract_reads_a_split_record_whole(tmp_path: Path, how: str, split: str) -> None:
    path = _split_file(tmp_path, how, split)
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2", "3"], done.stderr
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    second = _items(tmp_path)[1]
    assert second["title"] == "Story 2"
    assert str(second["body"]).endswith(_whole_body(2)), second["body"]
    assert done.stderr.splitlines()[-1] == "extract: 3 items"


@pytest.mark.parametrize("split", sorted(SPLITS))
@pytest.mark.parametrize("how", CODECS)
def test_recompress_writes_a_split_record_as_one(tmp_path: Path, how: str, split: str) -> None:
    path = _split_file(tmp_path, how, split)
    done = _run("recompress", path)
    written = tmp_path / "split.warc.gz"
    assert done.stdout == f"{path}: 3 records written to {written}\n", done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "recompress: 1 file written"
    assert _read_back(written) == [("1", []), ("2", []), ("3", [])]
    assert gzip.decompress(written.read_bytes()) == b"".join(RECORDS)  # byte for byte
    assert _members(written.read_bytes()) == 3  # a gzip member a record, as replay tools read


def _members(data: bytes) -> int:
    count = 0
    while data:
        member = zlib.decompressobj(31)
        member.decompress(data)
        data, count = member.unused_data, count + 1
    return count


def _rest_and_next(tmp_path: Path, how: str) -> Path:
    """The second record split: its rest and the third record in one frame (a writer cutting
    frames at a size, as pzstd does)."""
    first, second, third = RECORDS
    half = len(second) // 2
    return _file(tmp_path, how, [first + second[:half], second[half:] + third])


@pytest.mark.parametrize("how", CODECS)
def test_a_frame_holding_a_split_records_rest_and_the_next_record_keeps_both(
    tmp_path: Path, how: str
) -> None:
    path = _rest_and_next(tmp_path, how)
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2", "3"], done.stderr
    assert done.returncode == 0, done.stderr
    done = _run("recompress", path)
    written = tmp_path / "split.warc.gz"
    assert done.stdout == f"{path}: 3 records written to {written}\n", done.stderr
    assert _read_back(written) == [("1", []), ("2", []), ("3", [])]


def _rest_lost(tmp_path: Path, how: str) -> Path:
    """The second record split over three frames, the middle one lost."""
    first, second, third = RECORDS
    half = len(second) // 2
    return _file(tmp_path, how, [first + second[:half], second[half + 100 :], third])


@pytest.mark.parametrize("how", CODECS)
def test_a_split_record_whose_rest_is_not_all_there_is_named_and_left_out(
    tmp_path: Path, how: str
) -> None:
    path = _rest_lost(tmp_path, how)
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "3"], done.stderr
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert f"WARNING: {path} ({SITE}/warc/2): record skipped: cut short: " in named[0], named

    done = _run("recompress", path)
    written = tmp_path / "split.warc.gz"
    assert done.returncode == 3, done.stderr
    assert done.stdout.startswith(f"{path}: 2 records written to {written} (partial: "), done
    named_here = [line for line in done.stderr.splitlines() if line.startswith("WARNING: ")]
    assert named_here == named, done.stderr  # the same lines as `extract`'s
    assert [url for url, _ in _read_back(written)] == ["1", "3"]


def test_a_damaged_frame_after_a_split_records_rest_is_still_named(tmp_path: Path) -> None:
    """After the frames holding a split record's rest, a frame with no record start (its
    record's `WARC/1.1` damaged) is not more of that rest: it is named, not passed over."""
    first, second, third = RECORDS
    half = len(second) // 2
    damaged = b"XARC" + third[4:]
    path = _file(tmp_path, "lz4 unchecked", [first + second[:half], second[half:], damaged])
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2"], done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1 and "lz4 frame unreadable" in named[0], done.stderr
    assert done.returncode == 3, done.stderr


def test_a_damaged_record_in_the_frame_after_a_split_records_start_is_named(
    tmp_path: Path,
) -> None:
    """A frame after a record's start, shorter than that record's rest, holding a whole
    record whose `WARC/1.1` is damaged: not taken for the rest; both named."""
    first, second, third = RECORDS
    path = _file(tmp_path, "lz4 unchecked", [first + third[:1000], b"XARC" + second[4:]])
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1"], done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 2, done.stderr
    assert "record skipped: cut short: " in named[0], done.stderr


def _revisit_of_second(second: bytes) -> bytes:
    with io.BytesIO(second) as stream:
        original = next(iter(ArchiveIterator(stream)))
        digest = original.rec_headers.get_header("WARC-Payload-Digest")
        date = original.rec_headers.get_header("WARC-Date")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    revisit = writer.create_revisit_record(
        f"{SITE}/warc/2", digest, f"{SITE}/warc/2", date, http_headers=headers
    )
    writer.write_record(revisit)
    return buffer.getvalue()


@pytest.mark.parametrize("how", CODECS)
def test_a_revisit_of_a_split_record_gets_its_whole_page(tmp_path: Path, how: str) -> None:
    """The original read again at its frame's offset (for its revisit) is read on into the
    frames holding its rest: the revisit's item had the page cut where the frame ended."""
    first, second, third = RECORDS
    half = len(second) // 2
    frames = [first, second[:half], second[half:], third, _revisit_of_second(second)]
    path = _file(tmp_path, how, frames)
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2", "3", "2"], done.stderr
    assert done.returncode == 0, done.stderr
    items = _items(tmp_path)
    assert items[3]["body"] == items[1]["body"]
    assert str(items[3]["body"]).endswith(_whole_body(2))


def test_history_reads_a_split_record_whole(tmp_path: Path) -> None:
    path = _split_file(tmp_path, "zstd", "rest in two frames")
    done = _run("history", f"{SITE}/warc/2", "--warc", path, "--format", "json")
    assert done.returncode == 0, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert [v["title"] for v in article["versions"]] == ["Story 2"], done.stdout


def _warc_of_a_warc() -> tuple[bytes, bytes]:
    """A resource record whose block is a WARC file (record 2, as another crawl wrote it), and
    that block."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    block = RECORDS[1]
    record = writer.create_warc_record(
        f"{SITE}/warc/archived.warc", "resource", payload=io.BytesIO(block),
        warc_content_type="application/warc",
    )  # fmt: skip
    writer.write_record(record)
    return buffer.getvalue(), block


@pytest.mark.parametrize("how", CODECS)
def test_a_split_records_rest_that_begins_with_warc_is_joined(tmp_path: Path, how: str) -> None:
    """A record split where its block begins, that block a WARC file (its rest begins with
    `WARC/1.1`), is read whole when the frames after hold exactly its rest: the exact count
    decides, as for any rest. Before, a rest beginning with `WARC/` was taken for the next
    record: the record was named cut short, and the WARC inside its block read as a record of
    the file (`recompress` wrote it as one)."""
    first, _, third = RECORDS
    outer, block = _warc_of_a_warc()
    split = outer.index(block)
    path = _file(tmp_path, how, [first + outer[:split], outer[split:], third])
    done = _run("recompress", path)
    written = tmp_path / "split.warc.gz"
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    assert _read_back(written) == [("1", []), ("archived.warc", []), ("3", [])]
    assert gzip.decompress(written.read_bytes()) == first + outer + third  # byte for byte
