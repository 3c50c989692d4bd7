"""Trailer fields after a chunked body, on a live crawl of a raw origin.

Twisted reads the trailer section after the last chunk and hands the body on without
it: the record held the body and the headers, and the trailer fields (a checksum, a
server timing, a signature) were lost without a word, though every HTTP exchange is to
be kept as served. One crawl; warcio reads the records back, pywb replays them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.raw_origin import path_answers, raw_origin


def _page(name: str) -> bytes:
    words = f"The {name} report: the harbour bridge reopens to cyclists on Friday."
    return f"<html><head><title>{name}</title></head><body><p>{words}</p></body></html>".encode()


def _chunked(body: bytes, trailer: bytes) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    framed = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts)
    return framed + b"0\r\n" + trailer + b"\r\n"


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
# path -> the whole answer as served
SERVED: dict[str, bytes] = {
    "/checked": HEAD
    + b"Trailer: X-Checksum, Server-Timing\r\n\r\n"
    + _chunked(_page("checked"), b"X-Checksum: 5f3a9c\r\nServer-Timing: db;dur=53\r\n"),
    "/latin": HEAD + b"\r\n" + _chunked(_page("latin"), b"X-Signed-By: Jos\xe9 Mu\xf1oz\r\n"),
    "/plain": HEAD + b"\r\n" + _chunked(_page("plain"), b""),  # no trailer: none recorded
    # a hop with a trailer, then one with no body (the redirect copies the request's meta)
    "/moved": b"HTTP/1.1 302 Found\r\nLocation: /landed\r\nTransfer-Encoding: chunked\r\n\r\n"
    + _chunked(b"moved on", b"X-Hop: first\r\n"),
}
LANDED = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n"
TRAILERS = {
    "/checked": ["X-Checksum: 5f3a9c", "Server-Timing: db;dur=53"],
    "/latin": ["X-Signed-By: Jos\xe9 Mu\xf1oz"],
    "/plain": [],
    "/moved": ["X-Hop: first"],
    "/landed": [],  # reached only through /moved
}
_serve = path_answers({**SERVED, "/landed": LANDED}, SERVED)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with raw_origin(_serve) as url:
        out = tmp_path_factory.mktemp("trailers")
        # pages past 100 bytes go through the spool file, the shorter ones stay in memory
        settings = {"DOWNLOAD_SPOOL_SIZE": "100"}
        yield run_crawl("follow", {"url": url + "/", "depth": "1"}, settings, out)


def _records(crawl: CrawlResult) -> dict[str, tuple[list[str], bytes, str]]:
    """path -> (the trailer fields recorded, the body as stored, its status)."""
    found = {}
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests="raise"):
                if record.rec_type != "response":
                    continue
                path = "/" + record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3]
                fields = [v for n, v in record.http_headers.headers if n == "X-Archive-Trailer"]
                status = record.http_headers.get_statuscode()
                found[path] = fields, record.content_stream().read(), status
    return found


def test_each_trailer_field_is_kept_in_its_record_as_served(crawl: CrawlResult) -> None:
    records = _records(crawl)
    assert {path: fields for path, (fields, _, _) in records.items()} == {
        "/robots.txt": [],
        "/": [],
        **TRAILERS,
    }


def test_the_body_and_its_digests_are_those_of_the_unframed_body(crawl: CrawlResult) -> None:
    """check_digests="raise" above: the trailer is in the head, the body is the page."""
    records = _records(crawl)
    assert records["/checked"][1:] == (_page("checked"), "200")
    assert records["/moved"][1:] == (b"moved on", "302")


@pytest.mark.pywb
def test_replay_serves_the_page_beside_its_trailer(crawl: CrawlResult) -> None:
    from tests.test_foreign_archives import replaying_archive
    from tests.test_package import fetch

    with Path(crawl.warc_files()[0]).open("rb") as stream:
        first = next(r for r in ArchiveIterator(stream) if r.rec_type == "response")
        origin = first.rec_headers.get_header("WARC-Target-URI").rsplit("/", 1)[0]
    with replaying_archive(crawl.warc_dir) as (base, _):
        assert fetch(f"{base}2id_/{origin}/checked") == _page("checked")
        assert fetch(f"{base}2id_/{origin}/latin") == _page("latin")
