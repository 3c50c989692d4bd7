"""The command line dispatcher lists every command."""

import subprocess
import sys
from pathlib import Path

from newsarchive.cli import COMMANDS

PROJECT = Path(__file__).resolve().parents[1]


def test_help_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsarchive", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for name in COMMANDS:
        assert name in out


def test_demo_runs_again_in_its_own_folder_and_spares_others(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    command = [sys.executable, "-m", "newsarchive", "demo", "--articles", "10", "--out", str(out)]
    for _ in range(2):  # the second run empties the folder the first one wrote
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "items        10 articles (10 with a title)" in done.stdout
    assert len(list(out.glob("*.warc.gz"))) == 1
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "crawl.warc.gz").write_bytes(b"a user's archive")
    command[-1] = str(tmp_path / "mine")
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "holds files the demo did not write" in done.stderr
    assert (tmp_path / "mine" / "crawl.warc.gz").read_bytes() == b"a user's archive"
