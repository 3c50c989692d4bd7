"""`index` reads a spread record's rest to its end (the member it ends in), so what follows
it before the next record is named and counted as `extract` names it, a record spread to
the file's end is not said cut short, and a rest the file ends inside is said cut short.

Before, `index` went on at the next member that starts a record and passed over what lay
between the rest and it without a word (a junk member, junk bytes), said "rest skipped:
... cut short or damaged" after a whole spread record last in the file, and called a rest
the file ends inside only "spread"."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive
from tests.test_spread_members import plain_records

JUNK = b"a stray line that starts no record\n" * 3


def _write(tmp_path: Path, members: list[bytes]) -> Path:
    path = tmp_path / "spread.warc.gz"
    path.write_bytes(b"".join(members))
    return path


@pytest.mark.parametrize("gzipped_junk", [True, False])
def test_junk_after_a_spread_rest_is_named_with_its_size(
    tmp_path: Path, gzipped_junk: bool
) -> None:
    one, two, three, cut = plain_records()
    junk = gzip.compress(JUNK) if gzipped_junk else JUNK
    members = [gzip.compress(one), gzip.compress(two[:cut]), gzip.compress(two[cut:]), junk]
    path = _write(tmp_path, [*members, gzip.compress(three)])
    at, junk_at = len(members[0]), sum(len(m) for m in members[:3])
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{at}: record skipped: spread over several gzip members" in done.stderr
    # before: not a word of it
    said = f"{path}@{junk_at}: record skipped: {len(junk)} bytes that start no record"
    assert said in done.stderr
    assert "2 records skipped" in done.stderr
    assert len((tmp_path / "a.cdxj").read_text().splitlines()) == 2  # /one, /three


def test_a_spread_record_last_in_the_file_is_not_said_cut_short(tmp_path: Path) -> None:
    one, two, _, cut = plain_records()
    members = [gzip.compress(one), gzip.compress(two[:cut]), gzip.compress(two[cut:])]
    path = _write(tmp_path, members)
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{len(members[0])}: record skipped: spread over" in done.stderr
    assert "cut short" not in done.stderr  # before: "rest skipped: 51 bytes ... cut short"
    assert "rest skipped" not in done.stderr
    assert "skipped: 1 record skipped" in done.stderr


@pytest.mark.parametrize("then_three", [False, True])
def test_a_spread_rest_the_file_ends_inside_is_said_cut_short(
    tmp_path: Path, then_three: bool
) -> None:
    one, two, three, cut = plain_records()
    rest = two[cut:-14]  # the blank lines and 10 bytes of the block are not there
    members = [gzip.compress(one), gzip.compress(two[:cut]), gzip.compress(rest)]
    path = _write(tmp_path, members + ([gzip.compress(three)] if then_three else []))
    at = len(members[0])
    said = f"{path}@{at}: record skipped: cut short: 10 bytes of its length missing"
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    assert said in done.stderr  # before: "spread over several gzip members" alone
    assert done.stderr.count(": record skipped: ") == 1
    assert "rest skipped" not in done.stderr
    lines = (tmp_path / "a.cdxj").read_text().splitlines()
    assert len(lines) == (2 if then_three else 1)


@pytest.mark.parametrize("then_three", [False, True])
def test_a_record_after_the_rest_in_its_member_is_named(tmp_path: Path, then_three: bool) -> None:
    """/two's rest and /three whole in one gzip member: replay tools cannot read /three
    (they read a member from its start), so `index` leaves it out, but says so. Before, it
    went on after that member without a word of /three (and, the member last in the file,
    said only 'rest skipped: 381 bytes ... cut short or damaged')."""
    one, two, three, cut = plain_records()
    members = [gzip.compress(one), gzip.compress(two[:cut]), gzip.compress(two[cut:] + three)]
    path = _write(tmp_path, members + ([gzip.compress(one)] if then_three else []))
    rest_at = len(members[0]) + len(members[1])
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{len(members[0])}: record skipped: spread over" in done.stderr
    said = f"{path}@{rest_at}: record skipped: {len(three)} bytes after a spread record's rest"
    assert said in done.stderr
    assert "(a record there" in done.stderr
    assert "2 records skipped" in done.stderr
    assert "rest skipped" not in done.stderr
    lines = (tmp_path / "a.cdxj").read_text().splitlines()
    assert len(lines) == (2 if then_three else 1)
