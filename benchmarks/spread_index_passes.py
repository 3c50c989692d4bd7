"""How many times `index` decompresses a record spread over several gzip members, against
a single pass (by hand; writes its files to a temporary folder).

    .venv/bin/python benchmarks/spread_index_passes.py [--mib 64] [--members 16]

Two files of the same records: pages, then one `--mib` MiB response, then pages. In the
first each record is one gzip member; in the second the big response is spread over
`--members` members (as some broken writers write it: `index` names it and leaves it out,
its block digest checked read whole, as `extract` reads it). Each record has a block digest.
Each is indexed in this process with zlib's decompressor counted: the gunzipped bytes it
gave over the file's gunzipped length is how many passes were made over the file (1.0:
once). The seconds are printed too, best of `--repeat` runs; the counts do not depend on
the box's load, the seconds do. Run it from another checkout for the figure before a change.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import io
import random
import sys
import tempfile
import time
import zlib
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newsarchive.cli import main as newsarchive  # noqa: E402

SITE = "http://spread.news.test"
WORDS = ["the", "ferry", "to", "island", "ran", "late", "again", "because", "of", "fog", "wind"]


def _record(uri: str, content_type: str, body: bytes, number: int) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    block = http.encode() + body
    lines = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:5b1e4c52-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2026-04-01T08:00:00Z",
        f"WARC-Target-URI: {uri}",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {len(block)}",
        f"WARC-Block-Digest: sha1:{base64.b32encode(hashlib.sha1(block).digest()).decode()}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _page(number: int) -> bytes:
    html = f"<html><head><title>Page {number}</title></head><body><p>Story {number}.</p></body>"
    return _record(f"{SITE}/story/{number}", "text/html", html.encode(), number)


def _text(size: int) -> bytes:
    """Text-like bytes (deflate works on them as on pages)."""
    rng = random.Random(7)
    line = " ".join(rng.choice(WORDS) for _ in range(2000)).encode() + b"\n"
    return (line * (size // len(line) + 1))[:size]


def write(folder: Path, mib: int, members: int) -> tuple[Path, Path, int]:
    """The file of one member a record, the file with the big record spread, and their
    gunzipped length."""
    big = _record(f"{SITE}/big", "text/plain", _text(mib << 20), 100)
    before = [_page(n) for n in range(3)]
    after = [_page(n) for n in range(3, 6)]
    step = -(-len(big) // members)
    pieces = [big[n : n + step] for n in range(0, len(big), step)]
    single, spread = folder / "single.warc.gz", folder / "spread.warc.gz"
    single.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in [*before, big, *after]))
    spread.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in [*before, *pieces, *after]))
    return single, spread, sum(map(len, [*before, big, *after]))


class _Counted:
    """A zlib decompressor whose output is counted in `GUNZIPPED`."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def decompress(self, data: bytes, *args: int) -> bytes:
        out: bytes = self._inner.decompress(data, *args)
        GUNZIPPED[0] += len(out)
        return out

    def flush(self, *args: int) -> bytes:
        out: bytes = self._inner.flush(*args)
        GUNZIPPED[0] += len(out)
        return out

    def copy(self) -> _Counted:
        return _Counted(self._inner.copy())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


GUNZIPPED = [0]
_ORIGINAL = zlib.decompressobj


def _counting(*args: Any, **kwargs: Any) -> _Counted:
    return _Counted(_ORIGINAL(*args, **kwargs))


def index(path: Path, repeat: int) -> tuple[int, float, str]:
    """Gunzipped bytes of one `index` run, its best seconds, its first line."""
    best = float("inf")
    counted = 0
    said = ""
    zlib.decompressobj = _counting  # type: ignore[assignment]
    try:
        for _ in range(repeat):
            GUNZIPPED[0] = 0
            out, err = io.StringIO(), io.StringIO()
            start = time.perf_counter()
            with redirect_stdout(out), redirect_stderr(err):
                newsarchive(["index", str(path), "--cdxj", str(path.with_suffix(".cdxj"))])
            best = min(best, time.perf_counter() - start)
            counted = GUNZIPPED[0]
            said = (out.getvalue() + err.getvalue()).strip().splitlines()[0]
    finally:
        zlib.decompressobj = _ORIGINAL  # type: ignore[assignment]
    return counted, best, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=64, help="MiB of the big record")
    parser.add_argument("--members", type=int, default=16, help="members it is spread over")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        single, spread, length = write(Path(folder), args.mib, args.members)
        one, one_took, _ = index(single, args.repeat)
        two, two_took, said = index(spread, args.repeat)
    print(f"gunzipped length {length:,} bytes; big record {args.mib} MiB in {args.members} members")
    print(f"one member a record: {one / length:.2f} passes, {one_took:.2f} s")
    print(f"spread record:       {two / length:.2f} passes, {two_took:.2f} s ({said})")
    ratio = two_took / one_took
    print(f"ratio spread / single pass: {two / one:.2f} bytes gunzipped, {ratio:.2f} s")


if __name__ == "__main__":
    main()
