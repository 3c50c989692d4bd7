"""A robots.txt redirected to another host is read there, and obeyed.

RFC 9309 has crawlers follow robots.txt redirects, across hosts too (a site's bare
domain sending robots.txt to its `www.` host, or to a CDN). The news spider's
offsite filter dropped that hop as out of the site's scope: the robots.txt counted
as "not read" and the whole site was crawled as if it allowed everything. One
`news` crawl of the demo profile against a 127.0.0.1 origin whose robots.txt moved
to 127.0.0.2, which disallows one of the two sections.
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

RULES = b"User-agent: *\nDisallow: /politics/\n"


def _listing(section: str) -> bytes:
    teasers = "".join(
        f'<li class="teaser"><a href="/{section}/story-number-{n}">story {n}</a></li>'
        for n in range(3)
    )
    return f"<html><head><title>{section}</title></head><body><ul>{teasers}</ul>".encode()


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
    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        if path == "/robots.txt":
            return 301, {"Location": rules_origin + "/robots.txt"}, b""
        if path in ("/politics/", "/us/"):
            return 200, {"Content-Type": "text/html"}, _listing(path.strip("/"))
        page = f"<html><head><title>{path}</title></head><body><p>{path}</p></body>"
        return 200, {"Content-Type": "text/html"}, page.encode()

    return answer


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    rules = (200, {"Content-Type": "text/plain"}, RULES)
    with contextlib.ExitStack() as servers:
        rules_origin, _ = servers.enter_context(_server("127.0.0.2", lambda path: rules))
        origin, asked = servers.enter_context(_server("127.0.0.1", _site(rules_origin)))
        args = {
            "site": "demo", "base_url": origin, "discover": "sections", "sections": "politics,us",
        }  # fmt: skip
        allowed = {"NETWORK_ALLOWED": f"{origin[7:]},{rules_origin[7:]}", "STATE_ENABLED": "0"}
        out = tmp_path_factory.mktemp("robots-moved")
        yield run_crawl("news", args, allowed, out), asked


def test_the_moved_robots_txt_is_read_and_obeyed(moved: tuple[CrawlResult, list[str]]) -> None:
    crawl, asked = moved
    assert "robotstxt/unavailable" not in crawl.stats, crawl.log[-3000:]
    assert crawl.stats["robotstxt/response_status_count/200"] == 1
    assert "/politics/" not in asked and not any(p.startswith("/politics/") for p in asked)
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
