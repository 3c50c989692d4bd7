"""Kill -9 campaign: the demo crawl killed at random moments, then resumed to the end.

Real `scrapy crawl news -a site=demo` processes on the shared demo site, one
WARC folder and crawl state for all runs, each run its own items file. After
the last run: every closed WARC reads back whole, and the items of all runs
together hold every archived article exactly once. The state commits its
writes in small batches here (`BATCHED`), so a kill lands in a batch not yet
committed: the state lacks several of the killed run's last items.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import RunningCrawl, run_crawl, start_crawl

KILLS = 3
# small batches, committed often: a kill loses a part of a batch, and the crawl
# (a few hundred articles) is still running when the state shows the kill's target
BATCHED = {"STATE_COMMIT_WRITES": "40", "STATE_COMMIT_SECONDS": "0.25"}
# at full speed a run now archives the demo's 300 articles in about a second, so a kill
# aimed at a later run's 60th new article could land after the run's end: about 100
# requests a second leaves each kill well inside its run
PACED = {
    "DOWNLOAD_DELAY": "0.01",
    "RANDOMIZE_DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
}


def test_items_survive_kill_9_at_random_moments(demo_site: DemoServer, tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    args = {"site": "demo", "base_url": demo_site.base_url}
    settings = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0", **BATCHED, **PACED}
    state = tmp_path / "state" / "demo.sqlite"
    every = {demo_site.url(demo_site.site.catalog.article(n).path) for n in range(1, 301)}
    known_before = 0
    for run in range(KILLS):
        crawl = start_crawl("news", args, settings, tmp_path / f"run{run}")
        target = known_before + rng.randint(5, 60)
        try:
            wait_for_captures(state, target, crawl)
            time.sleep(rng.uniform(0, 0.2))  # anywhere between two commits, not just after one
        finally:  # killed on a failure too: it went on crawling after the test had failed
            crawl.process.send_signal(signal.SIGKILL)
            crawl.process.wait()
        known_before = len(known_urls(state))
        assert known_before < len(every), f"run {run} finished before its kill (seed {seed})"
    run_crawl("news", args, settings, tmp_path / "last")

    items = Counter(
        item["url"] for path in sorted(tmp_path.glob("*/items.jsonl")) for item in read_items(path)
    )
    duplicated = {url: n for url, n in items.items() if n > 1}
    assert not duplicated, f"items exported twice (seed {seed}): {duplicated}"
    assert known_urls(state) == every
    assert set(items) == every, f"seed {seed}: missing {sorted(every - set(items))[:5]}"
    warcs = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert not list((tmp_path / "warc").glob("*.open"))
    assert metadata_urls(warcs) == every  # each archived item is in an items file


def test_a_kill_between_an_items_line_and_the_state_exports_it_once(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    """The killed run wrote the 20th item's line; the state never heard of it, nor of the
    items before it in the batch not yet committed. The next run takes those lines out of
    the killed run's file and exports those articles itself."""
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {
        **shared,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AFTER_ITEMS": "20",
        "STATE_COMMIT_WRITES": "15",  # commits on a count of writes only
        "STATE_COMMIT_SECONDS": "600",
    }
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=300) == -signal.SIGKILL, crawl_log(killed)
    written = read_items(killed.items_path)
    state = tmp_path / "state" / "demo.sqlite"
    known = known_urls(state)
    kept = [item for item in written if item["url"] in known]
    assert len(written) == 20 and kept == written[: len(kept)]  # committed in the lines' order
    assert 0 < len(kept) < 20, f"{len(kept)} of the killed run's 20 items committed"
    last = run_crawl("news", args, shared, tmp_path / "last")
    assert read_items(killed.items_path) == kept
    lost = written[len(kept) :]
    first, end = lost[0]["url"], lost[-1]["url"]
    said = f"last item {end} removed" if first == end else f"last {len(lost)} items removed, "
    assert said + ("" if first == end else f"{first} to {end}") in last.log
    urls = Counter(item["url"] for item in kept + last.items())
    assert set(urls) == known_urls(state) and set(urls.values()) == {1}


def test_an_items_file_the_next_run_cannot_check_is_repaired_by_the_first_run_that_can(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    """The killed run's file could not be checked by the next run (a folder in its place: an
    I/O error). Before, that run deleted the journal all the same: the 5 lines the state never
    recorded stayed, and their articles, exported again, were in the items files twice (exit
    0). Now the entry stays (a clean end keeps it too), and the first run that can read the
    file takes those lines out, checked against what the state named at the kill (by then
    the articles are archived again under other record ids)."""
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {
        **shared,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AFTER_ITEMS": "20",
        "STATE_COMMIT_WRITES": "15",
        "STATE_COMMIT_SECONDS": "600",
    }
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=300) == -signal.SIGKILL, crawl_log(killed)
    written = read_items(killed.items_path)
    state, journal = tmp_path / "state" / "demo.sqlite", tmp_path / "state" / "demo.feeds.json"
    kept = [item for item in written if item["url"] in known_urls(state)]
    assert 0 < len(kept) < len(written) == 20
    away = killed.items_path.rename(killed.items_path.with_name("away.jsonl"))
    killed.items_path.mkdir()  # the file cannot be opened: IsADirectoryError

    middle = run_crawl("news", args, shared, tmp_path / "middle")
    said = [x for x in middle.log.splitlines() if "could not check the items file" in x]
    assert len(said) == 1 and str(killed.items_path) in said[0] and str(journal) in said[0]
    assert str(killed.items_path.resolve()) in json.loads(journal.read_text())["unchecked"]

    killed.items_path.rmdir()
    away.rename(killed.items_path)
    last = run_crawl("news", args, shared, tmp_path / "last")
    assert f"items file {killed.items_path.resolve()} of an unfinished run: last" in last.log
    assert read_items(killed.items_path) == kept
    assert not journal.exists() and not list(journal.parent.glob("*.record-ids"))
    urls = Counter(item["url"] for item in kept + middle.items() + last.items())
    assert set(urls) == known_urls(state) and set(urls.values()) == {1}


def wait_for_captures(state: Path, count: int, crawl: RunningCrawl, limit: float = 300) -> None:
    """Until the state has `count` captures, as long as the crawl runs: a run ends by itself
    (its last capture after all). It waited 24 s at most: on a box with a load of 15 a
    run's start-up alone took longer. `limit` only guards against a crawl that hangs."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if crawl.process.poll() is not None:
            raise AssertionError(f"the crawl ended before it could be killed:\n{crawl_log(crawl)}")
        try:
            if state.exists() and len(known_urls(state)) >= count:
                return
        except sqlite3.OperationalError:  # the crawl is still creating it
            pass
        time.sleep(0.02)
    raise AssertionError(f"fewer than {count} captures after {limit:g} s:\n{crawl_log(crawl)}")


def crawl_log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(encoding="utf-8", errors="replace")[-3000:]


def known_urls(state: Path) -> set[str]:
    with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
        return {url for (url,) in db.execute("SELECT url FROM captures WHERE version >= 1")}


def read_items(path: Path) -> list[dict[str, Any]]:
    """Every line whole: a torn line would fail here."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), f"{path} ends in a torn line"
    return [json.loads(line) for line in data.splitlines()]


def metadata_urls(warcs: list[Path]) -> set[str]:
    """Reading every record of every closed file also shows each one is whole."""
    urls = set()
    for path in warcs:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "metadata":
                    urls.add(json.loads(record.content_stream().read())["url"])
                else:
                    record.content_stream().read()
    return urls
