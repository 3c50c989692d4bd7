"""A scheduled run killed (SIGKILL) mid-crawl: every changed article is listed in
changes.jsonl once, after the next run.

The demo site changes between two runs; the second is killed once its items file holds
a few lines, and run again. Before, changes.jsonl was written at the run's end: the
changes of the articles the state had committed by the kill were lost (no later run
found them changed again; 1 of 6 in a 300-article demo run with the default commit
batches), and a kill after the lines but before the state's last commit listed the
redone articles twice. Now a line goes out as its change is found, and the next run
skips a change the killed run listed (newsarchive.changes.listed). The kill is ordered
by the items file, not by time: the state commits each write (`commit: each`), or none
before the end (`commit: end`).
"""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from newsarchive.changes.run import read_changes
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl, start_crawl
from tests.plugins.gated_front import gated_front

ARTICLES = 40  # revision 3 with edits: 6 articles changed, 2 pages only around them, 2 new
KILL_AT = 3  # items written by the killed run


def _changed(server: DemoServer) -> set[str]:
    """The articles whose text or fields the revisions changed (not only their furniture)."""
    rewritten = {server.expected_article(n)["path"] for n in server.changed_articles}
    edited = {
        server.expected_article(n)["path"]
        for n, kinds in server.edited_articles.items()
        if set(kinds) - {"furniture"}
    }
    return rewritten | edited


def _lines(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("\n") if path.exists() else 0


@pytest.mark.parametrize(
    "commit",
    [
        {"STATE_COMMIT_WRITES": "1"},  # each item's capture committed as it goes
        {"STATE_COMMIT_WRITES": "100000", "STATE_COMMIT_SECONDS": "3600"},  # none until the end
    ],
    ids=["commit-each", "commit-end"],
)
def test_each_change_is_listed_once_across_a_killed_run_and_the_next(
    tmp_path: Path, commit: dict[str, str]
) -> None:
    changes = tmp_path / "changes.jsonl"
    settings = {"WARC_DIR": str(tmp_path / "warc"), "CHANGES_FILE": str(changes), **commit}
    expected: set[str] = set()
    armed = threading.Event()  # run 2: changed articles past the first KILL_AT held

    def held(path: str) -> bool:
        return armed.is_set() and path in expected

    # the run to kill is answered KILL_AT changed articles, the other changed ones held until
    # it is killed: it is still crawling then however slowly the test gets to it (was a pace
    # of 0.2 s a request)
    with (
        DemoServer(articles=ARTICLES, edits=True) as server,
        gated_front(server, KILL_AT, held) as (front, _, release),
    ):
        args = {"site": "demo", "base_url": front}
        run_crawl("news", args, settings, tmp_path / "run1")
        server.set_revision(3)
        expected |= _changed(server)
        armed.set()
        killed = start_crawl("news", args, settings, tmp_path / "run2")
        items = killed.items_path
        deadline = time.monotonic() + 120  # a hang guard only
        while killed.process.poll() is None and _lines(items) < KILL_AT:
            if time.monotonic() > deadline:
                killed.process.kill()
                raise AssertionError(f"no {KILL_AT} items in 120 s:\n{killed.log_path.read_text()}")
            time.sleep(0.02)
        assert killed.process.poll() is None, "the run ended before it could be killed"
        killed.process.send_signal(signal.SIGKILL)
        assert killed.wait(60).returncode == -signal.SIGKILL
        release.set()  # run 3 answered at once
        assert _lines(items) < len(expected) + 2  # killed before its last item
        listed_before = _lines(changes)
        again = run_crawl("news", args, settings, tmp_path / "run3")
    found = read_changes(changes)  # a line the kill cut short is skipped and counted
    assert found.bad == 0 and found.torn <= 1
    listed = Counter("/" + entry["url"].split("/", 3)[3] for entry in found.entries)
    assert set(listed) == expected, again.log[-3000:]
    # one writer thread: a kill between a change's line and its note (seen once in CI)
    # lists that one change twice; every other change once
    twice = [path for path, times in listed.items() if times > 1]
    assert max(listed.values()) <= 2 and len(twice) <= 1, listed
    if "STATE_COMMIT_SECONDS" in commit:  # the killed run committed none: each redone, once
        noted = listed_before - len(twice)
        assert again.stats.get("changes/listed_by_killed_run", 0) == noted
    assert (tmp_path / "state" / "demo.sqlite").is_file()
    assert not list((tmp_path / "state").glob("*.changes.*"))  # nothing left to tell a run
