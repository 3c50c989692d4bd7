"""Scratch folders that `index` cannot tell from a live run's are named, never removed.

`index --wacz` runs of a version before pids in the names left `newsarchive-package-13zqvonp`
and `newsarchive-wacz-jbjtm9ky` (tempfile's 8 characters alone), and later versions
`newsarchive-wacz-<pid>-...` (a pid alone). A run of that version may still be going (its
py-wacz reads its folders for hours), and a pid alone may be a live run's in another
container sharing /tmp, which this run cannot see: 130 lines that scanned /proc to guess
removed such folders. Now the next `index` names them on one line with the command that
removes them and leaves them; it removes only the folders of its own pid space whose run has
ended (their names carry the run's pid and pid space: `spoolfiles.run_prefix`). Another
container's folder with the same pid, another user's, a link: left, not named.
Real folders in a TMPDIR of the test's own.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.package.wacz import remove_killed_partials
from newsarchive.warc.spoolfiles import PLACE, PREFIX, remove_stale
from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]
NOBODY = 65534


def _left(folder: Path, size: int) -> Path:
    """A folder as a run left it: a copy of a WARC in members/0."""
    (folder / "members" / "0").mkdir(parents=True)
    (folder / "members" / "0" / "run.warc.gz").write_bytes(b"\x1f\x8b" + bytes(size - 2))
    return folder


def _ended_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(done.stdout)


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


def test_earlier_versions_scratch_folders_are_named_with_the_command_and_left(
    tmp_path: Path,
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    dead = _ended_pid()
    old_package = _left(scratch / "newsarchive-package-13zqvonp", 3000)
    old_wacz = _left(scratch / "newsarchive-wacz-jbjtm9ky", 1000)
    pid_alone = _left(scratch / f"newsarchive-wacz-{dead}-x1y2z3w4", 1000)
    not_tempfiles = _left(scratch / "newsarchive-package-notes", 10)  # 5 characters
    kept_elsewhere = _left(tmp_path / "kept", 10)
    link = scratch / "newsarchive-wacz-linkto01"
    link.symlink_to(kept_elsewhere)
    done = _index(tmp_path, scratch)
    assert done.returncode == 0, done.stderr
    everything = (old_package, old_wacz, pid_alone, not_tempfiles, link)
    assert sorted(p.name for p in scratch.iterdir()) == sorted(p.name for p in everything)
    for folder in (old_package, old_wacz, pid_alone, kept_elsewhere):
        assert (folder / "members" / "0" / "run.warc.gz").is_file()
    lines = done.stderr.strip().splitlines()
    assert (
        "WARNING: left 2 py-wacz scratch folders of index runs of an earlier version (its run "
        "cannot be told ended: remove them once no run of it is going): "
        f"rm -r {pid_alone} {old_wacz}"
    ) in lines, lines
    assert (
        "WARNING: left 1 package scratch folder of index runs of an earlier version (its run "
        f"cannot be told ended: remove them once no run of it is going): rm -r {old_package}"
    ) in lines, lines
    assert "removed" not in done.stderr, done.stderr
    assert str(link) not in done.stderr and str(not_tempfiles) not in done.stderr


def test_only_this_pid_spaces_ended_runs_folders_are_removed(tmp_path: Path) -> None:
    """Two containers sharing /tmp: a folder named with a pid that is not running here but
    with another pid space's mark is another container's (maybe live) run's, and stays; it is
    named on one line (it was left unsaid)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    dead = _ended_pid()
    ended_here = _left(scratch / f"newsarchive-package-{dead}-{PLACE}-a1b2c3d4", 3000)
    other_space = "0badf00d" if PLACE != "0badf00d" else "f00dbad0"
    theirs = _left(scratch / f"newsarchive-package-{dead}-{other_space}-e5f6g7h8", 3000)
    done = _index(tmp_path, scratch)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in scratch.iterdir()] == [theirs.name]
    assert (theirs / "members" / "0" / "run.warc.gz").is_file()
    assert (
        "WARNING: removed 1 package scratch folder of index runs that were killed "
        f"({ended_here}; 3,000 bytes)"
    ) in done.stderr.splitlines(), done.stderr
    assert (
        "WARNING: left 1 package scratch folder of index runs in another pid space (another "
        "container sharing this folder, or a boot before this one: whether their run is going "
        f"cannot be seen from here; remove them once none is): rm -r {theirs}"
    ) in done.stderr.splitlines(), done.stderr


def test_another_users_scratch_is_neither_removed_nor_named(tmp_path: Path) -> None:
    assert os.geteuid() == 0, "giving folders to another user needs root (CI runs these as root)"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    dead = _ended_pid()
    theirs = [
        _left(scratch / "newsarchive-package-a1b2c3d4", 100),
        _left(scratch / f"newsarchive-wacz-{dead}-{PLACE}-x1y2z3w4", 100),
    ]
    for folder in theirs:
        for top, folders, files in os.walk(folder):
            for name in (*folders, *files):
                os.lchown(os.path.join(top, name), NOBODY, NOBODY)
        os.lchown(folder, NOBODY, NOBODY)
    done = _index(tmp_path, scratch)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in scratch.iterdir()) == sorted(p.name for p in theirs)
    assert "scratch folder" not in done.stderr, done.stderr


def test_a_killed_runs_folder_is_removed_after_the_host_is_renamed(tmp_path: Path) -> None:
    """The pid space is the machine's boot and the pid namespace: a host renamed (hostnamectl,
    DHCP) between a killed run and the next is the same pid space. The tag hashed the host's
    name too, so the next run took the killed run's folder for another container's and left
    it, unsaid, for good. The next `index` runs here with another host name (a UTS namespace
    of its own: the pids and the boot are this test's)."""
    assert os.geteuid() == 0, "a UTS namespace of its own needs root (CI runs these as root)"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    dead = _ended_pid()
    ended_here = _left(scratch / f"newsarchive-package-{dead}-{PLACE}-a1b2c3d4", 3000)
    warc = Archive("WARC/1.1", gzipped=False)
    warc.response("/one", "2026-01-01T10:00:00Z", page("One"))
    archive = warc.save(tmp_path / "one.warc")
    index = [sys.executable, "-m", "newsarchive", "index", str(archive), "--cdxj",
             str(tmp_path / "index.cdxj")]  # fmt: skip
    renamed = 'hostname "$0-renamed" && exec "$@"'
    done = subprocess.run(
        ["unshare", "--uts", "sh", "-c", renamed, os.uname().nodename[:40], *index],
        cwd=PROJECT, env={**os.environ, "TMPDIR": str(scratch)}, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not ended_here.exists(), done.stderr
    assert (
        "WARNING: removed 1 package scratch folder of index runs that were killed "
        f"({ended_here}; 3,000 bytes)"
    ) in done.stderr.splitlines(), done.stderr


_HOLDER = """
import sys
from pathlib import Path
from newsarchive.warc import spoolfiles
for name in sys.argv[1:]:
    spoolfiles.hold(Path(name))
print("held", flush=True)
sys.stdin.read()
"""


def _holder(*paths: Path) -> subprocess.Popen[str]:
    """A live run of another pid space, as a child holding `paths` (`spoolfiles.hold`) until
    its stdin closes; returned once it holds them."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, *map(str, paths)], cwd=PROJECT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    return child


def _let_go(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    assert child.wait(timeout=60) == 0
    child.stdout.close()


def test_another_pid_spaces_live_folder_is_not_named_until_its_run_ends(tmp_path: Path) -> None:
    """Two containers sharing /tmp as one user: a folder another pid space's live run holds
    (its lock) is not named for removal (the other container was told to `rm -r` a live run's
    folder); once that run has ended, it is."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    other_space = "0badf00d" if PLACE != "0badf00d" else "f00dbad0"
    theirs = _left(scratch / f"newsarchive-package-{_ended_pid()}-{other_space}-e5f6g7h8", 3000)
    child = _holder(theirs)
    try:
        done = _index(tmp_path, scratch)
    finally:
        _let_go(child)
    assert done.returncode == 0, done.stderr
    assert "another pid space" not in done.stderr, done.stderr
    assert (theirs / "members" / "0" / "run.warc.gz").is_file()
    done = _index(tmp_path, scratch)
    assert done.returncode == 0, done.stderr
    assert any(
        line.startswith("WARNING: left 1 package scratch folder of index runs in another pid")
        and line.endswith(f"rm -r {theirs}")
        for line in done.stderr.splitlines()
    ), done.stderr
    assert theirs.is_dir()


def test_another_pid_spaces_live_spool_and_package_are_not_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A segment spool file and a hidden .partial.wacz of another pid space's live run (a
    child holding their locks) are not named; after the child ends, they are."""
    other_space = "0badf00d" if PLACE != "0badf00d" else "f00dbad0"
    dead = _ended_pid()
    spool = tmp_path / f"{PREFIX}{dead}-{other_space}-q1w2e3r4"
    spool.write_bytes(b"segment")
    output = tmp_path / "site.wacz"
    partial = tmp_path / f".site.{dead}-{other_space}.partial.wacz"
    partial.write_bytes(b"PK")
    child = _holder(spool, partial)
    try:
        with caplog.at_level(logging.WARNING):
            assert remove_stale(tmp_path) == [] and remove_killed_partials(output) == []
    finally:
        _let_go(child)
    assert "another pid space" not in caplog.text, caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert remove_stale(tmp_path) == [] and remove_killed_partials(output) == []
    said = [r.getMessage() for r in caplog.records]
    assert any("another pid space" in line and line.endswith(f"rm {spool}") for line in said)
    assert any("another pid space" in line and line.endswith(f"rm {partial}") for line in said)
    assert spool.is_file() and partial.is_file()
