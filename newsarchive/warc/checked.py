"""Verdicts on archive files that cost a full read, remembered between runs.

Whether a recompressed copy holds its original (`copies.differs`) and whether a `.warc.gz`
is written a member a record (`recompress`'s probe) are each found by decompressing whole
files: every `index`, `extract`, `history`, `replay` and `recompress` of a folder paid it
again for files unchanged since. A verdict is kept with each file's size, modification
and change times and inode: a file rewritten (even with its size and modification time
put back, `touch -r`, `rsync -t`), moved or replaced is looked at again.

The file is a cache in the user's cache folder (`$XDG_CACHE_HOME/newsarchive`, else
`~/.cache/newsarchive`), never beside the archives: archive folders are often read-only,
shared, or listed in fixity manifests (BagIt) that a file of ours would break, and a
reader of WARCs writes nothing into them. Lost, damaged or unwritable, it costs the
reads again, never the run: it is written whole and renamed into place (a crash leaves
the old one or the new one), and one that cannot be read is said once and replaced.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NAME = "archive-checks.json"
_VERSION = 1
# entries kept at most (a run that checked more keeps its own): some 300 bytes each
_MOST = 50_000


# why no cache is kept where no folder for it is known
NO_HOME = "no home folder (HOME unset, and this user has none; set XDG_CACHE_HOME)"


def cache_file() -> Path | None:
    """Where the verdicts are kept: `$NEWSARCHIVE_CACHE_DIR/archive-checks.json` (a test
    suite's, a job's own), else `$XDG_CACHE_HOME/newsarchive/` (a relative XDG_CACHE_HOME is
    ignored, as the XDG spec asks), else under `~/.cache`; None where no home is known (a
    container's user of no passwd entry, HOME unset: `Path.home()` raised, and `index` of a
    folder holding a copy ended in a traceback, exit 1)."""
    own = os.environ.get("NEWSARCHIVE_CACHE_DIR", "")
    if own:
        return Path(own) / NAME
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):
        return Path(base) / "newsarchive" / NAME
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):
        return None
    return home / ".cache" / "newsarchive" / NAME


def stamp(path: Path) -> list[int] | None:
    """What a verdict on `path` holds for: None if it cannot be looked at (never remembered)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


@dataclass
class Look:
    """A key of the cache, its files' stamps now, and the verdict kept for them (a list of
    one, so that None may be a verdict), if any."""

    key: str
    stamps: list[list[int] | None]
    verdict: list[Any] | None = None


class Remembered:
    """The verdicts of one kind (`kind`), read once a run and written back if any changed."""

    def __init__(self, kind: str, path: Path | None = None) -> None:
        self.kind = kind
        self.file = path or cache_file()  # None: no folder for it is known
        self.unreadable: str | None = None  # why the file could not be used (said once)
        self.reused = 0  # verdicts taken from an earlier run
        self._entries: dict[str, Any] = {}
        if self.file is not None:
            self._entries, self.unreadable = _load(self.file)
        self._new: dict[str, dict[str, Any]] = {}

    @property
    def path(self) -> str:
        """The cache file as a line names it."""
        return str(self.file) if self.file is not None else "(none)"

    def get(self, paths: list[Path]) -> Look | None:
        """What is kept for `paths` as they are now (`Look.verdict` None: nothing, or
        kept for them as they were); None if one cannot be looked at (never remembered)."""
        stamps = [stamp(path) for path in paths]
        if any(one is None for one in stamps):
            return None
        key = "\0".join([self.kind, *(os.path.abspath(path) for path in paths)])
        look = Look(key, stamps)
        held = self._entries.get(key)
        if isinstance(held, dict) and held.get("stamps") == stamps and "verdict" in held:
            self.reused += 1
            look.verdict = [held["verdict"]]
        return look

    def put(self, look: Look, verdict: Any) -> None:
        self._new[look.key] = {"stamps": look.stamps, "verdict": verdict}

    def save(self) -> str | None:
        """Write the verdicts found this run (merged into the file as it is now: another
        run may have written it meanwhile); why it could not be written, or None."""
        if not self._new:
            return None
        if self.file is None:
            return NO_HOME
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with _one_writer(self.file.parent) as busy:
                if busy:
                    return busy  # kept to its own run: this one's verdicts cost a read again
                self._write()
        except OSError as exc:
            return exc.strerror or str(exc)
        self._new.clear()
        return None

    def _write(self) -> None:
        """The file as it is now, with this run's verdicts, renamed into place: read under
        `_one_writer`, so that a run writing meanwhile loses none of its own."""
        assert self.file is not None
        entries, _ = _load(self.file)
        entries.update(self._new)
        if len(entries) > _MOST:  # the oldest first in the file: theirs go first
            keep = list(entries.items())[-_MOST:]
            entries = dict(keep)
        _remove_ended_writers(self.file)
        fd, temp = tempfile.mkstemp(
            prefix=f".{NAME}.{os.getpid()}.", suffix=".tmp", dir=self.file.parent
        )
        try:
            # mkstemp's 0600 kept the file from the other users of a shared cache
            # folder: each run of theirs found it unreadable and wrote it anew
            os.fchmod(fd, 0o666 & ~_umask())
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"version": _VERSION, "entries": entries}, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.file)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


# how long a run waits for another's writing of the cache (a write takes well under a
# second): a run stopped mid-write (Ctrl-Z) or hung on a dead disk holds the lock for as
# long as it lives, and a cron job waiting on it with no end never ended either
WAIT = 10.0


@contextlib.contextmanager
def _one_writer(folder: Path) -> Iterator[str | None]:
    """Hold the cache folder's lock (flock, on the folder itself: no file of ours to be
    another user's, and none left behind by a run killed, `kill -9`: the lock ends with
    its holder) while the file is read, merged and renamed into place: two runs writing
    at once each renamed in the file as it read it, and the last lost the verdicts the
    other had written meanwhile. Where no lock is to be had (NFS without lockd, a folder
    we may not open), written as before: the last writer's file wins, costing the
    other's comparisons again, never an archive. Held by another run for `WAIT` seconds:
    why the file is left to it (given), not written this run."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        yield None
        return
    try:
        yield _locked(fd)
    finally:
        os.close(fd)  # the lock goes with it


def _locked(fd: int) -> str | None:
    """Take `fd`'s lock within `WAIT` seconds, or why it was not (None: taken, or no lock
    to be had here: written without)."""
    end = time.monotonic() + WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return None
        except BlockingIOError:
            if time.monotonic() >= end:
                return f"held by another run for {WAIT:g} s, which may be stopped"
            time.sleep(0.05)
        except OSError:
            return None


def _umask() -> int:
    """This process's umask, read without setting it where Linux tells it."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _load(path: Path) -> tuple[dict[str, Any], str | None]:
    """The entries kept in `path`, and why they could not be read (None: read, or none yet)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, getattr(exc, "strerror", None) or str(exc)
    try:
        held = json.loads(text)
    except ValueError:
        return {}, "not JSON (cut short, or written over)"
    if not isinstance(held, dict) or held.get("version") != _VERSION:
        return {}, "not a cache of this version"
    entries = held.get("entries")
    if not isinstance(entries, dict):
        return {}, "no entries in it"
    return entries, None


def _remove_ended_writers(path: Path) -> None:
    """Removes the temporary files beside `path` of runs that ended before renaming theirs
    into place (SIGKILL, the OOM killer, a power cut): each left one in the cache folder for
    good. A live writer's stays (a pid of another pid namespace sharing the folder, taken
    for ended, costs that run its verdicts: comparisons again, never an archive)."""
    start = f".{NAME}."
    for entry in os.scandir(path.parent):
        name = entry.name
        if not (name.startswith(start) and name.endswith(".tmp")):
            continue
        pid = name[len(start) :].partition(".")[0]
        if pid.isascii() and pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _running(pid: int) -> bool:
    """Whether `pid` may be a live run (this one, or one we may not signal, included)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError) as exc:  # another user's: alive; too big: none
        return isinstance(exc, PermissionError)
    return True
