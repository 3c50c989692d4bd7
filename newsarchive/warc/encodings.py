"""Undoing the content codings of an archived HTTP body (br, zstd, gzip, deflate, stacks).

Archives keep bodies as the server sent them. warcio 1.8.1 cannot decode them
all (its brotli path breaks with brotli 1.2, it has no zstd), so readers of
this project decode here, from the bytes warcio gives with no decoding.
"""

from __future__ import annotations

import importlib
import zlib
from collections.abc import Callable
from io import BytesIO
from types import ModuleType

import brotli
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader

IDENTITY = ("identity", "none", "")
# Markup where a compressed body should start: the body was stored decoded
# under a stale Content-Encoding header (some tools do that).
_MARKUP_START = (b"<", b"\xef\xbb\xbf<")


class ContentDecodingError(ValueError):
    """A body that its Content-Encoding does not describe, or a coding we cannot undo."""


class EndsEarly(ValueError):
    """A coded stream whose bytes decode but stop before its end marker (a cut body):
    `decoded` is what they gave."""

    def __init__(self, coding: str, decoded: bytes) -> None:
        super().__init__(f"{coding} stream ends early")
        self.decoded = decoded


def codings(header: str | None) -> list[str]:
    """The codings of a Content-Encoding header, in the order they were applied."""
    names = [part.strip().lower() for part in (header or "").split(",")]
    return [name for name in names if name not in IDENTITY]


def decode_body(body: bytes, content_encoding: str | None, cut: bool = False) -> bytes:
    """`body` with every coding of `content_encoding` undone, last applied first.

    A stream that stops before its end marker (gzip, deflate raw or zlib-wrapped, br,
    zstd) is not valid (`... stream ends early`), as the crawl counts it undecodable;
    with `cut` (the record says its body was stored cut, `WARC-Truncated: length`) what
    its bytes decode to is given instead, as the page's stored part."""
    applied = codings(content_encoding)
    for depth, coding in enumerate(reversed(applied)):
        decoder = DECODERS.get(coding)
        if decoder is None:
            if depth == 0 and body.lstrip().startswith(_MARKUP_START):
                return body  # a name that is no coding ("utf-8"): Scrapy, browsers pass it
            raise ContentDecodingError(f"Content-Encoding {coding!r} is not supported")
        try:
            body = decoder(body)
        except ContentDecodingError:
            raise
        except EndsEarly as exc:
            if not cut or not exc.decoded:  # (stored cut: nothing of it decodes, no page)
                raise ContentDecodingError(f"not valid {coding} data: {exc}") from exc
            body = exc.decoded
        except Exception as exc:
            if depth == 0 and body.lstrip().startswith(_MARKUP_START):
                return body  # stored decoded, header kept: nothing to undo
            raise ContentDecodingError(f"not valid {coding} data: {exc}") from exc
    return body


def dechunk(body: bytes) -> bytes:
    """A body archived with its chunked framing, unframed (warcio keeps it when not chunked)."""
    return bytes(ChunkedDataReader(BytesIO(body)).read())


def _gzip(body: bytes) -> bytes:
    """All gzip members (a server may concatenate several)."""
    out: list[bytes] = []
    size = 0
    while body:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out.append(decompressor.decompress(body, _room(size)))
        size = _within(size + len(out[-1]), "gzip")
        if not decompressor.eof:
            raise EndsEarly("gzip", b"".join(out))
        body = decompressor.unused_data.lstrip(b"\0")
        if not body.startswith(b"\x1f\x8b"):
            break  # padding or junk after the last member, as browsers ignore it
    return b"".join(out)


def _deflate(body: bytes) -> bytes:
    """zlib-wrapped deflate as RFC 9110 says, or raw deflate as many servers send. A zlib
    stream cut before its last block ends early, as a cut gzip does: read again as raw
    deflate, it was named by the error of that reading ("invalid stored block lengths")."""
    try:
        return _inflate(body, zlib.MAX_WBITS)
    except EndsEarly:
        if zlib_header(body):
            raise
        return _inflate(body, -zlib.MAX_WBITS)
    except zlib.error:
        return _inflate(body, -zlib.MAX_WBITS)


def zlib_header(body: bytes) -> bool:
    """Whether `body` starts with a zlib header (RFC 1950) of deflate with no preset
    dictionary (raw deflate may start so too: tried as zlib first)."""
    if len(body) < 2:
        return False
    method, flags = body[0], body[1]
    return (
        method & 0x0F == 8
        and method >> 4 <= 7
        and not flags & 0x20
        and (method << 8 | flags) % 31 == 0
    )


def _inflate(body: bytes, wbits: int) -> bytes:
    decompressor = zlib.decompressobj(wbits)
    out = decompressor.decompress(body, _room(0))
    _within(len(out), "deflate")
    if not decompressor.eof:
        raise EndsEarly("deflate", out)
    return out


def _brotli(body: bytes) -> bytes:
    decoder = brotli.Decompressor()
    out = bytearray(decoder.process(body, output_buffer_limit=_room(0)))
    _within(len(out), "br")
    while not decoder.can_accept_more_data():  # output held back at the limit
        out += decoder.process(b"", output_buffer_limit=_room(len(out)))
        _within(len(out), "br")
    if not decoder.is_finished():
        raise EndsEarly("br", bytes(out))
    return bytes(out)


# A body that decodes to more than this is named, not decoded: a 2 MB gzip body in a
# WARC decoded to 2 GiB of page took 4.2 GB and 17 s in `extract`.
MAX_DECODED = 256 << 20


def _room(size: int) -> int:
    """What a decoder may give after `size` bytes: one byte past the limit, to see it passed."""
    return MAX_DECODED + 1 - size


def _within(size: int, coding: str) -> int:
    if size > MAX_DECODED:
        raise ContentDecodingError(f"{coding} body decodes to over {MAX_DECODED:,} bytes")
    return size


def zstd_module() -> ModuleType | None:
    """Python's own zstd (3.14), its backport (which Scrapy installs), or `zstandard`."""
    for name in ("compression.zstd", "backports.zstd", "zstandard"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


def _zstd(body: bytes) -> bytes:
    module = zstd_module()
    if module is None:
        raise ContentDecodingError("no zstd decoder installed (pip install backports.zstd)")
    if module.__name__ == "zstandard":
        # frames written by streaming servers often carry no content size
        return bytes(module.ZstdDecompressor().decompressobj().decompress(body))
    out: list[bytes] = []
    size = 0
    while body:  # frame by frame, as module.decompress reads them
        decompressor = module.ZstdDecompressor()
        out.append(decompressor.decompress(body, _room(size)))
        size = _within(size + len(out[-1]), "zstd")
        if not decompressor.eof:
            raise EndsEarly("zstd", b"".join(out))
        body = decompressor.unused_data
    return b"".join(out)


DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": _gzip,
    "x-gzip": _gzip,
    "deflate": _deflate,
    "br": _brotli,
    "zstd": _zstd,
}


class _BrotliStream:
    """brotli 1.2's streaming decoder in the shape warcio's BufferedReader drives."""

    unused_data = b""

    def __init__(self) -> None:
        self._decoder = brotli.Decompressor()

    def decompress(self, data: bytes) -> bytes:
        return bytes(self._decoder.process(data))


def _zstd_stream() -> object:
    module = zstd_module()
    if module is None:
        raise ContentDecodingError("no zstd decoder installed")
    if module.__name__ == "zstandard":
        return module.ZstdDecompressor().decompressobj()
    return module.ZstdDecompressor()


def install_warcio_decoders() -> None:
    """Give warcio working br and zstd decoders, for the tools that decode through it.

    cdxj-indexer and py-wacz read every record's content through warcio, whose
    br decoder fails on brotli 1.2 (it sets an attribute the C type lacks) and
    which has none for zstd: with these, such records index like any other.
    """
    BufferedReader.DECOMPRESSORS["br"] = _BrotliStream
    if zstd_module() is not None:
        BufferedReader.DECOMPRESSORS["zstd"] = _zstd_stream
