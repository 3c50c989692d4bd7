"""How `extract -j N` cuts its input and judges ranges: every byte in one range,
the last ranges short so workers finish together, and no range read twice."""

from __future__ import annotations

import gzip
import io
import itertools
import os
from pathlib import Path

import pytest

from newsarchive.commands import extract_jobs
from newsarchive.commands.extract_jobs import (
    Choice,
    _as_one_reader,
    extract_archives,
    extract_one,
    write_outcomes,
)
from newsarchive.warc.archives import NOT_BLANK, SPACES, Skips
from newsarchive.warc.reader import iter_html_pages
from newsarchive.warc.shards import MIN_SHARD, TAPER, Shard, ShardEnd, plan_shards
from tests.plugins.crawling import CrawlResult


def per_record_warc(path: Path, records: int, size: int) -> Path:
    """A WARC gzipped record by record, of about `records` x `size` bytes (incompressible)."""
    with path.open("wb") as out:
        for n in range(records):
            body = os.urandom(size)
            head = (
                f"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://t.test/{n}\r\n"
                f"Content-Type: application/octet-stream\r\nContent-Length: {size}\r\n\r\n"
            )
            out.write(gzip.compress(head.encode() + body + b"\r\n\r\n"))
    return path


def covered(shards: list[Shard], total: int) -> None:
    """The ranges follow each other from 0 to the file's end, the last one open."""
    assert shards[0].start == 0 and shards[0].exact
    for before, after in itertools.pairwise(shards):
        assert before.stop == after.start and not after.exact
    assert shards[-1].stop is None and all(s.stop for s in shards[:-1])
    assert all((s.stop or total) > s.start for s in shards)


def test_default_ranges_shrink_towards_the_end_and_cover_the_file(tmp_path: Path) -> None:
    warc = per_record_warc(tmp_path / "a.warc.gz", 400, 10_000)  # ~4 MB
    total = warc.stat().st_size
    shards = plan_shards([warc], 2)
    covered(shards, total)
    lengths = [(s.stop or total) - s.start for s in shards]
    full = max(total // 32, MIN_SHARD)
    assert lengths[0] == full and lengths == sorted(lengths[:-1], reverse=True) + lengths[-1:]
    # the last ranges: down to an eighth, and the file's last bytes not a sliver of their own
    assert min(lengths) >= full // TAPER // 2 and lengths[-2] <= full // 4
    assert lengths[-1] >= lengths[-2] // 2


def test_a_given_shard_size_cuts_even_ranges(tmp_path: Path) -> None:
    warc = per_record_warc(tmp_path / "a.warc.gz", 100, 10_000)
    total = warc.stat().st_size
    shards = plan_shards([warc], 2, 100_000)
    covered(shards, total)
    assert {(s.stop or total) - s.start for s in shards[:-1]} == {100_000}
    assert 50_000 <= total - shards[-1].start < 150_000


def test_later_files_count_in_the_shrinking(tmp_path: Path) -> None:
    first = per_record_warc(tmp_path / "a.warc.gz", 200, 10_000)
    second = per_record_warc(tmp_path / "b.warc.gz", 200, 10_000)
    shards = plan_shards([first, second], 2)
    in_first = [s for s in shards if s.path == first]
    lengths = [(s.stop or first.stat().st_size) - s.start for s in in_first]
    assert len(set(lengths[:-1])) == 1  # the end of the input is in the second file
    assert [s.path for s in shards] == sorted(s.path for s in shards)


@pytest.mark.parametrize(
    ("end", "entries", "expected", "kept"),
    [
        (ShardEnd(first=100, stopped_at=900), [], 100, True),
        (ShardEnd(first=120, stopped_at=900), [], 100, False),  # began past a record
        (ShardEnd(first=100, stopped_at=900), [("damage", "f", "f@200", "digest")], 100, False),
        (ShardEnd(first=100, stopped_at=900), [("stderr", "warcio said")], 100, False),
        # warcio's notices: a record not followed by its blank lines may mislead the next read;
        # a URI with spaces (read with %20) moves nothing (its file was read again by one worker)
        (ShardEnd(first=100, stopped_at=900), [("tally", "f", NOT_BLANK, 200, "x")], 100, False),
        (ShardEnd(first=100, stopped_at=900), [("tally", "f", SPACES, 200, "x")], 100, True),
        # read to the file's end (its last range, or the file ends before the range's stop)
        (ShardEnd(first=100), [], 100, True),
        (ShardEnd(first=100, tail=20), [("damage", "f", "f@200", "digest")], 100, True),
        (ShardEnd(first=None), [], 100, False),
    ],
)
def test_a_range_is_kept_where_one_reader_would_have_read_the_same(
    end: ShardEnd, entries: list[tuple[str, ...]], expected: int, kept: bool
) -> None:
    assert _as_one_reader(list(entries), end, expected) is kept


_read_shard = extract_jobs._shard_entries


def _counted(shard: Shard, choice: Choice) -> object:
    """In a forked worker: the shard read, and a line noted for it."""
    with open(os.environ["SHARDS_READ"], "a") as log:
        log.write(f"{shard.path.name} {shard.start} {shard.stop}\n")
    return _read_shard(shard, choice)


def test_each_range_is_read_once_and_the_items_are_one_readers(
    demo_crawl: CrawlResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, choice = demo_crawl.warc_files(), Choice(all_pages=True)
    one = io.StringIO()
    write_outcomes(one, map(extract_one, choice.jobs(iter_html_pages(files, Skips()))))
    log = tmp_path / "read.txt"
    monkeypatch.setenv("SHARDS_READ", str(log))
    monkeypatch.setattr(extract_jobs, "_shard_entries", _counted)  # forked workers inherit it
    for size in (8192, None):  # even ranges, and the default's shrinking ones
        log.write_text("")
        two = io.StringIO()
        count, failed, _empty = extract_archives(two, files, choice, Skips(), 2, size)
        assert count > 300 and failed == 0
        assert two.getvalue() == one.getvalue()  # one reader's items, in its order
        reads = log.read_text().splitlines()
        planned = plan_shards(files, 2, size)
        assert len(reads) == len(set(reads)) == len(planned), size
