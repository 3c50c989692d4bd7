"""Where records start: a file's kind (WARC or ARC), a byte order mark, blank space or junk
before or between records (named, read on after), the next record past damage, and which
lines are ARC header lines (version 1 or 2)."""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

from newsarchive.numbers import ascii_digits, header_number
from newsarchive.warc.skips import Skips

# junk at an offset (its size given) -> where it is named and its size there
JunkPlace = Callable[[int, int], tuple[str, int]]


def past(end: int, start: int) -> int:
    """Where to look for the next record once reading from `start` stopped at `end`: never
    before `start` (a damaged gzip member's header, its FEXTRA flag set by a flipped bit,
    gave its record an end before its start, and the same record was read again forever)."""
    return max(end, start)


def past_junk(
    stream: IO[bytes],
    path: Path | str,
    skips: Skips,
    end: int,
    named: bool = False,
    place: JunkPlace | None = None,
) -> tuple[int, int | None]:
    """Where reading stopped at `end`: the bytes left there that are more than blank lines
    (0: none), and the offset of the next record past them (None: none). Junk before a
    record is named (not where it is `named` already: the rest of a record spread over
    gzip members) and the stream set at that record: the records after it are whole.
    The blank lines that end the record before (counted with junk after them) are no junk
    alone: a plain WARC cut inside a record's header named them so (`4 bytes that start no
    record`) beside its cut rest. `place` names the junk where offsets in `stream` are no
    file's (a gzip stream read whole)."""
    left = unread_tail(stream, end)
    following = next_record(stream, end) if left else None
    if following is not None and not named:
        stream.seek(end)
        gap = following - end  # a long one is junk: never read whole
        if gap > 64 or stream.read(gap).strip(b"\r\n"):
            where, size = place(end, gap) if place is not None else (f"{path}@{end}", gap)
            skips.record(path, where, junk(size))
        stream.seek(following)
    return left, following


# An ARC version 2 URL record: URL IP-address Archive-date Content-type Result-code
# Checksum Location Offset Filename Archive-length
_ARC_V2 = r"(\S+ \S+ [0-9]{14} \S+) (?:[0-9]{3}|-) \S+ \S+ (?:[0-9]+|-) \S+ ([0-9]+)\s*"


_ARC_V2_TEXT = re.compile(_ARC_V2)


_BLANKS = re.compile(r"[ \t]+")


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def arc_single_spaced(line: bytes | str) -> bytes | str:
    """An ARC header line with its last four fields set apart by one space each, as warcio
    splits them (from the right, on single spaces: a line a writer padded with runs of
    spaces or tabs was no record, and the file's rest was lost); the URL is kept as it is.
    Other lines as they are."""
    if isinstance(line, bytes):  # latin-1: each byte one character, and back
        return _single_spaced(line.decode("latin-1")).encode("latin-1")
    return _single_spaced(line)


def _single_spaced(line: str) -> str:
    body = line.rstrip(" \t\r\n")
    ending = line[len(body) :].lstrip(" \t")
    fields: list[str] = []
    rest = body
    for _ in range(4):
        cut = max(rest.rfind(" "), rest.rfind("\t"))
        if cut < 0:
            return line
        fields.insert(0, rest[cut + 1 :])
        rest = rest[:cut].rstrip(" \t")
    date, length = fields[1], fields[3]
    if not rest or not (ascii_digits(date) and ascii_digits(length)):
        return line
    spaced = " ".join([rest, *fields])
    return line if spaced == body else spaced + ending


def arc_header_line(line: str) -> bool:
    """Whether `line` can be an ARC version 1 header line: a URL (with its scheme), an address,
    a date of digits, a type and a length, the URL possibly holding spaces (warcio reads the
    fields from the right). Any other line of five words is text, not a record's start."""
    parts = str(arc_single_spaced(line.strip())).rsplit(" ", 4)
    return len(parts) == 5 and bool(_SCHEME.match(parts[0])) and ascii_digits(parts[2])


def arc_v1_line(line: bytes | str) -> bytes | str:
    """An ARC version 2 header line as the version 1 line of the same record (other lines as
    they are): warcio reads only version 1's five fields, so a version 2 record's URL was the
    first six fields joined, its date the file offset (1900) and its type the file name.

    (warcio hands the ARC parser the line decoded when it tried it as WARC first.)
    """
    if isinstance(line, bytes):  # latin-1: each byte one character, and back
        return _v1_line(line.decode("latin-1")).encode("latin-1")
    return _v1_line(line)


def _v1_line(line: str) -> str:
    found = _ARC_V2_TEXT.fullmatch(line)
    if found is not None:
        return " ".join(found.groups()) + line[len(line.rstrip()) :]
    # a writer that padded its fields with runs of blanks (no version 2 URL holds one)
    body = line.rstrip()
    found = _ARC_V2_TEXT.fullmatch(_BLANKS.sub(" ", body.lstrip(" \t")))
    if found is None:
        return line
    return " ".join(found.groups()) + line[len(body) :].lstrip(" \t")


def is_arc(stream: IO[bytes] | gzip.GzipFile) -> bool:
    """An ARC file (not a WARC), told by its first line, gzipped or not."""
    head = peek_head(stream)
    return head is not None and not head.lstrip().startswith(b"WARC/")


def archive_head(stream: IO[bytes]) -> bytes | None:
    """The first bytes (gunzipped) if they start a WARC or ARC record (None: they do not)."""
    head = peek_head(stream)
    if head is None or not (starts_record(head, False) or starts_record(head, True)):
        return None
    return head


def peek_head(stream: IO[bytes] | gzip.GzipFile) -> bytes | None:
    """The first bytes from the stream's position, gunzipped (None: a gzip that is not)."""
    start = stream.tell()
    head = stream.read(512)
    stream.seek(start)
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return None
    return head


def unread_tail(stream: IO[bytes], end: int) -> int:
    """Bytes after offset `end` that are more than blank lines (a record cut short, junk).

    warcio ends its iteration quietly where a gzip member breaks off: this is how
    such a loss is found.
    """
    stream.seek(end)
    tail = stream.read(1 << 16)
    if not tail.strip(b"\r\n\0 "):
        return 0
    stream.seek(0, 2)
    return stream.tell() - end


def padding_after(stream: IO[bytes], end: int) -> int:
    """How many bytes follow offset `end` where all of them are zeros or blank space (a
    block's padding, as tape and block-sized storage leave after a `.warc.gz`), else 0.

    warcio takes such a tail for a gzip member that does not inflate: nothing is lost
    there, so it is only noted, never counted as a file unreadable."""
    stream.seek(end)
    size = 0
    while chunk := stream.read(1 << 20):
        if chunk.strip(b"\r\n\0 "):
            return 0
        size += len(chunk)
    return size


def tail_padding(stream: IO[bytes], at: int) -> int:
    """`padding_after(stream, at)`, the stream's position kept: asked while warcio reads it
    (junk after a record that runs to the file's end is padding where it is zeros or blank
    space alone, as after the last record: noted, not counted)."""
    here = stream.tell()
    try:
        return padding_after(stream, at)
    finally:
        stream.seek(here)


def note_padding(skips: Skips, path: Path | str, end: int, size: int) -> None:
    """Say once, however often the file is read (`index --wacz` reads it twice): `100 bytes
    of padding (zeros, blank space) after its last record: not read`."""
    key = f"padding {path}@{end}"
    if key in skips.noticed:
        return
    skips.noticed.add(key)
    noun = "byte" if size == 1 else "bytes"
    text = f"{size:,} {noun} of padding (zeros, blank space) after its last record: not read"
    skips.notice(path, text)


BOM = b"\xef\xbb\xbf"  # UTF-8's byte order mark


def past_bom(stream: IO[bytes], path: Path | str, skips: Skips) -> None:
    """Past a UTF-8 byte order mark or blank space before a file's first record (an editor
    or a tool added it), named as junk: warcio took the file for no archive at all (a
    gzipped one, or a plain one after spaces). Line ends alone before a plain WARC are
    read as warcio reads them, unsaid (the blank lines that end a record)."""
    start = stream.tell()
    head = stream.read(64)
    lead = lead_length(head)
    if lead and not (head[lead : lead + 5] == b"WARC/" and not head[:lead].strip(b"\r\n")):
        what = "a UTF-8 byte order mark" if head[:lead] == BOM else _lead_words(head[:lead])
        skips.record(path, f"{path}@{start}", junk(lead, what))
        stream.seek(start + lead)
    else:
        stream.seek(start)


_LEAD = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*")


_FIRST = (b"WARC/", b"\x1f\x8b", b"filedesc:")  # a WARC, a gzip member, an ARC file header


def lead_length(head: bytes) -> int:
    """Bytes of a byte order mark and blank space before the first record a file's first
    bytes `head` hold (0: none, or no record after them)."""
    lead = _LEAD.match(head)
    size = lead.end() if lead else 0
    return size if size and head[size:].startswith(_FIRST) else 0


def _lead_words(lead: bytes) -> str:
    said = ["a UTF-8 byte order mark"] if lead.startswith(BOM) else []
    rest = lead.removeprefix(BOM)
    said += ["blank space" if rest.strip(b"\r\n") else "blank lines"] if rest else []
    return " and ".join(said)


def junk(size: int, what: str = "junk, or a damaged record") -> str:
    """A record skip's reason: bytes between two records that start none."""
    return f"{size} bytes that start no record ({what}): read on after them"


_WARC_START = re.compile(rb"(?:^|\n)(WARC/(?:0\.1[78]|1\.[01])\r?\n)")


_LINE = re.compile(rb"\n([^\r\n]{9,4096})\r?\n")


# A WARC line and its header's fields (names with no blank or colon), to the blank line that
# ends it: at most 64 lines of 8,000 bytes, so each try stops within its bounds.
_GLUED_HEADER = re.compile(
    rb"WARC/(?:0\.1[78]|1\.[01])\r?\n((?:[^\s:]{1,100}:[^\r\n]{0,8000}\r?\n){1,64})\r?\n"
)

_WARC_LINE = re.compile(rb"WARC/(?:0\.1[78]|1\.[01])\r?\n")

_SPAN = 1 << 16  # the bytes read at a time, looking for the next record

# how far a block reaches into the next one: a gzip magic, an ARC header line or a glued
# record's whole header across the blocks' border is read whole in one of them
_BORDER = 16384


def _glued_warc_start(stream: IO[bytes], position: int, block: bytes, before: int) -> int | None:
    """Offset in `block` (read at `position`), before `before`, of a WARC line glued to the
    junk ahead of it (no line end between: `...junkWARC/1.0`) that starts a whole record:
    a header with a type and a length, whose length ends where a record or the file's end
    follows. Only a line start was looked for: the record after such junk was named as junk
    too. A header quoted in a page (`<pre>WARC/1.0`, in a damaged record's body) starts
    none: its length ends inside the page. -1: one whose header runs past the block, read
    in the next one."""
    full = len(block) >= _SPAN
    for match in _WARC_LINE.finditer(block, 1, before):
        start = match.start()
        if block[start - 1 : start] == b"\n":
            continue  # a line start: `_WARC_START`'s
        header = _GLUED_HEADER.match(block, start)
        if header is None:
            if full and start > len(block) - _BORDER // 2:
                return -1
            continue
        if _whole_record(stream, position + start, header):
            return start
    return None


def _whole_record(stream: IO[bytes], offset: int, header: re.Match[bytes]) -> bool:
    """Whether the header `header` (at `offset` in `stream`) names a type and a length that
    ends where another record or the file's end follows."""
    fields: dict[bytes, bytes] = {}
    for line in header.group(1).splitlines():
        name, _, value = line.partition(b":")
        fields.setdefault(name.lower(), value)
    length = header_number(fields.get(b"content-length"))
    if b"warc-type" not in fields or length is None or length >= 1 << 62:
        return False  # (40 digits: no offset at all)
    stream.seek(offset + header.end() - header.start() + length)
    after = stream.read(64)  # its own blank lines, exactly there (not one byte into them)
    rest = after.lstrip(b"\r\n")
    own = after.startswith(b"\r\n\r\n") or after.startswith(b"\n\n")
    return own and (not rest or rest.startswith(b"WARC/"))


def next_record(stream: IO[bytes], after: int) -> int | None:
    """Offset of the first record past `after` that the reader can start at: a gzip member
    that decompresses to a WARC header (an ARC header line in an ARC file) in a gzipped file,
    a WARC line (an ARC header line) in a plain one.

    Where reading stopped at junk (a copy gone wrong, a damaged member), the records
    after it are still whole: each gzip member, and each plain record, stands alone.
    """
    stream.seek(0)
    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(0)
    arc = is_arc(stream)
    position = after + 1
    while True:
        stream.seek(position)
        block = stream.read(_SPAN)
        if len(block) < 8:
            return None
        if gzipped:
            found = block.find(b"\x1f\x8b\x08")
            start = position + found
            if found >= 0:
                stream.seek(start)
                head = peek_head(stream)
                if head is not None and starts_record(head, arc):
                    return start
                position = start + 1
                continue
        else:
            at = _record_start(block, arc)
            if not arc:
                glued = _glued_warc_start(stream, position, block, len(block) if at is None else at)
                at = at if glued is None else None if glued < 0 else glued
            if at is not None:
                return position + at
        if len(block) < _SPAN:
            return None
        position += len(block) - _BORDER


def record_at(stream: IO[bytes], at: int) -> bool:
    """Whether a record (WARC or ARC, gzipped or not) starts at offset `at`."""
    stream.seek(at)
    head = peek_head(stream)
    return head is not None and (starts_record(head, False) or starts_record(head, True))


def starts_record(head: bytes, arc: bool) -> bool:
    """Whether decompressed bytes begin with a record's header (of the file's kind), past
    blank lines (the end of the record before it, written into this member: warcio reads
    them as such)."""
    head = head.lstrip(b"\r\n")
    if not arc:
        return head.startswith(b"WARC/")
    line = head.split(b"\n", 1)[0]
    return arc_header_line(str(arc_v1_line(line.decode("latin-1"))))


def arc_record_start(block: bytes) -> int | None:
    """Offset in `block` of the first line past its first that starts an ARC record."""
    return _record_start(block, True)


def _record_start(block: bytes, arc: bool) -> int | None:
    """Offset in `block` (past its first byte) of a line that starts a record, if any."""
    if not arc:
        match = _WARC_START.search(block, 1)
        return match.start(1) if match is not None else None
    for match in _LINE.finditer(block):
        text = match.group(1).decode("latin-1")
        if arc_header_line(str(arc_v1_line(text))):
            return match.start(1)
    return None


def cut_short(left: int) -> str:
    return f"{left} bytes after the last whole record could not be read (cut short or damaged)"
