"""Kill -9 campaign: the demo crawl killed at random moments, then resumed to the end.

Real `scrapy crawl news -a site=demo` processes on the shared demo site, one
WARC folder and crawl state for all runs, each run its own items file. After
the last run: every closed WARC reads back whole, and the items of all runs
together hold every archived article exactly once.
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


def test_items_survive_kill_9_at_random_moments(demo_site: DemoServer, tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    args = {"site": "demo", "base_url": demo_site.base_url}
    settings = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    state = tmp_path / "state" / "demo.sqlite"
    every = {demo_site.url(demo_site.site.catalog.article(n).path) for n in range(1, 301)}
    known_before = 0
    for run in range(KILLS):
        crawl = start_crawl("news", args, settings, tmp_path / f"run{run}")
        target = known_before + rng.randint(5, 60)
        wait_for_captures(state, target, crawl)
        time.sleep(rng.uniform(0, 0.2))  # anywhere between two commits, not just after one
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
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """The killed run wrote the 20th item's line; the state never heard of it. The next
    run takes that line out of the killed run's file and exports the article itself."""
    args = {"site": "demo", "base_url": demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {**shared, "EXTENSIONS": json.dumps(extensions), "TEST_KILL_AFTER_ITEMS": "20"}
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=300) == -signal.SIGKILL, crawl_log(killed)
    written = read_items(killed.items_path)
    state = tmp_path / "state" / "demo.sqlite"
    assert len(written) == 20 and written[-1]["url"] not in known_urls(state)
    last = run_crawl("news", args, shared, tmp_path / "last")
    assert read_items(killed.items_path) == written[:19]
    assert f"last item {written[-1]['url']} removed" in last.log
    urls = Counter(item["url"] for item in written[:19] + last.items())
    assert set(urls) == known_urls(state) and set(urls.values()) == {1}


def wait_for_captures(state: Path, count: int, crawl: RunningCrawl) -> None:
    for _ in range(1200):
        if crawl.process.poll() is not None:
            raise AssertionError(f"the crawl ended before it could be killed:\n{crawl_log(crawl)}")
        try:
            if state.exists() and len(known_urls(state)) >= count:
                return
        except sqlite3.OperationalError:  # the crawl is still creating it
            pass
        time.sleep(0.02)
    raise AssertionError(f"fewer than {count} captures after 24 s")


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
