"""A WACZ package given to a reader of WARCs (`extract`, `history`, `index`): the WARCs under its
`archive/` copied to a scratch folder and read there as a folder of WARCs.

Copied, not read inside the ZIP: every reader opens its files by path and seeks in them (a
revisit's original, `-j`'s shards, the indexer's spread records). Each copy is the member's
bytes, so an offset in it is an offset into the member file, as a WACZ's own CDXJ gives it
(`filename` the name under `archive/`), and every line names it `PACKAGE/archive/NAME`.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from newsarchive import exitcodes
from newsarchive.exitcodes import SCRATCH_ERRNOS
from newsarchive.package.beside import (
    archives_by_name,
    is_package,
    not_beside,
    packages_in_folders,
)
from newsarchive.warc.files import ARCHIVE_NAME, unlisted_folders
from newsarchive.warc.skips import Skips
from newsarchive.warc.spoolfiles import remove_ended, remove_folder, scratch_folder

logger = logging.getLogger("newsarchive.warc.archives")  # the readers' lines' name

SCRATCH_PREFIX = "newsarchive-wacz-"
ARCHIVE_FOLDER = "archive/"
_COPY_BLOCK = 1 << 20
_ENCRYPTED = 0x1  # a ZIP member's general purpose flag
# the ZIP methods Python's zipfile reads (stored, deflate, bzip2, lzma)
_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_METHOD_NAMES = {9: "deflate64", 93: "zstd", 95: "xz", 98: "PPMd", 6: "implode"}


class UnpackError(ValueError):
    """A package that cannot be read as one (exit 2), or a scratch folder without room
    for its WARCs (exit 1): one line, said by the command."""

    def __init__(self, message: str, status: int = exitcodes.BAD_INPUT) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Unpacked:
    """The inputs given, each WACZ replaced by the scratch folder of its WARCs."""

    inputs: list[Path] = field(default_factory=list)
    packages: list[Path] = field(default_factory=list)  # the WACZ files given
    aliases: dict[str, str] = field(default_factory=dict)  # copy: PACKAGE/archive/NAME
    names: dict[str, str] = field(default_factory=dict)  # copy: NAME, the CDXJ's filename
    held_in: dict[str, Path] = field(default_factory=dict)  # copy: the package holding it
    # members not read (PACKAGE/archive/NAME: why), each a file skipped (`name_left_out`)
    left_out: dict[str, str] = field(default_factory=dict)
    unlisted: set[str] = field(default_factory=set)  # of `left_out`: folders not listable
    found: dict[Path, Path] = field(default_factory=dict)  # found in a folder: its copies

    def name_left_out(self, skips: Skips) -> None:
        """Each member not read, named and counted as a file skipped (exit 3): a warning
        alone left the run's status 0, its records lost without a count."""
        for shown, reason in self.left_out.items():
            (skips.folder if shown in self.unlisted else skips.file)(shown, reason)

    def leave_out_shared(self) -> None:
        """A package found in a folder that holds a member name a package read before it
        holds is left out, named and counted (`index`: one `filename` in the CDXJ could not
        tell their lines apart). Two py-wacz packages in a folder (`archive/data.warc.gz`
        each) stopped the folder's run, exit 2; packages named are refused by `index`."""
        taken: dict[str, str] = {}
        for package in self.packages:
            copies = [c for c in self.names if self.aliases[c].startswith(f"{package}/")]
            shared = next((self.names[c] for c in copies if self.names[c] in taken), None)
            if shared is None or package not in self.found:
                taken.update((self.names[c], str(package)) for c in copies)
                continue
            self.inputs.remove(self.found[package])
            for copy in copies:
                del self.names[copy], self.aliases[copy], self.held_in[copy]
            self.left_out[str(package)] = (
                f"not indexed with the folder: it holds {ARCHIVE_FOLDER}{shared} as "
                f"{taken[shared]} does (one `filename` in the CDXJ, which could not tell their "
                f"lines apart): index it on its own: `python -m newsarchive index {package}`"
            )
        self.packages = [p for p in self.packages if str(p) not in self.left_out]

    def names_apart(self, files: Iterable[Path], root: Path) -> dict[str, str]:
        """Each copy's `filename` in a CDXJ written in `root`: its name under `archive/`, as
        the package's own index gives it, unless a file read beside it has that name in
        the index (`data.warc.gz` in the folder and in a py-wacz package of it), where a
        replay tool would read the member's offsets in the folder's file: then its
        package's path there and `archive/NAME`. A free name is kept, so indexes
        written before stay valid."""
        taken = {_relative(path, root) for path in files if str(path) not in self.names}
        return {
            copy: _relative(self.held_in[copy], root) + f"/{ARCHIVE_FOLDER}{name}"
            if name in taken
            else name
            for copy, name in self.names.items()
        }


def _relative(path: Path, root: Path) -> str:
    """`path` as cdxj-indexer names a file in an index written in `root`."""
    return os.path.relpath(path, root).replace(os.path.sep, "/")


@contextmanager
def unpacked(inputs: Iterable[Path], leave_out: Iterable[Path] = ()) -> Iterator[Unpacked]:
    """`inputs` with each WACZ package's WARCs copied out, for as long as the block runs:
    those named and those found in the folders named (`leave_out`: `index --wacz`'s own
    output, never read into itself)."""
    given = list(inputs)
    in_folders = packages_in_folders(given, leave_out)
    unlisted = unlisted_folders(given)  # named and counted with the members left out
    if not in_folders and not any(is_package(path) for path in given):
        yield Unpacked(inputs=given, left_out=unlisted, unlisted=set(unlisted))
        return
    remove_killed_copies()
    beside = archives_by_name(given)
    with scratch_folder(SCRATCH_PREFIX) as root, _removed_on_sigterm(root):
        found = Unpacked(left_out=dict(unlisted), unlisted=set(unlisted))
        for number, path in enumerate(given):
            if is_package(path):
                _unpack(path, root / str(number), found, beside)
                found.inputs.append(root / str(number))
                found.packages.append(path)
            else:
                found.inputs.append(path)
        for number, path in enumerate(in_folders, len(given)):
            try:  # one package of a folder that is none is a file skipped, not the batch
                _unpack(path, root / str(number), found, beside)
            except UnpackError as exc:
                if exc.status != exitcodes.BAD_INPUT:
                    raise
                found.left_out[str(path)] = str(exc).removeprefix(f"{path}: ")
                continue
            found.inputs.append(root / str(number))
            found.packages.append(path)
            found.found[path] = root / str(number)
        yield found


@contextmanager
def _removed_on_sigterm(root: Path) -> Iterator[None]:
    """SIGTERM (a service manager, `timeout`) removes `root`, then ends the run by the signal
    as before: the copies, a package's size, stayed until a later run read a package. Only
    where SIGTERM has its default action, in the main thread; a worker forked with the
    handler ends as it did, the folder being its parent's."""
    owner = os.getpid()

    def remove_then_end(signum: int, _frame: object) -> None:
        if os.getpid() == owner:
            shutil.rmtree(root, ignore_errors=True)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return
    signal.signal(signal.SIGTERM, remove_then_end)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def remove_killed_copies() -> list[Path]:
    """Remove the scratch folders of runs of this pid space killed outright (SIGKILL, the
    OOM killer) while they read a package: a copy of its WARCs each."""
    said = "scratch {} of WACZ packages' WARCs copied by runs that were killed"
    return remove_ended(None, SCRATCH_PREFIX, remove_folder, said, "folder")


def _unpack(package: Path, folder: Path, found: Unpacked, beside: dict[str, list[Path]]) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)  # a folder, if every member is read beside
        with zipfile.ZipFile(package) as opened:
            members = _warc_members(package, opened, found)
            members = not_beside(package, members, beside)
            for info, name in members:
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                _copy(opened, info, target, f"{package}/{info.filename}")
                _dated_as_member(target, info)
                found.aliases[str(target)] = f"{package}/{info.filename}"
                found.names[str(target)] = name
                found.held_in[str(target)] = package
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise UnpackError(f"{package}: not a readable WACZ package (its ZIP: {exc})") from exc
    except OSError as exc:
        if exc.errno in SCRATCH_ERRNOS:
            raise UnpackError(
                f"{package}: its WARCs could not be copied to {folder} to be read "
                f"({exc.strerror}); free space there, or set TMPDIR to a folder with room",
                exitcodes.FAILED,
            ) from exc
        raise UnpackError(f"{package}: not read ({exc.strerror or exc})") from exc


def _warc_members(
    package: Path, opened: zipfile.ZipFile, found: Unpacked
) -> list[tuple[zipfile.ZipInfo, str]]:
    """The WARC and ARC files under `archive/` (name under it), in the package's order; a
    name that would leave the folder (`..`, absolute) is never written, and of members of
    one name only the last is read (the one `ZipFile.open`, and replay tools, read: an
    earlier copy was overwritten by it without a word). Those left out: `found.left_out`."""
    chosen: dict[str, tuple[zipfile.ZipInfo, str]] = {}
    for info in opened.infolist():
        if info.is_dir() or not info.filename.startswith(ARCHIVE_FOLDER):
            continue
        name = info.filename[len(ARCHIVE_FOLDER) :]
        parts = PurePosixPath(name).parts
        shown = f"{package}/{info.filename}"
        if not parts or ".." in parts or name.startswith("/") or "\\" in name:
            found.left_out[shown] = "not read: a name that would leave the archive folder"
            continue
        if info.flag_bits & _ENCRYPTED and ARCHIVE_NAME.search(parts[-1]):
            # zipfile's RuntimeError when opened: it was a traceback
            found.left_out[shown] = "not read: encrypted in its package (a password is needed)"
            continue
        if info.compress_type not in _ZIP_METHODS and ARCHIVE_NAME.search(parts[-1]):
            found.left_out[shown] = _unsupported_method(package, info)
            continue
        if ARCHIVE_NAME.search(parts[-1]):
            key = str(PurePosixPath(name))  # `a//b` and `./b` are the file `a/b`, `b`
            if key in chosen:
                found.left_out[shown] = (
                    "not read: another member of the same name follows it in the package "
                    "(the one replay tools read, read here)"
                )
            chosen[key] = (info, key)
    members = list(chosen.values())
    if not members:
        has_folder = any(n.startswith(ARCHIVE_FOLDER) for n in opened.namelist())
        what = "no WARC or ARC file under archive/" if has_folder else "no archive/ folder"
        if found.left_out:  # the only ones there are not read: said, with why
            shown, reason = next(iter(found.left_out.items()))
            what = f"no WARC or ARC file under archive/ to read ({shown}: {reason})"
        raise UnpackError(f"{package}: a WACZ package with {what}: nothing to read")
    return members


def package_refused(package: Path) -> str | None:
    """Why `package` holds nothing to read, in the words `extract`, `index` and `history`
    say it (exit 2), or None: `replay` of one that is no ZIP said pywb's `wb-manager add
    failed: Error: File is not a zip file`, exit 1, and of one with no `archive/` folder
    served an empty collection without a word."""
    try:
        with zipfile.ZipFile(package) as opened:
            _warc_members(package, opened, Unpacked())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        return f"{package}: not a readable WACZ package (its ZIP: {exc})"
    except UnpackError as exc:
        return str(exc)
    except OSError as exc:
        return f"{package}: not read ({exc.strerror or exc})"
    return None


def unpack_into(package: Path, folder: Path, found: Unpacked) -> None:
    """The package's readable WARCs copied to `folder` (`replay` of a package pywb's own
    unpacking cannot read), those left out in `found.left_out`."""
    _unpack(package, folder, found, {})


# the members pywb's `wb-manager add --unpack-wacz` copies out (pywb 2.10: `.+\.warc(\.gz)?$`,
# case-sensitive); it leaves others out without a word while the package's index lists them
_PYWB_UNPACKS = (".warc", ".warc.gz")


def pywb_unpacks_all(package: Path) -> bool:
    """Whether pywb's own unpacking takes every archive file under the package's `archive/`
    (an `.arc.gz` or `.WARC.GZ` there it leaves out, and replay answered its captures 503)."""
    try:
        with zipfile.ZipFile(package) as opened:
            return all(
                name.endswith(_PYWB_UNPACKS)
                for name in opened.namelist()
                if name.startswith(ARCHIVE_FOLDER) and ARCHIVE_NAME.search(name)
            )
    except (zipfile.BadZipFile, OSError):  # said as pywb says it
        return True


def unzip_cannot_read(package: Path) -> bool:
    """Whether a WARC member of `package` is compressed in a way zipfile cannot read."""
    try:
        with zipfile.ZipFile(package) as opened:
            return any(
                info.compress_type not in _ZIP_METHODS and ARCHIVE_NAME.search(info.filename)
                for info in opened.infolist()
            )
    except (zipfile.BadZipFile, OSError):  # said as pywb says it
        return False


def _unsupported_method(package: Path, info: zipfile.ZipInfo) -> str:
    """Why a member compressed in a way zipfile cannot read is left out (it was
    NotImplementedError, the whole package refused), and how to read it."""
    method = info.compress_type
    name = _METHOD_NAMES.get(method, "a method")
    return (
        f"not read: compressed with {name} (ZIP method {method}), which Python's zipfile "
        f"cannot read; unpack it with a tool that can (`7z x {package}`) and give its "
        "archive/ folder"
    )


def _dated_as_member(target: Path, info: zipfile.ZipInfo) -> None:
    """Give the copy its member's modification time, as `unzip` does: an original and
    `recompress`'s copy of it in one package are told apart by their times, as in a
    folder (`files.recompressed_beside`). With the unpacking's time, an original put
    in the package after its copy was the newer, read beside it, each record twice.
    A date of no calendar (DOS date 0's month and day 0, hour 31) is carried over as
    `mktime` does, into the days before or after: the times only say whether the pair
    is compared, the records decide. Where the time cannot be set, the unpacking's."""
    try:
        when = time.mktime((*info.date_time, 0, 0, -1))
        os.utime(target, (when, when))
    except (OverflowError, ValueError, OSError):
        pass


def _copy(opened: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, shown: str) -> None:
    """The member's bytes to `target`; a member whose stored bytes fail their CRC, or whose
    deflate stream breaks, keeps what came out and is named: its reader names the damage."""
    with target.open("wb") as out:
        try:
            with opened.open(info) as source:
                shutil.copyfileobj(source, out, _COPY_BLOCK)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            logger.warning(
                "%s: damaged in its package (%s): %d bytes of it read as they came",
                shown, exc, out.tell(),
            )  # fmt: skip
