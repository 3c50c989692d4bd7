"""What a browser replaying through `newsarchive replay` gets for a Range request
(a video or audio element seeking), measured with pywb 2.10; the README's table.

pywb cuts the range out of a stored 200 that has a Content-Length and answers
206; a stored 206 (a browser-driven crawler's capture of a seek) is served as
stored, whatever range is asked; a stored 200 without Content-Length (chunked)
is served whole, 200. No pywb setting changes this (`rewriterapp._add_range`).
If a pywb upgrade changes it, this test says so and the README must follow.
"""

from __future__ import annotations

import io
import urllib.request
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.test_foreign_archives import replaying_archive

BODY = bytes(range(256)) * 4  # 1,024 bytes, each offset tells where it came from
SITE = "http://media.harbour.test"


def _archive(folder: Path) -> None:
    folder.mkdir()
    with (folder / "media.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        chunked = b"".join(b"100\r\n" + BODY[i : i + 256] + b"\r\n" for i in range(0, 1024, 256))
        for name, status, headers, payload in [
            ("whole", "200 OK", [("Content-Length", "1024")], BODY),
            ("seek", "206 Partial Content",
             [("Content-Range", "bytes 256-511/1024"), ("Content-Length", "256")], BODY[256:512]),
            ("chunked", "200 OK", [("Transfer-Encoding", "chunked")], chunked + b"0\r\n\r\n"),
        ]:  # fmt: skip
            http = StatusAndHeaders(status, [("Content-Type", "video/mp4"), *headers], "HTTP/1.1")
            record = writer.create_warc_record(
                f"{SITE}/{name}.mp4", "response", payload=io.BytesIO(payload), length=len(payload),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2026-04-01T08:00:00Z"},
            )  # fmt: skip
            writer.write_record(record)


def _get(url: str, asked: str) -> tuple[int, str | None, bytes]:
    request = urllib.request.Request(url, headers={"Range": asked})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers.get("Content-Range"), response.read()


@pytest.mark.pywb
def test_what_a_range_request_gets(tmp_path: Path) -> None:
    _archive(tmp_path / "in")
    with replaying_archive(tmp_path / "in") as (base, _):
        for mode in ("id_", "mp_"):  # the archived bytes, and what the replay frame loads
            at = f"{base}20260401080000{mode}/{SITE}"
            assert _get(f"{at}/whole.mp4", "bytes=300-309") == (
                206, "bytes 300-309/1024", BODY[300:310])  # fmt: skip
            # the stored 206 as stored: the range asked for is not looked at
            stored = (206, "bytes 256-511/1024", BODY[256:512])
            assert _get(f"{at}/seek.mp4", "bytes=300-309") == stored
            assert _get(f"{at}/seek.mp4", "bytes=900-909") == stored  # not in it: no 416
            assert _get(f"{at}/chunked.mp4", "bytes=300-309") == (200, None, BODY)
