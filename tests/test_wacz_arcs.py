"""ARC files given to `index --wacz` go into the package as WARCs of their records.

The WACZ standard (1.2.0) has `archive/` hold WARC files; replayweb.page loads only
members named `.warc`/`.warc.gz` and parses WARC headers only. Before, an ARC file was
packaged as it was (`archive/old.arc.gz`). Read in place: the ARC files of pywb's and
warcio's tests (`../shared/warc-corpus`), and ARC files built here.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.test_foreign_archives import SITE, arc_file, newsarchive, page
from tests.test_warc_corpus import CORPUS

ARCS = ["pywb__example.arc", "pywb__example.arc.gz", "warcio__example-space-in-url.arc"]


def _captures(data: bytes, arc: bool) -> list[tuple[Any, ...]]:
    """(type, URL, date, IP address, HTTP Content-Type, payload) of each record."""
    found = []
    for record in ArchiveIterator(io.BytesIO(data), arc2warc=arc):
        if record.rec_type == "warcinfo":
            continue
        headers = record.rec_headers
        http = record.http_headers.get_header("Content-Type") if record.http_headers else None
        found.append((
            record.rec_type, headers.get_header("WARC-Target-URI"),
            headers.get_header("WARC-Date"), headers.get_header("WARC-IP-Address"), http,
            record.content_stream().read(),
        ))  # fmt: skip
    return found


def _package_cdxj(package: zipfile.ZipFile) -> list[dict[str, str]]:
    names = package.namelist()
    if "indexes/index.cdxj" in names:
        text = package.read("indexes/index.cdxj").decode()
    else:
        text = gzip.decompress(package.read("indexes/index.cdx.gz")).decode()
    return [json.loads(line.split(" ", 2)[2]) for line in text.splitlines() if line.strip()]


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
def test_arc_files_are_packaged_as_warcs_of_their_records(tmp_path: Path) -> None:
    """Each ARC file is `archive/NAME.warc.gz`: a warcinfo record naming the ARC file, then
    its captures with URL, date, IP address, content type and payload as in the ARC; the
    package's index points into it, each line at its own record."""
    assert CORPUS is not None
    arcs = [CORPUS / name for name in ARCS]
    wacz = tmp_path / "arcs.wacz"
    done = newsarchive("index", *map(str, arcs), "--cdxj", str(tmp_path / "i.cdxj"),
                       "--wacz", str(wacz))  # fmt: skip
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(wacz) as package:
        members = sorted(n for n in package.namelist() if n.startswith("archive/"))
        assert members == sorted(f"archive/{name}.warc.gz" for name in ARCS), members
        lines = _package_cdxj(package)
        for arc in arcs:
            data = package.read(f"archive/{arc.name}.warc.gz")
            first = next(iter(ArchiveIterator(io.BytesIO(data))))
            assert first.rec_type == "warcinfo" and first.format == "warc"
            info = first.content_stream().read().decode()
            assert f"converted-from: {arc.name}\r\n" in info, info
            assert _captures(data, False) == _captures(arc.read_bytes(), True)
            assert all(r.format == "warc" for r in ArchiveIterator(io.BytesIO(data)))
            own = [line for line in lines if line["filename"] == f"{arc.name}.warc.gz"]
            assert own, lines
            for line in own:
                at, length = int(line["offset"]), int(line["length"])
                record = next(iter(ArchiveIterator(io.BytesIO(data[at : at + length]))))
                assert record.rec_headers.get_header("WARC-Target-URI") == line["url"]
                assert line["mime"] == "text/html", line
    assert "an ARC file: in the WACZ as archive/pywb__example.arc.gz.warc.gz" in done.stderr


def test_an_arc_record_the_index_skips_is_not_converted(tmp_path: Path) -> None:
    """A record whose length is no number (as in pywb's `bad.arc`) is named by the index and
    is not in the converted WARC; the record after it is."""
    arc = tmp_path / "mixed.arc"
    arc_file(arc, [(f"{SITE}/pier", "20100102030405", page("Pier")),
                   (f"{SITE}/quay", "20100102030406", page("Quay"))], False)  # fmt: skip
    line = f"{SITE}/pier 10.0.0.1 20100102030405 text/html ".encode()
    arc.write_bytes(arc.read_bytes().replace(line, line + b"x"))
    wacz = tmp_path / "mixed.wacz"
    done = newsarchive("index", str(arc), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(wacz))
    assert done.returncode == 3, done.stderr
    assert "record skipped: its length 'x" in done.stderr, done.stderr
    assert "its 1 record converted to WARC records, without 1 record (named above)" in done.stderr
    with zipfile.ZipFile(wacz) as package:
        data = package.read("archive/mixed.arc.warc.gz")
    [(_, url, date, *_, body)] = _captures(data, False)
    assert (url, date, body) == (f"{SITE}/quay", "2010-01-02T03:04:06Z", page("Quay"))


def test_an_arc_header_line_the_index_reads_tolerantly_converts_to_the_same_capture(
    tmp_path: Path,
) -> None:
    """A header line with a doubled space (older ARC writers padded their fields) is read
    by the index as the capture of its URL; the converted WARC record names that URL too,
    so the package lists the page (before: warcio read again without the index's tolerant
    reading and named `.../quay%20`: the page matched no record)."""
    arc = arc_file(tmp_path / "padded.arc",
                   [(f"{SITE}/quay", "20100102030406", page("Quay"))], False)  # fmt: skip
    line = f"{SITE}/quay 10.0.0.1".encode()
    arc.write_bytes(arc.read_bytes().replace(line, line.replace(b" ", b"  ", 1)))
    wacz = tmp_path / "padded.wacz"
    done = newsarchive("index", str(arc), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(wacz))
    assert done.returncode == 0, done.stderr
    assert "matched no record" not in done.stderr, done.stderr
    with zipfile.ZipFile(wacz) as package:
        data = package.read("archive/padded.arc.warc.gz")
        [entry] = _package_cdxj(package)
    [(_, url, date, *_, body)] = _captures(data, False)
    assert (url, date, body) == (f"{SITE}/quay", "2010-01-02T03:04:06Z", page("Quay"))
    assert entry["url"] == f"{SITE}/quay"


def test_an_arc_file_with_no_readable_record_is_left_out(tmp_path: Path) -> None:
    """Its filedesc alone: no WARC of it in the package (a warcinfo alone is no capture)."""
    arc = arc_file(tmp_path / "empty.arc", [], False)
    warc = arc_file(tmp_path / "full.arc", [(f"{SITE}/quay", "20100102030406", page("Quay"))],
                    False)  # fmt: skip
    wacz = tmp_path / "empty.wacz"
    done = newsarchive("index", str(arc), str(warc), "--cdxj", str(tmp_path / "i.cdxj"),
                       "--wacz", str(wacz))  # fmt: skip
    assert f"{arc}: left out of the WACZ (no record in it is readable" in done.stderr
    with zipfile.ZipFile(wacz) as package:
        members = [n for n in package.namelist() if n.startswith("archive/")]
    assert members == ["archive/full.arc.warc.gz"], members


@pytest.mark.pywb
def test_replay_serves_a_packaged_arc_files_captures(tmp_path: Path) -> None:
    """pywb serves the converted WARC's captures from pywb's own unpacking (no copies)."""
    from tests.test_foreign_archives import replaying_archive
    from tests.test_package import fetch

    arc = arc_file(tmp_path / "old.arc.gz", [(f"{SITE}/quay", "20100102030405", page("Quay"))],
                   True)  # fmt: skip
    wacz = tmp_path / "old.wacz"
    done = newsarchive("index", str(arc), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(wacz))
    assert done.returncode == 0, done.stderr
    with replaying_archive(wacz) as (base, _):
        assert fetch(f"{base}2010id_/{SITE}/quay") == page("Quay")


def test_a_package_in_its_folder_is_not_read_again_for_its_converted_arc(tmp_path: Path) -> None:
    """`index WARC_DIR --wacz WARC_DIR/x.wacz` with an ARC file there: a later reading of the
    folder knows the package's converted WARC is the ARC file beside it (its record in
    datapackage.json), and reads each capture once; `replay FOLDER` serves the folder.
    Once the ARC file changes, the member is read (it is no longer that file)."""
    from newsarchive.package.beside import all_beside, archives_by_name

    folder = tmp_path / "warc"
    folder.mkdir()
    arc = arc_file(folder / "old.arc.gz", [(f"{SITE}/quay", "20100102030405", page("Quay"))],
                   True)  # fmt: skip
    wacz = folder / "x.wacz"
    done = newsarchive("index", str(folder), "--wacz", str(wacz))
    assert done.returncode == 0, done.stderr
    assert all_beside(wacz, archives_by_name([folder]))
    done = newsarchive("index", str(folder), "--cdxj", str(tmp_path / "again.cdxj"))
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "again.cdxj").read_text().splitlines()) == 1, done.stderr
    assert "not read: its 1 archive file is the same bytes" in done.stderr, done.stderr
    arc.write_bytes(arc.read_bytes())  # rewritten: another file now
    assert not all_beside(wacz, archives_by_name([folder]))
