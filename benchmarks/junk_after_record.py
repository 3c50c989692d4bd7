"""Time and peak memory of reading junk with no line end after a record, inside its gzip
member or zstd frame or in a plain WARC (by hand; writes the files to a temporary folder).

    .venv/bin/python benchmarks/junk_after_record.py [--mib 20] [--kind zeros|bytes]

Each file is a record, `--mib` MiB of junk without a line end in the same member or frame
(plain: then a line end), and two records after it. Each is read by `extract --all-pages`
in a process of its own; prints the seconds, the peak RSS and the command's last line. Run
it from another checkout (an older commit) for the figure before a change.
"""

from __future__ import annotations

import argparse
import gzip
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newsarchive.warc.encodings import zstd_module  # noqa: E402


def records() -> list[bytes]:
    """Three invented pages as plain WARC records, written by warcio."""
    out = []
    for n in (1, 2, 3):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        body = f"<html><title>Story {n}</title><body><p>{'words ' * 200}</p></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://junk.news.test/{n}", "response", payload=io.BytesIO(body.encode()),
            http_headers=http,
        )  # fmt: skip
        writer.write_record(record)
        out.append(buffer.getvalue())
    return out


def zstd(data: bytes) -> bytes:
    module = zstd_module()
    assert module is not None, "pip install backports.zstd"
    return bytes(module.compress(data))


def files(folder: Path, junk: bytes) -> list[Path]:
    first, second, third = records()
    made = []
    for suffix, pack in ((".gz", gzip.compress), (".zst", zstd), ("", bytes)):
        tail = b"\r\n" if not suffix else b""
        path = folder / f"junk.warc{suffix}"
        path.write_bytes(pack(first + junk + tail) + pack(second) + pack(third))
        made.append(path)
    return made


def extract_peak(path: Path, out: Path) -> tuple[float, int, str]:
    """`newsarchive extract --all-pages PATH -o OUT` timed: seconds, its peak resident MiB
    (by /usr/bin/time; -1 where it gave none) and its last `extract:` line."""
    command = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "newsarchive"]
    command += ["extract", "--all-pages", str(path), "-o", str(out)]
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT, check=False)
    took = time.monotonic() - start
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1]) // 1024 if lines and lines[-1].isdigit() else -1
    last = next((line for line in reversed(lines) if line.startswith("extract:")), "")
    return took, peak, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=20)
    parser.add_argument("--kind", choices=("zeros", "bytes"), default="zeros")
    args = parser.parse_args()
    size = args.mib << 20
    if args.kind == "zeros":
        junk = b"\0" * size
    else:
        pattern = bytes(range(256)).replace(b"\n", b"")
        junk = (pattern * (size // len(pattern) + 1))[:size]
    with tempfile.TemporaryDirectory() as folder:
        for path in files(Path(folder), junk):
            took, peak, last = extract_peak(path, Path(folder) / "items.jsonl")
            print(f"{path.name:14} {args.mib} MiB {args.kind}: {took:6.1f} s, {peak} MiB: {last}")


if __name__ == "__main__":
    main()
