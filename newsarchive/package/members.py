"""The whole gzip members of a file whose gzip stream breaks, for a WACZ.

A WACZ is validated (py-wacz, frictionless) by reading each `.gz` file in its archive
through Python's gzip: a file cut inside a member, or with a damaged member, fails it,
and with it the whole package. Such a file goes into the package as a copy of its
members that decompress whole, each one's bytes as written (a record a member in the
files replay tools read: every readable record keeps its bytes); only the broken
stretches are left out, counted.
"""

from __future__ import annotations

import gzip
import mmap
import zlib
from dataclasses import dataclass
from pathlib import Path

from newsarchive.exitcodes import copy_failed

Buffer = bytes | mmap.mmap

_MAGIC = b"\x1f\x8b\x08"
_BLOCK = 1 << 20


def gzip_reads_whole(path: Path) -> bool:
    """Whether a WACZ validator reads `path` to its end (not named `.gz`: it is not
    decompressed there, so yes)."""
    if not path.name.lower().endswith(".gz"):
        return True
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(_BLOCK):
                pass
    except (OSError, EOFError, zlib.error):
        return False
    return True


@dataclass(frozen=True)
class Kept:
    members: int  # whole members copied
    left_out: int  # bytes of the file not copied (broken members, junk)
    first_left_out: int | None  # offset of the first byte not copied


def copy_whole_members(path: Path, output: Path) -> Kept:
    """`output`: the members of `path` that decompress whole, in order, bytes unchanged."""
    with path.open("rb") as stream:
        if path.stat().st_size == 0:
            output.write_bytes(b"")
            return Kept(0, 0, None)
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:  # not all in memory
            try:  # only `output` is opened and written here (`data` is mapped)
                return _copy(data, output)
            except OSError as exc:  # "No space left on device" named no file, or one gone
                raise copy_failed(exc, f"the copy of {path}'s whole gzip members", output) from None


def _copy(data: Buffer, output: Path) -> Kept:
    members = left_out = 0
    first: int | None = None
    at = 0
    with output.open("wb") as out:
        while at < len(data):
            end = _member_end(data, at)
            if end is None:  # broken here: on at the next member that decompresses whole
                following = _next_member(data, at + 1)
                stop = len(data) if following is None else following
                if data[at:stop].strip(b"\0"):  # a block's zero padding is no loss
                    left_out += stop - at
                    first = at if first is None else first
                at = stop
                continue
            out.write(data[at:end])
            members += 1
            at = end
    return Kept(members, left_out, first)


def _member_end(data: Buffer, at: int) -> int | None:
    """Where the gzip member at `at` ends, if one starts there and decompresses whole."""
    if data[at : at + len(_MAGIC)] != _MAGIC:
        return None
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        position = at
        while not inflate.eof and position < len(data):
            inflate.decompress(data[position : position + _BLOCK], _BLOCK)
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, _BLOCK)
            position += _BLOCK
    except zlib.error:
        return None
    if not inflate.eof:
        return None
    return min(position, len(data)) - len(inflate.unused_data)


def _next_member(data: Buffer, start: int) -> int | None:
    at = data.find(_MAGIC, start)
    while at != -1:
        if _member_end(data, at) is not None:
            return at
        at = data.find(_MAGIC, at + 1)
    return None
