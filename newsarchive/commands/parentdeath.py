"""Child processes that end when the command that started them dies, even by SIGKILL.

A worker of `extract -j N` waits for work on a pipe that it holds both ends of
itself: with its parent killed outright it waited for ever (each one idle, its
memory held). Linux's PR_SET_PDEATHSIG has the kernel signal it instead.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

from newsarchive.warc.spoolfiles import set_owner

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def end_with_parent(parent: int, signum: int = signal.SIGTERM) -> None:
    """In a child: `signum` when `parent` dies; if it is already gone, end now."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def start_worker(parent: int) -> None:
    """A worker process's initializer: it ends with `parent`, and names its spool files
    after it (the parent deletes them; a later run does, if it was killed)."""
    if sys.platform == "linux":
        end_with_parent(parent, signal.SIGKILL)
    set_owner(parent)
