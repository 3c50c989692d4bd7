"""Which files are archives: the names a batch takes from folders and the command line, files
that are no WARC or ARC told by their first bytes, and the names `recompress` writes."""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from newsarchive.warc.checked import Remembered
from newsarchive.warc.copies import differs
from newsarchive.warc.frames import framed
from newsarchive.warc.readerrors import error_text, unreadable
from newsarchive.warc.record_starts import peek_head
from newsarchive.warc.skips import Skips

# the name the readers' lines have always had (log formats and filters show it)
logger = logging.getLogger("newsarchive.warc.archives")


# A name an archive file may have: example.warc.gz, crawl.arc, x.warc.gz.bad ...
ARCHIVE_NAME = re.compile(r"\.w?arc(\.|$)", re.IGNORECASE)


_MAGIC = {b"PK\x03\x04": "a ZIP file (a .wacz? give it to `replay`, or unpack it)"}


# WARC/0.9 and 0.10 put length, type, URI, date and id on the version's line
_DRAFT_WARC = re.compile(rb"\s*(WARC/0\.(?!17\b|18\b)\d+)\s")


def archive_files(inputs: Iterable[Path]) -> list[Path]:
    """Archive files named by `inputs` (files, or folders searched recursively).

    In a folder, every name with `.warc` or `.arc` in it is taken (so a broken
    `.warc.lz4`, or a link to no file, is tried and named, not passed over); a `.open` file is still
    being written (or awaits `python -m newsarchive recover`) and is left out,
    with a warning, as is a hidden `.x.warc.gz.PID.partial` (a `recompress` writing it, or
    one killed: read, its records came twice, or a half-written copy was named damaged)
    and a crawl's hidden `.NAME.warc.gz.creating` (named a damaged file before).
    A file named on the command line must look like an archive. A file named twice
    (`warc/ warc/*.warc.gz`) is taken once: its records are one capture each, not two.
    """
    found: dict[Path, Path] = {}  # resolved path: the path as named first
    for path in inputs:
        if symlink_loop(path):  # whatever its name: named a loop as it is opened, counted
            found.setdefault(Path(os.path.abspath(path)), path)  # resolve() raises on it
        elif is_folder(path):
            for candidate in sorted(path.rglob("*")):
                if candidate.name.endswith(".open"):
                    logger.warning("left out %s: still open (recover it first)", candidate)
                elif partial_output(candidate.name) and ARCHIVE_NAME.search(candidate.name):
                    logger.warning(PARTIAL_LEFT_OUT, candidate)
                elif being_created(candidate.name):
                    logger.warning(CREATING_LEFT_OUT, candidate)
                elif ARCHIVE_NAME.search(candidate.name) and (
                    file_or_unseen(candidate)
                    or candidate.is_symlink()  # a link to nothing: named
                    or special_file(candidate)  # a FIFO itself, as a link to one: named
                ):  # a link to a FIFO: named as it is opened (`openable`)
                    found.setdefault(Path(os.path.realpath(candidate)), candidate)
        elif ARCHIVE_NAME.search(path.name) and not path.name.endswith(".open"):
            if special_file(path):  # opened, it waited for a writer forever (every reader)
                raise ValueError(f"not a regular file ({special_file(path)}): {path}")
            found.setdefault(path.resolve(), path)
        elif path.name.endswith(".open") and ARCHIVE_NAME.search(path.name):
            raise ValueError(  # it said "not a WARC or ARC file", of a WARC being written
                f"{path} is still open: a crawl is writing it, or one was killed "
                "(python -m newsarchive recover closes it)"
            )
        elif path.suffix.lower() == ".wacz" and not path.is_dir():
            raise ValueError(wacz_given(path))
        elif unseen(path):  # a folder or file in one not entered: it was "not a WARC ..."
            raise ValueError(unseen(path))
        else:
            raise ValueError(f"not a WARC or ARC file or directory: {path}")
    return list(found.values())


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder; one that cannot be looked at (its folder not entered) is
    taken for a file, named as it is opened: `is_dir` raised, stopping a run of many files."""
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:  # not there, a link to nothing: named as it is opened, as before
        return False


def not_there(path: Path) -> bool:
    """Whether `path` is not there (a typo): one that cannot be looked at (its folder not
    entered) is there, named as it is opened. `exists` raised PermissionError, stopping a
    run of many files at the first."""
    try:
        path.stat()
    except PermissionError:
        return False
    except OSError as exc:  # a link to nothing, too: `exists` said so
        return exc.errno != errno.ELOOP  # a loop of links is there: named as it is opened
    return False


# `replay` and `recover`, given one path that is a loop: nothing else to do, exit 2
LOOP_GIVEN = "a loop of symbolic links (each leads back to another): give the file or folder itself"


def symlink_loop(path: Path) -> bool:
    """Whether `path` is a loop of symbolic links (a -> b -> a, a link to itself): there,
    but no file or folder; it was said to be no such file, stopping the run."""
    try:
        path.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def unseen(path: Path) -> str | None:
    """Why `path` cannot be looked at (a folder above it listed but not entered: `chmod -R
    644 warc/`), naming that folder, or None. `exists` and `is_file` raised PermissionError,
    said `Permission denied: PATH`, exit 1, as of a failing disk."""
    try:
        path.stat()
    except PermissionError as exc:
        chain = [*reversed(path.parents), path]
        above = next((chain[i - 1] for i in range(1, len(chain)) if _denied(chain[i])), path.parent)
        return f"{path}: cannot be looked at ({exc.strerror}): its folder {above} cannot be entered"
    except OSError:  # not there, a link to nothing: each command says it as before
        return None
    return None


def _denied(path: Path) -> bool:
    try:
        path.stat()
    except PermissionError:
        return True
    except OSError:
        return False
    return False


def file_or_unseen(path: Path) -> bool:
    """Whether `path` is a file, or cannot be looked at (its folder listed but not entered:
    `chmod -R 644 warc/`): such a file is taken, and named unreadable as it is opened
    (`openable`). `is_file` raised PermissionError, stopping the run at the first one."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except PermissionError:
        return True
    except OSError:  # not there, a link to nothing: `is_symlink` names it
        return False


UNLISTED = "a folder that cannot be listed ({why}): the archives in it are not read"


def unlisted_folders(inputs: Iterable[Path]) -> dict[str, str]:
    """The folders named by `inputs`, or under them, that cannot be listed (no read
    permission), each with why: the searches of folders (`rglob`, `os.walk`) pass over them
    without a word, so the archives in them were lost to a run that exited 0."""
    found: dict[str, str] = {}

    def note(error: OSError) -> None:
        why = unlisted_why(error)
        if why:
            found.setdefault(str(error.filename), why)

    for path in inputs:
        if is_folder(path):
            for _ in os.walk(path, onerror=note):  # followlinks=False, as rglob
                pass
    return found


def unlisted_why(error: OSError) -> str | None:
    """Why a folder the walk found could not be listed, or None when it is gone (removed, or
    replaced by a file, since its parent was listed): no archive was lost there, and a run
    beside a user tidying the tree is no partial one (3)."""
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return None
    return UNLISTED.format(why=error.strerror or error)


def wacz_given(path: Path) -> str:
    """What a WACZ package named to `recompress` is, and what to give instead: it was named
    "not a WARC or ARC file", as if it held no archive. (`extract`, `history` and `index`
    read its WARCs, `package.unpacked`; `replay` serves it.)"""
    return (
        f"{path} is a WACZ package (a ZIP holding WARCs): `extract`, `history`, `index` and "
        "`replay` read it as it is; to recompress one of its WARCs, unpack it: unzip "
        f"{path} 'archive/*'"
    )


PARTIAL_LEFT_OUT = (
    "left out %s: a partial output of `recompress` (being written, or left by a killed one; "
    "the next `recompress` of its file removes it)"
)


# a crawl's WARC file before it is shown as `.open` (newsarchive.warc.writer's CREATING_SUFFIX)
CREATING_LEFT_OUT = (
    "left out %s: a WARC file being created (or left by a killed crawl, part of a warcinfo "
    "record; `recover` removes it)"
)


def being_created(name: str) -> bool:
    """A crawl's hidden `.NAME.warc.gz.creating`: part of a warcinfo record, never a page."""
    return name.startswith(".") and name.endswith(".warc.gz.creating")


def partial_output(name: str) -> bool:
    """A command's output before its rename (`outputs._partial`): `.x.warc.gz.1234.partial`."""
    stem, dot, pid = name.removesuffix(".partial").rpartition(".")
    return (
        name.startswith(".")
        and name.endswith(".partial")
        and bool(stem and dot)
        and pid.isascii()
        and pid.isdigit()
    )


def special_file(path: Path) -> str | None:
    """What `path` (its links followed) is when it is there but no regular file or folder:
    a FIFO, a device or a socket, which no reader opens (a FIFO's opening waits for a writer)."""
    try:
        mode = path.stat().st_mode
    except OSError:  # not there, a link to nothing: named as it is opened
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return _kind(mode)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a folder" if stat.S_ISDIR(mode) else "a device"


def open_regular(path: Path) -> IO[bytes]:
    """`path` opened for reading if it is a regular file, else OSError ("not a regular file
    (a FIFO)"). Opened without waiting (O_NONBLOCK) and asked what it is as opened: a file
    swapped for a FIFO after `special_file` looked waited for a writer forever."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file ({_kind(mode)})", str(path))
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def openable(path: Path, skips: Skips) -> bool:
    """Whether `path` opens; if not (a link to nothing, a loop of links, a FIFO), it is named
    in `skips`."""
    kind = special_file(path)
    if kind is not None:
        skips.file(path, f"not a regular file ({kind}): not read")
        return False
    try:
        open_regular(path).close()  # not waited on: a FIFO swapped in since it looked
    except OSError as exc:
        skips.file(path, unreadable(error_text(exc), 0))
        return False
    return True


def recompressed_name(path: Path) -> Path:
    """x.warc.gz (gzipped whole) -> x.recompressed.warc.gz (beside it: never over it)."""
    return gz_name(path, ".recompressed")


_KIND = re.compile(r"\.w?arc(?=\.|$)", re.IGNORECASE)


def gz_name(path: Path, mark: str = "") -> Path:
    """The name of the .warc.gz (.arc.gz) that `recompress` writes of `path`, beside it:
    x.warc.lz4, x.warc.zst -> x.warc.gz; with `mark`, x.warc.gz -> x{mark}.warc.gz.

    What follows .warc (.arc) names the old compression or was added by hand
    (x.warc.gz.bad, x.warc.lz4.bad): it is not the new file's, so it is dropped.
    """
    kinds = list(_KIND.finditer(path.name))
    at = kinds[-1].start() if kinds else len(path.name)
    kind = kinds[-1].group() if kinds else ".warc"
    return path.with_name(path.name[:at] + mark + kind + ".gz")


@dataclass
class Beside:
    """What `recompressed_beside` found: the originals its copies stand in for (each with its
    copy), those whose copy-named file does not (each with it and why), what of an original
    its copy leaves out that is no record, and what the cache of verdicts said."""

    found: dict[Path, Path] = field(default_factory=dict)
    refused: dict[Path, tuple[Path, str]] = field(default_factory=dict)
    junk: dict[Path, str] = field(default_factory=dict)
    reused: int = 0  # pairs found as an earlier run left them: not compared again
    cache_note: str | None = None  # the cache could not be read or written, and why


def recompressed_beside(archives: list[Path], aliases: Mapping[str, str] | None = None) -> Beside:
    """The archives of `archives` that `recompress` rewrote into another of them (x.warc.zst
    beside its x.warc.gz, x.warc.gz beside x.recompressed.warc.gz), each with its copy: the
    copy holds its every record, so reading both gives each capture twice, and `index` named
    the kept original skipped on every run. An original changed since (newer than its copy)
    is none: the copy may not hold it. A pair's verdict is remembered (`checked`): each run
    decompressed both files whole again.

    A WACZ's members (`aliases`: each unpacked file, as its package names it) are unpacked
    anew each run, elsewhere: their verdicts are not kept. Each has its member's time
    (`unpacked`), kept to 2 seconds by ZIP: a pair is one only if the copy's is the later
    (a time shared says nothing of which came first: FastWARC's `warcfile.warc.lz4` and
    `.warc.gz`, packed in one second, are read both, as in their folder)."""
    aliases = aliases or {}
    given = {os.path.abspath(path): path for path in archives}
    beside = Beside()
    remembered: Remembered | None = None
    for path in archives:
        kind = _RECOMPRESSED.search(path.name)
        if not kind:
            continue
        gzipped = kind.group(1).lower() == "gz"
        copy = given.get(os.path.abspath(recompressed_name(path) if gzipped else gz_name(path)))
        if copy is None or copy == path:
            continue
        unpacked = str(path) in aliases or str(copy) in aliases
        if not not_newer(path, copy, strictly=unpacked):  # rewritten since, or another
            continue  # tool's pair (FastWARC ships its samples both ways): read, no line
        remembered = remembered or Remembered("copy")
        why, junk = copy_holds(path, copy, None if unpacked else remembered)
        if why is None:
            beside.found[path] = copy
            if junk:
                beside.junk[path] = junk
        else:
            beside.refused[path] = (copy, why)
    if remembered is not None:
        beside.reused = remembered.reused
        unsaved = remembered.save()
        if remembered.unreadable:
            beside.cache_note = f"{remembered.path} could not be read ({remembered.unreadable})"
        elif unsaved:
            beside.cache_note = f"{remembered.path} could not be written ({unsaved})"
    return beside


def copy_holds(original: Path, copy: Path, remembered: Remembered | None) -> tuple[str | None, str]:
    """Why `copy` does not hold exactly the records `original` does, decompressed
    (`recompress` copies each record's bytes unchanged), or None; and the original's bytes
    that are no record it leaves out. Another file that merely has the copy's name (a
    crawl's own x.warc.gz beside an unrelated x.warc.zst), or a copy cut short, is none,
    and the original is read."""
    look = remembered.get([original, copy]) if remembered is not None else None
    if look is not None and look.verdict is not None:
        held = look.verdict[0]
        if isinstance(held, list) and len(held) == 2:
            return held[0], held[1]
    try:
        with open_regular(copy) as copied, open_regular(original) as stream:
            verdict = differs(stream, copied)
    except OSError as exc:  # unreadable: read (and named) as it is; never remembered
        return f"it cannot be compared ({error_text(exc)})", ""
    if look is not None and remembered is not None:
        remembered.put(look, list(verdict))
    return verdict


# the names `recompress` rewrites: lz4, zstd (x.warc.gz of them) and gzip (x.recompressed...),
# with what a user added after them (x.warc.gz.bad); never a plain x.warc beside x.warc.gz
_RECOMPRESSED = re.compile(r"\.w?arc\.(gz|lz4|zst)(?=\.|$)", re.IGNORECASE)


def not_newer(original: Path, copy: Path, strictly: bool = False) -> bool:
    """Whether `original` is not newer than `copy` (`strictly`: older)."""
    try:
        before, after = original.stat().st_mtime, copy.stat().st_mtime
        return before < after if strictly else before <= after
    except OSError:  # either unreadable: each read (and named) as it is
        return False


def recompress_hint(path: Path | str) -> str:
    """What to run to have a file gzipped whole read by replay tools; a WACZ's member
    (`PACKAGE.wacz/archive/NAME`, as its lines name it) is unpacked first."""
    package, inside, member = str(path).partition(".wacz/archive/")
    if inside:
        name = f"archive/{member}"
        return (
            f"unpack it, `unzip {package}.wacz '{name}'`, then `python -m newsarchive "
            f"recompress {name}` writes it a member a record as {recompressed_name(Path(name))}"
        )
    return (
        f"`python -m newsarchive recompress {path}` writes it a member a record "
        f"as {recompressed_name(Path(path))}"
    )


def foreign_format(stream: IO[bytes]) -> str | None:
    """Why a file is no WARC or ARC, told by its first bytes (None: it may be one)."""
    start = stream.tell()
    head = stream.read(4)
    stream.seek(start)
    if not head:
        return "empty file"
    draft = _DRAFT_WARC.match(peek_head(stream) or b"")
    if draft:
        return (
            f"{draft.group(1).decode()}: a WARC draft from before WARC/0.17, whose header "
            "lines warcio cannot read (not supported)"
        )
    found = framed(stream)
    if found is not None:
        return (
            f"{found.name}-compressed WARC: pywb and WACZ cannot read {found.name} (`extract` "
            "and `history` can); to index or replay it, `python -m newsarchive recompress` it "
            "into a .warc.gz"
        )
    return _MAGIC.get(head)
