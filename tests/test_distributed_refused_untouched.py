"""A worker refused as it joins a shared crawl touches nothing of it.

The join's refusal (a Redis-state worker slower than its TTL from its check of the crawl's
state to its join, while a worker with its own state file began: mixed state modes) came as
the spider opened, after the shared scheduler had opened: that scheduler took the held
requests of a worker it took for dead (one stalled past its TTL) back into the queue and named
that worker killed in its own log and report, then the worker stopped, having fetched nothing.
The refusal comes first now, before the scheduler looks at the queue: its length, the stalled
worker's held requests and its life record are as they were.

Real `scrapy crawl` processes, a real redis-server, the demo site on 127.0.0.1.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import RunningCrawl, ended_on_failure, start_crawl
from tests.plugins.gated_front import gated_front
from tests.plugins.start_gate import arrived
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_mixed_state import _articles, _gated, _until
from tests.test_distributed_state import shared_settings, wait_until_missed


def _name(crawl: RunningCrawl) -> str:
    return f"{crawl.process.pid}-{socket.gethostname()}".lower()


def test_a_worker_refused_at_its_join_touches_neither_queue_nor_held_requests(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=12)
    name, gate = "refused-untouched", "test-gate:refused-untouched"
    prefix = f"newsarchive:test-{name}"
    client = redis_server.client
    with gated_front(demo, answered=0) as (front, _holding, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        shared = shared_settings(
            redis_server, name, NEWSARCHIVE_REDIS_WORKER_TTL="3", DOWNLOAD_TIMEOUT="300"
        )
        own = {**shared, "STATE_SHARED": "0"}
        with ended_on_failure() as started:
            slow = start_crawl("news", args, _gated(shared, gate, "redis"), tmp_path / "redis")
            running = {"redis": slow}
            started.append(slow)
            _until(lambda: arrived(client, gate, "before-state") == ["redis"], running, "gated")
            client.rpush(f"{gate}:before-state:redis", 1)
            _until(lambda: arrived(client, gate, "before-join") == ["redis"], running, "checked")
            starting = f"{prefix}:redis-states"
            lapsed = lambda: not client.zcount(starting, int(client.time()[0]), "+inf")  # noqa: E731
            _until(lapsed, running, "the held worker's note as starting lapsed")
            file_worker = start_crawl("news", args, own, tmp_path / "file")
            running["file"] = file_worker
            started.append(file_worker)
            held_key = f"{prefix}:inflight:{_name(file_worker)}"
            _until(lambda: client.hlen(held_key) > 0, running, "the file's worker holding")
            file_worker.process.send_signal(signal.SIGSTOP)  # stalled past its TTL: looks dead
            wait_until_missed(shared)
            queue = client.zrange(f"{prefix}:requests", 0, -1, withscores=True)
            held = client.hgetall(held_key)
            holders = client.smembers(f"{prefix}:holders")
            lives = client.smembers(f"{prefix}:lives")
            client.rpush(f"{gate}:before-join:redis", 1)
            refused = slow.wait(timeout=240)
            after = client.zrange(f"{prefix}:requests", 0, -1, withscores=True)
            assert (after, client.hgetall(held_key)) == (queue, held)  # nothing popped or pushed
            assert client.smembers(f"{prefix}:holders") == holders
            assert client.smembers(f"{prefix}:lives") == lives  # the stalled one not named
            assert client.zscore(f"{prefix}:workers", _name(slow)) is None
            file_worker.process.send_signal(signal.SIGCONT)
            release.set()
            done = file_worker.wait(timeout=240)
    assert refused.returncode == 2, refused.log[-3000:]
    last = refused.log.strip().splitlines()[-1]
    assert f"setting STATE_SHARED=1: the shared crawl {prefix} keeps its crawl state in" in last
    assert "did not stop: it was killed" not in refused.log, refused.log[-3000:]
    assert "Traceback" not in refused.log and " ERROR: " not in refused.log, refused.log
    assert "redis/killed_workers" not in refused.stats
    assert refused.stats.get("finish_reason") == "state_refused", refused.stats
    assert not list(refused.warc_dir.glob("*.warc*")) and not refused.items()
    assert done.returncode == 0, done.log[-3000:]
    assert sorted(urlsplit(i["url"]).path for i in done.items()) == _articles(demo)
    assert "redis/taken_back_while_stalled" not in done.stats
    client.delete(*client.keys(f"{gate}:*") or ["x"])
