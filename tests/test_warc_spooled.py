"""A body archived from its spool file gives the same record as the same body in memory."""

from __future__ import annotations

import gzip
import tempfile
from datetime import UTC, datetime

import pytest

from newsarchive.warc import records
from newsarchive.warc.exchange import HttpExchange, SpooledBody
from newsarchive.warc.writer import MemoryWarcWriter

T0 = datetime(2026, 12, 1, 22, 0, 0, tzinfo=UTC)
BODY = b"".join(b"%07d a line of a large download\n" % n for n in range(90_000))  # ~3.2 MB


def exchange(body: bytes, spooled: SpooledBody | None = None) -> HttpExchange:
    return HttpExchange(
        url="http://127.0.0.1:8080/big.mp4",
        method="GET",
        request_headers=[("User-Agent", "test/1")],
        request_body=b"",
        status=200,
        response_headers=[("Content-Type", "video/mp4"), ("Content-Length", str(len(BODY)))],
        body=body,
        started_at=T0,
        ip_address="127.0.0.1",
        spooled=spooled,
    )


def spooled_body(data: bytes) -> SpooledBody:
    spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the SpooledBody by its user)
    spool.write(data)
    return SpooledBody(spool, len(data))  # type: ignore[arg-type]


def written(ex: HttpExchange, max_payload: int | None) -> tuple[bytes, records.HttpPayload]:
    warcinfo = records.warcinfo_record("memory.warc.gz", {"software": "t"}, "<urn:uuid:w>", T0)
    writer = MemoryWarcWriter(lambda name: warcinfo, gzip_level=6)
    http = records.http_response(ex, max_payload)
    writer.write_group([records.response_record(ex, http, "<urn:uuid:r>")])
    return gzip.decompress(writer.getvalue()), http


@pytest.mark.parametrize("max_payload", [None, 1_000_000])
def test_spooled_and_in_memory_bodies_make_identical_records(max_payload: int | None) -> None:
    in_memory, http = written(exchange(BODY), max_payload)
    spooled = spooled_body(BODY)
    with spooled.file:  # closed by its test, as the archiver closes it in a crawl
        from_file, spooled_http = written(exchange(b"", spooled), max_payload)
    assert from_file == in_memory  # headers, digests, Content-Length, block, all
    assert spooled_http.payload_digest == http.payload_digest
    assert spooled_http.truncated == http.truncated == (None if max_payload is None else "length")
    assert spooled_http.size == http.size == min(len(BODY), max_payload or len(BODY))
