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

import os
import subprocess
import sys
from pathlib import Path

from newsarchive.warc.spoolfiles import PLACE
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
