"""`scrapy crawl -h` names every spider argument and exit status (it named neither)."""

from __future__ import annotations

import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.spiders.options import ACCEPTED
from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]


def test_crawl_help_names_the_spider_arguments_and_exit_statuses() -> None:
    command = [sys.executable, "-m", "scrapy", "crawl", "-h"]
    done = run_scrapy_here(command, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    text = " ".join(done.stdout.split())  # the help is wrapped
    for name in [*ACCEPTED, "url", "items"]:  # the site spiders', then follow's
        assert f"{name}=" in text, name
    codes = (
        exitcodes.OK,
        exitcodes.FAILED,
        exitcodes.BAD_INPUT,
        exitcodes.DEGRADED,
        exitcodes.LOCKED,
    )
    for code in codes:
        assert f" {code} " in text, code
    assert "NETWORK_ALLOWED=HOST:PORT" in text
