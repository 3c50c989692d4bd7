"""Time of reading a large `.warc.gz` whose gzip members now and then hold a record, junk
and another record (by hand; writes the file to a temporary folder).

    .venv/bin/python benchmarks/shared_member_damage.py [--mib 200] [--every 1]

The file is `--mib` MiB of gzip members of one record each (octet-stream responses that
`extract` reads and leaves out, and a page each MiB); every `--every` MiB one member holds
a record, a line of junk and another record. A member that goes on past a record has the
file read as one gzip stream (`whole_file_gzip`), and each piece of junk found there is
sought back to: the figure shows whether that costs the file's length once per piece (a
seek from the file's start: quadratic) or not. Read by `extract --all-pages` in a process
of its own; prints the seconds, the peak RSS and the command's last line. Run it from
another checkout (an older commit) for the figure before a change.
"""

from __future__ import annotations

import argparse
import gzip
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SITE = "http://big.news.test"
JUNK = b"copied from tape 7\r\n"
BODY = 60 << 10  # bytes of each octet-stream response


def _record(uri: str, content_type: str, body: bytes, number: int) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    block = http.encode() + body
    lines = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2026-04-01T08:00:00Z",
        f"WARC-Target-URI: {uri}",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _page(number: int) -> bytes:
    words = f"Page {number}: the ferry to the island ran late again because of the fog. " * 20
    html = f"<html><head><title>Page {number}</title></head><body><p>{words}</p></body></html>"
    return _record(f"{SITE}/story/{number}", "text/html", html.encode(), number)


def write(path: Path, mib: int, every: int) -> tuple[int, int]:
    """The file: how many pages and how many shared members with junk it holds."""
    rng = random.Random(7)
    number = pages = damaged = 0
    with path.open("wb") as out:
        for mebibyte in range(mib):
            out.write(gzip.compress(_page(number), mtime=0))
            number, pages = number + 1, pages + 1
            blobs = (1 << 20) // BODY
            for n in range(blobs):
                body = rng.randbytes(BODY)
                record = _record(f"{SITE}/blob/{number}", "application/octet-stream", body, number)
                number += 1
                if n == blobs - 1 and mebibyte % every == every - 1:
                    other = _record(
                        f"{SITE}/blob/{number}", "application/octet-stream", b"x", number
                    )
                    number += 1
                    out.write(gzip.compress(record + JUNK + other, mtime=0))
                    damaged += 1
                else:
                    out.write(gzip.compress(record, mtime=0))
    return pages, damaged


def extract_timed(path: Path, out: Path) -> tuple[float, int, str]:
    """`newsarchive extract --all-pages PATH -o OUT` timed: seconds, peak resident MiB (by
    /usr/bin/time; -1 where it gave none) and its last `extract:` line."""
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
    parser.add_argument("--mib", type=int, default=200)
    parser.add_argument("--every", type=int, default=1, help="MiB between damaged members")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.warc.gz"
        pages, damaged = write(path, args.mib, args.every)
        size = path.stat().st_size
        took, peak, last = extract_timed(path, Path(folder) / "items.jsonl")
        print(
            f"{size / (1 << 20):.0f} MiB, {pages} pages, {damaged} shared members with junk: "
            f"{took:.1f} s, {peak} MiB peak: {last}"
        )


if __name__ == "__main__":
    main()
