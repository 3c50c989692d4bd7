"""WACZ packages found inside a folder given to `extract`, `history` and `index`, and members
a package holds in a form Python's zipfile cannot read.

A `.wacz` in a folder was passed over without a line (exit 0): a user pointing `extract` at a
folder of packages lost them all. It is read as a package named on the command line is; a
member whose bytes are those of a WARC file beside it (`index --wacz` writes its package into
the WARCs' folder) is read once, from the folder, and said so in one line."""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from newsarchive.commands.replay import build_collection
from newsarchive.package.beside import all_beside, archives_by_name, not_beside
from tests.plugins.pywb import Pywb
from tests.test_foreign_archives import PYWB, SITE, Archive, newsarchive, page
from tests.test_wacz_input import _package


def _warc(path: str, title: str, date: str = "2026-03-02T09:00:00Z") -> bytes:
    archive = Archive("WARC/1.1")
    archive.response(path, date, page(title))
    return archive.buffer.getvalue()


def _titles(out: Path) -> list[str]:
    return sorted(json.loads(line)["title"] for line in out.read_text().splitlines())


def _folder_with_a_package(tmp_path: Path) -> Path:
    folder = tmp_path / "archives"
    (folder / "2026").mkdir(parents=True)
    (folder / "harbour.warc.gz").write_bytes(_warc("/harbour", "Ferry Back On Time"))
    _package(
        folder / "2026" / "market.wacz",
        {"archive/market.warc.gz": (_warc("/market", "Fish Prices Fall"), zipfile.ZIP_STORED)},
    )
    return folder


def test_extract_reads_a_wacz_found_in_a_folder(tmp_path: Path) -> None:
    folder = _folder_with_a_package(tmp_path)
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    # before: the package's page was lost without a line, exit 0
    assert _titles(out) == ["Ferry Back On Time", "Fish Prices Fall"]
    market = next(json.loads(x) for x in out.read_text().splitlines() if "/market" in x)
    assert market["warc_file"] == "market.warc.gz"  # the member's name, as a package named


def test_index_and_history_read_a_wacz_found_in_a_folder(tmp_path: Path) -> None:
    folder = _folder_with_a_package(tmp_path)
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(folder))
    assert done.returncode == 0, done.stderr
    assert sorted(line.split(" ")[0] for line in cdxj.read_text().splitlines()) == [
        "test,news,old)/harbour", "test,news,old)/market",
    ]  # fmt: skip
    done = newsarchive("history", SITE + "/market", "--warc", str(folder), "--format", "json")
    assert done.returncode == 0, done.stderr
    versions = json.loads(done.stdout)["articles"][0]["versions"]
    assert [v["title"] for v in versions] == ["Fish Prices Fall"]


def test_a_package_of_the_warcs_beside_it_is_read_once(tmp_path: Path) -> None:
    """The project's own layout (`index warc --wacz warc/archive.wacz`): the package holds
    the folder's WARCs. Read twice, each page would be two captures."""
    folder = tmp_path / "warc"
    folder.mkdir()
    harbour = _warc("/harbour", "Ferry Back On Time")
    market = _warc("/market", "Fish Prices Fall")
    (folder / "harbour.warc.gz").write_bytes(harbour)
    _package(
        folder / "archive.wacz",
        {
            "archive/harbour.warc.gz": (harbour, zipfile.ZIP_STORED),
            "archive/market.warc.gz": (market, zipfile.ZIP_STORED),  # no longer beside it
        },
    )
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    assert _titles(out) == ["Ferry Back On Time", "Fish Prices Fall"]
    assert (
        f"WARNING: {folder / 'archive.wacz'}/archive/harbour.warc.gz: not read from the "
        f"package: the same bytes as {folder / 'harbour.warc.gz'}, read there"
    ) in done.stderr


def test_index_leaves_out_the_package_it_writes(tmp_path: Path) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "harbour.warc.gz").write_bytes(_warc("/harbour", "Ferry Back On Time"))
    wacz = folder / "archive.wacz"
    for _run in range(2):  # the second run finds the first's package in the folder
        done = newsarchive("index", "--wacz", str(wacz), str(folder))
        assert done.returncode == 0, done.stderr
        assert "is one of the archive files read" not in done.stderr
    with zipfile.ZipFile(wacz) as package:
        assert [n for n in package.namelist() if n.startswith("archive/")] == [
            "archive/harbour.warc.gz"
        ]
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    assert _titles(out) == ["Ferry Back On Time"]  # once
    # the layout of the README's cron line: nothing lost, so no warning at each run
    assert done.stderr.splitlines() == ["extract: 1 item"]


def _deflate64(wacz: Path, member: str) -> None:
    """Mark `member` as compressed with deflate64 (ZIP method 9), as some Windows tools
    write it: Python's zipfile cannot read such a member (NotImplementedError)."""
    data = bytearray(wacz.read_bytes())
    name = member.encode()
    local = data.find(b"PK\x03\x04")
    while local != -1:
        (size,) = struct.unpack_from("<H", data, local + 26)
        if data[local + 30 : local + 30 + size] == name:
            struct.pack_into("<H", data, local + 8, 9)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        (size,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46 : central + 46 + size] == name:
            struct.pack_into("<H", data, central + 10, 9)
        central = data.find(b"PK\x01\x02", central + 4)
    wacz.write_bytes(bytes(data))


def test_a_deflate64_member_is_named_and_the_others_read(tmp_path: Path) -> None:
    wacz = _package(
        tmp_path / "windows.wacz",
        {
            "archive/harbour.warc.gz": (_warc("/harbour", "Ferry Back On Time"), 0),
            "archive/market.warc.gz": (_warc("/market", "Fish Prices Fall"), 0),
        },
    )
    _deflate64(wacz, "archive/harbour.warc.gz")
    with zipfile.ZipFile(wacz) as opened:
        assert opened.getinfo("archive/harbour.warc.gz").compress_type == 9
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(wacz))
    # before: "not a readable WACZ package (its ZIP: That compression method is not
    # supported)", exit 2, nothing read
    assert done.returncode == 3, done.stderr
    assert (
        f"{wacz}/archive/harbour.warc.gz: skipped: not read: compressed with deflate64 "
        "(ZIP method 9)"
    ) in done.stderr
    assert "Traceback" not in done.stderr
    assert _titles(out) == ["Fish Prices Fall"]
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(wacz))
    assert done.returncode == 3, done.stderr
    assert [line.split(" ")[0] for line in cdxj.read_text().splitlines()] == [
        "test,news,old)/market"
    ]


@pytest.mark.pywb
def test_replay_names_a_package_in_its_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`replay FOLDER` serves the folder's WARCs; a package in it (not served: pywb takes one
    package at a time) is named with the command that serves it, unless it holds only the
    WARCs beside it (the project's own layout). It was passed over without a line."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    folder = _folder_with_a_package(tmp_path)
    harbour = (folder / "harbour.warc.gz").read_bytes()
    _package(folder / "own.wacz", {"archive/harbour.warc.gz": (harbour, zipfile.ZIP_STORED)})
    with caplog.at_level(logging.WARNING):
        skips = build_collection(PYWB.parent, tmp_path / "scratch", "c", folder)
    said = [r.getMessage() for r in caplog.records]
    market = folder / "2026" / "market.wacz"
    assert [line for line in said if ".wacz" in line] == [
        f"{market}: skipped: not served: `replay` serves the WARCs of a folder or one package "
        f"given alone: `python -m newsarchive replay {market}` serves it"
    ], said
    assert skips.count == 1


@pytest.mark.pywb
def test_replay_serves_the_readable_members_of_a_deflate64_package(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """pywb's unpacking stopped at the member (`wb-manager add failed: Error: That
    compression method is not supported`, exit 1, nothing served)."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    wacz = _package(
        tmp_path / "windows.wacz",
        {
            "archive/harbour.warc.gz": (_warc("/harbour", "Ferry Back On Time"), 0),
            "archive/market.warc.gz": (_warc("/market", "Fish Prices Fall"), 0),
        },
    )
    _deflate64(wacz, "archive/harbour.warc.gz")
    with caplog.at_level(logging.WARNING):
        skips = build_collection(PYWB.parent, tmp_path / "scratch", "c", wacz)
    said = [r.getMessage() for r in caplog.records]
    assert any(
        line.startswith(f"{wacz}/archive/harbour.warc.gz: skipped: not read: compressed with "
                        "deflate64")
        for line in said
    ), said  # fmt: skip
    assert skips.count == 1
    index = tmp_path / "scratch" / "collections" / "c" / "indexes" / "index.cdxj"
    assert [line.split(" ")[0] for line in index.read_text().splitlines()] == [
        "test,news,old)/market"
    ]


def test_index_of_a_folder_of_two_py_wacz_packages_reads_on(tmp_path: Path) -> None:
    """Two py-wacz packages in one folder each hold `archive/data.warc.gz` (its default
    member name): one `filename` in the CDXJ could not tell their lines apart. The folder's
    run stopped, exit 2, its WARCs unindexed (before packages in folders were read, they
    were indexed); the second package is named and counted, the rest indexed, exit 3."""
    from tests.test_wacz_input import _two_pages

    first, second = _two_pages()
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "quay.warc.gz").write_bytes(_warc("/quay", "Quay Reopens"))
    _package(folder / "one.wacz", {"archive/data.warc.gz": (first, zipfile.ZIP_STORED)})
    _package(folder / "two.wacz", {"archive/data.warc.gz": (second, zipfile.ZIP_STORED)})
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(folder))
    assert done.returncode == 3, done.stderr
    assert sorted(line.split(" ")[0] for line in cdxj.read_text().splitlines()) == [
        "test,news,old)/harbour", "test,news,old)/quay",
    ]  # fmt: skip
    assert (
        f"WARNING: {folder / 'two.wacz'}: skipped: not indexed with the folder: it holds "
        f"archive/data.warc.gz as {folder / 'one.wacz'} does (one `filename` in the CDXJ, "
        "which could not tell their lines apart): index it on its own: "
        f"`python -m newsarchive index {folder / 'two.wacz'}`"
    ) in done.stderr
    assert "skipped: 1 file unreadable" in done.stderr


def _read_so_far() -> int:
    """Bytes this process has read through read(2) (the kernel's count, page cache too)."""
    line = next(x for x in Path("/proc/self/io").read_text().splitlines() if x[:6] == "rchar:")
    return int(line.split()[1])


def _padded(title: str, padding: int) -> bytes:
    return page(title) + f"<!-- {os.urandom(padding).hex()} -->".encode()


def _cron_layout(
    tmp_path: Path, padding: int = 0, names: tuple[str, str] = ("harbour", "market")
) -> Path:
    """`index warc --wacz warc/archive.wacz`: two WARCs (not gzipped: a page rewritten with a
    title as long keeps the file's size) and the package of them, in one folder."""
    folder = tmp_path / "warc"
    folder.mkdir()
    for name, title in zip(names, ("Ferry Back On Time", "Fish Prices Fall"), strict=True):
        archive = Archive("WARC/1.1", gzipped=False)
        archive.response(f"/{name}", "2026-03-02T09:00:00Z", _padded(title, padding))
        (folder / f"{name}.warc").write_bytes(archive.buffer.getvalue())
    done = newsarchive("index", "--wacz", str(folder / "archive.wacz"), str(folder))
    assert done.returncode == 0, done.stderr
    return folder


def test_the_cron_layout_is_told_without_reading_its_warcs(tmp_path: Path) -> None:
    """Each later `extract warc` read every WARC of the folder once more to compare it with
    the package's member (a CRC-32): twice the archive, hundreds of GB for some. The package
    records the files it was made from; those unchanged since are not read to be told."""
    folder = _cron_layout(tmp_path, padding=2 << 20)
    warcs = sum(path.stat().st_size for path in folder.glob("*.warc"))
    package = folder / "archive.wacz"
    before = _read_so_far()
    beside = archives_by_name([folder])
    with zipfile.ZipFile(package) as opened:
        members = [(i, i.filename) for i in opened.infolist() if i.filename.startswith("archive/")]
    assert len(members) == 2
    assert not_beside(package, members, beside) == []
    assert all_beside(package, beside)
    assert _read_so_far() - before < warcs / 20  # the package's index and record alone


@pytest.mark.parametrize("how", ["rewritten, its size and time put back", "copied, cp -p"])
def test_a_warc_changed_since_the_package_is_compared_by_its_bytes(
    tmp_path: Path, how: str
) -> None:
    """The record trusts the very file, unchanged (its inode and change time, which no tool
    sets, too): a WARC rewritten with a page of another title as long, its modification
    time put back (`touch -r`, `rsync -t`), is not the package's bytes, both pages are read;
    a copy keeping its times (`cp -p`) is compared by its CRC-32: read once."""
    folder = _cron_layout(tmp_path)
    harbour = folder / "harbour.warc"
    if how.startswith("rewritten"):
        stat = harbour.stat()
        archive = Archive("WARC/1.1", gzipped=False)
        archive.response("/harbour", "2026-03-02T09:00:00Z", _padded("Ferry Back At Noon", 0))
        harbour.write_bytes(archive.buffer.getvalue())
        assert harbour.stat().st_size == stat.st_size
        os.utime(harbour, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        expected = ["Ferry Back At Noon", "Ferry Back On Time", "Fish Prices Fall"]
    else:
        folder = Path(shutil.copytree(folder, tmp_path / "copy"))  # copy2: times kept
        expected = ["Ferry Back On Time", "Fish Prices Fall"]
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    assert _titles(out) == expected


@pytest.mark.parametrize(
    "names",
    [
        ("Harbour-HOST", "market"),  # a crawl host's name in capitals (`socket.gethostname()`)
        ("harbour~1", "market"),  # a `~` the package's names may not hold
        ("Harbour", "harbour"),  # two names one package name: the second numbered ("1-...")
    ],
    ids=["capitals", "tilde", "same-lowered"],
)
def test_warcs_the_package_renamed_are_still_read_once(
    tmp_path: Path, names: tuple[str, str]
) -> None:
    """`index --wacz` gives a member a name a WACZ accepts (lower case, `[-a-z0-9._]`, a
    number before a name taken): a WARC named otherwise beside its package was not found
    under the member's name, and each of its pages was read twice (two captures)."""
    folder = _cron_layout(tmp_path, names=names)
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(folder))
    assert done.returncode == 0, done.stderr
    assert _titles(out) == ["Ferry Back On Time", "Fish Prices Fall"]


@pytest.mark.pywb
def test_a_kept_root_serves_no_member_of_an_earlier_package(tmp_path: Path) -> None:
    """`replay --root KEPT` copies a deflate64 package's readable members into KEPT/members:
    a later package replayed in that root was served with the earlier one's copies too."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    root = tmp_path / "kept"
    for name, path, title in (("first", "/harbour", "Ferry"), ("second", "/market", "Fish")):
        wacz = _package(
            tmp_path / f"{name}.wacz",
            {
                f"archive/{name}.warc.gz": (_warc(path, title), 0),
                f"archive/{name}-odd.warc.gz": (_warc(path + "-odd", title), 0),
            },
        )
        _deflate64(wacz, f"archive/{name}-odd.warc.gz")
        build_collection(PYWB.parent, root, name, wacz)
    index = root / "collections" / "second" / "indexes" / "index.cdxj"
    assert [line.split(" ")[0] for line in index.read_text().splitlines()] == [
        "test,news,old)/market"
    ]


@pytest.mark.parametrize("cdx", ["cdxj", "cdx"])
def test_a_member_named_as_a_warc_beside_it_gets_its_own_filename(tmp_path: Path, cdx: str) -> None:
    """A WARC `data.warc.gz` beside a py-wacz package holding another `archive/data.warc.gz`:
    both files' lines named `data.warc.gz`, so a replay tool reading that index served the
    package's offsets out of the folder's file. The member is named by its package where
    its name is taken; a member whose name is free keeps it (indexes already written
    stay valid)."""
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "data.warc.gz").write_bytes(_warc("/harbour", "Ferry Back On Time"))
    _package(
        folder / "x.wacz",
        {
            "archive/data.warc.gz": (_warc("/market", "Fish Prices Fall"), zipfile.ZIP_STORED),
            "archive/quay.warc.gz": (_warc("/quay", "Quay Reopens"), zipfile.ZIP_STORED),
        },
    )
    done = newsarchive("index", "--format", cdx, str(folder))
    assert done.returncode == 0, done.stderr
    lines = (folder / f"index.{cdx}").read_text().splitlines()
    if cdx == "cdx":  # N b a m s k r M S V g: the filename last
        files = {line.split(" ")[2].rsplit("/", 1)[1]: line.split(" ")[-1] for line in lines[1:]}
    else:
        files = {
            line.split(" ")[0].rsplit("/", 1)[1]: json.loads(line.split(" ", 2)[2])["filename"]
            for line in lines
        }
    assert files == {
        "harbour": "data.warc.gz",
        "market": "x.wacz/archive/data.warc.gz",  # before: data.warc.gz, the folder's file
        "quay": "quay.warc.gz",
    }


@pytest.mark.pywb
def test_pywb_given_the_folders_index_serves_no_member_out_of_the_file_beside_it(
    tmp_path: Path, pywb: Pywb
) -> None:
    """pywb pointed at the folder's CDXJ (its files in the collection's `archive/`): a member's
    line named `data.warc.gz` had pywb read the member's offset in the folder's file, which
    there starts a record of another page: `/market` answered the harbour's page, 200. Named
    by its package, it is a file pywb cannot open (not served, as the README says), and the
    folder's own pages are served as before."""
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "data.warc.gz").write_bytes(_warc("/harbour", "Ferry Back On Time"))
    _package(
        folder / "x.wacz",
        {"archive/data.warc.gz": (_warc("/market", "Fish Prices Fall"), zipfile.ZIP_STORED)},
    )
    done = newsarchive("index", str(folder))
    assert done.returncode == 0, done.stderr
    pywb._manager("init", "member-apart")
    collection = pywb.root / "collections" / "member-apart"
    for name in ("data.warc.gz", "x.wacz"):
        shutil.copy(folder / name, collection / "archive" / name)
    shutil.copy(folder / "index.cdxj", collection / "indexes" / "index.cdxj")
    harbour = pywb.fetch(f"/member-apart/20260302090000id_/{SITE}/harbour")
    assert harbour.status == 200, pywb.state()
    assert b"Ferry Back On Time" in harbour.body  # type: ignore[attr-defined]
    market = pywb.fetch(f"/member-apart/20260302090000id_/{SITE}/market")
    assert b"Ferry Back On Time" not in market.body  # type: ignore[attr-defined]  # before: 200


@pytest.mark.pywb
def test_replay_serves_the_arc_files_of_a_package(tmp_path: Path) -> None:
    """A package holding an ARC file as it is (`archive/old.arc.gz`: written by another tool,
    or by `index --wacz` before it converted ARC files to WARCs): pywb's own unpacking
    takes only members named `.warc` or `.warc.gz`, while the package's index still lists
    the ARC's captures: replay started without a word and answered each with pywb's error
    page (503, `No such file or directory: .../archive/old.arc.gz`). Served from copies."""
    from newsarchive.package.wacz import write_wacz
    from tests.test_foreign_archives import arc_file, replaying_archive
    from tests.test_package import fetch

    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "harbour.warc.gz").write_bytes(_warc("/harbour", "Ferry Back On Time"))
    arc_file(folder / "old.arc.gz", [(f"{SITE}/quay", "20100102030405", page("Quay"))], True)
    wacz = tmp_path / "both.wacz"
    pages = [{"url": f"{SITE}/harbour", "ts": "2026-03-02T09:00:00Z", "title": "Harbour"}]
    write_wacz(sorted(folder.iterdir()), pages, wacz, "older")  # py-wacz, no conversion
    with zipfile.ZipFile(wacz) as package:
        assert "archive/old.arc.gz" in package.namelist()
    with replaying_archive(wacz) as (base, _):
        assert fetch(f"{base}2010id_/{SITE}/quay") == page("Quay")
        assert fetch(f"{base}2026id_/{SITE}/harbour") == page("Ferry Back On Time")
