"""A news crawl whose every section is refused exits 1, its last line saying why.

Each case is a real `scrapy crawl demo` against a local origin whose every section
page is refused one way: robots.txt disallows everything, every page is 404, the
network policy refuses the origin. Before, each archived nothing and exited 0
(with alarms, exit 4 only under NEWSARCHIVE_FAIL_ON_ALARM): cron and scrapyd saw a
good run. A crawl where only some sections are refused still finishes (exit 0).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsarchive import settings as project_settings
from newsarchive.sites.demo import SECTIONS
from tests.plugins.crawling import PROJECT, RunningCrawl, allow_origin, start_crawl
from tests.plugins.fixture_server import FixtureServer

TEASER = '<li class="teaser"><a href="/us/story-{n}">Story {n}</a></li>'
ARTICLE = (
    "<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
    "<p>A council met on Tuesday and voted on the budget for the coming year, story {n}.</p>"
    "</article></body></html>"
)


@pytest.fixture
def origin(tmp_path: Path) -> Iterator[FixtureServer]:
    root = tmp_path / "site"
    root.mkdir()
    with FixtureServer(root) as server:
        yield server


def crawl(base_url: str, out: Path, **settings: str) -> RunningCrawl:
    return start_crawl("demo", {"base_url": base_url}, settings, out)


def last_line(crawl: RunningCrawl) -> str:
    return crawl.log_path.read_text(encoding="utf-8").rstrip().splitlines()[-1]


def every(reason: str) -> str:
    return f"all 8 sections refused: {reason} ({', '.join(SECTIONS)})"


def test_robots_txt_forbidding_every_section(origin: FixtureServer, tmp_path: Path) -> None:
    """Also: no page robots.txt forbids is asked for. Scrapy 2.19 handed every request that
    waited for robots.txt but the first "no robots.txt": 6 of the 8 section pages, the
    sitemap and the feed were fetched (newsarchive.network.robots)."""
    (origin.root / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    done = crawl(origin.base_url, tmp_path / "out")
    assert done.process.wait(timeout=120) == 1
    assert origin.paths() == {"/robots.txt"}
    assert last_line(done) == (
        "scrapy crawl: the crawl did not finish its job: sections_refused ("
        + every("robots.txt forbids it")
        + ") (exit status 1)"
    )


def test_every_section_page_not_found(origin: FixtureServer, tmp_path: Path) -> None:
    done = crawl(origin.base_url, tmp_path / "out")
    assert done.process.wait(timeout=120) == 1
    assert every("HTTP 404") in last_line(done) and "sections_refused" in last_line(done)


class _Elsewhere(BaseHTTPRequestHandler):
    """Every page moved to another loopback address (127.0.0.2), which the policy refuses."""

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self.send_response(404)
            self.send_header("Content-Length", "0")
        else:
            port = self.server.server_address[1]
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.2:{port}{self.path}")
            self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_every_section_redirected_off_the_site(tmp_path: Path) -> None:
    """A site whose sections all moved to another host (a new domain; here 127.0.0.2, which
    the network policy would refuse too): the redirects are dropped where they are
    scheduled, no errback is called, and the run ended `finished`, exit 0, nothing
    archived. (A base_url the policy refuses is a wrong argument, exit 2, before any
    request: test_cli_errors.)"""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Elsewhere)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        allowed = f"127.0.0.1:{port}"
        done = crawl(f"http://{allowed}", tmp_path / "out", NETWORK_ALLOWED=allowed)
        assert done.process.wait(timeout=120) == 1, done.log_path.read_text()[-3000:]
    finally:
        server.shutdown()
        server.server_close()
    line = last_line(done)
    assert every(f"redirected off the site (to 127.0.0.2:{port})") in line, line
    assert line.endswith("(exit status 1)")


def test_a_crawl_where_some_sections_are_refused_still_finishes(
    origin: FixtureServer, tmp_path: Path
) -> None:
    """One section lists two articles, the seven others are 404: exit 0, as before
    (the run's alarms name those sections)."""
    (origin.root / "us").mkdir()
    teasers = "".join(TEASER.format(n=n) for n in (1, 2))
    (origin.root / "us" / "index.html").write_text(f"<html><body><ul>{teasers}</ul></body></html>")
    for n in (1, 2):
        (origin.root / "us" / f"story-{n}.html").write_text(ARTICLE.format(n=n))
    done = crawl(origin.base_url, tmp_path / "out")
    log = done.log_path
    assert done.process.wait(timeout=120) == 0, log.read_text()[-3000:]
    assert "sections refused" not in log.read_text()
    assert len((tmp_path / "out" / "items.jsonl").read_text().splitlines()) == 2


SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
    "<url><loc>{base}/us/story-1</loc><news:news><news:publication><news:name>Demo</news:name>"
    "<news:language>en</news:language></news:publication>"
    "<news:publication_date>2025-03-01T08:00:00+00:00</news:publication_date>"
    "<news:title>Story 1</news:title></news:news></url></urlset>"
)


def test_a_sitemap_listing_only_articles_before_since_is_no_refusal(
    origin: FixtureServer, tmp_path: Path
) -> None:
    """Every section page is 404, the sitemap is read and lists one article dated before
    `since`: the run found nothing new where it could look, not a site that refused it
    (exit 1 before: the check saw only that no article was requested)."""
    (origin.root / "sitemap-news.xml").write_text(SITEMAP.format(base=origin.base_url))
    done = start_crawl(
        "demo", {"base_url": origin.base_url, "since": "2026-01-01"}, {}, tmp_path / "out"
    )
    log = done.log_path
    assert done.process.wait(timeout=120) == 0, log.read_text()[-3000:]
    text = log.read_text()
    assert "'news/articles_skipped_since': 1" in text
    assert "sections refused" not in text and "sections_refused" not in text


def test_the_refusal_is_logged_once_while_another_idle_handler_keeps_the_spider_open(
    origin: FixtureServer, tmp_path: Path
) -> None:
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.keep_open.KeepOpen": 0}
    # kept open once: Scrapy asks again 5 s later (each idle check kept open costs that)
    settings = {"EXTENSIONS": json.dumps(extensions), "TEST_KEEP_OPEN_IDLES": "1"}
    done = crawl(origin.base_url, tmp_path / "out", **settings)
    assert done.process.wait(timeout=120) == 1
    text = done.log_path.read_text()
    assert "'test/keep_open/idles': 2" in text  # asked twice, kept open once
    assert text.count(every("HTTP 404") + ": nothing archived") == 1


class _OneMovedSection(BaseHTTPRequestHandler):
    """Every page 404, but /us/ moved to /politics/: two sections, one page."""

    def do_GET(self) -> None:
        if self.path == "/us/":
            self.send_response(301)
            self.send_header("Location", "/politics/")
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_section_redirected_to_another_sections_page_shares_its_refusal(
    tmp_path: Path,
) -> None:
    """Two sections whose first pages are one page (here /us/ moved to /politics/, or one
    URL named twice in a profile) are one listing: refused together, read together. The
    redirected request was dropped as already asked for, neither read nor refused, and a
    run with every section refused ended `finished`, exit 0, nothing archived."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OneMovedSection)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        done = crawl(f"http://127.0.0.1:{server.server_address[1]}", tmp_path / "out")
        assert done.process.wait(timeout=120) == 1, done.log_path.read_text()[-3000:]
    finally:
        server.shutdown()
        server.server_close()
    assert every("HTTP 404") in last_line(done), last_line(done)


class _OneMovedListing(_OneMovedSection):
    """/politics/ lists two articles, /us/ moved to it; every other page 404."""

    def do_GET(self) -> None:
        body = ""
        if self.path == "/politics/":
            teasers = "".join(TEASER.format(n=n) for n in (1, 2))
            body = f"<html><body><ul>{teasers}</ul></body></html>"
        elif self.path.startswith("/us/story-"):
            body = ARTICLE.format(n=self.path[-1])
        if not body:
            super().do_GET()
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_a_section_redirected_to_another_sections_page_shares_its_listing(
    tmp_path: Path,
) -> None:
    """The same two sections where the page lists two articles: the run report gives both
    the listing's pages and articles (it gave the redirected one none, not even an end)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OneMovedListing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        done = crawl(f"http://127.0.0.1:{server.server_address[1]}", tmp_path / "out")
        assert done.process.wait(timeout=120) == 0, done.log_path.read_text()[-3000:]
    finally:
        server.shutdown()
        server.server_close()
    stats = done.wait().stats
    for section in ("politics", "us"):
        assert stats[f"listing/{section}/pages"] == 1
        assert stats[f"listing/{section}/articles"] == 2
    assert len((tmp_path / "out" / "items.jsonl").read_text().splitlines()) == 2


def test_a_profile_naming_one_section_page_twice_refuses_both(
    origin: FixtureServer, tmp_path: Path
) -> None:
    """`politics` and `us` at one URL in a profile, every page 404: the page was asked once,
    for the first, and the second, neither read nor refused, kept the run `finished`,
    exit 0 (alarms only). Now both are refused with it, exit 1."""
    command = [
        sys.executable, "-m", "tests.plugins.twice_named_section", "crawl", "demo",
        "-a", f"base_url={origin.base_url}", "-s", f"WARC_DIR={tmp_path / 'warc'}",
        "-s", f"NETWORK_ALLOWED={allow_origin(origin.base_url)}",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert "all 3 sections refused: HTTP 404 (politics, us, world)" in last, last
    assert origin.paths() >= {"/politics/", "/world/"}
