"""`index`'s summary line counts its archive files in plain English ("1 archive file")."""

from __future__ import annotations

import os
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.plugins.cli_here import newsarchive_here

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
    done = newsarchive_here("index", tmp_path, cwd=PROJECT)  # tests/plugins/cli_here.py
    assert done.returncode == 0, done.stderr
    assert says in done.stdout, done.stdout


def _index(*inputs: Path) -> subprocess.CompletedProcess[str]:
    return newsarchive_here("index", *inputs, cwd=PROJECT)  # tests/plugins/cli_here.py


def test_a_fifo_in_a_folder_is_not_counted_as_a_file_indexed(tmp_path: Path) -> None:
    """A link to a FIFO in the folder is named and not read: the summary said "for 2
    archive files" of one file indexed and one not read."""
    folder = tmp_path / "warcs"
    folder.mkdir()
    _write_warc(folder / "good.warc.gz", pages=2)
    os.mkfifo(tmp_path / "pipe")
    (folder / "link.warc.gz").symlink_to(tmp_path / "pipe")
    done = _index(folder)
    assert done.returncode == 3, done.stderr
    assert "skipped: not a regular file (a FIFO)" in done.stderr, done.stderr
    assert done.stdout.startswith("index: 2 CDXJ lines for 1 archive file in "), done.stdout
    assert done.stdout.rstrip().endswith("(1 more file not read, named above)"), done.stdout


def test_a_folder_of_fifos_only_says_no_file_was_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    folder.mkdir()
    os.mkfifo(tmp_path / "pipe")
    (folder / "link.warc.gz").symlink_to(tmp_path / "pipe")
    done = _index(folder)
    assert done.returncode == 3, done.stderr
    assert done.stdout == "", done.stdout  # no index written: none said to be
    assert (
        f"index: no CDXJ line for 1 archive file: {folder / 'index.cdxj'} is not written (it "
        "would be an empty index)\n"
    ) in done.stderr, done.stderr
    assert not (folder / "index.cdxj").exists()
