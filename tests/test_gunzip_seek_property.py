"""A gzip stream read whole (`WholeGunzip`) gives, after any run of seeks and reads, the bytes
gunzipped at that offset: its places to start again (decompressor copies thinned past a cap,
the stream's end, the furthest place jumped away from with the bytes before it) are caches,
and a stale or off-by-one one returns wrong bytes without a word. Seeded random runs over
invented files: several members (empty ones among them), one member, a last member cut
short, zeros or junk after the end, one member of several read alone; seeks aimed at the
caches' edges; then where each member begins, as messages name it. The reader's sizes are
made small so a file of a few dozen KiB is thinned several times; the reader itself is real."""

from __future__ import annotations

import gzip
import io
import random
import zlib

import pytest

from newsarchive.warc.gzipped import WholeGunzip

# (bytes read from the file at once, kept read, between copies, copies at most): a read of a
# block well under a step, as in use; one that gives more than a step and the kept bytes; and
# reads shorter than a match (the decompressor holds bytes it has not given yet)
SIZES = [(97, 700, 1500, 4), (4099, 700, 1500, 3), (13, 50, 100, 2)]


def _text(rng: random.Random, size: int) -> bytes:
    """Bytes that compress (words) or do not (random), in turns."""
    out = bytearray()
    while len(out) < size:
        if rng.random() < 0.5:
            out += rng.randbytes(rng.randint(1, 400))
        else:
            out += b" ".join(
                rng.choice([b"news", b"WARC/1.0", b"\r\n", b"report"]) for _ in range(50)
            )
    return bytes(out[:size])


def _file(rng: random.Random, kind: str) -> tuple[bytes, bytes, list[tuple[int, int]]]:
    """(the file, its bytes gunzipped, where each member read begins: gunzipped and in the
    file) of a `kind`; the reader starts at the first."""
    if kind == "whole":
        sizes = [rng.choice([6000, 9000, 12_000, 13_500])]  # 13_500: a multiple of the step
    else:
        sizes = [
            rng.choice([0, 0, 1, 5, 96, 97, 98, 699, 700, 1500, 3000, 4321]) for _ in range(12)
        ]
    parts = [_text(rng, size) for size in sizes]
    members = [gzip.compress(part, compresslevel=rng.choice([1, 6, 9]), mtime=0) for part in parts]
    plain = b"".join(parts)
    if kind == "cut":
        last = members[-1] = members[-1][: rng.randint(11, max(11, len(members[-1]) - 9))]
        plain = b"".join(parts[:-1]) + zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(last)
    data = b"".join(members)
    if kind == "zeros":
        data += b"\0" * rng.choice([1, 2, 512])
    if kind == "junk":  # bytes that begin no gzip stream: not read
        data += rng.choice([b"\x1f", b"\x1f\x00", b"copied from tape 7\r\n" * 40])
    if kind == "first":  # a member shared by records, read from its start to its end only
        n = rng.randrange(len(members))
        start = sum(len(m) for m in members[:n])
        return data, parts[n], [(0, start)]
    at = [(sum(sizes[:n]), sum(len(m) for m in members[:n])) for n in range(len(members))]
    return data, plain, at


def _aims(reader: WholeGunzip, plain: bytes, starts: list[int], rng: random.Random) -> list[int]:
    """Offsets at the edges of what the reader keeps now: its caches' bounds, one byte either
    side."""
    edges = [0, len(plain), reader.tell(), *rng.sample(starts, min(3, len(starts)))]
    points = [reader._away, reader._end_point, *reader._checkpoints]
    for point in points:
        if point is not None:
            edges += [point.produced, point.produced - len(point.behind)]
    edges += [reader.tell() - len(reader._behind), reader.tell() + len(reader._buffer)]
    return [max(0, e + d) for e in edges for d in (-1, 0, 1)]


def _run(seed: int, kind: str) -> None:
    rng = random.Random(seed)
    data, plain, members = _file(rng, kind)
    starts, start = [gunzipped for gunzipped, _ in members], members[0][1]
    reader = WholeGunzip(io.BytesIO(data), first_only=kind == "first", start=start)
    at = 0
    for step in range(250):
        what = rng.random()
        where = f"seed {seed} ({kind}), step {step}"
        if what < 0.45:
            size = rng.choice([0, 1, 2, 96, 97, 98, 699, 700, 701, 1499, 1500, 1501, 5000])
            if rng.random() < 0.03:
                size = -1
            got = reader.read(size)
            want = plain[at:] if size < 0 else plain[at : at + size]
            assert got == want, f"{where}: read({size}) at {at}"
            at += len(got)
        elif what < 0.9:
            if rng.random() < 0.6:
                offset = rng.choice(_aims(reader, plain, starts, rng))
            else:
                offset = rng.randint(0, len(plain) + 5)
            assert reader.seek(offset) == min(offset, len(plain)), f"{where}: seek({offset})"
            at = min(offset, len(plain))
        else:
            assert reader.seek(0, 2) == len(plain), f"{where}: seek to the end"
            at = len(plain)
        assert reader.tell() == at, f"{where}: tell"
    reader.seek(0)
    assert reader.read() == plain, f"seed {seed} ({kind}): read whole at the end"
    assert reader.cut == (kind == "cut")
    assert reader.trailing == (kind == "junk")
    assert list(reader.members) == members, f"seed {seed} ({kind}): where the members begin"
    if kind == "first":  # where the records after the member shared begin
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflate.decompress(data[start:])
        assert reader.member_end() == len(data) - len(inflate.unused_data), f"seed {seed}"


@pytest.mark.parametrize("sizes", SIZES)
@pytest.mark.parametrize("kind", ["members", "whole", "cut", "zeros", "junk", "first"])
def test_random_seeks_and_reads_give_the_bytes_gunzipped_there(
    kind: str, sizes: tuple[int, int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, size in zip(("_BLOCK", "_WINDOW", "_STEP", "_CHECKPOINTS"), sizes, strict=True):
        monkeypatch.setattr(WholeGunzip, name, size)
    for seed in range(10):
        _run(seed, kind)


def test_a_stream_cut_short_gives_every_byte_before_the_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The decompressor may have taken all the bytes left in the file and still hold some of
    what they give (a match longer than the room left in its last read): those are read
    too, not dropped for the cut. Before, a file cut there lost its last bytes without a
    word, whatever the seek."""
    rng = random.Random(5)
    plain = _text(rng, 12_000)
    packed = gzip.compress(plain, mtime=0)
    lost = []
    for block in range(5, 40, 2):
        monkeypatch.setattr(WholeGunzip, "_BLOCK", block)
        for cut in range(len(packed) - 40, len(packed) - 8, 3):
            want = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(packed[:cut])
            reader = WholeGunzip(io.BytesIO(packed[:cut]))
            got = reader.read()
            if got != want or not reader.cut:
                lost.append((block, cut, len(want) - len(got)))
    assert not lost, f"(bytes read at once, the cut, bytes lost): {lost[:5]} of {len(lost)}"
