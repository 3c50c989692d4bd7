"""An article whose body comes cut short on every try, empty or undecodable: archived as it
came, no item, fetched again.

Two real `scrapy crawl news -a site=demo` runs sharing one WARC folder and crawl
state, through a relay on 127.0.0.1 in front of the demo site. In the first run
the relay closes the connection half-way through one article's body, on every
try: each try is archived with `WARC-Truncated: disconnect`, the page gives no
item and the crawl state does not call the article archived. Another article
is answered `200 OK` with an empty body: archived, counted, not parsed (before:
a spider traceback, an item with no title, and the state kept the article, so
no later run fetched it); a third `304 Not Modified` though the request named no
copy: named and counted (before: dropped at INFO, "0 failed" in the report); a
fourth a br body that does not decode: named, counted, not parsed, and the state
(which saw the answer before it was decoded) does not keep it. In the second
run the relay passes all four whole: they
are fetched again and their items exported; every other article is skipped as
unchanged.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl
from tests.plugins.raw_origin import raw_origin

ARTICLES = 10
SKIPPED_HEADERS = ("connection", "transfer-encoding", "keep-alive", "content-length")
BINARY = "application/octet-stream"


class Relay:
    """Passes each request to the demo site; while `cutting`, cuts the body of `victim`,
    sends none of `blank`'s, answers `unasked` with a 304 though no copy was named,
    sends `damaged` a br body that does not decode and `binary` a binary file."""

    def __init__(
        self, demo_port: int, victim: str, blank: str, unasked: str, damaged: str, binary: str
    ) -> None:
        self.demo_port = demo_port
        self.victim = victim
        self.blank = blank
        self.unasked = unasked
        self.damaged = damaged
        self.binary = binary
        self.cutting = True
        self.cuts = 0

    def answer(
        self, conn: socket.socket, method: str, target: str, headers: dict[str, str]
    ) -> None:
        upstream = http.client.HTTPConnection("127.0.0.1", self.demo_port, timeout=10)
        upstream.request(method, target, headers=headers)
        reply = upstream.getresponse()
        body = reply.read()
        upstream.close()
        if self.cutting and target == self.blank:
            body = b""
        if self.cutting and target == self.binary:
            body = b"%PDF-1.7\n%\x00\x01\x02\x03 not a page\n"  # sniffed as binary too
        if self.cutting and target == self.unasked:
            conn.sendall(b"HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n")
            return
        lines = [f"HTTP/1.1 {reply.status} {reply.reason}"]
        skipped = (*SKIPPED_HEADERS, "content-type") if target == self.binary else SKIPPED_HEADERS
        lines += [f"{k}: {v}" for k, v in reply.getheaders() if k.lower() not in skipped]
        if target == self.binary:
            lines.append(f"Content-Type: {BINARY if self.cutting else 'text/html; charset=utf-8'}")
        if self.cutting and target == self.damaged:
            body = b"\x1b\xff\xff\xff not brotli"
            lines.append("Content-Encoding: br")
        lines += [f"Content-Length: {len(body)}", "Connection: close"]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if self.cutting and target == self.victim and len(body) > 100:
            self.cuts += 1
            conn.sendall(head + body[: len(body) // 2])
            conn.shutdown(socket.SHUT_RDWR)
            return
        conn.sendall(head + body)

    def serve(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as lines:
            request = lines.readline().decode("latin-1").split()
            headers = {}
            while (line := lines.readline()) not in (b"\r\n", b"\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() not in ("connection", "keep-alive"):
                    headers[name.strip()] = value.strip()
            if len(request) >= 2:
                try:
                    self.answer(conn, request[0], request[1], headers)
                except OSError:
                    return


@contextmanager
def relaying(demo: DemoServer, *paths: str) -> Iterator[tuple[Relay, str]]:
    relay = Relay(demo.port, *paths)
    with raw_origin(relay.serve) as origin:
        yield relay, origin


def _reports(folder: Path) -> list[dict[str, Any]]:
    """The runs' reports (beside WARC_DIR), first run first (named by their start time)."""
    return [json.loads(path.read_text()) for path in sorted(folder.glob("reports/*.json"))]


def _captures(warc_dir: Path, url: str) -> list[tuple[str, str | None]]:
    found = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                if record.rec_headers.get_header("WARC-Target-URI") != url:
                    continue
                if record.rec_type in ("response", "revisit"):
                    truncated = record.rec_headers.get_header("WARC-Truncated")
                    found.append((record.rec_type, truncated))
    return found


def test_a_cut_article_gives_no_item_and_the_next_run_fetches_it(tmp_path: Path) -> None:
    with DemoServer(articles=ARTICLES) as demo:
        paths = [demo.site.catalog.article(n).path for n in (4, 7, 9, 2, 5)]
        victim, blank, unasked, damaged, binary = paths
        with relaying(demo, *paths) as (relay, origin):
            args = {"site": "demo", "base_url": origin, "requisites": "0"}
            shared = {"WARC_DIR": str(tmp_path / "warc"), "RETRY_TIMES": "1"}
            first = run_crawl("news", args, shared, tmp_path / "run1")
            relay.cutting = False
            second = run_crawl("news", args, shared, tmp_path / "run2")
    url = origin + victim
    assert relay.cuts == 2  # the try and its retry
    odd = {url, origin + blank, origin + unasked, origin + damaged, origin + binary}
    assert not odd & {item["url"] for item in first.items()}
    assert len(first.items()) == ARTICLES - 5
    assert first.stats["warc/truncated_unparsed/disconnect"] == 1
    assert first.stats["download/empty_article"] == 1
    said = f"could not fetch {origin + blank}: HTTP 200 with an empty body; archived, not parsed"
    assert first.log.count(said) == 1
    said = f"could not fetch {origin + unasked}: HTTP 304 Not Modified to a request naming no copy"
    assert first.log.count(said) == 1 and first.stats["download/unasked_304"] == 1
    said = f"could not fetch {origin + damaged}: its br body does not decode ("
    assert first.log.count(said) == 1 and first.stats["download/undecodable/br"] == 1
    said = f"could not parse {origin + binary}: answered as {BINARY}, not a text page; archived"
    assert first.log.count(said) == 1
    assert "Traceback" not in first.log
    # the first run's report: each named once under "failed" with the label the README names,
    # none counted "new" too (the report said 0 failed for the binary page, and counted the
    # undecodable one under both)
    report = _reports(tmp_path)[0]
    failed = report["failed"]
    assert report["articles"]["new"] == ARTICLES - 5 == len(first.items())
    assert failed["empty body, not parsed"] == 1, failed
    assert failed["HTTP 304 to a request naming no copy"] == 1, failed
    assert failed["body does not decode: br"] == 1, failed
    assert failed[f"not a text page: {BINARY}"] == 1, failed
    # the state did not call them archived: the next run fetches them and exports their items
    items = {item["url"]: item for item in second.items()}
    assert set(items) == odd
    assert all(item["title"] and item["version"] == 1 for item in items.values())
    assert second.stats["state/skipped/unchanged"] == ARTICLES - 5
    assert _reports(tmp_path)[1]["articles"]["new"] == 5
    assert _captures(tmp_path / "warc", origin + blank) == [("response", None)] * 2
    assert _captures(tmp_path / "warc", url) == [
        ("response", "disconnect"),
        ("response", "disconnect"),
        ("response", None),
    ]
