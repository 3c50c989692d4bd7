"""Child processes that end when the command that started them dies, even by SIGKILL.

A worker of `extract -j N` waits for work on a pipe that it holds both ends of
itself: with its parent killed outright it waited for ever (each one idle, its
memory held). Linux's PR_SET_PDEATHSIG has the kernel signal it instead, or, where a
fork server started it, a thread watching the parent (`end_with_parent`).
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable

from newsarchive.warc.spoolfiles import set_owner

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def death_signal(libc: object | None = None) -> Callable[[int], None] | None:
    """`prctl(PR_SET_PDEATHSIG, signum)` of `libc` (the process's own by default), or None
    where there is none: not Linux, or a libc without `prctl` (before, the AttributeError
    came before `check` or a worker started). The caller then re-checks `os.getppid()`."""
    if sys.platform != "linux":
        return None
    if libc is None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
        except OSError:
            return None
    prctl = getattr(libc, "prctl", None)
    if prctl is None:
        return None
    return lambda signum: prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)


def end_with_parent(
    parent: int,
    signum: int = signal.SIGTERM,
    pidfd_open: Callable[[int], int] | None = None,
) -> None:
    """In a child: `signum` when `parent` dies; if it is already gone, end now.

    The kernel's signal (PR_SET_PDEATHSIG) comes at the death of the process that forked
    this one: `parent` itself under the fork start method. Under a fork server
    (forkserver, Python 3.14's default on Linux) that is the server, which outlives
    `parent` (each worker holds the pipe whose closing would end it): a thread waits
    for `parent` itself then. Before, `os.getppid() != parent` made every such worker
    end at once. Without `prctl` (`death_signal`), the thread watches `parent` anyway;
    without `pidfd_open` (`OSError`: an old kernel, a seccomp filter; before, a traceback
    ended the worker) it asks for `parent` every second.
    """
    set_signal = death_signal()
    if set_signal is not None:
        set_signal(signum)
        if os.getppid() == parent:
            return
    opener = pidfd_open or getattr(os, "pidfd_open", None)  # (Linux only: not at import)
    try:
        if opener is None:
            raise OSError("no pidfd_open here")
        handle = opener(parent)
    except ProcessLookupError:
        os._exit(1)
    except OSError:  # no pidfd_open (Linux before 5.3, a seccomp filter): ask every second
        threading.Thread(target=_end_at_poll_of, args=(parent, signum), daemon=True).start()
        return
    threading.Thread(target=_end_at_exit_of, args=(handle, signum), daemon=True).start()


def _end_at_exit_of(handle: int, signum: int) -> None:
    """Wait till the process of pidfd `handle` ends, then send `signum` to this one."""
    select.select([handle], [], [])  # readable once it has ended
    os.kill(os.getpid(), signum)


POLL_SECONDS = 1.0


def _end_at_poll_of(parent: int, signum: int) -> None:
    """Where no pidfd can be had: signal 0 to `parent` every second until it is gone, then
    `signum` to this one (a pid reused within the second is taken for the parent: the
    worker waits on, as it did before any of this)."""
    while True:
        time.sleep(POLL_SECONDS)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            break
        except PermissionError:  # another user's process now holds the pid: the parent ended
            break
    os.kill(os.getpid(), signum)


def start_worker(parent: int) -> None:
    """A worker process's initializer: it ends with `parent`, and names its spool files
    after it (the parent deletes them; a later run does, if it was killed)."""
    if sys.platform == "linux":
        end_with_parent(parent, signal.SIGKILL)
    set_owner(parent)
