"""Peak memory of `extract` over a record split over zstd frames whose rest is not all there
(a frame lost in between), the frames of its rest large (by hand; a temporary folder).

    .venv/bin/python benchmarks/split_rest_memory.py [--mib 250]

The record (a resource of zeros, `--mib` MiB long in all) starts in one frame; the frame
after that is lost; the next holds half of it (no record start, no blank line at its end:
the middle of its rest), the last one the rest of it and its blank line; a record follows.
The record is named cut short and its rest's frames passed over. Prints the peak RSS of
the `extract` process and its last line. Run it from another checkout for the figure
before a change.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from benchmarks.junk_after_record import extract_peak, records  # noqa: E402
from newsarchive.warc.encodings import zstd_module  # noqa: E402

CHUNK = b"\0" * (1 << 20)


def frame(parts: list[bytes] | int) -> bytes:
    """One zstd frame of `parts`, or of that many MiB of zeros, compressed as they come."""
    module = zstd_module()
    assert module is not None, "pip install backports.zstd"
    packer = module.ZstdCompressor()
    chunks = [CHUNK] * parts if isinstance(parts, int) else parts
    return b"".join(map(packer.compress, chunks)) + packer.flush(packer.FLUSH_FRAME)


def write(path: Path, mib: int) -> None:
    first, _, third = records()
    head = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://split.news.test/big.bin\r\n"
        b"WARC-Date: 2026-01-01T00:00:00Z\r\n"
        b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        b"Content-Type: application/octet-stream\r\nContent-Length: "
        + str(mib << 20).encode()
        + b"\r\n\r\n"
    )
    lost, middle = 1, mib // 2
    last = mib - 1 - lost - middle
    with path.open("wb") as out:
        out.write(frame([first]) + frame([head, CHUNK]))  # its start; a frame lost after it
        out.write(frame(middle))  # the middle of its rest
        out.write(frame([CHUNK] * last + [b"\r\n\r\n"]) + frame([third]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=250)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "split.warc.zst"
        write(path, args.mib)
        took, peak, last = extract_peak(path, Path(folder) / "items.jsonl")
        print(f"{args.mib} MiB record, rest not all there: {took:.1f} s, peak {peak} MiB: {last}")


if __name__ == "__main__":
    main()
