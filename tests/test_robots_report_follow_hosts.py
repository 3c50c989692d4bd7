"""robots.txt in the run report, and `follow` kept on its host (session 25's review).

A new user's `scrapy crawl news -a url=http://127.0.0.1:9/news/` said "3 failed" with
no article: robots.txt was fetched twice (Scrapy's check, then the spider's own request
for its `Sitemap:` lines, sent again after the first had failed) and both download errors
were counted in the report's `failed`, beside the one section page. Articles robots.txt
forbade left no trace in the report at all. `follow`, whose README says it stays within
its host, followed a redirect to any other host. Real crawls of servers on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl, start_crawl
from tests.plugins.moving_hosts import TWIN_STORIES


def story(title: str) -> bytes:
    paragraphs = "".join(f"<p>{title}: sentence {i} of the invented story.</p>" for i in range(5))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='article:published_time' content='2026-12-01T10:00:00+01:00'></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


class Site(BaseHTTPRequestHandler):
    """A small news site; `robots` is "broken" (the connection closed unanswered) or
    "forbids" (one story disallowed). Every request is counted by Host and path."""

    protocol_version = "HTTP/1.1"
    robots = "forbids"
    asked: Counter[tuple[str, str]]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def answer(self, status: int, body: bytes = b"", location: str | None = None) -> None:
        self.send_response(status)
        self.send_header(
            "Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html"
        )
        self.send_header("Content-Length", str(len(body)))
        if location is not None:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        self.asked[(self.headers.get("Host", ""), self.path)] += 1
        if self.path == "/robots.txt":
            if self.robots == "broken":
                self.close_connection = True  # no answer at all: the connection just closes
                return
            if self.robots == "down":
                return self.answer(503, b"down for maintenance")
            return self.answer(200, b"User-agent: *\nDisallow: /news/a-private-story-here\n")
        if self.path in ("/news/", "/"):
            slugs = ("a-first-story-here", "a-second-story-here", "a-private-story-here", "away")
            links = "".join(f"<li><a href='/news/{slug}'>{slug}</a></li>" for slug in slugs)
            return self.answer(200, f"<html><body><ul>{links}</ul></body></html>".encode())
        if self.path in ("/news/away", "/moved-start"):  # to another host name of this server
            return self.answer(302, location=f"http://localhost:{port}/news/a-moved-story-here")
        if self.path.startswith("/news/"):
            return self.answer(200, story(self.path[6:].replace("-", " ")))
        self.answer(404, b"<html><body>not here</body></html>")


def serve(robots: str) -> Iterator[tuple[str, Counter[tuple[str, str]]]]:
    asked: Counter[tuple[str, str]] = Counter()
    handler = type("ThisSite", (Site,), {"robots": robots, "asked": asked})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def broken() -> Iterator[tuple[str, Counter[tuple[str, str]]]]:
    yield from serve("broken")


@pytest.fixture(scope="module")
def down() -> Iterator[tuple[str, Counter[tuple[str, str]]]]:
    yield from serve("down")


@pytest.fixture(scope="module")
def forbids() -> Iterator[tuple[str, Counter[tuple[str, str]]]]:
    yield from serve("forbids")


def report(crawl: CrawlResult) -> dict:
    return json.loads(next((crawl.out_dir / "reports").glob("*.json")).read_text())


def test_a_robots_txt_not_read_is_asked_once_and_no_failed_page(
    broken: tuple[str, Counter[tuple[str, str]]], tmp_path: Path
) -> None:
    origin, asked = broken
    crawl = run_crawl("news", {"url": f"{origin}/news/"}, {"RETRY_TIMES": "0"}, tmp_path)
    host = origin.split("//")[1]
    assert asked[(host, "/robots.txt")] == 1  # was 2: the spider asked again
    done = report(crawl)
    assert done["failed"] == {}, done["failed"]  # was 2 download errors, no page failed
    assert done["robots_txt"] == {"not_read": 1}
    assert done["articles"]["new"] == 3  # robots.txt not read: all allowed
    assert "robots.txt: 1 robots.txt not read" in crawl.log
    assert f"robots.txt {origin}/robots.txt not read (" in crawl.log  # named once, as before


def test_pages_robots_txt_forbids_are_counted_in_the_report(
    forbids: tuple[str, Counter[tuple[str, str]]], tmp_path: Path
) -> None:
    origin, asked = forbids
    crawl = run_crawl("news", {"url": f"{origin}/news/"}, {}, tmp_path)
    host = origin.split("//")[1]
    assert asked[(host, "/news/a-private-story-here")] == 0
    assert asked[(host, "/robots.txt")] == 1
    done = report(crawl)
    assert done["robots_txt"] == {"forbidden": 1}  # was in no part of the report
    assert "robots.txt: 1 page forbidden by robots.txt" in crawl.log


def test_follow_refuses_a_redirect_to_another_host_and_counts_it(
    forbids: tuple[str, Counter[tuple[str, str]]], tmp_path: Path
) -> None:
    """It followed `/news/away` -> `http://localhost:PORT/...` (another host: the README
    says `follow` stays within its host's), fetching and archiving that host's page."""
    origin, asked = forbids
    port = origin.rsplit(":", 1)[1]
    crawl = run_crawl("follow", {"url": f"{origin}/news/", "depth": "1"}, {}, tmp_path)
    assert not [key for key in asked if key[0].startswith("localhost")], asked
    target = f"http://localhost:{port}/news/a-moved-story-here"
    assert (
        f"could not fetch {origin}/news/away: redirected off the site "
        f"({origin}/news/away -> {target}), not followed"
    ) in crawl.log
    assert crawl.stats["redirect/offsite"] == 1
    assert report(crawl)["failed"] == {"redirect: offsite": 1}
    assert asked[(origin.split("//")[1], "/news/a-first-story-here")] >= 1  # its own: followed


def test_follow_whose_start_page_moves_to_another_host_fails(
    forbids: tuple[str, Counter[tuple[str, str]]], tmp_path: Path
) -> None:
    origin, asked = forbids
    port = origin.rsplit(":", 1)[1]
    crawl = start_crawl("follow", {"url": f"{origin}/moved-start"}, {}, tmp_path).wait(120)
    assert crawl.returncode == 1, crawl.log[-3000:]
    assert (
        f"start_url_failed (could not fetch the start URL {origin}/moved-start: redirected off "
        f"its host to http://localhost:{port}/news/a-moved-story-here, not followed)"
    ) in crawl.log
    assert not [key for key in asked if key[0].startswith("localhost")], asked


@pytest.mark.parametrize(
    ("site", "settings"),
    [("broken", {"ROBOTSTXT_UNREACHABLE": "disallow"}), ("down", {})],
    ids=["unreachable-disallow", "server-error"],
)
def test_robots_txt_read_as_disallow_all_does_not_forbid_itself(
    site: str, settings: dict[str, str], request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Read as `Disallow: /`, a robots.txt forbade the crawl's own request for it (RFC 9309
    2.2.2: /robots.txt is implicitly allowed): the report said "2 pages forbidden by
    robots.txt" where one section page was, and the failure's shared answer went unused."""
    origin, asked = request.getfixturevalue(site)
    host = origin.split("//")[1]
    before = asked[(host, "/robots.txt")]
    crawl = start_crawl(
        "news", {"url": f"{origin}/news/"}, {"RETRY_TIMES": "0", **settings}, tmp_path
    ).wait(120)
    assert crawl.returncode == 1, crawl.log[-3000:]  # its one section forbidden
    assert asked[(host, "/robots.txt")] - before == 1
    assert crawl.stats["robotstxt/forbidden"] == 1, crawl.log[-3000:]  # /news/ alone
    done = report(crawl)
    assert done["robots_txt"]["forbidden"] == 1
    assert "robots.txt: 1 page forbidden by robots.txt" in crawl.log
    if site == "broken":
        assert crawl.stats["robotstxt/shared_failure"] == 1
    else:
        assert crawl.stats["robotstxt/shared"] == 1


def test_follow_whose_start_page_moves_to_its_www_twin_follows_the_twins_links(
    moving_hosts: list[str], tmp_path: Path
) -> None:
    """`follow -a url=http://www.news.test/` moved to `news.test` (allowed: the same site)
    archived that home page and followed none of its links (all on `news.test`, not the
    start URL's host), a run of one page."""
    args = {"url": "http://www.news.test/", "depth": "1"}
    crawl = run_crawl("follow", args, {"NETWORK_ALLOWED": ""}, tmp_path)
    assert "http://news.test" + TWIN_STORIES[0] in moving_hosts, moving_hosts
    assert "http://news.test" + TWIN_STORIES[1] in moving_hosts
    assert "redirect/offsite" not in crawl.stats
