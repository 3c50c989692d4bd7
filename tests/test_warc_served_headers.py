"""A response record's header lines as served, on a live crawl of a raw origin.

Scrapy and Twisted hold headers in a dict: the record listed `Content-Length` first,
a repeated name's values together and no hop-by-hop header, though every exchange is
to be kept as served. One crawl; warcio reads the records back, pywb replays them.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.raw_origin import path_answers, raw_origin


def _page(name: str) -> bytes:
    """A page of its own per path: a repeated payload would be recorded as a revisit."""
    words = f"The {name} ferry runs late: the tide is low at the harbour."
    return f"<html><head><title>{name}</title></head><body><p>{words}</p></body></html>".encode()


PAGE = _page("mixed")
# served in this order: the names interleaved, hop-by-hop ones among them
MIXED = [
    "Set-Cookie: region=north; Path=/",
    "X-Frame-Options: DENY",
    "Set-Cookie: seen=1; Path=/",
    "Connection: keep-alive",
    "Keep-Alive: timeout=5, max=100",
    "Content-Type: text/html",
    f"Content-Length: {len(PAGE)}",
    "Proxy-Connection: keep-alive",
    "Upgrade: h2c",
    "TE: trailers",
    "Vary: Accept-Encoding",
]
CHUNKED = [
    "X-Served-By: cache-7",
    "Transfer-Encoding: chunked",
    "Content-Type: text/html",
    "Set-Cookie: a=1",
    "Vary: Cookie",
    "Set-Cookie: b=2",
]


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def _head(lines: list[str]) -> bytes:
    return ("HTTP/1.1 200 OK\r\n" + "".join(f"{line}\r\n" for line in lines) + "\r\n").encode()


# latin-1 bytes and an obs-fold continuation line, which Twisted joins onto its first line
ODD = (
    b"HTTP/1.1 200 OK\r\nX-Author: Jos\xe9 Mu\xf1oz\r\nContent-Type: text/html\r\n"
    b"X-Folded: first part\r\n  second part\r\nContent-Length: %d\r\n\r\n" % len(_page("odd"))
)
SERVED: dict[str, bytes] = {
    "/mixed": _head(MIXED) + PAGE,
    "/chunked": _head(CHUNKED) + _chunked(_page("chunked")),
    "/odd": ODD + _page("odd"),
}
# what the record holds: as served, but for the body's framing (stored unframed)
RECORDED = {
    "/mixed": MIXED,
    "/chunked": [
        "X-Served-By: cache-7",
        "X-Archive-Orig-Transfer-Encoding: chunked",
        *CHUNKED[2:],
        f"Content-Length: {len(_page('chunked'))}",
    ],
    "/odd": [
        "X-Author: Jos\xe9 Mu\xf1oz",
        "Content-Type: text/html",
        "X-Folded: first part  second part",
        f"Content-Length: {len(_page('odd'))}",
    ],
}
_serve = path_answers(SERVED, SERVED)


@pytest.fixture(scope="module", params=["memory", "spooled"])
def crawl(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[CrawlResult]:
    with raw_origin(_serve) as url:
        out = tmp_path_factory.mktemp("served-headers")
        # "spooled": every body past 50 bytes goes through the spool file
        settings = {"DOWNLOAD_SPOOL_SIZE": "50"} if request.param == "spooled" else {}
        yield run_crawl("follow", {"url": url + "/", "depth": "1"}, settings, out)


def _heads(crawl: CrawlResult) -> dict[str, tuple[list[str], bytes]]:
    """path -> (the record's header lines, its body)."""
    found = {}
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests="raise"):
                if record.rec_type != "response":
                    continue
                path = "/" + record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3]
                lines = [f"{name}: {value}" for name, value in record.http_headers.headers]
                found[path] = lines, record.content_stream().read()
    return found


def test_header_lines_are_recorded_in_the_order_served(crawl: CrawlResult) -> None:
    heads = _heads(crawl)
    assert {path: heads[path][0] for path in RECORDED} == RECORDED
    assert {path: heads[path][1] for path in RECORDED} == {
        path: _page(path[1:]) for path in RECORDED
    }


@pytest.mark.pywb
def test_replay_serves_the_page_with_hop_by_hop_headers_recorded(crawl: CrawlResult) -> None:
    """pywb renames the recorded Connection and Upgrade: the replay's own connection is
    not told to upgrade or kept alive by the origin's words."""
    from tests.test_foreign_archives import replaying_archive
    from tests.test_package import fetch

    with Path(crawl.warc_files()[0]).open("rb") as stream:
        first = next(r for r in ArchiveIterator(stream) if r.rec_type == "response")
        origin = first.rec_headers.get_header("WARC-Target-URI").rsplit("/", 1)[0]
    with replaying_archive(crawl.warc_dir) as (base, _):
        for path in RECORDED:
            assert fetch(f"{base}2id_/{origin}{path}") == _page(path[1:])
        with urllib.request.urlopen(f"{base}2id_/{origin}/mixed", timeout=10) as answer:
            names = [name.lower() for name, _ in answer.headers.items()]
    assert "upgrade" not in names
    assert names.count("connection") <= 1  # the replay server's own, if it sends one
    assert {"x-archive-orig-connection", "x-archive-orig-upgrade"} <= set(names)
