"""A worker that starts while the crawl's only other worker is stalled past its heartbeat,
going on with its run (below: or past the window for that, afresh).

Worker A is stopped with SIGSTOP (a process alive but silent: a long pause, a loaded
box) once it has exported a few articles and holds requests in Redis; after its TTL
has passed, worker B starts with no NEWSARCHIVE_RESUME, sees no live worker, and must
not wipe the crawl (queue, dupefilter, A's held requests) under A: it takes A's held
requests back into the queue and goes on with the run. A is then woken with SIGCONT.
Both must finish, and every article of the site must be exported exactly once.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newsarchive.demo.server import DemoServer
from newsarchive.settings import EXTENSIONS
from tests.plugins.crawling import PROJECT, RunningCrawl, crawl_command, start_crawl
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings, wait_until_missed

ARTICLES = 60
TTL = 2  # s; A is stopped for longer than this
STALE_ARTICLES = 40
STALE_PREFIX = "newsarchive:test-stalerun"


def test_a_worker_starting_while_the_other_is_stalled_keeps_the_crawl(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    # the front answers A 5 articles and holds the others until A is stopped: A is still
    # crawling then however slowly the test gets to it (was a pace of 0.1 s a request)
    gate = contextlib.ExitStack()
    is_article = demo.site.catalog.find
    front, _, release = gate.enter_context(
        gated_front(demo, 5, lambda path: is_article(path) is not None)
    )
    args = {"site": "demo", "base_url": front, "requisites": "0"}
    settings = shared_settings(
        redis_server,
        "stallstart",
        NEWSARCHIVE_REDIS_WORKER_TTL=str(TTL),
        LOG_LEVEL="DEBUG",
    )
    prefix = "newsarchive:test-stallstart"
    a = start_crawl("news", args, settings, tmp_path / "a")
    b: RunningCrawl | None = None
    try:
        deadline = time.monotonic() + 240  # a hang guard only
        while a.process.poll() is None and _lines(a.items_path) < 3:
            assert time.monotonic() < deadline, f"A exported no 3 articles in 240 s:\n{_log(a)}"
            time.sleep(0.05)  # until A has exported a few articles
        assert a.process.poll() is None, "A ended before it could be stopped"
        a.process.send_signal(signal.SIGSTOP)
        release.set()  # A's held pages wait in its sockets; B's come at once
        held = _held(redis_server, prefix)
        queued = int(redis_server.client.zcard(f"{prefix}:requests"))
        assert held + queued > 0  # A stopped mid-crawl: work waits for it
        wait_until_missed(settings)  # A's heartbeat lapses: it looks dead
        # B goes on with A's run whatever its start-up takes: the window is 5 TTLs of B's
        # (10 s at A's 2 s), and a loaded box started B 13 s after A lapsed: B began the
        # run afresh under A (a run lost 4 articles; another passed on the line naming A
        # killed: "items are kept"). At the default TTL (60 s: a 300 s window) B does not
        # look dead to A once A is woken either.
        later = {k: v for k, v in settings.items() if k != "NEWSARCHIVE_REDIS_WORKER_TTL"}
        b = start_crawl("news", args, later, tmp_path / "b")
        while b.process.poll() is None and "crawl newsarchive:test-stallstart" not in _log(b):
            time.sleep(0.05)  # until B has joined the crawl (or wiped it)
        time.sleep(1.0)  # B works a little while A is still stopped
    finally:
        a.process.send_signal(signal.SIGCONT)
        release.set()  # on a failure too
    with gate:  # the front served until both ended
        done = {name: crawl.wait(timeout=240) for name, crawl in (("a", a), ("b", b)) if crawl}
    for result in done.values():
        assert result.returncode == 0, result.log[-3000:]
    items = Counter(item["url"] for result in done.values() for item in result.items())
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    lost = sorted(expected - set(items))
    twice = sorted(url for url, count in items.items() if count > 1)
    assert (len(lost), len(twice)) == (0, 0), (lost, twice)
    assert set(items) == expected
    assert done["b"].stats["redis/start"] == "continued", done["b"].stats["redis/start_reason"]
    assert "Going on with crawl newsarchive:test-stallstart" in done["b"].log


@pytest.mark.parametrize("at", ["line", "record"])
def test_a_worker_stalled_between_an_items_line_and_its_record_takes_the_line_back(
    at: str,
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """A stops itself (SIGSTOP) once its 3rd item's line is out (right after it, or in the
    last item sink before the crawl state records the article), its page still held: the
    moment the test above stops A in when it finds A's 3rd line (that article was exported
    by both A and B in CI). B takes the page back, fetches it, and, the shared state not
    knowing A's capture, exports it. A, woken, keeps no capture and takes its line back: the
    article is in B's items only."""
    demo = demo_server_factory(articles=ARTICLES)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, f"stall-at-{at}", LOG_LEVEL="DEBUG")
    mark = tmp_path / "stalled-at"
    stalling = {
        **settings,
        "NEWSARCHIVE_REDIS_WORKER_TTL": str(TTL),
        "EXTENSIONS": json.dumps(
            {**EXTENSIONS, "tests.plugins.stall_after_line.StallAfterLine": 200}
        ),
        "TEST_STALL_AFTER_LINE": "3",
        "TEST_STALL_AT": at,
        "TEST_STALL_MARK": str(mark),
    }
    a = start_crawl("news", args, stalling, tmp_path / "a")
    b: RunningCrawl | None = None
    try:
        deadline = time.monotonic() + 240  # a hang guard only
        while not (mark.exists() and _stopped(a.process.pid)):
            assert a.process.poll() is None, f"A ended before its 3rd line:\n{_log(a)}"
            assert time.monotonic() < deadline, f"A never stopped after its 3rd line:\n{_log(a)}"
            time.sleep(0.05)
        url = mark.read_text()
        assert _lines(a.items_path) == 3 and url in a.items_path.read_text()
        wait_until_missed(stalling)  # A looks dead: B takes its held page back
        b = start_crawl("news", args, settings, tmp_path / "b")
        while url not in (b.items_path.read_text() if b.items_path.exists() else ""):
            assert b.process.poll() is None, f"B ended without exporting {url}:\n{_log(b)}"
            assert time.monotonic() < deadline, f"B never exported {url}:\n{_log(b)}"
            time.sleep(0.05)
    finally:
        a.process.send_signal(signal.SIGCONT)
    done = {name: crawl.wait(timeout=240) for name, crawl in (("a", a), ("b", b)) if crawl}
    for result in done.values():
        assert result.returncode == 0, result.log[-3000:]
    items = Counter(item["url"] for result in done.values() for item in result.items())
    assert items[url] == 1 and url not in {item["url"] for item in done["a"].items()}
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert set(items) == expected and set(items.values()) == {1}, items
    assert done["a"].stats["redis/taken_back_while_stalled"] >= 1
    # its line taken back is not counted exported (the report's "exported")
    assert done["a"].stats["item_scraped_count"] == len(done["a"].items())


@pytest.mark.parametrize("beside", ["csv", "batches", "fifo"])
def test_a_line_no_feed_can_take_back_is_taken_out_by_the_next_run(
    beside: str,
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """As above, with feeds that cannot all be cut back; A says so. csv: A also writes a CSV
    feed (it keeps the line); its JSON Lines file has the line cut all the same (the next
    run's repair takes out only a file's last lines the state does not name: there, between
    A's other lines, it stayed for good, the article exported by both). batches: batches of
    3 items, the 3rd closing the first file; A's next run takes the line out of that file
    (its last line, of a record the state does not name: it names B's). fifo: A also writes
    to a named pipe (read by the test), which cannot be cut (its truncation raised, a
    traceback): the JSON Lines file is cut."""
    demo = demo_server_factory(articles=ARTICLES)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, f"stall-{beside}", LOG_LEVEL="DEBUG")
    mark = tmp_path / "stalled-at"
    out = tmp_path / "a"
    feeds: dict[str, dict[str, object]] = {
        str(out / "items.jsonl"): {"format": "jsonlines"},
        str(out / "items.csv"): {"format": "csv", "fields": ["url", "title"]},
    }
    if beside == "batches":
        feeds = {
            str(out / "items-%(batch_id)d.jsonl"): {"format": "jsonlines", "batch_item_count": 3}
        }
    piped: list[bytes] = []
    if beside == "fifo":
        out.mkdir()
        pipe = out / "items.pipe"
        os.mkfifo(pipe)
        feeds = {**feeds, str(pipe): {"format": "jsonlines"}}
        del feeds[str(out / "items.csv")]
        reader = threading.Thread(target=lambda: piped.append(pipe.read_bytes()), daemon=True)
        reader.start()
    a_settings = {**settings, "FEEDS": json.dumps(feeds)}
    stalling = {
        **a_settings,
        "NEWSARCHIVE_REDIS_WORKER_TTL": str(TTL),
        "EXTENSIONS": json.dumps(
            {**EXTENSIONS, "tests.plugins.stall_after_line.StallAfterLine": 200}
        ),
        "TEST_STALL_AFTER_LINE": "3",
        "TEST_STALL_MARK": str(mark),
    }
    a = _start_with_feeds(args, stalling, out)
    b: RunningCrawl | None = None
    try:
        deadline = time.monotonic() + 240  # a hang guard only
        while not (mark.exists() and _stopped(a.process.pid)):
            assert a.process.poll() is None, f"A ended before its 3rd line:\n{_log(a)}"
            assert time.monotonic() < deadline, f"A never stopped after its 3rd line:\n{_log(a)}"
            time.sleep(0.05)
        url = mark.read_text()
        wait_until_missed(stalling)  # A looks dead: B takes its held page back
        b = start_crawl("news", args, settings, tmp_path / "b")
        while url not in (b.items_path.read_text() if b.items_path.exists() else ""):
            assert b.process.poll() is None, f"B ended without exporting {url}:\n{_log(b)}"
            assert time.monotonic() < deadline, f"B never exported {url}:\n{_log(b)}"
            time.sleep(0.05)
    finally:
        a.process.send_signal(signal.SIGCONT)
    done = {name: crawl.wait(timeout=240) for name, crawl in (("a", a), ("b", b)) if crawl}
    for result in done.values():
        assert result.returncode == 0, result.log[-3000:]
    assert f"Could not take the line of {url} back" in done["a"].log
    assert url in {item["url"] for item in done["b"].items()}
    a_urls = _urls(out)
    if beside == "fifo":
        reader.join(timeout=60)
        assert url not in a_urls and url.encode() in piped[0]
        assert "Traceback" not in done["a"].log
        return  # no next run: its pipe has no reader
    if beside == "csv":
        assert url not in a_urls and url in (out / "items.csv").read_text()
    else:
        assert a_urls.count(url) == 1
    again = _start_with_feeds(args, a_settings, out, "again.log").wait(timeout=240)
    assert again.returncode == 0, again.log[-3000:]
    kept = _urls(out)
    assert url not in kept, again.log[-3000:]
    assert sorted(kept) == sorted(u for u in a_urls if u != url)


def _urls(out: Path) -> list[str]:
    """The URLs of the items in a crawl's JSON Lines files (every batch's)."""
    lines = (line for path in out.glob("items*.jsonl") for line in path.read_text().splitlines())
    return [json.loads(line)["url"] for line in lines if line.strip()]


def _start_with_feeds(
    args: dict[str, str], settings: dict[str, str], out: Path, log_name: str = "crawl.log"
) -> RunningCrawl:
    """`start_crawl` writing the feeds its FEEDS setting names (no -O of its own)."""
    out.mkdir(parents=True, exist_ok=True)
    command = crawl_command("news", args, settings, out)[:-2]
    log_path = out / log_name
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
    return RunningCrawl(process, out, out / "warc", out / "items.jsonl", log_path)


# A worker stalled so long that the next worker starts the shared crawl afresh under it:
# A holds requests (its answers held at a gated front) and is stopped (SIGSTOP); once Redis
# misses it, B starts past the window for going on with A's run (CONTINUE_WITHIN=0: every
# earlier run is past it) and starts afresh, dropping the queue and A's held requests. A is
# woken (SIGCONT) after B ended, or while B crawls: every article is exported by someone.


@pytest.mark.parametrize("woken", ["after B ended", "while B crawls"])
def test_a_worker_woken_under_a_fresh_run_loses_nothing(
    woken: str,
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=STALE_ARTICLES)
    redis_server.client.delete(*redis_server.client.keys("newsarchive:*test-stalerun*") or ["x"])
    settings = shared_settings(redis_server, "stalerun", DOWNLOAD_TIMEOUT="300", LOG_LEVEL="DEBUG")
    running: list[RunningCrawl] = []
    try:
        with gated_front(demo, answered=12) as (front, holding, release):
            args = {"site": "demo", "base_url": front, "requisites": "0"}
            try:
                short = {**settings, "NEWSARCHIVE_REDIS_WORKER_TTL": str(TTL)}
                a = start_crawl("news", args, short, tmp_path / "a")
                running.append(a)
                deadline = time.monotonic() + 240  # a hang guard only
                holds = lambda: holding.is_set() and _held(redis_server, STALE_PREFIX)  # noqa: E731
                while a.process.poll() is None and not holds():
                    assert time.monotonic() < deadline, "A never held a request"
                    time.sleep(0.05)
                assert a.process.poll() is None, "A ended before it held requests"
                a.process.send_signal(signal.SIGSTOP)
                held = _held(redis_server, STALE_PREFIX)
                assert held > 0, "A holds requests as it is stopped"
                wait_until_missed(settings)  # A looks dead
                release.set()  # A's answers wait in its sockets; B's are answered
                # past the window for going on with A's run: B starts afresh
                past = {**settings, "NEWSARCHIVE_REDIS_CONTINUE_WITHIN": "0"}
                b = start_crawl("news", args, past, tmp_path / "b")
                running.append(b)
                if woken == "after B ended":
                    done_b = b.wait(timeout=240)
                else:
                    while b.process.poll() is None and _lines(b.items_path) < 1:
                        assert time.monotonic() < deadline + 240, _log(b)[-3000:]
                        time.sleep(0.05)  # until B has exported an article of its run
            finally:
                a.process.send_signal(signal.SIGCONT)
                release.set()
            done_a = a.wait(timeout=240)
            if woken != "after B ended":
                done_b = b.wait(timeout=240)
    finally:  # a failure above: none is left running (nor stopped)
        for crawl in running:
            if crawl.process.poll() is None:
                crawl.process.send_signal(signal.SIGCONT)
                crawl.process.kill()
                crawl.process.wait()
    for done in (done_a, done_b):
        assert done.returncode == 0, done.log[-3000:]
    assert done_b.stats["redis/start"] == "fresh", done_b.stats.get("redis/start_reason")
    items = Counter(item["url"] for done in (done_a, done_b) for item in done.items())
    expected = {front + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    lost = sorted(expected - set(items))
    assert lost == [], (held, done_a.log[-6000:])
    # Exported twice is not asserted here: in one run of "while B crawls" A exported one
    # article it held at the stop that B's run fetched and exported too (its item came out
    # of A's pipeline although its held request had been dropped with A's run)
    assert done_a.stats.get("redis/taken_back_while_stalled", 0) > 0  # A woke holding pages


def _held(redis: RedisServer, prefix: str) -> int:
    keys = list(redis.client.scan_iter(match=f"{prefix}:inflight:*"))
    return sum(int(redis.client.hlen(key)) for key in keys)


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _stopped(pid: int) -> bool:
    """Whether the process is stopped (SIGSTOP): its state in /proc is T."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rpartition(")")[2].split()[0] == "T"


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0
