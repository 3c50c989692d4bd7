"""The notes beside a crawl state survive a kill -9 and a power cut whole: the changes a
killed run listed (`<state>.changes.<pid>.json`) and the lock file's note of the run that
holds it (or of a killed one).

Before: a changes note was written without fsync and its folder never flushed (a power cut
could leave it empty: every change it named listed again), a temporary file of a killed
writer stayed beside the state for good, and the lock file was emptied before the killed
run's note was put back as a run let go (a kill in between lost it). Each test counts
outcomes; none depends on how fast the machine is.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from newsarchive.changes.listed import ListedChanges

PROJECT = Path(__file__).resolve().parent.parent
KILLED = "pid 999999999 since 2026-12-01T00:00:00Z"  # no such process: a killed run

# A run listing changes, its note rewritten after each (a big note: each write takes a while)
LISTING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsarchive.changes.listed import ListedChanges
    listed = ListedChanges(Path(sys.argv[1]))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        key = (f"http://127.0.0.1:9/story/{n}/" + "x" * 200, f"<urn:uuid:before-{n}>")
        listed.add(key, f"<urn:uuid:after-{n}>")
    """
)

# A run that takes the crawl's lock and lets go at its start, over and over (a damaged state)
LOCKING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsarchive.state.lock import RunLock
    print("ready", flush=True)
    while True:
        lock = RunLock(Path(sys.argv[1]))
        lock.acquire()
        lock.release()
    """
)


def _start(program: str, path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", program, str(path)], cwd=PROJECT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()


def _note(path: Path) -> str:
    """What a reader finds in a changes note: whole (a JSON list), missing, or partial."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return "missing"
    try:
        return "whole" if isinstance(json.loads(text), list) else "partial"
    except ValueError:
        return "partial"


def test_a_changes_note_is_never_seen_cut_and_a_killed_writers_leftover_is_ignored(
    tmp_path: Path,
) -> None:
    """Twelve runs killed while they write their note, each after a different number of reads
    of it: every read, and the note each leaves, is whole; the next run reads the notes and
    ignores (then removes) the temporary files the kills left."""
    state = tmp_path / "crawl.sqlite"
    seen: Counter[str] = Counter()
    left: Counter[str] = Counter()
    pids = []
    for round_ in range(12):
        child = _start(LISTING, state)
        pids.append(child.pid)
        path = state.with_name(f"crawl.changes.{child.pid}.json")
        reads = 0
        while reads < 20 + 15 * round_:  # a different moment each round (reads, not time)
            outcome = _note(path)
            seen[outcome] += 1
            reads += outcome == "whole"
        _kill(child)
        left[_note(path)] += 1
    assert seen["partial"] == 0 and seen["whole"] >= 12, seen
    assert left == {"whole": 12}, left
    leftovers = sorted(p.name for p in tmp_path.glob(".crawl.changes.*.tmp"))
    after = ListedChanges(state, pid=4242)
    assert after.earlier, "the killed runs' changes were not read"
    last = json.loads(state.with_name(f"crawl.changes.{pids[-1]}.json").read_text())
    assert all(after.listed((url, before)) for url, before, _ in last)
    after.finish(lambda url, record_id: True)  # this run's state committed them all
    assert sorted(p.name for p in tmp_path.iterdir()) == [], leftovers


def test_a_half_written_temporary_note_is_not_read(tmp_path: Path) -> None:
    state = tmp_path / "crawl.sqlite"
    ListedChanges(state, pid=999_999_998).add(("http://127.0.0.1:9/a", "<urn:uuid:b>"), "<a>")
    cut = tmp_path / ".crawl.changes.999999997.json.k2j3h4l5.tmp"
    cut.write_text('[["http://127.0.0.1:9/cut", "<urn:uui')  # a writer killed mid-write
    after = ListedChanges(state, pid=4242)
    assert after.earlier == {("http://127.0.0.1:9/a", "<urn:uuid:b>"): "<a>"}


def _strace(program: str, path: Path, tmp_path: Path) -> list[str]:
    trace = tmp_path / "trace.txt"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=openat,write,pwrite64,ftruncate,fsync,rename",
         "-o", str(trace), sys.executable, "-c", program, str(path)],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    return trace.read_text().splitlines()


def _calls(lines: list[str]) -> list[tuple[str, str]]:
    """(call, path) for each fsync (the path its descriptor was opened with: descriptors are
    reused), rename (its new name) and ftruncate, in order."""
    opened: dict[str, str] = {}
    calls = []
    for line in lines:
        found = re.search(r'openat\(AT_FDCWD, "([^"]+)".*\) = (\d+)$', line)
        if found:
            opened[found[2]] = found[1]
        elif found := re.search(r"(fsync|ftruncate)\((\d+)", line):
            calls.append((found[1], opened.get(found[2], "?")))
        elif found := re.search(r'rename\("[^"]+", "([^"]+)"\)', line):
            calls.append(("rename", found[1]))
    return calls


def test_a_changes_note_is_on_disk_before_it_replaces_the_old_one(tmp_path: Path) -> None:
    """The system calls a note's writing makes, in order: its temporary file in the state's
    folder written and flushed, put in place, the folder flushed."""
    state = tmp_path / "crawl.sqlite"
    program = (
        "import sys; from pathlib import Path; from newsarchive.changes.listed import "
        "ListedChanges; ListedChanges(Path(sys.argv[1]), pid=77).add(('u', 'b'), 'a')"
    )
    note = str(tmp_path / "crawl.changes.77.json")
    steps = []
    for call, path in _calls(_strace(program, state, tmp_path)):
        if call == "fsync" and re.fullmatch(rf"{re.escape(str(tmp_path))}/\.crawl\..*\.tmp", path):
            steps.append("fsync note")
        elif call == "rename" and path == note:
            steps.append("rename")
        elif call == "fsync" and path == str(tmp_path):
            steps.append("fsync folder")
    assert steps == ["fsync note", "rename", "fsync folder"]


def test_the_lock_note_is_on_disk_when_set(tmp_path: Path) -> None:
    """Both notes a run leaves in the lock file (its own line as it takes the lock, the killed
    run's put back as it lets go) are flushed to disk."""
    lock = tmp_path / "crawl.lock"
    lock.write_text(KILLED + "\n")
    program = (
        "import sys; from pathlib import Path; from newsarchive.state.lock import RunLock; "
        "lock = RunLock(Path(sys.argv[1])); lock.acquire(); lock.release()"
    )
    calls = _calls(_strace(program, lock, tmp_path))
    on_lock = [call for call, path in calls if path == str(lock)]
    assert on_lock == ["ftruncate", "fsync", "ftruncate", "fsync"], calls
    assert lock.read_text() == KILLED + "\n"


def test_the_lock_note_of_a_killed_run_is_never_seen_empty(tmp_path: Path) -> None:
    """A run that takes the lock and lets go at its start puts the killed run's note back: a
    reader meanwhile, and the file a kill -9 leaves, name a run (the killed one, or the one
    killed now), never none (before: emptied, then written again)."""
    lock = tmp_path / "crawl.lock"
    lock.write_text(KILLED + "\n")
    seen: Counter[str] = Counter()
    left: Counter[str] = Counter()
    for round_ in range(8):
        child = _start(LOCKING, lock)
        mine = f"pid {child.pid} since "
        reads = 0
        while reads < 200 + 100 * round_:
            text = lock.read_text()
            kind = "killed" if text == KILLED + "\n" else "own" if text.startswith(mine) else text
            if text and kind == text and (KILLED + "\n").startswith(text):
                # a read racing the write that puts the longer killed note back over the run's
                # own: Linux copies the new bytes before it moves the file's end, so the read
                # ends at the old length. It names the killed run all the same (2 of ~4,400
                # reads in one CI run)
                kind = "killed, cut at the old length"
            seen[kind or "empty"] += 1
            reads += 1
        _kill(child)
        text = lock.read_text()
        left["killed" if text == KILLED + "\n" else "own" if text.startswith(mine) else text] += 1
        lock.write_text(KILLED + "\n")  # the killed run's note again for the next round
    assert set(seen) <= {"killed", "own", "killed, cut at the old length"}, seen
    assert set(left) <= {"killed", "own"} and sum(left.values()) == 8, left


def test_a_folder_its_file_system_cannot_flush_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Some file systems (network, FUSE, some overlays) answer fsync of a folder with EINVAL;
    none here does, so fsync is made to answer so for folders alone. The notes are written
    and read as before, and one line says it (before: every change's note raised OSError
    after its replace, each named 'cannot note the change', and the run's end left the
    killed runs' notes beside the state for good)."""
    import errno
    import os
    import stat

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    state = tmp_path / "state.sqlite"
    killed = tmp_path / "state.changes.999999999.json"
    killed.write_text(json.dumps([["http://a/", "<b>", "<c>"]]))
    listed = ListedChanges(state, pid=4242)
    for n in range(3):
        listed.add((f"http://127.0.0.1:9/{n}", f"<before-{n}>"), f"<after-{n}>")
    assert len(json.loads(listed.path.read_text())) == 4
    listed.finish(lambda url, record_id: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    said = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(said) == 1 and f"cannot flush folder {tmp_path}" in said[0], said
    assert all(r.exc_info is None for r in caplog.records)


def test_a_refused_run_names_the_holder_while_it_writes_its_note(tmp_path: Path) -> None:
    """The holder writes its line over the killed run's longer one, then cuts the rest: a run
    refused in between reads the new line and the old one's tail (made here as it is then,
    the lock held by another open file). It names the holder alone (before: 'pid 4242 since
    2026-12-05T02:00:00Z\\n00Z' in its one line)."""
    import fcntl

    from newsarchive.state.lock import RunLock, RunLocked

    lock = tmp_path / "crawl.lock"
    line = "pid 4242 since 2026-12-05T02:00:00Z\n"
    old = KILLED + "\n"
    lock.write_text(line + old[len(line) :])
    with lock.open("r") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(RunLocked) as refused:
            RunLock(lock).acquire()
    said = str(refused.value)
    assert "\n" not in said and f"({line.strip()}; lock {lock})" in said, said
