"""Damage in a file and a bug in a reader are told apart (`newsarchive.warc.readerrors`).

Before, every reader caught AttributeError and TypeError as file damage: warcio raised
TypeError on a digest header whose algorithm name had a NUL byte in it (the file's rest
lost, named `unreadable`), and a record filter's own bug was named as a damaged file
(in replay's decoded copies, whose skips go unsaid, it was dropped without a word).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.archives import Skips, read_records
from newsarchive.warc.readerrors import FilterFailed

SITE = "http://quay.news.test"


def _http(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def record(number: int, block: bytes, extra: str = "", kind: str = "response") -> bytes:
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2026-04-01T08:00:00Z",
        f"WARC-Target-URI: {SITE}/{number}",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n" + extra + "\r\n").encode() + block + b"\r\n\r\n"


def page(number: int, extra: str = "") -> bytes:
    body = f"<html><title>Tide {number}</title><p>The tide came in at dawn.</p></html>"
    return record(number, _http(body.encode()), extra)


def _uris(path: Path, skips: Skips, wanted=lambda record: True) -> list[str]:
    return [
        r.record.rec_headers.get_header("WARC-Target-URI")
        for r in read_records(path, skips, wanted)
    ]


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("algorithm", ["sha\x001", "sha1\x00"])
def test_digest_algorithm_with_nul_byte_is_one_record_named(
    tmp_path: Path, gzipped: bool, algorithm: str
) -> None:
    damaged = page(2, f"WARC-Block-Digest: {algorithm}:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n")
    parts = [page(1), damaged, page(3)]
    path = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    path.write_bytes(b"".join(gzip.compress(p) for p in parts) if gzipped else b"".join(parts))
    skips = Skips(quiet=True)
    # before: TypeError from hashlib.new, the file named unreadable after 1 record, page 3 lost
    assert _uris(path, skips) == [f"{SITE}/1", f"{SITE}/3"]
    assert not skips.files
    assert [reason for _, reason in skips.records] == [
        "its WARC header is damaged (NUL bytes in it): left out, read on after it"
    ]


@pytest.mark.parametrize("error", [AttributeError, TypeError, ValueError, KeyError])
def test_a_filter_bug_is_raised_not_named_as_damage(tmp_path: Path, error: type) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(page(1) + page(2))

    def buggy(record: ArcWarcRecord) -> bool:
        raise error("the filter's own bug")

    skips = Skips(quiet=True)
    with pytest.raises(FilterFailed, match="the filter's own bug") as raised:
        _uris(path, skips, buggy)  # before: `a.warc: skipped: unreadable (AttributeError: ...)`
    assert isinstance(raised.value.__cause__, error)
    assert "buggy" in str(raised.value) and f"{path}@0" in str(raised.value)
    assert not skips.files and not skips.records


def test_a_filter_bug_is_raised_from_decoded_copies(tmp_path: Path, monkeypatch) -> None:
    """replay's copies pass names nothing it skips: a filter bug there went without a word."""
    from newsarchive.package import replayable

    path = tmp_path / "a.warc"
    path.write_bytes(page(1))

    def broken(record: ArcWarcRecord) -> bool:
        raise AttributeError("'NoneType' object has no attribute 'get_header'")

    monkeypatch.setattr(replayable, "offset_dated", broken)
    with pytest.raises(FilterFailed, match="copied"):
        replayable.write_decoded_copies([path], tmp_path / "copies.warc.gz")


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_record_whose_header_lost_its_length_mid_file(tmp_path: Path, gzipped: bool) -> None:
    """warcio reads a plain record without Content-Length to the file's end: the records after
    it were lost without a word (found by benchmarks/warc_fuzz.py: two lines run together)."""
    from tests.test_foreign_archives import newsarchive

    parts = [page(1), re.sub(rb"Content-Length: \d+\r\n", b"", page(2), count=1), page(3)]
    path = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    path.write_bytes(b"".join(gzip.compress(p) for p in parts) if gzipped else b"".join(parts))
    skips = Skips(quiet=True)
    assert _uris(path, skips) == [f"{SITE}/1", f"{SITE}/3"]  # before: /3 lost, plain
    at = len(gzip.compress(parts[0])) if gzipped else len(parts[0])
    named = f"{path}@{at}: record skipped: cut short inside its header (no Content-Length number)"
    assert [f"{path}@{at}"] == [where for where, _ in skips.records]
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(path))
    assert done.returncode == 3 and f"WARNING: {named}\n" in done.stderr, done.stderr
    assert len(cdxj.read_text().splitlines()) == 2


def test_a_member_cut_short_before_whole_records_is_no_spread_record(tmp_path: Path) -> None:
    """A gzip member whose record is cut short in its body (its member whole, its block not)
    followed by members that start records: the record was read as spread over the members
    after it, its length took the next record's bytes, and that record was lost without a
    word (exit 0). Found by benchmarks/warc_fuzz.py (its `lost` count). One cut inside its
    WARC header is read as spread still (named: `two records' headers run together`)."""
    from tests.test_foreign_archives import newsarchive

    cut = page(1)[:-40]  # its Content-Length says 36 bytes more
    path = tmp_path / "a.warc.gz"
    members = [gzip.compress(cut), gzip.compress(page(2)), gzip.compress(page(3))]
    path.write_bytes(b"".join(members))
    skips = Skips(quiet=True)
    assert _uris(path, skips) == [f"{SITE}/2", f"{SITE}/3"]  # before: /2 lost, unnamed
    assert skips.records == [(f"{path}@0", "cut short: 36 bytes of its length missing")]
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(path))
    assert done.returncode == 3, done.stderr
    assert f"{path}@0: record skipped: cut short: 36 bytes of its length missing" in done.stderr
    assert len(items.read_text().splitlines()) == 2


def test_a_length_of_other_digits_is_no_filter_bug(tmp_path: Path) -> None:
    """An HTTP Content-Length whose digit is no ASCII one (a flipped top bit: `2` read as
    `²`, which str.isdigit takes): replay's decoded copies' record filter took it for a
    number, int() raised, and `replay` ended with a FilterFailed traceback. It is no number:
    the record is no response that declares more than it stores, and the others are read."""
    from newsarchive.package import replayable

    body = b"<html><title>Tide 2</title><p>The tide came in at dawn.</p></html>"
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \xb2\r\n\r\n"
    path = tmp_path / "lengths.warc"
    path.write_bytes(page(1) + record(2, head + body) + page(3))
    assert replayable.write_decoded_copies([path], tmp_path / "copies.warc.gz") == []
