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
import glob
import os
import tempfile
from pathlib import Path


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
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def leftovers(path: Path) -> list[Path]:
    """The temporary files `write_durably` left for `path` (a killed writer's)."""
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))


def remove_leftovers(path: Path) -> None:
    for found in leftovers(path):
        with contextlib.suppress(OSError):
            found.unlink()
