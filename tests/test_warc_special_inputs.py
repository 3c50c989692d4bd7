"""A FIFO where a WARC is expected: named in one line, never waited on.

Before, every reader opened it and waited for a writer that never came (extract, index,
index --wacz, history, recompress: until killed; found by benchmarks/warc_fuzz.py's inputs
that are no WARC file). Given by name it is refused (exit 2); a link to one in a folder is
named as an unreadable file (exit 3) and the folder's other archives are read.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SITE = "http://sluice.news.test"


def _warc(path: Path) -> None:
    body = b"<html><title>Sluice</title><body><p>The gates opened at noon.</p></body></html>"
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:5c0e4c52-0000-4000-8000-000000000001>\r\n"
        f"WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {SITE}/a\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    path.write_bytes(gzip.compress(head.encode() + block + b"\r\n\r\n"))


def _run(tmp_path: Path, command: str, given: Path) -> subprocess.CompletedProcess[str]:
    args = {
        "extract": ["--all-pages", str(given), "-o", str(tmp_path / "i.jsonl")],
        "index": [str(given), "--cdxj", str(tmp_path / "i.cdxj")],
        "history": [f"{SITE}/a", "--warc", str(given)],
        "recompress": [str(given)],
    }[command]
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", command, *args],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,  # before: never ended
    )  # fmt: skip


COMMANDS = ["extract", "index", "history", "recompress"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_given_is_refused(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.warc.gz"
    os.mkfifo(fifo)
    done = _run(tmp_path, command, fifo)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].endswith(f"not a regular file (a FIFO): {fifo}")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["extract", "index", "history"])
def test_a_link_to_a_fifo_in_a_folder_is_named(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "warcs"
    folder.mkdir()
    (folder / "link.warc.gz").symlink_to(fifo)
    _warc(folder / "good.warc.gz")
    done = _run(tmp_path, command, folder)
    assert done.returncode == 3, done.stderr
    assert f"{folder / 'link.warc.gz'}: skipped: not a regular file (a FIFO)" in done.stderr
    assert "Traceback" not in done.stderr
    if command == "extract":
        assert (tmp_path / "i.jsonl").read_text().count(f"{SITE}/a") == 1
    if command == "index":
        assert len((tmp_path / "i.cdxj").read_text().splitlines()) == 1


def test_a_fifo_swapped_in_after_the_look_is_not_waited_on(tmp_path: Path) -> None:
    """`special_file` looks, then the reader opens: a WARC replaced by a FIFO between the two
    was opened and waited for a writer forever. The opening itself does not wait (O_NONBLOCK)
    and asks what it opened; run in a child so a wait ends the test, not the run."""
    fifo = tmp_path / "swapped.warc.gz"
    os.mkfifo(fifo)
    _warc(tmp_path / "good.warc.gz")
    code = (
        "import sys; from pathlib import Path; from newsarchive.warc.files import open_regular\n"
        "with open_regular(Path(sys.argv[2])) as s: print(len(s.read()))\n"
        "try: open_regular(Path(sys.argv[1]))\n"
        "except OSError as exc: print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(fifo), str(tmp_path / "good.warc.gz")],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    size, refused = done.stdout.splitlines()
    assert int(size) == (tmp_path / "good.warc.gz").stat().st_size
    assert refused.endswith(f"not a regular file (a FIFO): '{fifo}'")
