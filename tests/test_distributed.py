"""Several `scrapy crawl` processes sharing one crawl through a real Redis (scrapy-redis).

A session fixture runs Debian's redis-server on its own free port on 127.0.0.1
(no persistence, a temp dir) and stops it by PID at the end. Every worker runs
the same command with `-s NEWSARCHIVE_REDIS_URL=...` and its own output folder,
as one machine of several would.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import scrapy_redis.scheduler
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from scrapy import Request
from scrapy.core.scheduler import Scheduler
from scrapy.settings import Settings
from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from warcio.archiveiterator import ArchiveIterator

from newsarchive.addon import NewsArchiveAddon
from newsarchive.demo.server import DemoServer
from newsarchive.shared_keys import crawl_key
from newsarchive.spiders.follow import FollowSpider
from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.sites import FoxNewsSpider
from tests.plugins.crawling import (
    CrawlResult,
    crawl_command,
    ended_on_failure,
    run_crawl,
    start_crawl,
)
from tests.plugins.environment import project_settings
from tests.plugins.gated_front import gated_front

REDIS_SERVER = shutil.which("redis-server")
ARTICLES = 120  # 8 sections, sitemap and feed: ~170 requests in all
# A little slower than the local default: the crawl outlasts a worker's start-up (~1 s),
# so a worker starting late still finds work.
SHARED_SPEED = {"DOWNLOAD_DELAY": "0.04"}
# what a worker of a shared crawl says once it has joined it, gone on with it or started it
STARTED = re.compile(r"(Joining|Going on with|Starting) crawl newsarchive:")


@dataclass
class RedisServer:
    url: str
    client: Redis


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    if REDIS_SERVER is None:
        pytest.skip(
            "redis-server is not installed (make test installs it: scripts/install-system-deps.sh)"
        )
    directory = tmp_path_factory.mktemp("redis")
    for _ in range(3):  # the free port may be taken before redis-server binds it
        port = _free_port()
        command = [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(directory), "--logfile", "redis.log"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = Redis(host="127.0.0.1", port=port, socket_timeout=5)
        deadline = time.monotonic() + 10
        while process.poll() is None and time.monotonic() < deadline:
            try:
                client.ping()
                break
            except RedisConnectionError:  # not listening yet
                time.sleep(0.05)
        else:
            client.close()
            process.kill()
            process.wait()
            continue
        try:
            yield RedisServer(f"redis://127.0.0.1:{port}/0", client)
        finally:
            client.close()  # its socket, left open, was named unclosed at the session's exit
            process.terminate()  # by its PID: only the server this fixture started
            process.wait(timeout=10)
        return
    log = directory / "redis.log"
    pytest.fail(f"redis-server did not start: {log.read_text() if log.exists() else ''}")


def run_keys_left(redis: RedisServer) -> list[bytes]:
    """Keys of a crawl's run still in Redis, but the crawl state (kept for the next runs)
    and the shared politeness' per-site timers (they expire by themselves in a minute)."""
    left = redis.client.keys("newsarchive:*")
    return [
        key
        for key in left
        if b":state:" not in key and not (b":site:" in key and redis.client.ttl(key) > 0)
    ]


def article_uris(demo: DemoServer, crawl: CrawlResult) -> set[str]:
    """Demo articles a crawl archived as responses, reading back every record of its WARCs."""
    found = set()
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests="raise"):
                record.content_stream().read()  # a digest that does not match raises
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and demo.site.catalog.find(urlsplit(uri).path):
                    found.add(uri)
    return found


def test_two_workers_fetch_every_article_once_between_them(
    redis_server: RedisServer, demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    demo = demo_server_factory(articles=ARTICLES)
    args = {"site": "demo", "base_url": demo.base_url}
    alone = run_crawl("news", args, {}, tmp_path / "alone")  # Scrapy's own scheduler
    expected = article_uris(demo, alone)
    assert len(expected) == ARTICLES
    demo.clear_requests()

    # a request the gate holds is no slow server: it waits past DOWNLOAD_TIMEOUT (60 s) when
    # the second worker's start-up takes that long (it was timed out, retried, and asked twice)
    shared = {**SHARED_SPEED, "NEWSARCHIVE_REDIS_URL": redis_server.url, "DOWNLOAD_TIMEOUT": "300"}
    # no page is answered until both workers have said how they started: the first cannot
    # finish the crawl before the second, slower to start on a loaded box, is up to share it
    with gated_front(demo, answered=0) as (front, _, release):
        through = {"site": "demo", "base_url": front}
        with ended_on_failure() as running:
            running += [
                start_crawl("news", through, shared, tmp_path / f"worker{n}") for n in (1, 2)
            ]
            deadline = time.monotonic() + 240
            for crawl in running:
                while crawl.process.poll() is None and not STARTED.search(_log(crawl.log_path)):
                    assert time.monotonic() < deadline, _log(crawl.log_path)[-3000:]
                    time.sleep(0.05)
            release.set()
            workers = [crawl.wait(timeout=240) for crawl in running]
    for worker in workers:
        assert worker.returncode == 0, worker.log[-3000:]
        assert "redis/run_replaced" not in worker.stats  # its own start, or its fellow's

    first, second = (article_uris(demo, worker) for worker in workers)
    assert first and second, f"a worker did no work: {len(first)} and {len(second)} articles"
    assert first.isdisjoint(second)
    assert first | second == {uri.replace(demo.base_url, front, 1) for uri in expected}
    asked = Counter(t for _, t in demo.requests if demo.site.catalog.find(t.split("?")[0]))
    assert len(asked) == ARTICLES and set(asked.values()) == {1}

    for worker, share, crawl in zip(workers, (first, second), running, strict=True):
        names = [path.name for path in worker.warc_files()]
        assert names and all(f"-{crawl.process.pid}-" in name for name in names)
        assert not list(worker.warc_dir.glob("*.open"))
        items = worker.items()
        assert {item["url"] for item in items} == share
        assert {item["warc_file"] for item in items} <= set(names)
    # The last worker out removed the crawl's keys: the next run starts afresh.
    assert run_keys_left(redis_server) == []


def test_a_new_run_clears_what_a_killed_run_left(
    redis_server: RedisServer, demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    demo = demo_server_factory(articles=40)
    key = f"newsarchive:demo@{urlsplit(demo.base_url).netloc}"  # the key the README documents
    catalog = demo.site.catalog
    urls = [demo.url(catalog.article(n).path) for n in catalog.ids]
    # A killed run left every article as requested and claimed, and its dead worker.
    fingerprint = RFPDupeFilter(redis_server.client, key="unused").request_fingerprint
    redis_server.client.sadd(f"{key}:dupefilter", *(fingerprint(Request(url)) for url in urls))
    redis_server.client.sadd(f"{key}:articles", *urls)
    redis_server.client.zadd(f"{key}:workers", {"1-dead-host": 0})
    redis_server.client.set(f"{key}:run", "1733000000000000")  # the killed run's name

    shared = {"NEWSARCHIVE_REDIS_URL": redis_server.url}
    crawl = run_crawl("news", {"site": "demo", "base_url": demo.base_url}, shared, tmp_path)
    assert article_uris(demo, crawl) == set(urls)
    assert "cleared 2 key(s) an earlier run left" in crawl.log
    assert "redis/run_replaced" not in crawl.stats  # the new run is its own
    assert run_keys_left(redis_server) == []


def _settings(**overrides: object) -> Settings:
    settings = project_settings()
    settings.setdict(overrides, priority="cmdline")
    NewsArchiveAddon().update_settings(settings)
    return settings


def test_without_the_setting_scheduler_and_dupefilter_stay_scrapys_own() -> None:
    settings = _settings()
    # Scrapy's, keeping a resting host's requests back (newsarchive.network.politeness)
    assert settings["SCHEDULER"] == "newsarchive.network.politeness.PacedScheduler"
    assert issubclass(load_object(settings["SCHEDULER"]), Scheduler)
    assert settings["DUPEFILTER_CLASS"] == "scrapy.dupefilters.RFPDupeFilter"
    assert settings.get("REDIS_URL") is None
    components = [*settings.getdict("EXTENSIONS"), *settings.getdict("DOWNLOADER_MIDDLEWARES")]
    assert not [c for c in components if "distributed" in str(c)]


def test_a_plain_crawl_never_imports_scrapy_redis(demo_site: DemoServer, tmp_path: Path) -> None:
    command = crawl_command("follow", {"url": demo_site.base_url + "/", "depth": "0"}, {}, tmp_path)
    command[1:1] = ["-X", "importtime"]  # every module imported, on stderr
    done = subprocess.run(command, cwd=Path(__file__).parents[1], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "scrapy.core.scheduler" in imported  # the listing works
    assert not {name for name in imported if name.split(".")[0] in ("scrapy_redis", "redis")}


def test_the_setting_switches_to_scrapy_redis_and_a_run_can_override_it() -> None:
    settings = _settings(NEWSARCHIVE_REDIS_URL="redis://127.0.0.1:6379/0")
    assert issubclass(load_object(settings["SCHEDULER"]), scrapy_redis.scheduler.Scheduler)
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST") is True
    assert settings["REDIS_URL"] == "redis://127.0.0.1:6379/0"
    # no spider known here: scrapy-redis fills in the spider's name
    assert settings["SCHEDULER_QUEUE_KEY"] == "newsarchive:%(spider)s:requests"
    own = _settings(NEWSARCHIVE_REDIS_URL="redis://h/0", SCHEDULER_QUEUE_KEY="mine")
    assert own["SCHEDULER_QUEUE_KEY"] == "mine"
    named = _settings(NEWSARCHIVE_REDIS_URL="redis://h/0", NEWSARCHIVE_REDIS_KEY="newsarchive:x")
    assert named["SCHEDULER_DUPEFILTER_KEY"] == "newsarchive:x:dupefilter"


def test_workers_sharing_a_folder_write_items_of_their_own() -> None:
    feeds = _settings(NEWSARCHIVE_REDIS_URL="redis://127.0.0.1:6379/0").getdict("FEEDS")
    (uri,) = feeds
    assert uri.startswith("items/%(name)s-%(time)s-") and uri.endswith(".jsonl")
    assert f"-{os.getpid()}-" in uri


def test_one_key_per_crawl_and_the_same_key_for_the_same_crawl() -> None:
    assert (
        crawl_key(FoxNewsSpider())
        == crawl_key(NewsSpider(site="foxnews"))
        == ("newsarchive:foxnews")
    )
    section = next(iter(FoxNewsSpider().options.profile.sections))
    assert crawl_key(NewsSpider(site="foxnews", sections=section)) == (
        f"newsarchive:foxnews:{section}"
    )
    demo = NewsSpider(site="demo", base_url="http://127.0.0.1:8080")
    assert crawl_key(demo) == "newsarchive:demo@127.0.0.1:8080"
    assert crawl_key(FollowSpider(url="http://example.org/a")) == "newsarchive:follow:example.org"


def _log(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""
