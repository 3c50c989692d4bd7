"""The crawl state's batched writes: committed in order, all at the end, a prefix after a kill."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive import settings as project_settings
from newsarchive.state.config import StateConfig
from newsarchive.state.ledger import LocalRunLedger
from newsarchive.state.run import CrawlStateRun
from newsarchive.state.store import Capture, CrawlState, Payload

PROJECT = Path(__file__).resolve().parents[1]

BASE = Capture(
    url="http://news.test/a0",
    captured_at="2026-02-01T00:00:00.000000Z",
    checked_at="2026-02-01T00:00:00Z",
    status=200,
    digest="sha1:A0",
    etag=None,
    last_modified=None,
    listed_modified=None,
    warc_file="x.warc.gz",
    warc_offset=0,
    record_id="<urn:uuid:0>",
    record_type="response",
    version=1,
    version_date="2026-02-01T00:00:00.000000Z",
)


def capture(n: int, **changes: object) -> Capture:
    return replace(BASE, url=f"http://news.test/a{n}", record_id=f"<urn:uuid:{n}>", **changes)  # type: ignore[arg-type]


def committed_urls(path: Path) -> set[str]:
    """What another process sees: committed rows only."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {url for (url,) in db.execute("SELECT url FROM captures")}


def test_writes_wait_for_their_batch_yet_this_connection_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=3, commit_seconds=600)
    store.save([capture(1)])
    store.save((), [Payload("sha1:A1", "http://news.test/a1", "2026", "<urn:uuid:1>")])
    assert store.capture("http://news.test/a1") == capture(1)  # decisions see every write
    assert store.payload("sha1:A1") is not None
    assert committed_urls(path) == set()
    store.touch("http://news.test/a1", "2026-03-01T00:00:00Z")  # the third write commits
    assert committed_urls(path) == {"http://news.test/a1"}
    store.save([capture(2)])
    store.flush()
    assert committed_urls(path) == {"http://news.test/a1", "http://news.test/a2"}
    store.save([capture(3)])
    store.close()  # the end of the run commits the rest
    assert len(committed_urls(path)) == 3


def test_a_batch_older_than_its_seconds_is_committed_by_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=1000, commit_seconds=0)
    store.save([capture(1)])
    assert committed_urls(path) == {"http://news.test/a1"}
    store.close()


def test_a_failed_write_is_undone_alone(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=100, commit_seconds=600)
    store.save([capture(1)])
    with pytest.raises(sqlite3.IntegrityError):  # status is NOT NULL: neither row is kept
        store.save([capture(2), capture(3, status=None)])
    store.save([capture(4)])
    store.close()
    assert committed_urls(path) == {"http://news.test/a1", "http://news.test/a4"}


WRITER = """
import sys, time
from dataclasses import replace
from tests.test_state_batches import capture
from newsarchive.state.store import CrawlState
store = CrawlState(sys.argv[1], commit_writes=10, commit_seconds=600)
for n in range(25):
    store.save([capture(n)])
print("written", flush=True)
time.sleep(60)
"""


def test_a_kill_9_leaves_the_batches_committed_before_it(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=PROJECT
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "written"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        if writer.stdout is not None:
            writer.stdout.close()
    assert committed_urls(path) == {f"http://news.test/a{n}" for n in range(20)}
    reopened = CrawlState(path)  # the next run opens it as usual
    assert reopened.count() == 20
    reopened.close()


def dump(path: Path) -> list[object]:
    with sqlite3.connect(path) as db:
        return [
            *db.execute("SELECT * FROM captures ORDER BY url"),
            *db.execute("SELECT * FROM payloads ORDER BY digest"),
        ]


@pytest.mark.parametrize("commit_writes", [2, 7, 1000])
def test_batches_keep_what_one_commit_per_write_kept(tmp_path: Path, commit_writes: int) -> None:
    def run(store: CrawlState) -> None:
        for n in range(20):
            store.save([capture(n)], [Payload(f"sha1:{n % 6}", f"http://news.test/a{n}", "d", "r")])
            if n % 3 == 0:
                store.touch(f"http://news.test/a{n // 2}", f"2026-03-0{n % 9 + 1}T00:00:00Z")
            store.raise_listed(f"http://news.test/a{n // 4}", f"2026-01-{n + 10}T00:00:00Z")
        store.save([capture(3, version=2, digest="sha1:B3")])
        store.close()

    run(CrawlState(tmp_path / "one.sqlite"))
    run(CrawlState(tmp_path / "batched.sqlite", commit_writes=commit_writes, commit_seconds=600))
    assert dump(tmp_path / "batched.sqlite") == dump(tmp_path / "one.sqlite")


class _Spider:
    name = "news"
    site = "demo"


def test_the_project_batches_and_refuses_nonsense() -> None:
    config = StateConfig.from_settings(
        Settings({k: getattr(project_settings, k) for k in dir(project_settings) if k.isupper()}),
        _Spider(),
    )
    assert config.commit_writes > 1 and 0 < config.commit_seconds <= 5
    for bad in ({"STATE_COMMIT_WRITES": "0"}, {"STATE_COMMIT_SECONDS": "-1"}):
        with pytest.raises(ValueError, match="STATE_COMMIT"):
            StateConfig.from_settings(Settings(bad), _Spider())


def committed_payloads(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {digest for (digest,) in db.execute("SELECT digest FROM payloads")}


def test_archived_payloads_are_written_with_the_next_capture_or_at_the_commit(
    tmp_path: Path,
) -> None:
    """A payload waits for the next article's capture (one write for both), else for the
    next commit; this run's lookups find it all along, and the end of the run keeps it."""
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=1000, commit_seconds=600)
    stats = MemoryStatsCollector(get_crawler())
    run = CrawlStateRun(None, store, None, LocalRunLedger(), stats)
    first = Payload("sha1:A1", "http://news.test/a1", "2026", "<urn:uuid:1>")
    run.remember_payload(first)
    assert run.payload("sha1:A1") == first
    run.flush()
    assert committed_payloads(path) == {"sha1:A1"}
    run.remember_payload(Payload("sha1:A2", "http://news.test/a2", "2026", "<urn:uuid:2>"))
    run.pending["http://news.test/a2"] = [capture(2)]
    run.commit_item("http://news.test/a2")
    assert store.payload("sha1:A2") is not None  # written with the capture, not yet committed
    run.remember_payload(Payload("sha1:A3", "http://news.test/a3", "2026", "<urn:uuid:3>"))
    run.close()
    assert committed_payloads(path) == {"sha1:A1", "sha1:A2", "sha1:A3"}
    assert committed_urls(path) == {"http://news.test/a2"}


def test_what_waits_for_a_commit_is_called_at_the_commit_and_never_for_a_lost_batch(
    tmp_path: Path,
) -> None:
    """A shared crawl with a SQLite state (STATE_SHARED=0) releases an article's request
    in Redis only here: released before, a kill ahead of the commit lost the article."""
    store = CrawlState(tmp_path / "demo.sqlite", commit_writes=3, commit_seconds=600)
    told: list[int] = []
    store.when_committed(lambda: told.append(0))  # nothing waits: at once
    store.save([capture(1)])
    store.when_committed(lambda: told.append(1))
    store.save([capture(2)])
    store.when_committed(lambda: told.append(2))
    assert told == [0] and committed_urls(tmp_path / "demo.sqlite") == set()
    store.save([capture(3)])  # the third write commits the batch
    assert told == [0, 1, 2]
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # a full disk
    for n in range(4, 400):  # needs new pages: SQLITE_FULL undoes the open batch
        store.save([capture(n, warc_file="x" * 300)])
        store.when_committed(lambda n=n: told.append(n))  # type: ignore[misc]
    store.close()
    committed = committed_urls(tmp_path / "demo.sqlite")
    assert store.lost is not None and told[:3] == [0, 1, 2]
    # told: on disk; not told (the lost batch): not
    assert {capture(n).url for n in (1, 2, 3, *told[3:])} == committed
    assert told[-1] < 399
