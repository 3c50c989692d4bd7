"""A host resting for its Retry-After holds only its own requests, not the crawl's others.

Two origins of one crawl: `held` on 127.0.0.1 answers its first page with 429 and
Retry-After: HOLD, and lists many pages; `other` on localhost (another download slot:
Scrapy keys slots by host name, not port) serves a chain of pages, each found on the one
before, as a section's next pages are. The requests held used to wait inside
CONCURRENT_REQUESTS: once the held host's waiting requests filled it, the other host's
next page waited for the held host's rest to end. Now the other host's chain ends while
the held host still rests, and the held host is asked nothing before its time.

Both origins number the requests they get from one counter: the tests read the order of
the two hosts' requests and the crawl's own counts, never the clock.
"""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.plugins.crawling import LOCAL_SPEED, PROJECT, parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin

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
    """Notes the place of each request among those both origins got (`turn`, one counter)."""

    def __init__(self, first_status: int | None, turn: Iterator[int], hold: int = HOLD) -> None:
        self.first_status, self.hold, self.turn = first_status, hold, turn
        self.seen: list[tuple[int, str]] = []
        self.asked_at: list[float] = []  # monotonic, this process: seen's times, in its order
        self.lock = threading.Lock()

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            first = not any(p.startswith("/page/") for _, p in self.seen)
            self.seen.append((next(self.turn), path))
            self.asked_at.append(time.monotonic())
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path.startswith("/page/") and first and self.first_status:
            return self.first_status, {"Retry-After": str(self.hold)}, b"<p>busy</p>"
        if path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            more = f'<a class="next" href="/chain/{n + 1}">next</a>' if n < CHAIN else ""
            time.sleep(0.05)
            return 200, {}, f"<html><body><p>{path}</p>{more}</body></html>".encode()
        return 200, {}, f"<html><body><p>{path}</p></body></html>".encode()

    def turns(self, prefix: str) -> list[int]:
        """The places, among both origins' requests, of those for paths under `prefix`."""
        return [turn for turn, path in self.seen if path.startswith(prefix)]

    def times(self, prefix: str) -> list[float]:
        """When paths under `prefix` were asked: a rest told by the server's clock, as a
        lower bound (the server notes a request before it answers it)."""
        return [when for when, (_, path) in zip(self.asked_at, self.seen, strict=True)
                if path.startswith(prefix)]  # fmt: skip


def two_origins(hold: int = HOLD) -> tuple[Origin, Origin]:
    """The held origin and the other, numbering their requests from one counter."""
    turn = itertools.count()
    return Origin(429, turn, hold), Origin(None, turn)


Crawl = tuple[Origin, Origin, str]


def command(out: Path, held_url: str, other_url: str, **more: str) -> list[str]:
    """`scrapy runspider` of SPIDER with the project's settings, both origins allowed."""
    spider = out / "two_hosts.py"
    spider.write_text(SPIDER, encoding="utf-8")
    ports = [url.rsplit(":", 1)[1] for url in (held_url, other_url)]
    settings = {
        **LOCAL_SPEED,
        "CONCURRENT_REQUESTS_PER_DOMAIN": "2",
        "WARC_DIR": str(out / "warc"),
        "STATE_ENABLED": "0",
        "REPORT_ENABLED": "0",
        "NETWORK_ALLOWED": ",".join(f"127.0.0.1:{port}" for port in ports),
        **more,
    }
    line = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
    for name, value in settings.items():
        line += ["-s", f"{name}={value}"]
    return [
        *line,
        "-a",
        f"held={held_url}",
        "-a",
        f"other={other_url}",
        "-a",
        f"pages={HELD_PAGES}",
    ]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    out = tmp_path_factory.mktemp("two-hosts")
    held, other = two_origins()
    with (
        answering_origin(held.answer) as held_url,
        answering_origin(other.answer, "localhost") as other_url,
    ):
        run = command(out, held_url, other_url)
        done = run_scrapy_here(run, timeout=120)
        (out / "crawl.log").write_text(done.stderr)
        assert done.returncode == 0, done.stderr[-3000:]
        yield held, other, done.stderr


def test_the_other_host_finishes_while_the_held_one_rests(crawl: Crawl) -> None:
    """The other host's whole chain is asked before the held host is asked again (its 429'd
    page's retry, HOLD s later): no slot of CONCURRENT_REQUESTS waited out the rest."""
    held, other, log = crawl
    chain = other.turns("/chain/")
    assert len(chain) == CHAIN, log[-3000:]
    refused, page = next((turn, path) for turn, path in held.seen if path.startswith("/page/"))
    [retry] = [turn for turn, path in held.seen if path == page and turn != refused]
    assert chain[-1] < retry, (held.seen, other.seen)


def test_the_held_host_is_asked_nothing_before_its_time(crawl: Crawl) -> None:
    """The held host's pages wait in the scheduler while it rests (those in the downloader
    before the 429 was read, 16 at most, go out beside it), and each is asked after."""
    held, _, log = crawl
    asked = held.turns("/page/")
    assert len(asked) == HELD_PAGES + 1, log[-3000:]  # every page, the retried one included
    assert parse_stats(log)["network/pace/kept"] >= HELD_PAGES - 16, log[-3000:]
    assert "answered HTTP 429 with Retry-After 6 s: no request to 127.0.0.1:" in log


def test_requests_kept_for_a_resting_host_survive_a_stop_in_the_job_directory(
    tmp_path: Path,
) -> None:
    """Stopped (Ctrl-C) while the held host rests, a JOBDIR run stops at once and keeps what
    it had not asked: the next run asks each held page once, none twice."""
    held, other = two_origins(hold=60)
    with (
        answering_origin(held.answer) as held_url,
        answering_origin(other.answer, "localhost") as other_url,
    ):
        run = command(tmp_path, held_url, other_url, JOBDIR=str(tmp_path / "job"))
        first_log = tmp_path / "first.log"
        with first_log.open("w") as log:
            first = subprocess.Popen(run, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT)
            # stopped once the crawl says the held host rests, and the other's chain is done
            resting = "answered HTTP 429 with Retry-After 60 s: no request to 127.0.0.1:"
            deadline = time.monotonic() + 60
            while (
                first.poll() is None
                and time.monotonic() < deadline
                and not (len(other.turns("/chain/")) == CHAIN and resting in first_log.read_text())
            ):
                time.sleep(0.05)
            assert resting in first_log.read_text(), first_log.read_text()[-3000:]
            first.send_signal(signal.SIGINT)
            assert first.wait(90) == 0, (tmp_path / "first.log").read_text()[-3000:]
        # no wait for the held requests' time (60 s): held in a download, they would have
        # been asked before the run ended, and they were not
        asked_first = len(held.turns("/page/"))
        assert asked_first < HELD_PAGES, held.seen  # the rest was kept when the run stopped
        done = run_scrapy_here(run, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
    pages = [path for _, path in held.seen if path.startswith("/page/")]
    # every page answered 200 once: /page/0 twice (its 429, then its retry)
    assert sorted(set(pages)) == sorted(f"/page/{n}" for n in range(HELD_PAGES))
    assert len(pages) == HELD_PAGES + 1, pages
