"""A `follow` crawl shared through Redis whose run is replaced while its worker is stopped:
woken, the worker puts its start page into the new run again (newsarchive.spiders.restart)
and the new run archives every page of the site once.

Worker A follows an invented site through an origin that answers ANSWERED pages and holds
the later ones: A has exported those, holds more in Redis, and is stopped (SIGSTOP). B starts
past the window for going on (NEWSARCHIVE_REDIS_CONTINUE_WITHIN=0): a new run, A's queue and
held requests dropped, and B is killed as it has joined, before any request of its own. A,
woken (SIGCONT) into that empty run, must seed it again: what it followed in the old run is
not "seen" in the new one, the pages it held are left to no one (their requests went with the
old run), and the new run has every page once.

Real `scrapy crawl follow` processes, a real redis-server, an origin on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsarchive import settings as project_settings
from tests.plugins.crawling import RunningCrawl, start_crawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings, wait_until_missed

SECTIONS, STORIES = 4, 8
ANSWERED = 6  # pages answered before the gate holds the rest (robots.txt is not counted)
PREFIX = "newsarchive:test-followseed"


def _pages() -> dict[str, str]:
    """Path -> links: a front page, its sections, their stories (each linking back)."""
    pages = {"/": [f"/s{n}/" for n in range(SECTIONS)]}
    for n in range(SECTIONS):
        stories = [f"/s{n}/story-{m}.html" for m in range(STORIES)]
        pages[f"/s{n}/"] = ["/", *stories]
        pages.update((story, ["/", f"/s{n}/"]) for story in stories)
    return {
        path: "".join(f'<p><a href="{link}">{link}</a></p>' for link in links)
        for path, links in pages.items()
    }


@contextmanager
def gated_site() -> Iterator[tuple[str, list[str], threading.Event, threading.Event]]:
    """The site; its first ANSWERED pages answered, the later ones held (`holding` set as the
    first waits) until `release` is set or the block ends. Every page asked is noted."""
    pages = _pages()
    asked: list[str] = []
    holding, release = threading.Event(), threading.Event()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in pages:
                with lock:
                    asked.append(self.path)
                    held = len(asked) > ANSWERED
                if held:
                    holding.set()
                    release.wait(300)
                body = f"<!doctype html><title>{self.path}</title>{pages[self.path]}".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
            else:
                body = b"not here"
                self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the worker that asked is gone
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked, holding, release
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def _held(redis: RedisServer) -> int:
    keys = list(redis.client.scan_iter(match=f"{PREFIX}:inflight:*"))
    return sum(int(redis.client.hlen(key)) for key in keys)


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _until(done: Callable[[], bool], crawl: RunningCrawl, what: str) -> None:
    deadline = time.monotonic() + 240  # a hang guard only
    while not done():
        assert crawl.process.poll() is None, f"{what}: {_log(crawl)[-3000:]}"
        assert time.monotonic() < deadline, f"never {what}: {_log(crawl)[-3000:]}"
        time.sleep(0.05)


def test_a_follow_crawl_woken_into_an_emptied_new_run_seeds_it_and_archives_every_page_once(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    settings = shared_settings(
        redis_server,
        "followseed",
        DOWNLOAD_TIMEOUT="300",
        NEWSARCHIVE_REDIS_WORKER_TTL="2",
        NEWSARCHIVE_REDIS_CONTINUE_WITHIN="0",
        STATE_ENABLED="0",
    )
    kill = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterJoin": 1000}
    starter = {**settings, "EXTENSIONS": json.dumps(kill)}
    running: list[RunningCrawl] = []
    try:
        with gated_site() as (origin, asked, holding, release):
            args = {"url": origin + "/", "depth": "2", "items": "1"}
            a = start_crawl("follow", args, settings, tmp_path / "a")
            running.append(a)

            def answered_and_holding() -> bool:  # every page answered is exported
                return holding.is_set() and len(_lines(a.items_path)) == ANSWERED

            _until(answered_and_holding, a, "A exported what was answered")
            _until(lambda: _held(redis_server) > 0, a, "A held requests")
            a.process.send_signal(signal.SIGSTOP)
            before = len(_lines(a.items_path))
            wait_until_missed(settings)  # A looks dead
            b = start_crawl("follow", args, starter, tmp_path / "b")
            running.append(b)
            assert b.process.wait(timeout=240) == -signal.SIGKILL, _log(b)[-3000:]
            assert "afresh" in _log(b), _log(b)[-3000:]
            assert _held(redis_server) == 0  # A's dropped with its run, B held none
            assert redis_server.client.zcard(f"{PREFIX}:requests") == 0  # the new run: empty
            wait_until_missed(settings)  # B is dead too
            a.process.send_signal(signal.SIGCONT)
            _until(lambda: "drops what it knew of the old run" in _log(a), a, "A saw the new run")
            release.set()
            done = a.wait(timeout=240)
    finally:  # a failure above: none is left running (nor stopped)
        for crawl in running:
            if crawl.process.poll() is None:
                crawl.process.send_signal(signal.SIGCONT)
                crawl.process.kill()
                crawl.process.wait()
    assert done.returncode == 0, done.log[-3000:]
    assert done.stats["redis/run_replaced"] == 1
    assert done.stats["redis/taken_back_while_stalled"] > 0  # the old run's pages it held
    assert before == ANSWERED
    new_run = Counter(json.loads(line)["url"].removeprefix(origin) for line in _lines(
        done.items_path)[before:])  # fmt: skip
    assert sorted(new_run) == sorted(_pages()), sorted(set(_pages()) - set(new_run))
    assert set(new_run.values()) == {1}, new_run
    assert asked.count("/") == 2  # the start page, once per run
