"""A crawl with LOG_FILE (every scrapyd job has one) ends its log with why it failed.

scrapyd keeps a job's stderr in its own log; the job's log, the one its web page
links, ended with Scrapy's version lines and no word of the wrong argument.
Real `scrapy crawl` processes; nothing is fetched (each stops before a request).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]
NEVER = ("demo", "-a", "base_url=http://127.0.0.1:9")  # never contacted


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ((*NEVER, "-a", "sectons=us"), "unknown spider argument(s) sectons"),  # Scrapy's log is up
        ((*NEVER, "-L", "debug"), "log level 'debug' (-L, LOG_LEVEL)"),  # before it is
        ((*NEVER, "-s", "WARC_ENABLD=0"), "unknown setting WARC_ENABLD"),
    ],
)
def test_the_job_log_ends_with_the_reason(argv: tuple[str, ...], says: str, tmp_path: Path) -> None:
    log = tmp_path / "job.log"
    command = [sys.executable, "-m", "scrapy", "crawl", *argv, "-s", f"LOG_FILE={log}"]
    command += ["-s", f"WARC_DIR={tmp_path / 'warc'}"]
    done = run_scrapy_here(command, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    last = log.read_text(encoding="utf-8").strip().splitlines()[-1]
    assert says in last and last.endswith("(exit status 2)"), last
    assert says in done.stderr.strip().splitlines()[-1]  # and on stderr, as before
    assert not (tmp_path / "warc").exists()


@pytest.mark.parametrize("spiders", [(), ("demo", "extra")])
def test_a_usage_error_is_said_in_the_job_log(spiders: tuple[str, ...], tmp_path: Path) -> None:
    """The LOG_FILE check makes the file: a run given no spider (or two) left it empty."""
    log = tmp_path / "job.log"
    command = [sys.executable, "-m", "scrapy", "crawl", *spiders, "-s", f"LOG_FILE={log}"]
    done = run_scrapy_here(command, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "give one spider" in done.stderr.strip().splitlines()[-1]
    last = log.read_text(encoding="utf-8").strip().splitlines()[-1]
    assert last.endswith("give one spider: scrapy crawl <spider> (scrapy list shows them) "
                         "(exit status 2)"), last  # fmt: skip
