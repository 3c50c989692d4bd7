"""After `recompress`, the original kept beside its copy.

`recompress` keeps the file it rewrites (x.warc.zst beside its x.warc.gz, x.warc.gz beside
x.recompressed.warc.gz). `index` of the folder named the original as skipped on every run
after (exit 3), though its every record was indexed from the copy: the original is left out
as superseded, counted in one line, exit 0; an original changed since its copy was made is
read as before. `recompress` also took a .warc.gz for a member a record where only a later
gzip member held several records (its first two were looked at): `no lz4, zstd or
whole-gzip WARC`, exit 1, while `index` told the user to recompress it.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from tests.test_compressed_warcs import HARBOUR, RECORDS, VARIANTS
from tests.test_foreign_archives import SITE, http

PROJECT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True,
        text=True, timeout=180,
    )  # fmt: skip


def _later_member_shared(path: Path) -> Path:
    """A member a record, but the third member holds records 3 and 4."""
    first, second, third, fourth, fifth = RECORDS
    members = (first, second, third + fourth, fifth)
    path.write_bytes(b"".join(map(gzip.compress, members)))
    return path


def test_a_later_shared_member_is_recompressed_whole(tmp_path: Path) -> None:
    original = _later_member_shared(tmp_path / "late.warc.gz")
    done = _run("recompress", str(original))
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "late.recompressed.warc.gz"
    assert done.stdout.splitlines() == [f"{original}: 5 records written to {copy}"], done.stdout
    indexed = _run("index", str(copy), "--cdxj", str(tmp_path / "index.cdxj"))
    assert indexed.returncode == 0, indexed.stderr
    assert len((tmp_path / "index.cdxj").read_text(encoding="utf-8").splitlines()) == 5


def test_a_folder_of_files_a_member_a_record_is_still_left_alone(tmp_path: Path) -> None:
    (tmp_path / "fine.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    done = _run("recompress", str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert "no lz4, zstd or whole-gzip WARC" in done.stderr
    assert not (tmp_path / "fine.recompressed.warc.gz").exists()


def _index(folder: Path) -> subprocess.CompletedProcess[str]:
    return _run("index", str(folder), "--cdxj", str(folder.parent / "index.cdxj"))


def test_index_leaves_out_an_original_recompressed_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    late = _later_member_shared(folder / "late.warc.gz")
    assert _run("recompress", str(folder)).returncode == 0
    for run in range(2):  # every run, not only the first; the second reads neither file
        done = _index(folder)
        assert done.returncode == 0, done.stderr
        assert "WARNING" not in done.stderr, done.stderr
        assert (
            f"index: 2 files left out, recompressed beside them (their records indexed from the "
            f"copies): {zst} (as crawl.warc.gz), {late} (as late.recompressed.warc.gz); remove "
            "the originals once you no longer need them"
            + (" (the copies checked on an earlier run, unchanged since)" if run else "")
        ) in done.stderr.splitlines(), done.stderr
        lines = (tmp_path / "index.cdxj").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 10, lines  # each record once, from the copies
        assert not any('"crawl.warc.zst"' in line or '"late.warc.gz"' in line for line in lines)


def test_an_original_changed_since_its_copy_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    assert _run("recompress", str(folder)).returncode == 0
    later = (folder / "crawl.warc.gz").stat().st_mtime + 60
    os.utime(zst, (later, later))  # written again since: the copy may not hold it
    done = _index(folder)
    assert done.returncode == 3, done.stderr
    assert f"WARNING: {zst}: skipped: zstd-compressed WARC" in done.stderr, done.stderr
    assert "left out, recompressed" not in done.stderr, done.stderr


def test_a_renamed_original_and_a_plain_warc_beside_a_gz(tmp_path: Path) -> None:
    """x.warc.gz.bad (a name's end recompress drops) is left out beside its copy; a plain
    x.warc beside an x.warc.gz of its name (FastWARC ships both) is no original of it."""
    folder = tmp_path / "warc"
    folder.mkdir()
    bad = folder / "old.warc.gz.bad"
    bad.write_bytes(gzip.compress(b"".join(RECORDS)))  # gzipped whole
    assert _run("recompress", str(bad)).returncode == 0
    (folder / "twin.warc").write_bytes(b"".join(RECORDS))
    (folder / "twin.warc.gz").write_bytes(b"".join(map(gzip.compress, RECORDS)))
    done = _index(folder)
    assert done.returncode == 0, done.stderr
    assert (
        f"index: 1 file left out, recompressed beside it (their records indexed from the "
        f"copies): {bad} (as old.recompressed.warc.gz); remove the original once you no longer "
        "need it"
    ) in done.stderr.splitlines(), done.stderr
    lines = (tmp_path / "index.cdxj").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 15, lines  # the copy's, the plain WARC's and its twin's


def test_a_gz_of_the_copy_s_name_that_is_no_copy_leaves_the_original_read(tmp_path: Path) -> None:
    """x.warc.gz newer than x.warc.zst but holding other records (a crawl's own file of that
    name): the zstd file is named as before, its records not taken for the other's."""
    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    (folder / "crawl.warc.gz").write_bytes(b"".join(map(gzip.compress, RECORDS[1:])))
    later = zst.stat().st_mtime + 60
    os.utime(folder / "crawl.warc.gz", (later, later))
    done = _index(folder)
    assert done.returncode == 3, done.stderr
    assert f"WARNING: {zst}: skipped: zstd-compressed WARC" in done.stderr, done.stderr
    assert "left out, recompressed" not in done.stderr, done.stderr


def _first_members(path: Path, count: int) -> None:
    """Cut `path` (gzip members) after its first `count` members: a copy that lost its end
    (a `cp` or `rsync` stopped, a disk full), still beginning with the original's records."""
    data, at = path.read_bytes(), 0
    for _ in range(count):
        inflater = zlib.decompressobj(31)
        inflater.decompress(data[at:])
        at = len(data) - len(inflater.unused_data)
    path.write_bytes(data[:at])


@pytest.mark.parametrize("name", ["crawl.warc.zst", "whole.warc.gz"])
def test_a_copy_missing_the_original_s_later_records_leaves_it_read(
    tmp_path: Path, name: str
) -> None:
    """A copy holding the original's first records only: leaving the original out lost its
    later records from the index under a line saying they were indexed from the copy, exit
    0, and telling the user to remove the original."""
    folder = tmp_path / "warc"
    folder.mkdir()
    original = folder / name
    if name.endswith(".zst"):
        original.write_bytes(VARIANTS["plain.warc.zst"]())
    else:
        original.write_bytes(gzip.compress(b"".join(RECORDS)))
    assert _run("recompress", str(original)).returncode == 0
    copy = next(path for path in folder.iterdir() if path != original)
    _first_members(copy, 2)
    done = _index(folder)
    assert done.returncode == 3, done.stderr
    assert f"WARNING: {original}: skipped:" in done.stderr, done.stderr
    assert "left out, recompressed" not in done.stderr, done.stderr


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_every_framing_s_whole_copy_still_leaves_the_original_out(
    tmp_path: Path, name: str
) -> None:
    """Its every byte compared (lz4, zstd with or without a dictionary, a frame a file):
    a whole copy still stands in for its original."""
    folder = tmp_path / "warc"
    folder.mkdir()
    original = folder / name
    original.write_bytes(VARIANTS[name]())
    assert _run("recompress", str(original)).returncode == 0
    done = _index(folder)
    assert done.returncode == 0, done.stderr
    assert f"{original} (as {name.replace(name.rsplit('.', 1)[1], 'gz')})" in done.stderr


def test_extract_and_history_read_the_copy_alone(tmp_path: Path) -> None:
    """`extract` and `history` read both, as `index` did: each page was two items (the
    items file held every article twice), and `history` named the zstd file, which no
    replay tool reads, as where the capture is."""
    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    alone = _run("extract", str(zst), "-o", str(tmp_path / "alone.jsonl"))
    assert alone.returncode == 0, alone.stderr
    assert _run("recompress", str(folder)).returncode == 0
    said = (
        "1 file left out, recompressed beside it (their records read from the copies): "
        f"{zst} (as crawl.warc.gz); remove the original once you no longer need it"
    )
    both = _run("extract", str(folder), "-o", str(tmp_path / "both.jsonl"))
    assert both.returncode == 0, both.stderr
    assert f"extract: {said}" in both.stderr.splitlines(), both.stderr
    items = (tmp_path / "both.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(items) == len((tmp_path / "alone.jsonl").read_text().splitlines()), items
    history = _run("history", "http://old.news.test/harbour", "--warc", str(folder))
    assert history.returncode == 0, history.stderr
    later = " (its copy checked on an earlier run, unchanged since)"  # extract compared them
    assert f"history: {said}{later}" in history.stderr.splitlines(), history.stderr
    assert "crawl.warc.gz @ " in history.stdout and "crawl.warc.zst" not in history.stdout


def test_a_member_a_record_file_damaged_further_on_is_still_passed_over(tmp_path: Path) -> None:
    """Every member is looked at now: damage in a late member of a file written a member a
    record (nothing to recompress; `index` reads it and names the damaged record) was named
    `damaged in its first records`, a skip, exit 3, on every run of a folder beside it."""
    folder = tmp_path / "warc"
    folder.mkdir()
    members = [gzip.compress(record) for record in RECORDS]
    bad = bytearray(members[3])
    bad[15] ^= 0xFF  # inside its deflate data
    (folder / "crawl.warc.gz").write_bytes(b"".join([*members[:3], bytes(bad), members[4]]))
    (folder / "other.warc.zst").write_bytes(VARIANTS["plain.warc.zst"]())
    done = _run("recompress", str(folder))
    assert done.returncode == 0, done.stderr
    assert "crawl.warc.gz" not in done.stderr, done.stderr
    assert not (folder / "crawl.recompressed.warc.gz").exists()


def _whole_gzip_pages(path: Path, pages: dict[str, bytes]) -> None:
    """Pages' responses, written by warcio and gzipped whole (as `gzip x.warc` leaves it)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    for uri, body in pages.items():
        record = writer.create_warc_record(
            uri, "response", payload=BytesIO(body), length=len(body), http_headers=http(body),
            warc_headers_dict={"WARC-Date": "2026-04-03T08:00:00Z"},
        )  # fmt: skip
        writer.write_record(record)
    path.write_bytes(gzip.compress(buffer.getvalue()))


@pytest.mark.pywb
def test_replay_serves_the_copies_alone(tmp_path: Path) -> None:
    """`replay` named the zstd original `skipped ... recompress it` (exit 3 of its line) with
    its copy beside it, and indexed a gzipped-whole original beside its copy, pywb given
    each of its captures twice: it leaves them out as `index` does, one line, and the
    pages replay from the copies."""
    from tests.test_foreign_archives import replaying_archive
    from tests.test_package import fetch

    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    quay = b"<html><head><title>Quay</title></head><body><p>The quay wall was mended.</p></html>"
    whole = folder / "quay.warc.gz"
    _whole_gzip_pages(whole, {f"{SITE}/quay": quay, f"{SITE}/dock": b"<p>The dock.</p>"})
    assert _run("recompress", str(folder)).returncode == 0
    assert (folder / "quay.recompressed.warc.gz").exists() and (folder / "crawl.warc.gz").exists()
    with replaying_archive(folder) as (base, replaying):
        assert fetch(f"{base}20260401080000id_/{SITE}/harbour") == HARBOUR
        assert fetch(f"{base}20260403080000id_/{SITE}/quay") == quay
        served = {}
        for path in ("harbour", "quay"):
            lines = fetch(f"{base}cdx?url={SITE}/{path}&output=json").decode().splitlines()
            served[path] = sorted(json.loads(line)["filename"] for line in lines)
        replaying.send_signal(signal.SIGTERM)
        assert replaying.wait(timeout=30) == 0
        assert replaying.stderr is not None
        errors = replaying.stderr.read()
    # the revisit is served from replay's decoded copies, the response from the copy
    assert "crawl.warc.gz" in served["harbour"] and "crawl.warc.zst" not in served["harbour"]
    assert served["quay"] == ["quay.recompressed.warc.gz"], served
    said = [line for line in errors.splitlines() if "replay:" in line or "WARNING" in line]
    assert said == [  # pywb's own log lines follow on the same stderr
        f"replay: 2 files left out, recompressed beside them (their records served from the "
        f"copies): {zst} (as crawl.warc.gz), {whole} (as quay.recompressed.warc.gz); remove "
        "the originals once you no longer need them"
    ], errors
