"""A WACZ of files holding a record split in segments (WARC-Segment-Number).

Before: `index --wacz` left out every file holding one ("left out of the WACZ (see
above)"), so the file's other pages were lost from the package. replayweb.page and pywb
serve a record at an offset as it is (one segment; the WACZ's index, written by the same
indexer as `index`, leaves it out), so the file is packaged, the record left out of the
index and the page list (a 404 from the WACZ); now the WACZ also holds the record joined
into one (`newsarchive-joined-segments.warc.gz`), indexed and listed, served whole.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from tests.test_foreign_archives import newsarchive, replaying_archive
from tests.test_odd_records import SITE, _page
from tests.test_package import fetch
from tests.test_replayweb import Site, browser, shown_text, site  # noqa: F401 (fixtures)
from tests.test_resync import _pages, _segmented


def _archive(folder: Path) -> bytes:
    """The files; returns the split record's payload (its page, whole)."""
    segments, block = _segmented(3)
    pages = _pages(0, 6)
    order = [pages[0], segments[0], *pages[1:3], segments[1], pages[3], segments[2], *pages[4:]]
    (folder / "split.warc").write_bytes(b"".join(order))
    (folder / "other.warc").write_bytes(b"".join(_pages(6, 8)))
    return block.split(b"\r\n\r\n", 1)[1]


def test_a_segmented_record_is_packaged_joined_with_its_file(tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    payload = _archive(folder)
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(folder))
    assert done.returncode == 0, done.stderr
    wacz = tmp_path / "out.wacz"
    done = newsarchive("index", str(folder), "--items", str(items), "--wacz", str(wacz))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 3, done.stderr
    assert "left out of the WACZ (see above)" not in done.stderr
    assert (
        "1 record split in segments (or revisits of them) left out of the index, named above; "
        "the WACZ holds 1 of them joined into one record each (newsarchive-joined-segments.warc.gz)"
    ) in done.stderr
    assert f"{folder / 'split.warc'}@450: record skipped: segment 1 of a record split" in (
        done.stderr
    )
    assert "matched no record" not in done.stderr
    assert "9 pages listed" in done.stdout  # before: 8, the split page not listed
    with zipfile.ZipFile(wacz) as package:
        names = package.namelist()
        listed = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    assert {"archive/split.warc", "archive/other.warc"} <= set(names)
    assert "archive/newsarchive-joined-segments.warc.gz" in names
    urls = sorted(json.loads(line)["url"] for line in listed)
    assert urls == sorted([*(f"{SITE}/p{n}" for n in range(8)), f"{SITE}/split"])
    with replaying_archive(wacz) as (base, _):  # a page of the file once left out
        assert fetch(f"{base}20260401080000id_/{SITE}/p4") == _page("Page 4")
        assert fetch(f"{base}20260401080000id_/{SITE}/split") == payload  # before: 404


def test_replayweb_page_shows_the_joined_record_from_the_wacz(
    tmp_path: Path,
    browser: Any,  # noqa: F811 (the fixture)
    site: Site,  # noqa: F811 (the fixture)
) -> None:
    """In replayweb.page 2.5.3 (Chromium), the page whose record is split in three segments:
    its last words, from the third segment, are shown (before: not in the WACZ's index)."""
    folder = tmp_path / "warc"
    folder.mkdir()
    _archive(folder)
    done = newsarchive("index", str(folder), "--wacz", str(site.folder / "split.wacz"))
    assert done.returncode == 3, done.stderr  # the CDXJ beside the WARCs still leaves it out
    url = f"{SITE}/split"
    embed = site.folder / "embed-split.html"
    embed.write_text(
        '<!doctype html><html><body><script src="/ui.js"></script>'
        '<replay-web-page style="display:block;height:600px" source="/split.wacz" '
        f'url="{url}" ts="20260401080000" replayBase="/replay/"></replay-web-page></body></html>'
    )
    text = shown_text(browser, f"{site.base}/{embed.name}", url)
    assert "word 5999" in text and text.lstrip().startswith("Split Lantern")
