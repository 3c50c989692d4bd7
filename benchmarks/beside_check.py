"""What deciding that a folder's `.wacz` holds the WARCs beside it costs (the README's cron
layout: `index warc --wacz warc/archive.wacz`), read at each later `extract warc` /
`history --warc warc`: bytes read (the kernel's count, `rchar`) and seconds.

    .venv/bin/python benchmarks/beside_check.py --files 6 --mb 8
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from newsarchive.package.beside import all_beside, archives_by_name, not_beside  # noqa: E402
from newsarchive.warc.files import ARCHIVE_NAME  # noqa: E402


def _read_bytes() -> int:
    """Bytes this process has read through read(2) so far (page cache or disk)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise RuntimeError("no rchar in /proc/self/io")


def _warc(path: Path, number: int, megabytes: int) -> None:
    """A WARC of one HTML page and incompressible images, about `megabytes` in size."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        html = f"<html><head><title>Page {number}</title></head><body>x</body></html>".encode()
        bodies = [("text/html", html)] + [("image/jpeg", os.urandom(1 << 20))] * megabytes
        for index, (kind, body) in enumerate(bodies):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            url = f"http://news.example/{number}/{index}"
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def _decide(folder: Path, package: Path) -> tuple[int, int, float, int]:
    """Bytes read by `extract`'s decision (not_beside) and by `replay`'s (all_beside), the
    seconds of both, and the members `extract` is left to read from the package."""
    start, before = time.perf_counter(), _read_bytes()
    beside = archives_by_name([folder])
    with zipfile.ZipFile(package) as opened:
        members = [
            (info, info.filename)
            for info in opened.infolist()
            if ARCHIVE_NAME.search(info.filename.rpartition("/")[2])
        ]
    left = not_beside(package, members, beside)
    between = _read_bytes()
    assert all_beside(package, beside)
    seconds = time.perf_counter() - start
    return between - before, _read_bytes() - between, seconds, len(left)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=6)
    parser.add_argument("--mb", type=int, default=8, help="megabytes of each WARC")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="beside-check-") as tmp:
        folder = Path(tmp) / "warc"
        folder.mkdir()
        for number in range(args.files):
            _warc(folder / f"news-{number:03d}.warc.gz", number, args.mb)
        package = folder / "archive.wacz"
        subprocess.run(
            [sys.executable, "-m", "newsarchive", "index", "--wacz", str(package), str(folder)],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        warcs = sum(p.stat().st_size for p in folder.glob("*.warc.gz"))
        extract, replay, seconds, left = _decide(folder, package)
        print(
            f"{args.files} WARCs, {warcs / 1e6:.1f} MB; read to tell: extract's"
            f" {extract / 1e6:.2f} MB ({extract / warcs:.2f}x the WARCs), replay's"
            f" {replay / 1e6:.2f} MB; {seconds:.3f} s both; members left to read: {left}"
        )


if __name__ == "__main__":
    main()
