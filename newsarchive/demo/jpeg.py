"""A tiny baseline JPEG encoder for images made of solid 8x8 tiles (stdlib only).

Each 8x8 block has one colour, so every block is a DC coefficient and an
end-of-block code: no DCT needed. Quantisation is all ones; the DC table is the
standard one of JPEG Annex K; the AC table holds only end-of-block (plus a spare
symbol, so that no code is all one bits). Browsers decode the result.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

RGB = tuple[int, int, int]
DC_BITS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
DC_VALUES = tuple(range(12))
AC_BITS = (0, 2, *([0] * 14))
AC_VALUES = (0x00, 0x01)
END_OF_BLOCK = 0x00


def _codes(bits: Sequence[int], values: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Canonical Huffman codes: symbol -> (code, length)."""
    codes, code, k = {}, 0, 0
    for length, count in enumerate(bits, 1):
        for _ in range(count):
            codes[values[k]] = (code, length)
            code, k = code + 1, k + 1
        code <<= 1
    return codes


DC_CODES = _codes(DC_BITS, DC_VALUES)
AC_CODES = _codes(AC_BITS, AC_VALUES)


class _BitWriter:
    """MSB-first bits with JPEG byte stuffing (0xFF is followed by 0x00)."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.count = 0

    def put(self, value: int, length: int) -> None:
        self.acc = (self.acc << length) | (value & ((1 << length) - 1))
        self.count += length
        while self.count >= 8:
            self.count -= 8
            byte = (self.acc >> self.count) & 0xFF
            self.out += b"\xff\x00" if byte == 0xFF else bytes((byte,))
        self.acc &= (1 << self.count) - 1

    def finish(self) -> bytes:
        if self.count:
            self.put((1 << (8 - self.count)) - 1, 8 - self.count)  # pad with one bits
        return bytes(self.out)


def _ycbcr(colour: RGB) -> tuple[float, float, float]:
    r, g, b = colour
    return (
        0.299 * r + 0.587 * g + 0.114 * b,
        128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
        128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
    )


def _scan(tiles: Sequence[Sequence[RGB]]) -> bytes:
    bits, previous = _BitWriter(), [0, 0, 0]
    for row in tiles:
        for colour in row:
            for component, value in enumerate(_ycbcr(colour)):
                dc = 8 * (round(value) - 128)  # DCT DC term of a constant block
                diff, previous[component] = dc - previous[component], dc
                category = abs(diff).bit_length()
                bits.put(*DC_CODES[category])
                if category:
                    bits.put(diff if diff > 0 else diff + (1 << category) - 1, category)
                bits.put(*AC_CODES[END_OF_BLOCK])
    return bits.finish()


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def encode(tiles: Sequence[Sequence[RGB]]) -> bytes:
    """A baseline JFIF image, 8 pixels per tile each way."""
    height, width = len(tiles) * 8, len(tiles[0]) * 8
    components = b"".join(bytes((i, 0x11, 0)) for i in (1, 2, 3))
    return (
        b"\xff\xd8"
        + _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + _segment(0xDB, b"\x00" + b"\x01" * 64)
        + _segment(0xC0, struct.pack(">BHHB", 8, height, width, 3) + components)
        + _segment(0xC4, b"\x00" + bytes(DC_BITS) + bytes(DC_VALUES))
        + _segment(0xC4, b"\x10" + bytes(AC_BITS) + bytes(AC_VALUES))
        + _segment(0xDA, b"\x03" + b"".join(bytes((i, 0)) for i in (1, 2, 3)) + b"\x00\x3f\x00")
        + _scan(tiles)
        + b"\xff\xd9"
    )
