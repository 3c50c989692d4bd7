"""A response record whose Content-Length ends inside its HTTP headers (a damaged or
mis-written length). warcio gives the header lines read up to the record's end and an empty
body: `index` wrote a CDXJ line for it (status 200, no type) that replayed as an empty page,
exit 0 but for the bytes after it. It is now a record skipped, named on one line by every
reader, counted in the last line, exit 3; the records after it are read as before.
"""

from __future__ import annotations

import gzip
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.plugins.cli_here import newsarchive_run

PROJECT = Path(__file__).resolve().parents[1]
SITE = "http://ledger.news.test"
BODY = b"<html><title>Ledger</title><body><p>The accounts were closed.</p></body></html>"
BLOCK = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nServer: quill\r\n\r\n" + BODY
REASON = "record skipped: its Content-Length ends inside its HTTP headers (damaged)"


def _record(path: str, length: int, block: bytes = BLOCK) -> bytes:
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {SITE}{path}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _archive(path: Path, cut_at: int) -> Path:
    records = [_record("/cut", cut_at), _record("/whole", len(BLOCK))]
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(record) for record in records))
    else:
        path.write_bytes(b"".join(records))
    return path


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    done = newsarchive_run(*args, cwd=PROJECT, timeout=120)  # in-process: cli_here.py
    assert "Traceback" not in done.stderr, done.stderr
    return done


# inside the status line's end, inside a header line, after a header line's end, one byte short
CUTS = [17, 30, BLOCK.index(b"\r\n\r\n") + 2, BLOCK.index(b"\r\n\r\n") + 3]


@pytest.mark.parametrize("name", ["a.warc.gz", "a.warc"])
@pytest.mark.parametrize("cut_at", CUTS)
def test_index_leaves_out_a_response_cut_inside_its_http_headers(
    tmp_path: Path, name: str, cut_at: int
) -> None:
    archive = _archive(tmp_path / name, cut_at)
    cdxj = tmp_path / "index.cdxj"
    done = _run("index", archive, "--cdxj", cdxj)
    assert done.returncode == 3, done.stderr
    assert f"{archive}@0: {REASON}" in done.stderr, done.stderr
    lines = cdxj.read_text().splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["test,news,ledger)/whole"], lines
    assert (
        "records skipped" in done.stderr.splitlines()[-1]
        or "record skipped" in (done.stderr.splitlines()[-1])
    )


@pytest.mark.parametrize("name", ["a.warc.gz", "a.warc"])
def test_extract_names_it_too(tmp_path: Path, name: str) -> None:
    archive = _archive(tmp_path / name, 30)
    out = tmp_path / "items.jsonl"
    done = _run("extract", "--all-pages", archive, "-o", out)
    assert done.returncode == 3, done.stderr
    assert f"{archive}@0: {REASON}" in done.stderr, done.stderr
    assert out.read_text().count(f"{SITE}/whole") == 1
    assert f"{SITE}/cut" not in out.read_text()


def test_a_whole_header_block_with_an_empty_body_is_still_indexed(tmp_path: Path) -> None:
    """Headers whose blank line ends the record exactly: an empty page, as served."""
    block = b"HTTP/1.1 204 No Content\r\nServer: quill\r\n\r\n"
    archive = tmp_path / "empty.warc.gz"
    archive.write_bytes(gzip.compress(_record("/empty", len(block), block)))
    cdxj = tmp_path / "index.cdxj"
    done = _run("index", archive, "--cdxj", cdxj)
    assert done.returncode == 0, done.stderr
    assert '"status": "204"' in cdxj.read_text()


def test_headers_saying_an_empty_body_whose_blank_line_alone_is_cut_are_indexed(
    tmp_path: Path,
) -> None:
    """pywb's missing-status-text sample: a 302 whose `Content-Length: 0` line ends the record
    (its blank line past the record's length): nothing of the answer is lost."""
    block = b"HTTP/1.0 302 \r\nLocation: http://ledger.news.test/to\r\nContent-Length: 0\r\n\r\n"
    archive = tmp_path / "redirect.warc.gz"
    archive.write_bytes(gzip.compress(_record("/from", len(block) - 4, block)))
    cdxj = tmp_path / "index.cdxj"
    done = _run("index", archive, "--cdxj", cdxj)
    assert "record skipped" not in done.stderr, done.stderr
    assert '"status": "302"' in cdxj.read_text()
