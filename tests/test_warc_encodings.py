"""Content codings of archived bodies: every one a server may send is undone, and warcio's too."""

from __future__ import annotations

import gzip
import zlib
from io import BytesIO

import brotli
import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.warc import encodings
from newsarchive.warc.encodings import (
    ContentDecodingError,
    codings,
    decode_body,
    install_warcio_decoders,
    zstd_module,
)

PAGE = b"<!DOCTYPE html><html><head><title>Coded</title></head><body><p>Text.</p></body></html>"


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def zstd(data: bytes) -> bytes:
    module = zstd_module()
    assert module is not None, "Scrapy installs backports.zstd: a zstd module must be there"
    return bytes(module.compress(data))


CASES = [
    ("identity", None, PAGE),
    ("identity", "identity", PAGE),
    ("gzip", "gzip", gzip.compress(PAGE, mtime=0)),
    ("x-gzip", "x-gzip", gzip.compress(PAGE, mtime=0)),
    (
        "gzip, two members",
        "gzip",
        gzip.compress(PAGE[:30], mtime=0) + gzip.compress(PAGE[30:], mtime=0),
    ),
    ("deflate, zlib-wrapped", "deflate", zlib.compress(PAGE)),
    ("deflate, raw", "deflate", raw_deflate(PAGE)),
    ("br", "br", brotli.compress(PAGE)),
    ("zstd", "zstd", zstd(PAGE)),
    ("upper case", "BR", brotli.compress(PAGE)),
    ("stacked: gzip then br", "gzip, br", brotli.compress(gzip.compress(PAGE, mtime=0))),
    ("stacked with identity", "identity, deflate, zstd", zstd(zlib.compress(PAGE))),
    ("header kept over a decoded body", "gzip", PAGE),
    ("a name that is no coding, over markup", "utf-8", PAGE),
]


@pytest.mark.parametrize(("case", "header", "body"), CASES, ids=[c[0] for c in CASES])
def test_every_coding_a_server_sends_is_undone(case: str, header: str | None, body: bytes) -> None:
    assert decode_body(body, header) == PAGE


@pytest.mark.parametrize(
    ("header", "body", "says"),
    [
        ("compress", b"\x1f\x9d\x90abc", "'compress' is not supported"),
        ("br", b"\x00\x01not brotli at all", "not valid br data"),
        ("gzip", b"\x1f\x8b\x08\x00 cut", "not valid gzip data"),
        ("zstd", b"\x28\xb5\x2f\xfd\x00", "not valid zstd data"),
    ],
)
def test_bodies_that_cannot_be_decoded_say_why(header: str, body: bytes, says: str) -> None:
    with pytest.raises(ContentDecodingError, match=says):
        decode_body(body, header)


CODED = [(header, body) for _, header, body in CASES if header and body != PAGE]
CODED += [("zstd", zstd(PAGE[:40]) + zstd(PAGE[40:]))]  # two frames


@pytest.mark.parametrize(("header", "body"), CODED)
def test_a_body_decoding_past_the_limit_is_refused_as_it_is_decoded(
    header: str, body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2 MB gzip body decoded to a 2 GiB page (4.2 GB of memory): each decoder stops one
    byte past the limit; a body up to it decodes whole (several members or frames too)."""
    monkeypatch.setattr(encodings, "MAX_DECODED", len(PAGE))
    assert decode_body(body, header) == PAGE
    monkeypatch.setattr(encodings, "MAX_DECODED", len(PAGE) - 1)
    last = codings(header)[0].removeprefix("x-")  # the coding undone last gives the page
    says = f"{last} body decodes to over {len(PAGE) - 1:,} bytes"
    with pytest.raises(ContentDecodingError, match=says):
        decode_body(body, header)


@pytest.mark.parametrize(
    ("header", "body"),
    [("gzip", gzip.compress(PAGE, mtime=0)[:-9]), ("deflate", zlib.compress(PAGE)[:-5]),
     ("deflate", raw_deflate(PAGE)[:-3]), ("br", brotli.compress(PAGE)[:-2]),
     ("zstd", zstd(PAGE)[:-4])],
)  # fmt: skip
def test_a_body_cut_short_still_does_not_decode(header: str, body: bytes) -> None:
    with pytest.raises(ContentDecodingError, match=f"not valid {header} data"):
        decode_body(body, header)


def test_codings_lists_them_in_the_order_applied() -> None:
    assert codings(" gzip , identity,BR ") == ["gzip", "br"]
    assert codings(None) == [] and codings("") == []


@pytest.mark.parametrize("coding", ["br", "zstd"])
def test_warcio_reads_br_and_zstd_once_given_working_decoders(coding: str) -> None:
    """What cdxj-indexer and py-wacz call: warcio's own content_stream()."""
    body = brotli.compress(PAGE) if coding == "br" else zstd(PAGE)
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = [("Content-Type", "text/html"), ("Content-Encoding", coding)]
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record("http://x.test/", "response", payload=BytesIO(body),
                                  length=len(body), http_headers=http)
    )  # fmt: skip
    install_warcio_decoders()
    buffer.seek(0)
    record = next(iter(ArchiveIterator(buffer)))
    assert record.content_stream().read() == PAGE
