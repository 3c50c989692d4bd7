"""Spool files of segments that a killed run leaves are removed by the next run.

`extract -j N` keeps the segments it holds for joining (past 32 MiB) in a temporary
file that the parent deletes when the batch ends; a parent killed outright deleted
nothing, and nothing ever did (the temporary folder is emptied at a reboot, if then).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsarchive.warc.spoolfiles import PREFIX, remove_stale, run_prefix
from tests.test_foreign_archives import PROJECT, Archive, page
from tests.test_segments_memory import _orphans


def _spool_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*"))


def _extract(args: list[str], tmp: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "extract", "--all-pages", *args],
        cwd=PROJECT, env={**os.environ, "TMPDIR": str(tmp)}, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_the_next_run_removes_what_a_killed_parent_held(tmp_path: Path) -> None:
    """A real `extract -j 2` killed with SIGKILL while it holds 40 MiB of continuation records
    (8 MiB of them in its spool file) and extracts the pages of another file; then a run of
    `extract` with the same temporary folder. Before: the spool file stayed, and the two
    workers waited for ever (their pipe's other end is their own)."""
    archives, tmp = tmp_path / "warc", tmp_path / "tmp"
    archives.mkdir()
    tmp.mkdir()
    _orphans(archives / "a-orphans.warc", 40, 1 << 20)  # first segments nowhere: held
    pages = Archive()
    for number in range(600):  # the parent is still merging these when it is killed
        pages.response(f"/p{number}", "2026-12-03T07:00:00Z", page(f"Story number {number}"))
    pages.save(archives / "b-pages.warc.gz")
    out = ["-o", str(tmp_path / "items.jsonl")]
    killed = _extract(["-j", "2", *out, str(archives)], tmp)
    try:
        while not _spool_files(tmp):  # the workers' file, then the parent's, till the end
            assert killed.poll() is None, "it ended before it held a spool file"
            time.sleep(0.005)
        workers = _children(killed.pid)
        os.kill(killed.pid, signal.SIGKILL)
        assert killed.wait() == -signal.SIGKILL
        for _ in range(600):  # the kernel ends them (PR_SET_PDEATHSIG): at once, in practice
            if not any(_alive(pid) for pid in workers):
                break
            time.sleep(0.05)
        assert workers and not any(_alive(pid) for pid in workers), "workers left running"
    finally:
        os.killpg(killed.pid, signal.SIGKILL)  # whatever is left of its process group
        killed.communicate()
    left = _spool_files(tmp)
    assert left and all(f"{PREFIX}{killed.pid}-" in p.name for p in left)
    again = _extract([*out, str(archives / "b-pages.warc.gz")], tmp)
    _, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr
    assert f"removed {len(left)} temporary file" in stderr and str(left[0]) in stderr
    assert _spool_files(tmp) == []


def _children(parent: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie that no one has reaped yet."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_only_the_files_of_runs_that_ended_are_removed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A running run's file (this process's) and an older version's unnamed one stay; one of
    another pid space (a container sharing the folder, an earlier boot) stays and is named
    on one line (it was left unsaid: a folder filling up from other boots, nothing named)."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    mine = tmp_path / f"{run_prefix(PREFIX)}abc"
    stale = tmp_path / f"{run_prefix(PREFIX, ended.pid)}def"
    old = tmp_path / f"{PREFIX}k2j3h4l5"
    pid_alone = tmp_path / f"{PREFIX}{ended.pid}-ghi"  # an earlier version's: maybe another
    other_space = tmp_path / f"{PREFIX}{ended.pid}-0badf00d-jkl"  # container's: both stay
    for path in (mine, old, stale, pid_alone, other_space):
        path.write_bytes(b"held segments")
    with caplog.at_level(logging.WARNING, logger="newsarchive.warc.spoolfiles"):
        assert remove_stale(tmp_path) == [stale]
    assert _spool_files(tmp_path) == sorted([mine, old, pid_alone, other_space])
    named = [r.getMessage() for r in caplog.records if str(other_space) in r.getMessage()]
    assert named == [
        "left 1 temporary file of segments held by runs in another pid space (another container "
        "sharing this folder, or a boot before this one: whether their run is going cannot be "
        f"seen from here; remove them once none is): rm {other_space}"
    ], caplog.text
