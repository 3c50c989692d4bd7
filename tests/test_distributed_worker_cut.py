"""One worker of a shared crawl loses its own way to Redis while Redis and the other worker
go on.

Worker B reaches the test's redis-server through a TCP relay on 127.0.0.1; once it
has exported a few articles the relay is shut and every connection through it
cut, so B can reach Redis no more, while A, connected directly, crawls on. B stops
with one line that does not say the whole crawl stopped (before: "start the workers
again with -s NEWSARCHIVE_RESUME=1", as if every worker had), exit 1; A takes up
what B held once B is missed and finishes: no article is lost, and none is exported
twice once B's next start has mended its items file. (It asserted that A gave back
exactly what B held: on a loaded box a stall past the TTL makes a live worker look
dead too, and more requests are taken back and fetched twice, not lost.)

The site's front keeps the race out: A's articles wait until B is cut off. Before, a
starved B (its Redis commands slower through the relay, on a loaded box) could get fewer
than three articles before A had fetched the rest, and both ended before the cut ("B ended
before it was cut off", once in a loaded run).
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from redis import Redis

from newsarchive.demo.server import DemoServer
from newsarchive.distributed import _IDLE
from newsarchive.feedrepair import repair_journal
from newsarchive.shared_scheduler import _SEE_AND_PUSH, _TAKE_DEAD
from newsarchive.state.redis_store import RedisCrawlState
from tests.plugins.crawling import RunningCrawl, start_crawl
from tests.plugins.gated_front import relay as relay_to
from tests.plugins.page_origin import served
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings


class CutFront:
    """The demo site, each worker told by its User-Agent: nothing is answered until
    `started`, and A's articles then wait until `cut`. A, held on the one it asked for,
    leaves the queue to B, however slow B's Redis commands through the relay: B still has
    articles to fetch as it is cut off, and A does the rest after."""

    def __init__(self, demo: DemoServer) -> None:
        self.started, self.cut = threading.Event(), threading.Event()
        front = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                front.started.wait(300)
                agent = self.headers.get("User-Agent", "")
                if agent == "worker-a" and demo.site.catalog.find(self.path) is not None:
                    front.cut.wait(300)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    relay_to(self, demo)  # to a crawl the test killed meanwhile

            def log_message(self, *args: Any) -> None:
                pass

        self.handler = Handler

    def release(self) -> None:
        """Every held answer goes on (B is cut off, or the test failed)."""
        self.started.set()
        self.cut.set()


class Relay:
    """Passes TCP connections from a port of its own to `upstream`, until `cut()`."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.upstream_ends: set[str] = set()  # "host:port" Redis names each relayed client by
        self.lock = threading.Lock()
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # cut
                return
            server = socket.create_connection(self.upstream)
            with self.lock:
                if self.closed:  # accepted as it was cut
                    client.close()
                    server.close()
                    return
                self.sockets += [client, server]
                self.upstream_ends.add("{}:{}".format(*server.getsockname()[:2]))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def cut(self) -> None:
        """No new connection, and every open one closed."""
        self.listener.close()
        with self.lock:
            self.closed = True
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def gone_from(self, redis: Redis, timeout: float = 60) -> None:
        """Until Redis lists none of the relayed connections: it has run every command they
        brought it before the cut (it reads a client's commands before its end)."""
        deadline = time.monotonic() + timeout
        while left := self.upstream_ends & {c["addr"] for c in redis.client_list()}:
            assert time.monotonic() < deadline, f"Redis still lists {left} {timeout:.0f} s on"
            time.sleep(0.02)


def test_a_worker_cut_off_from_redis_stops_alone_and_the_other_finishes(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=60)
    # no page is answered until both workers have said how they started: A cannot finish
    # the crawl before B, slower to start on a loaded box, is up to share it
    gate = contextlib.ExitStack()
    held_front = CutFront(demo)
    front = gate.enter_context(served(held_front.handler))
    gate.callback(held_front.release)  # before the server stops (it waits for its answers)
    args = {"site": "demo", "base_url": front, "requisites": "0"}
    settings = shared_settings(
        redis_server,
        "workercut",
        NEWSARCHIVE_REDIS_WORKER_TTL="2",
        DOWNLOAD_DELAY="0.1",
        DOWNLOAD_TIMEOUT="300",  # held by the gate as long as the start-ups take, not retried
    )
    url = urlsplit(redis_server.url)
    relay = Relay((url.hostname or "127.0.0.1", url.port or 6379))
    relayed = {**settings, "NEWSARCHIVE_REDIS_URL": f"redis://127.0.0.1:{relay.port}{url.path}"}
    # one request of A's at a time: A waiting for the cut holds one of the site's
    # crawl-wide slots (CONCURRENT_REQUESTS_PER_DOMAIN across the workers), not all of them
    a_settings = {**settings, "USER_AGENT": "worker-a", "CONCURRENT_REQUESTS": "1"}
    a = start_crawl("news", args, a_settings, tmp_path / "a")
    b = start_crawl("news", args, relayed, tmp_path / "b")
    try:
        said = re.compile(r"(Joining|Going on with|Starting) crawl newsarchive:test-workercut")
        deadline = time.monotonic() + 240
        for crawl in (a, b):
            while crawl.process.poll() is None and not said.search(_log(crawl)):
                assert time.monotonic() < deadline, _log(crawl)[-3000:]
                time.sleep(0.05)
        held_front.started.set()
        deadline = time.monotonic() + 240  # a hang guard only
        while b.process.poll() is None and _lines(b.items_path) < 3:
            assert time.monotonic() < deadline, _log(b)[-3000:]
            time.sleep(0.05)  # until B has exported a few articles
        assert b.process.poll() is None, "B ended before it was cut off:\n" + _log(b)[-3000:]
    finally:
        relay.cut()
        held_front.release()  # A goes on once B is cut off; on a failure too
    relay.gone_from(redis_server.client)  # a command B sent just before the cut is run
    held = _held_by(redis_server, b.process.pid)
    cut = b.wait(timeout=120)
    assert cut.returncode == 1, cut.log[-3000:]
    assert "Traceback" not in cut.log
    last = cut.log.rstrip().splitlines()[-1]
    assert "Redis stopped answering this worker (ConnectionError: " in last, last
    assert "Workers that still reach Redis go on" in last, last
    assert "-s NEWSARCHIVE_RESUME=1 once Redis answers: it joins the workers still" in last, last

    done = a.wait(timeout=240)
    gate.close()
    assert done.returncode == 0, done.log[-3000:]
    if held:  # what B held when cut off went back to the queue (more when a stall past the
        # TTL on a loaded box made a live worker look dead: fetched twice, not lost)
        assert done.stats.get("redis/requeued_from_dead_workers", 0) >= held
    # B's next start mends its items file as the crawl does (newsarchive.feeds): a line
    # whose capture the shared state does not name (its item went out as Redis went away,
    # its page held there for A) is taken out
    state = RedisCrawlState.from_url(redis_server.url, "newsarchive:state:test-workercut")
    repair_journal(
        cut.out_dir / "state" / "demo.feeds.json",
        lambda url, record: getattr(state.capture(url), "record_id", None) == record,
        lambda: (capture.record_id or "" for capture in state.captures()),
    )
    items = Counter(item["url"] for item in cut.items() + done.items())
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    lost = sorted(expected - set(items))
    twice = sorted(url for url, count in items.items() if count > 1)
    assert (lost, twice) == ([], []), (held, done.stats.get("redis/requeued_from_dead_workers"))
    assert set(items) == expected


def test_the_idle_check_and_the_requeue_agree_on_who_is_missed(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """Busy to the idle check exactly while alive to the requeue, in its expiry second too.

    Before, a worker whose expiry was this second was not busy to the idle check
    but alive to the requeue: the last worker stopped "finished" without what it held.
    """
    client = redis_server.client
    prefix = "newsarchive:test-expiry"
    workers, busy, holders = f"{prefix}:workers", f"{prefix}:busy", f"{prefix}:holders"
    idle = client.register_script(_IDLE)
    take_dead = client.register_script(_TAKE_DEAD)
    seconds, micro = (int(part) for part in client.time())
    if micro > 800_000:  # the scripts run in the second the expiries name
        time.sleep(0.25)
        seconds = int(client.time()[0])
    seen = []
    for worker, expiry in (("b", seconds), ("c", seconds - 1)):  # expiring now; gone
        client.zadd(workers, {worker: expiry})
        client.zadd(busy, {worker: expiry})
        client.sadd(holders, worker)
        client.hset(f"{prefix}:inflight:{worker}", "field", b"0|request")
        still_busy = idle(keys=[busy], args=["a"])
        taken = take_dead(keys=[workers, holders], args=[f"{prefix}:inflight:", "", "a"])
        seen.append((still_busy, taken))
        client.delete(workers, busy, holders, f"{prefix}:inflight:{worker}", *taken)
    assert seen == [(1, []), (0, [f"{prefix}:inflight:c:to:a".encode()])]


def test_requests_a_killed_taker_was_giving_back_are_taken_by_the_next(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """A worker killed while giving back a dead worker's requests leaves them to the next.

    Before, they stayed under "<crawl>:inflight:b:to:c", a key no one read: lost.
    """
    client = redis_server.client
    prefix = "newsarchive:test-taker"
    workers, holders = f"{prefix}:workers", f"{prefix}:holders"
    take_dead = client.register_script(_TAKE_DEAD)
    seconds = int(client.time()[0])
    client.zadd(workers, {"a": seconds + 60, "c": seconds + 60})  # b is gone
    client.sadd(holders, "b")
    client.hset(f"{prefix}:inflight:b", "field", b"0|request")
    first = take_dead(keys=[workers, holders], args=[f"{prefix}:inflight:", "", "c"])
    client.zrem(workers, "c")  # c is killed before it pushed the request
    second = take_dead(keys=[workers, holders], args=[f"{prefix}:inflight:", "", "a"])
    held = client.hgetall(f"{prefix}:inflight:b:to:c:to:a")
    # a worker started again under c's name (pid 1 in a container) is alive: its own
    # take at start gets what c was giving back
    client.sadd(holders, "d")
    client.hset(f"{prefix}:inflight:d", "field", b"0|request")
    first_d = take_dead(keys=[workers, holders], args=[f"{prefix}:inflight:", "", "c"])
    client.zadd(workers, {"c": seconds + 60})  # c again, alive
    mine = take_dead(keys=[workers, holders], args=[f"{prefix}:inflight:", "c", "c"])
    client.delete(workers, holders, *first, *second, *first_d, *mine)
    assert first == [f"{prefix}:inflight:b:to:c".encode()]
    assert second == [f"{prefix}:inflight:b:to:c:to:a".encode()]
    assert held == {b"field": b"0|request"}
    assert mine == [f"{prefix}:inflight:d:to:c:to:c".encode()]


def test_a_retry_of_a_request_taken_back_while_its_worker_stalled_is_not_queued_again(
    redis_server: RedisServer,  # noqa: F811
) -> None:
    """A stalls past its TTL with a download on its way; B takes A's held requests back into
    the queue. A wakes, its download times out and Scrapy retries it: the retry is the one
    request A no longer holds, and B's copy is in the queue already. Before, the retry was
    queued beside it (both fetched, the article exported by A and B: 1 of 60 in a test)."""
    client = redis_server.client
    prefix = "newsarchive:test-retry-taken"
    workers, holders, queue = f"{prefix}:workers", f"{prefix}:holders", f"{prefix}:requests"
    seen = f"{prefix}:dupefilter"
    take_dead = client.register_script(_TAKE_DEAD)
    see_and_push = client.register_script(_SEE_AND_PUSH)
    seconds = int(client.time()[0])
    client.zadd(workers, {"a": seconds - 5, "b": seconds + 60})  # a is missed
    client.sadd(holders, "a", "c")
    client.hset(f"{prefix}:inflight:a", "field-a", b"0|request-16")
    client.hset(f"{prefix}:inflight:c", "field-c", b"0|request-17")  # c holds it still
    client.zadd(workers, {"c": seconds + 60})
    taken = take_dead(keys=[workers, holders], args=[f"{prefix}:inflight:", "", "b"])
    client.zadd(queue, {b"request-16": 0})  # b gives it back
    client.delete(*taken)
    # a's retry (no fingerprint: a retry skips the filter), then c's, both from held requests
    retry_a = see_and_push(
        keys=[seen, queue, f"{prefix}:inflight:a"], args=["", 0, b"retry-16", "field-a"]
    )
    retry_c = see_and_push(
        keys=[seen, queue, f"{prefix}:inflight:c"], args=["", 0, b"retry-17", "field-c"]
    )
    queued = client.zrange(queue, 0, -1)
    left_c = client.hgetall(f"{prefix}:inflight:c")
    client.delete(workers, holders, queue, seen, f"{prefix}:inflight:c")
    assert (retry_a, retry_c) == (-1, 1)
    assert sorted(queued) == [b"request-16", b"retry-17"] and left_c == {}


def _held_by(redis: RedisServer, pid: int) -> int:
    """How many requests worker `pid` notes as held in Redis (its inflight hash)."""
    keys = list(redis.client.scan_iter(match=f"*:inflight:{pid}-*"))
    return sum(int(redis.client.hlen(key)) for key in keys)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _log(crawl: RunningCrawl) -> str:
    path = crawl.log_path
    return path.read_text(errors="replace") if path.exists() else ""
