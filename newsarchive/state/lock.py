"""One run at a time per crawl state: an advisory lock on a file beside the database.

`flock` belongs to the open file, so the kernel drops it when the process dies,
even by SIGKILL: a stale lock file never blocks the next run. The file keeps
the holder's pid and start time to say who holds it; a run that ends empties it,
so what the next run finds there names a run that never ended (killed).

A run that stops at its start (a damaged state, an unreachable Redis) has named that
killed run in no report: it puts the killed run's note back as it lets go, and the next
run that gets to crawl names it. Only a run that crawled (`hand_over`) empties it.
"""

from __future__ import annotations

import fcntl
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from newsarchive.timestamps import iso_seconds

_HOLDER = re.compile(r"pid (\d+) since (\S+)")


class RunLocked(RuntimeError):
    """Another run of the same crawl holds the lock."""


@dataclass(frozen=True)
class Holder:
    """The run that held the lock: its pid and start (ISO, UTC, to the second)."""

    pid: int
    started: str


class RunLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None
        self.left_by: Holder | None = None  # a run that took the lock and never let it go
        self._handed_over = False  # this run crawled: its report names `left_by`

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # not O_APPEND: the holder's line is written over the old one (pwrite at 0)
        handle = os.fdopen(
            os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644),
            "r+",
            encoding="utf-8",
            errors="replace",
        )
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            # its first line: the holder may be writing its note over a longer one (the rest
            # of that one follows until it is cut)
            holder = (handle.read().strip().splitlines() or ["unknown process"])[0]
            handle.close()
            raise RunLocked(
                f"another run of this crawl is in progress ({holder}; lock {self.path}); "
                "not starting a second one"
            ) from None
        line = f"pid {os.getpid()} since {iso_seconds(datetime.now(UTC))}\n"
        try:
            handle.seek(0)
            self.left_by = _holder(handle.read())
            # written over the old holder, then cut: a full disk leaves the old one named
            _note(handle, line)
        except BaseException:  # a full disk, a note that is no text: the lock goes with it
            handle.close()
            raise
        self._file = handle

    def hand_over(self) -> None:
        """This run crawls: its log and report name the killed run, so the note of it goes
        when this run lets go (a run that stops at its start puts it back)."""
        self._handed_over = True

    def release(self) -> None:
        if self._file is None:
            return
        note = ""
        if self.left_by is not None and not self._handed_over:
            note = f"pid {self.left_by.pid} since {self.left_by.started}\n"
        try:  # this run's line written over (never empty between: a kill there lost the note)
            _note(self._file, note)
        finally:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _note(handle: IO[str], line: str) -> None:
    """The lock file's note set to `line` in place, on disk before the lock goes.

    The file cannot be replaced by a new one (`flock` holds its inode: a run opening the new
    file would take a lock of its own), so the line is written over the old one from its
    start, then the rest cut, then flushed: a kill leaves the old note or the new one (its
    first line is read, whatever follows it), a power cut after the flush the new one.
    """
    data = line.encode()
    os.pwrite(handle.fileno(), data, 0)
    os.ftruncate(handle.fileno(), len(data))
    os.fsync(handle.fileno())


def _holder(text: str) -> Holder | None:
    found = _HOLDER.match(text.strip())
    return Holder(int(found[1]), found[2]) if found else None
