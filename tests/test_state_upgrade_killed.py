"""A state file's upgrade (the identity column, filled, indexed) killed half way leaves the
file as it was: the next open, by this version or an earlier one, reads every row.

The archivist's long-lived state file is upgraded in place on the first open; a kill -9
between the ALTER TABLE and the COMMIT must not leave a column half filled (looked up by
identity, the unfilled rows would be missed and fetched again as new) nor the file
unreadable. A real process, killed while it fills the identities.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from newsarchive.state.store import CrawlState
from tests.test_incremental_spellings import OLD_CAPTURES, OLD_COLUMNS

ROWS = 2000
PAUSE_AT = 1500  # the filling process stops here (column added, not committed)

FILLER = """
import sys, time
import newsarchive.state.store as store
asked = [0]
identity = store.article_identity
def pausing(url):
    asked[0] += 1
    if asked[0] == {pause}:
        open(sys.argv[2], "w").close()
        time.sleep(600)
    return identity(url)
store.article_identity = pausing
store.CrawlState(sys.argv[1])
"""


def _old_file(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db:
        db.execute(OLD_CAPTURES)
        db.executemany(
            f"INSERT INTO captures ({OLD_COLUMNS}) VALUES ({', '.join('?' * 15)})",
            [
                (f"https://News.test/story-{i}/", "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z",
                 200, f"sha1:{i}", None, None, None, "one.warc.gz", i, f"<urn:uuid:{i}>",
                 "response", 1, "2026-12-01T08:00:00Z", None)
                for i in range(ROWS)
            ],
        )  # fmt: skip
        db.commit()


def test_an_upgrade_killed_half_way_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    state, paused = tmp_path / "state.sqlite", tmp_path / "paused"
    _old_file(state)
    filler = subprocess.Popen(
        [sys.executable, "-c", FILLER.format(pause=PAUSE_AT), str(state), str(paused)],
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        while not paused.exists():
            assert filler.poll() is None, "the filling process ended before its pause"
            time.sleep(0.05)
    finally:
        os.kill(filler.pid, signal.SIGKILL)
        filler.wait()
    with closing(sqlite3.connect(state)) as db:  # as an earlier version reads it
        assert "identity" not in [row[1] for row in db.execute("PRAGMA table_info(captures)")]
        assert db.execute("SELECT count(*) FROM captures").fetchone() == (ROWS,)
    upgraded = CrawlState(state)
    try:
        assert (
            upgraded.capture("https://news.test/story-1999").url == "https://News.test/story-1999/"
        )
    finally:
        upgraded.close()
    with closing(sqlite3.connect(state)) as db:
        assert db.execute("SELECT count(*) FROM captures WHERE identity IS NULL").fetchone() == (0,)
