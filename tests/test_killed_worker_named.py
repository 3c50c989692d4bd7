"""A shared crawl's worker killed with SIGKILL writes no report: the worker that takes up what
it held names it, with what it held (newsarchive.lives).

Worker A (Redis crawl state, so no run lock) is killed as its fifth item goes out, before
the crawl state records it: four of its articles are kept, the fifth page is still held.
Worker B, started once A's heartbeat lapsed, gives A's held requests back to the queue and
says which worker died (pid, start, requests given back, items kept, WARC files) in its
log, stats and report. A worker C after B's clean stop names no one.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis import Redis

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from newsarchive.lives import KEPT_DAYS, WorkerLives
from newsarchive.shared_keys import worker_name
from tests.plugins.crawling import RunningCrawl, run_crawl, start_crawl
from tests.plugins.worker_lives import entered
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings, wait_until_missed

KILL_AFTER = 5  # items; the last one's capture is not saved (the kill comes before the state)


def _report(out: Path) -> dict[str, Any]:
    (path,) = sorted((out / "reports").glob("*.json"))
    report: dict[str, Any] = json.loads(path.read_text())
    return report


def test_the_worker_taking_up_a_killed_one_names_it_and_what_it_held(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=40)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "lives", NEWSARCHIVE_REDIS_WORKER_TTL="1")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions)}
    before = datetime.now(UTC).replace(microsecond=0)
    killed = start_crawl("news", args, {**killing, "TEST_KILL_AFTER_ITEMS": str(KILL_AFTER)},
                         tmp_path / "a")  # fmt: skip
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    assert not list((tmp_path / "a").glob("reports/*.json"))  # it wrote none
    wait_until_missed(settings)  # its heartbeat lapses: it is dead

    taker = run_crawl("news", args, {**settings, "NEWSARCHIVE_RESUME": "1"}, tmp_path / "b")
    clean = run_crawl("news", args, settings, tmp_path / "c")

    pid = killed.process.pid
    (named,) = _report(tmp_path / "b")["killed_workers"]
    assert named["ended"] == "killed" and named["pid"] == pid
    assert named["worker"] == f"{pid}-" + worker_name().partition("-")[2]
    assert before <= datetime.fromisoformat(named["started"]) <= datetime.now(UTC)
    assert named["items"] == KILL_AFTER - 1
    assert named["requests_given_back"] >= 1  # the fifth article's page at least
    files = sorted(p.name.removesuffix(".open") for p in (tmp_path / "a" / "warc").glob("*"))
    assert files and named["warc_files"] == files
    assert taker.stats["redis/killed_workers"] == 1
    assert f"(pid {pid} on " in taker.log and "did not stop: it was killed" in taker.log
    assert f"worker killed: {named['worker']} (pid {pid}, " in taker.log  # the summary too
    assert "killed_workers" not in _report(tmp_path / "c")
    assert "redis/killed_workers" not in clean.stats and "did not stop" not in clean.log


def test_a_worker_named_dead_while_stalled_is_noted_again_and_named_when_killed(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A worker stalled past its TTL looks dead: the worker taking up its requests names it.
    At its next heartbeat it writes its record again (with what it did so far), so a kill
    later is named too, with its items. Before, its record stayed gone: killed later, it was
    named by no one (a campaign round on a loaded box)."""
    prefix = "newsarchive:test-stalled-life"
    workers = f"{prefix}:workers"
    server, now, (a, b) = entered(redis_server.url, prefix, tmp_path, ("1-a", "2-b"))
    a.item_kept()
    a.item_kept()
    assert b.name_dead() == [] and not a.still_here()  # alive, its record stands
    server.zadd(workers, {"1-a": now - 5})  # A stalls past its TTL
    b.given_back("1-a", 4)  # B takes back what A held: counted in A's record, then named
    (stalled,) = b.name_dead()
    assert (stalled.name, stalled.items, stalled.given_back) == ("1-a", 2, 4)
    a.item_kept()  # while its record is gone
    assert a.still_here() and not a.still_here()  # its heartbeat writes it again, once
    b.given_back("1-a", 2)  # what it held at its kill, given back (counted in its record)
    server.zadd(workers, {"1-a": now - 5})  # killed later
    (killed,) = b.name_dead()
    assert (killed.name, killed.items, killed.pid) == ("1-a", 3, os.getpid())
    assert killed.given_back == 4 + 2  # all it held, at its stall and at its kill
    assert b.killed == [killed]  # one worker, named once in the stats and report (twice before)
    b.leave()
    assert b.name_dead() == [] and server.keys(f"{prefix}:life*") == []


def test_a_worker_killed_restarted_under_its_name_and_killed_again_is_named_twice(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A container restarted keeps its host name and runs the worker as pid 1 again: the
    worker of the same name, killed twice, is two lives, named twice with what each held
    (the stall's merge by name made them one: 1 killed, their requests added up)."""
    server = Redis.from_url(redis_server.url)
    prefix = "newsarchive:test-same-name-life"
    workers = f"{prefix}:workers"
    b = WorkerLives(server, prefix, workers, "2-b")
    now = int(server.time()[0])
    server.zadd(workers, {"1-a": now + 60, "2-b": now + 60})
    b.enter(tmp_path)
    first = WorkerLives(server, prefix, workers, "1-a")
    first.enter(tmp_path)
    first.item_kept()
    server.zadd(workers, {"1-a": now - 5})  # killed
    b.given_back("1-a", 3)
    (named,) = b.name_dead()
    assert (named.items, named.given_back) == (1, 3)
    again = WorkerLives(server, prefix, workers, "1-a")  # restarted: the same name
    server.zadd(workers, {"1-a": now + 60})
    again.enter(tmp_path)
    server.zadd(workers, {"1-a": now - 5})  # killed again
    b.given_back("1-a", 2)
    (named_again,) = b.name_dead()
    assert (named_again.items, named_again.given_back) == (0, 2)
    assert [k.given_back for k in b.killed] == [3, 2]  # two lives of one name
    b.leave()


def test_a_life_record_written_again_after_a_stall_still_expires(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The record a stalled worker writes again keeps the life record's lifetime (KEPT_DAYS):
    before, it was written without one, and a worker killed after its stall, in a crawl never
    run again, left its record (and the lives set) in Redis for good."""
    prefix = "newsarchive:test-stalled-ttl"
    # A stalled past its TTL
    server, _, (a, b) = entered(redis_server.url, prefix, tmp_path, ("1-a", "2-b"), ("1-a",))
    (stalled,) = b.name_dead()
    assert stalled.name == "1-a" and server.exists(f"{prefix}:life:1-a") == 0
    server.delete(f"{prefix}:lives")  # B left too: the set went with A's record taken
    b.leave()
    assert a.still_here()
    assert 0 < server.ttl(f"{prefix}:life:1-a") <= KEPT_DAYS * 86400
    assert 0 < server.ttl(f"{prefix}:lives") <= KEPT_DAYS * 86400
    a.leave()


def test_a_worker_killed_right_after_an_articles_record_is_named_with_it_counted(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """Killed right after the Redis state saved its fifth article's record: the life record
    counts that article too, as its items file and the state hold it. Before, the count was a
    second Redis write after the record's, and a kill between the two named the worker one
    article short (`kill_shared_campaign.py` seed 1929: 61 named, 62 kept)."""
    demo = demo_server_factory(articles=20)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "lifecount")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterRecords": 200}
    killing = {**settings, "EXTENSIONS": json.dumps(extensions),
               "TEST_KILL_AFTER_RECORDS": str(KILL_AFTER)}  # fmt: skip
    killed = start_crawl("news", args, killing, tmp_path / "a")
    assert killed.process.wait(timeout=240) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    kept = killed.wait().items()
    server = Redis.from_url(redis_server.url)
    captured = server.hkeys(f"{settings['STATE_REDIS_KEY']}:captures")
    assert len(kept) == KILL_AFTER and {i["url"].encode() for i in kept} <= set(captured)

    prefix = settings["NEWSARCHIVE_REDIS_KEY"]
    name = f"{killed.process.pid}-" + worker_name().partition("-")[2]
    server.zadd(f"{prefix}:workers", {name: 0})  # its heartbeat lapsed (no wait for its TTL)
    (named,) = WorkerLives(server, prefix, f"{prefix}:workers", "0-namer").name_dead()
    assert (named.name, named.items) == (name, len(kept))


def test_an_articles_count_in_its_records_transaction_makes_no_record_anew(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The count queued in the state's transaction counts while the record stands, and only
    then: a worker named dead meanwhile (stalled) gets no partial record (no pid, no
    lifetime); its own count goes on, and its heartbeat writes the record again with it."""
    server = Redis.from_url(redis_server.url)
    prefix = "newsarchive:test-counted-in"
    key = f"{prefix}:life:1-a"
    a = WorkerLives(server, prefix, f"{prefix}:workers", "1-a")
    a.enter(tmp_path)
    for _ in range(2):
        pipe = server.pipeline(transaction=True)
        a.count_item_in(pipe)
        pipe.hset(f"{prefix}:records", "url", "row")
        pipe.execute()
        a.item_counted()
    assert int(server.hget(key, "items") or 0) == a.items == 2
    server.delete(key)  # taken: named dead while it stalled
    pipe = server.pipeline(transaction=True)
    a.count_item_in(pipe)
    pipe.execute()
    a.item_counted()
    assert server.exists(key) == 0 and a.items == 3
    assert a.still_here() and int(server.hget(key, "items") or 0) == 3
    a.leave()


def test_a_worker_named_as_it_stalled_then_killed_is_one_killed_worker_of_its_taker(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A stops (SIGSTOP) holding requests; B starts, gives them back and names A dead. A wakes
    (SIGCONT), is noted again, and is killed; B names it again, with what it held then: one
    worker in B's `redis/killed_workers` and report (it was 2, and listed twice)."""
    from tests.test_distributed_follow_reseed import gated_site

    prefix = "newsarchive:test-stallkill"
    settings = shared_settings(
        redis_server,
        "stallkill",
        DOWNLOAD_TIMEOUT="300",
        NEWSARCHIVE_REDIS_WORKER_TTL="2",
        NEWSARCHIVE_REDIS_CONTINUE_WITHIN="3600",
        STATE_ENABLED="0",
        # room to ask for more while pages wait at the gate: a worker asks its scheduler
        # (and looks for dead workers) only with a download slot free
        CONCURRENT_REQUESTS="100",
    )
    server = Redis.from_url(redis_server.url)

    def held() -> int:
        return sum(int(server.hlen(key)) for key in server.scan_iter(match=f"{prefix}:inflight:*"))

    def until(done: Callable[[], bool], crawl: RunningCrawl, what: str) -> None:
        deadline = time.monotonic() + 240  # a hang guard only
        while not done():
            log = crawl.log_path.read_text(errors="replace")[-3000:]
            assert crawl.process.poll() is None, f"{what}: {log}"
            assert time.monotonic() < deadline, f"never {what}: {log}"
            time.sleep(0.05)

    running: list[RunningCrawl] = []
    try:
        with gated_site() as (origin, _, holding, release):
            args = {"url": origin + "/", "depth": "2", "items": "1"}
            a = start_crawl("follow", args, settings, tmp_path / "a")
            running.append(a)
            name = f"{a.process.pid}-" + worker_name().partition("-")[2]
            life = f"{prefix}:life:{name}"
            until(lambda: holding.is_set() and held() > 0, a, "A held requests")
            a.process.send_signal(signal.SIGSTOP)
            wait_until_missed(settings)
            b = start_crawl("follow", args, settings, tmp_path / "b")
            running.append(b)
            until(lambda: "did not stop" in b.log_path.read_text(), b, "B named A")
            assert server.exists(life) == 0  # taken by B
            a.process.send_signal(signal.SIGCONT)
            until(lambda: server.exists(life) == 1, a, "A noted again")
            a.process.kill()
            a.process.wait()

            def a_missed() -> bool:  # its heartbeat's expiry passed (B is alive)
                expiry = server.zscore(f"{prefix}:workers", name)
                return expiry is None or expiry < int(server.time()[0])

            until(a_missed, b, "A missed")
            named_twice = lambda: b.log_path.read_text().count("did not stop") == 2  # noqa: E731
            until(named_twice, b, "B named A again")
            # A's first namer, kept for the run (never for ever: a crawl run no more)
            b_name = f"{b.process.pid}-" + worker_name().partition("-")[2]
            assert server.hvals(f"{prefix}:named") == [b_name.encode()]
            assert 0 < server.ttl(f"{prefix}:named") <= 30 * 86400
            release.set()
            done = b.wait(timeout=240)
            assert server.exists(f"{prefix}:named") == 0  # removed by the run's last worker
    finally:
        for crawl in running:
            if crawl.process.poll() is None:
                crawl.process.send_signal(signal.SIGCONT)
                crawl.process.kill()
                crawl.process.wait()
    assert done.returncode == 0, done.log[-3000:]
    assert done.stats["redis/killed_workers"] == 1
    (named,) = _report(tmp_path / "b")["killed_workers"]
    assert named["worker"] == name and named["requests_given_back"] >= 1


def test_a_worker_named_as_it_stalled_by_one_worker_and_killed_later_by_another_counts_once(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A stalls past its TTL: B names it (counts it). A is noted again, then killed while B is
    stopped too; C names both. Each worker's `redis/killed_workers` is its count
    (`counted`): B's 1 and C's 1 (B only) add up to the crawl's two killed workers, not three
    (C counted A again: two namers, 2). C still names A, with what it held at its kill, and
    who named it first."""
    prefix = "newsarchive:test-two-namers"
    workers = f"{prefix}:workers"
    server, now, (a, b, c) = entered(redis_server.url, prefix, tmp_path, ("1-a", "2-b", "3-c"))
    a.item_kept()
    server.zadd(workers, {"1-a": now - 5})  # A stalls past its TTL
    b.given_back("1-a", 4)
    (stalled,) = b.name_dead()
    assert stalled.name == "1-a" and not stalled.named_before_by
    assert b.counted == 1
    assert a.still_here()  # written again at its next heartbeat
    c.given_back("1-a", 2)  # killed later, B stopped too: C takes both up
    server.zadd(workers, {"1-a": now - 5, "2-b": now - 5})
    named = {worker.name: worker for worker in c.name_dead()}
    assert sorted(named) == ["1-a", "2-b"]
    assert named["1-a"].named_before_by == "2-b" and named["1-a"].given_back == 2
    assert not named["2-b"].named_before_by
    assert c.counted == 1  # B only: A was counted by B
    assert b.counted + c.counted == 2  # the crawl's killed workers, each once
    report = named["1-a"].as_report()
    assert report["named_before_by"] == "2-b" and "named_before_by" not in named["2-b"].as_report()
    assert "named dead before by worker 2-b" in named["1-a"].describe(prefix)
    server.delete(*server.keys(f"{prefix}:*"))
