"""A crawl state that the disk cannot take: the batch is lost whole, and the run says so.

SQLite rolls the open transaction back when a write or the commit fails for want
of space. The state then holds the run as it was at its last commit, takes no
later write (a later commit would leave a hole the items feed's repair cannot
see), and the crawl stops with exit status 1; the next run exports every article
the state lacks, once.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from newsarchive import exitcodes
from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from newsarchive.state.store import CrawlState
from tests.plugins.crawling import run_crawl, start_crawl
from tests.test_state_batches import capture, committed_urls

PROJECT = Path(__file__).resolve().parents[1]


def test_a_batch_the_file_cannot_take_is_lost_and_no_later_write_is_made(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=5, commit_seconds=600)
    store.save([capture(n) for n in range(5)])
    store.flush()
    before = committed_urls(path)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    for n in range(5, 400):  # needs new pages: SQLITE_FULL undoes the open batch
        store.save([capture(n, warc_file="x" * 300)])
    assert isinstance(store.lost, sqlite3.OperationalError)
    assert store.discarded > 0
    store._db.execute("PRAGMA max_page_count = 1000000")  # space again: still nothing written
    store.save([capture(1000)])
    store.touch(capture(1).url, "2027-01-01T00:00:00Z")
    store.raise_listed(capture(1).url, "2027-01-01T00:00:00Z")
    store.close()
    committed = committed_urls(path)
    kept = len(committed)  # whole batches of 5, in order, up to the one the file refused
    assert before <= committed and kept % 5 == 0 and kept < 400
    assert committed == {capture(n).url for n in range(kept)}


COMMIT_FAILS = """
import resource, signal, sys
from newsarchive.state.store import CrawlState
from tests.test_state_batches import capture
store = CrawlState(sys.argv[1], commit_writes=100000, commit_seconds=600)
store.save([capture(0)]); store.flush()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
for n in range(1, 600):
    store.save([capture(n, warc_file="x" * 500)])
store.flush()
print(type(store.lost).__name__, store.lost)
store.save([capture(9999)])
store.close()
"""


def test_a_commit_the_disk_cannot_take_is_lost_and_closing_does_not_fail(tmp_path: Path) -> None:
    """A file size limit (RLIMIT_FSIZE) fails the batch's writes to the file as a full disk
    does (SQLite says "disk I/O error" for EFBIG): the batch is rolled back all the same."""
    path = tmp_path / "demo.sqlite"
    done = subprocess.run(
        [sys.executable, "-c", COMMIT_FAILS, str(path)],
        cwd=PROJECT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OperationalError disk I/O error"), done.stdout  # EFBIG
    assert committed_urls(path) == {capture(0).url}


def test_a_crawl_whose_state_fills_up_stops_and_the_next_run_exports_the_rest_once(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    # the small demo site: its 60 articles are past the 30 the state takes, and the next
    # run exports the rest of 60, not of 300
    site = small_demo_site
    every = {site.url(site.site.catalog.article(n).path) for n in site.site.catalog.ids}
    args = {"site": "demo", "base_url": site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    full_after = "tests.plugins.state_full.StateFileFullAfterItems"
    extensions = {**project_settings.EXTENSIONS, full_after: 200}
    filling = {
        **shared,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_STATE_FULL_AFTER_ITEMS": "30",
        "STATE_COMMIT_WRITES": "20",
    }
    full = start_crawl("news", args, filling, tmp_path / "full").wait()
    log = full.log
    assert full.returncode == exitcodes.FAILED, log[-3000:]
    assert log.strip().splitlines()[-1] == (
        "scrapy crawl: the crawl did not finish its job: state_write_error (the crawl state "
        f"could not be written: database or disk is full: {tmp_path / 'state' / 'demo.sqlite'}) "
        "(exit status 1)"
    )
    assert "Traceback" not in log
    assert log.count("cannot write the crawl state") == 1
    state = tmp_path / "state" / "demo.sqlite"
    known = {url for url in committed_urls(state) if "/lab/" not in url}
    assert 0 < len(known) < len(every)
    written = [item["url"] for item in full.items()]
    assert len(written) > len(known)  # lines the state never took: the next run removes them

    last = run_crawl("news", args, shared, tmp_path / "last")
    urls = Counter(item["url"] for item in full.items() + last.items())
    assert set(urls) == every and set(urls.values()) == {1}
