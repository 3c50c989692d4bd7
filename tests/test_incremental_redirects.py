"""A known article and a known image that redirect on the next run, to a URL that answers 304
to any conditional request (a CDN matching weak ETags shared across variants).

Scrapy's redirects copy the request's headers and meta: the target was asked with the first
URL's validators, and its 304 archived as a revisit naming the first URL's record (replay
showed the wrong body under the target). The crawl state owns the validators: a redirected
request carries the target's own, or none. Two real `scrapy crawl news -a site=demo` runs on
one state, through a front server on 127.0.0.1 that passes everything else to the demo
server; the WARCs read back with warcio.
"""

from __future__ import annotations

import contextlib
import http.client
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.test_incremental import is_requisite, records

ARTICLES = 10
MOVED = "/moved"  # answers 304 to any conditional request
KEPT = "/kept"  # the demo page itself, its own validators
CONDITIONS = ("If-None-Match", "If-Modified-Since")
HOP_BY_HOP = {"connection", "transfer-encoding", "keep-alive", "content-length"}


@dataclass
class Front:
    """In front of the demo server; `moves`: path -> (301/302, where to)."""

    demo: DemoServer
    moves: dict[str, tuple[int, str]] = field(default_factory=dict)
    asked: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base_url: str = ""


def _handler(front: Front) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            conditions = {h: self.headers[h] for h in CONDITIONS if self.headers.get(h)}
            front.asked.append((self.path, conditions))
            if self.path in front.moves:
                status, location = front.moves[self.path]
                self._send(status, [("Location", location)], b"")
            elif self.path.startswith(MOVED + "/") and conditions:
                # whatever copy the client names, this CDN says "not modified"
                self._send(304, [("ETag", 'W/"shared"')], b"")
            else:
                self._forward(self.path.removeprefix(MOVED).removeprefix(KEPT) or "/")

        def _forward(self, path: str) -> None:
            upstream = http.client.HTTPConnection(front.demo.host, front.demo.port, timeout=10)
            try:
                passed = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                upstream.request("GET", path, headers=passed)
                answer = upstream.getresponse()
                body = answer.read()
                headers = [(k, v) for k, v in answer.getheaders() if k.lower() not in HOP_BY_HOP]
                self._send(answer.status, headers, body)
            finally:
                upstream.close()

        def _send(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextlib.contextmanager
def front_of(demo: DemoServer) -> Iterator[Front]:
    front = Front(demo)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(front))
    front.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield front
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Runs:
    front: Front
    first: CrawlResult
    second: CrawlResult
    article: str  # the paths that redirect in the second run
    image: str
    known: str  # redirected in both runs, to a target the state knows from the first


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("redirects")
    settings = {"WARC_DIR": str(root / "warc"), "STATE_RECHECK_AGE": "0"}
    with DemoServer(articles=ARTICLES) as demo, front_of(demo) as front:
        args = {"site": "demo", "base_url": front.base_url}
        known = demo.site.catalog.article(2).path
        front.moves[known] = (301, KEPT + known)
        first = run_crawl("news", args, settings, root / "run1")
        article = demo.site.catalog.article(1).path
        image = sorted(p for p, _ in front.asked if is_requisite(p) and p.endswith(".png"))[0]
        assert (article, {}) in front.asked and (image, {}) in front.asked
        front.moves.update({article: (301, MOVED + article), image: (302, MOVED + image)})
        front.asked.clear()
        recheck = {**settings, "STATE_RECHECK_AGE": "0.001"}  # every known article asked again
        second = run_crawl("news", args, recheck, root / "run2")
        yield Runs(front, first, second, article, image, known)


def _run_records(runs: Runs, result: CrawlResult) -> list[dict[str, Any]]:
    warc = Path(runs.first.out_dir).parent / "warc"
    return records([p for p in sorted(warc.glob("*.warc.gz")) if p.name in result.log])


def test_the_first_urls_are_asked_conditionally_and_redirect(runs: Runs) -> None:
    asked = dict(runs.front.asked)
    assert asked[runs.article] and asked[runs.image]  # their own validators, from the state


def test_a_redirect_target_the_state_never_saw_is_asked_plainly(runs: Runs) -> None:
    asked = dict(runs.front.asked)
    assert asked[MOVED + runs.article] == {}
    assert asked[MOVED + runs.image] == {}


def test_a_redirect_target_the_state_knows_is_asked_with_its_own_validators(
    runs: Runs,
) -> None:
    """The first run archived the target (and remembered the link that led to it)."""
    asked = dict(runs.front.asked)
    assert asked[KEPT + runs.known] and asked[KEPT + runs.known] == asked[runs.known]
    target = runs.front.base_url + KEPT + runs.known
    revisits = [
        r["warc"] for r in _run_records(runs, runs.second)
        if r["type"] == "revisit" and r["warc"]["WARC-Target-URI"] == target
    ]  # fmt: skip
    assert [r["WARC-Refers-To-Target-URI"] for r in revisits] == [target]
    assert revisits[0]["WARC-Profile"].endswith("server-not-modified")


def test_every_not_modified_revisit_names_a_record_of_the_url_that_answered(runs: Runs) -> None:
    found = _run_records(runs, runs.second)
    revisits = [
        r["warc"] for r in found
        if r["type"] == "revisit" and r["warc"]["WARC-Profile"].endswith("server-not-modified")
    ]  # fmt: skip
    assert revisits, "the unmoved articles and images are still answered 304"
    for revisit in revisits:
        assert revisit["WARC-Refers-To-Target-URI"] == revisit["WARC-Target-URI"]
    moved = {runs.front.base_url + MOVED + p for p in (runs.article, runs.image)}
    kinds = {
        r["warc"]["WARC-Target-URI"]: r["warc"].get("WARC-Profile", "response").rsplit("/", 1)[-1]
        for r in found if r["type"] != "request"
    }  # fmt: skip
    # answered 200 (the same bytes as the first URL's: a revisit by payload digest, if so)
    assert {kinds.get(url) for url in moved} <= {"response", "identical-payload-digest"}
    assert "download/unasked_304" not in runs.second.stats
