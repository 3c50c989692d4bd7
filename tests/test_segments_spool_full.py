"""A temporary folder too full to hold the segments waiting to be joined is the run's failure,
said on one line, exit 1: not damage of the archive read.

The segments go to a temporary file past SPOOL_MEMORY (32 MiB); its write failing (a full
/tmp, here RLIMIT_FSIZE, the spool made to spill at once) raised an OSError inside the
reading, which every reader takes for a damaged file: `extract` named the WARC `skipped:
unreadable (OSError: [Errno 27] File too large)`, exit 3, and its page was lost as if the
archive were broken.
"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_foreign_archives import SITE
from tests.test_segment_orphans import _segments

PROJECT = Path(__file__).resolve().parents[1]
# the command as a user runs it, its spool spilling to the temporary file at once
SPILLING = (
    "import sys; import newsarchive.warc.segments as segments; segments.SPOOL_MEMORY = 0; "
    "from newsarchive.cli import main; sys.exit(main(sys.argv[1:], log_lines=True))"
)


def _run(*args: str, limit: int | None) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        if limit is not None:  # past it a write fails with EFBIG, as on a full disk
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-c", SPILLING, *args], cwd=PROJECT, capture_output=True, text=True,
        preexec_fn=limited, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("command", ["extract", "history"])
def test_segments_that_cannot_be_spooled_stop_the_run_in_one_line(
    tmp_path: Path, command: str
) -> None:
    parts, _ = _segments()
    warc = tmp_path / "long.warc.gz"
    warc.write_bytes(b"".join(parts))
    args = {
        "extract": ("extract", "--all-pages", str(warc), "-o", "/dev/null"),
        "history": ("history", "--warc", str(warc), "--reextract", "--format", "json",
                    f"{SITE}/long"),
    }[command]  # fmt: skip
    whole = _run(*args, limit=None)  # the spool spilling works where the disk has room
    assert whole.returncode == 0, whole.stderr
    full = _run(*args, limit=10_000)
    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stderr and "unreadable" not in full.stderr, full.stderr
    lines = full.stderr.strip().splitlines()
    assert lines[-1].startswith(f"{command}: the segments held for joining could not be written")
    assert "File too large (EFBIG); free space there, or set TMPDIR" in lines[-1]
