"""Redirects a news site makes that are not what they look like, on one `news` crawl.

- A robots.txt redirected to another host is read there, and obeyed. RFC 9309 has
  crawlers follow robots.txt redirects, across hosts too (a bare domain sending it to
  its `www.` host, or to a CDN). The news spider's offsite filter dropped that hop:
  the robots.txt counted as "not read" and the whole site was crawled as if it
  allowed everything.
- A section page whose `<meta http-equiv="refresh">` names the page itself is
  reloading itself, not moving: Scrapy followed it to the same URL, the duplicate
  filter dropped that as a redirect loop, and the section's articles were never read.

The demo profile against a 127.0.0.1 origin whose robots.txt moved to 127.0.0.2,
which disallows one section; two other sections refresh themselves (by absolute and
by relative URL), one has a refresh timer with no URL, and each section's first
article moves by a meta refresh to another URL (followed, as before).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl

RULES = b"User-agent: *\nDisallow: /opinion/\n"
SECTIONS = ("opinion", "politics", "us", "world")
# section: its <meta http-equiv="refresh"> ({origin} filled in)
REFRESH = {
    "politics": "60;url={origin}/politics/",
    "us": "120; URL='/us/'",
    "world": "300",
}


def _listing(section: str, origin: str) -> bytes:
    teasers = "".join(
        f'<li class="teaser"><a href="/{section}/story-number-{n}">story {n}</a></li>'
        for n in range(3)
    )
    refresh = REFRESH.get(section, "").format(origin=origin)
    head = f'<meta http-equiv="refresh" content="{refresh}">' if refresh else ""
    return f"<html><head><title>{section}</title>{head}</head><body><ul>{teasers}</ul>".encode()


def _article(path: str) -> bytes:
    head = (
        f'<meta http-equiv="refresh" content="0; url={path}-moved-1">'
        if path.endswith("-0")
        else ""
    )
    return f"<html><head><title>{path}</title>{head}</head><body><p>{path}</p></body>".encode()


@contextlib.contextmanager
def _server(host: str, answer: Any) -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            status, headers, body = answer(self.path)
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


def _site(rules_origin: str) -> Any:
    origin: list[str] = []  # its own, once the server is up

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        if path == "/robots.txt":
            return 301, {"Location": rules_origin + "/robots.txt"}, b""
        if path.strip("/") in SECTIONS:
            return 200, {"Content-Type": "text/html"}, _listing(path.strip("/"), origin[0])
        return 200, {"Content-Type": "text/html"}, _article(path)

    return answer, origin


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    rules = (200, {"Content-Type": "text/plain"}, RULES)
    with contextlib.ExitStack() as servers:
        rules_origin, _ = servers.enter_context(_server("127.0.0.2", lambda path: rules))
        site, own = _site(rules_origin)
        origin, asked = servers.enter_context(_server("127.0.0.1", site))
        own.append(origin)
        args = {
            "site": "demo", "base_url": origin, "discover": "sections",
            "sections": ",".join(SECTIONS),
        }  # fmt: skip
        allowed = {"NETWORK_ALLOWED": f"{origin[7:]},{rules_origin[7:]}", "STATE_ENABLED": "0"}
        out = tmp_path_factory.mktemp("redirects")
        yield run_crawl("news", args, allowed, out), asked


def test_the_moved_robots_txt_is_read_and_obeyed(moved: tuple[CrawlResult, list[str]]) -> None:
    crawl, asked = moved
    assert "robotstxt/unavailable" not in crawl.stats, crawl.log[-3000:]
    assert crawl.stats["robotstxt/response_status_count/200"] == 1
    assert not any(path.startswith("/opinion/") for path in asked)
    assert {"/us/", "/us/story-number-0", "/us/story-number-2"} <= set(asked)
    assert crawl.stats["robotstxt/forbidden"] == 1


def test_both_hops_of_robots_txt_are_archived(moved: tuple[CrawlResult, list[str]]) -> None:
    crawl, _ = moved
    hops = []
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and uri.endswith("/robots.txt"):
                    hops.append((uri.split("/")[2].split(":")[0], record.http_headers.statusline))
    assert sorted(hops) == [("127.0.0.1", "301 Moved Permanently"), ("127.0.0.2", "200 OK")]


def test_a_section_refreshing_itself_is_read(moved: tuple[CrawlResult, list[str]]) -> None:
    crawl, asked = moved
    assert "redirect loop" not in crawl.log and "redirect/loop" not in crawl.stats
    for section in ("politics", "us", "world"):
        assert asked.count(f"/{section}/") == 1
        assert crawl.stats[f"listing/{section}/articles"] == 3, section
        assert crawl.stats[f"listing/{section}/ended"] != "failed"


def test_a_refresh_to_another_page_is_still_followed(moved: tuple[CrawlResult, list[str]]) -> None:
    _, asked = moved
    for section in ("politics", "us", "world"):
        assert f"/{section}/story-number-0-moved-1" in asked
