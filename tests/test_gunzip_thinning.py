"""A gzip stream read whole (`WholeGunzip`: a file gzipped whole, or with a gzip member shared
by records) keeps a bounded number of decompressor copies to seek back from: past the cap,
every other one is dropped and the step between them doubled. Seeks after that still give
the file's bytes, and a far seek back decompresses a share of what was read, not the file.
Before, a copy was kept every 4 MiB for good: 1-2% of the file gunzipped held in memory.
The cap and step are made small here, so a file of a few MiB is thinned several times."""

from __future__ import annotations

import gzip
import io
import random
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.archives import Skips, read_records
from newsarchive.warc.gzipped import WholeGunzip
from newsarchive.warc.record_starts import past_junk
from tests.test_odd_records import SITE, _http, _record
from tests.test_shared_members import _Counted

CAP = 8
STEP = 1 << 16
JUNK = b"copied from tape 7\r\n"


@pytest.fixture
def thinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WholeGunzip, "_STEP", STEP)
    monkeypatch.setattr(WholeGunzip, "_CHECKPOINTS", CAP, raising=False)


def _blobs(count: int) -> list[bytes]:
    """Records of incompressible bodies (gzipped about as long as gunzipped)."""
    rng = random.Random(11)
    return [_record(f"{SITE}/blob/{n}", _http(rng.randbytes(60_000)), n) for n in range(count)]


@pytest.mark.usefixtures("thinned")
def test_seeks_after_thinning_give_each_record_and_cost_a_share_of_the_file() -> None:
    records = _blobs(130)  # ~7.8 MiB, ten records a gzip member
    plain = b"".join(records)
    data = b"".join(
        gzip.compress(b"".join(records[at : at + 10]), mtime=0) for at in range(0, 130, 10)
    )
    counted = _Counted(data)
    whole = WholeGunzip(counted)
    assert whole.seek(0, 2) == len(plain)
    assert len(whole._checkpoints) <= CAP  # (before: one each 64 KiB here, 113)
    starts = [sum(map(len, records[:n])) for n in range(len(records))]
    order = list(range(len(records)))
    random.Random(2).shuffle(order)
    for n in order:
        read = counted.counted
        assert whole.seek(starts[n]) == starts[n]
        assert whole.read(len(records[n])) == records[n]
        # from its last checkpoint: at most two steps of 1/8 of what was read, not the file
        assert counted.counted - read <= len(data) // 4 + (1 << 18), n
        [record] = ArchiveIterator(io.BytesIO(records[n]))
        assert record.rec_headers.get_header("WARC-Target-URI") == f"{SITE}/blob/{n}"
    assert whole.seek(len(plain) - 5) and whole.read() == plain[-5:]
    assert len(whole.members) == 13 and whole.member_at(starts[10] + 7)[1] == 7
    assert len(whole._checkpoints) <= CAP and not whole.cut


def _damaged(path: Path) -> list[str]:
    """A `.warc.gz` of one record a member but for every tenth, which holds a record, junk
    and another record (read as one gzip stream, each junk sought back to); its URIs."""
    records = _blobs(120)
    members = []
    for at in range(0, 120, 2):
        if at % 20 == 10:
            members.append(gzip.compress(records[at] + JUNK + records[at + 1], mtime=0))
        else:
            members += [gzip.compress(records[at], mtime=0), gzip.compress(records[at + 1])]
    path.write_bytes(b"".join(members))
    return [f"{SITE}/blob/{n}" for n in range(120)]


def _read(path: Path) -> tuple[list[tuple[str, int | None]], Skips]:
    skips = Skips(quiet=True)
    reads = [
        (r.record.rec_headers.get_header("WARC-Target-URI"), r.offset)
        for r in read_records(path, skips, lambda record: True)
    ]
    return reads, skips


def test_a_shared_member_file_read_thinned_gives_the_records_read_unthinned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read as `extract` reads it (seeks back at each record's end and each junk), the file
    gives the same records, offsets and junk named with a cap of 8 copies as without."""
    path = tmp_path / "shared.warc.gz"
    uris = _damaged(path)
    before, skipped = _read(path)
    assert [uri for uri, _ in before] == uris
    assert len(skipped.records) == 6, skipped.records  # each piece of junk, named
    monkeypatch.setattr(WholeGunzip, "_STEP", STEP)
    monkeypatch.setattr(WholeGunzip, "_CHECKPOINTS", CAP, raising=False)
    after, skips = _read(path)
    assert after == before
    assert skips.records == skipped.records and skips.files == skipped.files


def test_junk_read_past_in_a_stream_read_whole_decompresses_nothing_twice() -> None:
    """Junk found as `extract` reads a file gzipped whole: its tail counted from the end,
    the file's head looked at, then read on just past it (`past_junk`). The second junk
    costs the bytes after it that are looked through, not a copy's step (4 MiB): the end
    and where the reading jumped from are started from again. Before, each junk
    decompressed up to a step twice (to the end, and back to the junk)."""
    records = _blobs(130)
    marks = []
    parts: list[bytes] = []
    for n, record in enumerate(records):
        parts.append(record)
        if n in (60, 100):
            at = sum(map(len, parts))
            parts.append(JUNK)
            marks.append((at, at + len(JUNK)))
    plain = b"".join(parts)
    counted = _Counted(gzip.compress(plain, mtime=0))
    whole = WholeGunzip(counted)
    skips = Skips(quiet=True)
    costs = []
    for junk_at, following in marks:
        whole.read(junk_at - whole.tell())  # the records before it, as warcio reads them
        before = counted.counted
        left, found = past_junk(whole, "whole.warc.gz", skips, junk_at)  # type: ignore[arg-type]
        assert (left, found) == (len(plain) - junk_at, following)
        assert (
            whole.tell() == following
            and whole.read(len(records[61])) == plain[following : following + len(records[61])]
        )
        costs.append(counted.counted - before)
    assert costs[0] >= len(plain) - marks[0][0] - (1 << 17)  # (the end not known yet)
    assert costs[1] <= 4 << 16, costs
    assert len(skips.records) == 2, skips.records
