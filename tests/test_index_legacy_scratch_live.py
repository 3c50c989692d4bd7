"""The scratch folders of `index --wacz` runs of a version before pids in the names
(`newsarchive-wacz-jbjtm9ky`, `newsarchive-package-13zqvonp`) that a live run may still be
using stay, however long nothing in them changed; only this user's are removed.

`remove_killed_scratch` took any such folder unchanged for an hour for a killed run's:
- a run of that version still going: its py-wacz reads the wacz folder (pages.jsonl, links
  to the package folder's copies of the WARCs) for hours on a large archive, writing only
  the package beside the output, and its index reads every WARC with its package folder
  made and still empty. Both folders were removed under it: its package failed;
- another user's on a shared /tmp, removed by an `index` run as root (shutil.rmtree does
  not ask whose); with a pid in the name too (a run in a pid space of its own, a container
  sharing /tmp, has a pid this one does not see).
Real folders in a TMPDIR of the test's own, their times set back with utime; real processes
stand for the live runs (a py-wacz's arguments as that version gave them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsarchive.package import wacz
from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]
HOURS_AGO = time.time() - 2 * 3600
NOBODY = 65534


def _set_back(folder: Path) -> None:
    for top, folders, files in os.walk(folder, topdown=False):
        for name in (*folders, *files):
            os.utime(os.path.join(top, name), (HOURS_AGO, HOURS_AGO), follow_symlinks=False)
    os.utime(folder, (HOURS_AGO, HOURS_AGO))


def _package_folder(folder: Path) -> Path:
    """A package folder as that version made it: a copy of a WARC in members/0."""
    (folder / "members" / "0").mkdir(parents=True)
    (folder / "members" / "0" / "run.warc.gz").write_bytes(b"\x1f\x8b" + bytes(2998))
    _set_back(folder)
    return folder


def _wacz_folder(folder: Path, package: Path) -> Path:
    """A wacz folder as that version made it: pages.jsonl, a link to the package's copy."""
    (folder / "archive").mkdir(parents=True)
    (folder / "pages.jsonl").write_text('{"format": "json-pages-1.0"}\n')
    (folder / "archive" / "0-run.warc.gz").symlink_to(package / "members" / "0" / "run.warc.gz")
    _set_back(folder)
    return folder


@contextmanager
def _live(*argv: str) -> Iterator[subprocess.Popen[bytes]]:
    """A live process whose arguments are `argv` (after a sleeping `python -c`)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", *argv])
    try:
        cmdline = Path(f"/proc/{process.pid}/cmdline")
        while argv[-1].encode() not in cmdline.read_bytes():  # exec'd: its arguments are seen
            time.sleep(0.05)
        yield process
    finally:
        process.kill()
        process.wait()


def _started(pid: int) -> float:
    """When process `pid` started, from /proc (the boot time in whole seconds)."""
    booted = next(
        float(line.split()[1])
        for line in Path("/proc/stat").read_text().splitlines()
        if line.startswith("btime ")
    )
    ticks = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    return booted + ticks / os.sysconf("SC_CLK_TCK")


def _index(tmp_path: Path, scratch: Path) -> subprocess.CompletedProcess[str]:
    warc = Archive("WARC/1.1", gzipped=False)
    warc.response("/one", "2026-01-01T10:00:00Z", page("One"))
    archive = warc.save(tmp_path / "one.warc")
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", str(archive), "--cdxj",
         str(tmp_path / "index.cdxj")],
        cwd=PROJECT, env={**os.environ, "TMPDIR": str(scratch)}, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip


def test_a_live_py_wacz_of_that_version_keeps_both_its_folders(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    package = _package_folder(scratch / "newsarchive-package-13zqvonp")
    wacz_folder = _wacz_folder(scratch / "newsarchive-wacz-jbjtm9ky", package)
    partial = tmp_path / "out" / ".site.partial.wacz"
    with _live(
        "create", "-f", "-o", str(partial), "-p", str(wacz_folder / "pages.jsonl"), "--title",
        "site", str(wacz_folder / "archive" / "0-run.warc.gz"),
    ):  # fmt: skip
        done = _index(tmp_path, scratch)
        assert done.returncode == 0, done.stderr
        assert "removed" not in done.stderr, done.stderr
        assert sorted(p.name for p in scratch.iterdir()) == [package.name, wacz_folder.name]
        assert (package / "members" / "0" / "run.warc.gz").stat().st_size == 3000
    done = _index(tmp_path, scratch)  # its run ended: both go
    assert done.returncode == 0, done.stderr
    assert list(scratch.iterdir()) == []
    lines = done.stderr.strip().splitlines()
    assert (
        "WARNING: removed 1 package scratch folder of index runs of an earlier version, "
        f"unchanged for an hour ({package}; 3,000 bytes)"
    ) in lines, lines


def test_another_users_scratch_stays_with_a_pid_in_its_name_or_none(tmp_path: Path) -> None:
    assert os.geteuid() == 0, "giving folders to another user needs root (CI runs these as root)"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    theirs = _package_folder(scratch / "newsarchive-package-a1b2c3d4")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    theirs_named = _package_folder(scratch / f"newsarchive-wacz-{dead.stdout.strip()}-x1y2z3w4")
    for folder in (theirs, theirs_named):
        for top, folders, files in os.walk(folder):
            for name in (*folders, *files):
                os.lchown(os.path.join(top, name), NOBODY, NOBODY)
        os.lchown(folder, NOBODY, NOBODY)
        os.utime(folder, (HOURS_AGO, HOURS_AGO))
    mine = _package_folder(scratch / "newsarchive-package-e5f6g7h8")
    done = _index(tmp_path, scratch)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in scratch.iterdir()) == sorted([theirs.name, theirs_named.name])
    assert (theirs / "members" / "0" / "run.warc.gz").is_file()
    assert (theirs_named / "members" / "0" / "run.warc.gz").is_file()
    assert (
        "WARNING: removed 1 package scratch folder of index runs of an earlier version, "
        f"unchanged for an hour ({mine}; 3,000 bytes)"
    ) in done.stderr.splitlines(), done.stderr


def test_a_live_index_started_before_its_empty_folder_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """That version's index made its package folder, then read every WARC (hours on a large
    archive) before copying anything into it. Its process started before the folder last
    changed: it may be its owner. (That one started after the folder was made is not is left
    unasserted here: in CI other tests' index processes run at the same time.)"""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(wacz, "LEGACY_STALE", 1.0)
    with _live("-m", "newsarchive", "index", "big.warc.gz", "--wacz", "site.wacz") as old:
        started = _started(old.pid)
        while time.time() < started + 2.5:  # /proc's boot time is in whole seconds
            time.sleep(0.1)
        empty = scratch / "newsarchive-package-k9m8n7p6"
        empty.mkdir()
        while time.time() - empty.stat().st_mtime <= 1.5:  # unchanged for LEGACY_STALE
            time.sleep(0.1)
        assert wacz.remove_killed_scratch("newsarchive-package-", "package") == []
        assert empty.is_dir()
        with _live("-m", "newsarchive", "index", "later.warc.gz", "--wacz", "later.wacz"):
            assert wacz.remove_killed_scratch("newsarchive-package-", "package") == []
            assert empty.is_dir()  # the older one still runs


def test_that_versions_package_being_validated_stays(tmp_path: Path) -> None:
    """Its hidden package (`.site.partial.wacz`, one name for all runs) is read, not changed,
    while its py-wacz validates it (an hour on a large one): removed under it, the run's
    rename into place failed. Once no process names it, the next index for `site.wacz`
    removes it."""
    out = tmp_path / "out"
    out.mkdir()
    partial = out / ".site.partial.wacz"
    partial.write_bytes(b"PK\x03\x04" + bytes(996))
    os.utime(partial, (HOURS_AGO, HOURS_AGO))
    with _live("validate", "-f", str(partial)):
        assert wacz.remove_killed_partials(out / "site.wacz") == []
        assert partial.stat().st_size == 1000
    assert wacz.remove_killed_partials(out / "site.wacz") == [partial]
