"""Records split in segments (WARC-Segment-Number), joined: within a file as its continuation
records come (`Joining`), across a batch's files once all were read (`Segments`); the bytes
held meanwhile in a spool of bounded memory (`_Spool`)."""

from __future__ import annotations

import fcntl
import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, cast

from warcio.recordloader import ArcWarcRecord

from newsarchive.exitcodes import scratch_failed
from newsarchive.numbers import header_number
from newsarchive.warc import record_checks
from newsarchive.warc.reads import Read, unframed
from newsarchive.warc.skips import Skips
from newsarchive.warc.spoolfiles import new_spool_file


class Joining:
    """The segments of records split in segments (WARC-Segment-Number), joined as they come:
    a first segment waits for its continuation records in its file, then the record is
    given whole; one whose segments do not all come is named, or, in a batch (`Segments`),
    held with the continuations whose first is not in their file, for the batch's end.
    Held segments go to a `_Spool` (the batch's, or this file's own): bounded memory."""

    def __init__(self, path: Path, skips: Skips, batch: Segments | None = None) -> None:
        self.path = path
        self.skips = skips
        self.pending: dict[str, tuple[Read, list[_Piece], int]] = {}  # origin id: first, parts
        self.batch = batch
        self.spool = batch.spool if batch is not None else _Spool()

    def wants(self, record: ArcWarcRecord) -> bool:
        """Whether `record` (a continuation) continues a first segment read."""
        return _origin(record) in self.pending

    def seen(self, record: ArcWarcRecord) -> None:
        """Note a first segment, read or not: its continuations in other files are its."""
        if self.batch is not None and _segment_number(record) == "1":
            self.batch.seen.add(str(record.rec_headers.get_header("WARC-Record-ID")).strip())

    def holds(self, record: ArcWarcRecord) -> bool:
        """Whether `record` (a continuation whose first is not pending here) is held for the
        batch's end: its first may be in another file (not one passed over unread)."""
        batch = self.batch
        origin = _origin(record)
        return batch is not None and (origin in batch.firsts or origin not in batch.seen)

    def hold(self, record: ArcWarcRecord, raw: bytes, problem: str | None, where: str) -> None:
        assert self.batch is not None
        number = _segment_number(record)
        total = record.rec_headers.get_header("WARC-Segment-Total-Length")
        parts = self.batch.rest.setdefault(_origin(record), {})
        key = header_number(number) or 0  # not "²", nor Arabic-Indic digits
        if key in parts:  # a segment given twice: the last kept
            self.spool.drop([parts[key].piece])
        piece = self.spool.put(raw if problem is None else b"")  # a damaged one is not joined
        parts[key] = _Held(piece, total is not None, problem, self.path, where, total)

    def begin(self, first: Read, raw: bytes) -> None:
        number = (first.record.rec_headers.get_header("WARC-Segment-Number") or "").strip()
        record_id = first.record.rec_headers.get_header("WARC-Record-ID") or ""
        if number != "1" or not record_id:
            self.skips.record(self.path, first.where, f"segment {number} without its first")
            return
        # its payload is made again from all the parts once joined
        held = replace(first, payload=b"")
        self.pending[record_id.strip()] = (held, [self.spool.put(raw)], len(raw))

    def add(self, record: ArcWarcRecord, raw: bytes, problem: str | None = None) -> Read | None:
        """`record` (a continuation of a pending record) added; the record, if now whole."""
        origin = _origin(record)
        first, parts, size = self.pending.pop(origin)
        number = (record.rec_headers.get_header("WARC-Segment-Number") or "").strip()
        if problem is None and number != str(len(parts) + 1):
            problem = f"segment {number or '?'} came where segment {len(parts) + 1} was due"
        if problem is None and size + len(raw) > record_checks.MAX_RECORD_BYTES:
            problem = f"its segments are over the {record_checks.MAX_RECORD_BYTES:,} bytes read"
        if problem is not None:
            self.spool.drop(parts)
            self.skips.record(self.path, first.where, f"segment {number}: {problem}")
            return None
        parts.append(self.spool.put(raw))
        total = record.rec_headers.get_header("WARC-Segment-Total-Length")
        if total is None:
            self.pending[origin] = (first, parts, size + len(raw))
            return None
        wrong = total_length_problem(first, parts, total)
        if wrong is not None:
            self.spool.drop(parts)
            self.skips.record(self.path, first.where, wrong)
            return None
        joined = self.spool.take(parts)
        return replace(first, payload=unframed(first.record, joined))

    def unjoined(self) -> None:
        """Name the records whose segments did not all come (in a batch: hold them for its
        end, when the other files were read)."""
        if self.batch is not None:
            for origin, (first, parts, _) in self.pending.items():
                self.batch.firsts[origin] = (first, parts)
            self.pending.clear()
            return
        for first, parts, _ in self.pending.values():
            reason = (
                f"segment 1 of a record split in segments (WARC-Segment-Number): "
                f"{len(parts)} of its segments read, the others not in this file "
                "(segments are joined only within a file)"
            )
            self.skips.record(self.path, first.where, reason)
        self.pending.clear()
        self.spool.close()


def _origin(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Segment-Origin-ID") or "").strip()


def _segment_number(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Segment-Number") or "").strip()


# Segments held for joining are kept in memory up to this many bytes in all (per reader or
# worker), the rest in a temporary file: an archive of continuation records whose first
# segment never comes took its size in memory (2 GiB of them: 2.1 GB peak RSS).
SPOOL_MEMORY = 32 << 20


@dataclass(frozen=True)
class _Piece:
    """One segment's bytes as held: in memory (`data`), or at `at` in its spool's file."""

    size: int
    data: bytes | None = None
    at: int = 0


class _Spool:
    """Where the segments held for joining are kept: memory up to `SPOOL_MEMORY` bytes, then
    a temporary file (deleted once closed, or with this object). A worker hands its spool
    to the parent pickled (`hand_over`): the file is then the parent's to read and delete."""

    def __init__(self, memory: int | None = None) -> None:
        self.memory = SPOOL_MEMORY if memory is None else memory
        self.in_memory = 0
        self.path: str | None = None
        self._file: IO[bytes] | None = None
        self._remove: weakref.finalize[[IO[bytes], str], _Spool] | None = None

    def put(self, raw: bytes) -> _Piece:
        if self.in_memory + len(raw) <= self.memory:
            self.in_memory += len(raw)
            return _Piece(len(raw), raw)
        try:
            stream = self._open()
            at = stream.seek(0, os.SEEK_END)
            stream.write(raw)
        except OSError as exc:  # the temporary folder, not the archive read
            where = self.path or tempfile.gettempdir()
            raise scratch_failed(exc, "the segments held for joining", where) from exc
        return _Piece(len(raw), None, at)

    def get(self, piece: _Piece) -> bytes:
        if piece.data is not None:
            return piece.data
        stream = self._open()
        stream.seek(piece.at)
        return stream.read(piece.size)

    def take(self, pieces: list[_Piece]) -> bytes:
        """The pieces' bytes joined; they are then no longer held."""
        joined = b"".join(self.get(piece) for piece in pieces)
        self.drop(pieces)
        return joined

    def drop(self, pieces: Iterable[_Piece]) -> None:
        self.in_memory -= sum(piece.size for piece in pieces if piece.data is not None)

    def _open(self) -> IO[bytes]:
        if self._file is None:
            if self.path is None:
                handle, self.path = new_spool_file()  # named after its run (spoolfiles)
                self._file = os.fdopen(handle, "w+b")
            else:  # handed over by a worker
                self._file = open(self.path, "r+b")  # noqa: SIM115 (closed in close())
                fcntl.flock(self._file.fileno(), fcntl.LOCK_SH)  # live: held (spoolfiles)
            self._remove = weakref.finalize(self, _remove_spool, self._file, self.path)
        return self._file

    def close(self) -> None:
        """The file closed and deleted; what is in memory let go."""
        if self._remove is not None:
            self._remove()
        self._file, self._remove, self.path, self.in_memory = None, None, None, 0

    def hand_over(self) -> _Spool:
        """This spool as a worker hands it back: its file left for the parent to delete."""
        if self._file is not None:
            self._file.flush()
        if self._remove is not None:
            self._remove.detach()
        self._remove = None
        return self

    def __getstate__(self) -> dict[str, object]:
        if self._file is not None:
            self._file.flush()
        return {"memory": self.memory, "in_memory": self.in_memory, "path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(cast(int, state["memory"]))  # type: ignore[misc]
        self.in_memory = cast(int, state["in_memory"])
        self.path = cast("str | None", state["path"])
        if self.path is not None:
            self._open()  # deleted with this spool from now on


def _remove_spool(stream: IO[bytes], path: str) -> None:
    stream.close()
    if os.path.exists(path):
        os.unlink(path)


@dataclass(frozen=True)
class _Held:
    """A continuation record held until a batch's end."""

    piece: _Piece
    last: bool  # it has WARC-Segment-Total-Length
    problem: str | None
    path: Path
    where: str
    total: str | None = None  # its WARC-Segment-Total-Length


@dataclass
class Segments:
    """Records split in segments across the files of a batch (a crawler that started a new
    file in the middle of a record): first segments whose continuations were not all in
    their file, and continuations whose first was not in theirs, joined once every file
    was read (`joined`). The reader of a batch owns one and hands it to `read_archive`."""

    firsts: dict[str, tuple[Read, list[_Piece]]] = field(default_factory=dict)  # origin id:
    rest: dict[str, dict[int, _Held]] = field(default_factory=dict)  # origin id: number:
    seen: set[str] = field(default_factory=set)  # ids of first segments, read or passed over
    spool: _Spool = field(default_factory=_Spool)  # the bytes of the segments held

    def joined(self, skips: Skips) -> Iterator[Read]:
        """The records whose segments all came, whole; the others named in `skips`."""
        try:
            for origin, (first, parts) in self.firsts.items():
                held = self.rest.pop(origin, {})
                joined = _join(first, parts, held, skips, self.spool)
                if joined is not None:
                    yield joined
            for origin, held in self.rest.items():
                if origin in self.seen:  # its first was passed over unread, or named
                    continue
                for number, one in sorted(held.items()):
                    skips.record(one.path, one.where, orphan_reason(number))
        finally:
            self.close()

    def close(self) -> None:
        """Let go of what is held (its temporary file deleted)."""
        self.firsts.clear()
        self.rest.clear()
        self.spool.close()

    def portable(self) -> Segments:
        """These segments as a worker process can hand them back (no open streams)."""
        firsts = {
            origin: (replace(first, record=_headers_only(first.record)), parts)
            for origin, (first, parts) in self.firsts.items()
        }
        return Segments(firsts, dict(self.rest), set(self.seen), self.spool.hand_over())

    def merge(self, other: Segments) -> None:
        """Add what another reader of the batch (a worker's shard) held, into this spool."""
        spool, theirs = self.spool, other.spool

        def moved(piece: _Piece) -> _Piece:
            return spool.put(theirs.get(piece))

        for origin, (first, parts) in other.firsts.items():
            self.firsts[origin] = (first, [moved(piece) for piece in parts])
        for origin, held in other.rest.items():
            mine = self.rest.setdefault(origin, {})
            for number, one in held.items():
                mine[number] = replace(one, piece=moved(one.piece))
        self.seen |= other.seen
        theirs.close()

    def __bool__(self) -> bool:
        return bool(self.firsts or self.rest or self.seen)


def _headers_only(record: ArcWarcRecord) -> ArcWarcRecord:
    """`record` without its stream (read already): what a joined record is built from."""
    return ArcWarcRecord(
        record.format, record.rec_type, record.rec_headers, None, record.http_headers,
        record.content_type, record.length,
    )  # fmt: skip


def _join(
    first: Read, parts: list[_Piece], held: dict[int, _Held], skips: Skips, spool: _Spool
) -> Read | None:
    """`first` with its `parts` read after it in its file and the segments `held` from the
    others, joined (None: named, a segment missing or damaged)."""
    parts = list(parts)
    size = sum(piece.size for piece in parts)
    try:
        while True:
            number = len(parts) + 1
            one = held.pop(number, None)
            if one is None:
                reason = (
                    f"segment 1 of a record split in segments (WARC-Segment-Number): "
                    f"{len(parts)} of its segments read, segment {number} in none of the "
                    "files given"
                )
                skips.record(first.path, first.where, reason)
                return None
            parts.append(one.piece)
            problem = one.problem
            if problem is None and size + one.piece.size > record_checks.MAX_RECORD_BYTES:
                problem = f"its segments are over the {record_checks.MAX_RECORD_BYTES:,} bytes read"
            if problem is not None:
                skips.record(first.path, first.where, f"segment {number} ({one.where}): {problem}")
                return None
            size += one.piece.size
            if one.last:
                wrong = total_length_problem(first, parts, one.total or "")
                if wrong is not None:
                    skips.record(first.path, first.where, wrong)
                    return None
                joined = spool.take(parts)
                parts = []
                return replace(first, payload=unframed(first.record, joined))
    finally:
        spool.drop([*parts, *(one.piece for one in held.values())])


def orphan_reason(number: int | str) -> str:
    """Why a continuation record whose first segment is in none of the files read is left out
    (`extract`, `history`, `index` and `replay` name it alike)."""
    return (
        f"segment {number} of a record split in segments, whose first segment is in none of "
        "the files given"
    )


def total_length_problem(first: Read, parts: list[_Piece], total: str) -> str | None:
    """Why the segments of `first` (`parts`: its own payload, then each continuation's block)
    do not make the record its last segment's WARC-Segment-Total-Length declares (None: they
    do). The total counts each segment's whole block: the first's with its HTTP headers."""
    declared = first.record.rec_headers.get_header("Content-Length") or ""
    held = (header_number(declared) or 0) + sum(piece.size for piece in parts[1:])
    number = header_number(total)  # not '²' or '①': digits to isdigit, not int
    if number == held:
        return None
    said = f"{number:,}" if number is not None else repr(total.strip()[:40])
    return (
        f"its segments hold {held:,} bytes, its WARC-Segment-Total-Length says {said}: "
        "a segment missing or damaged, not joined"
    )
