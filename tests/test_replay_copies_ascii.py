"""replay's decoded copies of a record whose HTTP headers hold non-ASCII bytes (junk, a
flipped bit, another tool's latin-1, UTF-8): written with those bytes as archived.

Found by benchmarks/warc_fuzz.py (seed 20, file 209: pywb's example.arc with junk inside
its Cache-Control value, which held a ';'): warcio percent-encodes only the `name="value"`
parts of such a value, its writing raised UnicodeEncodeError, and `replay` ended in a
traceback. A header's name of such bytes did the same. Then the copies percent-encoded
such bytes as UTF-8 (a latin-1 `caf\xe9` served as `caf%C3%A9`): warcio decodes a header
line as UTF-8, else latin-1, and its text does not say which bytes were archived. The
lines as read are kept for such headers, and the copy holds them byte for byte.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.package.replayable import write_decoded_copies

SITE = "http://weir.news.test"


def _record(extra: bytes) -> bytes:
    body = b"<html><title>Weir</title><p>The river rose over the weir.</p></html>"
    # declares more than it stores: a record replay writes a copy of
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + extra
        + f"Content-Length: {len(body) + 40}\r\n\r\n".encode() + body
    )  # fmt: skip
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:4d0e4c52-0000-4000-8000-000000000001>\r\n"
        f"WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {SITE}/a\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


@pytest.mark.parametrize(
    "extra",
    [b"Cache-Control: ma\x98\xa2x; filename=\"caf\xc3\xa9\"\r\n", b"X-Junk\xe9: 1\r\n",
     b"Cache-Control: caf\xc3\xa9\r\n", b"X-Place: Z\xfcrich caf\xe9\r\n",
     b"Content-Disposition: attachment; filename=\"caf\xe9.pdf\"\r\n"],
    ids=["junk and UTF-8 beside ';'", "latin-1 name", "UTF-8", "latin-1", "latin-1 beside ';'"],
)  # fmt: skip
def test_a_copy_of_non_ascii_headers_holds_them_as_archived(tmp_path: Path, extra: bytes) -> None:
    path = tmp_path / "weir.warc"
    path.write_bytes(_record(extra))
    copies = tmp_path / "copies.warc.gz"
    replaced = write_decoded_copies([path], copies)  # before: UnicodeEncodeError
    assert len(replaced) == 1
    assert extra in gzip.decompress(copies.read_bytes())  # before: percent-encoded as UTF-8
    found = []
    with copies.open("rb") as stream:
        for record in ArchiveIterator(stream, check_digests=True):
            assert record.rec_type == "response" and record.http_headers is not None
            found.append(record.content_stream().read())
            assert record.digest_checker.passed is not False
    assert len(found) == 1
    assert found[0].endswith(b"over the weir.</p></html>")
