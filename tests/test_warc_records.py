"""Record building (records.py) and writing (writer.py) with fixed ids and clock: exact bytes."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import os
import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc import records
from newsarchive.warc.archiver import new_record_id
from newsarchive.warc.exchange import HttpExchange, RecordRef
from newsarchive.warc.writer import MemoryWarcWriter, RotatingWarcWriter, warc_filename

WARCIO = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "warcio"
T0 = datetime(2026, 11, 24, 2, 0, 0, 123456, tzinfo=UTC)
RESPONSE_ID = "<urn:uuid:00000000-0000-4000-8000-000000000001>"
REQUEST_ID = "<urn:uuid:00000000-0000-4000-8000-000000000002>"
BODY = b"<html>caf\xe9</html>"


def sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def exchange(**changes: object) -> HttpExchange:
    fields: dict[str, object] = {
        "url": "http://127.0.0.1:8080/news/a?id=1&x=2",
        "method": "GET",
        "request_headers": [("User-Agent", "test/1"), ("Accept-Encoding", "gzip")],
        "request_body": b"",
        "status": 200,
        "response_headers": [
            ("Content-Length", str(len(BODY))),
            ("Content-Type", "text/html; charset=iso-8859-1"),
            ("Set-Cookie", "a=1"),
            ("Set-Cookie", "b=2"),
        ],
        "body": BODY,
        "started_at": T0,
        "ip_address": "127.0.0.1",
    }
    fields.update(changes)
    return HttpExchange(**fields)  # type: ignore[arg-type]


def head_of(http: records.HttpPayload) -> str:
    return http.head.decode("latin-1")


def test_response_record_exact_bytes() -> None:
    ex = exchange()
    http = records.http_response(ex)
    record = records.response_record(ex, http, RESPONSE_ID)
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n"
        % len(BODY)
        + b"Content-Type: text/html; charset=iso-8859-1\r\n"
        b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n"
    )
    block = head + BODY
    expected = (
        (
            b"WARC/1.1\r\n"
            b"WARC-Type: response\r\n"
            b"WARC-Record-ID: " + RESPONSE_ID.encode() + b"\r\n"
            b"WARC-Date: 2026-11-24T02:00:00.123456Z\r\n"
            b"WARC-Target-URI: http://127.0.0.1:8080/news/a?id=1&x=2\r\n"
            b"WARC-IP-Address: 127.0.0.1\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"WARC-Payload-Digest: " + sha1(BODY).encode() + b"\r\n"
            b"WARC-Block-Digest: " + sha1(block).encode() + b"\r\n"
            b"Content-Length: %d\r\n\r\n" % len(block)
        )
        + block
        + b"\r\n\r\n"
    )
    assert records.record_bytes(record) == expected


def test_request_record_has_path_query_host_and_concurrent_to() -> None:
    record = records.request_record(exchange(), REQUEST_ID, RESPONSE_ID)
    block = (
        b"GET /news/a?id=1&x=2 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
        b"User-Agent: test/1\r\nAccept-Encoding: gzip\r\n\r\n"
    )
    data = records.record_bytes(record)
    assert data.endswith(block + b"\r\n\r\n")
    assert record.rec_headers.get_header("WARC-Concurrent-To") == RESPONSE_ID
    assert record.rec_headers.get_header("WARC-Block-Digest") == sha1(block)
    assert record.rec_headers.get_header("WARC-Date") == "2026-11-24T02:00:00.123456Z"


def test_request_body_and_existing_host_kept() -> None:
    ex = exchange(method="POST", request_headers=[("Host", "example.org")], request_body=b"q=1")
    block = records.record_bytes(records.request_record(ex, REQUEST_ID, RESPONSE_ID))
    assert block.endswith(b"POST /news/a?id=1&x=2 HTTP/1.1\r\nHost: example.org\r\n\r\nq=1\r\n\r\n")


@pytest.mark.parametrize(
    ("status", "reason", "line"),
    [
        (200, None, "HTTP/1.1 200 OK"),
        (301, None, "HTTP/1.1 301 Moved Permanently"),
        (404, None, "HTTP/1.1 404 Not Found"),
        (299, None, "HTTP/1.1 299"),
        (200, "Fine Thanks", "HTTP/1.1 200 Fine Thanks"),
    ],
)
def test_status_line_reason_phrase(status: int, reason: str | None, line: str) -> None:
    http = records.http_response(exchange(status=status, reason=reason))
    assert head_of(http).split("\r\n")[0] == line


def test_protocol_kept() -> None:
    http = records.http_response(exchange(protocol="HTTP/1.0"))
    assert head_of(http).startswith("HTTP/1.0 200 OK\r\n")


def test_dechunked_body_gets_true_length_and_no_transfer_encoding() -> None:
    headers = [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")]
    http = records.http_response(exchange(response_headers=headers))
    assert http.headers.headers == [
        ("Content-Type", "text/html"),
        ("X-Archive-Orig-Transfer-Encoding", "chunked"),
        ("Content-Length", str(len(BODY))),
    ]


def test_wrong_content_length_replaced_original_kept() -> None:
    http = records.http_response(exchange(response_headers=[("Content-Length", "999")]))
    assert http.headers.headers == [
        ("X-Archive-Orig-Content-Length", "999"),
        ("Content-Length", str(len(BODY))),
    ]


def test_decoded_body_from_browser_renames_encoding_headers() -> None:
    headers = [("Content-Encoding", "br"), ("Content-Length", "7"), ("Vary", "Accept-Encoding")]
    http = records.http_response(exchange(response_headers=headers, body_decoded=True))
    assert http.headers.headers == [
        ("X-Archive-Orig-Content-Encoding", "br"),
        ("X-Archive-Orig-Content-Length", "7"),
        ("Vary", "Accept-Encoding"),
        ("Content-Length", str(len(BODY))),
    ]


def test_encoded_body_keeps_content_encoding() -> None:
    body = gzip.compress(b"hello", mtime=0)
    headers = [("Content-Encoding", "gzip"), ("Content-Length", str(len(body)))]
    http = records.http_response(exchange(response_headers=headers, body=body))
    assert http.headers.headers == headers
    assert http.body == body
    assert http.payload_digest == sha1(body)


def test_head_and_304_keep_their_content_length() -> None:
    headers = [("Content-Length", "5000")]
    for ex in (exchange(method="HEAD", body=b""), exchange(status=304, body=b"")):
        http = records.http_response(HttpExchange(**{**ex.__dict__, "response_headers": headers}))
        assert http.headers.headers == headers


def test_truncation_keeps_prefix_and_marks_it() -> None:
    ex = exchange(response_headers=[("Content-Length", str(len(BODY)))])
    http = records.http_response(ex, max_payload=5)
    record = records.response_record(ex, http, RESPONSE_ID)
    assert http.body == BODY[:5]
    assert record.rec_headers.get_header("WARC-Truncated") == "length"
    assert http.headers.get_header("Content-Length") == "5"
    assert http.headers.get_header("X-Archive-Orig-Content-Length") == str(len(BODY))


def test_dataloss_reason_passed_through() -> None:
    ex = exchange(truncated="disconnect")
    record = records.response_record(ex, records.http_response(ex), RESPONSE_ID)
    assert record.rec_headers.get_header("WARC-Truncated") == "disconnect"


def test_revisit_refers_to_original_and_has_no_body() -> None:
    ex = exchange(url="http://127.0.0.1:8080/copy")
    http = records.http_response(ex)
    original = RecordRef(
        RESPONSE_ID,
        "f.warc.gz",
        0,
        "response",
        "2026-11-24T01:00:00.000000Z",
        "http://127.0.0.1:8080/news/a",
    )
    record = records.revisit_record(ex, http, REQUEST_ID, original)
    headers = record.rec_headers
    assert headers.get_header("WARC-Profile") == records.REVISIT_PROFILE
    assert headers.get_header("WARC-Refers-To") == RESPONSE_ID
    assert headers.get_header("WARC-Refers-To-Target-URI") == "http://127.0.0.1:8080/news/a"
    assert headers.get_header("WARC-Refers-To-Date") == "2026-11-24T01:00:00.000000Z"
    assert headers.get_header("WARC-Payload-Digest") == sha1(BODY)
    assert headers.get_header("Content-Length") == str(len(http.head))
    assert records.record_bytes(record).endswith(http.head + b"\r\n\r\n")


def test_warcinfo_fields() -> None:
    fields = records.warcinfo_fields("sw/1", "host", "classic", "ua/1", "Ops", "")
    record = records.warcinfo_record("x.warc.gz", fields, RESPONSE_ID, T0)
    data = records.record_bytes(record).decode()
    assert "WARC-Filename: x.warc.gz\r\n" in data
    assert "format: WARC File Format 1.1\r\n" in data
    assert f"conformsTo: {records.CONFORMS_TO}\r\n" in data
    assert "robots: classic\r\nhttp-header-user-agent: ua/1\r\noperator: Ops\r\n" in data
    assert "description" not in data  # empty fields are left out


def _ids() -> object:
    counter = iter(range(1, 10_000))
    return lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"


def _memory_writer() -> tuple[MemoryWarcWriter, object]:
    make_id = _ids()
    fields = records.warcinfo_fields("sw/1", "host", "classic", "ua", "", "")
    writer = MemoryWarcWriter(lambda name: records.warcinfo_record(name, fields, make_id(), T0))
    return writer, make_id


def _pair(make_id: object, ex: HttpExchange) -> list:
    main_id = make_id()  # type: ignore[operator]
    http = records.http_response(ex)
    return [
        records.response_record(ex, http, main_id),
        records.request_record(ex, make_id(), main_id),  # type: ignore[operator]
    ]


def test_memory_writer_is_deterministic_and_offsets_point_at_records() -> None:
    outputs = []
    for _ in range(2):
        writer, make_id = _memory_writer()
        refs = writer.write_group(_pair(make_id, exchange()))
        refs += writer.write_group(_pair(make_id, exchange(url="http://127.0.0.1:8080/b")))
        outputs.append((writer.getvalue(), refs))
    assert outputs[0] == outputs[1]
    data, refs = outputs[0]
    stream = ArchiveIterator(io.BytesIO(data))
    kinds = []
    found = {}
    for record in stream:
        kinds.append(record.rec_type)
        found[stream.get_record_offset()] = record.rec_headers.get_header("WARC-Record-ID")
    assert [r.record_type for r in refs] == ["response", "request"] * 2
    for ref in refs:
        assert found[ref.offset] == ref.record_id
    assert kinds == ["warcinfo", "response", "request", "response", "request"]
    # one gzip member per record: each offset starts a gzip header
    for offset in found:
        assert data[offset : offset + 2] == b"\x1f\x8b"


def test_rotation_between_groups_only(tmp_path: Path) -> None:
    make_id = _ids()
    fields = records.warcinfo_fields("sw/1", "host", "classic", "ua", "", "")
    writer = RotatingWarcWriter(
        tmp_path, "t", 600, lambda n: records.warcinfo_record(n, fields, make_id(), T0)
    )
    for n in range(6):
        writer.write_group(_pair(make_id, exchange(url=f"http://127.0.0.1:8080/{n}")))
        current = writer.current_path
        assert current is None or current.name.endswith(".warc.gz.open")
    writer.close()
    files = sorted(tmp_path.iterdir())
    assert len(files) >= 3
    assert not list(tmp_path.glob("*.open")) and not list(tmp_path.glob(".*"))
    for path in files:
        with path.open("rb") as stream:
            kinds = [r.rec_type for r in ArchiveIterator(stream)]
        assert kinds[0] == "warcinfo"
        assert kinds[1:] == ["response", "request"] * ((len(kinds) - 1) // 2)
        subprocess.run([str(WARCIO), "check", str(path)], check=True)


def test_each_file_is_told_on_opening_with_its_warcinfo_alone_in_it(tmp_path: Path) -> None:
    """The writer names a new file to `on_open` once its warcinfo is on disk and before any
    other record of it: a crawl state commits the name then (newsarchive.state.unsynced)."""
    make_id = _ids()
    fields = records.warcinfo_fields("sw/1", "host", "classic", "ua", "", "")
    told: list[tuple[str, list[str]]] = []

    def opened(name: str) -> None:
        with (tmp_path / (name + ".open")).open("rb") as stream:
            told.append((name, [r.rec_type for r in ArchiveIterator(stream)]))

    writer = RotatingWarcWriter(
        tmp_path,
        "t",
        600,
        lambda n: records.warcinfo_record(n, fields, make_id(), T0),
        on_open=opened,
    )
    for n in range(6):
        writer.write_group(_pair(make_id, exchange(url=f"http://127.0.0.1:8080/{n}")))
    writer.close()
    files = sorted(path.name for path in tmp_path.iterdir())
    assert sorted(name for name, _ in told) == files and len(files) >= 3
    assert {tuple(kinds) for _, kinds in told} == {("warcinfo",)}


def test_filename_follows_annex_c() -> None:
    name = warc_filename("news", T0, 7, "crawl1", 4242)
    assert name == "news-20261124020000123-00007-4242-crawl1.warc.gz"
    # what a WACZ package accepts: lower case, no "~" or "_" from odd host names
    name = warc_filename("news", T0, 7, "Crawl_Box~2", 4242)
    assert name == "news-20261124020000123-00007-4242-crawl-box-2.warc.gz"


def test_header_bytes_survive_the_latin1_round_trip() -> None:
    # Scrapy's header bytes are decoded as latin-1 (lossless): the record holds the wire bytes
    raw = b"attachment; filename=caf\xe9.pdf"
    headers = [("Content-Disposition", raw.decode("latin-1")), ("Content-Length", "17")]
    http = records.http_response(exchange(response_headers=headers))
    assert b"Content-Disposition: " + raw + b"\r\n" in http.head


def test_browser_header_beyond_latin1_is_utf8() -> None:
    http = records.http_response(exchange(response_headers=[("X-Title", "caf\u00e9 \u2014 ok")]))
    assert "X-Title: caf\u00e9 \u2014 ok\r\n".encode() in http.head


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://example.org:80/a", "example.org"),
        ("https://user:pw@example.org:443/a", "example.org"),
        ("https://example.org:8443/a", "example.org:8443"),
    ],
)
def test_host_header_as_clients_send_it(url: str, host: str) -> None:
    record = records.request_record(exchange(url=url, request_headers=[]), REQUEST_ID, RESPONSE_ID)
    assert record.http_headers.get_header("Host") == host


def test_two_writers_of_one_process_at_the_same_instant_never_share_a_file(
    tmp_path: Path,
) -> None:
    """Two crawlers in one process share the pid; a fixed clock makes their names collide."""
    make_id = _ids()
    fields = records.warcinfo_fields("sw/1", "host", "classic", "ua", "", "")

    def writer() -> RotatingWarcWriter:
        return RotatingWarcWriter(
            tmp_path, "t", 10**9, lambda n: records.warcinfo_record(n, fields, make_id(), T0),
            clock=lambda: T0, host="h",
        )  # fmt: skip

    first, second = writer(), writer()
    first.write_group(_pair(make_id, exchange(url="http://127.0.0.1:8080/one")))
    second.write_group(_pair(make_id, exchange(url="http://127.0.0.1:8080/two")))
    assert first.current_path != second.current_path
    first.close()
    second.close()
    targets = []
    for path in sorted(tmp_path.glob("*.warc.gz")):
        with path.open("rb") as stream:
            found = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]
        targets.append([t for t in found if t and t.startswith("http")])
    assert sorted(targets) == [["http://127.0.0.1:8080/one"] * 2, ["http://127.0.0.1:8080/two"] * 2]


def test_request_line_is_what_the_client_sent_whatever_the_server_answered() -> None:
    ex = exchange(protocol="HTTP/1.0")
    record = records.request_record(ex, "<urn:uuid:r>", "<urn:uuid:c>")
    assert record.http_headers.statusline.endswith(" HTTP/1.1")
    assert records.http_response(ex).head.startswith(b"HTTP/1.0 200")


def test_record_ids_are_distinct_version_4_uuids_in_a_forked_child_too() -> None:
    ids = [new_record_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    for record_id in ids[:200]:
        assert record_id.startswith("<urn:uuid:") and record_id.endswith(">")
        parsed = uuid.UUID(record_id[10:-1])
        assert str(parsed) == record_id[10:-1]  # lower-case, 8-4-4-4-12
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # a forked process must not repeat its parent's ids
        os.write(writer, new_record_id().encode())
        os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    with os.fdopen(reader, "rb") as stream:
        assert stream.read().decode() != new_record_id()


@pytest.mark.parametrize(
    ("uri", "data", "concurrent_to"),
    [
        ("urn:item:http://127.0.0.1:8080/news/a?id=1", b'{"title": "caf\xc3\xa9"}', RESPONSE_ID),
        ("urn:item:http://127.0.0.1:8080/news/\u00e9t\u00e9", b"{}", None),
        ("urn:item:x", b"", RESPONSE_ID),
    ],
)
def test_metadata_record_bytes_are_the_generic_records(
    uri: str, data: bytes, concurrent_to: str | None
) -> None:
    """The metadata record built as bytes directly is warcio's generic record, byte
    for byte, and reads back with its digests checked; its ref is what the header says."""
    prepared = records.metadata_record(uri, data, "application/json", REQUEST_ID, T0, concurrent_to)
    generic = records.described_record(
        "metadata", uri, data, "application/json", REQUEST_ID, T0, concurrent_to
    )
    assert records.record_bytes(prepared) == records.record_bytes(generic)
    writer = MemoryWarcWriter(lambda name: records.warcinfo_record(name, {}, RESPONSE_ID, T0))
    (ref,) = writer.write_group([prepared])
    stream = io.BytesIO(writer.getvalue())
    stream.seek(ref.offset)
    record = next(iter(ArchiveIterator(stream, check_digests=True)))
    assert record.rec_type == "metadata" == ref.record_type
    assert record.content_stream().read() == data
    assert record.digest_checker.passed is not False
    headers = record.rec_headers
    assert ref.record_id == headers.get_header("WARC-Record-ID") == REQUEST_ID
    assert ref.date == headers.get_header("WARC-Date")
    assert ref.target_uri == headers.get_header("WARC-Target-URI") == uri
    assert ref.payload_digest == headers.get_header("WARC-Payload-Digest") == sha1(data)
    assert headers.get_header("WARC-Concurrent-To") == concurrent_to
