"""A plain WARC whose first bytes are a UTF-8 byte order mark (an editor or a tool added it):
`extract` and `index` named the whole file unreadable (`Unknown archive format, first line:
ï»¿WARC/1.1`, exit 3, nothing read)."""

from __future__ import annotations

import gzip
import json
from base64 import b32encode
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive, replaying_archive
from tests.test_revisit_digests import BODY, SITE, _original, _page, _sha1


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "edited.warc"
    records = [
        _original(page, number, "sha1:" + b32encode(_sha1(_page(BODY[page]))).decode())
        for number, page in enumerate(("/a", "/b"), 1)
    ]
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(records))
    return path


def test_extract_and_index_read_past_the_byte_order_mark(archive: Path, tmp_path: Path) -> None:
    named = f"{archive}@0: record skipped: 3 bytes that start no record (a UTF-8 byte order mark)"
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(archive))
    assert done.returncode == 3 and done.stderr.startswith(f"WARNING: {named}"), done.stderr
    assert done.stderr.count("\n") == 2  # the mark's line and the summary's
    assert "extract: 2 items; skipped: 1 record skipped" in done.stderr
    titles = [json.loads(line)["title"] for line in items.read_text().splitlines()]
    assert titles == ["Harbour", "Tides"]
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(archive))
    assert done.returncode == 3 and f"WARNING: {named}" in done.stderr, done.stderr
    lines = [json.loads(line.split(" ", 2)[2]) for line in cdxj.read_text().splitlines()]
    assert [entry["offset"] for entry in lines] == ["3", str(3 + len(_first(archive)))]


def _first(archive: Path) -> bytes:
    data = archive.read_bytes()[3:]
    return data[: data.index(b"WARC/1.1", 1)]


@pytest.mark.pywb
def test_replay_serves_the_pages_of_a_warc_with_a_byte_order_mark(archive: Path) -> None:
    from tests.test_package import fetch

    with replaying_archive(archive) as (base, _replaying):
        for number, page in enumerate(("/a", "/b"), 1):
            assert fetch(f"{base}2026050{number}090000id_/{SITE}{page}") == _page(BODY[page])


LEADS = {  # what comes before the first record -> how it is named
    "bom": (b"\xef\xbb\xbf", "3 bytes that start no record (a UTF-8 byte order mark)"),
    "blank lines": (b"\r\n", "2 bytes that start no record (blank lines)"),
    "spaces": (b"  \n", "3 bytes that start no record (blank space)"),
    "bom and spaces": (
        b"\xef\xbb\xbf \n",
        "5 bytes that start no record (a UTF-8 byte order mark and blank space)",
    ),
}


def _records() -> list[bytes]:
    return [
        _original(page, number, "sha1:" + b32encode(_sha1(_page(BODY[page]))).decode())
        for number, page in enumerate(("/a", "/b"), 1)
    ]


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzipped", "plain"])
@pytest.mark.parametrize("lead", list(LEADS))
def test_a_byte_order_mark_or_blank_space_before_the_first_record(
    tmp_path: Path, lead: str, gzipped: bool
) -> None:
    """Before, a gzipped WARC after any of these was named unreadable (`Unknown archive
    format`), nothing read, and a plain one after spaces lost every record under `cut short
    inside its header`. Blank lines before a plain WARC are read as warcio reads them."""
    before, named = LEADS[lead]
    records = _records()
    path = tmp_path / ("edited.warc.gz" if gzipped else "edited.warc")
    data = b"".join(gzip.compress(r, mtime=0) if gzipped else r for r in records)
    path.write_bytes(before + data)
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(path))
    lines = [json.loads(line.split(" ", 2)[2]) for line in cdxj.read_text().splitlines()]
    if lead == "blank lines" and not gzipped:  # warcio reads past them from offset 0
        assert [line["offset"] for line in lines] == ["0", str(len(before + records[0]))]
        assert done.returncode == 0 and "WARNING" not in done.stderr, done.stderr
        return
    assert len(lines) == 2 and lines[0]["offset"] == str(len(before)), done.stderr
    assert done.returncode == 3 and f"WARNING: {path}@0: record skipped: {named}" in done.stderr
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(path))
    assert done.returncode == 3 and done.stderr.startswith(
        f"WARNING: {path}@0: record skipped: {named}"
    )
    assert len(items.read_text().splitlines()) == 2


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzipped", "plain"])
def test_recover_closes_a_file_with_a_byte_order_mark(tmp_path: Path, gzipped: bool) -> None:
    """Before: moved aside as `.damaged`, `no whole WARC record in it` (there were two)."""
    records = _records()
    data = b"".join(gzip.compress(r, mtime=0) if gzipped else r for r in records)
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "crawl.warc.gz.open").write_bytes(b"\xef\xbb\xbf" + data[:-40])  # killed mid-record
    done = newsarchive("recover", str(folder))
    closed = folder / ("crawl.warc.gz" if gzipped else "crawl.warc")
    assert done.returncode == 0 and closed.exists(), done.stdout + done.stderr
    assert f"{closed.name}: 1 record kept" in done.stdout
    first = gzip.compress(records[0], mtime=0) if gzipped else records[0]
    assert closed.read_bytes() == b"\xef\xbb\xbf" + first
