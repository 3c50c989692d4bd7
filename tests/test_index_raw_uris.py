"""A WARC-Target-URI holding raw bytes that are no UTF-8 (a latin-1 byte, as an older crawler
or a server's raw redirect leaves it).

warcio decodes such a header line as latin-1, and the index (as pywb's cdx-indexer and
cdxj-indexer 1.5 do) encoded the text as UTF-8: `caf\\xe9` became `caf%C3%A9`, a URL that
was never requested, and a line mixing UTF-8 and a latin-1 byte became mojibake
(`caf%C3%83%C2%A9`). pywb asked for the URL as requested (`caf%E9`) answered 404. Now each
raw byte outside ASCII is percent-encoded, the URL as it went on the wire; a URI in UTF-8
is indexed as before, as cdxj-indexer indexes it.
"""

from __future__ import annotations

import gzip
import json
import urllib.error
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive, reference_index, replaying_archive

HOST = "http://quai.test"
# the URI bytes as written, the URL indexed and replayed, its key
LATIN1 = (b"/caf\xe9?q=\xe9t\xe9", "/caf%E9?q=%E9t%E9", "test,quai)/caf%e9?q=%e9t%e9")
MIXED = (b"/caf\xc3\xa9/men\xfc", "/caf%C3%A9/men%FC", "test,quai)/caf%c3%a9/men%fc")
UTF8 = (b"/caf\xc3\xa9/carte", "/caf\u00e9/carte", "test,quai)/caf%c3%a9/carte")


def _page(title: str) -> bytes:
    return (
        f"<html><head><meta charset='iso-8859-1'><title>{title}</title></head><body><p>Le "
        f"menu du jour du {title} change chaque matin selon la p\xeache du port.</p></body></html>"
    ).encode("latin-1")


def _record(uri: bytes, number: int, kind: str = "response", refers: bytes = b"") -> bytes:
    body = _page(f"Quai {number}") if kind == "response" else b""
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    ) + body
    head = (
        b"WARC/1.0\r\nWARC-Type: %s\r\n" % kind.encode()
        + b"WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-%012d>\r\n" % number
        + b"WARC-Date: 2026-05-0%dT08:00:00Z\r\n" % (1 + number)
        + b"WARC-Target-URI: "
        + HOST.encode()
        + uri
        + b"\r\n"
    )
    if kind == "revisit":
        head += (
            b"WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"
            b"WARC-Refers-To-Target-URI: " + HOST.encode() + refers + b"\r\n"
            b"WARC-Refers-To-Date: 2026-05-01T08:00:00Z\r\n"
        )
    head += b"Content-Type: application/http; msgtype=response\r\n"
    return head + b"Content-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    records = [_record(uri, n) for n, (uri, _, _) in enumerate((LATIN1, MIXED, UTF8))]
    (folder / "quai.warc").write_bytes(b"".join(records))
    return folder / "quai.warc"


def _index(path: Path, tmp_path: Path) -> list[tuple[str, dict]]:
    out = tmp_path / "index.cdxj"
    done = newsarchive("index", str(path), "--cdxj", str(out))
    assert done.returncode == 0, done.stderr
    lines = [line.split(" ", 2) for line in out.read_text().splitlines()]
    return [(key, json.loads(fields)) for key, _, fields in lines]


def test_raw_bytes_are_indexed_percent_encoded_as_requested(archive: Path, tmp_path: Path) -> None:
    lines = _index(archive, tmp_path)
    reference = [(key, fields) for key, _, fields in reference_index(archive)]
    # each capture under the bytes as written, and under the key cdxj-indexer gives it
    keys = {case[2] for case in (LATIN1, MIXED, UTF8)} | {key for key, _ in reference}
    assert sorted(key for key, _ in lines) == sorted(keys)
    assert len(lines) == 5
    urls = {key: fields["url"] for key, fields in lines}
    for _, url, key in (LATIN1, MIXED, UTF8):
        assert urls[key] == HOST + url
    ours = {(k, f["url"], f["offset"]) for k, f in lines}
    assert {(k, f["url"], f["offset"]) for k, f in reference} <= ours


def test_extract_gives_the_same_urls_and_resolves_a_revisit_by_its_raw_uri(
    archive: Path, tmp_path: Path
) -> None:
    """WARC-Refers-To-Target-URI is read as the URI it names: a revisit of the latin-1 page
    (by URI and date) still finds it."""
    revisit = _record(LATIN1[0], 7, "revisit", refers=LATIN1[0])
    archive.write_bytes(archive.read_bytes() + revisit)
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(archive))
    assert done.returncode == 0, done.stderr
    urls = [json.loads(line)["url"] for line in items.read_text().splitlines()]
    assert urls == [HOST + LATIN1[1], HOST + MIXED[1], HOST + UTF8[1], HOST + LATIN1[1]]


@pytest.mark.pywb
def test_pywb_replays_the_capture_at_the_url_requested(archive: Path) -> None:
    from tests.test_package import fetch

    with replaying_archive(archive.parent) as (base, _):
        assert fetch(f"{base}20260501080000id_/{HOST}{LATIN1[1]}") == _page("Quai 0")
        assert fetch(f"{base}20260502080000id_/{HOST}{MIXED[1]}") == _page("Quai 1")
        assert fetch(f"{base}20260503080000id_/{HOST}/caf%C3%A9/carte") == _page("Quai 2")
        # and where pywb's own indexer keys it (a path a browser sends as UTF-8)
        utf8 = f"{base}20260501080000id_/{HOST}/caf%C3%A9?q=%C3%A9t%C3%A9"
        assert fetch(utf8) == _page("Quai 0")
        with pytest.raises(urllib.error.HTTPError):  # a URL no reading gives
            fetch(f"{base}20260501080000id_/{HOST}/caf%E9?q=%C3%A9t%E9x")


def _arc(uris: list[bytes]) -> list[bytes]:
    """An ARC (version 1) file's records, as an older crawler wrote them: each URL line's
    bytes as sent."""
    spec = b"1 0 Quai\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [
        b"filedesc://quai.arc 0.0.0.0 20260501080000 text/plain %d\n" % len(spec) + spec + b"\n"
    ]
    for number, uri in enumerate(uris):
        body = _page(f"Quai {number}")
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n" + body
        line = b"%s%s 192.0.2.1 2026050%d080000 text/html %d\n"
        records.append(line % (HOST.encode(), uri, 1 + number, len(http)) + http + b"\n")
    return records


@pytest.mark.parametrize("gzipped", [False, True])
def test_an_arc_url_line_is_read_as_a_warc_target_uri_is(tmp_path: Path, gzipped: bool) -> None:
    """An ARC's URL line holds the same raw bytes (older crawlers wrote ARC): warcio decoded
    it as latin-1 and the index keyed `caf\\xe9` as `caf%c3%a9`, extract gave `café`."""
    folder = tmp_path / "in"
    folder.mkdir()
    records = _arc([LATIN1[0], MIXED[0], UTF8[0]])
    path = folder / ("quai.arc.gz" if gzipped else "quai.arc")
    path.write_bytes(b"".join(gzip.compress(r) if gzipped else r for r in records))
    lines = _index(path, tmp_path)
    assert [key for key, _ in lines] == sorted(case[2] for case in (LATIN1, MIXED, UTF8))
    assert {key: fields["url"] for key, fields in lines} == {
        key: HOST + url for _, url, key in (LATIN1, MIXED, UTF8)
    }
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(path))
    assert done.returncode == 0, done.stderr
    urls = [json.loads(line)["url"] for line in items.read_text().splitlines()]
    assert urls == [HOST + LATIN1[1], HOST + MIXED[1], HOST + UTF8[1]]


@pytest.mark.pywb
def test_pywb_replays_an_arc_capture_at_the_url_requested(tmp_path: Path) -> None:
    from tests.test_package import fetch

    folder = tmp_path / "in"
    folder.mkdir()
    records = _arc([LATIN1[0], MIXED[0]])
    (folder / "quai.arc.gz").write_bytes(b"".join(gzip.compress(r) for r in records))
    with replaying_archive(folder) as (base, _):
        assert _page("Quai 0") == fetch(f"{base}20260501080000id_/{HOST}{LATIN1[1]}")
        assert _page("Quai 1") == fetch(f"{base}20260502080000id_/{HOST}{MIXED[1]}")
