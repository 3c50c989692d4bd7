"""A record spread over two gzip members, as some broken writers write it.

warcio reads one gzip member a record: the record's member ends before its length (warcio
says nothing, the record looks cut short) and the next member, the record's rest, starts
no record. Before: `extract` named the record as junk (or cut short) and lost it, and in
warcio's `example-wrong-chunks.warc.gz`, whose third member starts with the blank lines
after the record, also the file's rest ("unreadable from here on"); `index` named one
problem twice (cut short, then junk). Now `extract` reads such a record whole (the members
as one gzip stream from there, as gzip reads them), and `index`, whose replay tools read
one member a record, names it once, with its offset, and indexes the records after it.
"""

from __future__ import annotations

import gzip
import json
import signal
import zipfile
from pathlib import Path

import pytest

from tests.test_foreign_archives import SITE, Archive, newsarchive, page, replaying_archive
from tests.test_package import fetch
from tests.test_warc_corpus import CORPUS


def plain_records() -> tuple[bytes, bytes, bytes, int]:
    """/one, /two, /three as plain WARC records, and where /two is split: inside its body."""
    archive = Archive("WARC/1.1", gzipped=False)
    bounds = [0]
    for second, name in enumerate(("one", "two", "three")):
        archive.response(f"/{name}", f"2026-01-01T10:00:0{second}Z", page(name.title()))
        bounds.append(len(archive.buffer.getvalue()))
    data = archive.buffer.getvalue()
    one, two, three = (data[bounds[n] : bounds[n + 1]] for n in range(3))
    return one, two, three, two.index(b"<body>")


@pytest.fixture
def spread(tmp_path: Path) -> tuple[Path, int]:
    """Pages /one, /two, /three, a gzip member a record but /two's, whose body goes on in a
    member of its own; the file and /two's offset."""
    one, two, three, cut = plain_records()
    members = [gzip.compress(part) for part in (one, two[:cut], two[cut:], three)]
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(b"".join(members))
    return path, len(members[0])


def test_extract_reads_a_record_spread_over_two_members_whole(
    spread: tuple[Path, int], tmp_path: Path
) -> None:
    path, at = spread
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(path))
    assert done.returncode == 0, done.stderr  # before: 3, the record named as junk
    titles = [json.loads(line)["title"] for line in out.read_text().splitlines()]
    assert titles == ["One", "Two", "Three"]
    assert f"{path}: the record at offset {at} is spread over several gzip members" in done.stderr


def test_index_names_it_once_and_indexes_the_rest(spread: tuple[Path, int], tmp_path: Path) -> None:
    path, at = spread
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(path), "--cdxj", str(cdxj))
    assert done.returncode == 3, done.stderr
    assert "skipped: 1 record skipped" in done.stderr  # before: 2, cut short and junk
    assert f"{path}@{at}: record skipped: spread over several gzip members" in done.stderr
    urls = [json.loads(line.split(" ", 2)[2])["url"] for line in cdxj.read_text().splitlines()]
    assert urls == [SITE + "/one", SITE + "/three"]


# where /two's WARC header is split: before its Content-Length, inside its target URI,
# inside its Content-Length's number (the first member says 1), before the blank line
HEADER_CUTS = [b"WARC-Date", b"old.news.test/two", b"47\r\n\r\nHTTP", b"\r\n\r\nHTTP"]


def header_split(tmp_path: Path, marker: bytes) -> tuple[Path, int]:
    """As `spread`, /two's record split inside its WARC header at `marker`."""
    archive = Archive("WARC/1.1", gzipped=False)
    bounds = [0]
    for second, name in enumerate(("one", "two", "three")):
        archive.response(f"/{name}", f"2026-01-01T10:00:0{second}Z", page(name.title()))
        bounds.append(len(archive.buffer.getvalue()))
    data = archive.buffer.getvalue()
    one, two, three = (data[bounds[n] : bounds[n + 1]] for n in range(3))
    cut = two.index(marker) + (marker == b"47\r\n\r\nHTTP")  # "Content-Length: 1" | "47"
    members = [gzip.compress(part) for part in (one, two[:cut], two[cut:], three)]
    path = tmp_path / "header-split.warc.gz"
    path.write_bytes(b"".join(members))
    return path, len(members[0])


@pytest.mark.parametrize("marker", HEADER_CUTS)
def test_a_record_whose_header_is_split_over_members_is_read_whole(
    marker: bytes, tmp_path: Path
) -> None:
    """`extract` reads it whole (before: the header's first part named as cut short and its
    rest as junk, the page lost, exit 3); `index` names it once, counted, and indexes the
    records around it."""
    path, at = header_split(tmp_path, marker)
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(path))
    assert done.returncode == 0, done.stderr
    titles = [json.loads(line)["title"] for line in out.read_text().splitlines()]
    assert titles == ["One", "Two", "Three"]
    assert f"{path}: the record at offset {at} is spread over several gzip members" in done.stderr
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(path), "--cdxj", str(cdxj))
    assert done.returncode == 3, done.stderr
    assert done.stderr.count(": record skipped: ") == 1, done.stderr
    assert f"{path}@{at}: record skipped: " in done.stderr
    assert "spread over several gzip members" in done.stderr
    assert done.stderr.splitlines()[-1] == "index: skipped: 1 record skipped (named above)"
    urls = [json.loads(line.split(" ", 2)[2])["url"] for line in cdxj.read_text().splitlines()]
    assert urls == [SITE + "/one", SITE + "/three"]


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
def test_warcio_wrong_chunks_is_read_past_its_spread_record(tmp_path: Path) -> None:
    """Its response spans members 1 and 2 (header, body) and member 3 starts with the blank
    lines after it, then a request: read as one stream, nothing of the file is lost; the
    response is named spread and failing its block digest (its bytes do not match it), as
    `index` names it."""
    assert CORPUS is not None
    path = CORPUS / "warcio__example-wrong-chunks.warc.gz"
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "i.jsonl"), str(path))
    assert done.returncode == 3, done.stderr
    assert "unreadable from here on" not in done.stderr and "rest skipped" not in done.stderr
    said = "spread over several gzip members, and read as one gzip stream its block digest"
    assert f"{path}@0: record skipped: {said} does not match" in done.stderr  # as `index` says
    assert done.stderr.splitlines()[-1] == "extract: 0 items; skipped: 1 record skipped"


@pytest.mark.pywb
def test_replay_serves_the_records_around_it(spread: tuple[Path, int]) -> None:
    """pywb reads one member a record: the spread record is not served (named once), the
    others are (replay's pass for decoded copies reads past it without offsets)."""
    path, at = spread
    with replaying_archive(path) as (base, replaying):
        assert fetch(f"{base}20260101100000id_/{SITE}/one") == page("One")
        assert fetch(f"{base}20260101100002id_/{SITE}/three") == page("Three")
        replaying.send_signal(signal.SIGTERM)
        assert replaying.wait(timeout=30) == 0
        assert replaying.stderr is not None
        errors = replaying.stderr.read()
    assert errors.count(f"{path}@{at}: record skipped: spread over") == 1, errors
    assert "Traceback" not in errors


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
def test_index_reads_warcio_wrong_chunks_past_its_spread_record(tmp_path: Path) -> None:
    """Its third member starts with the blank lines that end the spread response, then a
    whole request: `index` read it as junk and named the file's rest unreadable (and kept
    the file out of the WACZ); now only the spread response is named, counted."""
    assert CORPUS is not None
    path = CORPUS / "warcio__example-wrong-chunks.warc.gz"
    wacz = tmp_path / "a.wacz"
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"), "--wacz", str(wacz))
    assert done.returncode == 3, done.stderr
    assert "unreadable" not in done.stderr and "rest skipped" not in done.stderr
    assert done.stderr.count(": record skipped: ") == 1
    said = "spread over several gzip members, and read as one gzip stream its block digest"
    assert f"{path}@0: record skipped: {said} does not match (" in done.stderr  # as `extract`
    assert done.stderr.splitlines()[-1] == "index: skipped: 1 record skipped (named above)"
    with zipfile.ZipFile(wacz) as package:
        assert "archive/warcio__example-wrong-chunks.warc.gz" in package.namelist()


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
def test_a_clipped_file_out_of_the_wacz_is_said_with_its_count(tmp_path: Path) -> None:
    """FastWARC's clipped file: its one record cut off inside its only gzip member, nothing
    in it replays: the record is named and counted, the file's absence says so."""
    assert CORPUS is not None
    clipped = CORPUS / "fastwarc__clipped.warc.gz"
    good = CORPUS / "pywb__example.warc.gz"
    wacz = tmp_path / "a.wacz"
    done = newsarchive(
        "index", str(clipped), str(good), "--cdxj", str(tmp_path / "a.cdxj"), "--wacz", str(wacz)
    )
    assert done.returncode == 3, done.stderr
    assert f"{clipped}@0: record skipped: cut short: 13068 bytes of its length missing" in (
        done.stderr
    )
    assert (
        f"{clipped}: left out of the WACZ (no gzip member in it is whole; 1 record, named "
        "above, counted as skipped)" in done.stderr
    )
    assert done.stderr.splitlines()[-1] == "index: skipped: 1 record skipped (named above)"
    assert "Traceback" not in done.stderr
