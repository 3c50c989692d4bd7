"""`scrapy crawl` refusals that came with lines they should not: a line a spider logs as its
crawler is made (`Crawler.__init__`), and Scrapy's banner before exit 75.

The start-up hold (newsarchive/scrapy_commands/startlog.py) held Scrapy's banner and the
lines logged once the crawler was made, not those logged while it was made: a refused
run printed them before its one line. A run refused as another run holds its crawl (exit
75) printed the banner, "Enabled addons" and the state's ERROR line, then its own line
saying the same. Real crawls of nothing (port 9 on loopback: nothing answers there).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from newsarchive import exitcodes
from newsarchive.state.lock import RunLock
from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]
BANNER = "[scrapy.utils.log] INFO: Scrapy "
OWN = "[tests.log_early] INFO: read the spider's settings file"


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", *argv]
    return run_scrapy_here(command, timeout=180)


def _log_early(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return _run(
        "log_early", "-s", "SPIDER_MODULES=tests.plugins.startup_spiders",
        "-s", f"WARC_DIR={tmp_path / 'warc'}", *extra,
    )  # fmt: skip


def test_a_line_logged_as_the_crawler_is_made_is_held_with_a_refusal(tmp_path: Path) -> None:
    done = _log_early(tmp_path, "-s", "NEWSARCHIVE_CONTAKT=mailto:x@example.org")
    assert done.returncode == exitcodes.BAD_INPUT, done.stderr
    assert done.stderr.splitlines() == [
        "scrapy crawl: unknown setting NEWSARCHIVE_CONTAKT; did you mean NEWSARCHIVE_CONTACT? "
        "(exit status 2)"
    ]


def test_a_line_logged_as_the_crawler_is_made_goes_out_in_order_with_the_run(
    tmp_path: Path,
) -> None:
    log = tmp_path / "job.log"
    done = _log_early(tmp_path, "-s", f"LOG_FILE={log}")  # no start URL: done at once
    assert done.returncode == exitcodes.OK, done.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    logged = [line for line in lines if re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[", line)]
    assert BANNER in logged[0], logged[:3]
    order = [
        next(n for n, line in enumerate(lines) if what in line)
        for what in (BANNER, OWN, "Enabled addons", "Overridden settings", "Spider opened")
    ]
    assert order == sorted(order), order
    assert sum(OWN in line for line in lines) == 1  # said once, though held at the handler


def test_a_run_another_run_holds_is_its_line_alone(tmp_path: Path) -> None:
    state = tmp_path / "state" / "demo.sqlite"
    log = tmp_path / "job.log"
    argv = (
        "demo", "-a", "base_url=http://127.0.0.1:9", "-s", "NETWORK_ALLOWED=127.0.0.1:9",
        "-s", f"STATE_PATH={state}", "-s", f"WARC_DIR={tmp_path / 'warc'}",
    )  # fmt: skip
    with RunLock(state.parent / "demo.sqlite.lock"):  # what a running crawl holds
        done = _run(*argv)
        logged = _run(*argv, "-s", f"LOG_FILE={log}")
    assert done.returncode == logged.returncode == exitcodes.LOCKED, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("scrapy crawl: another run of this crawl is in progress (pid ")
    assert lines[0].endswith("; not starting a second one (exit status 75)"), lines
    said = log.read_text(encoding="utf-8").splitlines()  # scrapyd's job log: the line alone
    assert len(said) == 1 and said[0].endswith(lines[0]), said
    assert not list(tmp_path.glob("warc/*"))  # nothing fetched
