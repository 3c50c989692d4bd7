"""A fault campaign (two trials in the suite; KILL_CAMPAIGN_TRIALS=N runs more): two
workers of one shared crawl (a Redis state), one SIGKILLed at a moment drawn for each
trial, the other finishing the run, the killed one started again in its folder afterwards
(it mends its items file and closes its `.open` WARC file, a new run exporting nothing
again). Then, over both workers' output:

- lost: a demo article no items line names (after the mend), or no WARC record holds;
- exported twice: an article two lines name;
- fetched twice: an article two `response` records hold (a revisit is no second fetch).

The killed worker starts the run, the other joins it. The kill moments: a random time after
the killed worker's first item; right after its Nth
item line, before the crawl state records it (KillAfterItems); right after the state saved
its Nth capture in Redis (KillAfterRecords); right as its WARC writer opens its Nth file, the
group that made it open it unwritten (KillAtWarcFile, files of ~6 kB). Printed per trial and in
all; asserted: nothing lost, nothing exported twice.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import RunningCrawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_redis_lost import _start
from tests.test_distributed_state import records, shared_settings, wait_until_missed

TRIALS = int(os.environ.get("KILL_CAMPAIGN_TRIALS", "2"))
ARTICLES = 40
PLUGINS = {
    "items": ("tests.plugins.crashpoint.KillAfterItems", "TEST_KILL_AFTER_ITEMS", (1, 6)),
    "records": ("tests.plugins.crashpoint.KillAfterRecords", "TEST_KILL_AFTER_RECORDS", (1, 6)),
    "warc_file": ("tests.plugins.crashpoint.KillAtWarcFile", "TEST_KILL_AT_WARC_FILE", (2, 6)),
}


def test_a_kill_campaign_loses_nothing_and_exports_nothing_twice(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    paths = {demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    draw = random.Random(int(os.environ.get("KILL_CAMPAIGN_SEED", "21")))
    totals: Counter[str] = Counter()
    for trial in range(TRIALS):
        kind = draw.choice(["timed", "items", "records", "warc_file"])
        settings = shared_settings(
            redis_server,
            f"campaign-{trial}",
            NEWSARCHIVE_REDIS_WORKER_TTL="2",
            DOWNLOAD_DELAY="0.1",
            WARC_MAX_FILE_SIZE="6000",
        )
        args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
        killing = dict(settings)
        at: float | int = 0
        if kind == "timed":
            at = round(draw.uniform(0.0, 2.0), 2)
        else:
            plugin, setting, (low, high) = PLUGINS[kind]
            at = draw.randint(low, high)
            extensions = {**project_settings.EXTENSIONS, plugin: 200}
            killing |= {"EXTENSIONS": json.dumps(extensions), setting: str(at)}
        out = tmp_path / f"trial{trial}"
        a = _start(args, killing, out / "a", "items-1.jsonl")
        deadline = time.monotonic() + 240
        while a.process.poll() is None and "crawl newsarchive:test-campaign" not in _log(a):
            assert time.monotonic() < deadline
            time.sleep(0.02)  # A started the run: B joins it (else B did most of the work)
        b = _start(args, settings, out / "b", "items.jsonl")
        if kind == "timed":
            deadline = time.monotonic() + 240
            while a.process.poll() is None and not _lines(a.items_path):
                assert time.monotonic() < deadline
                time.sleep(0.02)
            time.sleep(float(at))
            a.process.send_signal(signal.SIGKILL)
        code = a.process.wait(timeout=240)
        done_b = b.wait(timeout=240)
        assert done_b.returncode == 0, done_b.log[-3000:]
        wait_until_missed(settings)
        again = _start(args, settings, out / "a", "items-2.jsonl").wait(timeout=240)
        assert again.returncode == 0, again.log[-3000:]
        lines = [
            urlsplit(json.loads(line)["url"]).path
            for path in (out / "a" / "items-1.jsonl", again.items_path, done_b.items_path)
            if path.exists()
            for line in path.read_text().splitlines()
            if line.strip()
        ]
        exported = Counter(lines)
        archived = [r for f in (out / "a", out / "b") for r in records(f)]
        responses = Counter(
            urlsplit(r.uri).path
            for r in archived
            if r.kind == "response" and urlsplit(r.uri).path in paths
        )
        revisits = Counter(
            urlsplit(r.uri).path
            for r in archived
            if r.kind == "revisit" and urlsplit(r.uri).path in paths
        )
        figures = {
            "killed": int(code == -signal.SIGKILL),
            "lost_items": len(paths - set(exported)),
            "lost_records": len(paths - set(responses) - set(revisits)),
            "exported_twice": sum(1 for n in exported.values() if n > 1),
            "fetched_twice": sum(1 for n in responses.values() if n > 1),
            "revisits": sum(revisits.values()),
            "a_exported_first": _lines(out / "a" / "items-1.jsonl"),
            "a_exported_again": len(again.items()),
            "b_exported": len(done_b.items()),
        }
        totals.update({k: v for k, v in figures.items() if not k.startswith(("a_", "b_"))})
        totals[f"kind/{kind}"] += 1
        print(f"trial {trial}: {kind} at {at}: {figures}", flush=True)
    print(f"campaign: {TRIALS} trials: {dict(totals)}", flush=True)
    assert totals["lost_items"] == 0 and totals["lost_records"] == 0
    assert totals["exported_twice"] == 0


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
