"""A crawl state file SQLite cannot read stops the run before it starts, naming the file.

Real `scrapy crawl demo` processes (nothing is fetched: the run stops at its
start) against a state that is not a database and one whose page 2 was
overwritten with zeros. Before, the first ended in `DatabaseError: file is not
a database`, naming no file; the second crawled on with a traceback from each
listing page whose query read the damaged page, and exited 1 at its end.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from newsarchive import exitcodes
from newsarchive.state.run import StateUnreadable, open_crawl_state
from newsarchive.state.store import CrawlState
from tests.plugins.crawling import PROJECT

PAGE = 4096  # SQLite's default page size


def _state(path: Path, urls: int) -> None:
    CrawlState(path).close()  # the schema
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO captures (url, captured_at, checked_at, status, version, version_date)"
            " VALUES (?, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', 200, 1,"
            " '2026-12-01T00:00:00Z')",
            [(f"http://127.0.0.1:9/news/article-{n}",) for n in range(urls)],
        )
    db.close()  # the last connection: its log is written into the file
    assert not path.with_name(path.name + "-wal").exists()


def _not_a_database(path: Path) -> None:
    path.write_text("<html>a saved page, not a crawl state</html>\n" * 40)


def _page_zeroed(path: Path) -> None:
    _state(path, 2000)
    assert path.stat().st_size > 8 * PAGE
    with path.open("r+b") as stream:
        stream.seek(PAGE)  # page 2: the captures table's first page
        stream.write(b"\0" * PAGE)


@pytest.mark.parametrize(
    ("damage", "says"),
    [(_not_a_database, "(file is not a database)"), (_page_zeroed, "Page 2: btreeInitPage()")],
)
def test_a_damaged_state_stops_the_run_naming_the_file(
    damage: object, says: str, tmp_path: Path
) -> None:
    state = tmp_path / "state" / "demo.sqlite"
    state.parent.mkdir()
    damage(state)  # type: ignore[operator]
    before = state.read_bytes()
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "demo", "-a", "base_url=http://127.0.0.1:9"),
        *("-s", f"STATE_PATH={state}", "-s", f"WARC_DIR={tmp_path / 'warc'}"),
    ]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-3000:]
    assert done.returncode == exitcodes.FAILED
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(f"scrapy crawl: the crawl could not start: the crawl state {state} ")
    assert says in last and last.endswith(
        "move it aside to start afresh (every article is then "
        "fetched and exported again) (exit status 1)"
    )
    assert "Spider opened" not in output
    assert state.read_bytes() == before  # left as it was, for whoever looks at it


def test_a_damaged_state_is_let_go_by_a_process_that_goes_on(tmp_path: Path) -> None:
    """A host process (scrapyd, a script running several crawls) that catches the refusal
    keeps neither the file open nor its lock: the file can be moved aside and the next
    crawl in the same process starts."""
    state = tmp_path / "demo.sqlite"
    _page_zeroed(state)

    def crawler() -> object:
        made = get_crawler(Spider, {"STATE_PATH": str(state), "WARC_DIR": str(tmp_path / "w")})
        made.spider = Spider(name="demo")
        return made

    def held() -> list[str]:
        fds = Path("/proc/self/fd")
        return [str(p) for p in fds.iterdir() if os.path.realpath(p) == str(state.resolve())]

    with pytest.raises(StateUnreadable, match="cannot be read"):
        open_crawl_state(crawler())  # type: ignore[arg-type]
    assert held() == []
    state.rename(tmp_path / "demo.sqlite.damaged")
    run = open_crawl_state(crawler())  # type: ignore[arg-type]
    assert run.known_count() == 0
