"""A server answering in HTTP/1.0: its connection ends with each answer, and none is reused.

HTTP/1.0 without `Connection: keep-alive` closes the connection after its answer.
Twisted kept such a connection in its pool all the same (it looks for `Connection:
close` only), and the next request to the host could go out on it before the crawler
had read the server's close: a GET Twisted sends again on a new connection, unseen, but
a POST it does not (it is no idempotent request), and a "load more" page POSTed that
way failed, `Connection was closed cleanly`, retried onto the next such connection
and given up: the section ended `failed`, its later pages never asked (a flaky
test_discovery_unseen on a loaded box, where the close was read seconds late).

The server here answers each connection's first request and keeps the connection
open until the crawler sends on it again or closes it: that is what a crawler that
has not yet read the close sees, on a connection the server is done with, every
time (a gate, no timing). Any request on it is counted and not answered.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qsl

import pytest

from newsarchive.network.download import ends_connection
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.raw_origin import raw_origin

STORIES = {n: [f"/world/2026/12/batch-{n}-story-of-the-day/"] for n in (1, 2, 3)}
ARTICLES = {path for paths in STORIES.values() for path in paths}
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
BUTTON = (
    '<button class="load-more" data-action="more_posts" data-page="2" data-url="/ajax/more">'
    "Load more</button>"
)


def teasers(paths: list[str]) -> str:
    return "".join(
        f'<article class="teaser"><h2><a href="{p}">A story</a></h2></article>' for p in paths
    )


def answer(method: str, path: str, posted: str) -> tuple[int, str, bytes]:
    if method == "POST" and path == "/ajax/more":
        batch = int(dict(parse_qsl(posted)).get("page", "0"))
        return 200, "text/html", teasers(STORIES.get(batch, [])).encode()  # empty: the end
    if path == "/world/":
        body = f'<html lang="en"><head><title>World</title></head><body><main>{teasers(STORIES[1])}'
        return 200, "text/html", (body + f"</main>{BUTTON}</body></html>").encode()
    if path in ARTICLES:
        return 200, "text/html", ARTICLE.encode()
    return 404, "text/plain", b"not here"


class Http10Origin:
    """What the HTTP/1.0 server was asked: each request answered, and each sent on a
    connection it had already answered on (`after_end`, never answered). `head`: the
    status line's version and any header saying the connection ends (HTTP/1.1 with
    `Connection: Close`: Twisted looked for the exact lower-case value only)."""

    def __init__(self, head: str = "HTTP/1.0") -> None:
        self.head = head
        self.lock = threading.Lock()
        self.asked: list[tuple[str, str, str]] = []
        self.after_end: list[tuple[str, str]] = []

    def serve(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as stream:
            answered = False
            while (request := self._read(stream)) is not None:
                method, path, posted = request
                if answered:  # the crawler reused a connection this answer had ended
                    with self.lock:
                        self.after_end.append((method, path))
                    return  # closed unanswered, as a server long done with it
                with self.lock:
                    self.asked.append(request)
                status, kind, body = answer(method, path, posted)
                version, _, said = self.head.partition(" ")
                head = f"{version} {status} X\r\nContent-Type: {kind}\r\n{said}"
                conn.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
                answered = True  # HTTP/1.0: this connection is done; open till the crawler speaks

    @staticmethod
    def _read(stream: BinaryIO) -> tuple[str, str, str] | None:
        line = stream.readline()
        if not line.strip():
            return None
        method, path, _ = line.decode("latin-1").split(" ", 2)
        length = 0
        while (header := stream.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = header.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        posted = stream.read(length).decode() if length else ""
        return method, path, posted


# how the server says its connection ends with each answer
ENDINGS = {
    "http10": "HTTP/1.0",
    "http11_close_capitalised": "HTTP/1.1 Connection: Close\r\n",
    "http10_keep_alive_and_close": "HTTP/1.0 Connection: keep-alive, close\r\n",
}


@pytest.fixture(scope="module", params=sorted(ENDINGS))
def crawled(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[CrawlResult, Http10Origin]]:
    origin = Http10Origin(ENDINGS[request.param])
    with raw_origin(origin.serve) as url:
        out = tmp_path_factory.mktemp("http10")
        args = {"url": f"{url}/world/", "requisites": "0", "discover": "sections"}
        # no retry: a POST sent on an ended connection is lost at once, not only when the
        # next tries find ended connections too (as they did on a loaded box)
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0", "REPORT_DIR": str(out / "r")}
        yield run_crawl("news", args, settings, out), origin


def test_a_load_more_posted_to_an_http_1_0_server_is_read_to_its_end(
    crawled: tuple[CrawlResult, Http10Origin],
) -> None:
    result, origin = crawled
    posts = [posted for method, _, posted in origin.asked if method == "POST"]
    assert posts == [f"action=more_posts&page={n}" for n in (2, 3, 4)]  # 4: empty, the end
    assert {path for method, path, _ in origin.asked if method == "GET"} >= ARTICLES
    assert result.stats["listing/world/ended"] == "last_page"
    assert result.stats["listing/world/pages"] == 3


def test_no_request_goes_out_on_a_connection_an_http_1_0_answer_ended(
    crawled: tuple[CrawlResult, Http10Origin],
) -> None:
    result, origin = crawled
    assert origin.after_end == []
    assert not [key for key in result.stats if key.startswith("retry/")]


class KeepAliveOrigin(Http10Origin):
    """An HTTP/1.0 server saying `Connection: keep-alive`: it answers every request on a
    connection (`reused`: those after a connection's first)."""

    reused = 0

    def serve(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as stream:
            answered = False
            while (request := self._read(stream)) is not None:
                with self.lock:
                    self.asked.append(request)
                    self.reused += answered
                status, kind, body = answer(*request)
                head = f"HTTP/1.0 {status} X\r\nContent-Type: {kind}\r\nConnection: keep-alive\r\n"
                conn.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
                answered = True


def test_an_http_1_0_keep_alive_connection_is_still_reused(tmp_path: Path) -> None:
    origin = KeepAliveOrigin()
    with raw_origin(origin.serve) as url:
        args = {"url": f"{url}/world/", "requisites": "0", "discover": "sections"}
        settings = {"STATE_ENABLED": "0", "RETRY_TIMES": "0", "REPORT_DIR": str(tmp_path / "r")}
        result = run_crawl("news", args, settings, tmp_path)
    assert result.stats["listing/world/ended"] == "last_page"
    # the connection of /world/'s answer was pooled before the spider read it: the next
    # request went out on it
    assert origin.reused > 0


@pytest.mark.parametrize(
    ("version", "connection", "ends"),
    [
        ((b"HTTP", 1, 0), [], True),
        ((b"HTTP", 1, 0), [b"keep-alive"], False),
        ((b"HTTP", 1, 0), [b"Keep-Alive, Upgrade"], False),
        ((b"HTTP", 1, 0), [b"close"], True),
        ((b"HTTP", 0, 9), [], True),
        ((b"HTTP", 1, 0), [b"Keep-Alive, close"], True),
        ((b"HTTP", 1, 1), [], False),  # persistent unless it says `close`
        ((b"HTTP", 1, 1), [b"Close"], True),  # Twisted looked for `close` exactly
        ((b"HTTP", 1, 1), [b"upgrade, close"], True),
        ((b"HTTP", 1, 1), [b"keep-alive"], False),
        ((b"HTTP", 2, 0), [], False),
    ],
)
def test_which_answers_end_their_connection_by_their_version(
    version: tuple[bytes, int, int], connection: list[bytes], ends: bool
) -> None:
    assert ends_connection(version, connection) is ends
