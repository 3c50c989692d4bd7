"""`ended_on_failure` (tests/plugins/crawling.py): a test that fails while its crawls run
(a deadline assertion before their `wait`) leaves none of them running."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.plugins.crawling import RunningCrawl, ended_on_failure


def _running(tmp_path: Path) -> RunningCrawl:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    return RunningCrawl(process, tmp_path, tmp_path, tmp_path / "items", tmp_path / "log")


def test_a_failing_block_kills_its_crawls(tmp_path: Path) -> None:
    first, second = _running(tmp_path), _running(tmp_path)
    try:
        with pytest.raises(AssertionError, match="never came"), ended_on_failure() as crawls:
            crawls += [first, second]
            raise AssertionError("the state never came")
        assert first.process.poll() is not None and second.process.poll() is not None
    finally:
        for crawl in (first, second):
            crawl.process.kill()
            crawl.process.wait()


def test_a_passing_block_leaves_its_crawls_to_the_test(tmp_path: Path) -> None:
    crawl = _running(tmp_path)
    try:
        with ended_on_failure() as crawls:
            crawls.append(crawl)
        assert crawl.process.poll() is None
    finally:
        crawl.process.kill()
        crawl.process.wait()
