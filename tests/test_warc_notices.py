"""warcio's own notices, said by every reader as one line a file and kind, counted.

warcio writes a three-line block naming no file to stderr for each record not
followed by its blank lines (a Content-Length one line short: 10 such records, 30
lines), and logs `Replacing spaces in invalid WARC-Target-URI: ...` for each URI
with spaces, naming no file either. `extract`, `index` and `recompress` said the
first as a line a record; the crawl state's reader of a killed run's file passed
warcio's 30 lines through.
"""

from __future__ import annotations

import gzip
import logging
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.state.unsynced import read_payloads
from tests.test_foreign_archives import PROJECT, newsarchive

SITE = "http://harbour.test"


def _response(url: str, number: int) -> bytes:
    """One response record, as warcio writes it (its two CRLFs last)."""
    body = (
        f"<html><head><title>Ferry notice {number}</title></head><body><p>The harbour ferry "
        f"number {number} leaves at dawn from the north pier, weather allowing.</p></body></html>"
    ).encode()
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )  # fmt: skip
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.0")
    writer.write_record(
        writer.create_warc_record(
            url, "response", payload=BytesIO(body), length=len(body), http_headers=headers
        )
    )
    return buffer.getvalue()


def _overrun(count: int) -> bytes:
    """`count` records each followed by a line its Content-Length leaves out, then its blank
    lines (as a writer that counted one line short writes them)."""
    records = []
    for number in range(count):
        record = _response(f"{SITE}/p{number}", number)
        records.append(record[:-4] + b"left out of its length %d\r\n\r\n\r\n" % number)
    return b"".join(records)


def _said(stderr: str, path: Path) -> list[str]:
    return [line.removeprefix("WARNING: ") for line in stderr.splitlines() if str(path) in line]


def _not_blank_line(path: Path, first: int) -> str:
    return (
        f"{path}: 10 records not followed by a blank line (their Content-Length may be wrong), "
        f"read on; the first at offset {first}, found b'left out of its length 0\\r\\n'"
    )


@pytest.mark.parametrize("command", ["extract", "extract -j 2", "index"])
def test_records_not_followed_by_blank_lines_are_one_line_for_the_file(
    command: str, tmp_path: Path
) -> None:
    data = _overrun(10)
    path = tmp_path / "short.warc"
    path.write_bytes(data)
    first = data.index(b"left out of its length 0")
    out = tmp_path / "out"
    args = {
        "extract": ["extract", "--all-pages", "-o", str(out)],
        "extract -j 2": ["extract", "--all-pages", "-j", "2", "--shard-size", "4096", "-o",
                         str(out)],
        "index": ["index", "--cdxj", str(out)],
    }[command]  # fmt: skip
    done = newsarchive(*args, str(path))
    assert "Traceback" not in done.stderr and "Remainder:" not in done.stderr, done.stderr
    notices = [line for line in _said(done.stderr, path) if "not followed" in line]
    assert notices == [_not_blank_line(path, first)], done.stderr
    assert len(out.read_text().splitlines()) == 10  # every record read on


def test_recompress_says_them_on_one_line(tmp_path: Path) -> None:
    data = _overrun(10)
    path = tmp_path / "short.warc.gz"
    path.write_bytes(gzip.compress(data, mtime=0))
    done = newsarchive("recompress", str(path))
    assert done.returncode == 0 and "Remainder:" not in done.stderr, done.stderr
    notices = [line for line in _said(done.stderr, path) if "not followed" in line]
    assert notices == [_not_blank_line(path, data.index(b"left out of its length 0"))]


def test_the_crawl_states_reader_says_them_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """`read_payloads` (a killed run's last file) wrote warcio's 3 lines a record: 30."""
    data = _overrun(10)
    path = tmp_path / "killed.warc"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING):
        payloads, error = read_payloads(path, path.name)
    assert len(payloads) == 10 and error == ""
    assert capsys.readouterr().err == ""  # nothing of warcio's own
    said = [r.getMessage() for r in caplog.records if "not followed" in r.getMessage()]
    assert said == [_not_blank_line(path, data.index(b"left out of its length 0"))]


def test_uris_with_spaces_are_counted_on_one_line_naming_the_file(tmp_path: Path) -> None:
    """warcio logged `Replacing spaces in invalid WARC-Target-URI: URI` for each, naming no
    file; `index --wacz` reads each file twice and still says it once."""
    path = tmp_path / "spaces.warc"
    records = [_response(f"{SITE}/ferry times {n}", n) for n in range(3)]
    path.write_bytes(b"".join(records))
    said = (
        f"{path}: 3 WARC-Target-URIs with spaces, read with %20 as warcio and cdxj-indexer "
        f"read them; the first at offset 0: '{SITE}/ferry times 0'"
    )
    for args in (
        ["extract", "--all-pages", "-o", str(tmp_path / "items.jsonl")],
        ["index", "--cdxj", str(tmp_path / "a.cdxj"), "--wacz", str(tmp_path / "a.wacz")],
    ):
        done = newsarchive(*args, str(path))
        assert "Replacing spaces" not in done.stderr, done.stderr
        assert [line for line in _said(done.stderr, path) if "spaces" in line] == [said]
    index = (tmp_path / "a.cdxj").read_text()
    assert [line.split()[0] for line in index.splitlines()] == [
        f"test,harbour)/ferry%20times%20{n}" for n in range(3)
    ]


def _arc_with_spaces(count: int) -> bytes:
    """An ARC (version 1) file whose header lines' URLs hold spaces."""
    spec = b"1 0 Harbour\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://harbour.arc 0.0.0.0 20010203040506 text/plain %d\n" % len(spec)
    records = [head + spec + b"\n"]
    for number in range(count):
        block = _response(f"{SITE}/x", number).split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n\r\n", 1)[0]
        line = f"{SITE}/ferry times {number} 192.0.2.7 20010203040507 text/html {len(block)}"
        records.append(line.encode() + b"\n" + block + b"\n")
    return b"".join(records)


@pytest.mark.parametrize("command", ["extract", "extract -j 2", "index"])
def test_urls_with_spaces_in_an_arc_file_are_called_urls(command: str, tmp_path: Path) -> None:
    """An ARC file has no WARC-Target-URI: the notice said it had, of its header lines' URLs."""
    path = tmp_path / "spaces.arc"
    data = _arc_with_spaces(3)
    path.write_bytes(data)
    first = data.index(f"{SITE}/ferry times 0".encode())
    out = tmp_path / "out"
    args = {
        "extract": ["extract", "--all-pages", "-o", str(out)],
        "extract -j 2": ["extract", "--all-pages", "-j", "2", "-o", str(out)],
        "index": ["index", "--cdxj", str(out)],
    }[command]
    done = newsarchive(*args, str(path))
    assert done.returncode == 0, done.stderr
    assert [line for line in _said(done.stderr, path) if "spaces" in line] == [
        f"{path}: 3 URLs with spaces in ARC header lines, read with %20 as warcio and "
        f"cdxj-indexer read them; the first at offset {first}: '{SITE}/ferry times 0'"
    ], done.stderr
    assert len(out.read_text().splitlines()) == 3


def test_extract_jobs_says_a_files_notices_before_the_next_files_lines(tmp_path: Path) -> None:
    """With -j the parent said every file's tallied notices once all files were done, after
    the lines of the files read later."""
    spaces = tmp_path / "a-spaces.warc"
    spaces.write_bytes(b"".join(_response(f"{SITE}/ferry times {n}", n) for n in range(3)))
    broken = tmp_path / "b-broken.warc"
    broken.write_bytes(b"<html>a saved page, no archive</html>\n" * 20)
    done = newsarchive(
        "extract", "--all-pages", "-j", "2", "-o", str(tmp_path / "items.jsonl"),
        str(spaces), str(broken),
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    lines = done.stderr.splitlines()
    spaces_at = [n for n, line in enumerate(lines) if f"{spaces}: 3 WARC-Target-URIs" in line]
    broken_at = [n for n, line in enumerate(lines) if f"{broken}: skipped" in line]
    assert len(spaces_at) == 1 and len(broken_at) == 1, done.stderr
    assert spaces_at[0] < broken_at[0], done.stderr


def test_extract_jobs_says_the_notices_of_the_files_read_when_interrupted(
    tmp_path: Path,
) -> None:
    """Ctrl-C during `extract -j 2`: the notices tallied of the files already read were lost
    (said once every file was done, and not in a `finally`). The SIGINT comes as the parent
    turns to the second file's results (tests/plugins/interrupt_extract.py), not after a
    while: a fast machine had read every file by then."""
    records = b"".join(_response(f"{SITE}/ferry times {n}", n) for n in range(200))
    paths = [tmp_path / f"spaces-{number:02}.warc" for number in range(3)]
    for path in paths:
        path.write_bytes(records)
    command = [sys.executable, "-m", "tests.plugins.interrupt_extract", "extract", "--all-pages"]
    command += ["-j", "2", "-o", str(tmp_path / "items.jsonl"), str(tmp_path)]
    run = subprocess.run(command, cwd=PROJECT, stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 130, run.stderr
    said = [line for line in run.stderr.splitlines() if "WARC-Target-URIs with spaces" in line]
    assert len(said) == 1, run.stderr
    assert said[0].startswith(f"WARNING: {paths[0]}: 200 WARC-Target-URIs with spaces"), run.stderr
