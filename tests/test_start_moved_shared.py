"""A shared crawl's section that moved to another name of its site: every worker crawls there.

Worker A reads `news.example.test/politik/`, moved to `example.test/politik/`, and takes
`example.test` into its scope (`scope/start_moved`); the stories it lists there go into the
crawl's Redis queue. Worker B, joining the run, never sees the move (the section is asked
once per run): it took those stories from the queue and dropped them as offsite, counted
only in `offsite/filtered`, and half the section was lost. A worker restarted into the run
lost them alike. Real `scrapy crawl news` processes, a real redis-server, the hosts names
a forward proxy on 127.0.0.1 answers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.plugins.crawling import RunningCrawl, ended_on_failure, start_crawl
from tests.plugins.forward_proxy import forward_proxy
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

STORIES = [f"/politik/2026/12/05/the-council-votes-on-item-{n}" for n in range(8)]
PREFIX = "newsarchive:test-startmoved"


def _story(title: str) -> bytes:
    paragraphs = "".join(f"<p>{title}: sentence {i} of the invented story.</p>" for i in range(5))
    return (
        f"<!doctype html><html lang='de'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer><a href='/impressum'>Impressum</a></footer></body></html>"
    ).encode()


@contextmanager
def moved_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, list[str]]]:
    """`news.example.test` moves every page to `example.test`, whose section lists STORIES.
    The stories are held until the Event is set (`holding`: one waits). Yields (release,
    the story paths asked)."""
    release, asked = threading.Event(), []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            host = self.headers.get("Host", "")
            status, location, body, kind = 404, None, b"not here", "text/html"
            if host == "news.example.test":
                status, location, body = 301, "http://example.test" + self.path, b""
            elif self.path == "/robots.txt":
                status, body, kind = 200, b"User-agent: *\nAllow: /\n", "text/plain"
            elif self.path == "/politik/":
                links = "".join(f"<li><a href='{path}'>{path}</a></li>" for path in STORIES)
                status, body = 200, f"<html><body><ul>{links}</ul></body></html>".encode()
            elif self.path == "/impressum":
                status, body = 200, b"<html><body><p>Invented Verlag</p></body></html>"
            elif self.path in STORIES:
                asked.append(self.path)
                release.wait(240)
                status, body = 200, _story(self.path.rsplit("/", 1)[1].replace("-", " "))
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Type", kind)
            if location:
                self.send_header("Location", location)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with forward_proxy(server.server_address[1]) as proxy:
            monkeypatch.delenv("no_proxy", raising=False)
            monkeypatch.delenv("NO_PROXY", raising=False)
            monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.port}")
            yield release, asked
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def _log(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(errors="replace") if crawl.log_path.exists() else ""


def _until(done: Callable[[], bool], crawls: list[RunningCrawl], what: str) -> None:
    deadline = time.monotonic() + 240  # a hang guard only
    while not done():
        for crawl in crawls:
            assert crawl.process.poll() is None, f"{what}: {_log(crawl)[-3000:]}"
        assert time.monotonic() < deadline, f"never {what}: {_log(crawls[-1])[-3000:]}"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("spider", "more", "pages"),
    [
        ("news", {}, STORIES),
        # follow: the start page, the stories, the page they link to (B follows links there)
        ("follow", {"depth": "2", "items": "1"}, ["/politik/", *STORIES, "/impressum"]),
    ],
)
def test_a_worker_joining_crawls_the_host_another_worker_s_start_page_moved_to(
    spider: str,
    more: dict[str, str],
    pages: list[str],
    redis_server: RedisServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    for key in redis_server.client.keys(f"{PREFIX}*"):
        redis_server.client.delete(key)
    settings = shared_settings(
        redis_server, "startmoved", NETWORK_ALLOWED="", STATE_ENABLED="0", DOWNLOAD_TIMEOUT="300"
    )
    queued = f"{PREFIX}:requests"
    args = {"url": "http://news.example.test/politik/", **more}
    with moved_site(monkeypatch) as (release, asked), ended_on_failure() as crawls:
        # A downloads one page at a time: it waits on its first story, the rest queued
        a = start_crawl(spider, args, {**settings, "CONCURRENT_REQUESTS": "1"}, tmp_path / "a")
        crawls.append(a)
        _until(
            lambda: bool(asked) and redis_server.client.zcard(queued) >= len(STORIES) - 1,
            crawls,
            "A queued the stories",
        )
        b = start_crawl(spider, args, settings, tmp_path / "b")
        crawls.append(b)
        # B has taken the queue (A waits on its one story): dropped it, or fetches it
        _until(lambda: redis_server.client.zcard(queued) == 0, crawls, "B took the queue")
        release.set()
        done_a, done_b = a.wait(240), b.wait(240)
    assert done_a.returncode == 0, done_a.log[-3000:]
    assert done_b.returncode == 0, done_b.log[-3000:]
    assert done_a.stats["scope/start_moved"] == 1
    urls = [item["url"] for done in (done_a, done_b) for item in done.items()]
    wanted = sorted(f"http://example.test{path}" for path in pages)
    assert sorted(urls) == wanted, done_b.log[-3000:]  # was: A's one story, B's dropped
    assert "offsite/filtered" not in done_b.stats
    assert done_b.stats["scope/start_moved_shared"] == 1
