"""replay's copies (a response whose coding pywb cannot undo, a revisit whose status line
is HTTP/2) leave no temporary file open.

warcio 1.8.1's `create_warc_record`, given a payload and no length, spools the payload
to a SpooledTemporaryFile to measure it, and its writer spools it again; neither is
closed where a revisit's body is not written, nor the first one ever: one unclosed file
for each copy (a ResourceWarning each, freed only by the garbage collector). The copies
say their length, and warcio reads them in place.
"""

from __future__ import annotations

import gc
import gzip
import warnings
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.package.replayable import write_decoded_copies

SITE = "http://sluice.news.test"
PAGE = b"<html><title>Sluice</title><p>The sluice gate opened at dawn.</p></html>"


def _archive(path: Path) -> None:
    coded = gzip.compress(PAGE)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip, identity"),
             ("Content-Length", str(len(coded)))],
            protocol="HTTP/1.1",
        )  # fmt: skip
        writer.write_record(writer.create_warc_record(
            f"{SITE}/a", "response", payload=BytesIO(coded), length=len(coded), http_headers=http
        ))  # fmt: skip
        again = StatusAndHeaders("200", [("Content-Type", "text/html")], protocol="HTTP/2")
        writer.write_record(writer.create_revisit_record(
            f"{SITE}/a", "sha1:2UP5XY3JWZKVVT3WBCHOB2W3J3IQCTIN", f"{SITE}/a",
            "2026-04-01T08:00:00Z", http_headers=again,
        ))  # fmt: skip


def test_copies_leave_no_spooled_file_open(tmp_path: Path) -> None:
    source = tmp_path / "sluice.warc.gz"
    _archive(source)
    copies = tmp_path / "copies.warc.gz"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        replaced = write_decoded_copies([source], copies)
        gc.collect()
    assert len(replaced) == 2  # the response decoded, the revisit's status line HTTP/1.1
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert unclosed == []  # before: SpooledTemporaryFiles left open
    with copies.open("rb") as stream:
        read = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(stream)]
    assert read == [("response", PAGE), ("revisit", b"")]
