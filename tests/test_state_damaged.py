"""A crawl state file SQLite cannot read stops the run before it starts, naming the file.

Real `scrapy crawl demo` processes (nothing is fetched: the run stops at its
start) against a state that is not a database and one whose page 2 was
overwritten with zeros. Before, the first ended in `DatabaseError: file is not
a database`, naming no file; the second crawled on with a traceback from each
listing page whose query read the damaged page, and exited 1 at its end.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from newsarchive import exitcodes
from newsarchive.demo.server import DemoServer
from newsarchive.state.run import StateUnreadable, open_crawl_state
from newsarchive.state.store import CrawlState
from tests.plugins.crawling import run_crawl, run_scrapy_here, start_crawl
from tests.plugins.gated_front import gated_front

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
        *("-s", "NETWORK_ALLOWED=127.0.0.1:9"),  # else refused as an argument, first
    ]
    done = run_scrapy_here(command, timeout=120)
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
    # nothing made for a run that never started (before: an empty WARC folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state"]


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


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """No write to `path` (a file, or a folder taking no new file), for root too: root
    ignores permission bits, so it gets the immutable flag (skipped where there is none)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    flagged = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if flagged.returncode != 0:
        pytest.skip(f"no immutable flag here: {flagged.stderr.decode(errors='replace')}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_state_that_cannot_be_written_stops_the_run_keeping_the_file(
    locked: str, tmp_path: Path
) -> None:
    """A read-only state file opened and read fine, then its first write failed with a
    spider traceback and the run exited 0 remembering nothing; a read-only folder (SQLite
    cannot make its `-wal` beside the file) was called a damaged file to move aside."""
    state = tmp_path / "state" / "demo.sqlite"
    state.parent.mkdir()
    _state(state, 20)
    state.with_name(state.name + ".lock").touch()  # an earlier run's
    before = state.read_bytes()
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "demo", "-a", "base_url=http://127.0.0.1:9"),
        *("-s", f"STATE_PATH={state}", "-s", f"WARC_DIR={tmp_path / 'warc'}"),
        *("-s", "NETWORK_ALLOWED=127.0.0.1:9"),  # else refused as an argument, first
    ]
    with _read_only(state if locked == "file" else state.parent):
        done = run_scrapy_here(command, timeout=120)
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-3000:]
    assert done.returncode == exitcodes.FAILED
    last = done.stderr.strip().splitlines()[-1]
    why = "(attempt to write a readonly database)" if locked == "file" else "takes no new file: "
    assert last.startswith(
        f"scrapy crawl: the crawl could not start: the crawl state {state} cannot be written "
    )
    assert why in last and "move it aside" not in last
    assert last.endswith("writable by this user (the file is left as it is) (exit status 1)")
    assert state.read_bytes() == before
    assert not list(tmp_path.glob("warc/*"))  # nothing fetched


def test_a_state_another_program_holds_locked_is_a_try_later(tmp_path: Path) -> None:
    """A write lock held by another program (a sqlite3 shell mid-transaction): the run
    waited SQLite's 5 s, then said "make it and its folder writable by this user", exit 1
    (not a permissions problem). Now exit 75, as when another run holds the crawl."""
    state = tmp_path / "state" / "demo.sqlite"
    state.parent.mkdir()
    _state(state, 20)
    holder = sqlite3.connect(state)
    holder.execute("BEGIN IMMEDIATE")
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "demo", "-a", "base_url=http://127.0.0.1:9"),
        *("-s", f"STATE_PATH={state}", "-s", f"WARC_DIR={tmp_path / 'warc'}"),
        *("-s", "NETWORK_ALLOWED=127.0.0.1:9"),
    ]
    try:
        done = run_scrapy_here(command, timeout=120)
    finally:
        holder.rollback()
        holder.close()
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-3000:]
    assert done.returncode == exitcodes.LOCKED, output[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert f"the crawl state {state} is locked by another program" in last, last
    assert "writable by this user" not in last
    assert not list(tmp_path.glob("warc/*"))  # nothing fetched


def test_a_lock_taken_mid_crawl_and_a_sigterm_stop_the_run_without_a_hole(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """Another program takes the state's write lock mid-crawl and keeps it; the crawl is
    sent SIGTERM. Before: every item waited SQLite's 5 s on the reactor and failed alone
    (a traceback each), the SIGTERM went unheard as long as the lock was held (61 s for a
    60 s hold), and the items whose writes failed stayed in the middle of the items file:
    the next run exported 8 of them again. Now the first write that cannot begin loses the
    batch: one line, the run stops (exit 1) within seconds, and every article is in the
    two runs' items once."""
    shared = {"WARC_DIR": str(tmp_path / "warc")}
    # the front answers 20 articles and holds the others until the lock is taken: the crawl
    # is still running then however slowly the test gets to it (was a pace of 0.2 s a
    # request, and before it 0.05 s, which a CI run outlasted)
    catalog = demo_site.site.catalog
    with gated_front(demo_site, 20, lambda path: catalog.find(path) is not None) as gate:
        front, _, release = gate
        args = {"site": "demo", "base_url": front}
        first = start_crawl("news", args, shared, tmp_path / "first")
        deadline = time.monotonic() + 120  # a hang guard only
        while first.process.poll() is None and _lines(first.items_path) < 15:
            if time.monotonic() > deadline:
                first.process.kill()
                raise AssertionError(f"no 15 items in 120 s:\n{first.log_path.read_text()}")
            time.sleep(0.05)
        holder = _take_write_lock(tmp_path / "state" / "demo.sqlite")
        assert first.process.poll() is None, "the crawl ended before the lock was taken"
        release.set()  # its next articles come while the lock is held
        try:
            time.sleep(1)
            first.process.send_signal(signal.SIGTERM)
            # it must end while the lock is still held (before, it ended only once it was let go)
            code = first.process.wait(timeout=HELD)
        finally:
            holder.rollback()
            holder.close()
            if first.process.poll() is None:
                first.process.wait(timeout=120)
        log = first.log_path.read_text(encoding="utf-8")
        assert code == 1, (code, log[-3000:])
        assert "Traceback" not in log, log[-3000:]
        assert "database is locked by another program" in log
        last = run_crawl("news", args, shared, tmp_path / "last")
    urls = [json.loads(line)["url"] for run in (first, last) for line in _items(run.items_path)]
    every = {front + demo_site.site.catalog.article(n).path for n in range(1, 301)}
    assert len(urls) == len(set(urls)) and set(urls) == every


HELD = 60  # seconds the other program holds the lock at most


def _take_write_lock(path: Path) -> sqlite3.Connection:
    """BEGIN IMMEDIATE at the first gap between the crawl's own writes. SQLite's busy wait
    sleeps between tries and can miss every gap of a writer that commits often (the crawl
    then finished before the lock was held); retrying at once does not starve."""
    holder = sqlite3.connect(path, timeout=0)
    deadline = time.monotonic() + 30
    while True:
        try:
            holder.execute("BEGIN IMMEDIATE")
            return holder
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.001)


def _items(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _lines(path: Path) -> int:
    return len(_items(path)) if path.exists() else 0
