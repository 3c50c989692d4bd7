"""A robots.txt that redirects to another host's robots.txt: fetched, archived and counted once.

`www.news.test/robots.txt` answers 301 to `news.test/robots.txt` (a site moving its
`www.` twin to its bare name moves its robots.txt too). Scrapy read that answer as
`www.news.test`'s rules and, when the start page's own redirect brought the crawl to
`news.test`, asked `news.test/robots.txt` again for that host: the same file fetched
twice, two response records of it in the WARC, two responses counted. Real crawls
through a forward proxy on 127.0.0.1 (the hosts are names the proxy resolves).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import run_crawl
from tests.plugins.forward_proxy import forward_proxy

ROBOTS = b"User-agent: *\nDisallow: /private/\n"
FIRST = "/world/2026/12/03/a-first-story-of-the-day"
STORIES = (FIRST, "/world/2026/12/03/a-second-story-of-the-day", "/private/2026/12/03/a-kept-story")


def story(title: str) -> bytes:
    paragraphs = "".join(f"<p>{title}: sentence {i} of the invented story.</p>" for i in range(5))
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


class MovedTwin(BaseHTTPRequestHandler):
    """`www.news.test` moves every path, robots.txt among them, to `news.test`."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        host = self.headers.get("Host", "")
        status, location, body = 404, None, b"<html><body>not here</body></html>"
        if host == "www.news.test":
            status, location, body = 301, f"http://news.test{self.path}", b""
        elif self.path == "/robots.txt":
            status, body = 200, ROBOTS
        elif self.path == "/":
            links = "".join(f"<a href='{path}'>{path}</a>" for path in STORIES)
            status, body = 200, f"<html><body>{links}</body></html>".encode()
        elif self.path in STORIES:
            status, body = 200, story(self.path.rsplit("/", 1)[1])
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        kind = "text/plain" if self.path.endswith(".txt") else "text/html"
        self.send_header("Content-Type", kind)
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)


def response_urls(warc_files: list[Path]) -> list[str]:
    urls = []
    for path in warc_files:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    urls.append(record.rec_headers.get_header("WARC-Target-URI"))
    return urls


@pytest.mark.parametrize(
    ("spider", "args"),
    [
        ("follow", {"url": "http://www.news.test/", "depth": "1"}),
        ("news", {"url": "http://www.news.test/"}),
    ],
    ids=["follow", "news"],
)
def test_a_robots_txt_redirected_to_the_twins_is_fetched_once(
    spider: str, args: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), MovedTwin)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with forward_proxy(server.server_address[1]) as proxy:
            monkeypatch.delenv("no_proxy", raising=False)
            monkeypatch.delenv("NO_PROXY", raising=False)
            monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.port}")
            settings = {"NETWORK_ALLOWED": "", "STATE_ENABLED": "0"}
            crawl = run_crawl(spider, args, settings, tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    asked = proxy.requests
    assert f"http://news.test{FIRST}" in asked, (asked, crawl.log[-3000:])
    assert asked.count("http://www.news.test/robots.txt") == 1, asked
    assert asked.count("http://news.test/robots.txt") == 1, asked  # was 2
    assert not [url for url in asked if "/private/" in url]  # the twin's rules read for news.test
    recorded = response_urls(crawl.warc_files())
    assert recorded.count("http://news.test/robots.txt") == 1, recorded  # was 2
    assert crawl.stats["downloader/response_count"] == len(asked)  # counted once
    assert crawl.stats["robotstxt/response_count"] == 1  # was 2
    assert crawl.stats["robotstxt/shared_host"] == 1
