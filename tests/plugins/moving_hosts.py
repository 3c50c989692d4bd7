"""Test plugin: hosts that move to another name of their site, behind a forward proxy.

One stdlib server on 127.0.0.1 (started once per session, per xdist worker) answers by the
request's Host: a host in MOVES answers every path, robots.txt among them, with a 301 to
the same path on the host it moved to; the others serve small invented news sites. The
crawler reaches these names through `moving_hosts` (a forward proxy of the test's own,
set as `http_proxy`, whose list of requests is the test's alone), as it would reach a
public site. Shared by the tests of robots.txt on a moved host, of a start page or a
section moved within its site (or off it), and of `follow` kept on its host.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.plugins.forward_proxy import forward_proxy

# host -> the origin it moves every page to (its robots.txt too)
MOVES = {
    "www.news.test": "http://news.test",  # a www. twin moved to its bare name
    "news.example.test": "http://example.test",  # a subdomain to its domain
    "moving.test": "http://news.moving.test",  # ... and a domain to its subdomain
    "www.moving.test": "http://news.moving.test",  # www. to a subdomain
    "away.example.test": "http://elsewhere.test",  # off the site
    "blog.platform.test": "http://platform.test",  # a blog gone to its platform's name
}

# news.test, where www.news.test moved: robots.txt forbids /private/, the home page links
# TWIN_STORIES (the last one forbidden)
TWIN_ROBOTS = b"User-agent: *\nDisallow: /private/\n"
TWIN_STORIES = (
    "/world/2026/12/03/a-first-story-of-the-day",
    "/world/2026/12/03/a-second-story-of-the-day",
    "/private/2026/12/03/a-kept-story",
)

# Every other host that does not move: robots.txt allows all, "/" and "/politik/" list STORIES
STORIES = (
    "/politik/2026/12/03/the-council-votes-today",
    "/politik/2026/12/03/a-bridge-opens-again",
)
# platform.test's home page: a link that redirects to another blog of the platform, and one
# to the platform's www. twin
GONE_BLOG = "/gone-blog"
PLATFORM_LINKS = (GONE_BLOG, "http://www.platform.test" + STORIES[1])
# a story on platform.test's section page (a section moved there) that redirects to another
# blog of the platform
GONE_STORY = "/politik/2026/12/03/a-story-gone-to-another-blog"


def story(title: str, lang: str = "en", footer: str = "") -> bytes:
    """An invented story page; `footer` (markup) after its article."""
    paragraphs = "".join(f"<p>{title}: sentence {i} of the invented story.</p>" for i in range(5))
    return (
        f"<!doctype html><html lang='{lang}'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article>{footer}</body></html>"
    ).encode()


def listing(urls: tuple[str, ...]) -> bytes:
    links = "".join(f"<li><a href='{url}'>{url}</a></li>" for url in urls)
    return f"<html><body><ul>{links}</ul></body></html>".encode()


def answer(host: str, path: str) -> tuple[int, str | None, bytes]:
    """(status, Location, body) of `path` on `host`."""
    if host in MOVES:
        return 301, MOVES[host] + path, b""
    if path == GONE_BLOG:
        return 301, "http://other.platform.test/", b""
    if path == GONE_STORY:
        return 301, "http://other.platform.test" + GONE_STORY, b""
    if host == "news.test":
        if path == "/robots.txt":
            return 200, None, TWIN_ROBOTS
        if path == "/":
            return 200, None, listing(TWIN_STORIES)
        if path in TWIN_STORIES:
            return 200, None, story(path.rsplit("/", 1)[1])
    elif host == "platform.test" and path == "/politik/":
        return 200, None, listing((*STORIES, GONE_STORY))
    elif host == "platform.test" and path == "/":
        return 200, None, listing(PLATFORM_LINKS)
    elif path == "/robots.txt":
        return 200, None, b"User-agent: *\nAllow: /\n"
    elif path in ("/", "/politik/"):
        return 200, None, listing(STORIES)
    elif path in STORIES:
        return 200, None, story(path.rsplit("/", 1)[1].replace("-", " "))
    return 404, None, b"<html><body>not here</body></html>"


class MovingHosts(BaseHTTPRequestHandler):
    """Answers by `answer`; a test with a site of its own overrides `answer`."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def answer(self, host: str, path: str) -> tuple[int, str | None, bytes]:
        return answer(host, path)

    def do_GET(self) -> None:
        status, location, body = self.answer(self.headers.get("Host", ""), self.path)
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        kind = "text/plain" if self.path.endswith(".txt") else "text/html"
        self.send_header("Content-Type", kind)
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serving(handler: type[MovingHosts]) -> Iterator[int]:
    """The port of a server on 127.0.0.1 answering every host by `handler`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def proxied(port: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The URLs the crawls asked for through a forward proxy of the caller's own to `port`
    (`http_proxy` of every crawl it starts), every host a name it sends to that server."""
    with forward_proxy(port) as proxy:
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.port}")
        yield proxy.requests


@pytest.fixture(scope="session")
def moving_hosts_port() -> Iterator[int]:
    """The port of the one server answering every host of this module."""
    with serving(MovingHosts) as port:
        yield port


@pytest.fixture
def moving_hosts(moving_hosts_port: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The URLs the crawls of this test asked the proxy for (a proxy of this test's own,
    `http_proxy` of every crawl it starts), every host a name it sends to the server."""
    with proxied(moving_hosts_port, monkeypatch) as requests:
        yield requests
