"""lz4 frames without checksums (FastWARC writes none), checked by their records.

Such a frame decompresses damaged bytes into others (a flipped byte of a block stored as it
is), so its records are all that tells damage: a `WARC-Block-Digest` that fails, or a
`Content-Length` not followed by exactly its blank lines. `recompress` and the readers of
`extract` and `history` ask the same (`record_held`); what fails raises RecordFailed (an
ArchiveLoadFailed), and the frame is named as one that does not decompress from that record
on (`FILE@OFFSET: record skipped: lz4 frame unreadable ...`), counted; the records before it
in the frame, which passed the same checks, are kept.
"""

from __future__ import annotations

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsarchive.numbers import header_number
from newsarchive.warc.frames import FrameStream

# bytes of a frame kept behind what warcio has read: a record's end and the blank lines after
# it are within its reader's block (16 KiB) of where it stands once the next record is found
TAIL = 1 << 18


def lz4_unchecked(stream: FrameStream) -> bool:
    """Whether `stream` is an lz4 frame with neither a content nor a block checksum (FLG bits
    2 and 4), which its decompressor would check."""
    if stream.codec.name != "lz4":
        return False
    raw = stream.raw
    at = raw.tell()
    try:
        raw.seek(stream.offset + 4)
        flags = raw.read(1)
    finally:
        raw.seek(at)
    return not (flags and flags[0] & 0x14)


class RecordFailed(ArchiveLoadFailed):  # type: ignore[misc]  # warcio has no types
    """A record of an unchecked frame that fails its checks (`uri`: its WARC-Target-URI):
    the records before it in the frame passed theirs, and are kept."""

    def __init__(self, reason: str, uri: str) -> None:
        super().__init__(reason)
        self.uri = uri


def _uri(record: ArcWarcRecord) -> str:
    return str(record.rec_headers.get_header("WARC-Target-URI") or "?")


def block_digest_held(record: ArcWarcRecord) -> None:
    """Raise ArchiveLoadFailed if the record, read to its end with digests checked, fails its
    WARC-Block-Digest. Its payload digest is not asked: tools compute it over different bytes
    (chunked or not), the block digest over the block."""
    checker = getattr(record, "digest_checker", None)
    for problem in getattr(checker, "problems", None) or ():
        if str(problem).startswith("block digest failed"):
            raise RecordFailed(f"{problem} (the frame has no checksum of its own)", _uri(record))


# what is left of a record's `\r\n\r\n` once its length grew by 1, 2 or 3 bytes
_LEFT = (b"\n\r\n", b"\r\n", b"\n")


def framing_held(trailer: bytes, whole: bool, block_end: bytes = b"", uri: str = "?") -> None:
    """Raise ArchiveLoadFailed unless the record held all its stated bytes (`whole`) and
    `trailer`, the bytes between its stated end and the next record (or its frame's end), is
    its blank lines: a Content-Length changed made only a "read on" notice, exit 0.
    `block_end`: the last bytes (up to 4) of the record's block. A length grown by 1 to 3
    bytes took the first of its `\r\n\r\n` into the block, and blank lines are left: the
    rest of them, which the block's end makes `\r\n\r\n` again. Blank lines of another form
    (one CRLF after an empty block, `\r\r\n`, a body's last LF left after its length, as
    some writers' samples have them, which a plain file is read with without a word) are no
    damage."""
    blank = not trailer.strip(b"\r\n")
    taken = trailer in _LEFT and (block_end[-4:] + trailer).endswith(b"\r\n\r\n")
    if not (whole and blank) or taken:
        raise RecordFailed(
            "a record's Content-Length does not end it (the frame has no checksum of its own)",
            uri,
        )


def record_held(record: ArcWarcRecord, trailer: bytes, whole: bool, block_end: bytes) -> None:
    """Both checks of a record of an unchecked frame, read to its end."""
    block_digest_held(record)
    framing_held(trailer, whole, block_end, _uri(record))


def read_whole(record: ArcWarcRecord) -> bool:
    """Whether the record, read to its end, held all the bytes its Content-Length states."""
    length = record.rec_headers.get_header("Content-Length") or ""
    left = int(getattr(record.raw_stream, "limit", 0) or 0)
    return header_number(length) is not None and not left


class RecordEnds:
    """An unchecked lz4 frame's bytes as warcio reads them (`read`, `tell`), with the last
    `TAIL` of them kept, so that each record's trailer is checked (`ended`) without its
    record being held whole (a record may be 256 MiB)."""

    def __init__(self, stream: FrameStream) -> None:
        self.stream = stream
        self.position = 0  # bytes of the frame read
        self.tail = bytearray()
        self.tail_start = 0  # the frame's offset of tail[0]
        self.content_end = 0  # where the record begun last states its end
        self.block_start = 0  # and where its block starts
        # junk after that record, named as such: (its trailer before the junk, the junk's start
        # and end); its trailer is what is around the junk (`junk_begins`, `junk_passed`)
        self.junk: tuple[bytes, int, int] | None = None

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.position += len(data)
        self.tail += data
        if len(self.tail) > 2 * TAIL:
            cut = len(self.tail) - TAIL
            del self.tail[:cut]
            self.tail_start += cut
        return data

    def tell(self) -> int:
        return self.position

    def begun(self, archive: ArchiveIterator, record: ArcWarcRecord) -> None:
        """`record`, just given by `archive`: where its Content-Length ends it, and where its
        block starts."""
        left = int(getattr(record.raw_stream, "limit", 0) or 0)
        self.content_end = archive.fh.tell() - archive.reader.rem_length() + left
        length = header_number(record.rec_headers.get_header("Content-Length") or "")
        self.block_start = self.content_end - (length or 0)

    def junk_begins(self, at: int) -> None:
        """Junk after the record begun last starts at `at` (warcio_patches.JUNK_BEGINS)."""
        start = self.content_end - self.tail_start
        before = bytes(self.tail[start : at - self.tail_start]) if start >= 0 else b"\0"
        self.junk = (before, at, at)

    def junk_passed(self, at: int, size: int) -> None:
        """The junk from `at` is `size` bytes long."""
        if self.junk is not None and self.junk[1] == at:
            self.junk = (self.junk[0], at, at + size)

    def cut_at_end(self, record: ArcWarcRecord) -> bool:
        """Whether `record` (read to its end) is short of its Content-Length because the
        frame ended inside it: the frame's last record, cut, not a length that damage grew
        over the records after it (there are none). It is named and skipped (`cut short`),
        not taken for the frame's damage, which lost the records before it too."""
        return not read_whole(record) and self.stream.at_end

    def ended(self, archive: ArchiveIterator, record: ArcWarcRecord) -> None:
        """Raise ArchiveLoadFailed unless `record` (read to its end, the next record found)
        passes `record_held`."""
        archive.read_to_end()  # (done already where its length was asked: then a no-op)
        if self.cut_at_end(record):
            return  # the caller names it cut short; the records before it stand
        start, end = self.content_end, archive.offset
        junk, self.junk = self.junk, None
        trailer: bytes
        if junk is not None and start <= junk[1] <= junk[2] <= end:  # around the junk (named)
            before, _, after = junk
            trailer = before + self.tail[max(after - self.tail_start, 0) : end - self.tail_start]
        elif start < self.tail_start:
            trailer = b"\0"
        else:
            trailer = bytes(self.tail[start - self.tail_start : end - self.tail_start])
        first = max(start - 4, self.block_start)
        block_end = (
            b""
            if first < self.tail_start
            else self.tail[first - self.tail_start : start - self.tail_start]
        )
        record_held(record, bytes(trailer), read_whole(record), bytes(block_end))
