"""Archives other tools name or lay out otherwise than the formats' examples.

A WARC whose name says gzip while its bytes are plain (some tools name every file
`.warc.gz`; a copy decompressed in place keeps its name): `extract` and `index` read it by
its bytes; the WACZ's validator reads each `.gz` member through gzip, so under its own
name it failed the whole package (a page of frictionless output, exit 1, no WACZ). And an
ARC whose header lines pad their fields with runs of blanks."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from newsarchive.commands.replay import build_collection
from tests.plugins.pywb import Pywb
from tests.test_foreign_archives import PYWB, SITE, Archive, newsarchive, page


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


def _arc(path: Path, lines: list[str]) -> Path:
    """An ARC v1 file of a filedesc record and one record a header line, written as given."""
    head = b"1 0 odd-writer\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://odd.arc 0.0.0.0 20100101000000 text/plain %d\n" % len(head) + head]
    for number, line in enumerate(lines):
        block = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page(f"Tide {number}")
        parts.append(line.format(length=len(block)).encode() + b"\n" + block + b"\n")
    path.write_bytes(b"\n".join(parts))
    return path


def test_arc_header_lines_spaced_by_runs_of_blanks_are_read(tmp_path: Path) -> None:
    """An ARC writer that pads its header fields (two spaces, a tab, a blank at the end):
    warcio splits on single spaces from the right, the record after such a line was no
    record, and the file's rest was lost (named, counted, exit 3)."""
    arc = _arc(
        tmp_path / "odd.arc",
        [
            "http://old.news.test/tide/0 10.0.0.1 20100101000000 text/html {length}",
            "http://old.news.test/tide/1  10.0.0.1  20100101000001  text/html  {length}",
            "http://old.news.test/tide/2\t10.0.0.1\t20100101000002\ttext/html\t{length} ",
            "http://old.news.test/tide/3 10.0.0.1 20100101000003 text/html {length}",
        ],
    )
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(arc))
    assert done.returncode == 0, done.stderr  # before: 3, "rest skipped: unreadable"
    items = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(item["url"], item["title"]) for item in items] == [
        (f"http://old.news.test/tide/{n}", f"Tide {n}") for n in range(4)
    ]
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(arc))
    assert done.returncode == 0, done.stderr
    assert [line.split(" ")[1] for line in cdxj.read_text().splitlines()] == [
        f"2010010100000{n}" for n in range(4)
    ]


@pytest.mark.pywb
def test_pywb_replays_the_package_of_a_plain_warc_named_gz(tmp_path: Path, pywb: Pywb) -> None:
    """`replay x.wacz`'s collection (pywb's own unpacking, the package's own index): the
    member renamed without `.gz` is the one its index lines name, and pywb serves its page.
    Before, no package was written (exit 1)."""
    folder = tmp_path / "warc"
    folder.mkdir()
    _plain_named_gz(folder)
    wacz = tmp_path / "plain.wacz"
    done = newsarchive("index", "--wacz", str(wacz), str(folder))
    assert done.returncode == 0, done.stderr
    skips = build_collection(PYWB.parent, pywb.root, "plain-named-gz", wacz)
    assert skips.count == 0
    served = pywb.fetch(f"/plain-named-gz/20260302090000id_/{SITE}/harbour")
    assert served.status == 200, pywb.state()
    assert b"Ferry Back On Time" in served.body  # type: ignore[attr-defined]


def _arc_v2_padded(path: Path, head: str, lines: list[str]) -> Path:
    """An ARC version 2 file (ten fields a header line) its writer padded as given."""
    spec = (
        b"2 0 odd-writer\nURL IP-address Archive-date Content-type Result-code Checksum Location "
        b"Offset Filename Archive-length\n"
    )
    parts = [head.format(length=len(spec)).encode() + b"\n" + spec]
    for number, line in enumerate(lines):
        block = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page(f"Tide {number}")
        parts.append(line.format(length=len(block)).encode() + b"\n" + block + b"\n")
    path.write_bytes(b"\n".join(parts))
    return path


@pytest.mark.parametrize(
    "head",
    [
        "filedesc://odd.arc 0.0.0.0 20100101000000 text/plain 200 - - 0 odd.arc {length}",
        "filedesc://odd.arc  0.0.0.0\t20100101000000  text/plain  200 - -  0  odd.arc  {length}",
    ],
)
def test_arc_version_2_header_lines_padded_are_read(tmp_path: Path, head: str) -> None:
    """Version 2's ten fields padded (its filedesc line too): only the last four gaps were
    made single, so the first six fields were read as one URL and the offset as the date."""
    arc = _arc_v2_padded(
        tmp_path / "odd.arc",
        head,
        [
            "http://old.news.test/tide/0 10.0.0.1 20100101000000 text/html 200 - - 0 odd.arc "
            "{length}",
            "http://old.news.test/tide/1  10.0.0.1  20100101000001  text/html  200  -  -  0  "
            "odd.arc  {length}",
            "http://old.news.test/tide/2\t10.0.0.1\t20100101000002\ttext/html\t200\t-\t-\t0\t"
            "odd.arc\t{length} ",
        ],
    )
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(arc))
    assert done.returncode == 0, done.stderr
    items = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(item["url"], item["title"]) for item in items] == [
        (f"http://old.news.test/tide/{n}", f"Tide {n}") for n in range(3)
    ]
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(arc))
    assert done.returncode == 0, done.stderr
    assert [line.split(" ")[1] for line in cdxj.read_text().splitlines()] == [
        f"2010010100000{n}" for n in range(3)
    ]


def test_an_arc_url_holding_spaces_in_a_padded_line_is_kept(tmp_path: Path) -> None:
    """A URL holding spaces (warcio keeps it: it splits from the right), its line padded, and
    a padded filedesc line: the URL stays as written, the record is read."""
    arc = _arc(
        tmp_path / "odd.arc",
        [
            "http://old.news.test/tide 0 a  b.html  10.0.0.1  20100101000000  text/html  {length}",
            "http://old.news.test/tide/1\t10.0.0.1\t20100101000001\ttext/html\t{length}",
        ],
    )
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(arc))
    assert done.returncode == 0, done.stderr
    items = [json.loads(x) for x in out.read_text().splitlines()]
    assert [item["title"] for item in items] == ["Tide 0", "Tide 1"]
    assert items[0]["url"].startswith("http://old.news.test/tide")
    assert "10.0.0.1" not in items[0]["url"]


def test_an_arc_record_whose_length_runs_past_the_end_is_read_on_after(tmp_path: Path) -> None:
    """A plain ARC record whose length runs over the records after it (the file ends inside
    it): it was named cut short and every record after it lost (WARC's reader reads on at
    the record it runs over). The record is named, counted, and the rest read."""
    arc = _arc(
        tmp_path / "long.arc",
        [
            "http://old.news.test/tide/0 10.0.0.1 20100101000000 text/html {length}",
            "http://old.news.test/tide/1 10.0.0.1 20100101000001 text/html 9999",
            "http://old.news.test/tide/2 10.0.0.1 20100101000002 text/html {length}",
            "http://old.news.test/tide/3 10.0.0.1 20100101000003 text/html {length}",
        ],
    )
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(arc))
    assert done.returncode == 3, done.stderr
    assert "its Content-Length (9,999) runs over the record at offset" in done.stderr
    assert "1 record skipped" in done.stderr and "Traceback" not in done.stderr
    titles = [json.loads(x)["title"] for x in out.read_text().splitlines()]
    assert titles == ["Tide 0", "Tide 2", "Tide 3"]  # before: Tide 0 alone
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(arc))
    assert done.returncode == 3, done.stderr
    assert [line.split(" ")[1] for line in cdxj.read_text().splitlines()] == [
        "20100101000000", "20100101000002", "20100101000003",
    ]  # fmt: skip
