"""WARC-Date values other tools write that warcio's date reading (pywb's, cdxj-indexer's)
cannot take: 14 digits as an ARC header has them, sub-second fractions of any length,
and dates that are none.

Before, `20260401080003` (and any run of digits too long for a C int) made warcio raise
OverflowError: `index` and `extract` ended with a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive
from tests.test_read_errors import SITE, page


def _dated(number: int, date: str) -> bytes:
    return page(number).replace(b"2026-04-01T08:00:00Z", date.encode())


READ = {  # as written -> the index's timestamp
    "20260401080003": "20260401080003",
    "20260401080003123456": "20260401080003",
    "2026-04-01T08:00:03.123456789Z": "20260401080003",  # WARC/1.1's fraction, nanoseconds
    "2026-04-01T08:00:03.5Z": "20260401080003",
    "2026-04-01T10:00:03+02:00": "20260401080003",
}
NOT_DATES = ("2026-04-01T08:00:0312345678901234567890Z", "2026-13-45T08:00:00Z")


@pytest.mark.parametrize("date", list(READ))
def test_dates_warcio_cannot_read_alone_are_read(tmp_path: Path, date: str) -> None:
    path = tmp_path / "dated.warc"
    path.write_bytes(_dated(1, date) + page(2))
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(path))
    assert done.returncode == 0, done.stderr
    stamps = [line.split(" ")[1] for line in cdxj.read_text().splitlines()]
    assert stamps == [READ[date], "20260401080000"]
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(path))
    assert done.returncode == 0, done.stderr
    assert len(items.read_text().splitlines()) == 2


def test_a_date_that_is_none_is_named_by_index_and_read_by_extract(tmp_path: Path) -> None:
    """`index` names it `not indexed` (pywb cannot date it); `extract` gives its page, as
    it did for a date warcio reads as no date (tests/test_foreign_archives.py: Baddate)."""
    path = tmp_path / "dated.warc"
    records = [_dated(1, NOT_DATES[0]), _dated(2, NOT_DATES[1]), page(3)]
    path.write_bytes(b"".join(records))
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(path))
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    said = done.stderr.splitlines()
    assert said[0].startswith(f"WARNING: {path}@0: record skipped: not indexed: OverflowError: ")
    assert said[1].startswith(f"WARNING: {path}@{len(records[0])}: record skipped: not indexed:")
    assert [json.loads(x.split(" ", 2)[2])["url"] for x in cdxj.read_text().splitlines()] == [
        f"{SITE}/3"
    ]
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(path))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr  # before: raised
    assert len(items.read_text().splitlines()) == 3
