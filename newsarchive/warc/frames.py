"""WARCs compressed frame by frame: lz4 (FastWARC's `.warc.lz4`) and zstd (IIPC's `.warc.zst`).

Both put each record in a frame of its own, as a `.warc.gz` puts each in a
gzip member, so a record can be read from its frame's offset. A `.warc.zst`
may open with a dictionary in a skippable frame (magic 0x184D2A5D, the
dictionary itself zstd-compressed or not) that every later frame needs; other
skippable frames carry no records and are passed over. pywb and WACZ read
neither compression: only the readers that make items (`extract`, `history`)
read these files, through here.
"""

from __future__ import annotations

import importlib
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any, Protocol

from newsarchive.warc.encodings import zstd_module

LZ4_MAGIC = b'\x04"M\x18'
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
DICTIONARY_MAGIC = b"\x5d\x2a\x4d\x18"  # the skippable frame a .warc.zst keeps its dictionary in
_ZSTD_DICTIONARY = b"\x37\xa4\x30\xec"  # a dictionary the zstd trainer made (else raw content)
READ_BLOCK = 1 << 16
PEEK = 512
RECORD_END = b"\r\n\r\n"  # the blank line after a record's block
HEADER_MAX = 1 << 16  # a WARC header a frame ends inside is joined up to this long
# records of any length are joined (`follow_records`): the rest is streamed, never held, so
# a 300 MiB video a writer split is joined too (recompress copies it; extract passes it over
# as over 256 MiB, one line), not named cut short with its rest taken for damage
ANY_LENGTH = 1 << 62


class Decompressor(Protocol):
    """What lz4.frame's and zstd's incremental decompressors share (bz2/lzma's shape)."""

    eof: bool
    needs_input: bool
    unused_data: bytes | None

    def decompress(self, data: bytes, max_length: int = -1) -> bytes: ...


class FrameError(ValueError):
    """A frame that does not decompress (damaged, or not of the codec its magic says)."""


class FrameCut(FrameError):
    """The file ends inside a frame."""


@dataclass(frozen=True)
class Codec:
    """One file's compression: its frames' magic and a maker of fresh decompressors."""

    name: str  # "lz4" or "zstd"
    magic: bytes
    new: Callable[[], Decompressor]
    errors: tuple[type[BaseException], ...]  # what its decompressor raises on bad data


@dataclass(frozen=True)
class Framed:
    """A file found framed: its codec (None: unreadable here, `reason` says why) and the
    offset of its first frame after the dictionary."""

    name: str  # "lz4" or "zstd"
    codec: Codec | None
    first: int
    reason: str = ""


def skippable(head: bytes) -> bool:
    """A skippable frame's magic (0x184D2A50 to 0x184D2A5F), which lz4 and zstd share."""
    return len(head) == 4 and head[1:] == b"\x2a\x4d\x18" and head[0] & 0xF0 == 0x50


def framed(stream: IO[bytes]) -> Framed | None:
    """How `stream` (at offset 0) is framed, or None when it is neither lz4 nor zstd.

    The stream is left where it was.
    """
    start = stream.tell()
    try:
        return _framed(stream, start)
    finally:
        stream.seek(start)


def _framed(stream: IO[bytes], start: int) -> Framed | None:
    offset, dictionary = start, None
    head = stream.read(4)
    while skippable(head):
        size_field = stream.read(4)
        if len(size_field) < 4:
            return Framed("zstd", None, offset, "cut short inside its first (skippable) frame")
        (size,) = struct.unpack("<I", size_field)
        if head == DICTIONARY_MAGIC and offset == start:
            dictionary = stream.read(size)
        offset += 8 + size
        stream.seek(offset)
        head = stream.read(4)
    if head == LZ4_MAGIC:
        return _lz4(offset)
    if head == ZSTD_MAGIC or dictionary is not None:
        return _zstd(offset, dictionary)
    if offset == start:
        return None
    return Framed("zstd", None, offset, "skippable frames, then no lz4 or zstd frame")


def _lz4(first: int) -> Framed:
    try:
        frame = importlib.import_module("lz4.frame")
    except ImportError:
        return Framed(
            "lz4", None, first, "lz4-compressed, and lz4 is not installed (pip install lz4)"
        )
    codec = Codec("lz4", LZ4_MAGIC, frame.LZ4FrameDecompressor, (RuntimeError,))
    return Framed("lz4", codec, first)


def _zstd(first: int, dictionary: bytes | None) -> Framed:
    module = zstd_module()
    if module is None or not hasattr(module, "ZstdDict"):  # `zstandard` has another API
        reason = (
            "zstd-compressed, and neither compression.zstd (Python 3.14) nor backports.zstd "
            "is installed (pip install backports.zstd)"
        )
        return Framed("zstd", None, first, reason)
    errors = (module.ZstdError, ValueError, EOFError)
    if dictionary is None:
        return Framed("zstd", Codec("zstd", ZSTD_MAGIC, module.ZstdDecompressor, errors), first)
    try:
        zstd_dict = _dictionary(module, dictionary)
    except errors as exc:
        return Framed("zstd", None, first, f"zstd dictionary (first frame) unreadable: {exc}")

    def new() -> Decompressor:
        decompressor: Decompressor = module.ZstdDecompressor(zstd_dict=zstd_dict)
        return decompressor

    return Framed("zstd", Codec("zstd", ZSTD_MAGIC, new, errors), first)


def _dictionary(module: Any, content: bytes) -> Any:
    if content.startswith(ZSTD_MAGIC):  # the spec lets the dictionary be compressed itself
        content = module.decompress(content)
    zstd_dict = module.ZstdDict(content, is_raw=not content.startswith(_ZSTD_DICTIONARY))
    # zstd reads a trained dictionary's tables only with a first decompressor: a damaged one
    # raised there, inside the reading of every frame, as a traceback
    module.ZstdDecompressor(zstd_dict=zstd_dict)
    return zstd_dict


class FrameStream:
    """One frame's decompressed bytes, as a file warcio reads (it needs only `read`).

    Reads stop at the frame's end; `finish` reads to it and says where the
    next frame starts. Bad data raises FrameError, a file that ends inside the
    frame FrameCut: neither is taken for the end of the records, as warcio
    takes a gzip member that breaks off.
    """

    def __init__(self, raw: IO[bytes], offset: int, codec: Codec) -> None:
        raw.seek(offset)
        self.raw = raw
        self.offset = offset
        self.frame_offset = offset  # the frame read now (a record's rest: one after `offset`)
        self.codec = codec
        self.position = 0  # decompressed bytes given, over every frame joined
        self.joined = 0  # frames read on into for the rest of a record split over them
        self._decompressor = codec.new()
        self._fed = 0  # compressed bytes of the frame read now handed to the decompressor
        self._peeked = b""  # read by `empty`, given again by `read`
        self._needed = 0  # where the record read now ends, with its blank lines (`needs`)
        self._no_rest = -1  # a `_needed` whose rest the frames after do not hold
        self._longest = 0  # records followed (`follow_records`) up to this length; 0: none
        self._tail = bytearray()  # the last bytes given, for a WARC header a frame ends in

    def empty(self) -> bool:
        """Whether the frame decompresses to no bytes at all (`zstd` or `lz4` of nothing, as
        a writer flushing with nothing to write leaves one): no record, and no damage."""
        self._peeked = self.read(1)
        self.position -= len(self._peeked)
        return not self._peeked

    def needs(self, end: int) -> None:
        """The record being read ends at `end` (its blank lines included): should the frame
        end before, the frames after it are read on into if they hold the rest (`holds_rest`:
        a writer split the record over frames), so that it is read whole, as one record."""
        self._needed = end

    def read(self, size: int = -1) -> bytes:
        out = self._read(size)
        self.position += len(out)
        if self._longest:
            self._tail += out
            if len(self._tail) > 2 * HEADER_MAX:
                del self._tail[: len(self._tail) - HEADER_MAX]
        return out

    def _read(self, size: int) -> bytes:
        out = bytearray(self._peeked[: size if size >= 0 else None])
        self._peeked = self._peeked[len(out) :]
        while size < 0 or len(out) < size:
            if self._decompressor.eof:
                missing = self._needed - self.position - len(out)
                if missing <= 0 and self._longest:  # past the last record: inside a header?
                    missing = self._header_rest(out)
                if not self._read_on(missing):
                    break
                continue
            data = b""
            if self._decompressor.needs_input:
                data = self.raw.read(READ_BLOCK)
                if not data:
                    raise FrameCut(f"the file ends inside the {self.codec.name} frame")
                self._fed += len(data)
            try:
                out += self._decompressor.decompress(data, size - len(out) if size >= 0 else -1)
            except self.codec.errors as exc:
                raise FrameError(f"{self.codec.name} frame does not decompress: {exc}") from exc
        return bytes(out)

    def skip(self, size: int) -> int:
        """Pass over `size` bytes a block at a time (never held whole): how many there were."""
        done = 0
        while done < size and (data := self.read(min(READ_BLOCK, size - done))):
            done += len(data)
        return done

    @property
    def at_end(self) -> bool:
        """Whether the frame's end marker has been read (nothing more comes from it)."""
        return bool(self._decompressor.eof)

    def finish(self) -> int:
        """Read to the frame's end (so its checksum is checked): the next frame's offset."""
        while self.read(READ_BLOCK):
            pass
        return self._next()

    def _next(self) -> int:
        return self.frame_offset + self._fed - len(self._decompressor.unused_data or b"")

    def _header_rest(self, out: bytearray) -> int:
        """The bytes still to come of a record whose WARC header the frame ends inside (0:
        none, or its header's end or length not found in the frames after): its header's
        rest, its block and its blank line."""
        begun_at = self.position - len(self._tail)
        if self._needed < begun_at or self._needed == self._no_rest:
            return 0
        header = (bytes(self._tail[self._needed - begun_at :]) + bytes(out)).lstrip(b"\r\n")
        if not header.startswith(b"WARC/") or RECORD_END in header:
            return 0
        rest = header_end(self.raw, self._next(), self.codec, header)
        length = None if rest is None else content_length(header + rest)
        if rest is None or length is None or length > self._longest:
            self._no_rest = self._needed
            return 0
        return len(rest) + length + len(RECORD_END)

    def _read_on(self, missing: int) -> bool:
        """At the frame's end, `missing` bytes short of the record read now: go on into the
        next frame if the frames from it hold exactly that rest (then True)."""
        if missing <= 0 or self._needed == self._no_rest:
            return False
        following = self._next()
        if not holds_rest(self.raw, following, self.codec, missing):
            self._no_rest = self._needed  # (asked once: warcio reads at an end again)
            return False
        self.raw.seek(following)
        self.frame_offset, self._fed = following, 0
        self._decompressor = self.codec.new()
        self.joined += 1
        return True


def line_start(stream: FrameStream, needle: bytes, before: bytes) -> tuple[int, int]:
    """Where `needle` first begins a line in the rest of `stream`'s frame (`before`: the byte
    read just before), counted from where the stream is (-1: nowhere), and how many bytes
    were read: a block at a time, so time is linear in the bytes and memory bounded."""
    carry, seen = before[-1:], 0
    while data := stream.read(READ_BLOCK):
        window = carry + data
        found = window.find(b"\n" + needle)
        if found >= 0:
            return seen - len(carry) + found + 1, seen + len(data)
        carry = window[-len(needle) :]
        seen += len(data)
    return -1, seen


def header_end(raw: IO[bytes], offset: int, codec: Codec, header: bytes) -> bytes | None:
    """The rest of a WARC header begun with `header`, up to its blank line, from the frames at
    `offset` on (None: not there within HEADER_MAX, or a frame that starts a record or does
    not decompress). The stream is left where it was."""
    at = raw.tell()
    found = bytearray()
    try:
        while len(found) < HEADER_MAX:
            raw.seek(offset)
            if raw.read(4) != codec.magic:
                return None
            stream = FrameStream(raw, offset, codec)
            data = stream.read(HEADER_MAX)
            if data.lstrip().startswith(b"WARC/"):
                return None
            found += data
            end = (header[-3:] + found).find(RECORD_END)
            if end >= 0:
                return bytes(found[: end + len(RECORD_END) - len(header[-3:])])
            offset = stream.finish()
        return None
    except FrameError:
        return None
    finally:
        raw.seek(at)


def content_length(header: bytes) -> int | None:
    """A WARC header's Content-Length (ASCII digits only), or None."""
    for line in header.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            value = value.strip()
            return int(value) if value and value.isascii() and value.isdigit() else None
    return None


def holds_rest(raw: IO[bytes], offset: int, codec: Codec, missing: int) -> bool:
    """Whether the frames from `offset` on are the rest of a record split over frames: its
    `missing` bytes, the last of them its blank line (`\r\n\r\n`), in frames that each
    decompress whole (their checksums checked), the last one holding after the rest nothing,
    blank space or the next record's start. The stream is left where it was. (Anything
    else, as a frame lost in between, is no rest: the record is named cut short.)

    A frame of the rest may begin with `WARC/` (a block that is itself a WARC file, split
    where it begins): the exact count decides, as for any rest. Records after a rest that
    is lost hold exactly its missing bytes, ending in a blank line, only by chance (and a
    record joined so then fails its block digest, named)."""
    at = raw.tell()
    try:
        return _holds_rest(raw, offset, codec, missing)
    except FrameError:  # (and FrameCut) damage: named by the frame's own read
        return False
    finally:
        raw.seek(at)


def _holds_rest(raw: IO[bytes], offset: int, codec: Codec, missing: int) -> bool:
    end = b""
    while True:
        raw.seek(offset)
        if raw.read(4) != codec.magic:
            return False
        stream = FrameStream(raw, offset, codec)
        data = stream.read(PEEK)
        after = b""
        while data:
            part = data[:missing]
            missing -= len(part)
            end = (end + part)[-len(RECORD_END) :]
            if len(after) < PEEK:
                after += data[len(part) :][:PEEK]
            data = stream.read(READ_BLOCK)
        if not missing:
            following = after.lstrip()
            return end == RECORD_END and (not following or following.startswith(b"WARC/"))
        offset = stream._next()


def frame_head(raw: IO[bytes], offset: int, codec: Codec) -> bytes | None:
    """The first decompressed bytes of the frame at `offset` (None: no frame of `codec` there)."""
    raw.seek(offset)
    if raw.read(4) != codec.magic:
        return None
    try:
        return FrameStream(raw, offset, codec).read(PEEK)
    except FrameError:
        return None


def next_frame(raw: IO[bytes], after: int, codec: Codec) -> int | None:
    """Offset of the first frame past `after` that decompresses to the start of a record."""
    position = after
    while True:
        raw.seek(position)
        block = raw.read(READ_BLOCK)
        found = block.find(codec.magic)
        if found < 0:
            if len(block) < READ_BLOCK:
                return None
            position += len(block) - len(codec.magic) + 1
            continue
        head = frame_head(raw, position + found, codec)
        if head is not None and head.lstrip().startswith(b"WARC/"):
            return position + found
        position += found + 1


def follow_records(archive: Any, stream: FrameStream, longest: int) -> None:
    """Have `archive` (a warcio ArchiveIterator reading `stream`, or a reader over it) tell
    `stream` where each WARC record ends (`FrameStream.needs`), once its WARC header is read
    and before its HTTP headers are, so that a record split over frames, in its HTTP headers
    or its block, is read whole. Records over `longest` bytes (`ANY_LENGTH`: none) are
    passed over unread as they are. A WARC header a frame ends inside is joined from the
    bytes before it (`_header_rest`)."""
    stream._longest = longest  # (a WARC header a frame ends inside: joined too)
    loader = archive.loader
    load = loader.load_http_headers

    def ends_known(rec_type: str, uri: str, content: Any, length: int | None) -> object:
        left = getattr(content, "limit", None)
        if length is not None and isinstance(left, int) and length <= longest:
            stream.needs(stream.position - archive.reader.rem_length() + left + len(RECORD_END))
        return load(rec_type, uri, content, length)

    loader.load_http_headers = ends_known
