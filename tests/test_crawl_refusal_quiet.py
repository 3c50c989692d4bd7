"""`scrapy crawl` refused for a wrong argument or setting says its one line alone.

Scrapy logs its banner (its version, then ten lines of library versions) as the crawler
process is made, and "Enabled addons" as the settings are applied: both came before the
project's refusal at INFO, so the user's one line was the last of a dozen or more. They
are held until the run goes ahead; a run that does go ahead still logs them, first and in
order. Real crawls of nothing (port 9 on loopback: nothing answers there).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]
BANNER = "[scrapy.utils.log] INFO: Scrapy "
NOWHERE = "http://127.0.0.1:9/"


def _crawl(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url={NOWHERE}"),
        *("-s", "NETWORK_ALLOWED=127.0.0.1:9", "-s", f"WARC_DIR={tmp_path / 'warc'}"),
        *("-s", "RETRY_ENABLED=0"),
        *extra,
    ]
    return run_scrapy_here(command, timeout=180)


def test_a_wrong_spider_argument_is_its_line_alone(tmp_path: Path) -> None:
    done = _crawl(tmp_path, "-a", "depth=x")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "scrapy crawl: depth must be a whole number of at least 0 (0: the start page only), "
        "got 'x' (exit status 2)"
    ]
    assert done.stdout == ""


def test_a_wrong_setting_found_as_settings_apply_is_its_line_alone(tmp_path: Path) -> None:
    """Refused by the settings check, after Scrapy's "Enabled addons" line."""
    done = _crawl(tmp_path, "-s", "NEWSARCHIVE_CONTAKT=mailto:x@example.org")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "scrapy crawl: unknown setting NEWSARCHIVE_CONTAKT; did you mean NEWSARCHIVE_CONTACT? "
        "(exit status 2)"
    ]


def test_a_refused_run_with_a_log_file_logs_its_line_alone(tmp_path: Path) -> None:
    """scrapyd's jobs log to LOG_FILE: the log is the refusal, not Scrapy's versions."""
    log = tmp_path / "job.log"
    done = _crawl(tmp_path, "-a", "depth=-1", "-s", f"LOG_FILE={log}")
    assert done.returncode == 2, done.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and BANNER.strip() not in lines[0], lines
    assert lines[0].endswith("got '-1' (exit status 2)"), lines


def test_asked_for_debug_a_refused_run_shows_everything(tmp_path: Path) -> None:
    done = _crawl(tmp_path, "-L", "DEBUG", "-a", "depth=x")
    assert done.returncode == 2, done.stderr
    assert BANNER in done.stderr
    assert done.stderr.splitlines()[-1].endswith("got 'x' (exit status 2)")


def test_a_run_that_goes_ahead_logs_scrapys_start_first_and_in_order(tmp_path: Path) -> None:
    done = _crawl(tmp_path, "-a", "depth=0")
    assert done.returncode == 1, done.stderr  # the start page cannot be fetched
    lines = done.stderr.splitlines()
    logged = [line for line in lines if re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[", line)]
    assert BANNER in logged[0] and "[scrapy.utils.log] INFO: Versions:" in logged[1], logged[:3]
    order = [
        next(n for n, line in enumerate(lines) if what in line)
        for what in (BANNER, "Enabled addons", "Overridden settings", "Spider opened")
    ]
    assert order == sorted(order), order
    assert sum(BANNER in line for line in lines) == 1  # said once
    assert lines[-1].startswith("scrapy crawl: the crawl did not finish its job"), lines[-1]


def _crawl_early(tmp_path: Path, spider: str, log: Path) -> subprocess.CompletedProcess[str]:
    """A spider of tests/plugins/startup_spiders.py: trouble as its crawler is made, before
    Scrapy takes SIGTERM over or logs "Overridden settings"."""
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", spider),
        *("-s", "SPIDER_MODULES=tests.plugins.startup_spiders"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"LOG_FILE={log}"),
    ]
    return run_scrapy_here(command, timeout=180)


def test_a_sigterm_as_the_run_starts_leaves_scrapys_start_in_the_log(tmp_path: Path) -> None:
    """scrapyd's cancel (SIGTERM) as a job starts: its log had Scrapy's versions, then held
    back and lost with the process (the log was empty)."""
    log = tmp_path / "job.log"
    done = _crawl_early(tmp_path, "term_early", log)
    assert done.returncode == -15, done.stderr  # the signal ends the process, as before
    assert done.stderr.startswith("scrapy crawl: terminated (SIGTERM) while starting"), done.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and BANNER in lines[0], lines
    assert sum(BANNER in line for line in lines) == 1


def test_an_error_as_the_run_starts_leaves_scrapys_start_in_the_log(tmp_path: Path) -> None:
    log = tmp_path / "job.log"
    done = _crawl_early(tmp_path, "raise_early", log)
    assert done.returncode == 1, done.stderr
    assert "RuntimeError: the spider's settings file is gone" in done.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and BANNER in lines[0], lines


def test_a_ctrl_c_as_the_run_starts_leaves_scrapys_start_in_the_log(tmp_path: Path) -> None:
    log = tmp_path / "job.log"
    done = _crawl_early(tmp_path, "int_early", log)
    assert done.returncode == -2, done.stderr  # ended by SIGINT, as Python ends it (130)
    assert done.stderr.strip().splitlines()[-1] == "scrapy crawl: interrupted (Ctrl-C)"
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and BANNER in lines[0], lines
