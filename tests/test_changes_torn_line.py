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


KILLED_APPENDS = """
import sys
from pathlib import Path
from newsarchive.changes.run import append_line
path = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    line = b'{"url": "https://tidings.example.test/%d", "pad": "%s"}\\n' % (n, b"x" * 900)
    append_line(path, line)
    n += 1
    if n == 50:
        print("fifty", flush=True)
"""


def test_appends_killed_leave_whole_lines(tmp_path: Path) -> None:
    """SIGKILL among appends: every line on disk is whole, and the next append is read."""
    path = tmp_path / "changes.jsonl"
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_APPENDS, str(path)], stdout=subprocess.PIPE, cwd=PROJECT,
        text=True,
    ) as run:  # fmt: skip
        assert run.stdout is not None
        assert run.stdout.readline().strip() == "ready"
        assert run.stdout.readline().strip() == "fifty"  # 50 appends done: killed among more
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=60)
    append_line(path, _line(9999))
    found = read_changes(path)
    assert found.bad == 0 and found.torn <= 1
    assert len(found.entries) >= 51 and found.entries[-1]["url"].endswith("/9999")


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
