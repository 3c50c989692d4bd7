"""A shared crawl keeps a host's Retry-After rest in Redis, and its requests there too.

The two origins of tests/test_politeness_hosts.py, crawled by workers sharing a Redis:
`held` answers its first page with 429 and Retry-After, `other` serves a chain of pages.
The shared scheduler kept no hold: the held host's requests slept in PaceMiddleware,
filling CONCURRENT_REQUESTS, so the other host's chain waited for the rest to end; and
the rest lived in the answering worker's memory only, so a worker started after it was
killed asked the resting host at once.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsarchive import settings as project_settings
from newsarchive.shared_scheduler import ASIDE_STAT
from tests.plugins.crawling import PROJECT, parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_politeness_hosts import CHAIN, HELD_PAGES, Origin, command, two_origins


def _shared(redis: RedisServer, name: str) -> dict[str, str]:
    return {
        "NEWSARCHIVE_REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_KEY": f"newsarchive:test-{name}",
        "NEWSARCHIVE_REDIS_WORKER_TTL": "1",
    }


def _early(held: Origin, since: float, refused: float, hold: float) -> list[float]:
    """The held host's pages asked after `since` (the worker told of the rest is dead by
    then: what it had on its way is no longer coming) and before the rest is over."""
    return [
        round(when - refused, 2)
        for when in held.times("/page/")
        if since < when < refused + hold - 0.1
    ]


def test_a_resting_hosts_requests_wait_in_redis_not_in_the_downloader(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    held, other = two_origins()
    with (
        answering_origin(held.answer) as held_url,
        answering_origin(other.answer, "localhost") as other_url,
    ):
        run = command(tmp_path, held_url, other_url, **_shared(redis_server, "rest"))
        done = run_scrapy_here(run, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    refused, *rest = held.turns("/page/")
    chain = other.turns("/chain/")
    assert len(chain) == CHAIN, done.stderr[-3000:]
    assert len(rest) == HELD_PAGES, done.stderr[-3000:]  # every page, the retried one included
    # the other host's chain ends before the refused page is asked again (after the rest):
    # no held request waited out the rest in a slot of CONCURRENT_REQUESTS
    page = next(path for turn, path in held.seen if turn == refused)
    [retry] = [turn for turn, path in held.seen if path == page and turn != refused]
    assert chain[-1] < retry, (held.seen, other.seen)
    # during the rest the held host was asked only what was on its way as the 429 came (16
    # at most, CONCURRENT_REQUESTS); the others waited in Redis, not in the downloader
    during = [turn for turn in rest if turn < chain[-1]]
    stats = parse_stats(done.stderr)
    print(f"{len(during)} held pages asked during the rest, {stats.get(ASIDE_STAT)} set aside")
    assert len(during) <= 16, (held.seen, other.seen)
    # some went to Redis (how many depends on how far the queue was read as the 429 came)
    assert stats.get(ASIDE_STAT, 0) > 0, done.stderr[-3000:]
    assert stats.get("network/pace/kept", 0) == 0, done.stderr[-3000:]
    assert redis_server.client.keys("newsarchive:test-rest:resting") == []  # the run ended


def test_a_rest_outlives_the_worker_that_was_told(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The worker that got the 429 is killed during the rest; the one started after it asks
    the host nothing before its time, and fetches every page the dead one left."""
    hold = 15  # a worker takes some seconds to start on a loaded box: B starts mid-rest
    held, other = two_origins(hold)
    # B goes on with A's run (a crashed worker restarted), whatever B's start-up took
    shared = {**_shared(redis_server, "rest-kill"), "NEWSARCHIVE_REDIS_CONTINUE_WITHIN": "120"}
    with (
        answering_origin(held.answer) as held_url,
        answering_origin(other.answer, "localhost") as other_url,
    ):
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        first = command(tmp_path / "a", held_url, other_url, **shared)
        with (tmp_path / "a.log").open("w") as log:
            a = subprocess.Popen(first, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 60
            while not redis_server.client.zcard("newsarchive:test-rest-kill:rests"):
                assert time.monotonic() < deadline and a.poll() is None
                time.sleep(0.05)
            a.send_signal(signal.SIGKILL)
            a.wait(timeout=30)
            dead = time.monotonic()  # from here on only the second worker asks anything
        # B is a restarted worker: it starts once A's heartbeat has lapsed (TTL 1 s), so it
        # goes on with A's run rather than joining a worker it still takes for live
        workers = "newsarchive:test-rest-kill:workers"
        while redis_server.client.zrangebyscore(workers, redis_server.client.time()[0], "+inf"):
            assert time.monotonic() < dead + 30
            time.sleep(0.05)
        second = command(tmp_path / "b", held_url, other_url, **shared)
        done = run_scrapy_here(second, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    refused = held.times("/page/")[0]
    assert dead < refused + hold - 0.1, "A was killed only after the rest was over"
    assert _early(held, dead, refused, hold) == [], held.seen
    pages = {path for _, path in held.seen if path.startswith("/page/")}
    assert pages == {f"/page/{n}" for n in range(HELD_PAGES)}
    # the dead worker's pages set aside, and those it held, were B's to fetch after the rest
    after = [when for when in held.times("/page/") if when >= refused + hold - 0.1]
    print(f"{len(after)} pages asked by the second worker after the rest")
    assert after, held.seen
    assert "'redis/start': 'continued'" in done.stderr, done.stderr[-3000:]


def test_a_set_aside_request_whose_meta_does_not_pickle_goes_aside_without_it(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A request on its way when its host's rest began comes back and is put aside in
    Redis as it came, pickled. A meta value a middleware put there on its way that pickle
    cannot take (a lock) ended it in a traceback, the page never fetched: the value is left
    out, counted and named, and the page fetched after the rest."""
    held, other = two_origins()
    middlewares = {
        **project_settings.DOWNLOADER_MIDDLEWARES,
        "tests.plugins.unpicklable_meta.UnpicklableMeta": 100,  # before PaceMiddleware
    }
    with (
        answering_origin(held.answer) as held_url,
        answering_origin(other.answer, "localhost") as other_url,
    ):
        run = command(
            tmp_path,
            held_url,
            other_url,
            **_shared(redis_server, "rest-unpicklable"),
            DOWNLOADER_MIDDLEWARES=json.dumps(middlewares),
            TEST_UNPICKLABLE_HOST=held_url,
        )
        done = run_scrapy_here(run, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    pages = {path for _, path in held.seen if path.startswith("/page/")}
    assert pages == {f"/page/{n}" for n in range(HELD_PAGES)}, done.stderr[-3000:]
    left_out = re.search(r"'redis/meta_left_out': (\d+)", done.stderr)
    assert left_out and int(left_out[1]) >= 1, done.stderr[-3000:]
    assert "Left meta test_live_lock of " in done.stderr


UNPICKLABLE_SPIDER = '''
import threading

from scrapy import Request, Spider


class Unpicklable(Spider):
    """One page whose request carries a lock in its meta, and two plain pages."""

    name = "unpicklable"

    def __init__(self, origin="", **kwargs):
        super().__init__(**kwargs)
        self.origin = origin

    async def start(self):
        yield Request(self.origin + "/live", meta={"lock": threading.Lock()}, callback=self.page)
        for n in range(2):
            yield Request(f"{self.origin}/plain/{n}", callback=self.page)

    def page(self, response):
        return None
'''


def test_a_new_request_that_does_not_pickle_is_a_counted_skip(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A request no other worker could take (its meta holds a lock) is named, counted and
    not queued; the crawl goes on with the others (before: a traceback from the engine)."""
    seen: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        seen.append(path)
        return 200, {}, b"<html><body><p>page</p></body></html>"

    (tmp_path / "unpicklable.py").write_text(UNPICKLABLE_SPIDER, encoding="utf-8")
    with answering_origin(answer) as origin:
        settings = {
            "WARC_DIR": str(tmp_path / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": "127.0.0.1:" + origin.rsplit(":", 1)[1],
            "SPIDER_MODULES": "unpicklable",  # the module above, on PYTHONPATH
            **_shared(redis_server, "unpicklable-new"),
        }
        run = [sys.executable, "-m", "scrapy", "crawl", "unpicklable", "-a", f"origin={origin}"]
        for name, value in settings.items():
            run += ["-s", f"{name}={value}"]
        env = {**os.environ, "PYTHONPATH": str(tmp_path)}
        done = subprocess.run(
            run, cwd=PROJECT, capture_output=True, text=True, timeout=120, env=env
        )
    # the page was never fetched, by this worker or another: the run did not do its job
    assert done.returncode == 1, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert "requests could not be put into the shared queue" in last, last
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert sorted(p for p in seen if p != "/robots.txt") == ["/plain/0", "/plain/1"]
    assert "'redis/unpicklable_requests': 1" in done.stderr, done.stderr[-3000:]
    assert f"Cannot put {origin}/live into the shared queue, not queued" in done.stderr
