"""A WACZ of files holding a record split in segments (WARC-Segment-Number).

Before: `index --wacz` left out every file holding one ("left out of the WACZ (see
above)"), so the file's other pages were lost from the package. replayweb.page and pywb
serve a record at an offset as it is (one segment; the WACZ's index, written by the same
indexer as `index`, leaves it out), so now the file is packaged, the record is left out of
the index and the page list, and the count of such records is said on one line.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.test_foreign_archives import newsarchive, replaying_archive
from tests.test_odd_records import SITE, _page
from tests.test_package import fetch
from tests.test_resync import _pages, _segmented


def _archive(folder: Path) -> None:
    segments, _ = _segmented(3)
    pages = _pages(0, 6)
    order = [pages[0], segments[0], *pages[1:3], segments[1], pages[3], segments[2], *pages[4:]]
    (folder / "split.warc").write_bytes(b"".join(order))
    (folder / "other.warc").write_bytes(b"".join(_pages(6, 8)))


def test_a_file_with_a_segmented_record_is_packaged_without_it(tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    _archive(folder)
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(folder))
    assert done.returncode == 0, done.stderr
    wacz = tmp_path / "out.wacz"
    done = newsarchive("index", str(folder), "--items", str(items), "--wacz", str(wacz))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 3, done.stderr
    assert "left out of the WACZ (see above)" not in done.stderr
    assert (
        "1 record split in segments (or revisits of them) left out of the WACZ's index, named above"
    ) in done.stderr
    assert f"{folder / 'split.warc'}@450: record skipped: segment 1 of a record split" in (
        done.stderr
    )
    assert "matched no record" not in done.stderr
    assert "8 pages listed" in done.stdout
    with zipfile.ZipFile(wacz) as package:
        names = package.namelist()
        listed = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    assert {"archive/split.warc", "archive/other.warc"} <= set(names)
    urls = sorted(json.loads(line)["url"] for line in listed)
    assert urls == sorted(f"{SITE}/p{n}" for n in range(8))
    with replaying_archive(wacz) as (base, _):  # a page of the file once left out
        assert fetch(f"{base}20260401080000id_/{SITE}/p4") == _page("Page 4")
