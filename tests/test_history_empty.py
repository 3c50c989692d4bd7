"""`history` of captures read from the WARC files: an empty 200 is no version.

`extract` names and counts an article answered with an empty body (the crawl parses
none); `history` made a version of it (a change to nothing and back: three versions
of one page), and a capture whose extraction raised was named but not counted (exit 0).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_foreign_archives import newsarchive
from tests.test_read_errors import SITE, _http, record

PAGE = (
    b"<html><head><title>Harbour wall mended</title></head><body><article><h1>Harbour wall "
    b"mended</h1><p>The harbour wall was mended before the winter storms came in.</p>"
    b"<p>Boats went out again on Monday.</p></article></body></html>"
)


def test_an_empty_capture_is_named_and_counted_not_a_version(tmp_path: Path) -> None:
    url = f"{SITE}/1"  # the URL `record` gives number 1
    path = tmp_path / "runs.warc"
    captures = [_http(PAGE), _http(b""), _http(PAGE)]
    data = b"".join(
        record(1, block).replace(b"08:00:00Z", f"0{8 + n}:00:00Z".encode())
        .replace(b"000000000001>", f"00000000000{n}>".encode())
        for n, block in enumerate(captures, 1)
    )  # fmt: skip
    path.write_bytes(data)
    done = newsarchive("history", url, "--warc", str(path), "--reextract", "--format", "json")
    assert done.returncode == 3, done.stderr
    versions = json.loads(done.stdout)["articles"][0]["versions"]
    assert len(versions) == 1  # before: 3 (the page, the empty one, the page again)
    empty = data.index(b"WARC/1.0", data.index(b"WARC/1.0") + 1)
    assert done.stderr.splitlines() == [
        f"WARNING: not extracted: {url} (runs.warc@{empty}): HTTP 200 with an empty body: "
        "no version made (the crawl parses no empty article)",
        "history: skipped: 1 empty page (HTTP 200) (named above)",
    ]


def _coded_wrong(body: bytes) -> bytes:
    """A 200 whose body is not in the coding its header names: no page can be made of it."""
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def test_a_url_whose_only_capture_was_skipped_is_not_said_to_be_uncaptured(
    tmp_path: Path,
) -> None:
    """It said `history: no capture of URL in the archive`, exit 1, of a URL whose record
    had just been named skipped: the capture is there, it could not be read (3)."""
    path = tmp_path / "run.warc"
    path.write_bytes(record(1, _http(PAGE)) + record(2, _coded_wrong(b"not gzip at all")))
    url = f"{SITE}/2"
    done = newsarchive("history", url, "--warc", str(path), "--reextract")
    assert done.returncode == 3, done.stderr
    lines = done.stderr.splitlines()
    at = len(record(1, _http(PAGE)))
    assert lines[0].startswith(f"WARNING: {path}@{at}: record skipped: "), lines
    assert lines[-1] == (
        f"history: {url} was captured ({path}@{at}), but no capture of it could be read "
        "(named above): no version to show"
    ), lines
    assert "no capture of" not in done.stderr.replace("no capture of it", ""), lines


def test_a_url_not_found_beside_records_that_could_not_be_read_may_be_among_them(
    tmp_path: Path,
) -> None:
    """A record whose header is lost names no URL: the URL asked for may have been in it.
    It said `no capture of URL in the archive`, exit 1."""
    path = tmp_path / "run.warc"
    path.write_bytes(record(1, _http(PAGE)) + b"WARC/1.0\r\nWARC-Type: resp")
    url = f"{SITE}/2"
    done = newsarchive("history", url, "--warc", str(path), "--reextract")
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"history: no readable capture of {url} in the archive; what could not be read "
        "(named above) may hold one"
    ), done.stderr


def test_a_url_not_found_beside_a_skipped_record_of_another_url_is_not_captured(
    tmp_path: Path,
) -> None:
    """The record skipped names its URL, another one: the URL asked for was never captured,
    not "maybe" among what could not be read (exit 3: a record was skipped, as ever)."""
    path = tmp_path / "run.warc"
    path.write_bytes(record(1, _http(PAGE)) + record(2, _coded_wrong(b"not gzip at all")))
    done = newsarchive("history", f"{SITE}/7", "--warc", str(path), "--reextract")
    assert done.returncode == 3, done.stderr
    last = done.stderr.splitlines()[-1]
    assert last == f"history: no capture of {SITE}/7 in the archive", done.stderr
