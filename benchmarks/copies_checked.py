"""What the readers pay for an original kept beside its recompressed copy, first run and
later ones (the verdict remembered in the user's cache, `newsarchive/warc/checked.py`), and
what `recompress FOLDER` pays for a sound .warc.gz a member a record.

Writes a `.warc.zst` of RECORDS invented pages (a frame a record), `recompress`es it, then
times `index FOLDER` twice and `recompress FOLDER` twice, each in a process of its own with
an empty cache folder at first:

    .venv/bin/python benchmarks/copies_checked.py --records 60000
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from newsarchive.warc.encodings import zstd_module  # noqa: E402

_WORDS = [
    "tide",
    "quay",
    "harbour",
    "gull",
    "rope",
    "mast",
    "ferry",
    "dock",
    "pier",
    "lantern",
    "salt",
    "crane",
    "net",
    "keel",
]


def _record(number: int, rng: random.Random) -> bytes:
    words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(400, 900)))
    body = f"<html><head><title>Page {number}</title></head><body><p>{words}</p></body></html>"
    payload = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body.encode())}\r\n\r\n{body}"
    ).encode()
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
        "WARC-Date: 2026-04-01T08:00:00Z\r\n"
        f"WARC-Target-URI: http://bench.news.test/page/{number}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def _zst(path: Path, records: int) -> int:
    module = zstd_module()
    assert module is not None, "no zstd module (pip install backports.zstd)"
    rng, raw = random.Random(7), 0
    with path.open("wb") as out:
        for number in range(records):
            record = _record(number, rng)
            raw += len(record)
            out.write(module.compress(record))
    return raw


def _timed(cache: Path, *args: str) -> tuple[float, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, env=env,
        capture_output=True, text=True,
    )  # fmt: skip
    return time.perf_counter() - started, done.stderr.strip().splitlines()[-1][:110]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=60_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="copies-checked-") as scratch:
        root = Path(scratch)
        folder, cache = root / "warc", root / "cache"
        folder.mkdir()
        raw = _zst(folder / "bench.warc.zst", args.records)
        _timed(cache, "recompress", str(folder / "bench.warc.zst"))
        sizes = {path.name: path.stat().st_size for path in folder.iterdir()}
        print(f"{args.records:,} records, {raw / 1e6:.0f} MB of WARC; files: {sizes}")
        os.environ["XDG_CACHE_HOME"] = str(root / "cache-alone")
        from newsarchive.warc.files import recompressed_beside

        pair = [folder / "bench.warc.zst", folder / "bench.warc.gz"]
        for run in ("first", "second"):
            started = time.perf_counter()
            found = recompressed_beside(pair).found
            seconds = time.perf_counter() - started
            print(f"the pair's check alone, {run} run: {seconds:.2f} s (left out: {len(found)})")
        cdxj = str(root / "i.cdxj")
        for run in ("first", "second"):
            seconds, last = _timed(cache, "index", str(folder), "--cdxj", cdxj)
            print(f"index, {run} run: {seconds:.1f} s  ({last})")
        (folder / "bench.warc.zst").rename(root / "bench.warc.zst")  # the sound .gz alone
        for run in ("first", "second"):
            seconds, last = _timed(cache, "recompress", str(folder))
            print(f"recompress FOLDER (a sound .warc.gz), {run} run: {seconds:.1f} s  ({last})")


if __name__ == "__main__":
    main()
