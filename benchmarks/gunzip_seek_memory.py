"""Memory and seek cost of reading a large file gzipped whole (`WholeGunzip`, as `extract`
reads a file gzipped whole or with a gzip member shared by records), by hand.

    .venv/bin/python benchmarks/gunzip_seek_memory.py [--mib 1024] [--unbounded]
    .venv/bin/python benchmarks/gunzip_seek_memory.py --members 500000

Writes `--mib` MiB of invented page text gzipped as one stream to a temporary file, reads it
through, and prints how many decompressor copies (checkpoints) are kept and the memory they
hold (tracemalloc, zlib's state is allocated through Python's: all the reader holds less the
last bytes read, kept for seeks back), then the cost of seeks back:
one far (to the start of the last step) and a few spread over the file, in gunzipped bytes
decompressed and seconds; and of reading past junk there (its tail counted from the end,
the file's head looked at, then on past it: `past_junk`), in gzipped bytes read.
`--unbounded` keeps every checkpoint (as before thinning: one per
4 MiB), for the figure before the change.

`--members N` writes N small gzip members instead (a file of one member a record, read whole)
and prints the memory the reader holds once through, and what the members' starts held as a
list of (gunzipped, file offset) tuples, as they were kept before.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
import tracemalloc
import zlib
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newsarchive.warc.gzipped import WholeGunzip  # noqa: E402

# invented page text: words of local news, in a random order
WORDS = "ferry island fog harbour council vote budget school river bridge market storm"


def write(path: Path, mib: int) -> None:
    """`mib` MiB of invented text, gzipped as one stream (about 4:1, like HTML pages)."""
    rng = random.Random(5)
    pack = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = " ".join(rng.choice(WORDS.split()) for _ in range(200_000)).encode()[: 1 << 20]
    with path.open("wb") as out:
        for n in range(mib):
            salt = f"<p>page {n} {rng.random()}</p>".encode()
            out.write(pack.compress(salt + chunk[len(salt) :]))
        out.write(pack.flush())


def write_members(path: Path, count: int) -> None:
    """`count` gzip members of a short invented line each."""
    rng = random.Random(7)
    words = WORDS.split()
    with path.open("wb") as out:
        for n in range(count):
            line = f"<p>{n} {' '.join(rng.choice(words) for _ in range(12))}</p>\n".encode()
            pack = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            out.write(pack.compress(line) + pack.flush())


def members_memory(count: int) -> None:
    """Memory held once a file of `count` small members is read through, and what its
    members' starts held as tuples in a list."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "members.warc.gz"
        write_members(path, count)
        with path.open("rb") as raw:
            whole = WholeGunzip(raw)
            tracemalloc.start()
            start = time.monotonic()
            size = read_through(whole)
            took = time.monotonic() - start
            held, _ = tracemalloc.get_traced_memory()
            held -= len(whole._behind) + len(whole._buffer)
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            as_tuples = list(iter(whole.members))
            tuples = tracemalloc.get_traced_memory()[0] - before
            tracemalloc.stop()
        print(
            f"{len(whole.members):,} members, {path.stat().st_size / (1 << 20):.0f} MiB gzipped, "
            f"{size / (1 << 20):.0f} MiB gunzipped, read in {took:.1f} s: "
            f"{held / (1 << 20):.1f} MiB held by the reader; the members' starts as a list of "
            f"tuples (as before) {tuples / (1 << 20):.1f} MiB ({len(as_tuples):,})"
        )


def read_through(whole: WholeGunzip) -> int:
    size = 0
    while block := whole.read(1 << 20):
        size += len(block)
    return size


def seek_cost(whole: WholeGunzip, at: int) -> tuple[int, float]:
    """Gunzipped bytes decompressed and seconds to seek back to `at` from the end."""
    whole.seek(0, 2)
    start = time.monotonic()
    whole.seek(at)
    took = time.monotonic() - start
    index = max(i for i, point in enumerate(whole._checkpoints) if point.produced <= at)
    return at - whole._checkpoints[index].produced, took


class _Counted(io.FileIO):
    """The gzipped file, counting the bytes read from it (the work of decompressing)."""

    counted = 0

    def read(self, size: int = -1) -> bytes:
        out = super().read(size)
        self.counted += len(out or b"")
        return out or b""


def junk_cost(whole: WholeGunzip, raw: _Counted, at: int) -> tuple[int, float]:
    """Gzipped bytes read and seconds to read past junk at `at` (ahead), as `past_junk` does:
    its tail counted from the end, the file's head looked at, then on just past it."""
    while whole.tell() < at and whole.read(min(at - whole.tell(), 1 << 20)):
        pass
    whole.read(1 << 16)
    before, start = raw.counted, time.monotonic()
    whole.seek(0, 2)
    whole.seek(0)
    whole.read(2)
    whole.seek(at + 1)
    whole.read(1 << 16)
    return raw.counted - before, time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--unbounded", action="store_true", help="keep every checkpoint")
    parser.add_argument("--members", type=int, help="small gzip members instead (how many)")
    args = parser.parse_args()
    if args.members:
        members_memory(args.members)
        return
    if args.unbounded:
        WholeGunzip._CHECKPOINTS = sys.maxsize
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "whole.warc.gz"
        write(path, args.mib)
        with _Counted(path) as raw:
            whole = WholeGunzip(raw)
            tracemalloc.start()
            start = time.monotonic()
            size = read_through(whole)
            took = time.monotonic() - start
            held, _ = tracemalloc.get_traced_memory()
            held -= len(whole._behind) + len(whole._buffer)  # (the last MiB or two read)
            tracemalloc.stop()
            kept = len(whole._checkpoints)
            print(
                f"{path.stat().st_size / (1 << 20):.0f} MiB gzipped, {size / (1 << 20):.0f} MiB "
                f"gunzipped, read in {took:.1f} s: {kept} checkpoints every "
                f"{whole._step / (1 << 20):.0f} MiB, {held / (1 << 20):.1f} MiB held by them "
                f"({held / size:.2%} of the gunzipped size)"
            )
            last = whole._checkpoints[-1].produced
            far = [last - 1] + [size * n // 5 - 1 for n in (1, 2, 3, 4)]
            for at in far:
                work, seconds = seek_cost(whole, at)
                print(
                    f"seek back to {at:,}: {work / (1 << 20):.1f} MiB decompressed, {seconds:.2f} s"
                )
            whole = WholeGunzip(raw)  # read again, past junk at each of those places
            for at in far[1:]:
                work, seconds = junk_cost(whole, raw, at)
                print(f"junk read past at {at:,}: {work / (1 << 20):.1f} MiB read, {seconds:.2f} s")


if __name__ == "__main__":
    main()
