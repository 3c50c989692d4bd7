"""`check`'s process (and a worker of `extract -j N`) ends with the command that started it:
Linux's PR_SET_PDEATHSIG through the C library's `prctl`. A C library without `prctl` (not
Linux, a libc lacking it) raised AttributeError before `check` started; now the child only
re-checks its parent (`os.getppid()`), no traceback. The libc handed in is the seam: an
object without `prctl`, the child a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace

from newsarchive.commands.check import _dies_with
from newsarchive.commands.parentdeath import death_signal

NO_PRCTL = SimpleNamespace()  # a C library's symbols, `prctl` not among them


def test_a_libc_without_prctl_gives_no_death_signal() -> None:
    assert death_signal(NO_PRCTL) is None


def test_checks_child_starts_without_prctl_and_still_rechecks_its_parent() -> None:
    """Its parent alive: the child runs (exit 0). Its parent already gone (a pid that is not
    its parent's): it ends at once (exit 1), before the check would start."""
    code = [sys.executable, "-c", "pass"]
    alive = subprocess.run(code, preexec_fn=_dies_with(os.getpid(), NO_PRCTL), check=False)
    assert alive.returncode == 0
    gone = subprocess.run(code, preexec_fn=_dies_with(os.getpid() + 1, NO_PRCTL), check=False)
    assert gone.returncode == 1


CHILD = """
import os, signal, sys, time
from newsarchive.commands.parentdeath import end_with_parent

def no_pidfd(pid):
    raise OSError(38, "Function not implemented")

signal.signal(signal.SIGTERM, lambda *_: sys.exit(7))
end_with_parent(int(sys.argv[1]), signal.SIGTERM, pidfd_open=no_pidfd)
print("watching", flush=True)
time.sleep(120)
sys.exit(0)
"""


def test_a_worker_without_pidfd_open_still_ends_with_its_parent() -> None:
    """A kernel without pidfd_open (before 5.3, or a seccomp filter refusing it) raised
    OSError out of the worker's initializer: a traceback, the worker gone. Now it asks for
    its parent every second and ends once the parent has (its SIGTERM handler's exit 7)."""
    parent = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(parent.pid)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "watching\n", child.stderr.read() if child.stderr else ""
        parent.kill()
        parent.wait()
        assert child.wait(timeout=60) == 7
    finally:
        for proc in (parent, child):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        child.communicate()  # closes its pipes


def test_the_module_loads_where_os_has_no_pidfd_open() -> None:
    """`os.pidfd_open` is Linux's alone: named as a default argument it was looked up at
    import, so `check`, `extract -j` and `replay` failed to load on macOS (AttributeError);
    now the child asks for its parent every second there too."""
    code = "import os; del os.pidfd_open; import newsarchive.commands.parentdeath"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
