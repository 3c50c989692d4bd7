"""Test plugin: the order pytest-xdist's `--dist loadfile` hands the test files to the workers.

xdist sends the files largest first (by number of tests: `--loadscope-reorder`, its default),
and a worker is sent its next file as soon as it has two tests or fewer left to run. Here the
files with many tests are the extraction tables (a few milliseconds a test), and the files
with few tests are the slow ones: crawls, Chromium, Redis workers killed and waited for (one
to 40 s a test, most of it a module fixture's start). So the slow files came last, and a
worker given a one-test file of 40 s was at once given two more files behind it: the other
worker ran out of files and waited, alone at the end, while those ran one after another.

Here the files that start processes (crawls, commands, Chromium, redis-server, pywb: named
in their source) go out first, then the others, each part fewest tests first: the slow files
are spread over both workers while plenty is left to balance them (a file with many tests
and a slow module fixture, tests/test_cli_errors.py's 146 commands, among them), and what is
left at the end is the tables' files, many short tests each, where a file held back behind
another costs seconds, not a minute. Which tests run, and how each runs (one file on one
worker, its module fixtures made once), is as before: only the order of the files changes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

# A file that starts processes (crawls, commands, Chromium, redis-server, pywb) or waits on
# them: seconds a test, where the tables' tests take milliseconds
_STARTS_PROCESSES = re.compile(
    r"subprocess|start_crawl|run_crawl|run_scrapy|chromium|redis_server|demo_crawl|pywb"
)


def _starts_processes(path: Path) -> bool:
    try:
        return _STARTS_PROCESSES.search(path.read_text(encoding="utf-8")) is not None
    except OSError:  # a scope that is no file of its own (a doctest's package): last
        return False


def _scheduler_class() -> type:
    from xdist.scheduler import LoadFileScheduling

    class SlowFilesFirst(LoadFileScheduling):
        """`--dist loadfile`, the files that start processes sent out first, then the rest;
        each part fewest tests first."""

        def schedule(self) -> None:
            if self.collection is not None or not self._check_nodes_have_same_collection():
                super().schedule()  # later calls, and xdist's own refusal of a mismatch
                return
            self.collection = list(next(iter(self.registered_collections.values())))
            if not self.collection:
                return
            files: dict[str, dict[str, bool]] = {}
            for nodeid in self.collection:
                files.setdefault(self._split_scope(nodeid), {})[nodeid] = False
            root = self.config.rootpath
            order = sorted(
                files, key=lambda scope: (not _starts_processes(root / scope), len(files[scope]))
            )
            for scope in order:  # sorted() is stable: ties keep the collection's order
                self.workqueue[scope] = files[scope]
            # the rest as xdist's own schedule(): no worker left without a file, then a
            # first file each, then a second (xdist #277)
            for _ in range(len(self.nodes) - len(self.workqueue)):
                unused, _assigned = self.assigned_work.popitem()
                unused.shutdown()
            for node in self.nodes:
                self._assign_work_unit(node)
            for node in self.nodes:
                self._reschedule(node)
            if not self.workqueue:
                for node in self.nodes:
                    node.shutdown()

    return SlowFilesFirst


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadfile":
        return None  # another --dist: xdist's own scheduler
    return _scheduler_class()(config, log)
