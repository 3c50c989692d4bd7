"""Repairing `.warc.gz.open` files that a killed crawl left behind.

Every record is its own gzip member and a writer flushes only whole record
groups, so a dead crawl's file is a run of complete records, possibly followed
by part of one. Recovery keeps the longest prefix of members that decompress
completely and parse as whole WARC records, cuts the rest, and drops `.open`.
A file with no whole gzip record is never deleted: an uncompressed WARC is kept
up to its last whole record as `.warc`; anything else is moved aside as
`.damaged`, for a person to look at.
A file whose `flock` is held belongs to a live crawl (possibly another process
sharing the directory) and is left alone.
"""

from __future__ import annotations

import fcntl
import io
import logging
import os
import stat
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warcio.recordloader import ArcWarcRecordLoader

from newsarchive.warc.archives import archive_head, foreign_format, lead_length, next_record
from newsarchive.warc.writer import CREATING_SUFFIX, OPEN_SUFFIX

logger = logging.getLogger(__name__)

CHUNK = 1024 * 1024


DAMAGED_SUFFIX = ".damaged"


@dataclass(frozen=True)
class Recovered:
    path: Path | None  # the closed file; None when nothing whole was left
    records: int  # whole records kept
    cut_bytes: int  # bytes of a partial record removed
    damaged: Path | None = None  # where a file with nothing readable in it was moved
    left_alone: Path | None = None  # not a crash's cut-off end: untouched, with `why`
    why: str = ""

    def line(self, name: Callable[[Path], str] = lambda path: path.name) -> str:
        """What was done to the file, in one line (`name` shows a path as the user knows it)."""
        if self.left_alone is not None:
            return (
                f"{name(self.left_alone)}: left alone, nothing cut: {self.why}; "
                "`python -m newsarchive extract` names what it cannot read; rename it without "
                ".open to keep it whole"
            )
        if self.damaged is not None:
            return f"{name(self.damaged)}: no whole WARC record in it, moved aside (not deleted)"
        assert self.path is not None
        kept = f"{self.records:,} record{'s' * (self.records != 1)}"
        cut = f"{self.cut_bytes:,} byte{'s' * (self.cut_bytes != 1)}"
        return f"{name(self.path)}: {kept} kept, {cut} cut"


@dataclass
class Recovery:
    """What recovering a folder (and its subfolders) did."""

    recovered: list[Recovered] = field(default_factory=list)
    live: list[Path] = field(default_factory=list)  # held by a live writer: left alone
    # that could not be opened (no permission: `chmod -R 644 warc/`, another user's), with why
    unopened: list[tuple[Path, str]] = field(default_factory=list)


def recover_directory(directory: Path) -> list[Recovered]:
    """Recover every `.open` file in `directory` (not its subfolders: a crawl's own
    folder) that no live process holds."""
    return recover_tree(directory, recursive=False).recovered


def recover_tree(directory: Path, recursive: bool = True) -> Recovery:
    """Recover every `.open` file in `directory` and, `recursive`, in its subfolders
    (a site's or a run's folder under `warc/`; links to folders are not followed)."""
    done = Recovery()
    for folder in warc_folders(directory) if recursive else [directory]:
        _recover_folder(folder, done)
    return done


def warc_folders(directory: Path) -> list[Path]:
    """`directory` and every folder under it, in name order; links to folders are not
    followed (they may lead out of the tree, or round in a loop)."""
    found = []
    for root, dirs, _files in os.walk(directory):  # followlinks=False
        dirs.sort()
        found.append(Path(root))
    return found


def _recover_folder(directory: Path, done: Recovery) -> None:
    for path in sorted(directory.glob(f"*.warc.gz{OPEN_SUFFIX}")):
        try:
            regular = stat.S_ISREG(path.stat().st_mode)
            if not regular:  # a folder so named is nobody's WARC: not ours to move
                logger.warning("%s: not a file, left alone", path)
                continue
            with _dead_writers_file(path) as handle:
                if handle is not None:
                    done.recovered.append(_recover_locked(path, handle))
                elif path.exists():
                    done.live.append(path)
        except FileNotFoundError:  # recovered or closed meanwhile
            continue
        except PermissionError as exc:  # it was taken for a live crawl's, or stopped the run
            done.unopened.append((path, exc.strerror or str(exc)))
    # A crawl killed while creating a file leaves it under its hidden name: nothing
    # but (part of) a warcinfo record is ever in it.
    for path in directory.glob(f".*.warc.gz{CREATING_SUFFIX}"):
        try:
            with _dead_writers_file(path) as handle:
                if handle is not None:
                    path.unlink()
        except FileNotFoundError:
            continue
        except PermissionError as exc:
            done.unopened.append((path, exc.strerror or str(exc)))


@contextmanager
def _dead_writers_file(path: Path) -> Iterator[BinaryIO | None]:
    """The file opened and locked, or None when a live process holds it (or it went)."""
    try:
        handle = path.open("r+b")
    except FileNotFoundError:
        yield None  # gone meanwhile (recovered or closed)
        return
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.debug("%s is being written by a live crawl", path.name)
            yield None
            return
        if not _still_named(path, handle):
            # its writer renamed it (closed it) between our open and our lock
            yield None
            return
        yield handle


def _still_named(path: Path, handle: BinaryIO) -> bool:
    """Whether `path` still names the file `handle` has open."""
    try:
        return os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False


def whole_records_length(stream: BinaryIO, at: int = 0) -> tuple[int, int]:
    """(bytes, records) of the longest prefix made of whole gzip-member records (from `at`:
    past a byte order mark or blank space, `lead_length`)."""
    end, records = at, 0
    for start, stop, data in _members(stream, at):
        if start != end or not _is_whole_record(data):
            break
        end, records = stop, records + 1
    return end, records


def _recover_locked(path: Path, handle: BinaryIO) -> Recovered:
    size = os.fstat(handle.fileno()).st_size
    handle.seek(0)
    # a byte order mark or blank space before the first record: kept, the readers name it
    lead = lead_length(handle.read(64))  # (was: moved aside, "no whole WARC record in it")
    keep, records = whole_records_length(handle, lead)
    final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
    plain = records == 0
    if plain:
        keep, records = whole_plain_records_length(handle, lead)
    keep = keep if records else 0
    why = not_a_cut_off_end(handle, keep, size)
    if why is not None:  # cutting would lose what another writer (or damage) left there
        logger.debug("%s: left alone: %s", path, why)
        return Recovered(None, records, 0, left_alone=path, why=why)
    if keep == 0:
        return _move_aside(path, final, size)
    if plain:
        final = final.with_name(final.name.removesuffix(".gz"))  # it says what it holds
    handle.truncate(keep)
    handle.flush()
    os.fsync(handle.fileno())
    os.replace(path, final)
    return Recovered(final, records, size - keep)


def not_a_cut_off_end(handle: BinaryIO, keep: int, size: int) -> str | None:
    """Why the bytes past the first `keep` (the whole records) are no crash's cut-off end,
    which recovery may cut (None: they are one, or there are none).

    A killed crawl leaves whole records and then part of one. A record found after
    the first one that is not whole (another writer's quirk, such as pywb's sample
    with one CRLF after a record, where recovery cut 4 whole records), or a file that
    starts with a record in a form this crawler never writes (an ARC file, lz4, gzipped
    as one stream, moved aside as `.damaged` though whole), is not one.
    """
    if keep >= size:
        return None
    if keep:
        following = next_record(handle, keep)
        if following is None:
            return None
        return _records_after(keep, following)
    handle.seek(0)
    reason = foreign_format(handle)
    if reason is not None:
        return None if reason == "empty file" else reason.split(":")[0]
    handle.seek(0)
    head = archive_head(handle)
    if head is None:
        return None  # nothing a reader can take: moved aside
    if not head.startswith(b"WARC/"):
        return "an ARC file (recover closes WARC files only)"
    handle.seek(0)
    members = _members(handle)
    first = next(members, None)
    if first is not None and first[1] == size:
        return "gzipped as one stream, not a gzip member a record"
    following = next_record(handle, 0)
    if following is None:
        return None  # one record, cut short: nothing whole to keep, moved aside
    return _records_after(0, following)


def _move_aside(path: Path, final: Path, size: int) -> Recovered:
    """Nothing readable: keep the bytes under a name no reader takes for a WARC."""
    aside = final.with_name(final.name + DAMAGED_SUFFIX)
    number = 1
    while aside.exists():
        number += 1
        aside = final.with_name(f"{final.name}{DAMAGED_SUFFIX}.{number}")
    os.replace(path, aside)
    logger.debug("%s holds no whole WARC record (%d bytes)", path.name, size)
    return Recovered(None, 0, 0, aside)


def _records_after(bad: int, following: int) -> str:
    return (
        f"the record at offset {bad:,} is not whole, but a record starts at {following:,} "
        "(damage or another writer's form, not a killed crawl's cut-off end)"
    )


def whole_plain_records_length(stream: BinaryIO, at: int = 0) -> tuple[int, int]:
    """(bytes, records) of the longest prefix of whole uncompressed WARC records (from `at`)."""
    end, records = at, 0
    loader = ArcWarcRecordLoader()
    size = stream.seek(0, os.SEEK_END)
    stream.seek(at)
    while stream.read(5) == b"WARC/":
        stream.seek(end)
        try:
            record = loader.parse_record_stream(stream, known_format="warc", no_record_parse=True)
        except Exception:  # any parse failure: not a whole record
            break
        length = int(record.length or 0)
        # longer than the file: not whole, unread (a length of 20 digits raised OverflowError
        # from the read: a traceback ended `recover`)
        if length > size or len(record.raw_stream.read()) != length:
            break
        tail = stream.read(4)
        if tail != b"\r\n\r\n":
            # a whole block the file ends right after, with line ends other than two CRLFs or
            # none (pywb's missing-status-text sample): whole, as warcio reads it
            rest = tail + stream.read(8)  # its CR CR LF line ends: 6 bytes at the end
            # (a length of 0 read may be a header cut before its Content-Length: not whole)
            if length and not rest.strip(b"\r\n") and len(rest) < 12:
                end, records = stream.tell(), records + 1
            break
        end, records = stream.tell(), records + 1
    return end, records


def _members(stream: BinaryIO, at: int = 0) -> Iterator[tuple[int, int, bytes]]:
    """(start, end, decompressed data) of each complete gzip member from `at`, in order."""
    stream.seek(at)
    start, fed = at, 0
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    parts: list[bytes] = []
    while chunk := stream.read(CHUNK):
        data = chunk
        while data:
            try:
                parts.append(inflater.decompress(data))
            except zlib.error:
                return
            if not inflater.eof:
                fed += len(data)
                break
            stop = start + fed + len(data) - len(inflater.unused_data)
            yield start, stop, b"".join(parts)
            data = inflater.unused_data
            start, fed, parts = stop, 0, []
            inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)


def _is_whole_record(data: bytes) -> bool:
    """warcio parses one record whose block is complete and ends the member."""
    stream = io.BytesIO(data)
    try:
        record = ArcWarcRecordLoader().parse_record_stream(
            stream, known_format="warc", no_record_parse=True
        )
    except Exception:  # any parse failure means "not a whole record"
        return False
    block = record.raw_stream.read()
    if record.length is None or len(block) != int(record.length):
        return False
    # the block is whole and the member ended: CRLFs more or fewer after it (pywb's samples
    # have none, or one more) are another writer's form, which warcio reads as whole
    return not stream.read().strip(b"\r\n")
