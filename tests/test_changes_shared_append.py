"""Workers of one crawl append to one changes.jsonl. A line cut short (a full disk, a file
size limit) is cut back off the file: never with another worker's line that came after it.

Worker A runs under a file size limit (RLIMIT_FSIZE: a short write, then EFBIG, as a full
disk gives) and stops just before its cut back; worker B (this process) appends its line
then. Before, A had checked that no line came after its own and cut the file back to where
its line began, B's whole line with it: B counted its line as listed, the file lost it.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from newsarchive.changes.run import append_line

PROJECT = Path(__file__).resolve().parents[1]

WORKER_A = """
import os, resource, signal, sys
from pathlib import Path
from newsarchive.changes.run import append_line

path, limit = Path(sys.argv[1]), int(sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG, not the signal
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
cut = os.ftruncate

def at_cut_back(fd, size):  # another worker's turn: it may append now
    print("cut", flush=True)
    sys.stdin.readline()
    cut(fd, size)

os.ftruncate = at_cut_back
try:
    append_line(path, b'{"url": "' + b"a" * 300 + b'"}\\n')
except OSError as exc:
    print("failed", exc.errno, flush=True)
"""


def test_a_line_cut_back_takes_no_other_workers_line_with_it(tmp_path: Path) -> None:
    path = tmp_path / "changes.jsonl"
    before = b'{"url": "https://example.test/earlier"}\n'
    path.write_bytes(before)
    with subprocess.Popen(
        [sys.executable, "-c", WORKER_A, str(path), str(len(before) + 95)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=PROJECT, text=True,
    ) as a:  # fmt: skip
        assert a.stdout is not None and a.stdin is not None
        assert a.stdout.readline().strip() == "cut"  # A's line is short on disk: 95 bytes
        line_b = b'{"url": "https://example.test/b"}\n'
        b = threading.Thread(target=append_line, args=(path, line_b))
        b.start()
        b.join(timeout=2)  # B appends now, or waits for A's turn to end
        a.stdin.write("\n")
        a.stdin.flush()
        said = a.stdout.read()
        assert a.wait(timeout=60) == 0
    b.join(timeout=60)
    assert not b.is_alive()
    assert said.startswith("failed 27"), said  # EFBIG: A's line named as not written
    assert path.read_bytes() == before + line_b
