"""A host resting for its Retry-After holds only its own requests, not the crawl's others.

Two origins of one crawl: `held` on 127.0.0.1 answers its first page with 429 and
Retry-After: HOLD, and lists many pages; `other` on localhost (another download slot:
Scrapy keys slots by host name, not port) serves a chain of pages, each found on the one
before, as a section's next pages are. The requests held used to wait inside
CONCURRENT_REQUESTS: once the held host's waiting requests filled it, the other host's
next page waited for the held host's rest to end. Now the other host's chain ends while
the held host still rests, and the held host is asked nothing before its time.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.plugins.crawling import LOCAL_SPEED, PROJECT

HOLD = 6  # seconds the held host asks for
HELD_PAGES = 40  # more than CONCURRENT_REQUESTS
CHAIN = 12  # the other host's pages, each linked from the one before

SPIDER = '''
from scrapy import Request, Spider


class TwoHosts(Spider):
    """Asks the held host for its pages and walks the other host's chain."""

    name = "two-hosts"

    def __init__(self, held="", other="", pages="0", **kwargs):
        super().__init__(**kwargs)
        self.held, self.other, self.pages = held, other, int(pages)

    async def start(self):
        yield Request(self.other + "/chain/1", callback=self.chain)
        for n in range(self.pages):
            yield Request(f"{self.held}/page/{n}", callback=self.page)

    def page(self, response):
        return None

    def chain(self, response):
        nxt = response.css("a.next::attr(href)").get()
        if nxt:
            yield response.follow(nxt, callback=self.chain)
'''


class Origin:
    """Notes when each path was asked (monotonic, this process)."""

    def __init__(self, first_status: int | None) -> None:
        self.first_status = first_status
        self.seen: list[tuple[float, str]] = []
        self.lock = threading.Lock()

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            first = not any(p.startswith("/page/") for _, p in self.seen)
            self.seen.append((time.monotonic(), path))
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path.startswith("/page/") and first and self.first_status:
            return self.first_status, {"Retry-After": str(HOLD)}, b"<p>busy</p>"
        if path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            more = f'<a class="next" href="/chain/{n + 1}">next</a>' if n < CHAIN else ""
            time.sleep(0.05)
            return 200, {}, f"<html><body><p>{path}</p>{more}</body></html>".encode()
        return 200, {}, f"<html><body><p>{path}</p></body></html>".encode()

    def times(self, prefix: str) -> list[float]:
        return [when for when, path in self.seen if path.startswith(prefix)]


@contextlib.contextmanager
def serve(origin: Origin, host: str) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = origin.answer(self.path)
            self.send_response(status)
            for name, value in {"Content-Type": "text/html", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


Crawl = tuple[Origin, Origin, str]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    out = tmp_path_factory.mktemp("two-hosts")
    spider = out / "two_hosts.py"
    spider.write_text(SPIDER, encoding="utf-8")
    held, other = Origin(429), Origin(None)
    with serve(held, "127.0.0.1") as held_url, serve(other, "localhost") as other_url:
        ports = [url.rsplit(":", 1)[1] for url in (held_url, other_url)]
        settings = {
            **LOCAL_SPEED,
            "CONCURRENT_REQUESTS_PER_DOMAIN": "2",
            "WARC_DIR": str(out / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": ",".join(f"127.0.0.1:{port}" for port in ports),
        }
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        command += ["-a", f"held={held_url}", "-a", f"other={other_url}"]
        command += ["-a", f"pages={HELD_PAGES}"]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
        (out / "crawl.log").write_text(done.stderr)
        assert done.returncode == 0, done.stderr[-3000:]
        yield held, other, done.stderr


def test_the_other_host_finishes_while_the_held_one_rests(crawl: Crawl) -> None:
    held, other, log = crawl
    refused = held.times("/page/")[0]
    chain = other.times("/chain/")
    assert len(chain) == CHAIN, log[-3000:]
    print(f"other host's last page {chain[-1] - refused:.2f} s after the 429 (hold {HOLD} s)")
    assert chain[-1] - refused < HOLD / 2, other.seen


def test_the_held_host_is_asked_nothing_before_its_time(crawl: Crawl) -> None:
    held, _, log = crawl
    refused, *rest = held.times("/page/")
    assert len(rest) == HELD_PAGES, log[-3000:]  # every page, the retried one included
    # those already in the downloader's slot when the 429 came go out beside it
    later = [when for when in rest if when > refused + 0.5]
    assert len(later) > HELD_PAGES - 16 and min(later) - refused >= HOLD - 0.1, held.seen
    assert "/page/0 answered HTTP 429 with Retry-After 6 s: no request to" in log
