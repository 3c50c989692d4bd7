"""The crawl state without a crawl: the policy table, the SQLite store, the run lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from newsarchive.state.config import StateConfig
from newsarchive.state.lock import RunLock, RunLocked
from newsarchive.state.policy import (
    LISTED_CHANGED,
    NEW,
    RECHECK_AGE,
    conditional_headers,
    refetch_reason,
)
from newsarchive.state.store import Capture, CrawlState, Payload

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def capture(**changes: object) -> Capture:
    fields: dict[str, object] = {
        "url": "http://news.test/a/1.html",
        "captured_at": "2026-02-01T00:00:00.000000Z",
        "checked_at": "2026-02-01T00:00:00Z",
        "status": 200,
        "digest": "sha1:AAAA",
        "etag": '"v1"',
        "last_modified": "Sun, 01 Feb 2026 00:00:00 GMT",
        "listed_modified": None,
        "warc_file": "x.warc.gz",
        "warc_offset": 10,
        "record_id": "<urn:uuid:1>",
        "record_type": "response",
        "version": 1,
        "version_date": "2026-02-01T00:00:00.000000Z",
    }
    fields.update(changes)
    return Capture(**fields)  # type: ignore[arg-type]


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("known", "listed", "age", "expected"),
    [
        (None, None, None, NEW),
        (capture(), None, None, None),  # known, nothing says it changed
        (capture(), when("2026-01-15T00:00:00+00:00"), None, None),  # listed before our capture
        (capture(), when("2026-02-02T00:00:00+00:00"), None, LISTED_CHANGED),
        # the listing's own date at capture time is the baseline, not our clock
        (
            capture(listed_modified="2025-06-01T00:00:00Z"),
            when("2025-06-01T00:00:00+00:00"),
            None,
            None,
        ),
        (
            capture(listed_modified="2025-06-01T00:00:00Z"),
            when("2025-07-01T00:00:00+00:00"),
            None,
            LISTED_CHANGED,
        ),
        (capture(), None, timedelta(days=7), RECHECK_AGE),  # checked a month ago
        (capture(checked_at="2026-02-28T12:00:00Z"), None, timedelta(days=7), None),
    ],
)
def test_refetch_reason(
    known: Capture | None, listed: datetime | None, age: timedelta | None, expected: str | None
) -> None:
    assert refetch_reason(known, listed, NOW, age) == expected


def test_refetches_are_conditional() -> None:
    assert conditional_headers(capture()) == {
        "If-None-Match": '"v1"',
        "If-Modified-Since": "Sun, 01 Feb 2026 00:00:00 GMT",
    }
    assert conditional_headers(capture(etag=None, last_modified=None)) == {}


def test_store_keeps_captures_and_first_payload(tmp_path: Path) -> None:
    path = tmp_path / "state" / "demo.sqlite"
    store = CrawlState(path)
    first = Payload(
        "sha1:AAAA", "http://news.test/a/1.html", "2026-02-01T00:00:00Z", "<urn:uuid:1>"
    )
    later = Payload(
        "sha1:AAAA", "http://news.test/a/2.html", "2026-02-02T00:00:00Z", "<urn:uuid:2>"
    )
    store.save([capture()], [first])
    store.save([capture(version=2, digest="sha1:BBBB")], [later])
    store.close()

    reopened = CrawlState(path)
    assert reopened.count() == 1
    known = reopened.capture("http://news.test/a/1.html")
    assert known is not None and known.version == 2 and known.digest == "sha1:BBBB"
    assert reopened.payload("sha1:AAAA") == first  # a revisit refers to the first record
    assert reopened.capture("http://news.test/other") is None
    reopened.touch("http://news.test/a/1.html", "2026-03-01T00:00:00Z")
    touched = reopened.capture("http://news.test/a/1.html")
    assert touched is not None and touched.checked_at == "2026-03-01T00:00:00Z"


HOLDER = """
import sys, time
from pathlib import Path
from newsarchive.state.lock import RunLock
lock = RunLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_second_run_is_refused_and_a_killed_holder_does_not_block(tmp_path: Path) -> None:
    lock_path = tmp_path / "demo.sqlite.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[1],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(RunLocked, match=rf"another run .*pid {holder.pid}"):
            RunLock(lock_path).acquire()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert lock_path.exists()  # the stale file stays; its lock died with the process
    with RunLock(lock_path):
        assert f"pid {os.getpid()}" in lock_path.read_text()


class _Spider:
    name = "news"
    site = "demo"


@pytest.mark.parametrize(
    ("settings", "path"),
    [
        ({}, "state/demo.sqlite"),  # beside the WARC folder (warc/) by default
        ({"WARC_DIR": "/data/warc/demo"}, "/data/warc/state/demo.sqlite"),
        ({"STATE_PATH": "/var/lib/na/%(name)s-%(site)s.db"}, "/var/lib/na/news-demo.db"),
    ],
)
def test_state_config_paths(settings: dict[str, str], path: str) -> None:
    config = StateConfig.from_settings(Settings(settings), _Spider())
    assert config.path == Path(path)
    assert config.lock_path == config.path.with_name(config.path.name + ".lock")


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"STATE_ENABLED": "0"}, NotConfigured),
        ({"STATE_PATH": "state/%(sitee)s.sqlite"}, ValueError),
        ({"STATE_RECHECK_AGE": "-1"}, ValueError),
    ],
)
def test_state_config_refuses_or_disables(settings: dict[str, str], error: type[Exception]) -> None:
    with pytest.raises(error):
        StateConfig.from_settings(Settings(settings), _Spider())
