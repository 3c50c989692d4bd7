"""Shared test fixtures, one plugin module per concern (servers start once per session)."""

from __future__ import annotations

import compileall
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = [
    "tests.plugins.demo_site",  # the bundled demo news site on 127.0.0.1:<port 0>
    "tests.plugins.crawling",  # running real `scrapy crawl` and the shared demo crawl
    "tests.plugins.pywb",  # pywb (own venv) replaying WARCs on loopback
    "tests.plugins.fixture_server",  # serves per-site fixture pages for spider tests
    "tests.plugins.chromium",  # one Chromium a session for the tests driving pages directly
    "tests.plugins.moving_hosts",  # hosts moving to another name of their site, via a proxy
    "tests.plugins.deadline",  # one deadline a test, inside its timeout, for helpers that wait
    "tests.plugins.environment",  # each test leaves the process's environment as it found it
]

# In CI every test must really run: a skip there (no Chromium, no pywb venv) would
# hide exactly what the suite is meant to show, so it counts as a failure.
REQUIRE_ALL = os.environ.get("CI") == "true" or os.environ.get("NEWSARCHIVE_REQUIRE_ALL") == "1"


PROJECT = Path(__file__).resolve().parents[1]

# A suite started in the background of a shell without job control (a CI runner, `make
# test &`) has SIGINT ignored, and every process a test starts inherits that: Ctrl-C
# tests then saw their command run to its end. A handler of our own is reset to the
# default in each child, as a user's terminal gives it.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_configure(config: pytest.Config) -> None:
    """The project's bytecode, written once before any test. The suite starts many `scrapy
    crawl` and `python -m newsarchive` processes; where PYTHONDONTWRITEBYTECODE is set (as on
    the CI machine) each compiled the package (and the tests/plugins its crawls load) from
    source again: 0.2-0.4 s of CPU of a start's 1.3-1.8. Once per run: a pytest-xdist worker
    (PYTEST_XDIST_WORKER) leaves it to the process that started it."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        # the commands' cache of checked archives (newsarchive.warc.checked): the suite's
        # own, not the user's ~/.cache (XDG_CACHE_HOME is left alone: Playwright's browsers)
        os.environ.setdefault(
            "NEWSARCHIVE_CACHE_DIR", tempfile.mkdtemp(prefix="newsarchive-cache-")
        )
        for folder in (PROJECT / "newsarchive", PROJECT / "tests" / "plugins"):
            compileall.compile_dir(folder, quiet=1)
        # and the extraction modules' patterns (newsarchive.extract.regexcache): 0.4 s more
        # of each process that extracts; in a process of its own, so that no test runs
        # with the extractor imported before it asked for it
        keep = "from newsarchive.extract.regexcache import keep_all; keep_all()"
        subprocess.run([sys.executable, "-c", keep], cwd=PROJECT, check=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Generator[None, Any, Any]:
    report = yield
    # shared_data: data read in place from ../shared (never copied into the project)
    absent_data = item.get_closest_marker("shared_data") is not None
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail") and not absent_data:
        report.outcome = "failed"
        report.longrepr = f"skipped where every test must run (CI): {report.longrepr}"
    return report
