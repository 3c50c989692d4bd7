"""Bodies a few kilobytes long that decode to many megabytes (a "zip bomb"), on a live crawl.

The project sets DOWNLOAD_MAXSIZE = 0 (Scrapy would drop a large download whole,
unarchived), which also left Scrapy's decoding of gzip, deflate, br and zstd with
no limit: a 10 KB br body of one repeated byte decoded to gigabytes in the crawl's
memory. DOWNLOAD_DECODED_MAXSIZE bounds what a body may decode to; past it the page
is archived as served, named once, counted and not parsed, as an undecodable one.
One `follow` crawl (with items) of a stdlib server, with the limit at 1 MiB and
bodies that decode to 6 MiB.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsarchive import settings as newsarchive_settings
from newsarchive.network.codings import UndecodableBody, WholeBodyCompressionMiddleware
from newsarchive.warc.encodings import zstd_module
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

LIMIT = 1 << 20
NEWSARCHIVE_SETTINGS = {
    name: getattr(newsarchive_settings, name)
    for name in ("DOWNLOAD_MAXSIZE", "DOWNLOAD_DECODED_MAXSIZE")
}
INFLATED = 6 << 20


def _bomb(name: str) -> bytes:
    head = f"<html><head><title>{name}</title></head><body><p>".encode()
    return head + b" " * (INFLATED - len(head) - 4) + b"</p>"


def _zstd(data: bytes) -> bytes:
    module = zstd_module()
    assert module is not None
    if module.__name__ == "zstandard":
        return bytes(module.ZstdCompressor().compress(data))
    return bytes(module.compress(data))


def _page(name: str) -> bytes:
    return f"<html><head><title>{name}</title></head><body><p>A page.</p></body></html>".encode()


# path: (Content-Encoding, body as served)
BOMBS: dict[str, tuple[str, bytes]] = {
    "/gzip-bomb": ("gzip", gzip.compress(_bomb("gzip-bomb"))),
    "/deflate-bomb": ("deflate", zlib.compress(_bomb("deflate-bomb"))),
    "/br-bomb": ("br", brotli.compress(_bomb("br-bomb"))),
    "/zstd-bomb": ("zstd", _zstd(_bomb("zstd-bomb"))),
    "/gzip-twice-bomb": ("gzip, gzip", gzip.compress(gzip.compress(_bomb("gzip-twice-bomb")))),
}
FINE = {"/fine-gzip": ("gzip", gzip.compress(_page("fine-gzip")))}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    served = {**BOMBS, **FINE}
    pages = {
        path: ("text/html; charset=utf-8", body, {"Content-Encoding": coding})
        for path, (coding, body) in served.items()
    }
    links = "".join(f'<a href="{path}">{path}</a> ' for path in served)
    pages["/"] = ("text/html", f"<html><body>{links}</body></html>".encode(), {})
    assert all(len(body) < 64 * 1024 for _, body in BOMBS.values())  # small as served
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("bombs")
        settings = {"DOWNLOAD_DECODED_MAXSIZE": str(LIMIT)}
        yield run_crawl("follow", {"url": url + "/", "depth": "1", "items": "1"}, settings, out)


def test_no_bomb_is_parsed_and_each_is_counted(crawl: CrawlResult) -> None:
    titles = {item["url"].rsplit("/", 1)[1] for item in crawl.items()}
    assert "fine-gzip" in titles  # a page within the limit is read as ever
    assert not {path[1:] for path in BOMBS} & titles
    stats = crawl.stats
    counted = {
        key.rsplit("/", 1)[1]: value
        for key, value in stats.items()
        if key.startswith("download/decoded_too_large/")
    }
    assert counted == {"gzip": 2, "deflate": 1, "br": 1, "zstd": 1}
    assert stats.get("retry/count", 0) == 0


def test_each_bomb_is_named_in_one_line(crawl: CrawlResult) -> None:
    for path in BOMBS:
        lines = [line for line in crawl.log.splitlines() if f"{path}:" in line]
        named = [line for line in lines if "DOWNLOAD_DECODED_MAXSIZE" in line]
        assert len(named) == 1, lines
        assert f"decodes to more than {LIMIT:,} bytes" in named[0]
    assert "Traceback" not in crawl.log


def test_each_bomb_is_archived_as_served(crawl: CrawlResult) -> None:
    served: dict[str, bytes] = {}
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    path = "/" + record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3]
                    served[path] = record.raw_stream.read()
    assert {path: served.get(path) for path in BOMBS} == {
        path: body for path, (_, body) in BOMBS.items()
    }


@pytest.mark.parametrize(
    ("settings", "meta", "named"),
    [
        ({"DOWNLOAD_DECODED_MAXSIZE": LIMIT}, {}, "(DOWNLOAD_DECODED_MAXSIZE)"),
        (
            {"DOWNLOAD_MAXSIZE": LIMIT, "DOWNLOAD_DECODED_MAXSIZE": 4 * LIMIT},
            {},
            "(DOWNLOAD_MAXSIZE)",
        ),
        ({}, {"download_maxsize": LIMIT}, "(the request's download_maxsize)"),
    ],
)
def test_the_limit_named_is_the_one_passed(
    settings: dict[str, int], meta: dict[str, int], named: str
) -> None:
    """The smaller of DOWNLOAD_MAXSIZE and DOWNLOAD_DECODED_MAXSIZE bounds the decoding (or
    the request's own download_maxsize): the line names that one, not always the latter."""
    crawler = get_crawler(settings_dict={**NEWSARCHIVE_SETTINGS, **settings})
    middleware = WholeBodyCompressionMiddleware.from_crawler(crawler)
    request = Request("http://example.test/bomb", meta=meta)
    coding, body = BOMBS["/gzip-bomb"]
    response = HtmlResponse(request.url, body=body, headers={"Content-Encoding": coding})
    with pytest.raises(UndecodableBody) as caught:
        middleware.process_response(request, response)
    assert str(caught.value).endswith(f"decodes to more than {LIMIT:,} bytes {named}")
