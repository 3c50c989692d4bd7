"""`index --cdxj`, `index --wacz` and `extract -o` never destroy what they are pointed at.

Outputs are written under a temporary name and renamed into place, but only
over a regular file: a symlink, a named pipe or a device (`/dev/stdout`) is
written through, and an output that names one of the archives read is refused
before anything is written.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from newsarchive.outputs import folder_refuses
from newsarchive.warc.spoolfiles import PLACE
from tests.test_foreign_archives import SITE, Archive, page

PROJECT = Path(__file__).resolve().parents[1]


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def _archive(path: Path) -> Path:
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/one", "2026-01-01T10:00:00Z", page("One"))
    return archive.save(path)


def test_an_output_that_names_an_input_is_refused(tmp_path: Path) -> None:
    warc = _archive(tmp_path / "one.warc")
    before = warc.read_bytes()
    for option in ("--cdxj", "--wacz"):
        done = newsarchive("index", str(warc), "--cdxj", str(tmp_path / "i.cdxj"),
                           option, str(warc))  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip() == f"index: {warc} is one of the archive files read"
        assert warc.read_bytes() == before  # it was emptied, or replaced by the WACZ
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.warc"]


def test_a_symlinked_output_stays_a_symlink(tmp_path: Path) -> None:
    warc = _archive(tmp_path / "one.warc")
    for command, name in (("index", "--cdxj"), ("extract", "-o")):
        target = tmp_path / f"{command}-kept-elsewhere.txt"
        target.write_text("earlier\n")
        link = tmp_path / f"{command}.out"
        link.symlink_to(target)
        done = newsarchive(command, "--all-pages" if command == "extract" else "--title=t",
                           str(warc), name, str(link))  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert link.is_symlink() and f"{SITE}/one" in target.read_text()


def test_a_named_pipe_is_written_through(tmp_path: Path) -> None:
    warc = _archive(tmp_path / "one.warc")
    pipe = tmp_path / "index.pipe"
    os.mkfifo(pipe)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_text()), daemon=True)
    reader.start()
    done = newsarchive("index", str(warc), "--cdxj", str(pipe))
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("index: 1 CDXJ line for 1 archive file in")
    assert pipe.is_fifo() and f"{SITE}/one" in read[0]
    done = newsarchive("index", str(warc), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(pipe))
    assert done.returncode == 2 and "is not a regular file" in done.stderr


def test_the_hidden_file_of_a_killed_index_is_removed_by_the_next(tmp_path: Path) -> None:
    """`index` killed with SIGKILL left `.index.cdxj.PID.partial` beside its CDXJ (as large
    as the CDXJ), and no later run removed it. The next run writing that output removes it;
    a hidden file its writer still holds locked (a run at work) stays."""
    _archive(tmp_path / "one.warc")
    killed = tmp_path / ".index.cdxj.4242.partial"
    killed.write_text("half a CDXJ\n")
    working = tmp_path / ".index.cdxj.4343.partial"
    working.write_text("a live run's\n")
    hour_ago = time.time() - 3600
    for path in (killed, working):
        os.utime(path, (hour_ago, hour_ago))
    with working.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        done = newsarchive("index", str(tmp_path))
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".index.cdxj.4343.partial", "index.cdxj", "one.warc"
    ]  # fmt: skip


def test_the_hidden_file_of_an_index_killed_a_moment_ago_is_removed_by_the_next(
    tmp_path: Path,
) -> None:
    """A file not written for a minute was the sign of a dead writer: `index` SIGKILLed
    with its CDXJ whole under the hidden name, run again at once (a fault campaign's
    round), left that file until a later run a minute on. Its writer's pid names a process
    that is gone: removed now."""
    _archive(tmp_path / "one.warc")
    armed = "from benchmarks.fault_points import command; command()"
    env = {**os.environ, "FAULT_COMMAND_POINT": "rename:1"}  # killed before its rename
    killed = subprocess.run(
        [sys.executable, "-c", armed, "index", str(tmp_path)],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    left = [p.name for p in tmp_path.glob(".index.cdxj.*.partial")]
    assert len(left) == 1 and not (tmp_path / "index.cdxj").exists()

    done = newsarchive("index", str(tmp_path))

    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.cdxj", "one.warc"]


def test_the_scratch_folders_of_a_killed_wacz_run_are_removed_by_the_next(
    tmp_path: Path,
) -> None:
    """`index --wacz` SIGKILLed while py-wacz made its package left its temporary folders
    (`newsarchive-wacz-*`: the pages list and links to the WARCs; `newsarchive-package-*`)
    for good. Each is named after its run: the next `index` removes those of a run that is
    gone, and leaves the folder of a run still going (another process)."""
    _archive(tmp_path / "one.warc")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    armed = "from benchmarks.fault_points import command; command()"
    package = tmp_path / "one.wacz"
    killed = subprocess.Popen(
        [sys.executable, "-c", armed, "index", str(tmp_path / "one.warc"), "--wacz", str(package)],
        cwd=PROJECT, env={**env, "FAULT_COMMAND_POINT": "wacz"},  # dies once py-wacz made it
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    _, said = killed.communicate(timeout=120)
    assert killed.returncode == -9, said
    left = sorted(p.name for p in scratch.iterdir())
    assert [name.split("-")[:3] for name in left] == [
        ["newsarchive", "package", str(killed.pid)], ["newsarchive", "wacz", str(killed.pid)]
    ], left  # fmt: skip
    assert (scratch / left[1] / "pages.jsonl").is_file() and not package.exists()

    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"]) as other:
        try:
            working = scratch / f"newsarchive-wacz-{other.pid}-{PLACE}-abcd1234"
            working.mkdir()
            (working / "pages.jsonl").write_text("{}\n")
            done = subprocess.run(
                [sys.executable, "-m", "newsarchive", "index", str(tmp_path / "one.warc"),
                 "--wacz", str(package)],
                cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
        finally:
            other.kill()
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in scratch.iterdir()) == [working.name]
    for what in ("py-wacz", "package"):
        assert f"removed 1 {what} scratch folder of index runs that were killed" in done.stderr
    validated = subprocess.run(
        [sys.executable, "-m", "newsarchive.package.wacz_tool", "validate", "-f", str(package)],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert validated.returncode == 0 and "Validation failed" not in validated.stdout, validated
    with zipfile.ZipFile(package) as made:
        pages = made.read("pages/pages.jsonl").decode().splitlines()
    assert [json.loads(line)["url"] for line in pages[1:]] == [f"{SITE}/one"]


def test_the_warc_folder_check_makes_and_removes_none_of_the_folders_names(
    tmp_path: Path,
) -> None:
    """The settings check of WARC_DIR (`keep=False`) made the missing folder and removed it
    after: a second worker sharing WARC_DIR that made it in between (its writer: the
    folder, then a file in it) found it gone before its first file. The check (traced by
    strace) now makes and removes only a folder of a name of its own; it still finds a
    folder that takes files, and one that is a file."""
    import shutil

    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    folder = tmp_path / "shared" / "warc"
    trace = tmp_path / "trace.txt"
    program = (
        "import sys; from pathlib import Path; from newsarchive.outputs import folder_refuses; "
        "print(folder_refuses(Path(sys.argv[1]), keep=False))"
    )
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=mkdir,mkdirat,rmdir,unlinkat", "-o", str(trace),
         sys.executable, "-c", program, str(folder)],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0 and done.stdout.strip() == "None", done.stderr
    named = [
        line
        for line in trace.read_text().splitlines()
        if f'"{folder}"' in line or f'"{folder.parent}"' in line
    ]
    assert named == [], named
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trace.txt"]
    (tmp_path / "file").write_text("x")
    assert (
        folder_refuses(tmp_path / "file", keep=False)
        == f"{tmp_path / 'file'} is a file, not a folder"
    )
    assert (
        folder_refuses(tmp_path / "file" / "warc", keep=False)
        == f"{tmp_path / 'file'} is a file, not a folder"
    )
