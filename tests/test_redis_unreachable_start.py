"""A shared crawl whose Redis cannot be reached at its start stops with one line and writes
nothing: no WARC folder, no crawl state file or lock (STATE_SHARED=0), no report. Before,
the WARC folder was made empty (and the state's folder, file and lock with STATE_SHARED=0)
before the first component asked Redis."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from newsarchive import exitcodes
from tests.plugins.crawling import run_scrapy_here


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again: nothing listens there


@pytest.mark.parametrize("shared_state", ["1", "0"])
def test_redis_unreachable_at_start_writes_nothing(tmp_path: Path, shared_state: str) -> None:
    out = tmp_path / "archive"
    settings = {
        "WARC_DIR": str(out / "warc"),
        "NEWSARCHIVE_REDIS_URL": f"redis://127.0.0.1:{_closed_port()}/0",
        "STATE_SHARED": shared_state,
        "NETWORK_ALLOWED": "127.0.0.1:9",
    }
    command = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", "base_url=http://127.0.0.1:9"]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    command += ["-O", f"{tmp_path / 'items.jsonl'}:jsonlines"]
    done = run_scrapy_here(command, timeout=120)
    last = done.stderr.strip().splitlines()[-1]
    assert done.returncode == exitcodes.FAILED, done.stderr[-3000:]
    assert "the crawl could not start: the shared crawl's Redis cannot be reached" in last
    assert "Traceback" not in done.stderr
    assert not out.exists(), sorted(str(p) for p in out.rglob("*"))
    assert not (tmp_path / "items.jsonl").exists()
