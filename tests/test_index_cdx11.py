"""`index --format cdx`: the classic 11-field CDX (` CDX N b a m s k r M S V g`) that
OpenWayback and older tools read, one header line, then the lines sorted, with the same
records, offsets and lengths as the CDXJ, and the same tolerance (a damaged record named and
left out). Before, only CDXJ was written (`--format` was refused, exit 2)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.test_foreign_archives import SITE, Archive, newsarchive, page

HEADER = " CDX N b a m s k r M S V g"


def _archive(tmp_path: Path) -> Path:
    archive = Archive("WARC/1.1")
    archive.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    archive.response("/market", "2026-03-02T09:05:00Z", page("Fish Prices Fall"))
    folder = tmp_path / "warc"
    folder.mkdir()
    archive.save(folder / "a.warc.gz")
    second = Archive("WARC/1.0")
    second.response("/harbour", "2026-03-03T09:00:00Z", page("Ferry Late Again"))
    second.save(folder / "b.warc.gz")
    (folder / "c.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"))
    return folder


def test_index_writes_cdx11_with_the_cdxj_records(tmp_path: Path) -> None:
    folder = _archive(tmp_path)
    done = newsarchive("index", "--format", "cdx", str(folder))
    assert done.returncode == 3, done.stderr  # c.warc.gz named, the rest indexed
    assert f"{folder / 'c.warc.gz'}" in done.stderr
    lines = (folder / "index.cdx").read_text().splitlines()  # its own default name
    assert lines[0] == HEADER and lines.count(HEADER) == 1  # once, not a file
    assert not (folder / "index.cdxj").exists()
    cdx = [line.split(" ") for line in lines[1:]]
    assert all(len(fields) == 11 for fields in cdx), cdx
    assert [f[:3] for f in cdx] == [
        ["test,news,old)/harbour", "20260302090000", SITE + "/harbour"],
        ["test,news,old)/harbour", "20260303090000", SITE + "/harbour"],
        ["test,news,old)/market", "20260302090500", SITE + "/market"],
    ]
    assert newsarchive("index", str(folder)).returncode == 3
    cdxj_lines = (folder / "index.cdxj").read_text().splitlines()
    cdxj = [json.loads(line.split(" ", 2)[2]) for line in cdxj_lines]
    for fields, line in zip(cdx, cdxj, strict=True):  # m s k r M S V g, as the CDXJ says
        assert fields[3:] == [
            line["mime"], line["status"], line["digest"].removeprefix("sha1:"), "-", "-",
            line["length"], line["offset"], line["filename"],
        ]  # fmt: skip
