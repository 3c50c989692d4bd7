"""A WARC whose name says gzip while its bytes are plain (some tools name every file
`.warc.gz`; a copy decompressed in place keeps its name). `extract` and `index` read it by
its bytes; the WACZ's validator reads each `.gz` member through gzip, so under its own
name it failed the whole package (a page of frictionless output, exit 1, no WACZ)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.test_foreign_archives import Archive, newsarchive, page


def _plain_named_gz(folder: Path) -> Path:
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    path = folder / "harbour.warc.gz"
    path.write_bytes(archive.buffer.getvalue())
    return path


def test_a_plain_warc_named_gz_is_packaged_under_a_plain_name(tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    warc = _plain_named_gz(folder)
    wacz = folder / "archive.wacz"
    done = newsarchive("index", "--wacz", str(wacz), str(folder))
    assert done.returncode == 0, done.stderr  # before: 1, "the passed WACZ is invalid"
    with zipfile.ZipFile(wacz) as package:
        assert package.read("archive/harbour.warc") == warc.read_bytes()  # bytes unchanged
        names = package.namelist()
    assert "archive/harbour.warc.gz" not in names
    assert (
        f"WARNING: {warc}: not gzipped, though named .gz: in the WACZ as archive/harbour.warc"
    ) in done.stderr
    # the folder read again (the package among its WARCs): each page once
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["title"] for x in out.read_text().splitlines()] == ["Ferry Back On Time"]
