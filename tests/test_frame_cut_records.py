"""A record cut short at the end of a frame, or a file cut inside a frame, loses that record
only: every record read whole before it is kept, the cut one named and counted.

An ARC or WARC file compressed into one lz4 frame without checksums (as `lz4 x.arc` with
checksums off writes it) whose last record is short was named as an unreadable frame, none
of its records used (`extract: 0 items`); a file compressed whole by `zstd` or `lz4` and cut
short gave no record at all, where a file gzipped whole and cut keeps those before the cut.
A `.warc.gz` (a gzip member a record) cut the same ways was already read so: the same
figures are asked of it here.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.warc.encodings import zstd_module
from tests.plugins.lz4_frames import checked, extracted, run_newsarchive, unchecked

SITE = "http://cut.news.test"


def _page(number: int) -> bytes:
    words = " ".join(f"word{(number * 13 + i) % 71}" for i in range(120))
    if number == 3:  # past lz4's first 64 KiB block, and compressed little: a cut falls in it
        words += " ".join(hashlib.sha256(b"%d" % i).hexdigest() for i in range(2500))
    head = f"<html><head><title>Story {number}</title></head>"
    return f"{head}<body><p>{words}</p></body></html>".encode()


def _http(number: int) -> bytes:
    body = _page(number)
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )


def _arc_records() -> list[bytes]:
    version = b"1 0 cut\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://cut.arc 0.0.0.0 20260401080000 text/plain %d\n" % len(version)
    out = [head + version + b"\n"]
    for n in (1, 2, 3):
        block = _http(n)
        line = f"{SITE}/arc/{n} 127.0.0.1 2026040108000{n} text/html {len(block)}\n"
        out.append(line.encode() + block + b"\n")
    return out


def _warc_records() -> list[bytes]:
    out = []
    for n in (1, 2, 3):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
        body = _page(n)
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            f"{SITE}/warc/{n}", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
        record.raw_stream.close()  # warcio spools the payload to a temporary file to digest it
        out.append(buffer.getvalue())
    return out


def _zstd(data: bytes) -> bytes:
    module = zstd_module()
    assert module is not None
    return bytes(module.compress(data))


def _whole_gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


WHOLE: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "lz4 unchecked": (".lz4", unchecked),
    "lz4 checked": (".lz4", checked),
    "zstd": (".zst", _zstd),
    "gzip whole": (".gz", _whole_gzip),
}


def _extracted(path: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    done, urls = extracted(path, tmp_path)
    return done, [url.rsplit("/", 1)[1] for url in urls]


def _history_versions(path: Path, url: str) -> subprocess.CompletedProcess[str]:
    return run_newsarchive("history", url, "--warc", path, "--format", "json")


@pytest.mark.parametrize("kind", ["arc", "warc"])
@pytest.mark.parametrize("how", ["lz4 unchecked", "lz4 checked", "zstd"])
def test_a_short_last_record_in_one_frame_loses_only_itself(
    tmp_path: Path, kind: str, how: str
) -> None:
    records = _arc_records() if kind == "arc" else _warc_records()
    suffix, compress = WHOLE[how]
    data = b"".join(records)[:-60]  # the last record's last 58 bytes and its blank lines gone
    path = tmp_path / f"short.{kind}{suffix}"
    path.write_bytes(compress(data))
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2"], done.stderr
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1, done.stderr
    assert "record skipped: cut short: " in named[0], named
    assert done.stderr.splitlines()[-1] == "extract: 2 items; skipped: 1 record skipped"


@pytest.mark.parametrize("kind", ["arc", "warc"])
@pytest.mark.parametrize("how", sorted(WHOLE))
def test_a_file_cut_inside_its_only_frame_keeps_the_records_before_the_cut(
    tmp_path: Path, kind: str, how: str
) -> None:
    records = _arc_records() if kind == "arc" else _warc_records()
    suffix, compress = WHOLE[how]
    packed = compress(b"".join(records))
    path = tmp_path / f"cut.{kind}{suffix}"
    path.write_bytes(packed[: len(packed) - 40])  # inside the last record's body
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2"], done.stderr
    assert done.returncode == 3, done.stderr
    last = done.stderr.splitlines()[-1]
    # (gzip names the record the cut falls in too)
    assert last.startswith("extract: 2 items; skipped: 1 file unreadable (0 wholly, 1 from some")


def test_history_reads_the_records_before_a_cut_in_one_frame(tmp_path: Path) -> None:
    packed = unchecked(b"".join(_warc_records()))
    path = tmp_path / "cut.warc.lz4"
    path.write_bytes(packed[: len(packed) - 40])
    done = _history_versions(path, f"{SITE}/warc/2")
    assert done.returncode == 3, done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert [v["title"] for v in article["versions"]] == ["Story 2"], done.stdout
    assert "rest skipped: cut short inside the lz4 frame at offset 0" in done.stderr


@pytest.mark.parametrize("kind", ["arc", "warc"])
def test_a_short_last_record_in_gzip_members_loses_only_itself(tmp_path: Path, kind: str) -> None:
    records = _arc_records() if kind == "arc" else _warc_records()
    members = [gzip.compress(r, mtime=0) for r in records[:-1]]
    members.append(gzip.compress(records[-1][:-60], mtime=0))
    path = tmp_path / f"short.{kind}.gz"
    path.write_bytes(b"".join(members))
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2"], done.stderr
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 2 items; skipped: 1 record skipped"


def test_recompress_names_an_unchecked_frames_short_last_record_alone(tmp_path: Path) -> None:
    path = tmp_path / "short.warc.lz4"
    path.write_bytes(unchecked(b"".join(_warc_records())[:-60]))
    done = run_newsarchive("recompress", path)
    assert done.returncode == 3, done.stderr
    assert f"{path}: 2 records written to {tmp_path / 'short.warc.gz'}" in done.stdout
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}")]
    assert len(named) == 1 and "record skipped: cut short: " in named[0], done.stderr
    assert done.stderr.splitlines()[-1] == "recompress: 1 file written; skipped: 1 record skipped"
    indexed = run_newsarchive("index", tmp_path / "short.warc.gz", "--cdxj", tmp_path / "i.cdxj")
    assert indexed.returncode == 0, indexed.stderr
    assert len((tmp_path / "i.cdxj").read_text().splitlines()) == 2


def test_recompress_writes_the_records_before_a_cut_in_one_frame(tmp_path: Path) -> None:
    packed = unchecked(b"".join(_warc_records()))
    path = tmp_path / "cut.warc.lz4"
    path.write_bytes(packed[: len(packed) - 40])
    done = run_newsarchive("recompress", path)
    assert done.returncode == 3, done.stderr
    assert f"{path}: 2 records written to {tmp_path / 'cut.warc.gz'}" in done.stdout
    assert "rest skipped: cut short inside the lz4 frame at offset 0" in done.stderr


def _middle_record_flipped() -> bytes:
    """The three WARC records with a byte of the second one's body changed (its digest fails)."""
    records = _warc_records()
    data = bytearray(b"".join(records))
    data[len(records[0]) + len(records[1]) - 300] ^= 0x20
    return bytes(data)


def test_a_damaged_record_in_an_unchecked_frame_keeps_the_sound_records_before_it(
    tmp_path: Path,
) -> None:
    """One lz4 frame without checksums, its second record damaged: the first record (its
    digest and framing checked) is read; the damaged one is named by its URI. It lost all
    three (`extract: 0 items`)."""
    path = tmp_path / "flipped.warc.lz4"
    path.write_bytes(unchecked(_middle_record_flipped()))
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1"], done.stderr
    assert done.returncode == 3, done.stderr
    assert f"from the record of {SITE}/warc/2 on" in done.stderr, done.stderr
    assert "block digest failed" in done.stderr, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "extract: 1 item; skipped: 1 file unreadable (0 wholly, 1 from some record on)"
    )


def test_recompress_keeps_the_sound_records_before_a_damaged_one_in_an_unchecked_frame(
    tmp_path: Path,
) -> None:
    path = tmp_path / "flipped.warc.lz4"
    path.write_bytes(unchecked(_middle_record_flipped()))
    done = run_newsarchive("recompress", path)
    assert done.returncode == 3, done.stderr
    assert f"{path}: 1 record written to {tmp_path / 'flipped.warc.gz'}" in done.stdout
    assert f"from the record of {SITE}/warc/2 on" in done.stderr, done.stderr
    indexed = run_newsarchive("index", tmp_path / "flipped.warc.gz", "--cdxj", tmp_path / "i.cdxj")
    assert indexed.returncode == 0, indexed.stderr
    assert len((tmp_path / "i.cdxj").read_text().splitlines()) == 1


@pytest.mark.parametrize("how", ["lz4 unchecked", "lz4 checked", "zstd"])
def test_a_frame_of_nothing_between_records_is_no_damage(tmp_path: Path, how: str) -> None:
    """A frame that decompresses to no bytes (`zstd` or `lz4` of an empty input, as a writer
    may leave one when it flushes with nothing to write) holds no record: no skip, exit 0.
    It was named 'frame unreadable (... the file ends inside a gzip member)', exit 3."""
    suffix, compress = WHOLE[how]
    records = _warc_records()
    path = tmp_path / f"empty-frame.warc{suffix}"
    path.write_bytes(compress(records[0]) + compress(b"") + compress(records[1]))
    done, urls = _extracted(path, tmp_path)
    assert urls == ["1", "2"], done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 2 items", done.stderr
    recompressed = run_newsarchive("recompress", path)
    assert recompressed.returncode == 0, recompressed.stderr
    assert "2 records written" in recompressed.stdout, recompressed.stdout
