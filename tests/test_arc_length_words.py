"""An ARC record whose length field is there but no number (`-1`, `abc`: pywb's test
archives have such lines) is named for what it is, by `extract` and `index` alike, and the
records after it are read. Before, it was "cut short inside its header", of a header line
read whole; a WARC header cut before its Content-Length keeps that name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_foreign_archives import SITE, newsarchive, page

HEAD = b"1 0 newsarchive-test\nURL IP-address Archive-date Content-type Archive-length\n"


def _arc(path: Path) -> Path:
    """An ARC v1 file: its header, a line of length -1, one of length abc, then /quay whole."""
    parts = [b"filedesc://odd.arc 0.0.0.0 20100101000000 text/plain %d\n" % len(HEAD) + HEAD]
    parts.append(f"{SITE}/gone 10.0.0.1 20100101000001 text/html -1\n".encode())
    parts.append(f"{SITE}/odd 10.0.0.1 20100101000002 text/html abc\n".encode())
    block = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page("Quay Reopens")
    parts.append(f"{SITE}/quay 10.0.0.1 20100101000003 text/html {len(block)}\n".encode() + block)
    path.write_bytes(b"\n".join(parts) + b"\n")
    return path


@pytest.mark.parametrize("command", ["extract", "index"])
def test_a_length_that_is_no_number_is_named_so(tmp_path: Path, command: str) -> None:
    path = _arc(tmp_path / "odd.arc")
    out = tmp_path / ("items.jsonl" if command == "extract" else "index.cdxj")
    args = ["--all-pages", "-o", str(out)] if command == "extract" else ["--cdxj", str(out)]
    done = newsarchive(command, *args, str(path))
    assert done.returncode == 3, done.stderr
    said = done.stderr
    assert "record skipped: its length '-1' is no number (no Content-Length number)" in said
    assert "record skipped: its length 'abc' is no number (no Content-Length number)" in said
    assert "cut short inside its header" not in said  # before: both named so
    lines = out.read_text().splitlines()
    if command == "extract":
        assert [json.loads(line)["title"] for line in lines] == ["Quay Reopens"]
    else:
        assert [json.loads(line.split(" ", 2)[2])["url"] for line in lines] == [SITE + "/quay"]


def test_a_warc_header_without_a_length_keeps_its_name(tmp_path: Path) -> None:
    path = tmp_path / "nolength.warc"
    head = f"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: {SITE}/note\r\n\r\n"
    path.write_bytes(head.encode() + b"a note\r\n\r\n")
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "i.jsonl"), str(path))
    assert done.returncode == 3, done.stderr
    assert "record skipped: cut short inside its header (no Content-Length number)" in done.stderr
