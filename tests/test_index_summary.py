"""`index`'s summary line counts its archive files in plain English ("1 archive file")."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PROJECT = Path(__file__).resolve().parents[1]


def _write_warc(path: Path, pages: int) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(pages):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            body = f"<html><head><title>Story {n}</title></head><body><p>Text {n}.</p></body>"
            record = writer.create_warc_record(
                f"http://news.example/{path.stem}/{n}",
                "response",
                payload=BytesIO(body.encode()),
                length=len(body.encode()),
                http_headers=headers,
            )
            writer.write_record(record)
            record.raw_stream.close()  # warcio's temporary file of the block (digests)


@pytest.mark.parametrize(
    ("files", "says"),
    [(1, "2 CDXJ lines for 1 archive file in"), (2, "4 CDXJ lines for 2 archive files in")],
)
def test_index_names_its_file_count_in_the_singular_or_plural(
    tmp_path: Path, files: int, says: str
) -> None:
    for n in range(files):
        _write_warc(tmp_path / f"part{n}.warc.gz", pages=2)
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert says in done.stdout, done.stdout
