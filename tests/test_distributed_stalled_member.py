"""A worker that stalls (SIGSTOP) past its TTL after it joined, while another worker of the
crawl goes on: the other takes its held requests back and names it dead. Woken (SIGCONT), the
stalled worker finds it was declared dead (its life record taken) and rejoins, as a paused
scrapy-redis worker goes on: the pages it held are the taker's (no item of them here), and
every article of the site is exported once and counted `new` once across the workers. The
taker counted it among the killed workers ("wrote no report") in its stats, its report and
the summary at its end, though it went on and wrote its own: it is counted back now
(`redis/dead_workers_back`), killed no more.

Real `scrapy crawl` processes, a real redis-server, the demo site on 127.0.0.1.
"""

from __future__ import annotations

import json
import signal
import socket
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import CrawlResult, ended_on_failure, start_crawl
from tests.plugins.worker_lives import entered
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

ARTICLES = 40
TTL = 4  # s: A is stopped for longer


def answered_twice(warcs: Path, since: datetime) -> list[str]:
    """URLs a worker's WARC holds two answers for (response or revisit records) dated
    `since` or later. (A page fetched before the stall and taken back out of its extraction
    is fetched again by whoever pops it: a revisit, rightly.)"""
    answers: Counter[str] = Counter()
    for path in warcs.glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                date = datetime.fromisoformat(record.rec_headers.get_header("WARC-Date") or "")
                if record.rec_type in ("response", "revisit") and date >= since:
                    answers[record.rec_headers.get_header("WARC-Target-URI")] += 1
    return sorted(url for url, n in answers.items() if n > 1)


def urls(result: CrawlResult) -> list[str]:
    """The article URLs a worker exported, in its items file's order."""
    return [item["url"] for item in result.items()]


def test_a_worker_declared_dead_while_stalled_stops_and_nothing_is_doubled(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(
        redis_server,
        "stalled-member",
        NEWSARCHIVE_REDIS_WORKER_TTL=str(TTL),
        NEWSARCHIVE_REDIS_CONTINUE_WITHIN="600",  # A starved past its TTL by a loaded box
        DOWNLOAD_DELAY="0.1",
    )
    prefix = "newsarchive:test-stalled-member"
    client = redis_server.client
    with ended_on_failure() as started:
        a = start_crawl("news", args, settings, tmp_path / "a")
        started.append(a)
        name_a = f"{a.process.pid}-{socket.gethostname()}".lower()
        deadline = time.monotonic() + 240  # hang guards only
        while not client.hlen(f"{prefix}:inflight:{name_a}"):
            assert a.process.poll() is None and time.monotonic() < deadline, a.log_path.read_text()
            time.sleep(0.02)
        b = start_crawl("news", args, settings, tmp_path / "b")
        started.append(b)
        while f"crawl {prefix} " not in b.log_path.read_text(errors="replace"):  # joined
            assert b.process.poll() is None and time.monotonic() < deadline, b.log_path.read_text()
            time.sleep(0.02)
        while not client.hlen(f"{prefix}:inflight:{name_a}"):  # A holds requests as it stops
            assert a.process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        stopped = datetime.now(UTC)
        a.process.send_signal(signal.SIGSTOP)
        life = f"{prefix}:life:{name_a}"
        while client.exists(life):  # B took A's requests back and named it dead
            assert b.process.poll() is None and time.monotonic() < deadline, b.log_path.read_text()
            time.sleep(0.05)
        a.process.send_signal(signal.SIGCONT)
        done_a, done_b = a.wait(timeout=240), b.wait(timeout=240)
    assert done_b.returncode == 0, done_b.log[-3000:]
    assert done_a.returncode == 0, done_a.log[-3000:]
    assert done_a.stats["redis/rejoined_after_named_dead"] >= 1
    assert "it rejoins the crawl, leaving the pages it held to that worker" in done_a.log
    exporters = [(url, who) for who, r in (("A", done_a), ("B", done_b)) for url in urls(r)]
    items = Counter(url for url, _ in exporters)
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    missing = sorted(expected - set(items))
    doubled = {u: [w for v, w in exporters if v == u] for u, n in items.items() if n > 1}
    assert set(items) == expected and set(items.values()) == {1}, (
        f"missing {missing}, doubled (by) {doubled}, extra {sorted(set(items) - expected)};"
        f" logs and items kept in {tmp_path}/a and {tmp_path}/b"
    )
    # the old copies waiting in A's download slot as it stalled are not fetched once it woke
    # (A popped some of them again: both copies fetched, a response and a revisit, every run)
    assert answered_twice(tmp_path / "a" / "warc", stopped) == [], f"A's log: {tmp_path}/a"
    news = [r.stats.get("state/articles/new", 0) for r in (done_a, done_b)]
    assert sum(news) == ARTICLES, f"new (A, B): {news}; logs in {tmp_path}/a and {tmp_path}/b"
    [report] = (tmp_path / "b" / "reports").glob("*.json")
    if done_b.stats.get("redis/killed_workers", 0):
        # a box at load 30 stalled A past its TTL again after it woke (seen: back at
        # 16:42:52, named dead again, B closing at 16:43:01, A back at 16:43:02): killed is
        # what B knew when it settled its named workers at its close, and A's own report
        # says it went on; A's last return must come after B's "Closing spider"
        woke, closed = (
            logged_at(done_a.log, "it rejoins the crawl", last=True),
            logged_at(done_b.log, "Closing spider"),
        )
        assert woke >= closed, f"B named A killed at its end, A woke before: logs in {tmp_path}"
        assert [w["worker"] for w in json.loads(report.read_text())["killed_workers"]] == [name_a]
        return
    assert done_b.stats["redis/dead_workers_back"] == 1
    assert f"worker {name_a} of crawl {prefix}, named killed above, was heard of again" in (
        done_b.log
    )
    assert "worker killed:" not in done_b.log
    assert "killed_workers" not in json.loads(report.read_text())


def logged_at(log: str, words: str, *, last: bool = False) -> datetime:
    """When the first (or `last`) log line holding `words` was written (Scrapy's
    second-resolution stamp)."""
    lines = [line for line in log.splitlines() if words in line]
    line = lines[-1] if last else lines[0]
    return datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S")


def test_a_worker_back_from_a_stall_and_killed_later_is_killed_after_all(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """B names A as A stalls; A comes back (its heartbeat writes its record again): B counts it
    back, killed no more. A is killed later: B names it again, a killed worker after all, with
    all it held (at its stall and at its kill), and back no more."""
    prefix = "newsarchive:test-back-then-killed"
    workers = f"{prefix}:workers"
    server, now, (a, b) = entered(redis_server.url, prefix, tmp_path, ("1-a", "2-b"))
    server.zadd(workers, {"1-a": now - 5})  # A stalls past its TTL
    b.given_back("1-a", 3)
    assert [w.name for w in b.name_dead()] == ["1-a"]
    b.settle()
    assert [w.name for w in b.killed] == ["1-a"] and b.back == []  # not heard of yet
    server.zadd(workers, {"1-a": now + 60})
    assert a.still_here()  # A's next heartbeat: back
    b.settle()
    assert (b.killed, [w.name for w in b.back], b.counted) == ([], ["1-a"], 0)
    b.given_back("1-a", 2)
    server.zadd(workers, {"1-a": now - 5})  # killed later
    assert [w.name for w in b.name_dead()] == ["1-a"]
    b.settle()  # named again since it was back: killed after all
    assert (b.back, b.counted) == ([], 1)
    assert [(w.name, w.given_back) for w in b.killed] == [("1-a", 3 + 2)]
    a.leave()
    b.leave()
    server.delete(*server.keys(f"{prefix}:*") or ["x"])


def test_a_worker_back_from_a_stall_then_killed_and_named_by_another_is_counted_once(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """B names A as A stalls; A comes back and B, ending, counts it back (not killed). A is
    killed later and C names it: C counts it, the crawl's one killed worker. C took B for its
    first namer, which counted it: the workers' `redis/killed_workers` added up to none."""
    prefix = "newsarchive:test-back-killed-by-another"
    workers = f"{prefix}:workers"
    server, now, (a, b, c) = entered(redis_server.url, prefix, tmp_path, ("1-a", "2-b", "3-c"))
    server.zadd(workers, {"1-a": now - 5})  # A stalls past its TTL
    assert [w.name for w in b.name_dead()] == ["1-a"]
    server.zadd(workers, {"1-a": now + 60})
    assert a.still_here()  # back
    b.settle()  # B's report: A back, not killed
    assert (b.killed, [w.name for w in b.back], b.counted) == ([], ["1-a"], 0)
    b.leave()
    server.zadd(workers, {"1-a": now - 5})  # A killed for real
    (named,) = c.name_dead()
    assert named.name == "1-a" and not named.named_before_by
    assert b.counted + c.counted == 1
    c.leave()
    server.delete(*server.keys(f"{prefix}:*") or ["x"])
