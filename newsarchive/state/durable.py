"""Small notes beside the crawl state written so that a kill or a power cut leaves the old
note or the new one, never an empty or half-written file.

The note is written to a temporary file in the same folder (a name that no reader of
notes takes: `.<name>.<random>.tmp`), flushed to disk, put in place with `os.replace`
(atomic on one file system), and the folder flushed too, so the new name survives a power
cut. A temporary file left by a killed writer is ignored by the readers and removed by
`remove_leftovers`.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import tempfile
from pathlib import Path

from newsarchive.saidonce import SaidOnce

logger = logging.getLogger(__name__)

# fsync of a folder that its file system does not do (some network and FUSE file systems,
# and some container overlays, answer EINVAL): the note is whole, only a power cut may undo
# its name. Said once a folder, not raised: the note was written.
_NO_FOLDER_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF, errno.EACCES}
_unsynced = SaidOnce(256)  # folders said (a long process's runs do not grow it without end)


def write_durably(path: Path, data: bytes) -> None:
    """`path` holding `data`, whole, or (an error raised) as it was."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a name replaced or removed in it) to disk."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno not in _NO_FOLDER_SYNC:
            raise
        if _unsynced.first(str(folder)):
            logger.warning(
                "cannot flush folder %s to disk (%s): its notes are whole, but a power cut "
                "may undo their latest change", folder, exc.strerror or exc,
            )  # fmt: skip


def leftovers(path: Path) -> list[Path]:
    """The temporary files `write_durably` left for `path` (a killed writer's)."""
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))


def remove_leftovers(path: Path) -> None:
    for found in leftovers(path):
        with contextlib.suppress(OSError):
            found.unlink()
