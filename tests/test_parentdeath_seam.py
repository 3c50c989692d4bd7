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
