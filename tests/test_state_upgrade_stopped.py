"""A crawl stopped (SIGTERM, SIGINT) while an old state file's identity upgrade runs in its
thread: it stops as any signalled crawl does (its one line, exit 1, no traceback), and the
file is whole: its rows as they were, keyed by identity or not at all (one transaction).
Real Scrapy against a local origin; the upgrade is held at its first row by a file gate
(tests/plugins/held_upgrade.py) while the test signals the crawl."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

import pytest

from newsarchive import settings as project_settings
from newsarchive.urlkeys import article_identity, scheme_identity
from tests.plugins.crawling import ended_on_failure, run_crawl, start_crawl
from tests.plugins.page_origin import answering_origin
from tests.test_incremental_spellings import _as_main_wrote_it, _columns

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = ("/news/ferry-timetable-changes", "/news/museum-opens-new-wing")
HELD = "tests.plugins.held_upgrade.HeldUpgrade"
FULL = "tests.plugins.full_upgrade.FullUpgrade"
WAITED = 120  # s: a guard against a hang, never a timing assertion


def answer(target: str) -> tuple[int, Mapping[str, str], bytes]:
    if target == "/news/":
        links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in STORIES)
        return 200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode()
    if target in STORIES:
        text = "".join(f"<p>The {target[6:]} story, paragraph {n}.</p>" for n in range(12))
        return (
            200,
            HTML,
            f"<html><head><title>{target}</title></head><body><article>{text}".encode(),
        )
    return 404, {"Content-Type": "text/plain"}, b"not here"


def _guard(what: str, began: float) -> None:
    assert time.monotonic() - began < WAITED, f"never: {what}"


def _rows(path: Path) -> list[tuple[str, int]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT url, version FROM captures ORDER BY url").fetchall()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_crawl_stopped_mid_upgrade_stops_cleanly_and_keeps_the_file(
    tmp_path: Path, signum: signal.Signals
) -> None:
    with answering_origin(answer) as url:
        args = {"url": f"{url}/news/", "requisites": "0"}
        state, old = tmp_path / "state.sqlite", tmp_path / "old.sqlite"
        run_crawl("news", args, {"STATE_PATH": str(state)}, tmp_path / "run1")
        _as_main_wrote_it(state, old)
        before = _rows(old)
        assert len(before) == len(STORIES)
        gate = tmp_path / "gate"
        gate.mkdir()
        settings = {
            "STATE_PATH": str(old),
            "TEST_UPGRADE_GATE": str(gate),
            "EXTENSIONS": json.dumps({**project_settings.EXTENSIONS, HELD: 10}),
        }
        with ended_on_failure() as crawls:
            crawl = start_crawl("news", args, settings, tmp_path / "run2")
            crawls.append(crawl)
            began = time.monotonic()
            while not (gate / "arrived").exists():
                assert crawl.process.poll() is None, crawl.log_path.read_text()[-3000:]
                _guard("the upgrade's first row", began)
                time.sleep(0.05)
            os.kill(crawl.process.pid, signum)
            while f"Received {signum.name}" not in crawl.log_path.read_text(errors="replace"):
                assert crawl.process.poll() is None, crawl.log_path.read_text()[-3000:]
                _guard("the signal said", began)
                time.sleep(0.05)
            (gate / "open").write_text("")
            result = crawl.wait(WAITED)
    log = result.log
    assert "Traceback" not in log, log[-4000:]
    assert "Error caught on signal handler" not in log, log[-4000:]
    assert result.returncode != 0, log[-3000:]
    assert _rows(old) == before
    with closing(sqlite3.connect(old)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        if "identity_any_scheme" in _columns(db):
            keyed = db.execute("SELECT url, identity, identity_any_scheme FROM captures")
            keyed = keyed.fetchall()
            assert {u: (s, a) for u, s, a in keyed} == {
                u: (scheme_identity(u), article_identity(u)) for u, _, _ in keyed
            }
    assert result.items() == []  # stopped before its first request


def test_an_upgrade_that_finds_the_disk_full_says_so_and_fails_the_run(tmp_path: Path) -> None:
    """A full disk is no lock held by another program: the run said "its write lock is held"
    and crawled on by exact URL, exit 0; the open's own check refuses a full disk (one line,
    exit 1), and so does the upgrade that finds it full."""
    with answering_origin(answer) as url:
        args = {"url": f"{url}/news/", "requisites": "0"}
        state, old = tmp_path / "state.sqlite", tmp_path / "old.sqlite"
        run_crawl("news", args, {"STATE_PATH": str(state)}, tmp_path / "run1")
        _as_main_wrote_it(state, old)
        with closing(sqlite3.connect(old)) as db:
            db.execute("VACUUM")  # no free page left: the identity index needs a new one
        before = _rows(old)
        settings = {
            "STATE_PATH": str(old),
            "TEST_FULL_UPGRADE": "1",
            "EXTENSIONS": json.dumps({**project_settings.EXTENSIONS, FULL: 10}),
        }
        result = start_crawl("news", args, settings, tmp_path / "run2").wait(WAITED)
    log = result.log
    assert "Traceback" not in log, log[-4000:]
    assert "write lock is held" not in log, log[-4000:]
    assert "full" in log.splitlines()[-1], log[-3000:]
    assert result.returncode == 1, log[-3000:]
    assert _rows(old) == before
    with closing(sqlite3.connect(old)) as db:
        assert "identity" not in _columns(db)  # rolled back whole
