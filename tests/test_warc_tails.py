"""What follows the last record of a `.warc.gz` (a gzip member a record) when it is no record.

Found acting as an outside user (session 23): bytes after the last member that do not
inflate were named `FILE: rest skipped: unreadable after 1 records, (error: ...)`, with no
offset and no size (and `index` said `unreadable from here on`, here being nowhere); a
block's zero padding after the last member (tape, block-sized storage, `dd conv=sync`) was
counted as a file unreadable, exit 3, though nothing in it is lost. Now the junk is named
with its offset and size by `extract` (also `-j 2`) and `index`, exit 3; the padding is
noted once (also by `index --wacz`, which reads the file twice), exit 0.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from pathlib import Path

import pytest

from newsarchive.warc.readerrors import unreadable
from tests.plugins.cli_here import newsarchive_run

PROJECT = Path(__file__).resolve().parents[1]
URL = "http://weir.news.test/story"


def _member() -> bytes:
    body = b"<html><title>Weir</title><body><p>The river rose past the old weir.</p></body></html>"
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:5c0e4c52-0000-4000-8000-0000000000a1>\r\n"
        f"WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {URL}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + block + b"\r\n\r\n")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return newsarchive_run(*args, cwd=PROJECT)  # in-process: cli_here.py


def _items(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_junk_after_the_last_member_is_named_with_offset_and_size(
    tmp_path: Path, jobs: str
) -> None:
    member = _member()
    warc = tmp_path / "tail.warc.gz"
    warc.write_bytes(member + b"TRAILING junk, no gzip\n")
    done = _run("extract", "-j", jobs, "--all-pages", str(warc), "-o", str(tmp_path / "i.jsonl"))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    where = f"23 bytes from offset {len(member)} on, to the file's end, start no record"
    assert f"{warc}: rest skipped: unreadable after 1 record ({where} (error: " in done.stderr
    assert [item["url"] for item in _items(tmp_path / "i.jsonl")] == [URL]
    assert done.stderr.splitlines()[-1].endswith(
        "1 file unreadable (0 wholly, 1 from some record on)"
    )


def test_index_names_junk_after_the_last_member_with_offset_and_size(tmp_path: Path) -> None:
    member = _member()
    warc = tmp_path / "tail.warc.gz"
    warc.write_bytes(member + b"TRAILING junk, no gzip\n")
    cdxj = tmp_path / "i.cdxj"
    done = _run("index", str(warc), "--cdxj", str(cdxj))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    where = f"23 bytes from offset {len(member)} on, to the file's end, start no record"
    assert f"{warc}: rest skipped: unreadable: {where} (error: " in done.stderr
    assert "from here on" not in done.stderr
    assert len(cdxj.read_text().splitlines()) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_zero_padding_after_the_last_member_is_noted_not_counted(tmp_path: Path, jobs: str) -> None:
    warc = tmp_path / "padded.warc.gz"
    warc.write_bytes(_member() + b"\0" * 4000)
    done = _run("extract", "-j", jobs, "--all-pages", str(warc), "-o", str(tmp_path / "i.jsonl"))
    assert done.returncode == 0, done.stderr
    note = f"{warc}: 4,000 bytes of padding (zeros, blank space) after its last record: not read"
    assert done.stderr.count(note) == 1, done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 1 item"
    assert [item["url"] for item in _items(tmp_path / "i.jsonl")] == [URL]


def test_index_and_wacz_note_zero_padding_once(tmp_path: Path) -> None:
    warc = tmp_path / "padded.warc.gz"
    warc.write_bytes(_member() + b"\0" * 4000)
    cdxj = tmp_path / "i.cdxj"
    done = _run("index", str(warc), "--cdxj", str(cdxj), "--wacz", str(tmp_path / "a.wacz"))
    assert done.returncode == 0, done.stderr
    note = f"{warc}: 4,000 bytes of padding (zeros, blank space) after its last record: not read"
    assert done.stderr.count(note) == 1, done.stderr
    assert "valid, 1 page listed" in done.stdout + done.stderr
    assert len(cdxj.read_text().splitlines()) == 1


def test_a_file_unreadable_after_one_record_says_record() -> None:
    assert unreadable("E: x", 1) == "unreadable after 1 record (E: x)"
    assert unreadable("E: x", 2) == "unreadable after 2 records (E: x)"
    assert unreadable("E: x", 0) == "unreadable (E: x)"


@pytest.mark.parametrize("command", ["extract", "index", "history"])
def test_a_fifo_itself_in_a_folder_is_named(tmp_path: Path, command: str) -> None:
    """A FIFO (not a link to one) in a folder was passed over unnamed, exit 0."""
    folder = tmp_path / "warcs"
    folder.mkdir()
    fifo = folder / "pipe.warc.gz"
    os.mkfifo(fifo)
    (folder / "good.warc.gz").write_bytes(_member())
    args = {
        "extract": ["--all-pages", str(folder), "-o", str(tmp_path / "i.jsonl")],
        "index": [str(folder), "--cdxj", str(tmp_path / "i.cdxj")],
        "history": [URL, "--warc", str(folder)],
    }[command]
    done = _run(command, *args)
    assert done.returncode == 3, done.stderr
    assert f"{fifo}: skipped: not a regular file (a FIFO)" in done.stderr
    assert "Traceback" not in done.stderr
    if command == "extract":
        assert [item["url"] for item in _items(tmp_path / "i.jsonl")] == [URL]
    if command == "index":
        assert len((tmp_path / "i.cdxj").read_text().splitlines()) == 1
