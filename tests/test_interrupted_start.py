"""Ctrl-C while `scrapy crawl` still imports the project: one line, not Python's traceback.

A real `scrapy crawl` whose spider modules include one that sends SIGINT to its own
process as it is imported (Scrapy's spider loader imports them before it installs its
own SIGINT handler): Python raised KeyboardInterrupt through the imports and printed
its traceback (some 40 lines of frames in Scrapy and copy.py).
"""

from __future__ import annotations

import signal
import subprocess
import sys

from tests.plugins.crawling import PROJECT


def test_ctrl_c_while_importing_the_spiders_is_one_line() -> None:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-s", "SPIDER_MODULES=newsarchive.spiders,tests.plugins.interrupt_import"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGINT, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.rstrip().splitlines()[-1] == "scrapy crawl: interrupted (Ctrl-C)"
