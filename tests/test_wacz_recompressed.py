"""A WACZ holding an original and the copy `recompress` made of it.

`index --wacz` of a folder packages the copy alone, but a package another tool (py-wacz's
`wacz create`, `zip`) or a hand made of the folder holds both. Its members were unpacked
with the unpacking's time, in the package's order: an original put in after its copy was
the newer, taken as changed since, and read beside it, each record twice (two items a
page, two CDXJ lines a capture, each `history` version seen twice). Each member now has
its own time, as `unzip` gives it, and the pair is told apart as in a folder.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.test_compressed_warcs import RECORDS, VARIANTS
from tests.test_foreign_archives import SITE

PROJECT = Path(__file__).resolve().parents[1]
HOUR = 3600


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True,
        text=True, timeout=180,
    )  # fmt: skip


ORIGINALS = {
    # name, bytes, the copy `recompress` writes of it
    "zstd": ("crawl.warc.zst", VARIANTS["plain.warc.zst"], "crawl.warc.gz"),
    "whole gzip": (
        "whole.warc.gz",
        lambda: gzip.compress(b"".join(RECORDS)),
        "whole.recompressed.warc.gz",
    ),
}


def _package_of_both(tmp_path: Path, kind: str) -> tuple[Path, Path, str]:
    """The package, its original's name and copy's name: the original written an hour
    before `recompress` ran (a crawl's file), the package made by `index --wacz` (the copy
    alone), the original then added after it, with its file's time, as py-wacz adds a WARC."""
    name, data, copy_name = ORIGINALS[kind]
    folder = tmp_path / "warc"
    folder.mkdir()
    original = folder / name
    original.write_bytes(data())
    earlier = original.stat().st_mtime - HOUR
    os.utime(original, (earlier, earlier))
    assert _run("recompress", str(original)).returncode == 0
    package = tmp_path / "both.wacz"
    made = _run("index", str(folder), "--wacz", str(package), "--cdxj", str(tmp_path / "x.cdxj"))
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(package, "a") as opened:
        assert [n for n in opened.namelist() if n.startswith("archive/")] == [
            f"archive/{copy_name}"
        ]
        opened.write(original, f"archive/{name}")  # ZipInfo.from_file: the file's time
    return package, original, copy_name


def _said(package: Path, original: Path, copy_name: str, done: str) -> str:
    return (
        f"1 file left out, recompressed beside it (their records {done} from the copies): "
        f"{package}/archive/{original.name} (as {copy_name}); remove the original once you "
        "no longer need it"
    )


@pytest.mark.parametrize("kind", list(ORIGINALS))
def test_extract_index_and_history_read_each_record_once(tmp_path: Path, kind: str) -> None:
    package, original, copy_name = _package_of_both(tmp_path, kind)
    copy = original.with_name(copy_name)

    alone = _run("extract", str(copy), "-o", str(tmp_path / "alone.jsonl"))
    assert alone.returncode == 0, alone.stderr
    done = _run("extract", str(package), "-o", str(tmp_path / "both.jsonl"))
    assert done.returncode == 0, done.stderr
    assert f"extract: {_said(package, original, copy_name, 'read')}" in done.stderr.splitlines()
    items = [json.loads(x) for x in (tmp_path / "both.jsonl").read_text().splitlines()]
    assert [i["title"] for i in items] == ["Harbour", "Bridge", "Harbour", "Market"]
    assert {i["warc_file"] for i in items} == {copy_name}

    indexed = _run("index", str(package), "--cdxj", str(tmp_path / "both.cdxj"))
    assert indexed.returncode == 0, indexed.stderr
    assert f"index: {_said(package, original, copy_name, 'indexed')}" in indexed.stderr
    lines = (tmp_path / "both.cdxj").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(RECORDS), lines  # each record once, from the copy
    assert {json.loads(line.split(" ", 2)[2])["filename"] for line in lines} == {copy_name}

    history = _run("history", SITE + "/harbour", "--warc", str(package), "--format", "json")
    assert history.returncode == 0, history.stderr
    assert f"history: {_said(package, original, copy_name, 'read')}" in history.stderr
    (article,) = json.loads(history.stdout)["articles"]
    seen = [(v["fetched_at"], v["warc_file"]) for v in article["versions"]]
    seen += [(s["fetched_at"], s["warc_file"]) for v in article["versions"]
             for s in v.get("seen_again", [])]  # fmt: skip
    assert sorted(seen) == [
        ("2026-04-01T08:00:00Z", copy_name),
        ("2026-04-02T08:00:00Z", copy_name),
    ]


def test_an_original_newer_than_its_copy_in_the_package_is_read(tmp_path: Path) -> None:
    """The member times say the original was written after its copy (rewritten since, or
    another tool's pair): read as it is, as in a folder, though the copy holds its records."""
    package, original, copy_name = _package_of_both(tmp_path, "whole gzip")
    with zipfile.ZipFile(package) as opened:
        infos = {i.filename: i for i in opened.infolist()}
        members = [(i, opened.read(i)) for i in opened.infolist()]
    later = infos[f"archive/{copy_name}"].date_time
    with zipfile.ZipFile(package, "w") as rewritten:
        for info, data in members:
            if info.filename == f"archive/{original.name}":
                info.date_time = (later[0] + 1, *later[1:])
            rewritten.writestr(info, data)
    done = _run("extract", str(package), "-o", str(tmp_path / "both.jsonl"))
    assert "left out, recompressed" not in done.stderr, done.stderr
    items = [json.loads(x) for x in (tmp_path / "both.jsonl").read_text().splitlines()]
    assert len(items) == 8  # the original's four pages and the copy's


WHEN = (2026, 3, 1, 10, 0, 0)
MEMBER_TIMES = {
    # case: the original's ZIP date/time, the copy's, whether the original is left out
    "original of 1980": ((1980, 1, 1, 0, 0, 0), WHEN, True),
    "original of DOS date 0": ((1980, 0, 0, 0, 0, 0), WHEN, True),
    "copy of DOS date 0": (WHEN, (1980, 0, 0, 0, 0, 0), False),
    "copy of the last ZIP date": (WHEN, (2107, 12, 31, 23, 59, 58), True),
    "original of the last ZIP date": ((2107, 12, 31, 23, 59, 58), WHEN, False),
    "copy of hour 31 minute 63": (WHEN, (2026, 3, 1, 31, 63, 62), True),
    "one 2-second time": (WHEN, WHEN, False),
}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """One package of both, made once: each case rewrites its members' times."""
    return _package_of_both(tmp_path_factory.mktemp("both"), "whole gzip")


@pytest.mark.parametrize("case", list(MEMBER_TIMES))
def test_member_times_of_no_clock_order_the_pair_as_a_folder_would(
    tmp_path: Path, case: str, both: tuple[Path, Path, str]
) -> None:
    """ZIP dates a hand or another tool wrote: DOS date 0 (month and day 0, writers that
    kept no time), fields past their range, the last date ZIP holds. Each is read, never
    a traceback; the original is left out only when its time is the earlier (the copy
    still compared), and both read when the times give no order or the reverse one."""
    made, original, copy_name = both
    before, after, left_out = MEMBER_TIMES[case]
    with zipfile.ZipFile(made) as opened:
        members = [(i, opened.read(i)) for i in opened.infolist()]
    package = tmp_path / "both.wacz"
    with zipfile.ZipFile(package, "w") as rewritten:
        for info, data in members:
            if info.filename == f"archive/{original.name}":
                info.date_time = before
            elif info.filename == f"archive/{copy_name}":
                info.date_time = after
            rewritten.writestr(info, data)
    done = _run("extract", str(package), "-o", str(tmp_path / "both.jsonl"))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    items = [json.loads(x) for x in (tmp_path / "both.jsonl").read_text().splitlines()]
    if left_out:
        assert f"extract: {_said(package, original, copy_name, 'read')}" in done.stderr
        assert len(items) == 4, done.stderr
    else:
        assert "left out, recompressed" not in done.stderr, done.stderr
        assert len(items) == 8, done.stderr
