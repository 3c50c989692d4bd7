"""The note of the changes a run listed before its state committed them
(newsarchive.changes.listed), read by the runs after a kill: table-driven, no crawl."""

from __future__ import annotations

from pathlib import Path

from newsarchive.changes.listed import ListedChanges

KEY = ("http://127.0.0.1:9/world/harbour-reopens", "<urn:uuid:before>")


def _killed_run_listed(state: Path, pid: int) -> None:
    """What a run of pid `pid` leaves when killed after listing KEY's change."""
    ListedChanges(state, pid=pid).add(KEY, "<urn:uuid:after>")


def test_a_killed_runs_change_is_not_listed_again(tmp_path: Path) -> None:
    state = tmp_path / "demo.sqlite"
    _killed_run_listed(state, 999_999_999)  # no such process: killed
    after = ListedChanges(state, pid=4242)
    assert after.listed(KEY)
    after.finish(lambda url, record_id: True)  # this run's state committed it
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_killed_run_of_the_same_pid_is_read_too(tmp_path: Path) -> None:
    """A crawl run as pid 1 in a container has the same pid at every run: the note the killed
    run left under that pid is an earlier run's (this run has written none yet). Before, it
    was taken for this run's own: the change was listed again, and the note overwritten."""
    state = tmp_path / "demo.sqlite"
    _killed_run_listed(state, 1)
    after = ListedChanges(state, pid=1)
    assert after.listed(KEY)
    after.add(("http://127.0.0.1:9/world/other", "<urn:uuid:b2>"), "<urn:uuid:a2>")
    again = ListedChanges(state, pid=1)  # this one killed too: the next still knows both
    assert again.listed(KEY) and again.listed(("http://127.0.0.1:9/world/other", "<urn:uuid:b2>"))
    again.finish(lambda url, record_id: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
