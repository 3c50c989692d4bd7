"""Reading back the 304 revisits of page requisites (an image, a stylesheet) that a scheduled
run writes (newsarchive.state): server-not-modified, no HTTP block, as the crawl writes them.

Such a revisit says nothing of its type; only its original does. `extract` and `history`
read pages only: before, each revisit of an image waited for a page original that never
came and was skipped as "in none of the files given" (exit 3), the fault that had the
conditional requisites of 5135281 reverted. Where the original really is missing, such
revisits are counted in one line, the run's exit 3.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from newsarchive import exitcodes
from newsarchive.warc import records
from newsarchive.warc.exchange import HttpExchange, RecordRef
from tests.test_foreign_archives import newsarchive

SITE = "http://news.example"
PAGE = SITE + "/politics/a-story-1"
IMAGE = SITE + "/images/thumb-1.png"
FIRST = datetime(2026, 12, 1, 8, 0, 0, 250000, tzinfo=UTC)
SECOND = datetime(2026, 12, 2, 8, 0, 0, 500000, tzinfo=UTC)
HTML = b"<html><head><title>A story</title></head><body><article><h1>A story</h1>" + (
    b"<p>The council met on Monday and agreed the plan after a long night.</p>" * 8
) + b"</article></body></html>"  # fmt: skip
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
MISSING = "revisit whose original is in none of the files given"
OUTSIDE = "2 revisits without HTTP headers (not modified) point to an original in none of the"


def _exchange(url: str, when: datetime, status: int, kind: str, body: bytes) -> HttpExchange:
    headers = [("Content-Type", kind), ("ETag", '"v1"')] if status == 200 else [("ETag", '"v1"')]
    return HttpExchange(
        url=url, method="GET", request_headers=[("If-None-Match", '"v1"')], request_body=b"",
        status=status, response_headers=headers, body=body, started_at=when,
    )  # fmt: skip


def _ids() -> list[str]:
    return [f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>" for n in range(1, 9)]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two runs' files: a page and an image answered 200, then both answered 304."""
    folder = tmp_path_factory.mktemp("requisites")
    ids = iter(_ids())
    originals: dict[str, tuple[RecordRef, str]] = {}
    with (folder / "run1.warc.gz").open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        pair = ((PAGE, "text/html; charset=utf-8", HTML), (IMAGE, "image/png", PNG))
        for url, kind, body in pair:
            exchange = _exchange(url, FIRST, 200, kind, body)
            http = records.http_response(exchange)
            record_id = next(ids)
            writer.write_record(records.response_record(exchange, http, record_id))
            ref = RecordRef(record_id, "run1.warc.gz", 0, "response", records.warc_date(FIRST), url)
            originals[url] = (ref, http.payload_digest)
    with (folder / "run2.warc.gz").open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url in (IMAGE, PAGE):
            exchange = _exchange(url, SECOND, 304, "", b"")
            http = records.http_response(exchange)
            revisit = records.not_modified_record(exchange, http, next(ids), *originals[url])
            writer.write_record(revisit)
    return folder


def _items(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_passes_the_image_revisit_over_and_gives_the_page_twice(
    archive: Path, tmp_path: Path, jobs: str
) -> None:
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-j", jobs, str(archive), "-o", str(out))
    assert done.returncode == exitcodes.OK, done.stderr
    assert "skipped" not in done.stderr, done.stderr
    items = _items(out)
    assert [item["url"] for item in items] == [PAGE, PAGE]
    assert items[1]["fetched_at"].startswith("2026-12-02T08:00:00")


def test_history_of_the_page_reads_both_files_without_a_skip(archive: Path) -> None:
    done = newsarchive("history", PAGE, "--warc", str(archive), "--format", "json")
    assert done.returncode == exitcodes.OK, done.stderr
    [article] = json.loads(done.stdout)["articles"]
    [version] = article["versions"]  # the 304 is the same version, seen again
    assert len(version["seen_again"]) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_revisits_without_their_originals_are_counted_in_one_line(
    archive: Path, tmp_path: Path, jobs: str
) -> None:
    """Given the second run's file alone, neither revisit can be told a page or not: they are
    counted in one line (the first's file@offset), nothing is made of them, and the exit
    says partial. Each had a line of its own, most of a run's being of images."""
    out = tmp_path / "items.jsonl"
    second = archive / "run2.warc.gz"
    done = newsarchive("extract", "--all-pages", "-j", jobs, str(second), "-o", str(out))
    assert done.returncode == exitcodes.PARTIAL, done.stderr
    assert MISSING not in done.stderr
    named = [line for line in done.stderr.splitlines() if OUTSIDE in line]
    assert len(named) == 1 and f"the first at {second}@" in named[0], done.stderr
    assert done.stderr.splitlines()[-1].endswith("skipped: 2 revisits of originals not given")
    assert "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8") == ""
