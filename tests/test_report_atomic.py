"""A run report is written whole or not at all (a full disk leaves no 0-byte report)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsarchive.report import _write_new

PROJECT = Path(__file__).resolve().parents[1]

FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from newsarchive.report import _write_new
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    _write_new(Path(sys.argv[1]), "demo-20261201T000000Z", "x" * 100_000)
except OSError as exc:
    print(exc.errno)
"""


def test_a_report_that_does_not_fit_leaves_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(tmp_path)],
        cwd=PROJECT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "27"  # EFBIG, as ENOSPC would be
    assert list(tmp_path.iterdir()) == []


def test_reports_of_one_second_never_replace_each_other(tmp_path: Path) -> None:
    first = _write_new(tmp_path, "demo-20261201T000000Z", json.dumps({"run": 1}))
    second = _write_new(tmp_path, "demo-20261201T000000Z", json.dumps({"run": 2}))
    assert (first.name, second.name) == (
        "demo-20261201T000000Z.json",
        "demo-20261201T000000Z_2.json",
    )
    assert json.loads(first.read_text()) == {"run": 1} and json.loads(second.read_text()) == {
        "run": 2
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.name, second.name]  # no temp left
