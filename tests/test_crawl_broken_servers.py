"""Servers that break HTTP: the crawl says so in one line a URL, counts it, and goes on.

A raw-socket server on 127.0.0.1 answers as broken servers do (a body shorter
than its Content-Length, the connection closed before any answer, no status
line, a bad chunk size first or after a good chunk, a plain body labelled
gzip, br, zstd and gzip bodies that end early, a redirect loop, endless
redirects; a fine page with a 40 KB header line, one with 4.5 MB of header lines).
One `follow` crawl of it (with
items) is shared by the tests: no
traceback in its log, each page that never came whole named once with its
reason, the run report counting each URL once (not each retry), what did come
archived as served, a body cut short as far as it came with `WARC-Truncated:
disconnect` on each try, and no item made of a cut page nor of one whose coding
does not decode to its end.
"""

from __future__ import annotations

import gzip
import json
import socket
import zlib
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.encodings import zstd_module
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.raw_origin import raw_origin

PAGE = b"<html><head><title>Fine</title></head><body><p>A page that came whole.</p></body></html>"
PLAIN = PAGE.replace(b"came whole", b"says gzip")  # its own payload: no revisit of another
NEVER_CAME = ("/no-answer", "/no-status")
CUT = ("/short-body", "/bad-chunk", "/bad-chunk-late")  # what came is archived, marked
BROKEN = (*CUT, *NEVER_CAME)
TRIES = 3  # RETRY_TIMES 2
# whole as HTTP goes, but their coding ends early: archived as served, not parsed
UNDECODABLE = {
    "/br-cut": "br",
    "/zstd-cut": "zstd",
    "/gzip-cut": "gzip",
    "/wrong-gzip": "gzip",
    "/deflate-cut": "deflate",  # zlib-wrapped, its last block and checksum not come
    "/raw-deflate-cut": "deflate",  # raw deflate (as IIS sends it), ended early
}
# whole zlib-wrapped deflate pages whose adler32 trailer is missing or wrong: browsers (which
# never check it) show them, and a gzip member's bad checksum is kept too
WHOLE_DEFLATE = {"/deflate-no-checksum": "no checksum", "/deflate-bad-checksum": "bad checksum"}
MAX_REDIRECTS = 3  # REDIRECT_MAX_TIMES
LONG_HEADER = (
    "X-Policy: " + "script-src 'self' https://cdn.example.org; " * 999 + "img-src *"
)  # 43 KB
HUGE_HEADER = "Set-Cookie: session=" + "x" * (300 * 1024)  # past the 256 KiB a line may take
# 64,000 short lines, 4.5 MB: past the 1 MiB a header block may take
MANY_HEADERS = tuple(f"X-Filler-{n}: {'y' * 60}" for n in range(64_000))


def _page(name: str) -> bytes:
    """A page of its own (no revisit of another), long enough to be cut inside its coding."""
    words = " ".join(f"{name} paragraph {n} says something else." for n in range(40))
    return f"<html><head><title>{name}</title></head><body><p>{words}</p></body></html>".encode()


def _zstd(data: bytes) -> bytes:
    module = zstd_module()
    assert module is not None
    return bytes(module.compress(data))


def _raw_deflate(data: bytes) -> bytes:
    """Deflate with no zlib wrapper, as some servers send `Content-Encoding: deflate`."""
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _answer(path: str) -> tuple[bytes, bool]:
    """The bytes sent for `path`, and whether the connection is closed after them."""

    def ok(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
        head = "".join(f"{h}\r\n" for h in (*headers, f"Content-Length: {len(body)}"))
        start = f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\n"
        return start.encode() + head.encode() + b"\r\n" + body

    paths = (
        *BROKEN,
        "/fine",
        "/gzip",
        *UNDECODABLE,
        *WHOLE_DEFLATE,
        "/loop-a",
        "/hops/0",
        "/long-header",
        "/huge-header",
        "/many-headers",
    )
    links = "".join(f'<a href="{p}">{p}</a>' for p in paths)
    answers = {
        "/": (ok(f"<html><body>{links}</body></html>".encode()), False),
        "/fine": (ok(PAGE), False),
        "/gzip": (ok(gzip.compress(PAGE), "Content-Encoding: gzip"), False),
        "/wrong-gzip": (ok(PLAIN, "Content-Encoding: gzip"), False),
        "/br-cut": (ok(brotli.compress(_page("br"))[:-40], "Content-Encoding: br"), False),
        "/zstd-cut": (ok(_zstd(_page("zstd"))[:-40], "Content-Encoding: zstd"), False),
        "/gzip-cut": (ok(gzip.compress(_page("gzip"))[:-40], "Content-Encoding: gzip"), False),
        "/deflate-cut": (
            ok(zlib.compress(_page("zlib"))[:-40], "Content-Encoding: deflate"),
            False,
        ),
        "/raw-deflate-cut": (
            ok(_raw_deflate(_page("raw"))[:-40], "Content-Encoding: deflate"),
            False,
        ),
        "/deflate-no-checksum": (
            ok(zlib.compress(_page("no checksum"))[:-4], "Content-Encoding: deflate"),
            False,
        ),
        "/deflate-bad-checksum": (
            ok(
                zlib.compress(_page("bad checksum"))[:-4] + b"\0\0\0\0", "Content-Encoding: deflate"
            ),
            False,
        ),
        "/short-body": (ok(PAGE).replace(b"Content-Length: 8", b"Content-Length: 58"), True),
        "/no-answer": (b"", True),
        "/no-status": (b"this is not HTTP\r\n\r\n", True),
        "/bad-chunk": (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
            True,
        ),
        "/bad-chunk-late": (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"7\r\n<html>\n\r\nzz\r\nhello\r\n0\r\n\r\n",
            True,
        ),
        "/robots.txt": (ok(b""), False),
        "/long-header": (ok(_page("long header"), LONG_HEADER), False),
        "/huge-header": (ok(_page("huge header"), HUGE_HEADER), False),
        "/many-headers": (ok(_page("many headers"), *MANY_HEADERS), False),
        "/loop-a": (ok(b"", "Location: /loop-b", status="302 Found"), False),
        "/loop-b": (ok(b"", "Location: /loop-a", status="302 Found"), False),
    }
    if path.startswith("/hops/"):  # each to the next, without end
        answers[path] = (ok(b"", f"Location: /hops/{int(path[6:]) + 1}", status="302 Found"), False)
    return answers.get(path, (b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", False))


def _serve(conn: socket.socket) -> None:
    with conn, conn.makefile("rb") as lines:
        while True:
            request = lines.readline()
            if not request:
                return
            while lines.readline() not in (b"\r\n", b"\n", b""):
                pass
            data, close = _answer(request.split()[1].decode())
            try:
                conn.sendall(data)
            except OSError:  # the crawler gave up on it mid-way (headers past their limit)
                return
            if close:
                conn.shutdown(socket.SHUT_RDWR)
                return


@pytest.fixture(scope="module")
def broken_server() -> Iterator[str]:
    with raw_origin(_serve) as origin:
        yield origin


@pytest.fixture(scope="module")
def broken_crawl(broken_server: str, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    out = tmp_path_factory.mktemp("broken")
    args = {"url": broken_server + "/", "depth": "1", "items": "1"}
    settings = {"RETRY_TIMES": "2", "REDIRECT_MAX_TIMES": str(MAX_REDIRECTS)}
    return run_crawl("follow", args, settings, out)


def test_no_traceback_and_one_line_for_each_page_that_never_came(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    log = broken_crawl.log
    assert "Traceback" not in log
    for path in BROKEN:
        assert log.count(f"could not fetch {broken_server}{path}: ") == 1, path


def test_the_report_counts_each_failed_url_once(broken_crawl: CrawlResult) -> None:
    (report,) = (broken_crawl.out_dir / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    downloads = {k: v for k, v in failed.items() if k.startswith("download error")}
    del downloads["download error newsarchive.network.download.HeaderLineTooLong"]  # its own test
    del downloads["download error newsarchive.network.download.HeadersTooLong"]  # the same
    assert sum(downloads.values()) == len(NEVER_CAME), failed  # each was tried three times
    assert failed["cut short, not parsed: disconnect"] == len(CUT), failed


def test_what_came_is_archived_as_served(broken_crawl: CrawlResult, broken_server: str) -> None:
    served, cut = {}, []
    for path in broken_crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")[len(broken_server) :]
                    coded = uri in UNDECODABLE  # warcio cannot undo their coding
                    stream = record.raw_stream if coded else record.content_stream()
                    served[uri] = (
                        record.http_headers.get_header("Content-Encoding"),
                        stream.read(),
                    )
                    truncated = record.rec_headers.get_header("WARC-Truncated")
                    if truncated:
                        cut.append((uri, truncated))
    assert served["/fine"] == (None, PAGE)
    assert served["/gzip"] == ("gzip", PAGE)  # warcio undoes the coding it names
    assert served["/wrong-gzip"][0] == "gzip"  # the lie is kept: it is what the server said
    assert served["/br-cut"] == ("br", brotli.compress(_page("br"))[:-40])
    assert not set(NEVER_CAME) & set(served)
    # a body cut short: as far as it came, on every try, marked
    assert served["/short-body"] == (None, PAGE)  # 88 of the 588 bytes announced
    assert served["/bad-chunk-late"] == (None, b"<html>\n")
    assert served["/bad-chunk"] == (None, b"")
    assert sorted(cut) == sorted((uri, "disconnect") for uri in CUT for _ in range(TRIES))


def test_a_cut_page_is_counted_and_gives_no_item(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    stats = broken_crawl.stats
    assert stats["warc/truncated/disconnect"] == len(CUT) * TRIES
    assert stats["warc/truncated_unparsed/disconnect"] == len(CUT)
    assert stats["retry/reason_count/dataloss"] == len(CUT) * (TRIES - 1)
    items = {item["url"][len(broken_server) :] for item in broken_crawl.items()}
    assert {"/", "/fine", "/gzip"} <= items
    assert not items & set(BROKEN)
    log = broken_crawl.log
    assert f"could not fetch {broken_server}/short-body: body cut short on every try " in log
    assert "(88 bytes of 588); archived as WARC-Truncated: disconnect, not parsed" in log


def test_a_body_whose_coding_ends_early_is_counted_and_gives_no_item(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    """Scrapy decodes what it can of a br, zstd, gzip or deflate body that ends early (a
    damaged br body to nothing) and the spider made an item of the part; one that does not
    decode at all was named but counted nowhere."""
    items = {item["url"][len(broken_server) :] for item in broken_crawl.items()}
    assert not items & set(UNDECODABLE)
    log = broken_crawl.log
    for path, coding in UNDECODABLE.items():
        line = f"could not fetch {broken_server}{path}: its {coding} body does not decode ("
        assert log.count(line) == 1, path
    (report,) = (broken_crawl.out_dir / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed["body does not decode: br"] == 1, failed
    assert failed["body does not decode: zstd"] == 1, failed
    assert failed["body does not decode: gzip"] == 2, failed
    assert failed["body does not decode: deflate"] == 2, failed
    assert broken_crawl.stats["download/undecodable/gzip"] == 2
    assert broken_crawl.stats["download/undecodable/deflate"] == 2


def test_a_redirect_loop_and_endless_redirects_are_named_and_counted(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    """Scrapy dropped the hop back to /loop-a as a duplicate, and the fourth hop of
    /hops/ at REDIRECT_MAX_TIMES, each logged at DEBUG only and counted nowhere."""
    log, origin = broken_crawl.log, broken_server
    loop = f"{origin}/loop-a -> {origin}/loop-b -> {origin}/loop-a"
    assert log.count(f"could not fetch {origin}/loop-a: redirect loop ({loop})") == 1
    hops = " -> ".join(f"{origin}/hops/{n}" for n in range(MAX_REDIRECTS + 2))  # the last not asked
    line = f"could not fetch {origin}/hops/0: more than {MAX_REDIRECTS} redirects ({hops})"
    assert log.count(line) == 1, log
    (report,) = (broken_crawl.out_dir / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed["redirect: loop"] == 1 and failed["redirect: too_many"] == 1, failed


def test_a_page_with_a_long_header_line_is_archived_whole(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    """Twisted stopped at a 16 KiB line and closed the connection: the page was archived
    nowhere, named 'ConnectionDone: Connection was closed cleanly'."""
    url = broken_server + "/long-header"
    assert f"could not fetch {url}" not in broken_crawl.log
    (record,) = [r for r in _responses(broken_crawl) if r[0] == url]
    assert record[1] == LONG_HEADER.partition(": ")[2] and record[2] == _page("long header")
    assert url in {item["url"] for item in broken_crawl.items()}


def test_a_crawl_naming_the_browsers_handler_downloads_plain_pages_the_same_way(
    broken_server: str, tmp_path: Path
) -> None:
    """A project that names `BrowserDownloadHandler` in DOWNLOAD_HANDLERS (the handler
    before newsarchive.browser.front) gets the one plain download path all the same: the
    long header line taken, the page archived whole (the browser renders nothing here)."""
    url = broken_server + "/long-header"
    named = "newsarchive.browser.handler.BrowserDownloadHandler"
    handlers = json.dumps({"http": named, "https": named})
    crawl = run_crawl(
        "follow",
        {"url": url, "depth": "0", "items": "1"},
        {"DOWNLOAD_HANDLERS": handlers},
        tmp_path,
    )
    assert f"could not fetch {url}" not in crawl.log and "Traceback" not in crawl.log
    (record,) = [r for r in _responses(crawl) if r[0] == url]
    assert record[1] == LONG_HEADER.partition(": ")[2] and record[2] == _page("long header")
    assert crawl.stats.get("browser/playwright_started") is None


def test_a_header_line_past_the_limit_is_named_as_such(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    """Twisted closed the connection and the page was named 'ConnectionDone: Connection
    was closed cleanly', though the server had closed nothing."""
    url = broken_server + "/huge-header"
    said = f"could not fetch {url}: HeaderLineTooLong: a response header line longer than 256 KiB"
    lines = [line for line in broken_crawl.log.splitlines() if url in line]
    assert [line.partition("WARNING: ")[2][: len(said)] for line in lines] == [said], lines
    (report,) = (broken_crawl.out_dir / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed["download error newsarchive.network.download.HeaderLineTooLong"] == 1, failed


def test_a_header_block_past_the_limit_is_named_and_not_retried(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    """Twisted kept every header line: a server sending them for ever grew the crawl by
    1.6 GB before DOWNLOAD_TIMEOUT, and it was tried three times; this one (4.5 MB of
    headers, then a page) was archived and parsed as a page."""
    url = broken_server + "/many-headers"
    said = f"could not fetch {url}: HeadersTooLong: response headers longer than 1024 KiB"
    lines = [line for line in broken_crawl.log.splitlines() if url in line]
    assert [line.partition("WARNING: ")[2][: len(said)] for line in lines] == [said], lines
    assert url not in {item["url"] for item in broken_crawl.items()}
    assert url not in {record[0] for record in _responses(broken_crawl)}
    (report,) = (broken_crawl.out_dir / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed["download error newsarchive.network.download.HeadersTooLong"] == 1, failed


def test_the_longer_header_line_is_this_crawlers_only() -> None:
    """Twisted's parser keeps its 16 KiB line and its way of failing for every other client
    in the process (importing the download module raised them for all of them); the
    crawler's own connections take the longer line (the two tests above, a real crawl)."""
    from twisted.protocols.basic import LineReceiver
    from twisted.web._newclient import HTTPClientParser

    import newsarchive.browser.handler
    import newsarchive.network.download

    assert newsarchive.browser.handler.BrowserDownloadHandler is not None
    assert HTTPClientParser.MAX_LENGTH == LineReceiver.MAX_LENGTH == 16384
    assert HTTPClientParser.lineLengthExceeded is LineReceiver.lineLengthExceeded
    assert newsarchive.network.download.MAX_HEADER_LINE > HTTPClientParser.MAX_LENGTH


def _responses(crawl: CrawlResult) -> list[tuple[str, str | None, bytes]]:
    found = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests=True):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    policy = record.http_headers.get_header("X-Policy")
                    found.append((uri, policy, record.raw_stream.read()))
    return found


def test_a_whole_deflate_page_without_its_right_checksum_gives_its_item(
    broken_crawl: CrawlResult, broken_server: str
) -> None:
    """A zlib stream whose last block came but whose adler32 trailer did not (or is wrong) is
    the whole page, as browsers show it: it was counted undecodable and given no item."""
    titles = {item["url"][len(broken_server) :]: item["title"] for item in broken_crawl.items()}
    assert {path: titles.get(path) for path in WHOLE_DEFLATE} == WHOLE_DEFLATE
