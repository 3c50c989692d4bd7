"""Temporary files and folders named by the run that deletes them.

The segments held for joining: a reader deletes its spool file when it ends, and
`extract -j N`'s parent deletes the ones its workers hand it. `replay`'s scratch
folder (pywb's collection, links to the archive, decoded copies) is deleted when it
stops. A process killed outright (SIGKILL, the OOM killer) deletes nothing, and the
temporary folder is emptied only at a reboot, if then. Each name carries the process
id of the run that owns it (a worker's is its parent's, `set_owner`) and the pid space it
runs in (`PLACE`: the machine's boot and the pid namespace), so a later run in the same pid
space can tell a killed run's files from those of a run still going, and removes them
(`remove_stale`, `remove_stale_scratch`). A run in another container sharing the folder has
pids this one cannot see: its files are not this run's to judge, and stay. Each run also holds
a shared `flock` on its spool file, or on `LOCK_NAME` inside its folder, for as long as it
lives (`hold`; the kernel drops it when the process dies, however it ends): an entry whose
lock is held is a live run's in any pid space, never named for removal nor removed.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import re
import shlex
import shutil
import socket
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

logger = logging.getLogger(__name__)

PREFIX = "newsarchive-segments-"
SCRATCH_PREFIX = "newsarchive-replay-"
LOCK_NAME = ".newsarchive-lock"  # in a scratch folder: its run holds a flock on it while it lives
_owner: int | None = None  # this process's run, when it is a worker of another process
_held: dict[str, int] = {}  # descriptors this process holds a lock with, by path (`hold`)


def _place() -> str:
    """8 hex digits naming this pid space: the boot of its machine (`boot_id`, a host's own)
    and its pid namespace (a container's own). The host's name only where /proc does not say
    both: a host renamed between a killed run and the next (hostnamectl, DHCP) is the same pid
    space, and the next run removes what the killed one left."""
    parts: list[str] = []
    try:
        parts.append(Path("/proc/sys/kernel/random/boot_id").read_text().strip())
        parts.append(os.readlink("/proc/self/ns/pid"))
    except OSError:
        parts.append(socket.gethostname())
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:8]


PLACE = _place()


def run_prefix(prefix: str, pid: int | None = None) -> str:
    """`prefix` with the run's pid (default this process's) and pid space: the start of the
    name of a file or folder that a later run removes once that run has ended."""
    return f"{prefix}{pid or os.getpid()}-{PLACE}-"


def set_owner(pid: int) -> None:
    """Name this process's spool files after `pid` (a worker's parent, which deletes them)."""
    global _owner
    _owner = pid


def new_spool_file() -> tuple[int, str]:
    """A new spool file (`tempfile.mkstemp`): its descriptor and path, the descriptor holding
    a shared lock on it (another pid space's run sees it is live) until it is closed."""
    handle, path = tempfile.mkstemp(prefix=run_prefix(PREFIX, _owner))
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle, path


def hold(path: Path) -> None:
    """Hold a shared `flock` on `path` (a file; a folder: on `LOCK_NAME` in it, made) until
    `let_go` or this process ends: another run, in any pid space, sees it is live (`held`)."""
    target = path / LOCK_NAME if path.is_dir() else path
    handle = os.open(target, os.O_RDONLY | os.O_CREAT, 0o600)
    fcntl.flock(handle, fcntl.LOCK_SH)
    _held[str(path)] = handle


def let_go(path: Path) -> None:
    """Stop holding `path` (`hold`): its lock dropped, its descriptor closed."""
    handle = _held.pop(str(path), None)
    if handle is not None:
        os.close(handle)


def held(path: Path) -> bool:
    """Whether a live run holds `path`'s lock (`hold`): its own or `LOCK_NAME`'s in it. A link
    is never followed (say: not held)."""
    target = path / LOCK_NAME if _plain_folder(path) else path
    try:
        handle = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:  # no lock file (a folder of a run before locks), gone, a link
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(handle)  # drops the lock taken to look
    return False


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A temporary folder named after this run (`run_prefix`), held (`hold`) while in use and
    deleted after."""
    with tempfile.TemporaryDirectory(prefix=run_prefix(prefix)) as made:
        hold(Path(made))
        try:
            yield Path(made)
        finally:
            let_go(Path(made))


def remove_stale(folder: Path | None = None) -> list[Path]:
    """Remove the spool files in `folder` (the temporary folder) whose run has ended.

    Files of a run still going, or of another user, are left alone, and so are
    the unnamed ones of earlier versions (no owner in the name). Says on one line
    what it removed; returns their paths.
    """
    return remove_ended(
        folder, PREFIX, _unlink, "temporary {} of segments held by runs that were killed", "file"
    )


def new_scratch_folder() -> Path:
    """A new scratch folder for `replay` (`tempfile.mkdtemp`), named after this run and held
    (`hold`) while it lives."""
    made = Path(tempfile.mkdtemp(prefix=run_prefix(SCRATCH_PREFIX)))
    hold(made)
    return made


def remove_stale_scratch(folder: Path | None = None) -> list[Path]:
    """Remove the scratch folders in `folder` (the temporary one) of replays that were killed.

    Those of a replay still going, of another user, or of versions that did not put
    the run's id in the name are left alone. Links in them (to the archive) are
    removed, never followed. Says on one line what it removed, with its bytes.
    """
    return remove_ended(
        folder, SCRATCH_PREFIX, remove_folder, "scratch {} of replays that were killed", "folder"
    )


def remove_ended(
    folder: Path | None,
    prefix: str,
    remove: Callable[[Path], int | None],
    what: str,
    noun: str,
    earlier: str = "",
) -> list[Path]:
    """Remove with `remove` the entries of `folder` (default: the temporary folder) named
    `prefix`, the id of a run that has ended and this pid space (`run_prefix`); say on one
    WARNING line what was removed (`what`), with its bytes. `remove` returns the bytes it
    removed, or None for an entry it left (gone meanwhile, not ours, not a plain folder).
    This user's entries of another pid space (a container sharing the folder, or a boot
    before this one) are not this run's to judge: named on one line (`say_elsewhere`), left.
    This user's entries named by an earlier version (`prefix` and a
    pid alone, which may be another container's live run) are named on one line with the
    command that removes them, and left (`say_left`), as are those `earlier` (a pattern of
    what follows `prefix`) names."""
    folder = Path(tempfile.gettempdir()) if folder is None else folder
    owned = re.compile(re.escape(prefix) + r"(\d+)-([0-9a-f]{8})-")
    forms = [r"\d{1,20}-.*", *([earlier] if earlier else [])]  # a pid alone, and `earlier`
    named_before = re.compile(re.escape(prefix) + f"(?:{'|'.join(forms)})")
    removed, size, left, elsewhere = [], 0, [], []
    for path in sorted(folder.glob(f"{prefix}*")):
        owner = owned.match(path.name)
        if owner is None:
            if named_before.fullmatch(path.name) and owned_entry(path):
                left.append(path)
            continue
        if owner.group(2) != PLACE:
            if owned_entry(path) and not held(path):
                elsewhere.append(path)
            continue
        if running(int(owner.group(1))) or held(path):  # a reused pid's run
            continue
        found = remove(path)
        if found is None:
            continue
        removed.append(path)
        size += found
    if removed:
        logger.warning(
            "removed %d %s (%s; %s bytes)",
            len(removed),
            what.format(noun if len(removed) == 1 else noun + "s"),
            ", ".join(map(str, removed[:3])) + (", ..." if len(removed) > 3 else ""),
            f"{size:,}",
        )
    say_left(left, what.format(noun + "s" * (len(left) != 1)), noun)
    say_elsewhere(elsewhere, what.format(noun + "s" * (len(elsewhere) != 1)), noun)
    return removed


def say_left(left: list[Path], what: str, noun: str) -> None:
    """One WARNING line naming `left` (entries of an earlier version that cannot be told from
    a live run's) and the command that removes them: left, never removed unasked."""
    if not left:
        return
    command = "rm -r" if noun == "folder" else "rm"
    logger.warning(
        "left %d %s of an earlier version (its run cannot be told ended: remove them once no "
        "run of it is going): %s %s",
        len(left), _unjudged(what), command,
        " ".join(shlex.quote(str(path)) for path in left),
    )  # fmt: skip


def say_elsewhere(found: list[Path], what: str, noun: str) -> None:
    """One WARNING line naming `found` (this user's entries named by runs of another pid
    space: a container sharing the folder, or a boot before this one), left. A live run's are
    never in it (they hold their lock: `held`); one of a version before locks may be. Unsaid,
    a folder filled up from other boots with nothing ever naming what held it."""
    if not found:
        return
    command = "rm -r" if noun == "folder" else "rm"
    logger.warning(
        "left %d %s in another pid space (another container sharing this folder, or a boot "
        "before this one: whether their run is going cannot be seen from here; remove them "
        "once none is): %s %s",
        len(found), _unjudged(what), command, " ".join(shlex.quote(str(p)) for p in found),
    )  # fmt: skip


def _unjudged(what: str) -> str:
    """`what` without saying how its runs ended (a line about runs not judged)."""
    return what.replace(" that were killed", "").replace(" that ended", "")


def owned_entry(path: Path) -> bool:
    """`path` is this user's and a plain file or folder (not a link)."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return info.st_uid == os.geteuid() and not stat.S_ISLNK(info.st_mode)


def _unlink(path: Path) -> int | None:
    """Remove a spool file; its bytes (None: removed by another run meanwhile, or not ours)."""
    if not owned(path):
        return None
    try:
        found = path.stat().st_size
        path.unlink()
    except OSError:
        return None
    return found


def remove_folder(path: Path) -> int | None:
    """Remove a scratch folder (never a link to one, never another user's); the bytes of its
    regular files."""
    if not _plain_folder(path) or not owned(path):
        return None
    found = _bytes_under(path)
    try:
        shutil.rmtree(path)
    except OSError:  # removed by another run meanwhile, or not ours to remove
        return None
    return found


def owned(path: Path) -> bool:
    """`path` (not followed) is this user's. Another user's run may be live in a pid space of
    its own (a container sharing /tmp), and one run by root would remove anyone's: left."""
    try:
        return path.lstat().st_uid == os.geteuid()
    except OSError:
        return False


def _plain_folder(path: Path) -> bool:
    """A folder itself, not a link to one (rmtree refuses links; say nothing of them)."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def _bytes_under(path: Path) -> int:
    """Bytes of the regular files under `path` (links not followed: the archive is not ours)."""
    total = 0
    for parent, _, names in os.walk(path):
        for name in names:
            try:
                info = os.lstat(os.path.join(parent, name))
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                total += info.st_size
    return total


def running(pid: int) -> bool:
    """Whether process `pid` may still be running (another user's counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
