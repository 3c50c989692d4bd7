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
import random
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.gzipped import WholeGunzip
from tests.test_foreign_archives import newsarchive
from tests.test_odd_records import SITE, _http, _page, _record
from tests.test_resync import _extract, _index_lines, _overlong, _quoting, _titles

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


def _overlong_member(extra: int, which: int) -> tuple[bytes, int]:
    """p0, p1, (p2 + p3 + p4) in one member, p5; the `which`-th record of the shared member
    (0: p2, 1: p3) with a Content-Length `extra` too long; and the shared member's offset."""
    pages = [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(6)]
    shared, _, _ = _overlong(pages[2:5], which, extra)
    first = b"".join(gzip.compress(r, mtime=0) for r in pages[:2])
    return first + gzip.compress(shared, mtime=0) + gzip.compress(pages[5], mtime=0), len(first)


@pytest.mark.parametrize("extra", [20, 700])
def test_a_shared_members_record_whose_length_runs_over_the_next_is_named_with_it(
    extra: int, tmp_path: Path
) -> None:
    """The member's second record (p3) has a Content-Length 20 bytes too long (into p4's
    header) or 700 (past the member's end): `index` names p3, saying its length runs over
    p4 (at its gunzipped offset), and names p4 (2 records skipped); `extract` reads every
    other page and names p3 at its gzip member. Before, p4 was neither named nor counted by
    `index` (1 skipped), and `extract` lost p4 (and p5, at 700) or named 434 bytes of it as
    junk."""
    data, shared = _overlong_member(extra, 1)
    path = tmp_path / "shared.warc.gz"
    path.write_bytes(data)
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and keys == [f"test,news,harbour)/p{n}" for n in (0, 1, 2, 5)], stderr
    named = [line for line in stderr.splitlines() if "record skipped: " in line]
    assert len(named) == 2, stderr
    assert f"@{shared} (record 2 of its gzip member): record skipped: the response of " in named[0]
    assert named[0].endswith(
        f") runs over the record at offset {shared} (gunzipped offset 900 of its gzip member)"
    ), stderr
    assert f"(record 3 of its gzip member): record skipped: the response of {SITE}/p4" in named[1]
    assert stderr.strip().splitlines()[-1].startswith("index: skipped: 2 records skipped"), stderr
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3, stderr
    assert sorted(_titles(tmp_path / "items.jsonl")) == [f"Page {n}" for n in (0, 1, 2, 4, 5)]
    named = [line for line in stderr.splitlines() if "record skipped: " in line]
    assert len(named) == 1 and f"{path}@{shared} (gunzipped offset " in named[0], stderr
    assert f"runs over the record at offset {shared} (gunzipped offset " in named[0], stderr
    assert stderr.strip().splitlines()[-1] == "extract: 5 items; skipped: 1 record skipped"


@pytest.mark.parametrize("which", [0, 1])
def test_index_and_extract_name_a_length_running_over_the_next_record_alike(
    which: int, tmp_path: Path
) -> None:
    """The shared member's first (p2) or second (p3) record 20 bytes too long, into the next
    record's header: `index` and `extract` name the damage in the same words, the record it
    runs over at its member and gunzipped offset there. Before, `index` said "runs over
    record 3 of the member" where `extract` said "runs over the record at offset ..."."""
    data, shared = _overlong_member(20, which)
    pages = [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(2, 5)]
    _, _, following = _overlong(pages, which, 20)
    length = int(pages[which].split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]) + 20
    damage = (
        f"its Content-Length ({length:,}) runs over the record at offset {shared} "
        f"(gunzipped offset {following} of its gzip member)"
    )
    path = tmp_path / "shared.warc.gz"
    path.write_bytes(data)
    _, indexed, _ = _index_lines(path, tmp_path / "index.cdxj")
    assert indexed.count(damage) == 1, indexed
    _, extracted = _extract(path, tmp_path / "items.jsonl")
    assert extracted.count(damage) == 1, extracted


def test_the_first_record_of_a_shared_member_running_over_the_next_loses_none(
    tmp_path: Path,
) -> None:
    """p2, the shared member's first, 700 bytes too long (over p3 into p4): `index` indexes
    it, says its length runs over record 2 and names p3 and p4; `extract` names p2 (left out,
    as in a plain file) and reads the other five. Before, `index` named 202 bytes of p4 as
    junk and neither p3 nor p4; `extract` lost p3 and p4 without a word."""
    data, shared = _overlong_member(700, 0)
    path = tmp_path / "shared.warc.gz"
    path.write_bytes(data)
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and keys == [f"test,news,harbour)/p{n}" for n in (0, 1, 2, 5)], stderr
    assert f"offset {shared} (its gzip member's first): its Content-Length (" in stderr, stderr
    named = [line for line in stderr.splitlines() if "record skipped: " in line]
    assert len(named) == 2 and "start no record" not in stderr, stderr
    assert all(f"{SITE}/p{n} shares" in line for line, n in zip(named, (3, 4), strict=True))
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert sorted(_titles(tmp_path / "items.jsonl")) == [f"Page {n}" for n in (0, 1, 3, 4, 5)]
    named = [line for line in stderr.splitlines() if "record skipped: " in line]
    assert len(named) == 1 and f"{path}@{shared}: record skipped: its Content-Length (" in named[0]
    assert stderr.strip().splitlines()[-1] == "extract: 5 items; skipped: 1 record skipped"


JUNK_INSIDE = {**JUNK, "five words": b"Copied from tape 7 on 2026-04-01 by the robot 12345678\r\n"}


@pytest.mark.parametrize("junk", [name for name in JUNK_INSIDE if JUNK_INSIDE[name]])
def test_junk_inside_a_shared_member_is_named_there_by_every_command(
    junk: str, tmp_path: Path
) -> None:
    """Junk between the shared member's first and second records: `extract` and `history`
    read each page once and name the junk as `index` does (at the member, its size). Before,
    `extract` read p1 and p2 again and named three stretches of gzip members as junk (7
    items, p3 and p4 lost) or stopped at the junk (3 items), and `history` said `@ None`."""
    data, shared = _members(JUNK_INSIDE[junk])
    folder = tmp_path / "warcs"
    folder.mkdir()
    path = folder / "shared.warc.gz"
    path.write_bytes(data)
    line = f"{path}@{shared}: record skipped: {len(JUNK_INSIDE[junk])} bytes that start no record"
    code, stderr, _ = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and line in stderr, stderr
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert sorted(_titles(tmp_path / "items.jsonl")) == [f"Page {n}" for n in range(5)], stderr
    named = [said for said in stderr.splitlines() if "record skipped: " in said]
    assert len(named) == 1 and line in named[0], stderr
    assert stderr.strip().splitlines()[-1] == "extract: 5 items; skipped: 1 record skipped"
    done = newsarchive("history", "--warc", str(folder), f"{SITE}/p3")
    assert "Traceback" not in done.stderr and line in done.stderr, done.stderr
    assert "title     Page 3" in done.stdout, done.stdout
    assert "@ None" not in done.stdout and "no offset of its own" in done.stdout, done.stdout


class _Counted(io.BytesIO):
    """A file that counts the bytes read from it (the work of decompressing it)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.counted = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.counted += len(out)
        return out


@pytest.mark.parametrize("members", [1, 40])
def test_a_stream_read_whole_is_sought_back_without_reading_the_file_again(members: int) -> None:
    """What `extract` does to a file read as one gzip stream (a member shared by records, a
    file gzipped whole): each record's end sought back to and its next bytes read, a piece
    of junk's tail counted from the end. The bytes are those of the file gunzipped, the
    members named where they begin, and the file is read a few times over at most. Before,
    each seek back decompressed from the file's start: 120 seeks over 8 MiB read ~500 MiB."""
    rng = random.Random(3)
    plain = rng.randbytes(8 << 20)
    step = -(-len(plain) // members)
    data = b"".join(
        gzip.compress(plain[at : at + step], mtime=0) for at in range(0, len(plain), step)
    )
    counted = _Counted(data)
    whole = WholeGunzip(counted)
    position = 0
    while position < len(plain):
        chunk = whole.read(70_000)
        position += len(chunk)
        back = max(position - 30_000, 0)  # a record's end, read ahead of (warcio's buffer)
        assert whole.seek(back) == back and whole.read(4096) == plain[back : back + 4096]
        assert whole.seek(position) == position
    assert whole.read(10) == b"" and whole.seek(0, 2) == len(plain)
    for at in (5_000_000, 123, 7_000_000, len(plain) - 3):  # junk's tail counted, read on
        assert whole.seek(at) == at and whole.read(3) == plain[at : at + 3]
        assert whole.seek(0, 2) == len(plain)
    assert whole.seek(0) == 0 and whole.read(2) == plain[:2]
    assert whole.seek(len(plain) - 100) and whole.read() == plain[-100:]
    assert not whole.cut and not whole.trailing
    assert len(whole.members) == members
    assert whole.member_at(step + 5) == (
        (len(gzip.compress(plain[:step], mtime=0)), 5) if members > 1 else (0, step + 5)
    )
    assert counted.counted < 4 * len(data), counted.counted


@pytest.mark.parametrize("members", [2, 3])
def test_members_each_holding_two_records_are_indexed_at_each_member(
    members: int, tmp_path: Path
) -> None:
    """A writer that closes a gzip member every two records: each member's first record is
    indexed at its member, each second named (no CDXJ line can point at it), the `recompress`
    command given once (it writes every record a member of its own), exit 3; recompressed,
    all are indexed. Before, the file was named gzipped as one stream from its first member
    on (the first records of the later members lost), and with three members a line of the
    first member's second record was written at offset -123, length -121 (warcio's count)."""
    pages = [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(2 * members)]
    path = tmp_path / "batched.warc.gz"
    path.write_bytes(
        b"".join(gzip.compress(b"".join(pages[n : n + 2])) for n in range(0, 2 * members, 2))
    )
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3, stderr
    assert keys == [f"test,news,harbour)/p{n}" for n in range(0, 2 * members, 2)], stderr
    assert stderr.count("(record 2 of its gzip member)") == members, stderr
    assert stderr.count(f"`python -m newsarchive recompress {path}`") == 1, stderr
    data = path.read_bytes()
    for n, line in enumerate((tmp_path / "index.cdxj").read_text().splitlines()):
        fields = json.loads(line.split(" ", 2)[2])
        at, length = int(fields["offset"]), int(fields["length"])
        assert at >= 0 and length > 0, line
        record = next(iter(ArchiveIterator(io.BytesIO(data[at : at + length]))))
        assert f"Page {2 * n}".encode() in record.content_stream().read()
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    want = [f"Page {n}" for n in range(2 * members)]
    assert sorted(_titles(tmp_path / "items.jsonl")) == want, stderr
    assert newsarchive("recompress", str(path)).returncode == 0
    fixed = tmp_path / "batched.recompressed.warc.gz"
    code, stderr, keys = _index_lines(fixed, tmp_path / "fixed.cdxj")
    assert (code, keys) == (0, [f"test,news,harbour)/p{n}" for n in range(2 * members)]), stderr


def test_many_members_holding_several_records_are_counted_in_one_line(tmp_path: Path) -> None:
    """A writer closing a gzip member every 4 records, 40 members: 120 records cannot be
    indexed. The first 3 are named, each on its line; the others are counted in one line of
    the file (120 of them), the `recompress` command said once, exit 3, every member's first
    record indexed. Before, each of the 120 had its own `record skipped` line."""
    pages = [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(160)]
    path = tmp_path / "batched.warc.gz"
    path.write_bytes(b"".join(gzip.compress(b"".join(pages[n : n + 4])) for n in range(0, 160, 4)))
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3, stderr
    assert keys == sorted(f"test,news,harbour)/p{n}" for n in range(0, 160, 4)), stderr
    assert stderr.count("record skipped: ") == 3, stderr
    counted = [line for line in stderr.splitlines() if "120 records in all" in line]
    assert len(counted) == 1 and counted[0].startswith(f"WARNING: {path}: "), stderr
    assert "(the first 3 named above)" in counted[0], stderr
    assert stderr.count(f"`python -m newsarchive recompress {path}`") == 1, stderr
    assert len(stderr.splitlines()) < 12, stderr
    assert stderr.strip().splitlines()[-1] == "index: skipped: 120 records skipped (named above)"
