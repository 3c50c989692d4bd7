"""A gzip member holding two records (with or without junk between them) in a file gzipped a
member a record otherwise: `index` indexes the first at its member, with the member's whole
length (warcio gave it 0, or -2 past junk), names the second (no CDXJ line can point at it:
pywb and warcio read a member's first record only) and indexes the members after it. Before,
the file was named gzipped whole from there (the members after it lost), or its rest
unreadable. Each input is invented and built here."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.test_odd_records import SITE, _http, _page, _record
from tests.test_resync import _extract, _index_lines, _quoting, _titles

JUNK = {"none": b"", "a line": b"copied from tape 7\r\n", "glued": b"junkjunk"}


def _members(junk: bytes) -> tuple[bytes, int]:
    """p0, p1, (p2 + junk + p3) in one member, p4; and the shared member's offset."""
    pages = [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(5)]
    first = b"".join(gzip.compress(r, mtime=0) for r in pages[:2])
    shared = gzip.compress(pages[2] + junk + pages[3], mtime=0)
    return first + shared + gzip.compress(pages[4], mtime=0), len(first)


@pytest.mark.parametrize("junk", JUNK)
def test_a_member_holding_two_records_is_indexed_around_and_its_second_named(
    junk: str, tmp_path: Path
) -> None:
    data, shared = _members(JUNK[junk])
    path = tmp_path / "shared.warc.gz"
    path.write_bytes(data)
    cdxj = tmp_path / "index.cdxj"
    code, stderr, keys = _index_lines(path, cdxj)
    assert code == 3, stderr
    assert keys == [f"test,news,harbour)/p{n}" for n in (0, 1, 2, 4)], stderr
    named = [line for line in stderr.splitlines() if "record skipped: " in line]
    second = f"{path}@{shared} (record 2 of its gzip member): record skipped: the response of "
    assert named[-1].startswith(f"WARNING: {second}{SITE}/p3 shares its gzip member"), stderr
    assert len(named) == (2 if JUNK[junk] else 1), stderr  # the junk named as junk
    assert "rest skipped" not in stderr and "gzipped as one stream" not in stderr, stderr
    assert stderr.strip().splitlines()[-1].startswith("index: skipped: "), stderr
    for line in cdxj.read_text().splitlines():  # each line reads its own record, whole
        fields = json.loads(line.split(" ", 2)[2])
        offset, length = int(fields["offset"]), int(fields["length"])
        assert length > 0 and offset + length <= len(data), line
        record = next(iter(ArchiveIterator(io.BytesIO(data[offset : offset + length]))))
        assert record.rec_headers.get_header("WARC-Target-URI") == fields["url"]
        title = fields["url"].rsplit("/p", 1)[1]
        assert f"Page {title}".encode() in record.content_stream().read()


def test_extract_reads_every_record_of_such_a_member_and_says_what_it_is(tmp_path: Path) -> None:
    """All five pages; the file named for its shared member, not as gzipped whole (which
    told users that replay tools cannot use it, and kept it out of a WACZ)."""
    data, _ = _members(b"")
    path = tmp_path / "shared.warc.gz"
    path.write_bytes(data)
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 0, stderr
    assert sorted(_titles(tmp_path / "items.jsonl")) == [f"Page {n}" for n in range(5)]
    assert "gzipped as one stream" not in stderr, stderr
    assert "a gzip member after its first holds more than one record" in stderr, stderr


def test_a_warc_header_quoted_in_a_page_of_such_a_member_is_no_record_of_it(
    tmp_path: Path,
) -> None:
    """The member's second record is a page that quotes a WARC header (`<pre>WARC/1.0`):
    the records after the first are found from each one's length, two named. Before, the
    quote was named a record of its own (`the response of http://example.test/fake`) and
    counted (3 records skipped of 2)."""
    pages = [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(5)]
    data = b"".join(gzip.compress(r, mtime=0) for r in pages[:2])
    shared = len(data)
    data += gzip.compress(pages[2] + _quoting("\r\n") + pages[3], mtime=0)
    path = tmp_path / "shared.warc.gz"
    path.write_bytes(data + gzip.compress(pages[4], mtime=0))
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and keys == [f"test,news,harbour)/p{n}" for n in (0, 1, 2, 4)], stderr
    named = [line for line in stderr.splitlines() if "record skipped: " in line]
    assert len(named) == 2 and "example.test" not in stderr, stderr
    assert f"{path}@{shared} (record 2 of its gzip member): " in named[0], stderr
    assert f"(record 3 of its gzip member): record skipped: the response of {SITE}/p3 " in named[1]
    assert stderr.strip().splitlines()[-1].startswith("index: skipped: 2 records skipped"), stderr
