"""Temporary files and folders named by the run that deletes them.

The segments held for joining: a reader deletes its spool file when it ends, and
`extract -j N`'s parent deletes the ones its workers hand it. `replay`'s scratch
folder (pywb's collection, links to the archive, decoded copies) is deleted when it
stops. A process killed outright (SIGKILL, the OOM killer) deletes nothing, and the
temporary folder is emptied only at a reboot, if then. Each name carries the process
id of the run that owns it (a worker's is its parent's, `set_owner`), so a later run
can tell a killed run's files from those of a run still going, and removes them
(`remove_stale`, `remove_stale_scratch`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

PREFIX = "newsarchive-segments-"
_OWNED = re.compile(re.escape(PREFIX) + r"(\d+)-")
SCRATCH_PREFIX = "newsarchive-replay-"
_SCRATCH_OWNED = re.compile(re.escape(SCRATCH_PREFIX) + r"(\d+)-")
_owner: int | None = None  # this process's run, when it is a worker of another process


def set_owner(pid: int) -> None:
    """Name this process's spool files after `pid` (a worker's parent, which deletes them)."""
    global _owner
    _owner = pid


def new_spool_file() -> tuple[int, str]:
    """A new spool file (`tempfile.mkstemp`): its descriptor and path."""
    return tempfile.mkstemp(prefix=f"{PREFIX}{_owner or os.getpid()}-")


def remove_stale(folder: Path | None = None) -> list[Path]:
    """Remove the spool files in `folder` (the temporary folder) whose run has ended.

    Files of a run still going, or of another user, are left alone, and so are
    the unnamed ones of earlier versions (no owner in the name). Says on one line
    what it removed; returns their paths.
    """
    folder = Path(tempfile.gettempdir()) if folder is None else folder
    removed, size = [], 0
    for path in sorted(folder.glob(f"{PREFIX}*")):
        owner = _OWNED.match(path.name)
        if owner is None or _running(int(owner.group(1))):
            continue
        try:
            found = path.stat().st_size
            path.unlink()
        except OSError:  # removed by another run meanwhile, or not ours to remove
            continue
        removed.append(path)
        size += found
    if removed:
        files = "file" if len(removed) == 1 else "files"
        logger.warning(
            "removed %d temporary %s of segments held by runs that were killed (%s; %s bytes)",
            len(removed),
            files,
            ", ".join(map(str, removed[:3])) + (", ..." if len(removed) > 3 else ""),
            f"{size:,}",
        )
    return removed


def new_scratch_folder() -> Path:
    """A new scratch folder for `replay` (`tempfile.mkdtemp`), named after this run."""
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))


def remove_stale_scratch(folder: Path | None = None) -> list[Path]:
    """Remove the scratch folders in `folder` (the temporary one) of replays that were killed.

    Those of a replay still going, of another user, or of versions that did not put
    the run's id in the name are left alone. Links in them (to the archive) are
    removed, never followed. Says on one line what it removed, with its bytes.
    """
    folder = Path(tempfile.gettempdir()) if folder is None else folder
    removed, size = [], 0
    for path in sorted(folder.glob(f"{SCRATCH_PREFIX}*")):
        owner = _SCRATCH_OWNED.match(path.name)
        if owner is None or _running(int(owner.group(1))) or not _plain_folder(path):
            continue
        found = _bytes_under(path)
        try:
            shutil.rmtree(path)
        except OSError:  # removed by another run meanwhile, or not ours to remove
            continue
        removed.append(path)
        size += found
    if removed:
        folders = "folder" if len(removed) == 1 else "folders"
        logger.warning(
            "removed %d scratch %s of replays that were killed (%s; %s bytes)",
            len(removed),
            folders,
            ", ".join(map(str, removed[:3])) + (", ..." if len(removed) > 3 else ""),
            f"{size:,}",
        )
    return removed


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


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
