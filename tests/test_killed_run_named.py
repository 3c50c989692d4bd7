"""A run killed with SIGKILL writes no report: the next run names it in its log and report.

The killed run is the first of a crawl; the kill comes once its items file holds a few
lines (ordered by the file, not by time). The run lock still names the killed run (a
run that ends empties it), its WARC files carry its pid, and the crawl state's captures
name the files of the articles it recorded: the next run says when it started, its
pid, how many of its items are kept and which WARC files it left. A run after a clean
one says nothing of the kind."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsarchive import exitcodes
from newsarchive.demo.server import DemoServer
from newsarchive.state.lock import Holder, RunLock
from newsarchive.warc.writer import files_of_process, warc_filename
from tests.plugins.crawling import RunningCrawl, run_crawl, start_crawl
from tests.plugins.gated_front import gated_front

ARTICLES = 40
KILL_AT = 5  # items written by the killed run
# articles the front answers the killed run; the others wait until it is killed, so it is
# still crawling then however slowly the test gets to it (was a pace of 0.2 s a request)
ANSWERED = KILL_AT + 2


def _lines(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("\n") if path.exists() else 0


def _killed_at_its_items(run: RunningCrawl) -> None:
    """SIGKILL once the run's items file holds KILL_AT lines (its other articles held)."""
    deadline = time.monotonic() + 120  # a hang guard only
    while run.process.poll() is None and _lines(run.items_path) < KILL_AT:
        if time.monotonic() > deadline:
            run.process.kill()
            tail = run.log_path.read_text(errors="replace")[-3000:]
            raise AssertionError(f"no {KILL_AT} items in 120 s (killed):\n{tail}")
        time.sleep(0.02)
    assert run.process.poll() is None, "the run ended before it could be killed"
    run.process.send_signal(signal.SIGKILL)
    assert run.wait(60).returncode == -signal.SIGKILL


def _reports(root: Path) -> list[dict[str, object]]:
    return [json.loads(p.read_text()) for p in sorted((root / "reports").glob("demo-*.json"))]


def test_the_run_after_a_kill_names_the_killed_run(tmp_path: Path) -> None:
    warc = tmp_path / "warc"
    settings = {"WARC_DIR": str(warc), "STATE_COMMIT_WRITES": "1"}
    with (
        DemoServer(articles=ARTICLES) as server,
        gated_front(server, ANSWERED, lambda path: server.site.catalog.find(path) is not None)
        as (front, _, release),
    ):  # fmt: skip
        args = {"site": "demo", "base_url": front}
        before = datetime.now(UTC).replace(microsecond=0)
        killed = start_crawl("news", args, settings, tmp_path / "k")
        _killed_at_its_items(killed)
        kill = datetime.now(UTC)
        release.set()  # the next runs answered at once
        assert not _reports(tmp_path)  # the killed run wrote none
        pid = killed.process.pid
        after = run_crawl("news", args, settings, tmp_path / "after")
        clean = run_crawl("news", args, settings, tmp_path / "clean")

    (report, last) = _reports(tmp_path)
    previous = report["previous_run"]
    assert isinstance(previous, dict)
    assert previous["ended"] == "killed" and previous["pid"] == pid
    assert before <= datetime.fromisoformat(previous["started"]) <= kill
    kept = _lines(killed.items_path)  # after the next run's repair of the killed run's file
    assert kept >= KILL_AT - 1 and previous["items"] == kept
    files = sorted(p.name for p in warc.glob(f"*-{pid}-*"))
    assert files and all(name.endswith(".warc.gz") for name in files)  # closed by the next run
    assert previous["warc_files"] == files
    assert after.stats["state/previous_run_killed"] == 1
    said = f"the previous run of this crawl (pid {pid}, started {previous['started']}) did not end"
    assert said in after.log
    assert f"previous run: killed (pid {pid}, " in after.log  # the summary at the end too
    assert "previous_run" not in last and "state/previous_run_killed" not in clean.stats
    assert "did not end" not in clean.log


def test_the_lock_names_a_holder_that_never_let_go(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite.lock"
    with RunLock(path) as lock:
        assert lock.left_by is None  # a first run
    with RunLock(path) as lock:
        assert lock.left_by is None  # the run before ended: it emptied the file
    path.write_text("pid 4242 since 2026-12-04T10:00:00Z\n")  # what a killed holder leaves
    with RunLock(path) as lock:
        assert lock.left_by == Holder(4242, "2026-12-04T10:00:00Z")
    path.write_text("junk\n")
    with RunLock(path) as lock:
        assert lock.left_by is None


def test_a_run_that_stops_at_its_start_puts_the_killed_runs_note_back(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite.lock"
    path.write_text("pid 4242 since 2026-12-04T10:00:00Z\n")  # what a killed holder leaves
    with RunLock(path) as lock:
        assert lock.left_by == Holder(4242, "2026-12-04T10:00:00Z")
    # it never crawled: its report named no one, the next run still names the killed one
    assert path.read_text() == "pid 4242 since 2026-12-04T10:00:00Z\n"
    with RunLock(path) as lock:
        assert lock.left_by == Holder(4242, "2026-12-04T10:00:00Z")
        lock.hand_over()  # it crawls: its report names it
    assert path.read_text() == ""
    with RunLock(path) as lock:
        assert lock.left_by is None


def test_the_run_after_a_kill_and_a_failed_start_names_the_killed_run(tmp_path: Path) -> None:
    """A run that stops at its start, after taking the lock (here: a sqlite3 shell holds the
    state's write lock) writes no report: before, it emptied the lock, and the next real
    run named no killed run."""
    warc = tmp_path / "warc"
    settings = {"WARC_DIR": str(warc), "STATE_COMMIT_WRITES": "1"}
    with (
        DemoServer(articles=ARTICLES) as server,
        gated_front(server, ANSWERED, lambda path: server.site.catalog.find(path) is not None)
        as (front, _, release),
    ):  # fmt: skip
        args = {"site": "demo", "base_url": front}
        killed = start_crawl("news", args, settings, tmp_path / "k")
        _killed_at_its_items(killed)
        release.set()  # the next runs answered at once
        shell = sqlite3.connect(tmp_path / "state" / "demo.sqlite", isolation_level=None)
        shell.execute("BEGIN IMMEDIATE")  # another program writing the state
        try:
            failed = start_crawl("news", args, settings, tmp_path / "f").wait(120)
        finally:
            shell.close()
        assert failed.returncode == exitcodes.LOCKED and "locked by another program" in failed.log
        after = run_crawl("news", args, settings, tmp_path / "after")
    pid = killed.process.pid
    assert after.stats["state/previous_run_killed"] == 1
    assert f"previous run: killed (pid {pid}, " in after.log


SINCE = datetime(2026, 12, 4, 10, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("pid", "moment", "suffix", "host", "found"),
    [
        (4242, SINCE, "", "My_Box", True),
        (4242, SINCE.replace(minute=30), ".open", "My_Box", True),  # the one it was writing
        (4242, SINCE.replace(hour=9), "", "My_Box", False),  # an earlier process, same pid
        (42, SINCE, "", "My_Box", False),  # another pid that the first is a prefix of
        (14242, SINCE, "", "My_Box", False),
        (4242, SINCE, ".damaged", "My_Box", False),  # moved aside by recovery: no WARC file
        (4242, SINCE, "", "Other_Box", False),  # another machine's (a WARC folder shared)
    ],
)
def test_files_of_a_process_by_pid_and_start(
    tmp_path: Path, pid: int, moment: datetime, suffix: str, host: str, found: bool
) -> None:
    name = warc_filename("newsarchive", moment, 0, host, pid)
    (tmp_path / (name + suffix)).write_bytes(b"")
    assert files_of_process(tmp_path, 4242, SINCE, "My_Box") == ([name] if found else [])


def test_a_lock_file_holding_no_text_is_taken_and_its_note_replaced(tmp_path: Path) -> None:
    """A lock file a disk fault or another program filled with bytes that are no UTF-8: the
    run takes the lock (before: UnicodeDecodeError and the lock file left open), names no
    killed run, and leaves the file empty when it lets go."""
    path = tmp_path / "demo.sqlite.lock"
    path.write_bytes(b"\xff\xfe\x00pid 12 s\xe9nce")
    with RunLock(path) as lock:
        assert lock.left_by is None
        assert path.read_text(encoding="utf-8").startswith("pid ")
    assert path.read_bytes() == b""
