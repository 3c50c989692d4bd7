"""lz4 and zstd WARCs rewritten as .warc.gz files, which pywb, cdxj-indexer and WACZ read.

Each record's bytes are kept as they are (its digests still hold): only the
compression changes, to a gzip member a record (a frame that held several
records, as `zstd file.warc` writes one, is split at the records). What
cannot be read is named as `extract` names it and left out.

A record is streamed into its member as warcio reads it, never held whole: a
64 KB zstd frame can hold a record of gigabytes. The members of a frame that
then fails its checksum are cut off the output again, so that what is written
is what `extract` reads.
"""

from __future__ import annotations

import gzip
import io
import itertools
import logging
import struct
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.numbers import header_number
from newsarchive.warc.archives import (
    READ_ERRORS,
    Frame,
    Skips,
    WholeGunzip,
    error_text,
    install_tolerant_uris,
    one_line_notices,
    tight_records_read,
    unreadable,
)
from newsarchive.warc.files import open_regular
from newsarchive.warc.framed import each_frame
from newsarchive.warc.frames import ANY_LENGTH, Framed, FrameStream, follow_records
from newsarchive.warc.record_checks import (
    cut_short_record,
    missing_bytes,
    record_uri,
)
from newsarchive.warc.unchecked import block_digest_held, framing_held, lz4_unchecked, read_whole
from newsarchive.warc.warcio_patches import JUNK_BEGINS, JUNK_HOOK, junk_after

BLOCK = 1 << 16
# the last bytes of junk after a record kept as it is passed over: the next record's first
# line is among them (warcio's reads are 16 KiB, a line over 64 KiB is junk)
_JUNK_WINDOW = 1 << 18
# what gzip.compress(data, mtime=0) begins with: the members are the bytes it gave before
_HEADER = gzip.compress(b"", mtime=0)[:10]


class InputFailed(Exception):
    """The disk failed a read of the file recompressed (EIO: an OSError with an errno) after
    its first records were written: the run's disk error, not damage of the file. It was
    named `unreadable (OSError: [Errno 5] ...)` and counted a skip, its partial copy kept
    as written, exit 3, as if the bytes were bad. Not an OSError, so that no reader of the
    records takes it for damage (`READ_ERRORS`)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error_text(error))
        self.error = error


class ProbeDamaged(Exception):
    """A .gz whose first records cannot be read: whether it is gzipped whole cannot be told
    (damage of the file, named and counted, not the disk's error)."""


def recompress(path: Path, found: Framed, out: IO[bytes], skips: Skips) -> int:
    """The records of `path` (framed as `found` says) written to `out` as gzip members; how
    many were written. An error writing `out` is raised as the OSError it is; a disk error
    reading `path` as `InputFailed`."""
    with _write_errors():
        return _recompress(path, found, out, skips)


def _recompress(path: Path, found: Framed, out: IO[bytes], skips: Skips) -> int:
    assert found.codec is not None
    output = _Output(out, path, skips)
    written = 0
    frames = each_frame(path, skips, found.codec, found.first, output.frame, _size, _opened)
    for written_to, _ in frames:
        output.kept = written_to
        written += 1
    output.cut()
    return written


def regzip(path: Path, out: IO[bytes], skips: Skips) -> int:
    """The records of `path`, a file gzipped whole (as one stream), written to `out` a gzip
    member a record, each record's bytes unchanged; how many were written. A file that
    breaks part way (or is cut short) keeps the records read whole before the break (the
    rest is named). An error writing `out` is raised as the OSError it is; a disk error
    reading `path` as `InputFailed`."""
    with _write_errors():
        return _regzip(path, out, skips)


def _regzip(path: Path, out: IO[bytes], skips: Skips) -> int:
    output = _Output(out, path, skips)
    written = 0
    stream: WholeGunzip | None = None
    try:
        with _opened(path) as packed:
            stream = WholeGunzip(packed)  # gzip.GzipFile lost a cut stream's last read
            before = output.kept
            records = output.frame(cast(FrameStream, stream), Frame(0, False), ends_whole=True)
            for written_to, _ in records:
                before, output.kept = output.kept, written_to
                written += 1
            if stream.cut:  # the record the stream was cut in, if not whole, is not written
                if not output.last_whole:
                    output.kept, written = before, max(written - 1, 0)
                skips.file(path, stream.cut_reason(), partial=written > 0)
            elif stream.trailing:  # named as `extract` names them, counted
                skips.file(path, stream.trailing_reason(), partial=True)
            elif stream.after:  # a block's padding: nothing lost, but not in the new file
                skips.notice(path, f"{_zeros(stream.after)} after its gzip stream: not written")
    except READ_ERRORS as exc:  # a record the stream was cut in, read as far as it goes
        reason = (
            stream.cut_reason() if stream and stream.cut else unreadable(error_text(exc), written)
        )
        skips.file(path, reason, partial=written > 0)
    output.cut()
    return written


def gzipped_whole(stream: IO[bytes], every_member: bool = False) -> bool:
    """Whether the file open as `stream` is gzipped as one stream: its first gzip member, or
    the second after a warcinfo of its own, holds more than one record (a member a record
    holds one). `every_member` (`recompress`): or any later member does, which `index` cannot
    point into; either is rewritten a member a record. The stream is left at its start.

    Asked of the gzip structure itself, not of warcio's error: warcio takes bytes after the
    stream (zeros, junk, a second member cut short) for a next member, gives two records
    and raises nothing, and such a file was "no whole-gzip WARC" here while `extract` and
    `index` read it. Two members at most are inflated (a probe of a folder's every .gz
    costs two records a file, not the file); with `every_member`, each up to the first that
    holds several (a file whose third member held two records was "no whole-gzip WARC" to
    `recompress`): a folder of sound .warc.gz files is then read whole once, as `index` reads it.
    (Every .gz of a folder is probed: warcio's notices, naming no file, are not said here.)

    An error of the system reading the file (EIO, a disk gone: an OSError with an errno) is
    raised, never taken for "not gzipped whole": such a file was left out without a word.
    Damage of the gzip stream that stops the probe (a deflate stream broken in its first
    records, a bad CRC, a stream cut short there) raises `ProbeDamaged`: such a file, gzipped
    whole or a member a record, was "not gzipped whole" and left out without a word, exit 0."""
    warcio_log = logging.getLogger("warcio.recordloader")
    disabled, warcio_log.disabled = warcio_log.disabled, True
    try:
        start: int | None = 0
        looked = 0
        for _ in itertools.count() if every_member else range(2):
            stream.seek(start or 0)
            if start is None or stream.read(2) != b"\x1f\x8b":
                return False
            member = WholeGunzip(stream, first_only=True, start=start)
            if _more_than_one_record(member):
                return True
            start = member.member_end()
            looked += 1
    except READ_ERRORS as exc:
        if isinstance(exc, OSError) and exc.errno is not None:  # the disk's, not the bytes'
            raise
        if isinstance(exc, (zlib.error, EOFError, OSError)):  # the gzip stream itself broken
            if looked >= 2:  # past two members a record: written so, its damage read as such
                return False  # (`index` names the record); it was "damaged in its first..."
            raise ProbeDamaged(error_text(exc)) from exc
        return False  # bytes warcio reads as no record (a record spread over members): as before
    finally:
        warcio_log.disabled = disabled
        stream.seek(0)
    return False


def _more_than_one_record(member: WholeGunzip) -> bool:
    records = ArchiveIterator(member, no_record_parse=True, arc2warc=True)
    records.INC_RECORD = _SILENT
    tight_records_read(records)  # a second record right after the first is one
    return any(count for count, _ in enumerate(records))  # stops at the second record


class _Silent:
    """warcio's notice template, saying nothing (`gzipped_whole` only probes)."""

    def format(self, *_: object) -> str:
        return ""


_SILENT = _Silent()


def _zeros(count: int) -> str:
    return f"{count:,} zero byte{'s' * (count != 1)} (padding)"


def _size(written: tuple[int, int]) -> int:
    return written[1]


class _OutputFailed(Exception):
    """Writing the .warc.gz failed (a full disk, a file-size limit): an OSError raised inside
    the reading's loop was taken for damage of the file read (each lz4 frame after it named
    `unreadable (... No space left on device)`; a file gzipped whole cut there, its part kept
    as written, exit 3)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error_text(error))
        self.error = error


@contextmanager
def _write_errors() -> Iterator[None]:
    try:
        yield
    except _OutputFailed as exc:
        raise exc.error from None  # named as the output's by the caller (whole_binary_file)


def _opened(path: Path) -> IO[bytes]:
    """`path` opened for reading, its disk's read errors (an errno) raised as InputFailed."""
    return io.BufferedReader(_Source(open_regular(path)))


class _Source(io.RawIOBase):
    """The file read, a read error of its disk raised as InputFailed (a bad gzip header, a
    zlib or lz4 error is no OSError with an errno: damage, named and counted as before)."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._call(self._inner.readinto, buffer)  # type: ignore[attr-defined]

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._call(self._inner.seek, offset, whence)

    def tell(self) -> int:
        return self._call(self._inner.tell)

    def fileno(self) -> int:
        return self._inner.fileno()

    def close(self) -> None:
        self._inner.close()
        super().close()

    @staticmethod
    def _call(method: Callable[..., int], *args: object) -> int:
        try:
            return method(*args)
        except OSError as exc:
            if exc.errno is None:
                raise
            raise InputFailed(exc) from exc


class _Written:
    """The output, its errors raised as _OutputFailed, which no reader takes for damage."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out

    def write(self, data: bytes) -> None:
        self._call(self._out.write, data)

    def tell(self) -> int:
        return self._call(self._out.tell)

    def cut_at(self, offset: int) -> None:
        self._call(self._out.seek, offset)
        self._call(self._out.truncate)

    @staticmethod
    def _call(method: Callable[..., int], *args: object) -> int:
        try:
            return method(*args)
        except OSError as exc:
            raise _OutputFailed(exc) from exc


class _Output:
    """The .warc.gz being written, and how much of it holds records of frames read whole."""

    def __init__(self, out: IO[bytes], path: Path, skips: Skips) -> None:
        self.out = _Written(out)
        self.kept = out.tell()
        self.path = path
        self.skips = skips
        self.last_whole = True  # the last record `frame` gave held all its stated bytes
        self.last_end = b""  # and the last bytes (up to 4) of its block
        self.last_uri = "?"  # and its WARC-Target-URI (named if its framing fails)

    def cut(self) -> None:
        """Drop the members written since the last record given (a frame that failed)."""
        if self.out.tell() != self.kept:
            self.out.cut_at(self.kept)

    def frame(
        self, stream: FrameStream, at: Frame, ends_whole: bool = False
    ) -> Iterator[tuple[int, int]]:
        """Each record of a frame written as a member: (where the output then ends, the
        record's length). `ends_whole` (one gzip stream, no checksum over a frame): the
        record read whole before one that cannot be read (a second stream cut short in
        its header) is written before the error is raised (it was cut off with it)."""
        self.cut()
        # an lz4 frame without checksums (FastWARC's): its records' digests and framing are
        # checked (a zstd record's wrong Content-Length is its writer's: noticed, copied)
        unchecked = not ends_whole and lz4_unchecked(stream)
        kept = _Kept(stream)
        install_tolerant_uris()  # a record without WARC-Target-URI is copied as it is
        archive = ArchiveIterator(kept, check_digests=unchecked)
        if isinstance(stream, FrameStream) and not at.arc:  # a record split over frames:
            follow_records(archive, stream, ANY_LENGTH)  # one member, its bytes joined
        one_line_notices(archive, self.path, self.skips)
        tight_records_read(archive)

        def junk(at: int, size: int, more: bool) -> None:  # named as `extract` names it
            kept.past_junk(at + size)
            self.skips.record(self.path, f"{self.path}@{stream.frame_offset}", junk_after(size))

        setattr(archive, JUNK_BEGINS, kept.junk_begins)
        setattr(archive, JUNK_HOOK, junk)
        records = iter(archive)
        member: _Member | None = None
        self.last_whole, self.last_end = True, b""
        while True:  # warcio finds where each record starts; its bytes come from `kept`
            try:
                record = next(records)
            except StopIteration:
                break
            except READ_ERRORS:
                if ends_whole and member is not None and self.last_whole:
                    rest = kept.take(kept.end)  # its blank lines, then what broke
                    member.write(rest[: len(rest) - len(rest.lstrip(b"\r\n"))])
                    yield member.end()
                raise
            if not ends_whole and not at.arc and record.format != "warc":
                # bytes that start no WARC record (the rest of a split record whose middle
                # was lost): warcio took them for an ARC record and they were copied as one;
                # named as `extract` names them
                raise ArchiveLoadFailed(
                    f"Unknown archive format, first line: {kept.line(archive.offset)}"
                )
            first = member is None  # the frame's first record (named by the frame's offset)
            if member is None:
                kept.take(archive.offset)  # (blank lines before the first record, if any)
            else:
                trailer = kept.take(archive.offset)
                member.write(_framed_end(trailer, unchecked, self.last_whole, self.last_end,
                                         self.last_uri))  # fmt: skip
                yield member.end()
            began = self.out.tell()
            member = _Member(self.out)
            payload = 0
            while chunk := record.raw_stream.read(BLOCK):  # what warcio has read past is its
                payload += len(chunk)
                member.write(kept.take(kept.end - archive.reader.rem_length()))
            member.write(kept.take(kept.end - archive.reader.rem_length()))  # (an empty block)
            # its block read to its stated length (a stream cut in its trailer only loses none)
            self.last_whole = read_whole(record)
            length = header_number(record.rec_headers.get_header("Content-Length") or "")
            self.last_end = member.last[len(member.last) - min(length or 0, 4) :]
            self.last_uri = record_uri(record)
            if (
                not ends_whole  # (a file gzipped whole: its cut record is `regzip`'s)
                and not self.last_whole
                and stream.at_end
                and (unchecked or missing_bytes(record, payload))
            ):
                # the frame ends inside its last record (short of its length; its rest, if a
                # writer split it over frames, not in the frames after): that record is named
                # and left out, as `extract` names it, not taken for the frame's damage (which
                # lost the records before it too), nor copied cut as if whole (a checked
                # frame's: a length miscounted over an HTTP body whole by its own is copied)
                self.out.cut_at(began)
                where = f"{self.path}@{at.offset}" if first and not at.rest else None
                left = int(getattr(record.raw_stream, "limit", 0) or 0)
                named = where or f"{self.path} ({record_uri(record)})"
                self.skips.record(self.path, named, cut_short_record(left))
                return
            if unchecked:  # no checksum over the frame: its records' own digests, if any
                block_digest_held(record)
        if member is not None:
            trailer = kept.take(kept.end)
            member.write(
                _framed_end(trailer, unchecked, self.last_whole, self.last_end, self.last_uri)
            )
            yield member.end()


def _framed_end(
    trailer: bytes, unchecked: bool, whole: bool, block_end: bytes, uri: str = "?"
) -> bytes:
    """`trailer`, the bytes between a record's stated end and the next record (or its frame's
    end), checked in an lz4 frame without checksums (`framing_held`)."""
    if unchecked:
        framing_held(trailer, whole, block_end, uri)
    return trailer


class _Member:
    """One gzip member written as its record is read: the bytes gzip.compress(record, mtime=0)
    gives."""

    def __init__(self, out: _Written) -> None:
        self.out = out
        self.compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        self.crc = 0
        self.length = 0
        self.last = b""  # the last 4 bytes written
        out.write(_HEADER)

    def write(self, data: bytes) -> None:
        self.out.write(self.compressor.compress(data))
        self.crc = zlib.crc32(data, self.crc)
        self.length += len(data)
        self.last = (self.last + data[-4:])[-4:]

    def end(self) -> tuple[int, int]:
        self.out.write(self.compressor.flush())
        self.out.write(struct.pack("<II", self.crc, self.length & 0xFFFFFFFF))
        return self.out.tell(), self.length


class _Kept:
    """A frame's bytes as warcio reads them, kept from the end of what was last taken; junk
    after a record (`junk_begins`, `past_junk`) is not kept, never written."""

    def __init__(self, stream: FrameStream) -> None:
        self.stream = stream
        self.kept = bytearray()
        self.start = 0  # the frame's offset of kept[0]
        self.before = b""  # what was kept before junk, taken next (a record's blank lines)
        self.in_junk = False

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.kept += data
        if self.in_junk and len(self.kept) > 2 * _JUNK_WINDOW:  # the junk's last bytes only
            cut = len(self.kept) - _JUNK_WINDOW
            del self.kept[:cut]
            self.start += cut
        return data

    def junk_begins(self, at: int) -> None:
        """Junk after a record starts at the frame's offset `at` (JUNK_BEGINS)."""
        self.before = self.take(at)
        self.in_junk = True

    def past_junk(self, end: int) -> None:
        """The junk ended at `end`: dropped, the bytes kept before it taken next."""
        before, self.before = self.before, b""
        self.take(end)
        self.before, self.in_junk = before, False

    @property
    def end(self) -> int:
        return self.start + len(self.kept)

    def line(self, start: int) -> str:
        """The line kept from the frame's offset `start` on."""
        held = bytes(self.kept[max(start - self.start, 0) :]).lstrip()
        return held.split(b"\n", 1)[0].decode("latin-1")

    def take(self, end: int) -> bytes:
        """The bytes kept up to the frame's offset `end`, no longer kept."""
        end = max(end, self.start)
        taken = self.before + bytes(self.kept[: end - self.start])
        del self.kept[: end - self.start]
        self.start, self.before = end, b""
        return taken
