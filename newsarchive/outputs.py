"""Output files written whole or not at all (`extract -o`, `index --cdxj`, `recompress`).

A command that fails part way (Ctrl-C, a killed worker, a full disk) must not
leave a partial file, nor destroy an earlier output of the same name: the
text goes to a hidden temporary file beside the output, renamed over it once
the command is through. A command killed with SIGKILL leaves its hidden file: the
next command writing the same output removes it (a live writer's, which it holds
locked, stays). Only a regular file (or a new name) is replaced so:
`/dev/stdout`, a device, a named pipe or a symlink are written in place, as
renaming onto them would put a file where the device or link was.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import glob
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeVar

from newsarchive.numbers import ascii_digits
from newsarchive.warc.spoolfiles import running

_Out = TypeVar("_Out", IO[str], IO[bytes])  # a whole file's handle: text or bytes


def replaceable(path: Path) -> bool:
    """`path` is a regular file (not through a symlink) or does not exist yet."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:  # its folder not entered: `cannot_write` names why (it raised, exit 1)
        return True


def cannot_write(path: Path) -> str | None:
    """Why no file can be made beside `path` (its folders made first), or None.

    Asked before a command reads anything: a folder on a read-only disk, or one
    that cannot hold files (/proc), was found only at the end, after minutes of
    work, and named by the hidden temporary file (or py-wacz's traceback)."""
    if not replaceable(path):
        return None  # a device or a link, written in place
    why = folder_refuses(path.parent)
    return f"cannot write {path}: {why}" if why else None


def folder_refuses(folder: Path, keep: bool = True) -> str | None:
    """Why no file can be made in `folder` (made first if missing), or None. `keep=False`:
    a missing folder is not made; a folder of the check's own is made and removed in the
    nearest one there is (a run that stops at its start, a damaged crawl state, leaves no
    empty folder behind, and none that another run made is removed)."""
    trial: Path | None = None
    try:
        if keep or os.path.lexists(folder):  # a file or a link there: named as before
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        else:
            # a folder of a name of its own, in the nearest one there is, made and removed:
            # none of the folder's own names made then removed (another run sharing the
            # folder, making it meanwhile, found it gone before its first file)
            there = next((p for p in folder.parents if p.exists()), Path("."))
            trial = Path(tempfile.mkdtemp(dir=there, prefix=".newsarchive-check-"))
            with tempfile.TemporaryFile(dir=trial):
                pass
    except OSError as exc:
        blocking = next((p for p in (folder, *folder.parents) if p.is_file()), None)
        if blocking is not None:  # mkdir said "File exists", naming no file
            return f"{blocking} is a file, not a folder"
        return str(exc.strerror or exc)
    finally:
        if trial is not None:
            with contextlib.suppress(OSError):
                trial.rmdir()
    return None


@contextmanager
def whole_text_file(path: Path) -> Iterator[IO[str]]:
    """`path` opened for UTF-8 text, in place only once the block ends without an error."""
    if not replaceable(path):
        try:
            with path.open("w", encoding="utf-8") as out:
                yield out
        except OSError as exc:  # `-o /dev/full`: "No space left on device", naming no file
            raise named_write_error(exc, path) from None
        return
    with _whole(path, lambda partial: partial.open("w", encoding="utf-8")) as out:
        yield out


@contextmanager
def whole_binary_file(path: Path) -> Iterator[IO[bytes]]:
    """`path` (a new name: the caller checks) written whole or not at all (`recompress`)."""
    with _whole(path, lambda partial: partial.open("wb")) as out:
        yield out


@contextmanager
def _whole(path: Path, opened: Callable[[Path], _Out]) -> Iterator[_Out]:
    """`path` written to a partial file beside it (`opened`: text or bytes), put in its
    place only once the block ends without an error, removed otherwise."""
    partial = _partial(path)
    try:
        with opened(partial) as out:
            _hold(out, path)
            yield out
        os.replace(partial, path)
    except OSError as exc:
        raise named_write_error(exc, path) from None
    finally:
        partial.unlink(missing_ok=True)


# errors of writing: a write to the output that fails so names it ("extract: No space left
# on device", naming no file, before)
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def named_write_error(error: OSError, path: Path) -> OSError:
    """`error` naming the output `path` if it names no file and is one of writing."""
    if error.filename is None and error.errno in WRITE_ERRNOS:
        code = errno.errorcode[error.errno]
        return OSError(error.errno, f"{error.strerror} ({code})", str(path))
    return error


# a hidden file younger than this may not be locked by its writer yet
STALE_AFTER = 60.0


def _hold(out: IO[str] | IO[bytes], path: Path) -> None:
    """Lock our hidden file for as long as it is written, then remove the ones of killed
    commands writing `path` (a killed `index` left one a run, as large as its CDXJ)."""
    fcntl.flock(out.fileno(), fcntl.LOCK_EX)
    pattern = f".{glob.escape(path.name)}.*.partial"
    for left in path.parent.glob(pattern):
        with contextlib.suppress(OSError), left.open("rb") as handle:
            young = time.time() - os.fstat(handle.fileno()).st_mtime < STALE_AFTER
            if young and _writer_alive(left):
                continue
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises if held
            if os.stat(left).st_ino == os.fstat(handle.fileno()).st_ino:
                left.unlink()


def _writer_alive(partial: Path) -> bool:
    """Whether the process the hidden file names (its pid) may still be writing it: one
    killed a moment ago left its file to the next command's re-run for a minute more."""
    pid = partial.name.rsplit(".", 2)[-2]
    return not ascii_digits(pid) or running(int(pid))


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


def same_file(output: Path, read: Path | None) -> bool:
    """Whether the output `output` names is the file `read` (a path, a link, another
    spelling): written over, a file a command read was lost, exit 0. An output not there
    yet is no file read."""
    try:
        return read is not None and output.exists() and output.samefile(read)
    except OSError:
        return False
