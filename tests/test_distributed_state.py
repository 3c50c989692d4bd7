"""Several workers as one archive: shared crawl state, revisits, limits and resumption.

Two `scrapy crawl` processes, each with its own output folder (as two machines),
share one crawl through a real redis-server (tests/test_distributed.py starts
it once per session). Each test keys its crawl and its state apart.
"""

from __future__ import annotations

import gzip
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from redis import Redis
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from newsarchive.state.redis_store import RedisCrawlState
from newsarchive.state.store import Capture, CrawlState
from tests.plugins.cli_here import newsarchive_here
from tests.plugins.crawling import CrawlResult, ended_on_failure, start_crawl
from tests.plugins.deadline import ends_at
from tests.plugins.gated_front import gated_front
from tests.test_distributed import STARTED, RedisServer, redis_server  # noqa: F401 (session fixture)


@dataclass
class Record:
    kind: str
    uri: str
    date: datetime
    record_id: str
    headers: dict[str, str]
    folder: Path
    path: Path
    body: bytes


def records(folder: Path) -> list[Record]:
    """Every request, response and revisit record in a worker's WARCs (closed and open)."""
    found = []
    for path in sorted((folder / "warc").glob("*.warc.gz*")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("request", "response", "revisit"):
                    continue
                headers = dict(record.rec_headers.headers)
                if record.http_headers is not None:
                    headers.update({f"http:{k}": v for k, v in record.http_headers.headers})
                date = headers["WARC-Date"].replace("Z", "+00:00")
                body = record.content_stream().read()
                found.append(
                    Record(
                        record.rec_type,
                        headers["WARC-Target-URI"],
                        datetime.fromisoformat(date),
                        headers["WARC-Record-ID"],
                        headers,
                        folder,
                        path,
                        body,
                    )
                )
    return found


def decoded(body: bytes) -> bytes:
    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body


def is_article(demo: DemoServer, uri: str) -> bool:
    return demo.site.catalog.find(urlsplit(uri).path) is not None


def shared_settings(redis: RedisServer, name: str, **more: str) -> dict[str, str]:
    return {
        "NEWSARCHIVE_REDIS_URL": redis.url,
        "NEWSARCHIVE_REDIS_KEY": f"newsarchive:test-{name}",
        "STATE_REDIS_KEY": f"newsarchive:state:test-{name}",
        "DOWNLOAD_DELAY": "0.04",
        **more,
    }


def wait_until_missed(settings: dict[str, str]) -> None:
    """Until no worker of the crawl is heard of: each heartbeat's expiry (whole seconds of
    Redis's clock, as the workers read it) has passed. A killed or stopped worker is then
    dead to the next one, however long the kill or the start of that worker took."""
    workers = f"{settings['NEWSARCHIVE_REDIS_KEY']}:workers"
    client = Redis.from_url(settings["NEWSARCHIVE_REDIS_URL"], socket_timeout=5)
    deadline = time.monotonic() + 120  # a hang guard only: the expiry is a TTL or two away
    try:
        while alive := client.zrangebyscore(workers, int(client.time()[0]), "+inf"):
            assert time.monotonic() < deadline, f"workers still heard of: {alive}"
            time.sleep(0.05)
    finally:
        client.close()


def run_workers(
    args: dict[str, str], settings: dict[str, str], folders: list[Path]
) -> list[CrawlResult]:
    running = [start_crawl("news", args, settings, folder) for folder in folders]
    done = [crawl.wait(timeout=240) for crawl in running]
    for worker in done:
        assert worker.returncode == 0, worker.log[-3000:]
    return done


def a_second_after(ended: float) -> None:
    """Until one second past `ended` (time.time() once a run's workers had all exited): each
    article or requisite that run checked is then STATE_RECHECK_AGE=1 old, and the next run's
    records are dated in a later second than any of its own (a replay address names its
    capture to the second). The time the test spent reading that run counts towards it."""
    time.sleep(max(0.0, ended + 1.0 - time.time()))


def run_together(
    args: dict[str, str], settings: dict[str, str], folders: list[Path], release: threading.Event
) -> list[CrawlResult]:
    """`run_workers` through a gated front (`gated_front(demo, answered=0)`, its `release`):
    no page is answered until every worker has said how it started, so the first cannot end
    the run before the later one, slower to start on a loaded box, is up to share it. Each
    worker asks for what it needs at once (a held request waits past DOWNLOAD_TIMEOUT's 60 s
    default when the later start takes that long). Not a gate on each worker's asking: one
    with nothing left to ask held it shut (speed2-25's version hung 240 s in CI)."""
    release.clear()
    with ended_on_failure() as running:
        running += [
            start_crawl("news", args, {**settings, "DOWNLOAD_TIMEOUT": "300"}, folder)
            for folder in folders
        ]
        # a hang guard only: one deadline for all the waits, inside the test's timeout, so a
        # hang is named here (which worker, at which step), not by pytest-timeout
        started, deadline = time.monotonic(), ends_at()
        for crawl in running:
            while crawl.process.poll() is None and not STARTED.search(log_of(crawl.log_path)):
                assert time.monotonic() < deadline, (
                    f"worker {crawl.out_dir.name} said no '{STARTED.pattern}' in "
                    f"{time.monotonic() - started:.0f} s (the front answers nothing before; "
                    f"killed):\n{log_of(crawl.log_path)[-3000:]}"
                )
                time.sleep(0.05)
        release.set()
        done = [crawl.wait(timeout=max(deadline - time.monotonic(), 1.0)) for crawl in running]
    for worker in done:
        assert worker.returncode == 0, worker.log[-3000:]
    return done


def log_of(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def test_runs_of_two_workers_share_state_revisits_and_changes(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    pywb: Any,
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=80)
    # every run through one front (the state knows its URLs): each run's pages held until
    # both workers are up (was a pace of 0.15 s a request in run 1, 0.08 s in run 2, slow
    # enough to outlast the later worker's start-up on a loaded box)
    with gated_front(demo, answered=0) as (front, _, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        # STATE_RECHECK_AGE=1: every known article is asked again (conditionally) next run
        settings = shared_settings(redis_server, "runs", STATE_RECHECK_AGE="1")
        article_count = len(demo.site.catalog.ids)

        def url(path: str) -> str:
            return front + path

        run1 = [tmp_path / "run1-a", tmp_path / "run1-b"]
        run_together(args, settings, run1, release)
        ended = time.time()
        first = [
            r for f in run1 for r in records(f) if r.kind == "response" and is_article(demo, r.uri)
        ]
        archived_by = {r.uri: r for r in first}
        assert len(first) == len(archived_by) == article_count
        assert {r.folder for r in first} == set(run1), "both workers archived articles"
        state = RedisCrawlState.from_url(redis_server.url, "newsarchive:state:test-runs")
        assert state.count() >= article_count
        a_second_after(ended)

        # Run 2, nothing changed: only conditional requests, answered 304: revisits that point at
        # run 1's records, whichever worker wrote them.
        run2 = [tmp_path / "run2-a", tmp_path / "run2-b"]
        run_together(args, settings, run2, release)
        ended = time.time()
        second = [r for f in run2 for r in records(f) if is_article(demo, r.uri)]
        requests = [r for r in second if r.kind == "request"]
        assert len({r.uri for r in requests}) == article_count
        assert all("http:If-None-Match" in r.headers for r in requests)
        assert not [r for r in second if r.kind == "response"]
        revisits = [r for r in second if r.kind == "revisit"]
        assert {r.uri for r in revisits} == set(archived_by)
        crossed = 0
        for revisit in revisits:
            original = archived_by[revisit.uri]
            assert revisit.headers["WARC-Refers-To"] == original.record_id
            assert revisit.headers["WARC-Refers-To-Date"] == original.headers["WARC-Date"]
            crossed += revisit.folder.name[-1] != original.folder.name[-1]
        assert crossed, "a worker wrote a revisit for a record of the other worker"
        # One collection over both workers' files of both runs: every revisit replays its original.
        files = sorted({r.path for r in [*first, *revisits]})
        prefix = pywb.add_collection("shared", files).removeprefix(pywb.base_url)
        for revisit in revisits:
            stamp = "".join(c for c in revisit.headers["WARC-Date"] if c.isdigit())[:14]
            replayed = pywb.fetch(f"{prefix}{stamp}id_/{revisit.uri}")
            assert replayed.status == 200
            assert decoded(replayed.body) == decoded(archived_by[revisit.uri].body)
        a_second_after(ended)

        # Run 3 over a revision: one new article and one rewritten; only those two are archived.
        demo.set_revision(2)
        run3 = [tmp_path / "run3-a", tmp_path / "run3-b"]
        # which worker archives them asserts nothing here: no gate, no pace
        results = run_workers(args, {**settings, "DOWNLOAD_DELAY": "0"}, run3)
        third = [
            r for f in run3 for r in records(f) if r.kind == "response" and is_article(demo, r.uri)
        ]
        expected = {url(demo.site.catalog.article(n).path) for n in demo.added_articles}
        expected |= {url(demo.site.catalog.article(n).path) for n in demo.changed_articles}
        assert {r.uri for r in third} == expected
        items = [item for result in results for item in result.items()]
        changed = [item for item in items if item.get("version") == 2]
        assert [item["url"] for item in changed] == [
            url(demo.site.catalog.article(n).path) for n in demo.changed_articles
        ]


REQUISITE_TYPES = (".png", ".jpg", ".css", ".js", ".svg")


def test_a_shared_crawl_asks_known_requisites_conditionally(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    """The requisites' validators live in the shared state (`<key>:requisites`): the second
    run's workers, whichever fetches a listing's image or stylesheet, ask with the first
    run's ETag, and its 304 is a server-not-modified revisit of the first run's record."""
    demo = demo_server_factory(articles=30)
    args = {"site": "demo", "base_url": demo.base_url}  # requisites on, as by default
    settings = shared_settings(redis_server, "requisites")
    [first] = run_workers(args, settings, [tmp_path / "run1"])
    ended = time.time()
    archived = {
        r.uri: r
        for r in records(tmp_path / "run1")
        if r.kind == "response" and urlsplit(r.uri).path.endswith(REQUISITE_TYPES)
    }
    assert archived and first.stats["news/requisites_requested"] == len(archived)
    hashed = redis_server.client.hkeys("newsarchive:state:test-requisites:requisites")
    assert sorted(key.decode() for key in hashed) == sorted(archived)
    a_second_after(ended)

    run2 = [tmp_path / "run2-a", tmp_path / "run2-b"]
    results = run_workers(args, settings, run2)
    second = [r for f in run2 for r in records(f) if urlsplit(r.uri).path.endswith(REQUISITE_TYPES)]
    sent = [r for r in second if r.kind == "request"]  # the listings' (articles are known)
    assert sent and {r.uri for r in sent} <= set(archived)
    assert all(r.headers["http:If-None-Match"] for r in sent)
    assert not [r for r in second if r.kind == "response"]
    for revisit in (r for r in second if r.kind == "revisit"):
        assert revisit.headers["WARC-Profile"].endswith("/server-not-modified")
        assert revisit.headers["WARC-Refers-To"] == archived[revisit.uri].record_id
        assert revisit.headers["WARC-Refers-To-Date"] == archived[revisit.uri].headers["WARC-Date"]
    counted = sum(r.stats.get("state/requisites/not_modified", 0) for r in results)
    assert counted == len(sent) == len([r for r in second if r.kind == "revisit"])


def test_max_articles_counts_across_workers(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=120)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0", "max_articles": "50"}
    folders = [tmp_path / "a", tmp_path / "b"]
    results = run_workers(args, shared_settings(redis_server, "max"), folders)
    exported = [item["url"] for result in results for item in result.items()]
    assert len(exported) == len(set(exported)) == 50
    archived = [
        r.uri
        for f in folders
        for r in records(f)
        if r.kind == "response" and is_article(demo, r.uri)
    ]
    # an archived answer that gave no item (an error status, empty, cut: a loaded CI box once
    # archived 51) frees its place, counted; every other answer is one place
    freed = sum(
        r.stats.get(stat, 0)
        for r in results
        for stat in ("news/articles_refused_uncounted", "news/articles_dropped")
    )
    assert len(archived) == len(set(archived))
    news = [{k: v for k, v in r.stats.items() if k.startswith(("news/", "redis/"))}
            for r in results]  # fmt: skip
    assert 50 <= len(archived) <= 50 + freed, news


def test_the_request_rate_to_a_site_holds_for_the_whole_crawl(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    # 0.15 s: ~7 requests a second for both together. Both workers are up before the first
    # page is answered (a gated front): the crawl need not outlast the later one's start-up
    # (was 50 articles, ~10 s, for that)
    delay = 0.15
    demo = demo_server_factory(articles=30)
    settings = shared_settings(redis_server, "rate", DOWNLOAD_DELAY=str(delay))
    settings["RANDOMIZE_DOWNLOAD_DELAY"] = "0"
    folders = [tmp_path / "a", tmp_path / "b"]
    with gated_front(demo, answered=0) as (front, _, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        run_together(args, settings, folders, release)
    both = [r for f in folders for r in records(f) if r.kind == "request"]
    assert {r.folder for r in both} == set(folders), "both workers made requests"
    times = sorted(r.date.timestamp() for r in both)
    rate = (len(times) - 1) / (times[-1] - times[0])
    # alone, each worker would make up to 1/delay; together they would make twice that
    assert rate <= 1.2 / delay, f"{rate:.1f} requests/s for a delay of {delay} s"


def test_a_killed_shared_crawl_resumes_and_archives_every_article_once(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=60)
    args = {"site": "demo", "base_url": demo.base_url, "requisites": "0"}
    settings = shared_settings(redis_server, "resume", DOWNLOAD_DELAY="0.05")
    # the killed workers at 0.1 s a request: the 40 articles left when they are killed keep
    # them busy for 2 s, not 1 (the resumed ones go at 0.05 s). Their TTL is short, so they
    # are missed a few seconds after the kill; the resumed workers keep the default (60 s).
    # With 2 s for all, a worker starved that long on a loaded box looked dead to the other,
    # which fetched what it held again: archived twice by two live workers, as designed for
    # a stall past the TTL, and no fault of the resume this test is about
    slower = {**settings, "DOWNLOAD_DELAY": "0.1", "NEWSARCHIVE_REDIS_WORKER_TTL": "4"}
    killed = [start_crawl("news", args, slower, tmp_path / f"killed{n}") for n in (1, 2)]
    try:
        deadline = time.monotonic() + 240
        while True:  # kill both once a third of the articles are asked for
            asked = {t for _, t in demo.requests if is_article(demo, demo.url(t))}
            if len(asked) >= 20:
                break
            assert time.monotonic() < deadline, f"{len(asked)} articles asked after 240 s"
            time.sleep(0.05)
        for crawl in killed:
            assert crawl.process.poll() is None, "a worker ended before it could be killed"
    finally:
        for crawl in killed:
            if crawl.process.poll() is None:
                os.kill(crawl.process.pid, signal.SIGKILL)
            crawl.process.wait()
    wait_until_missed(settings)  # their heartbeats lapse: they are dead

    resumed = [tmp_path / f"resumed{n}" for n in (1, 2)]
    results = run_workers(args, {**settings, "NEWSARCHIVE_RESUME": "1"}, resumed)
    # the requests the killed workers had taken from the queue went back into it
    assert sum(r.stats.get("redis/requeued_from_dead_workers", 0) for r in results) > 0
    for crawl in killed:  # what the killed workers wrote, closed as a later crawl would
        recovered = newsarchive_here("recover", str(crawl.warc_dir))
        assert recovered.returncode == 0, recovered.stdout + recovered.stderr
    folders = [crawl.out_dir for crawl in killed] + resumed
    archived = Counter(
        r.uri
        for f in folders
        for r in records(f)
        if r.kind == "response" and is_article(demo, r.uri)
    )
    expected = {demo.url(demo.site.catalog.article(n).path) for n in demo.site.catalog.ids}
    assert set(archived) == expected
    # A page a killed worker had archived but not yet finished with is fetched again, its
    # record a revisit of the first (test_distributed_kill); twice only if the kill fell
    # between the record reaching the disk and its payload reaching Redis: one copy each side.
    requeued = sum(r.stats.get("redis/requeued_from_dead_workers", 0) for r in results)
    by_killed = Counter(
        r.uri
        for crawl in killed
        for r in records(crawl.out_dir)
        if r.kind == "response" and is_article(demo, r.uri)
    )
    twice = [uri for uri, count in archived.items() if count > 1]
    assert len(twice) <= requeued, (twice, requeued)
    assert all(archived[uri] == 2 and by_killed[uri] == 1 for uri in twice), twice
    assert all(r.stats.get("finish_reason") == "finished" for r in results)


def test_a_one_machine_state_moves_to_redis_and_back(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=30)
    args = {"site": "demo", "base_url": demo.base_url}  # requisites too: their validators move
    alone = start_crawl("news", args, {"STATE_RECHECK_AGE": "1"}, tmp_path / "alone").wait()
    assert alone.returncode == 0, alone.log[-3000:]
    sqlite = tmp_path / "alone" / "state" / "demo.sqlite"
    redis_key = "newsarchive:state:test-migrate"

    def migrate(source: str, destination: str) -> str:
        done = newsarchive_here("migrate-state", source, destination, "--key", redis_key)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "URLs known there" in migrate(str(sqlite), redis_server.url)
    a_second_after(time.time())  # (what the migration wrote, if it dates any of it)
    # The shared crawl knows what the single machine archived: conditional requests, revisits.
    folders = [tmp_path / "a", tmp_path / "b"]
    settings = shared_settings(redis_server, "migrate", STATE_RECHECK_AGE="1")
    run_workers(args, settings, folders)
    shared = [r for f in folders for r in records(f) if is_article(demo, r.uri)]
    assert not [r for r in shared if r.kind == "response"]
    assert len({r.uri for r in shared if r.kind == "revisit"}) == len(demo.site.catalog.ids)
    requisites = [
        r for f in folders for r in records(f) if urlsplit(r.uri).path.endswith(REQUISITE_TYPES)
    ]
    sent = [r for r in requisites if r.kind == "request"]
    assert sent and all("http:If-None-Match" in r.headers for r in sent)
    assert not [r for r in requisites if r.kind == "response"]

    back = tmp_path / "back.sqlite"
    migrate(redis_server.url, str(back))
    moved, original = CrawlState(back), CrawlState(sqlite)
    assert [c.url for c in moved.captures()] == [c.url for c in original.captures()]
    assert list(moved.payloads()) == list(original.payloads())

    def validators(state: CrawlState) -> list[tuple[str, str, str | None]]:
        return [(r.url, r.digest, r.etag) for r in state.requisites()]

    assert validators(original) and validators(moved) == validators(original)
    later = {c.url: c.checked_at for c in moved.captures()}
    assert all(later[c.url] > c.checked_at for c in original.captures() if is_article(demo, c.url))


def test_migrate_state_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    cases = [
        (["a.sqlite", "b.sqlite", "--site", "x"], "one state file and one redis:// URL"),
        ([str(tmp_path / "none.sqlite"), "redis://127.0.0.1:9/0", "--site", "x"], "no such"),
        (["redis://127.0.0.1:9/0", "x.sqlite"], "give --site"),
    ]
    for arguments, message in cases:
        done = newsarchive_here("migrate-state", *arguments)
        assert done.returncode == 2 and message in done.stderr
        assert "Traceback" not in done.stderr


def test_migrate_state_keeps_the_files_own_id(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The id a shared crawl's STATE_SHARED=0 note names: made once inside the file, it stays
    through a migration out and back in (a new file gets its own)."""
    state = tmp_path / "state" / "demo.sqlite"
    store = CrawlState(state)
    store.save([Capture("https://example.org/a", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
                        200, "sha1:A", None, None, None, None, None, None, None, 1,
                        "2026-01-01T00:00:00Z")])  # fmt: skip
    made = store.identity()
    store.close()
    key = ["--key", "newsarchive:state:test-identity"]
    fresh = tmp_path / "fresh" / "demo.sqlite"
    for source, destination in ((state, redis_server.url), (redis_server.url, state),
                                (redis_server.url, fresh)):  # fmt: skip
        done = newsarchive_here("migrate-state", str(source), str(destination), *key)
        assert done.returncode == 0, done.stderr
    kept, other = CrawlState(state), CrawlState(fresh)
    assert kept.identity() == made and kept.identity() == made
    assert other.identity() != made and other.count() == 1
    kept.close()
    other.close()


def test_migrate_state_from_a_key_no_crawl_wrote_makes_no_file(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A wrong --site, --key or database number: it said "0 captures ... copied", exit 0, and
    left an empty state file, which the next crawl took for the site's history."""
    destination = tmp_path / "state" / "demo.sqlite"
    key = "newsarchive:state:nobody-wrote-this"
    done = newsarchive_here("migrate-state", redis_server.url, str(destination), "--key", key)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        "migrate-state: no crawl state under newsarchive:state:nobody-wrote-this in "
        f"{redis_server.url}: nothing copied, nothing written (check --site, --key and the "
        "database number)"
    )
    assert not destination.exists() and not destination.parent.exists()


@pytest.mark.parametrize("where", ["under /proc", "in /proc", "through a file", "a folder"])
def test_migrate_state_to_a_path_it_cannot_write_says_so(
    where: str,
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """It said "not a crawl state (unable to open database file)", of a state it was to make."""
    key = f"newsarchive:state:unwritable-{where.replace(' ', '-')}"
    source = RedisCrawlState.from_url(redis_server.url, key)
    capture = Capture(
        url="http://harbour.test/ferry", captured_at="2026-12-03T10:00:00Z",
        checked_at="2026-12-03T10:00:00Z", status=200, digest="sha1:AAAA", etag=None,
        last_modified=None, listed_modified=None, warc_file="a.warc.gz", warc_offset=0,
        record_id="<urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427>", record_type="response",
        version=1, version_date="2026-12-03",
    )  # fmt: skip
    source.save([capture], [])
    source.close()
    (tmp_path / "a-file").write_text("not a folder\n")
    destination = {
        "under /proc": Path("/proc/nosuch/demo.sqlite"),
        "in /proc": Path("/proc/demo.sqlite"),
        "through a file": tmp_path / "a-file" / "demo.sqlite",
        "a folder": tmp_path,
    }[where]
    done = newsarchive_here("migrate-state", redis_server.url, str(destination), "--key", key)
    assert done.returncode == 2, done.stderr
    why = {
        "under /proc": "No such file or directory",
        "in /proc": "No such file or directory",
        "through a file": f"{tmp_path / 'a-file'} is a file, not a folder",
        "a folder": "it is a folder; give a file name",
    }[where]
    assert done.stderr.strip() == (
        f"migrate-state: cannot write the crawl state {destination}: {why}; nothing copied"
    )
