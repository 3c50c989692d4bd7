"""A page the crawl could not get after its retries is a warning, counted and archived.

Scrapy's RetryMiddleware said "Gave up retrying <GET URL> (failed 3 times): 503 Service
Unavailable" at ERROR (RETRY_GIVE_UP_LOG_LEVEL's default): a site's failing page read
as a fault of the crawler, and counted in `log_count/ERROR` beside real ones. It is
said at WARNING now; the give-up is counted (`retry/max_reached`, and in the run
report's failures as `HTTP 503`), and every try is in the WARC. The run goes on and
ends 0: one page of many is no failed run.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import run_crawl
from tests.plugins.page_origin import answering_origin

HOME = b"<html><head><title>Home</title></head><body><a href='/gone'>g</a> <a href='/a'>a</a>"
PAGE = b"<html><head><title>A</title></head><body><p>a page that answers</p></body></html>"


def _answer(path: str) -> tuple[int, Mapping[str, str], bytes]:
    if path == "/gone":
        return 503, {"Content-Type": "text/html"}, b"<html><body>try later</body></html>"
    if path in ("/", "/a"):
        return 200, {"Content-Type": "text/html"}, HOME if path == "/" else PAGE
    return 404, {"Content-Type": "text/plain"}, b"not here"


def test_a_page_given_up_after_its_retries_is_a_counted_warning(tmp_path: Path) -> None:
    with answering_origin(_answer) as origin:
        crawl = run_crawl(
            "follow", {"url": origin + "/", "depth": "1"}, {"RETRY_TIMES": "1"}, tmp_path
        )
    log = crawl.log
    gave_up = [line for line in log.splitlines() if "Gave up retrying" in line]
    assert len(gave_up) == 1, log[-3000:]
    assert gave_up[0].endswith(
        f"WARNING: Gave up retrying <GET {origin}/gone> (failed 2 times): 503 Service Unavailable"
    ), gave_up
    assert "log_count/ERROR" not in crawl.stats, log[-3000:]
    assert crawl.stats["retry/max_reached"] == 1
    assert crawl.stats["httperror/response_ignored_status_count/503"] == 1
    tries = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type in ("response", "revisit") and uri.endswith("/gone"):
                    tries.append((record.rec_type, record.http_headers.get_statuscode()))
    # both tries archived as served (the second, the same body, as a revisit)
    assert tries == [("response", "503"), ("revisit", "503")]
