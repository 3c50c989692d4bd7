"""A WACZ of files with records that cannot be read: the readable ones are packaged.

Before: one skipped record (a block digest that fails, a file cut inside its last gzip
member) left its whole file out of the WACZ ("left out of the WACZ (see above)"), with
every good page in it. Now the file is held as it is, its index without the record; a
file whose gzip breaks (which the WACZ's validator reads through and fails on) is held
as its whole gzip members, each one's bytes unchanged.
"""

from __future__ import annotations

import gzip
import json
import urllib.error
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.test_foreign_archives import SITE, Archive, newsarchive, page, replaying_archive
from tests.test_package import fetch
from tests.test_replayweb import Site, browser, shown_text, site  # noqa: F401 (fixtures)
from tests.test_warc_corpus import CORPUS


def _three(tmp_path: Path) -> tuple[bytes, list[int]]:
    """A gzipped WARC of pages /one, /two, /three; its bytes and each record's offset."""
    archive = Archive("WARC/1.1")
    offsets = []
    for second, name in enumerate(("one", "two", "three")):
        offsets.append(len(archive.buffer.getvalue()))
        archive.response(f"/{name}", f"2026-01-01T10:00:0{second}Z", page(name.title()))
    return archive.buffer.getvalue(), offsets


def _package(tmp_path: Path, *files: Path) -> tuple[Path, str, str, int]:
    wacz = tmp_path / "out.wacz"
    done = newsarchive("index", *map(str, files), "--cdxj", str(tmp_path / "i.cdxj"),
                       "--wacz", str(wacz))  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return wacz, done.stdout, done.stderr, done.returncode


def _listed(wacz: Path) -> list[str]:
    with zipfile.ZipFile(wacz) as package:
        lines = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    return sorted(json.loads(line)["url"] for line in lines)


def _absent(url: str) -> bool:
    try:
        fetch(url)
    except urllib.error.HTTPError as exc:
        return exc.code == 404
    return False


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """/two's body changed after its block digest was taken (one byte)."""
    data, offsets = _three(tmp_path)
    record = gzip.decompress(data[offsets[1] : offsets[2]]).replace(b"Two.</p>", b"Tw0.</p>")
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(data[: offsets[1]] + gzip.compress(record) + data[offsets[2] :])
    return path


@pytest.mark.pywb
def test_a_file_with_a_damaged_record_is_packaged_without_it(damaged: Path, tmp_path: Path) -> None:
    wacz, said, errors, status = _package(tmp_path, damaged)
    assert status == 3, errors
    assert "left out of the WACZ" not in errors  # before: and no WACZ at all
    assert (
        f"{damaged}: in the WACZ as it is, its index without 1 record (named above); the rest "
        "is indexed and replays"
    ) in errors
    assert "valid, 2 pages listed" in said
    assert _listed(wacz) == [SITE + "/one", SITE + "/three"]
    with zipfile.ZipFile(wacz) as package:
        assert package.read("archive/damaged.warc.gz") == damaged.read_bytes()  # as it was
    with replaying_archive(wacz) as (base, _):
        assert fetch(f"{base}20260101100000id_/{SITE}/one") == page("One")
        assert fetch(f"{base}20260101100002id_/{SITE}/three") == page("Three")
        assert _absent(f"{base}20260101100001id_/{SITE}/two")  # damaged: not served


@pytest.mark.pywb
def test_a_file_cut_inside_its_last_gzip_member_is_packaged_as_its_whole_members(
    tmp_path: Path,
) -> None:
    """A crawler killed mid-write: the WACZ validator (which reads each .gz through) failed
    on the file as it is, so it is held as its whole members, bytes unchanged."""
    data, offsets = _three(tmp_path)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: offsets[2] + 100])  # /three's member cut 100 bytes in
    wacz, said, errors, status = _package(tmp_path, cut)
    assert status == 3, errors
    assert (
        f"{cut}: in the WACZ as its 2 whole gzip members, bytes unchanged, without 1 record "
        f"and its unreadable rest (named above): 100 bytes from offset {offsets[2]} do not "
        "decompress"
    ) in errors
    assert "valid, 2 pages listed" in said
    assert _listed(wacz) == [SITE + "/one", SITE + "/two"]
    with zipfile.ZipFile(wacz) as package:
        assert package.read("archive/cut.warc.gz") == data[: offsets[2]]
    with replaying_archive(wacz) as (base, _):
        assert fetch(f"{base}20260101100000id_/{SITE}/one") == page("One")
        assert fetch(f"{base}20260101100001id_/{SITE}/two") == page("Two")


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
def test_the_corpus_files_with_records_skipped_are_packaged(tmp_path: Path) -> None:
    """warcio's example-trunc.warc (records skipped, read in place) is in the WACZ with the
    sound files; before, it was left out. pywb's bad.arc, each of its 4 records skipped, is
    an ARC file converted to WARC records (`test_wacz_arcs.py`): none is left, and it
    stays out, named (it was packaged as it was, nothing in it indexed)."""
    assert CORPUS is not None
    files = [CORPUS / name for name in ("pywb__bad.arc", "warcio__example-trunc.warc",
                                        "pywb__example.warc.gz")]  # fmt: skip
    wacz, said, errors, status = _package(tmp_path, *files)
    assert status == 3 and "valid" in said, errors
    with zipfile.ZipFile(wacz) as package:
        names = {name for name in package.namelist() if name.startswith("archive/")}
    assert names == {"archive/warcio__example-trunc.warc", "archive/pywb__example.warc.gz"}
    assert f"{CORPUS / 'pywb__bad.arc'}: left out of the WACZ (no record in it is readable" in (
        errors
    )


def test_replayweb_page_shows_the_pages_of_a_file_cut_in_its_last_member(
    tmp_path: Path,
    browser: Any,  # noqa: F811 (the fixture)
    site: Site,  # noqa: F811 (the fixture)
) -> None:
    """In replayweb.page 2.5.3 (Chromium), from the WACZ holding the file's whole members."""
    data, offsets = _three(tmp_path)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: offsets[2] + 100])
    done = newsarchive("index", str(cut), "--cdxj", str(tmp_path / "i.cdxj"),
                       "--wacz", str(site.folder / "cut.wacz"))  # fmt: skip
    assert done.returncode == 3, done.stderr
    url = f"{SITE}/two"
    embed = site.folder / "embed-cut.html"
    embed.write_text(
        '<!doctype html><html><body><script src="/ui.js"></script>'
        '<replay-web-page style="display:block;height:600px" source="/cut.wacz" '
        f'url="{url}" ts="20260101100001" replayBase="/replay/"></replay-web-page></body></html>'
    )
    assert shown_text(browser, f"{site.base}/{embed.name}", url).strip() == "Two."
