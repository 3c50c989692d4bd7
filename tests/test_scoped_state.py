"""Importing the crawler changes no process-wide state; a crawl takes away what it installs.

The warnings filters (scrapy-redis's and spidermon's deprecation warnings) and the
log filters (robots.txt's traceback, scrapy-playwright's failures in one line) were
set when a module was imported, or added at each crawl's start and never removed.
Each check runs in a fresh Python process, as a program embedding the crawler would.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.plugins.crawling import PROJECT
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

OURS = (
    "newsarchive.distributed",
    "newsarchive.health.monitors",
    "newsarchive.health.extension",
    "newsarchive.network.robots",
    "newsarchive.browser.handler",
    "newsarchive.scoped",
)
# What each crawl installs while it runs: (logger, filter class), and warnings filters by text.
LOG_FILTERS = {"scrapy.downloadermiddlewares.robotstxt": "_NoTraceback"}
LOG_FILTERS["scrapy-playwright"] = "OneLineFailures"
# scrapy-playwright's filter comes with the browser, built at a crawl's first rendered request
# (newsarchive.browser.front): a crawl that renders nothing installs robots.txt's alone, one
# that renders a page both
PLAIN_CRAWL = {
    name: [kind] if name != "scrapy-playwright" else [] for name, kind in LOG_FILTERS.items()
}
RENDERED_CRAWL = {name: [kind] for name, kind in LOG_FILTERS.items()}
WARNING_FILTERS = ("Spider\\\\.log", "Passing a 'spider' argument")
# spidermon's, in every crawl's log without its filter (scrapy-redis's is not reached with
# our scheduler and stats: newsarchive.distributed)
QUIETED = "Spider.log() is deprecated"

_STATE = """
import logging, warnings
def state():
    loggers = logging.root.manager.loggerDict.items()
    return {
        "warnings": [repr(entry) for entry in warnings.filters],
        "loggers": {n: len(l.filters) for n, l in loggers if isinstance(l, logging.Logger)},
    }
"""


def _python(code: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_importing_the_crawlers_modules_changes_no_warnings_or_log_filters() -> None:
    # First what our modules import besides themselves; then those imported before ours,
    # so that what a third-party package sets at its own import is not counted as ours.
    imports = "; ".join(f"import {name}" for name in OURS)
    packages = _python(
        f"import json, sys; {imports}; "
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules} - {'newsarchive'})))"
    )
    assert "scrapy_redis" in packages and "spidermon" in packages
    seen = _python(
        f"{_STATE}\nimport json, importlib\nfor name in {packages!r}:\n"
        "    try:\n        importlib.import_module(name)\n"
        "    except ImportError:\n        pass  # a compiled extension's helper module\n"
        f"before = state()\n{imports}\n"
        "print(json.dumps({'before': before, 'after': state()}))"
    )
    before, after = seen["before"], seen["after"]
    assert after["warnings"] == before["warnings"]
    changed = {n: k for n, k in after["loggers"].items() if k != before["loggers"].get(n, 0)}
    assert changed == {}


def _plugin(name: str, *args: str) -> tuple[dict[str, Any], str]:
    """Run `python -m tests.plugins.NAME ARGS...`: the JSON it prints, and its log."""
    done = subprocess.run(
        [sys.executable, "-m", f"tests.plugins.{name}", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout), done.stderr


def _ours(warnings_filters: list[str]) -> list[str]:
    return [entry for entry in warnings_filters if any(t in entry for t in WARNING_FILTERS)]


def test_two_crawls_in_one_process_each_install_and_remove_their_filters(
    redis_server: RedisServer,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    """The first crawl renders nothing, the second renders its page: each installs its log
    filters while it runs (the second scrapy-playwright's too, with the browser's handler made
    at its first rendered request) and takes them away when it stops."""
    seen, log = _plugin("two_crawls", str(tmp_path), redis_server.url)
    assert log.count("Spider closed (finished)") == 2
    assert seen["rendered"] == {"browser/pages": 1, "item_scraped_count": 1}
    before = seen["before"]
    assert _ours(before["warnings"]) == []
    for n, kinds in ((1, PLAIN_CRAWL), (2, RENDERED_CRAWL)):
        during, after = seen[f"during{n}"], seen[f"after{n}"]
        assert during["loggers"] == kinds
        assert len(_ours(during["warnings"])) == len(WARNING_FILTERS)  # once each
        assert {name: [] for name in LOG_FILTERS} == after["loggers"]
        assert _ours(after["warnings"]) == []
    # the second crawl leaves exactly what the first left (third-party imports' filters)
    assert seen["after2"]["warnings"] == seen["after1"]["warnings"]
    assert QUIETED not in log


@pytest.mark.parametrize("how", ["close", "raise", "build"])
def test_a_crawl_whose_start_failed_takes_its_filters_away(tmp_path: Path, how: str) -> None:
    """A component failing as the spider opens (CloseSpider, or any error): Scrapy closes
    the spider but sends no engine_stopped, and the filters stayed installed. One failing
    as the engine is built (`build`, in its `from_crawler`): no signal at all; the filters
    go with the crawler, once the program lets go of it."""
    seen, log = _plugin("failed_start", str(tmp_path), how)
    if how == "build":  # the start failed where meant: no engine, the filters installed
        assert "the pipeline's settings are wrong" in log and "Spider opened" not in log
    else:
        assert "Spider closed" in log  # the start failed where meant: the spider opened
    assert {name: [] for name in LOG_FILTERS} == seen["after"]["loggers"]
    assert _ours(seen["after"]["warnings"]) == []
