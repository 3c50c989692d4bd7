"""A revisit whose HTTP status line is not HTTP/1.x (`HTTP/2 200`, Go's `HTTP/2.0 200 OK`):
pywb answered 503 (`replay` copied such responses with an HTTP/1.1 line, not revisits)."""

from __future__ import annotations

from base64 import b32encode
from pathlib import Path

import pytest

from tests.test_foreign_archives import replaying_archive
from tests.test_revisit_digests import SITE, _original, _page, _record, _served, _sha1

PROFILE = "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


def _revisit(path: str, number: int, status: str) -> bytes:
    digest = "sha1:" + b32encode(_sha1(_page("Harbour"))).decode()
    head = f"{status}\r\ncontent-type: text/html\r\n\r\n".encode()
    extra = [
        PROFILE,
        f"WARC-Payload-Digest: {digest}",
        f"WARC-Refers-To-Target-URI: {SITE}/a",
        "WARC-Refers-To-Date: 2026-05-01T09:00:00Z",
    ]
    return _record("revisit", path, head, number, extra)


@pytest.mark.pywb
def test_replay_serves_a_revisit_whose_status_line_is_http2(tmp_path: Path) -> None:
    archive = tmp_path / "h2.warc"
    digest = "sha1:" + b32encode(_sha1(_page("Harbour"))).decode()
    records = [
        _original("/a", 1, digest),
        _revisit("/a", 2, "HTTP/2 200"),
        _revisit("/b", 3, "HTTP/2.0 200 OK"),  # of another URL
        _revisit("/c", 4, "HTTP/1.1 200 OK"),
    ]
    archive.write_bytes(b"".join(records))
    before = archive.read_bytes()
    with replaying_archive(archive) as (base, _replaying):
        for number, path in enumerate(("/a", "/b", "/c"), 2):
            date, body = _served(f"{base}2026050{number}090000id_/{SITE}{path}")
            assert (date[5:], body) == (f"0{number} May 2026 09:00:00 GMT", _page("Harbour"))
    assert archive.read_bytes() == before  # served from a copy in its scratch folder
