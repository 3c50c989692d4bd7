"""A STATE_PATH that is a loop of symbolic links (a link left pointing at itself after a
move): SQLite said "unable to open database file", and the run's last line told the user
to move the state aside "to start afresh (every article is then fetched and exported
again)", exit 1, of a file that is not there. A wrong setting: one line, exit 2."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]


def test_a_state_path_that_is_a_loop_of_links_is_a_wrong_setting(tmp_path: Path) -> None:
    loop = tmp_path / "demo.sqlite"
    (tmp_path / "other").symlink_to(loop)
    loop.symlink_to(tmp_path / "other")
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", "url=http://127.0.0.1:9/"),
        *("-s", "NETWORK_ALLOWED=127.0.0.1:9", "-s", f"WARC_DIR={tmp_path / 'warc'}"),
        *("-s", f"STATE_PATH={loop}"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"scrapy crawl: setting STATE_PATH={str(loop)!r}: {loop} is a loop of symbolic links "
        "(Too many levels of symbolic links); give the state file's path (exit status 2)"
    ], done.stderr
