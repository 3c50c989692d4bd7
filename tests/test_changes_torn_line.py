"""changes.jsonl after a run killed mid-append or a power cut: its last line torn.

Before, the next run's line was glued to the torn one (both unreadable, the new change
lost to every reader) and nothing read the file to say so. Now the append ends the torn
line first (counted: `changes/torn_lines_ended`), and `read_changes` skips and counts it.
The append reaches the disk (fdatasync) before the run's durable note says it was listed.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.changes.run import append_line, read_changes

PROJECT = Path(__file__).resolve().parents[1]


def _line(n: int) -> bytes:
    return json.dumps({"url": f"https://tidings.example.test/{n}", "version": 2}).encode() + b"\n"


@pytest.mark.parametrize(
    "torn", [_line(1)[:20], _line(1)[:-1], b"\0" * 37, b'{"url": "https://tidings.exa\xe2\x82']
)
def test_an_append_after_a_torn_line_keeps_both_apart(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, torn: bytes
) -> None:
    path = tmp_path / "changes.jsonl"
    path.write_bytes(_line(0) + torn)
    assert append_line(path, _line(2)) is True
    assert append_line(path, _line(3)) is False  # ended once
    assert path.read_bytes() == _line(0) + torn + b"\n" + _line(2) + _line(3)
    with caplog.at_level(logging.WARNING):
        found = read_changes(path)
    urls = [entry["url"] for entry in found.entries]
    if torn == _line(1)[:-1]:  # only its line end was lost: the line is whole once ended
        assert urls == [f"https://tidings.example.test/{n}" for n in (0, 1, 2, 3)]
        assert (found.torn, found.bad) == (0, 0)
        return
    assert urls == [f"https://tidings.example.test/{n}" for n in (0, 2, 3)]
    assert (found.torn, found.bad) == (1, 0)
    assert f"{path}:2: cut short" in caplog.text


def test_a_torn_last_line_is_skipped_and_counted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "changes.jsonl"
    path.write_bytes(_line(0) + _line(1) + _line(2)[:-1])  # even whole JSON: its end is cut
    with caplog.at_level(logging.WARNING):
        found = read_changes(path)
    assert len(found.entries) == 2 and (found.torn, found.bad) == (1, 0)
    assert f"{path}:3: cut short (an append killed mid-line), skipped" in caplog.text


def test_other_damage_is_counted_apart(tmp_path: Path) -> None:
    path = tmp_path / "changes.jsonl"
    path.write_bytes(_line(0) + b"[1, 2]\n" + b"not json\n" + b"\n" + _line(1))
    found = read_changes(path)
    assert len(found.entries) == 2 and (found.torn, found.bad) == (0, 2)


# Appends until the kernel kills it mid-line: past its file size limit (RLIMIT_FSIZE) a
# write() is cut short at the limit, and the next one (append_line writing the rest of the
# line) raises SIGXFSZ, whose default action ends the process as a SIGKILL would (Python
# ignores SIGXFSZ: given back its default here). The limit falls half-way into line 51, so
# the run dies there every time, on any machine at any speed: a random SIGKILL almost never
# lands inside one write() of a ~950-byte line, and the torn line it should leave never came.
KILLED_APPENDS = """
import resource, signal, sys
from pathlib import Path
from newsarchive.changes.run import append_line
path, limit = Path(sys.argv[1]), int(sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
line = b'{"url": "https://tidings.example.test/%05d", "pad": "' + b"x" * 900 + b'"}\\n'
for n in range(10**6):
    append_line(path, line % n)
"""
LINE = len(b'{"url": "https://tidings.example.test/00000", "pad": "' + b"x" * 900 + b'"}\n')


def test_appends_killed_leave_whole_lines(tmp_path: Path) -> None:
    """A run killed in the middle of an append: every whole line before it is read, the
    torn one is skipped and counted, and the next run's append ends it and is read."""
    path = tmp_path / "changes.jsonl"
    limit = 50 * LINE + LINE // 2
    run = subprocess.run(
        [sys.executable, "-c", KILLED_APPENDS, str(path), str(limit)], cwd=PROJECT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == -signal.SIGXFSZ, run.stderr[-3000:]
    on_disk = path.read_bytes()
    assert len(on_disk) == limit and not on_disk.endswith(b"\n")  # killed mid-line 51
    assert append_line(path, _line(9999)) is True  # it ended the torn line first
    found = read_changes(path)
    assert (found.bad, found.torn) == (0, 1)
    urls = [entry["url"] for entry in found.entries]
    assert urls == [f"https://tidings.example.test/{n:05d}" for n in range(50)] + [
        "https://tidings.example.test/9999"
    ]


def test_a_fifo_given_as_changes_file_gets_each_line_and_no_error(tmp_path: Path) -> None:
    """CHANGES_FILE naming a FIFO another program reads the changes from: fdatasync answers
    EINVAL there, and each append raised after its line went out (changes/errors, exit 1,
    no line listed after the first)."""
    fifo = tmp_path / "changes.jsonl"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert append_line(fifo, _line(1)) is False
        assert append_line(fifo, _line(2)) is False
        assert os.read(reader, 4096) == _line(1) + _line(2)
    finally:
        os.close(reader)
