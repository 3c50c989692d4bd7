"""The parts of warcio that are not its public API and that the readers patch or read.

warcio is pinned (requirements.txt): it has no public way to have a gzip member that
breaks part way raise (it prints zlib's message and drops the member's rest), to judge
digests it cannot decode, or to say its notices naming the file, so
`newsarchive.warc.warcio_patches` patches its internals (`_loud_gzip_damage`,
`install_tolerant_digests`, `tolerant_loader`; `notices.one_line_notices`). An upgrade that
renames one would not fail loudly: each patch would set an attribute nobody calls, or
raise AttributeError, which the readers take for a damaged file. These tests name each
internal, so such an upgrade fails here, by name, before it reaches a batch.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import warcio
from warcio import digestverifyingreader
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.limitreader import LimitReader
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.warcwriter import WARCWriter

from newsarchive.warc.archives import tolerant_loader

PROJECT = Path(__file__).resolve().parent.parent


def _gzipped_warc(pages: int) -> bytes:
    """A WARC gzipped a member a record, of `pages` responses whose bodies hardly compress."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.0")
    for number in range(pages):
        body = b"".join(b"%d-%d " % (number, n * 7919 % 10007) for n in range(9000))
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )  # fmt: skip
        record = writer.create_warc_record(
            f"http://lighthouse.test/p{number}", "response",
            payload=io.BytesIO(body), length=len(body), http_headers=headers,
        )  # fmt: skip
        writer.write_record(record)
    return buffer.getvalue()


def test_the_installed_warcio_is_the_pinned_one() -> None:
    """The names below were checked against this version: an upgrade checks them again."""
    pin = re.search(r"^warcio==(\S+)", (PROJECT / "requirements.txt").read_text(), re.M)
    assert pin is not None
    installed = getattr(warcio, "__version__", None)
    if installed is None:
        from importlib.metadata import version

        installed = version("warcio")
    assert installed == pin.group(1), (
        f"warcio {installed} installed, {pin.group(1)} pinned: check the internals this file names"
    )


# (what it is, how to get it from a reader and its records, who uses it)
_READER = DecompressingBufferedReader(io.BytesIO(b""))
_RECORDS = ArchiveIterator(io.BytesIO(b""))
INTERNALS: dict[str, tuple[Callable[[], object], str]] = {
    "DecompressingBufferedReader._decompress": (
        lambda: DecompressingBufferedReader._decompress,
        "_loud_gzip_damage (replaced)",
    ),
    "DecompressingBufferedReader().decompressor": (
        lambda: _READER.decompressor,
        "_loud_gzip_damage, plain-file checks",
    ),
    "DecompressingBufferedReader().num_read": (lambda: _READER.num_read, "_loud_gzip_damage"),
    "DecompressingBufferedReader().close_decompressor": (
        lambda: _READER.close_decompressor,
        "_loud_gzip_damage (wrapped)",
    ),
    "DecompressingBufferedReader().rem_length": (
        lambda: _READER.rem_length,
        "overrun_at, recompress",
    ),
    "digestverifyingreader._compare_digest_rfc_3548": (
        lambda: digestverifyingreader._compare_digest_rfc_3548,
        "install_tolerant_digests",
    ),
    "ArchiveIterator().reader": (lambda: _RECORDS.reader, "tolerant_loader, recompress"),
    "ArchiveIterator().fh": (lambda: _RECORDS.fh, "overrun_at"),
    "ArchiveIterator().offset": (lambda: _RECORDS.offset, "every reader (a record's start)"),
    "ArchiveIterator.INC_RECORD": (lambda: ArchiveIterator.INC_RECORD, "one_line_notices"),
    "ArchiveIterator().loader.load_http_headers": (
        lambda: _RECORDS.loader.load_http_headers,
        "tolerant_loader (wrapped)",
    ),
    "ArchiveIterator().loader.parse_record_stream": (
        lambda: _RECORDS.loader.parse_record_stream,
        "one_line_notices (wrapped)",
    ),
    "ArchiveIterator().loader.warc_parser.parse": (
        lambda: _RECORDS.loader.warc_parser.parse,
        "tolerant_loader (raw URI bytes, wrapped)",
    ),
    "ArchiveIterator().loader.http_parser.parse": (
        lambda: _RECORDS.loader.http_parser.parse,
        "tolerant_loader (a response's header lines as read, wrapped), replay's copies",
    ),
    "ArchiveIterator().loader.arc_parser.parse": (
        lambda: _RECORDS.loader.arc_parser.parse,
        "tolerant_loader (wrapped)",
    ),
    "StatusAndHeadersParser.decode_header": (
        lambda: StatusAndHeadersParser.decode_header,
        "tolerant_loader (an ARC line as read, not as warcio decoded it), wire_headers",
    ),
    "LimitReader().limit": (lambda: LimitReader(io.BytesIO(b""), 0).limit, "a record cut short"),
}


@pytest.mark.parametrize("name", INTERNALS)
def test_each_warcio_internal_the_readers_depend_on_is_there(name: str) -> None:
    get, user = INTERNALS[name]
    try:
        get()
    except AttributeError as exc:
        pytest.fail(f"warcio has no {name} any more ({exc}): {user} depends on it")


def test_warcio_still_swallows_a_member_broken_part_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What `_loud_gzip_damage` is for: warcio's own `_decompress` prints zlib's message
    and gives nothing for a member that fails after its first read. If an upgrade raises
    instead, the patch is not needed any more (and this fails to say so)."""
    text = b"".join(b"%d " % (n * 7919 % 100_003) for n in range(40_000))
    data = bytearray(gzip.compress(text))
    data[30_000:30_040] = b"\0" * 40  # past its first read (16 KiB)
    read = DecompressingBufferedReader(io.BytesIO(bytes(data))).read()
    assert 0 < len(read) < len(text)  # no exception: the member's rest is dropped
    assert "Error -3 while decompressing data" in capsys.readouterr().err


def test_the_patched_reader_raises_for_a_member_broken_part_way() -> None:
    """Our patch on the names above: the records after the damage are not lost silently."""
    data = bytearray(_gzipped_warc(3))
    first_end = len(_gzipped_warc(1))
    data[first_end + 30_000 : first_end + 30_040] = b"\0" * 40  # past warcio's first read
    records = ArchiveIterator(io.BytesIO(bytes(data)))
    tolerant_loader(records, arc=False)
    with pytest.raises(zlib.error, match="a gzip member does not inflate"):
        for record in records:
            record.content_stream().read()


def test_a_record_cut_short_keeps_its_unread_length_in_limit() -> None:
    """The readers take `raw_stream.limit` left over a record read to its end for the bytes
    its file lacks (`getattr(..., "limit", 0)`: renamed, every cut record would pass as whole)."""
    data = _gzipped_warc(1)
    plain = gzip.decompress(data)
    record = next(iter(ArchiveIterator(io.BytesIO(plain[:-500]))))
    while record.raw_stream.read(1 << 16):
        pass
    assert isinstance(record.raw_stream, LimitReader)
    assert record.raw_stream.limit == 500 - 4  # the record's two CRLFs were not in its length


def test_warcio_logs_a_uri_with_spaces_as_the_readers_expect(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`one_line_notices` counts warcio's log line of a WARC-Target-URI with spaces by its
    logger and words: changed, the count would be lost (and warcio's line back)."""
    from newsarchive.warc.notices import _SPACES_SAID

    record = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///a b\r\n"
        b"Content-Length: 0\r\n\r\n\r\n\r\n"
    )
    with caplog.at_level(logging.WARNING, logger="warcio.recordloader"):
        list(ArchiveIterator(io.BytesIO(record)))
    said = [(r.name, r.getMessage()) for r in caplog.records]
    assert ("warcio.recordloader", _SPACES_SAID + "file:///a b") in said, said
