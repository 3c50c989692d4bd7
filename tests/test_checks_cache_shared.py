"""The cache of checked copies shared: by two runs at once, by two users, read-only.

A cache folder two users point NEWSARCHIVE_CACHE_DIR at (a team's, group-writable) got a
file of mode 0600 from each run (mkstemp's): the other user's runs could not read it,
compared every pair again, said "could not be read (Permission denied)" and wrote it
anew, 0600 again, theirs now: on every run, each user's. Two runs writing it at once
each renamed in the file as they had read it: the last lost the other's verdicts. A
cache that cannot be written (a read-only folder) costs a line, never the run.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsarchive.warc.checked import WAIT
from tests.test_compressed_warcs import VARIANTS

PROJECT = Path(__file__).resolve().parents[1]
CACHE = "archive-checks.json"


def _pair(folder: Path) -> Path:
    """A zstd original and the copy `recompress` made of it; the original."""
    folder.mkdir(parents=True)
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    made = subprocess.run(
        [sys.executable, "-m", "newsarchive", "recompress", str(zst)], cwd=PROJECT,
        capture_output=True, text=True, timeout=180, env=_env(folder.parent / "scratch"),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return zst


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "NEWSARCHIVE_CACHE_DIR": str(cache)}


def _index(folder: Path, cache: Path, *wrap: str, umask: int = 0o002) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*wrap, sys.executable, "-m", "newsarchive", "index", str(folder), "--cdxj",
         str(folder / "index.cdxj")],
        cwd=PROJECT, env=_env(cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, umask=umask,
    )  # fmt: skip


def _done(run: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = run.communicate(timeout=180)
    return run.returncode, err


def _keys(cache: Path) -> set[str]:
    entries = json.loads((cache / CACHE).read_text(encoding="utf-8"))["entries"]
    return {key.split("\0")[1] for key in entries}


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder another user may look into (pytest's own are the owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="newsarchive-shared-cache-", dir="/tmp"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="no setpriv(1)")
def test_the_file_is_readable_by_the_other_users_of_the_folder(shared: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("another user's read is tried as root (CI runs these tests as root)")
    zst = _pair(shared / "warc")
    cache = shared / "cache"
    code, err = _done(_index(zst.parent, cache))
    assert code == 0, err
    mode = (cache / CACHE).stat().st_mode & 0o777
    assert mode == 0o664, oct(mode)  # as any file of a umask 002 user, never 0600
    other = subprocess.run(
        ["setpriv", "--reuid=54321", "--regid=54321", "--clear-groups", "cat",
         str(cache / CACHE)], capture_output=True, text=True,
    )  # fmt: skip
    assert other.returncode == 0, other.stderr
    assert str(zst) in other.stdout


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_the_file_takes_the_user_s_umask(tmp_path: Path, umask: int, mode: int) -> None:
    """Never a fixed mode: a user of umask 022 gets a file others may read, not write; one
    of 077 a file of their own (written as any file of theirs)."""
    zst = _pair(tmp_path / "warc")
    cache = tmp_path / "cache"
    code, err = _done(_index(zst.parent, cache, umask=umask))
    assert code == 0, err
    assert _keys(cache) == {str(zst)}
    assert (cache / CACHE).stat().st_mode & 0o777 == mode


def _at_lock(run: subprocess.Popen[str], cache: Path) -> bool:
    """Whether `run` holds the cache folder open (it does so only to lock it), or ended."""
    while run.poll() is None:
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{run.pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) == str(cache):
                        return True
        time.sleep(0.02)
    return False


def test_a_run_waiting_its_turn_keeps_the_verdicts_written_meanwhile(tmp_path: Path) -> None:
    """The cache folder held locked here (as another run writing it would) while a run
    checks its pair: it waits its turn, and reads the file as the other left it."""
    first, second = _pair(tmp_path / "one"), _pair(tmp_path / "two")
    cache = tmp_path / "cache"
    cache.mkdir()
    held = os.open(cache, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        run = _index(first.parent, cache)
        waited = _at_lock(run, cache)
        (cache / CACHE).write_text(  # the other run's own verdict, written meanwhile
            json.dumps({"version": 1, "entries": {"copy\0/elsewhere/x.warc.zst": {}}}),
            encoding="utf-8",
        )
    finally:
        os.close(held)
    code, err = _done(run)
    assert code == 0, err
    assert "could not be" not in err, err
    assert waited  # it waited for the lock
    assert _keys(cache) == {str(first), "/elsewhere/x.warc.zst"}
    code, err = _done(_index(second.parent, cache))
    assert code == 0, err
    assert _keys(cache) == {str(first), str(second), "/elsewhere/x.warc.zst"}


HOLDER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process holding the cache folder's lock; ended (SIGKILL) after the test."""
    cache = tmp_path / "cache"
    cache.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cache)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    yield cache, proc
    proc.kill()
    proc.communicate()


def test_a_run_stopped_holding_the_lock_costs_a_line_not_a_hung_run(
    tmp_path: Path, holder: tuple[Path, subprocess.Popen[str]]
) -> None:
    """A run stopped (Ctrl-Z) while writing the cache holds its lock until resumed: a cron
    job waited on it with no end. It waits a while, then leaves the cache unwritten with
    one line, exit 0, the original still left out; written again once the lock is free."""
    cache, proc = holder
    proc.send_signal(signal.SIGSTOP)
    zst = _pair(tmp_path / "warc")
    run = _index(zst.parent, cache)
    try:
        code, err = _done(run)
    finally:
        run.kill()
    assert code == 0, err
    assert f"{zst} (as crawl.warc.gz)" in err, err
    said = [line for line in err.splitlines() if "cache of checked copies" in line]
    assert said == [
        f"index: the cache of checked copies {cache / CACHE} could not be written (held by "
        f"another run for {WAIT:g} s, which may be stopped): the copies are compared again"
    ], err
    assert not (cache / CACHE).exists()
    proc.kill()
    proc.communicate()
    code, err = _done(_index(zst.parent, cache))
    assert code == 0, err
    assert "could not be" not in err, err
    assert _keys(cache) == {str(zst)}


def test_a_run_killed_holding_the_lock_leaves_no_lock_behind(
    tmp_path: Path, holder: tuple[Path, subprocess.Popen[str]]
) -> None:
    """`kill -9` of a run writing the cache: no lock file of it stays to block the next."""
    cache, proc = holder
    proc.kill()
    proc.communicate()
    zst = _pair(tmp_path / "warc")
    code, err = _done(_index(zst.parent, cache))
    assert code == 0, err
    assert "could not be" not in err, err
    assert _keys(cache) == {str(zst)}
    assert {path.name for path in cache.iterdir()} == {CACHE}


@pytest.mark.skipif(shutil.which("unshare") is None, reason="no unshare(1)")
def test_a_read_only_cache_folder_is_used_and_a_line_when_it_cannot_be_written(
    tmp_path: Path,
) -> None:
    """A cache folder the user may read but not write (a team's, kept by another): its
    verdicts are used, and a pair it does not hold costs one line a run, exit 0, the
    original still left out. Run without root's powers (a user namespace), as a user."""
    probe = subprocess.run(["unshare", "--map-user=54321", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"no user namespace here: {probe.stderr!r}")
    known, unknown = _pair(tmp_path / "known"), _pair(tmp_path / "unknown")
    cache = tmp_path / "cache"
    assert _done(_index(known.parent, cache))[0] == 0
    os.chmod(cache, 0o555)
    os.chmod(tmp_path, 0o777)  # its index files written there
    for folder in (known.parent, unknown.parent):
        os.chmod(folder, 0o777)
    try:
        code, err = _done(_index(known.parent, cache, "unshare", "--map-user=54321"))
        assert code == 0, err
        assert "(its copy checked on an earlier run, unchanged since)" in err, err
        assert "could not be" not in err, err
        code, err = _done(_index(unknown.parent, cache, "unshare", "--map-user=54321"))
        assert code == 0, err
        assert "Traceback" not in err, err
        assert f"{unknown} (as crawl.warc.gz)" in err, err
        said = [line for line in err.splitlines() if "cache of checked copies" in line]
        assert said == [
            f"index: the cache of checked copies {cache / CACHE} could not be written "
            "(Permission denied): the copies are compared again"
        ], err
    finally:
        os.chmod(cache, 0o755)
    assert _keys(cache) == {str(known)}
