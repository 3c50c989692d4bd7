"""`extract` reads a record spread over gzip members as one gzip stream from there; a damaged
gzip member in that stream (in the record's rest, or in a member after it) lost the file's
rest: `rest skipped: unreadable (... incorrect data check)`, every record after it gone. Now
the damage is named once (the spread record whose rest it is in, or the damaged member as
bytes that start no record) and reading goes on at the next gzip member that starts a
record, member by member again, with offsets."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.test_foreign_archives import SITE, Archive, newsarchive, page
from tests.test_spread_members import plain_records


def _damaged(data: bytes) -> bytes:
    """A gzip member of `data` with a byte of its deflate stream changed: it inflates, but
    fails its check (zlib: incorrect data check)."""
    member = bytearray(gzip.compress(data))
    member[12] ^= 0xFF
    return bytes(member)


def _four() -> bytes:
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/four", "2026-01-01T10:00:09Z", page("Four"))
    return archive.buffer.getvalue()


def _extract(path: Path, tmp_path: Path) -> tuple[int, str, list[dict]]:
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(path))
    return done.returncode, done.stderr, [json.loads(x) for x in out.read_text().splitlines()]


@pytest.mark.parametrize("split_rest", [False, True])
def test_a_damaged_member_in_a_spread_rest_loses_that_record_only(
    tmp_path: Path, split_rest: bool
) -> None:
    one, two, three, cut = plain_records()
    rest = two[cut:]
    rests = [gzip.compress(rest[:20]), _damaged(rest[20:])] if split_rest else [_damaged(rest)]
    members = [gzip.compress(one), gzip.compress(two[:cut]), *rests, gzip.compress(three)]
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(b"".join(members))
    status, said, items = _extract(path, tmp_path)
    assert status == 3, said
    three_at = sum(len(m) for m in members[:-1])
    # before: /one alone, and "rest skipped: unreadable (error: ... incorrect data check)"
    assert [(i["url"], i["warc_offset"]) for i in items] == [
        (SITE + "/one", 0), (SITE + "/three", three_at),
    ]  # fmt: skip
    at = len(members[0])
    assert f"{path}@{at}: record skipped: spread over several gzip members, and a gzip " in said
    assert "rest skipped" not in said
    assert said.count(": record skipped: ") == 1
    assert said.strip().splitlines()[-1] == "extract: 2 items; skipped: 1 record skipped"


def test_a_damaged_member_after_a_spread_record_is_passed_over(tmp_path: Path) -> None:
    one, two, three, cut = plain_records()
    members = [gzip.compress(one), gzip.compress(two[:cut]), gzip.compress(two[cut:])]
    members += [_damaged(three), gzip.compress(_four())]
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(b"".join(members))
    status, said, items = _extract(path, tmp_path)
    assert status == 3, said
    four_at = sum(len(m) for m in members[:-1])
    assert [(i["url"], i["warc_offset"]) for i in items] == [
        (SITE + "/one", 0), (SITE + "/two", len(members[0])), (SITE + "/four", four_at),
    ]  # fmt: skip
    damaged_at = four_at - len(members[3])
    said_junk = f"{path}@{damaged_at}: record skipped: {len(members[3])} bytes that start no record"
    assert said_junk in said
    assert "rest skipped" not in said


@pytest.mark.parametrize("split_rest", [False, True])
def test_index_names_a_damaged_rest_as_extract_does(tmp_path: Path, split_rest: bool) -> None:
    """Before: `cut short: 31 bytes of its length missing (its rest ... ends before it)` and
    the damaged member's bytes as junk on a line of their own, one damage counted twice."""
    one, two, three, cut = plain_records()
    rest = two[cut:]
    rests = [gzip.compress(rest[:20]), _damaged(rest[20:])] if split_rest else [_damaged(rest)]
    members = [gzip.compress(one), gzip.compress(two[:cut]), *rests, gzip.compress(three)]
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(b"".join(members))
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    at = len(members[0])
    said = f"{path}@{at}: record skipped: spread over several gzip members, and a gzip member"
    assert said in done.stderr
    assert done.stderr.count(": record skipped: ") == 1
    assert "cut short" not in done.stderr
    assert len((tmp_path / "a.cdxj").read_text().splitlines()) == 2  # /one, /three
