"""Writing records to WARC files: one gzip member per record, rotation, `.open`.

Records come ready-made from `records.py`; this module only places bytes. A
group of records (response + request, revisit + request) is written whole, then
flushed, then the size is checked: rotation never splits a group, and a process
killed with SIGKILL loses at most the group being written. Each file holds an
exclusive `flock` while open, so `recover.py` can tell a live writer's file from
one a dead crawl left behind, even when several crawls share the directory.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import io
import itertools
import logging
import os
import re
import socket
import zlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.exchange import RecordRef
from newsarchive.warc.records import PreparedRecord, SpooledBlock, record_bytes, record_head

logger = logging.getLogger(__name__)

_isal_zlib: ModuleType | None
try:  # optional: compression is most of what archiving a response costs
    _isal_zlib = importlib.import_module("isal.isal_zlib")
except ImportError:  # pragma: no cover - zlib then
    _isal_zlib = None

OPEN_SUFFIX = ".open"
CREATING_SUFFIX = ".creating"  # hidden name while a new file is locked, before `.open`
GZIP_WBITS = zlib.MAX_WBITS | 16  # a gzip header and trailer around the deflate stream
# A new member per record lets readers seek to any record's offset.
WarcinfoFactory = Callable[[str], ArcWarcRecord]  # final file name -> warcinfo record


def gzip_member(data: bytes, level: int) -> bytes:
    """One gzip member. ISA-L (`isal`) when installed: ~5x faster than zlib on this
    work for ~5% more bytes; zlib levels 1-3, 4-6 and 7-9 map to its levels 1, 2, 3."""
    if _isal_zlib is not None and level > 0:
        return bytes(_isal_zlib.compress(data, min(3, (level + 2) // 3), GZIP_WBITS))
    return zlib.compress(data, level, GZIP_WBITS)


def write_spooled_member(
    out: BinaryIO, record: ArcWarcRecord, block: SpooledBlock, level: int
) -> int:
    """One gzip member, compressed a chunk at a time from the spool file; bytes written."""
    if _isal_zlib is not None and level > 0:
        compressor = _isal_zlib.compressobj(min(3, (level + 2) // 3), zlib.DEFLATED, GZIP_WBITS)
    else:
        compressor = zlib.compressobj(level, zlib.DEFLATED, GZIP_WBITS)
    written = 0
    for piece in itertools.chain([record_head(record)], block.chunks(), [b"\r\n\r\n"]):
        data = compressor.compress(piece)
        out.write(data)
        written += len(data)
    tail = compressor.flush()
    out.write(tail)
    return written + len(tail)


def warc_filename(prefix: str, moment: datetime, serial: int, host: str, pid: int) -> str:
    """WARC 1.1 Annex C: Prefix-Timestamp-Serial-Crawlhost, the pid keeping processes apart.

    The crawl host is written as `{pid}-{hostname}` in lower case with only
    `[a-z0-9.-]` (not Heritrix's `~`): WACZ packages accept no other characters
    in a file name, and a package must keep the names items point at.
    """
    stamp = moment.astimezone(UTC).strftime("%Y%m%d%H%M%S%f")[:17]
    crawlhost = re.sub(r"[^a-z0-9.-]+", "-", f"{pid}-{host}".lower())
    return f"{prefix}-{stamp}-{serial:05d}-{crawlhost}.warc.gz"


_STAMP = re.compile(r"-(?P<stamp>\d{17})-\d{5,}-(?P<crawlhost>[a-z0-9.-]+)\.warc\.gz$")


def files_of_process(
    directory: Path, pid: int, since: datetime, host: str | None = None
) -> list[str]:
    """The WARC files (`.open` or closed, named closed) the process `pid` of this machine
    (`host`) opened in `directory` from `since` on, by what `warc_filename` puts in a name."""
    crawlhost = re.sub(r"[^a-z0-9.-]+", "-", f"{pid}-{host or socket.gethostname()}".lower())
    after = since.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    found = set()
    for path in directory.glob(f"*-{pid}-*.warc.gz*"):
        name = path.name.removesuffix(".open")
        named = _STAMP.search(name)
        if named and named["crawlhost"] == crawlhost and named["stamp"][:14] >= after:
            found.add(name)
    return sorted(found)


class _MemberWriter:
    """Shared logic: warcinfo first, whole groups, byte counts, RecordRefs."""

    def __init__(self, warcinfo: WarcinfoFactory, gzip_level: int) -> None:
        self._warcinfo = warcinfo
        self._level = gzip_level
        self.bytes_written = 0
        self.records_written = 0
        self.broken = False
        self.file_size = 0  # bytes in the current file (tell() costs a syscall a record)

    def write_group(self, records: Sequence[ArcWarcRecord | PreparedRecord]) -> list[RecordRef]:
        """Write `records` together in the current file; refs in the same order."""
        out, name = self._current()
        whole = (self.file_size, self.bytes_written, self.records_written)
        try:
            refs = [self._write(out, name, record) for record in records]
            out.flush()
        except OSError:
            self.broken = True  # part of a group may be on disk: never close this file
            self.file_size, self.bytes_written, self.records_written = whole
            self._cut_back(out)  # no torn gzip member left for readers (warcio, gzip, pywb)
            raise
        self._after_group()
        return refs

    def _write(self, out: BinaryIO, name: str, record: ArcWarcRecord | PreparedRecord) -> RecordRef:
        offset = self.file_size
        if isinstance(record, PreparedRecord):
            return self._write_prepared(out, name, record)
        if isinstance(record.raw_stream, SpooledBlock):
            written = write_spooled_member(out, record, record.raw_stream, self._level)
        else:
            member = gzip_member(record_bytes(record), self._level)
            out.write(member)
            written = len(member)
        self.file_size += written
        self.bytes_written += written
        self.records_written += 1
        headers = record.rec_headers
        return RecordRef(
            record_id=headers.get_header("WARC-Record-ID"),
            warc_file=name,
            offset=offset,
            record_type=record.rec_type,
            date=headers.get_header("WARC-Date"),
            target_uri=headers.get_header("WARC-Target-URI") or "",
            payload_digest=headers.get_header("WARC-Payload-Digest") or "",
        )

    def _write_prepared(self, out: BinaryIO, name: str, record: PreparedRecord) -> RecordRef:
        offset = self.file_size
        member = gzip_member(record_bytes(record), self._level)
        out.write(member)
        self.file_size += len(member)
        self.bytes_written += len(member)
        self.records_written += 1
        return RecordRef(
            record.record_id, name, offset, record.rec_type, record.date, record.target_uri,
            record.payload_digest,
        )  # fmt: skip

    def _start_file(self, out: BinaryIO, name: str) -> None:
        self.file_size = 0
        self._write(out, name, self._warcinfo(name))

    def _current(self) -> tuple[BinaryIO, str]:
        raise NotImplementedError

    def _cut_back(self, out: BinaryIO) -> None:
        """Cut the file back to its last whole group (`file_size`) after a failed write."""
        with contextlib.suppress(OSError, ValueError):
            os.ftruncate(out.fileno(), self.file_size)

    def _after_group(self) -> None:
        pass


class MemoryWarcWriter(_MemberWriter):
    """The in-memory twin: one file's bytes in a BytesIO, for tests."""

    def __init__(
        self, warcinfo: WarcinfoFactory, gzip_level: int = 6, name: str = "memory.warc.gz"
    ):
        super().__init__(warcinfo, gzip_level)
        self.name = name
        self.buffer = io.BytesIO()
        self._started = False

    def _current(self) -> tuple[BinaryIO, str]:
        if not self._started:
            self._started = True
            self._start_file(self.buffer, self.name)
        return self.buffer, self.name

    def getvalue(self) -> bytes:
        return self.buffer.getvalue()

    def _cut_back(self, out: BinaryIO) -> None:
        out.seek(self.file_size)
        out.truncate()

    def close(self) -> None:
        pass


class RotatingWarcWriter(_MemberWriter):
    """WARC files in a directory, rotated at `max_size` between record groups."""

    def __init__(
        self,
        directory: Path,
        prefix: str,
        max_size: int,
        warcinfo: WarcinfoFactory,
        gzip_level: int = 6,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        host: str | None = None,
        on_open: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(warcinfo, gzip_level)
        self.directory = directory
        self._on_open = on_open
        self.prefix = prefix
        self.max_size = max_size
        self._clock = clock
        self._host = host or socket.gethostname()
        self._serial = 0
        self._file: BinaryIO | None = None
        self._name = ""
        self.files_opened = 0
        self.closed_files: list[Path] = []

    @property
    def current_path(self) -> Path | None:
        """The `.open` file being written, if any."""
        return self.directory / (self._name + OPEN_SUFFIX) if self._file else None

    def ready(self) -> None:
        """Open the next file now if none is open (its warcinfo written, `on_open` told)."""
        self._current()

    def _current(self) -> tuple[BinaryIO, str]:
        if self._file is None:
            self._open_next()
        assert self._file is not None
        return self._file, self._name

    def _open_next(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name, hidden = self._free_name()
        # Locked under a name recovery ignores, then shown as `.open`: a
        # starting crawl's recovery can never take a live file for a dead one.
        # Its warcinfo goes to the kernel first: an `.open` file always holds a
        # whole record (a kill or a full disk before it leaves only the hidden
        # file, which recovery deletes; an empty `.open` one was moved aside as
        # damaged, and every later `index` named it).
        handle = hidden.open("xb")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._start_file(handle, name)
            handle.flush()
        except OSError:
            with contextlib.suppress(OSError):
                handle.close()
            hidden.unlink(missing_ok=True)  # holds part of a warcinfo at most
            raise
        os.replace(hidden, self.directory / (name + OPEN_SUFFIX))
        self._file, self._name = handle, name
        self.files_opened += 1
        logger.info("WARC file opened: %s", name)
        if self._on_open is not None:  # before the file's first record after its warcinfo
            self._on_open(name)

    def _free_name(self) -> tuple[str, Path]:
        """A file name no file in the directory has, in any of its three states.

        Two crawls in one process share the pid and may open files in the same
        millisecond: the serial moves on past a name already taken.
        """
        moment = self._clock()
        while True:
            name = warc_filename(self.prefix, moment, self._serial, self._host, os.getpid())
            self._serial += 1
            hidden = self.directory / f".{name}{CREATING_SUFFIX}"
            taken = (self.directory / name, self.directory / (name + OPEN_SUFFIX), hidden)
            if not any(path.exists() for path in taken):
                return name, hidden

    def _after_group(self) -> None:
        assert self._file is not None
        if self.file_size >= self.max_size:
            self.close()

    def close(self) -> None:
        """Finish the current file: sync, drop `.open`, release the lock."""
        if self._file is None:
            return
        handle, name = self._file, self._name
        self._file = None
        if self.broken:  # left `.open` (recovery closes it), cut back to its last whole group
            self.broken = False  # the next file starts whole
            with contextlib.suppress(OSError):
                handle.close()  # flushes what the failed write left in the buffer, if it can:
            with contextlib.suppress(OSError):  # cut again
                os.truncate(self.directory / (name + OPEN_SUFFIX), self.file_size)
            return
        handle.flush()
        os.fsync(handle.fileno())
        final = self.directory / name
        os.replace(self.directory / (name + OPEN_SUFFIX), final)
        handle.close()
        self.closed_files.append(final)
        logger.info("WARC file closed: %s", name)
