"""Plain WARCs laid out a little off the standard by other tools, read as they meant.

Written here byte by byte: WARC-Dates with a UTC offset (Python's isoformat()
writes `+00:00`), records with no blank lines after them, and a Content-Length a
few bytes too long. Each is read by `extract`, `index` (and its WACZ) and
`replay` with nothing lost and the right capture time.
"""

from __future__ import annotations

import gzip
import json
import signal
import zipfile
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive, replaying_archive

SITE = "http://tides.news.test"


def _page(title: str) -> bytes:
    words = f"{title}: the harbour master said the spring tide came a full hour early."
    return f"<html><head><title>{title}</title></head><body><p>{words}</p></body></html>".encode()


def _http(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _record(path: str, number: int, date: str = "2026-04-01T08:00:00Z", slack: int = 0,
            after: bytes = b"\r\n\r\n") -> bytes:  # fmt: skip
    """A response of page `path`; `slack` bytes more Content-Length than it has."""
    block = _http(_page(f"Tide {number}"))
    lines = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:7b1f5d63-0000-4000-8000-{number:012d}>",
        f"WARC-Date: {date}",
        f"WARC-Target-URI: {SITE}{path}",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {len(block) + slack}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + after


def _index(tmp_path: Path, *inputs: Path) -> tuple[list[tuple[str, str]], str, int]:
    """(URL, 14-digit timestamp) of each CDXJ line, stderr, exit status."""
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), *map(str, inputs))
    lines = cdxj.read_text().splitlines() if cdxj.exists() else []
    keys = [(json.loads(line.split(" ", 2)[2])["url"], line.split(" ")[1]) for line in lines]
    return keys, done.stderr, done.returncode


OFFSET_DATES = {  # as written, and the UTC second a replay tool keys the capture by
    "/east": ("2026-04-01T10:00:00+02:00", "20260401080000"),
    "/utc": ("2026-04-01T08:00:01.250+00:00", "20260401080001"),
    "/west": ("2026-04-01T03:00:02-0500", "20260401080002"),
}


@pytest.fixture
def offset_dated(tmp_path: Path) -> Path:
    path = tmp_path / "offsets.warc"
    records = [_record(p, n, date) for n, (p, (date, _)) in enumerate(OFFSET_DATES.items())]
    path.write_bytes(b"".join(records))
    return path


def test_dates_with_a_utc_offset_are_indexed_at_their_utc_second(
    offset_dated: Path, tmp_path: Path
) -> None:
    """warcio's date parser raised on `+02:00` (the record named `not indexed: TypeError`,
    the file left out of the WACZ) and took `-0500` for microseconds (five hours off)."""
    keys, errors, status = _index(tmp_path, offset_dated)
    assert status == 0, errors
    assert sorted(keys) == sorted((SITE + p, ts) for p, (_, ts) in OFFSET_DATES.items())

    items, wacz = tmp_path / "items.jsonl", tmp_path / "tides.wacz"
    extracted = newsarchive("extract", "--all-pages", "-o", str(items), str(offset_dated))
    assert extracted.returncode == 0, extracted.stderr
    done = newsarchive("index", "--cdxj", str(tmp_path / "w.cdxj"), "--wacz", str(wacz),
                       "--items", str(items), str(offset_dated))  # fmt: skip
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(wacz) as package:
        lines = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    stamps = sorted(json.loads(line)["ts"] for line in lines)
    assert stamps == ["2026-04-01T08:00:00Z", "2026-04-01T08:00:01Z", "2026-04-01T08:00:02Z"]


@pytest.mark.pywb
def test_replay_serves_a_page_dated_with_a_utc_offset(offset_dated: Path) -> None:
    """pywb 2.10 answered 500 for it: it parses the record's WARC-Date as warcio does."""
    from tests.test_package import fetch

    with replaying_archive(offset_dated) as (base, replaying):
        for number, (path, (_, ts)) in enumerate(OFFSET_DATES.items()):
            assert fetch(f"{base}{ts}id_/{SITE}{path}") == _page(f"Tide {number}"), path
        replaying.send_signal(signal.SIGTERM)
        assert replaying.wait(timeout=30) == 0


def _items(tmp_path: Path, path: Path) -> tuple[list[str], str, int]:
    """URLs of the items `extract --all-pages` makes, stderr, exit status."""
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(path))
    urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
    return urls, done.stderr, done.returncode


def test_records_with_no_blank_lines_after_them_are_all_read(tmp_path: Path) -> None:
    """warcio took the next record's `WARC/1.0` line for the blank lines it skips, and the
    record, its version line gone, ended the file: 1 page of 3, `rest skipped`."""
    path = tmp_path / "tight.warc"
    records = [_record("/one", 1, after=b""), _record("/two", 2, after=b""), _record("/three", 3)]
    path.write_bytes(b"".join(records))
    offsets = [0, len(records[0]), len(records[0]) + len(records[1])]
    notice = f"{path}: 2 records not followed by a blank line (their Content-Length may be wrong)"

    urls, errors, status = _items(tmp_path, path)
    assert (urls, status) == ([SITE + "/one", SITE + "/two", SITE + "/three"], 0), errors
    assert notice in errors and "skipped" not in errors.splitlines()[-1]

    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(path))
    assert done.returncode == 0, done.stderr
    fields = [json.loads(line.split(" ", 2)[2]) for line in cdxj.read_text().splitlines()]
    urls = [SITE + "/one", SITE + "/two", SITE + "/three"]
    assert {(f["url"], int(f["offset"])) for f in fields} == set(zip(urls, offsets, strict=True))
    assert len(fields) == 3


def test_a_content_length_a_few_bytes_long_loses_only_its_record(tmp_path: Path) -> None:
    """Its length ends inside the next record's header: that record was not found there (its
    header was searched for in the long record's bytes only), and the file's rest was lost."""
    path = tmp_path / "long.warc"
    records = [_record("/long", 1, slack=30), _record("/next", 2), _record("/last", 3)]
    path.write_bytes(b"".join(records))
    named = f"{path}@0: record skipped: its Content-Length ("
    at = f"runs over the record at offset {len(records[0])}: left out, read on there"

    urls, errors, status = _items(tmp_path, path)
    assert (urls, status) == ([SITE + "/next", SITE + "/last"], 3), errors
    assert named in errors and at in errors and "rest skipped" not in errors

    keys, errors, status = _index(tmp_path, path)
    assert status == 3 and named in errors and at in errors, errors
    assert sorted(keys) == [(SITE + "/last", "20260401080000"), (SITE + "/next", "20260401080000")]


def test_recompress_writes_every_record_of_a_whole_gzip_with_no_blank_lines(
    tmp_path: Path,
) -> None:
    """`recompress` took such a file for no whole-gzip WARC (exit 1, while `index` printed
    its command line for it), then wrote its first record only."""
    tight = _record("/one", 1, after=b"") + _record("/two", 2, after=b"")
    (tmp_path / "tight.warc.gz").write_bytes(gzip.compress(tight, mtime=0))
    done = newsarchive("recompress", str(tmp_path))
    assert done.returncode == 0, done.stderr
    written = tmp_path / "tight.recompressed.warc.gz"
    assert gzip.decompress(written.read_bytes()) == tight  # a member a record, bytes unchanged
    keys, errors, status = _index(tmp_path, written)
    assert status == 0 and sorted(keys) == sorted(
        [(SITE + "/one", "20260401080000"), (SITE + "/two", "20260401080000")]
    ), errors


def test_arc_records_with_no_newline_after_them_are_all_read(tmp_path: Path) -> None:
    """warcio took the next record's ARC header line for the newline it passes over: 1 page
    of 3, `rest skipped`."""
    about = b"1 0 Tidewriter\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://tides.arc 0.0.0.0 20260401080000 text/plain %d\n" % len(about) + about
    records = [head + b"\n"]
    for number in range(3):
        block = _http(_page(f"Tide {number}"))
        line = f"{SITE}/arc-{number} 10.0.0.1 20260401080000 text/html {len(block)}\n"
        records.append(line.encode() + block)  # and no newline after it
    path = tmp_path / "tight.arc"
    path.write_bytes(b"".join(records))
    urls, errors, status = _items(tmp_path, path)
    assert (urls, status) == ([f"{SITE}/arc-{n}" for n in range(3)], 0), errors
    keys, errors, status = _index(tmp_path, path)
    assert status == 0 and len(keys) == 3, errors


def test_a_whole_gzip_with_no_blank_lines_names_offsets_in_its_gunzipped_stream(
    tmp_path: Path,
) -> None:
    """Its first record, read as gzipped record by record before the file was found gzipped
    whole, gave warcio's notice an offset of -558 (`extract` then counted 3 records of 2);
    `index`, which reads no record of it, said that line too."""
    first, second = _record("/one", 1, after=b""), _record("/two", 2, after=b"")
    path = tmp_path / "tight.warc.gz"
    path.write_bytes(gzip.compress(first + second + _record("/three", 3), mtime=0))
    notice = (
        f"{path}: 2 records not followed by a blank line (their Content-Length may be wrong), "
        f"read on; the first at offset {len(first)} of its gunzipped stream, found "
    )
    for workers in ("1", "2"):
        out = tmp_path / f"items-{workers}.jsonl"
        done = newsarchive("extract", "--all-pages", "-j", workers, "-o", str(out), str(path))
        assert done.returncode == 0 and done.stderr.count(notice) == 1, done.stderr
        assert "not followed" not in done.stderr.replace(notice, ""), done.stderr
        assert len(out.read_text().splitlines()) == 3
    _, errors, status = _index(tmp_path, path)
    assert status == 3 and "skipped: gzipped as one stream" in errors, errors
    assert "not followed by a blank line" not in errors, errors


def test_a_content_length_a_few_bytes_long_is_named_once_by_index(tmp_path: Path) -> None:
    """`index` (and `replay`, which indexes with it) named the record as running over the
    next, then warcio's notice of the same length said it again at an offset inside it."""
    path = tmp_path / "long.warc"
    path.write_bytes(b"".join([_record("/long", 1, slack=30), _record("/next", 2)]))
    keys, errors, status = _index(tmp_path, path)
    assert status == 3 and errors.count(f"{path}@0: record skipped: its Content-Length") == 1
    assert "not followed by a blank line" not in errors, errors
    assert keys == [(SITE + "/next", "20260401080000")]
