"""Stopping `replay` as a terminal's Ctrl-C does: SIGINT to its whole process group."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_foreign_archives import PROJECT, PYWB
from tests.test_odd_records import SITE, _http, _page, _record

pytestmark = pytest.mark.pywb


def test_ctrl_c_stops_replay_and_pywb_without_a_traceback(tmp_path: Path) -> None:
    """Before, pywb got the SIGINT too and printed gevent's KeyboardInterrupt traceback
    (30 lines) under replay's output."""
    from tests.test_package import _wait_until_up

    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    (tmp_path / "one.warc").write_bytes(_record(f"{SITE}/p0", _http(_page("Page 0")), 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "replay", str(tmp_path / "one.warc")],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own group, as a shell gives a job
    )  # fmt: skip
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("replay: open http://127.0.0.1:"), first
        _wait_until_up(first.split()[2])
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
