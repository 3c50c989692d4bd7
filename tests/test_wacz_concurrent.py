"""Two `index --wacz` runs writing one package at once: each output whole, the last one wins.

Each run makes the package under a hidden name of its own (`.{stem}.{pid}.partial.wacz`)
and renames it into place. Before, the name was one for all runs: the second run's
py-wacz wrote over the first's file and renamed it away, and the first, validating
a file gone, failed (or renamed the second's half-written one). The runs are ordered by
files (tests/plugins/paused_index.py), not by time. A hidden package whose run has
ended (killed outright) is removed by the next run; a live run's stays.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from newsarchive.package.wacz import partial_name
from newsarchive.warc.spoolfiles import held
from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]
PAUSED = "from tests.plugins.paused_index import main; main()"


def _archive(path: Path) -> Path:
    archive = Archive("WARC/1.1", gzipped=False)
    for n, title in enumerate(("Ferry timetable changes", "Library opens late")):
        archive.response(f"/story-{n}", f"2026-01-0{n + 1}T10:00:00Z", page(title))
    return archive.save(path)


def _index(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", "index", *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def _valid(package: Path) -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive.package.wacz_tool", "validate", "-f", str(package)],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return done.returncode == 0 and "Validation failed" not in done.stdout + done.stderr


def _title(package: Path) -> str:
    with zipfile.ZipFile(package) as made:
        return str(json.loads(made.read("datapackage.json"))["title"])


def test_two_runs_writing_one_package_at_once_each_leave_it_whole(tmp_path: Path) -> None:
    warc = _archive(tmp_path / "one.warc")
    package = tmp_path / "same.wacz"
    pause = tmp_path / "pause"
    pause.mkdir()
    first = subprocess.Popen(
        [sys.executable, "-c", PAUSED, "index", str(warc), "--wacz", str(package),
         "--title", "first run"],
        cwd=PROJECT, env={**os.environ, "PAUSE_DIR": str(pause)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        while first.poll() is None and not (pause / "created").exists():
            time.sleep(0.02)  # the first run's py-wacz makes its package
        assert (pause / "created").exists(), first.communicate(timeout=60)
        assert partial_name(package, first.pid).is_file()

        second = _index(str(warc), "--wacz", str(package), "--title", "second run")
        assert second.returncode == 0, second.stderr
        assert _valid(package) and _title(package) == "second run"
        assert partial_name(package, first.pid).is_file()  # a live run's: kept
    finally:
        (pause / "go").touch()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert f"{package} valid, 2 pages listed" in out
    assert _valid(package) and _title(package) == "first run"  # the last rename won
    assert sorted(p.name for p in tmp_path.glob(".*wacz")) == []


def test_hidden_packages_of_runs_that_ended_are_removed_by_the_next(tmp_path: Path) -> None:
    warc = _archive(tmp_path / "one.warc")
    package = tmp_path / "same.wacz"
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    dead = partial_name(package, int(ended.stdout))
    old_shared = tmp_path / ".same.partial.wacz"  # a version before pids: cannot be told
    old_pid = tmp_path / f".same.{int(ended.stdout)}.partial.wacz"  # a pid alone: nor can it
    # a run in another container (pid space) sharing the folder, with the same pid: not ours
    container = tmp_path / f".same.{int(ended.stdout)}-0badf00d.partial.wacz"
    fresh_shared = tmp_path / ".other.partial.wacz"  # another package's: not this run's
    other_output = partial_name(tmp_path / "same.1.wacz", int(ended.stdout))  # same.1.wacz's
    for path in (dead, old_shared, old_pid, container, fresh_shared, other_output):
        path.write_bytes(b"PK half a package")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"]) as alive:
        try:
            live = partial_name(package, alive.pid)
            live.write_bytes(b"PK being written")
            done = _index(str(warc), "--wacz", str(package))
        finally:
            alive.kill()
    assert done.returncode == 0, done.stderr
    assert _valid(package)
    left = sorted(p.name for p in tmp_path.glob(".*partial.wacz"))
    kept = (live, old_shared, old_pid, container, fresh_shared, other_output)
    assert left == sorted(p.name for p in kept)
    assert (
        "left 2 unfinished packages of index runs of an earlier version (its run cannot be told "
        f"ended: remove them once no run of it is going): rm {old_pid} {old_shared}"
    ) in done.stderr, done.stderr
    assert "removed 1 unfinished package(s) of index runs that ended" in done.stderr
    assert (  # named, left (it was unsaid)
        "WARNING: left 1 unfinished package of index runs in another pid space (another "
        "container sharing this folder, or a boot before this one: whether their run is going "
        f"cannot be seen from here; remove them once none is): rm {container}"
    ) in done.stderr.splitlines(), done.stderr


def test_a_run_holds_its_hidden_package_while_py_wacz_writes_and_checks_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hidden package's lock outlives py-wacz writing over the file (the same file, not a
    new one), so another container's run never names a package still being made."""
    from newsarchive.package import wacz

    seen: list[tuple[str, bool]] = []
    real = wacz._wacz

    def watched(args: list[str], extra: dict[str, object] | None = None) -> str:
        said = real(args, extra)
        seen.append((args[0], held(partial_name(output, os.getpid()))))
        return said

    monkeypatch.setattr(wacz, "_wacz", watched)
    output = tmp_path / "site.wacz"
    pages = [{"url": "http://127.0.0.1/one", "ts": "2026-01-01T10:00:00Z", "title": "One"}]
    wacz.write_wacz([_archive(tmp_path / "one.warc")], pages, output, "site")
    assert seen == [("create", True), ("validate", True)]
    assert _valid(output) and not held(output)
