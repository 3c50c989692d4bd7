"""Notes of held requests that outlive what they note, on the real redis-server.

A worker notes what it pops in `<crawl>:inflight:<worker>`; an idle worker waits while
another worker's notes stand, and a worker gives its own back to the queue only as it
stops. A note left standing after its request ended (a retry, a redirect), or a killed
predecessor's notes under the same worker
name (a restarted container) made workers wait for each other, or ended the crawl
"finished" with pages left in the queue.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import signal
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import start_crawl
from tests.plugins.gated_front import relay
from tests.plugins.page_origin import served
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_redis_lost import _start
from tests.test_distributed_state import shared_settings


@contextlib.contextmanager
def flaky_front(demo: DemoServer, once: set[str]) -> Iterator[str]:
    """The demo site through a front that answers 503 to the first GET of each path in
    `once` (a retry comes next); every other answer is the demo's own."""
    failed: set[str] = set()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with lock:
                first = self.path in once and self.path not in failed
                failed.add(self.path)
            if first:
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            relay(self, demo)

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        yield url


def test_retried_pages_leave_no_hold_and_two_workers_finish(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=12)
    articles = [demo.site.catalog.article(n).path for n in demo.site.catalog.ids]
    once = {urlsplit(demo.url(path)).path for path in articles[::2]}  # every other article
    with flaky_front(demo, once) as front:
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        settings = shared_settings(redis_server, "retryhold", NEWSARCHIVE_REDIS_WORKER_TTL="20")
        running = [start_crawl("news", args, settings, tmp_path / w) for w in "ab"]
        try:
            # 240 s: two start-ups on a loaded box; a worker waiting for ever still fails
            done = [crawl.wait(timeout=240) for crawl in running]
        finally:
            for crawl in running:  # a worker still waiting for the other's stale notes
                if crawl.process.poll() is None:
                    crawl.process.kill()
    for worker in done:
        assert worker.returncode == 0, worker.log[-3000:]
        assert "unfinished request(s) back to the queue" not in worker.log, worker.log[-3000:]
    retried = sum(worker.stats.get("retry/count", 0) for worker in done)
    assert retried == len(once)
    exported = [item["url"] for worker in done for item in worker.items()]
    assert sorted(urlsplit(url).path for url in exported) == sorted(
        urlsplit(demo.url(path)).path for path in articles
    )
    prefix = "newsarchive:test-retryhold"
    assert not list(redis_server.client.scan_iter(f"{prefix}:inflight:*"))


def test_a_second_worker_with_a_state_of_its_own_is_refused(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """STATE_SHARED=0 keeps one worker's SQLite state: a second worker with its own would
    fetch whole and export again what the first archived (two workers, 60 demo articles,
    a second unchanged run: 17 articles exported twice, 77 lines; 22 in the run measured
    before). It is refused with one line, exit 2, before any request; the worker whose
    state holds the crawl runs it, and its next run exports nothing again."""
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "ownstate", STATE_SHARED="0")
    exported: list[str] = []
    for run in (1, 2):
        running = {
            w: start_crawl(
                "news", args, {**settings, "WARC_DIR": str(tmp_path / w / "warc")},
                tmp_path / f"run{run}{w}",
            )
            for w in "ab"
        }  # fmt: skip
        done = {w: crawl.wait(timeout=240) for w, crawl in running.items()}
        codes = sorted(result.returncode for result in done.values())
        assert codes == [0, 2], {w: r.log[-2000:] for w, r in done.items()}
        refused = next(r for r in done.values() if r.returncode == 2)
        last = refused.log.strip().splitlines()[-1]
        assert "setting STATE_SHARED=0: the shared crawl newsarchive:test-ownstate keeps" in last
        assert "/state/demo.sqlite), and a state of this one's own would fetch whole" in last
        assert not list(refused.warc_dir.glob("*.warc*"))  # nothing fetched
        exported += [item["url"] for result in done.values() for item in result.items()]
    paths = sorted(urlsplit(url).path for url in exported)
    assert paths == sorted(demo.site.catalog.article(n).path for n in demo.site.catalog.ids)


def test_the_crawls_state_file_moved_to_another_path_or_host_is_still_its_own(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """The own-state note named the state file's host and path: a worker restarted on the
    same file under a new host name or mount path (a container on a persistent volume)
    was refused, exit 2, until someone ran `DEL <crawl>:own-state`. The note names the
    file's own id (kept inside it) now: the moved file goes on, and exports nothing again;
    another file is still refused with one line naming where the crawl's file now is."""
    demo = demo_server_factory(articles=30)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "movedstate", STATE_SHARED="0")
    first = start_crawl("news", args, settings, tmp_path / "volume").wait(timeout=240)
    assert first.returncode == 0, first.log[-3000:]
    assert len(first.items()) == 30
    moved = tmp_path / "mounted-elsewhere"
    shutil.move(tmp_path / "volume", moved)  # the same file, another path (or host)
    again = start_crawl("news", args, settings, moved).wait(timeout=240)
    assert again.returncode == 0, again.log[-3000:]
    assert again.items() == []  # its history came along: nothing exported twice
    other = start_crawl("news", args, settings, tmp_path / "other").wait(timeout=240)
    assert other.returncode == 2, other.log[-3000:]
    last = other.log.strip().splitlines()[-1]
    assert "keeps its crawl state in another state file (" in last, last
    assert f":{(moved / 'state' / 'demo.sqlite').resolve()}), and a state of this" in last
    assert not list(other.warc_dir.glob("*.warc*"))


def test_a_worker_restarted_under_its_killed_predecessors_name_takes_up_what_it_held(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """What the predecessor held was noted under the name the new worker has: alive, so no
    worker took it up, nor did the new one, which gave it back to the queue only as it
    stopped (the crawl then ended with those pages in the queue: articles missing)."""
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(
        redis_server, "samename", NEWSARCHIVE_REDIS_WORKER_TTL="30", DOWNLOAD_DELAY="0.1"
    )
    kill = "tests.plugins.crashpoint.KillAfterItems"
    extensions = {**project_settings.EXTENSIONS, kill: 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions), "TEST_KILL_AFTER_ITEMS": "5"}
    out = tmp_path / "worker"
    killed = _start(args, killing, out, "items-1.jsonl")
    assert killed.process.wait(timeout=240) == -signal.SIGKILL
    prefix = "newsarchive:test-samename"
    name = re.sub(r"[^a-z0-9.-]+", "-", f"{killed.process.pid}-{socket.gethostname()}".lower())
    held = redis_server.client.hlen(f"{prefix}:inflight:{name}")  # as worker_name() makes it
    assert held > 0  # what the predecessor held when killed

    same = {**project_settings.EXTENSIONS, "tests.plugins.same_name.TakeOverName": 0}
    resumed = {
        **settings,
        "NEWSARCHIVE_RESUME": "1",
        "EXTENSIONS": json.dumps(same),
        "TEST_SAME_NAME_OF": str(killed.process.pid),
    }
    done = _start(args, resumed, out, "items-2.jsonl").wait(timeout=240)
    assert done.returncode == 0, done.log[-3000:]
    assert "unfinished request(s) back to the queue" not in done.log, done.log[-3000:]
    items = {item["url"] for item in killed.wait().items() + done.items()}
    assert items == {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
