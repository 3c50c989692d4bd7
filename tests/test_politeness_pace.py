"""A server asking for rest is given it: Retry-After on 429/503, robots.txt Crawl-delay.

Six origins on 127.0.0.1, one `follow` crawl each, all at once. Scrapy retried a 429
or 503 at once whatever its Retry-After said (three requests in a fraction of a
second), and never read Crawl-delay; the same crawls here wait as asked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from email.utils import formatdate

import pytest

from newsarchive.network.politeness import retry_after_seconds
from tests.plugins.crawling import CrawlResult, start_crawl
from tests.plugins.page_origin import answering_origin

HOME = b"<html><body><a href='/a'>a</a> <a href='/b'>b</a> <a href='/c'>c</a></body></html>"
SKEW = 3600.0  # the Retry-After-by-date server's clock runs an hour fast


def _page(path: str) -> bytes:
    return f"<html><head><title>{path}</title></head><body><p>{path}</p></body></html>".encode()


# case: (robots.txt, (status, headers) the first request for /a gets; later ones get 200)
def _seconds() -> tuple[int, dict[str, str]]:
    return 429, {"Retry-After": "2"}


def _date() -> tuple[int, dict[str, str]]:
    now = time.time() + SKEW
    sent, until = formatdate(now, usegmt=True), formatdate(now + 2, usegmt=True)
    return 503, {"Date": sent, "Retry-After": until}


def _too_long() -> tuple[int, dict[str, str]]:
    return 429, {"Retry-After": "3600"}


def _no_header() -> tuple[int, dict[str, str]]:
    return 429, {}


ALLOW = b"User-agent: *\nAllow: /\n"
CASES: dict[str, tuple[bytes, Callable[[], tuple[int, dict[str, str]]] | None]] = {
    "seconds": (ALLOW, _seconds),
    "date": (ALLOW, _date),
    "too-long": (ALLOW, _too_long),
    "no-header": (ALLOW, _no_header),
    "crawl-delay": (b"User-agent: *\nCrawl-delay: 1\nDisallow: /private\n", None),
    "rests": (ALLOW, _seconds),  # the first page asked after the home page is refused
}
# One request at a time: the pages the home page lists wait in the scheduler, none is on
# its way when the 429 comes, so which of them waited out the host's rest is certain.
ONE_AT_A_TIME = {"rests": {"CONCURRENT_REQUESTS": "1"}}


class Origin:
    """Serves one case and notes when each request came (monotonic, this process)."""

    def __init__(
        self,
        robots: bytes,
        first_a: Callable[[], tuple[int, dict[str, str]]] | None,
        refused: str | None = "/a",  # None: whichever page is asked first after "/"
    ):
        self.robots, self.first_a, self.refused = robots, first_a, refused
        self.seen: list[tuple[float, str]] = []
        self.lock = threading.Lock()

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.seen.append((time.monotonic(), path))
            if self.refused is None and path not in ("/", "/robots.txt"):
                self.refused = path
            asked_a = sum(p == self.refused for _, p in self.seen)
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, self.robots
        if path == self.refused and asked_a == 1 and self.first_a is not None:
            status, headers = self.first_a()
            return status, {"Content-Type": "text/html", **headers}, b"<p>busy</p>"
        return 200, {"Content-Type": "text/html"}, HOME if path == "/" else _page(path)

    def times(self, path: str) -> list[float]:
        return [when for when, p in self.seen if p == path]

    def paths(self) -> list[str]:
        """The paths asked, in the order they came."""
        return [p for _, p in self.seen]


Crawls = dict[str, tuple[Origin, CrawlResult]]


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawls]:
    with ExitStack() as servers:
        running = {}
        for name, (robots, first_a) in CASES.items():
            origin = Origin(robots, first_a, None if name == "rests" else "/a")
            url = servers.enter_context(answering_origin(origin.answer))
            out = tmp_path_factory.mktemp(name)
            args = {"url": url + "/", "depth": "1"}
            settings = {"NETWORK_RETRY_429_WAIT": "1", **ONE_AT_A_TIME.get(name, {})}
            running[name] = origin, start_crawl("follow", args, settings, out)
        yield {name: (origin, crawl.wait(120)) for name, (origin, crawl) in running.items()}


@pytest.mark.parametrize("case", ["seconds", "date"])
def test_a_retry_waits_as_long_as_retry_after_says(crawls: Crawls, case: str) -> None:
    origin, crawl = crawls[case]
    assert crawl.returncode == 0, crawl.log[-3000:]
    first, retry = origin.times("/a")  # retried once, and fetched
    assert retry - first >= 1.9, origin.seen
    assert crawl.stats["network/retry_after/waits"] == 1
    assert crawl.stats["network/retry_after/seconds"] == 2
    assert "with Retry-After 2 s: no request to 127.0.0.1:" in crawl.log


def test_a_429_without_retry_after_waits_before_its_retry(crawls: Crawls) -> None:
    origin, crawl = crawls["no-header"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    first, retry = origin.times("/a")
    assert retry - first >= 0.9, origin.seen
    assert crawl.stats["network/retry_after/assumed"] == 1
    assert "/a answered HTTP 429 with no Retry-After, so 1 s: no request to" in crawl.log


def test_the_whole_host_rests_not_only_the_page(crawls: Crawls) -> None:
    """The pages queued while the host rests wait in the scheduler with the refused one's
    retry: all three are kept (a rest of the refused page alone keeps only its retry), and
    the host is asked nothing else before they go."""
    origin, crawl = crawls["rests"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    refused = origin.refused
    pages = origin.paths()
    assert pages[:3] == ["/robots.txt", "/", refused], pages
    assert sorted(pages[3:]) == sorted({"/a", "/b", "/c"}), pages  # each once more, no other
    assert crawl.stats["network/retry_after/waits"] == 1
    assert crawl.stats["network/pace/kept"] == 3, crawl.log[-3000:]
    assert crawl.log.count("with Retry-After 2 s: no request to 127.0.0.1:") == 1


def test_a_wait_past_the_limit_is_not_retried_and_is_named(crawls: Crawls) -> None:
    origin, crawl = crawls["too-long"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert len(origin.times("/a")) == 1
    assert {"/b", "/c"} <= {path for _, path in origin.seen}
    assert crawl.stats["network/retry_after/too_long"] == 1
    assert "network/retry_after/waits" not in crawl.stats
    said = "/a answered HTTP 429 with Retry-After 3600 s, longer than NETWORK_RETRY_AFTER_MAX"
    assert crawl.log.count(said) == 1, crawl.log[-3000:]


def test_crawl_delay_spaces_the_hosts_requests(crawls: Crawls) -> None:
    """Each page after the first of the home page's three waits in the scheduler for the
    Crawl-delay the request before it began (the crawl's own count: the server's clock
    once put two starts 0.79 s apart at load 11, the later one's arrival noted early)."""
    origin, crawl = crawls["crawl-delay"]
    assert crawl.returncode == 0, crawl.log[-3000:]
    starts = [path for path in origin.paths() if path != "/robots.txt"]
    assert sorted(starts) == ["/", "/a", "/b", "/c"]
    assert crawl.stats["network/crawl_delay/hosts"] == 1
    # 6 as a rule (3 + 2 + 1: each kept once for each request begun ahead of it); 2 at
    # least, should the home page's rest be over before its links were queued
    assert crawl.stats.get("network/pace/kept", 0) >= 2, crawl.log[-3000:]
    assert "asks a Crawl-delay: 1 s between requests" in crawl.log


@pytest.mark.parametrize(
    ("value", "date", "seconds"),
    [
        ("120", None, 120.0),
        (" 0 ", None, 0.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", "Wed, 21 Oct 2015 07:29:00 GMT", 0.0),  # passed
        ("-5", None, None),
        ("soon", None, None),
        ("1.5", None, None),  # not a delay-seconds: RFC 9110 allows whole seconds only
    ],
)
def test_retry_after_values(value: str, date: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, date, now=0.0) == seconds


def test_an_http_date_without_the_answers_date_counts_from_now() -> None:
    assert retry_after_seconds("Thu, 01 Jan 1970 00:01:00 GMT", None, now=15.0) == 45.0
