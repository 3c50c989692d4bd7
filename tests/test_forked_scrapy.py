"""The forked `scrapy` runs of tests/forked_scrapy.py give what `python -m scrapy` gives: a
case that raised must still show its traceback and status, or test_cli_errors could not fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.forked_scrapy import run_scrapy

PROJECT = Path(__file__).resolve().parents[1]


def test_each_forked_run_has_the_output_and_status_of_its_own_process(tmp_path: Path) -> None:
    (tmp_path / "boom.py").write_text('raise RuntimeError("spider file broken at import")\n')
    runs = {
        "raises": ["runspider", str(tmp_path / "boom.py")],
        "unknown spider": ["crawl", "nosuch"],
        "two spiders": ["crawl", "demo", "bbc"],
    }
    forked = run_scrapy(runs, cwd=PROJECT, out=tmp_path, at_once=2, timeout=300)
    for name, argv in runs.items():
        alone = subprocess.run(
            [sys.executable, "-m", "scrapy", *argv], cwd=PROJECT, capture_output=True, text=True
        )
        got = forked[name]
        assert (got.returncode, got.stdout) == (alone.returncode, alone.stdout), name
        assert got.stderr.splitlines()[-3:] == alone.stderr.splitlines()[-3:], name
    assert forked["raises"].returncode == 1
    assert "Traceback" in forked["raises"].stderr
    assert "RuntimeError: spider file broken at import" in forked["raises"].stderr
    assert "unknown spider 'nosuch'" in forked["unknown spider"].stderr
