"""A revisit quoting its original's WARC-Payload-Digest in another form than the original
carries (base16 against base32, `SHA1:`, a browsertrix `sha256:` in hex), written here byte
by byte: `extract` named it "original in none of the files given" and pywb served 503."""

from __future__ import annotations

import hashlib
import json
import urllib.request
from base64 import b32encode, b64encode, urlsafe_b64encode
from pathlib import Path

import pytest

from newsarchive.warc.digests import digest_key, index_digest
from tests.test_foreign_archives import newsarchive, replaying_archive

SITE = "http://quay.news.test"
BODY = {"/a": "Harbour", "/b": "Tides", "/c": "Moorings"}


def _page(title: str) -> bytes:
    words = f"{title}: the harbour master moved the evening sailings to the north quay."
    return f"<html><head><title>{title}</title></head><body><p>{words}</p></body></html>".encode()


def _sha1(data: bytes) -> bytes:
    return hashlib.sha1(data).digest()


def _record(kind: str, path: str, block: bytes, number: int, extra: list[str]) -> bytes:
    http = "application/http; msgtype=response"
    lines = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:7d1e2f3a-0000-4000-8000-{number:012d}>",
        f"WARC-Date: 2026-05-0{number}T09:00:00Z",
        f"WARC-Target-URI: {SITE}{path}",
        f"Content-Type: {http}",
        f"WARC-Block-Digest: sha1:{b32encode(_sha1(block)).decode()}",
        *extra,
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _original(path: str, number: int, digest: str) -> bytes:
    body = _page(BODY[path])
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    extra = [f"WARC-Payload-Digest: {digest}"]
    return _record("response", path, head.encode() + body, number, extra)


def _revisit(path: str, number: int, digest: str, of: str = "") -> bytes:
    """Naming its original by digest and URL (`of`, default its own: pywb resolves no revisit
    without it), no WARC-Refers-To and no WARC-Refers-To-Date."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    extra = [
        "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
        f"WARC-Payload-Digest: {digest}",
        f"WARC-Refers-To-Target-URI: {SITE}{of or path}",
    ]
    return _record("revisit", path, head, number, extra)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    a, b, c = (_page(BODY[p]) for p in ("/a", "/b", "/c"))
    sha256 = hashlib.sha256(c).digest()
    records = [
        _original("/a", 1, "sha1:" + _sha1(a).hex()),  # base16
        _original("/b", 2, "SHA1:" + b32encode(_sha1(b)).decode()),
        _original("/c", 3, "sha256:" + sha256.hex()),  # as browsertrix writes it
        _revisit("/a", 4, "sha1:" + b32encode(_sha1(a)).decode()),
        _revisit("/b", 5, "sha1:" + _sha1(b).hex().upper()),
        _revisit("/c", 6, "sha256:" + b32encode(sha256).decode().rstrip("=")),
        # of another URL: pywb has no other capture of it to fall back on
        _revisit("/d", 7, "sha1:" + _sha1(a).hex().upper(), of="/a"),
    ]
    path = tmp_path / "others.warc"
    path.write_bytes(b"".join(records))
    return path


RAW = bytes(range(20))
SIGNS = bytes([0xFB, 0xEF, 0xFF] * 6 + [0xFB, 0xFF])  # + and / in base64
FORMS = [  # a WARC-Payload-Digest as written -> as the index gives it
    ("sha1:" + b32encode(RAW).decode(), "sha1:" + b32encode(RAW).decode()),
    ("SHA1:" + b32encode(RAW).decode().lower(), "sha1:" + b32encode(RAW).decode()),
    ("sha1:" + RAW.hex(), "sha1:" + b32encode(RAW).decode()),
    ("sha1:" + RAW.hex().upper(), "sha1:" + b32encode(RAW).decode()),
    ("sha256:" + bytes(32).hex().upper(), "sha256:" + bytes(32).hex()),
    ("sha256:" + b32encode(bytes(32)).decode().rstrip("="), "sha256:" + bytes(32).hex()),
    # base64, standard and URL-safe (-_ for +/), padded or not: warcio reads each; the
    # URL-safe one was kept as written (its revisit matched no original)
    ("sha1:" + b64encode(SIGNS).decode(), "sha1:" + b32encode(SIGNS).decode()),
    ("sha1:" + urlsafe_b64encode(SIGNS).decode(), "sha1:" + b32encode(SIGNS).decode()),
    ("sha1:" + urlsafe_b64encode(SIGNS).decode().rstrip("="), "sha1:" + b32encode(SIGNS).decode()),
    ("sha256:" + urlsafe_b64encode(bytes([251]) * 32).decode(), "sha256:" + "fb" * 32),
    ("sha1:not-a-digest", "sha1:not-a-digest"),  # read no way: kept as written
    ("crc32:1234abcd", "crc32:1234abcd"),
]
UNREAD = ("sha1:not-a-digest", "crc32:1234abcd")


@pytest.mark.parametrize(("written", "indexed"), FORMS)
def test_a_digest_is_indexed_in_one_form_per_algorithm(written: str, indexed: str) -> None:
    assert index_digest(written) == indexed
    assert (digest_key(written) is None) == (written in UNREAD)


def test_extract_finds_the_original_of_a_revisit_quoting_its_digest_otherwise(
    archive: Path, tmp_path: Path
) -> None:
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(archive))
    assert done.returncode == 0, done.stderr
    assert "none of the files given" not in done.stderr
    read = [json.loads(line) for line in items.read_text().splitlines()]
    assert sorted((item["url"], item["title"]) for item in read) == sorted(
        [(SITE + path, title) for path, title in BODY.items()] * 2 + [(SITE + "/d", "Harbour")]
    )


def test_the_index_gives_revisit_and_original_one_digest(archive: Path, tmp_path: Path) -> None:
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(archive))
    assert done.returncode == 0, done.stderr
    digests: dict[str, set[str]] = {}
    for line in cdxj.read_text().splitlines():
        fields = json.loads(line.split(" ", 2)[2])
        digests.setdefault(fields["url"], set()).add(fields["digest"])
    assert digests.pop(SITE + "/d") == digests[SITE + "/a"]
    assert [len(found) for found in digests.values()] == [1, 1, 1], digests


@pytest.mark.pywb
def test_replay_serves_the_revisit_with_its_originals_body(archive: Path) -> None:
    from tests.test_package import fetch

    before = archive.read_bytes()
    with replaying_archive(archive) as (base, _replaying):
        for number, (path, title) in enumerate(BODY.items(), 4):
            date, body = _served(f"{base}2026050{number}090000id_/{SITE}{path}")
            # the revisit's own date: not the original's capture, served where the revisit fails
            assert (date[5:], body) == (f"0{number} May 2026 09:00:00 GMT", _page(title))
        assert fetch(f"{base}20260507090000id_/{SITE}/d") == _page("Harbour")
    assert archive.read_bytes() == before


def _served(url: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("Memento-Datetime"), bytes(response.read())
