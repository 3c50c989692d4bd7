"""A revisit naming its original only by digest (an identical-payload-digest revisit of
WARC/1.0, a URL-agnostic one) or by WARC-Refers-To, without WARC-Refers-To-Target-URI
and -Date, written here byte by byte: pywb served the original in its place, at the
original's date."""

from __future__ import annotations

import hashlib
import urllib.request
from base64 import b32encode
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.package.replayable import write_decoded_copies
from tests.test_foreign_archives import replaying_archive

SITE = "http://ferry.news.test"
SLIP_ID = "<urn:uuid:5c0ffee0-0000-4000-8000-000000000002>"
SERVED = [(3, "/ferry", "Ferry"), (4, "/slipway", "Slipway"), (5, "/ferry", "Ferry")]
NAMED = (
    "WARC-Target-URI", "WARC-Date", "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date",
    "WARC-Payload-Digest",
)  # fmt: skip
PROFILE = "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"


def _page(title: str) -> bytes:
    words = f"{title}: the ferry to the outer islands now leaves from the second slipway."
    return f"<html><head><title>{title}</title></head><body><p>{words}</p></body></html>".encode()


def _sha1(data: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(data).digest()).decode()


def _record(kind: str, path: str, block: bytes, number: int, extra: list[str]) -> bytes:
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:5c0ffee0-0000-4000-8000-{number:012d}>",
        f"WARC-Date: 2026-06-0{number}T08:30:00Z",
        f"WARC-Target-URI: {SITE}{path}",
        "Content-Type: application/http; msgtype=response",
        f"WARC-Block-Digest: {_sha1(block)}",
        *extra,
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _original(path: str, number: int, body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    block = head.encode() + body
    return _record("response", path, block, number, [f"WARC-Payload-Digest: {_sha1(body)}"])


def _revisit(path: str, number: int, names: list[str]) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    return _record("revisit", path, head, number, [f"WARC-Profile: {PROFILE}", *names])


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    ferry, slip = _page("Ferry"), _page("Slipway")
    records = [
        _original("/ferry", 1, ferry),
        _original("/slip", 2, slip),
        _revisit("/ferry", 3, [f"WARC-Payload-Digest: {_sha1(ferry)}"]),  # by digest only
        _revisit("/slipway", 4, [f"WARC-Refers-To: {SLIP_ID}"]),  # by id only, of another URL
        _revisit("/ferry", 5, [f"WARC-Payload-Digest: {_sha1(ferry)}"]),  # a second one
        _revisit("/gone", 6, [f"WARC-Payload-Digest: {_sha1(_page('Gone'))}"]),  # none here
    ]
    path = tmp_path / "older.warc"
    path.write_bytes(b"".join(records))
    return path


def test_a_copy_names_the_original_of_each_revisit_whose_original_is_found(
    archive: Path, tmp_path: Path
) -> None:
    copies = tmp_path / "copies.warc.gz"
    write_decoded_copies([archive], copies)
    with copies.open("rb") as stream:
        named = [
            tuple(record.rec_headers.get_header(name) for name in NAMED)
            for record in ArchiveIterator(stream)
        ]
    ferry, slip = _sha1(_page("Ferry")), _sha1(_page("Slipway"))
    assert named == [
        ("http://ferry.news.test/ferry", "2026-06-03T08:30:00Z", "http://ferry.news.test/ferry",
         "2026-06-01T08:30:00Z", ferry),
        ("http://ferry.news.test/slipway", "2026-06-04T08:30:00Z", "http://ferry.news.test/slip",
         "2026-06-02T08:30:00Z", slip),
        ("http://ferry.news.test/ferry", "2026-06-05T08:30:00Z", "http://ferry.news.test/ferry",
         "2026-06-01T08:30:00Z", ferry),
    ]  # fmt: skip


@pytest.mark.pywb
def test_replay_serves_a_revisit_without_refers_to_target_at_its_own_date(archive: Path) -> None:
    before = archive.read_bytes()
    with replaying_archive(archive) as (base, _replaying):
        for number, path, title in SERVED:
            date, body = _served(f"{base}2026060{number}083000id_/{SITE}{path}")
            assert (date[5:], body) == (f"0{number} Jun 2026 08:30:00 GMT", _page(title))
    assert archive.read_bytes() == before


def _served(url: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("Memento-Datetime"), bytes(response.read())
