"""`extract -j N`'s workers under a fork server: they work, and they end with their parent.

The workers' initializer (`start_worker`) checked `os.getppid() == parent`, true only
under the fork start method: under forkserver (Python 3.14's default on Linux) the
parent is the server, so every worker ended at once and the pool broke. And the
kernel's parent-death signal there follows the server, which outlives the command
(each worker holds the pipe whose closing ends it): the workers lived on.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_foreign_archives import PROJECT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")

_POOL = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from newsarchive.commands.parentdeath import start_worker

def pid(_):
    time.sleep(0.05)
    return os.getpid()

if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(2, mp_context=context, initializer=start_worker,
                             initargs=(os.getpid(),)) as pool:
        print(" ".join(map(str, sorted(set(pool.map(pid, range(40)))))), flush=True)
        time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):  # gone, or gone while read
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_forkserver_workers_work_and_end_with_their_parent_killed_outright(
    tmp_path: Path,
) -> None:
    script = tmp_path / "pool.py"
    script.write_text(_POOL)
    parent = subprocess.Popen(
        [sys.executable, str(script)], cwd=PROJECT, env={**os.environ, "PYTHONPATH": str(PROJECT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    workers: list[int] = []
    try:
        assert parent.stdout is not None and parent.stderr is not None
        line = parent.stdout.readline()
        assert line.strip(), parent.stderr.read()  # before: BrokenProcessPool
        workers = [int(word) for word in line.split()]
        assert all(_alive(pid) for pid in workers)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=30)
        for _ in range(300):
            if not any(_alive(pid) for pid in workers):
                break
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers), "workers outlived their parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in workers:  # what a failure left (ours: started by this test)
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        for pipe in (parent.stdout, parent.stderr):
            if pipe is not None:
                pipe.close()
