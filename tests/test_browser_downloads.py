"""Files a rendered page's browser downloads, or shows in its PDF viewer, are archived as
served (real Chromium, a crawl).

A navigation answered with a file (Content-Disposition: attachment) is a download: its
body goes to the download, not the page, Playwright's `response.body()` has none, and the
file was archived nowhere, neither asked for as a rendered request (scrapy-playwright
hands Scrapy the download; Scrapy's response for a rendered request is never written)
nor fetched by a page that sets `location` to it (logged as a document "navigated away").
A PDF Chromium shows in its viewer: the body it hands over is the viewer's HTML, which was
archived under the PDF's headers (replayed, HTML served as the PDF).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo import assets
from tests.plugins.crawling import LOCAL_SPEED, allow_origin, parse_stats, run_scrapy_here
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

ATTACHMENT = {"Content-Disposition": "attachment; filename=report.bin"}
PAGES = {
    "/report.bin": ("application/octet-stream", bytes(range(256)) * 40, ATTACHMENT),
    "/other.bin": ("application/octet-stream", b"another file, " * 300, ATTACHMENT),
    "/huge.bin": ("application/octet-stream", bytes(3_000_000), ATTACHMENT),
    "/hands-a-huge-file": (
        "text/html; charset=utf-8",
        b"<!doctype html><title>A huge file</title><p>Too big to keep."
        b"<script>addEventListener('load', () => { location.href = '/huge.bin'; })</script>",
    ),
    "/paper.pdf": ("application/pdf", assets.pdf()),
    "/in-frame.pdf": ("application/pdf", assets.pdf() + b"% shown in a frame\n"),
    "/latest-paper": ("text/html", b"", {"Location": "/moved.pdf"}),
    "/moved.pdf": ("application/pdf", assets.pdf() + b"% behind a redirect\n"),
    "/framed": (
        "text/html; charset=utf-8",
        b"<!doctype html><title>Read the paper</title><p>The paper:</p>"
        b"<iframe src='/in-frame.pdf' width=600 height=400></iframe>",
    ),
    "/hands-a-file": (
        "text/html; charset=utf-8",
        b"<!doctype html><title>Your file</title><p id=public>Your file is on its way."
        b"<script>addEventListener('load', () => { location.href = '/other.bin'; })</script>",
    ),
}
SPIDER = """
from scrapy import Request, Spider


class RenderSome(Spider):
    name = "render-some"

    def __init__(self, urls="", **kwargs):
        super().__init__(**kwargs)
        self.urls = urls.split(",")

    async def start(self):
        for url in self.urls:
            yield Request(url, meta={"newsarchive_render": True}, callback=self.parse)

    def parse(self, response):
        yield {"url": response.url, "length": len(response.body)}
"""


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("downloads")
    spider = out / "render_some.py"
    spider.write_text(SPIDER, encoding="utf-8")
    with page_origin(PAGES, "HTTP/1.1") as origin:
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        settings = {
            **LOCAL_SPEED,
            "WARC_DIR": str(out / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": allow_origin(origin),
            "BROWSER_SCREENSHOT": "1",
            "RETRY_TIMES": "0",
            "DOWNLOAD_SPOOL_SIZE": "4096",  # /other.bin (4,200 bytes) past it
            "DOWNLOAD_MAXSIZE": "1000000",  # /huge.bin past it
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        urls = ("/report.bin", "/hands-a-file", "/paper.pdf", "/framed", "/latest-paper")
        urls += ("/hands-a-huge-file",)
        command += ["-a", "urls=" + ",".join(origin + path for path in urls)]
        command += ["-O", f"{out / 'items.jsonl'}:jsonlines"]
        done = run_scrapy_here(command, timeout=300)
    records: dict[str, list[tuple[str, bytes]]] = {}
    for path in sorted(Path(out / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type in ("response", "resource"):
                    key = uri.replace(origin, "")
                    records.setdefault(key, []).append(
                        (record.rec_type, record.content_stream().read())
                    )
    return {
        "origin": origin,
        "done": done,
        "stats": parse_stats(done.stderr),
        "items": (out / "items.jsonl").read_text(),
        "records": records,
    }


def test_a_file_asked_for_is_archived_as_the_browser_received_it(crawl: dict[str, Any]) -> None:
    done, records, origin = crawl["done"], crawl["records"], crawl["origin"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert records.get("/report.bin") == [("response", PAGES["/report.bin"][1])], sorted(records)
    # its item has its address; no rendered DOM or screenshot of a page never shown
    assert f'"url": "{origin}/report.bin", "length": 10240' in crawl["items"]
    assert not [uri for uri in records if "report.bin" in uri and uri.startswith("urn:")]
    assert not [uri for uri in records if "about:blank" in uri], sorted(records)


def test_a_file_asked_for_is_fetched_by_scrapy_not_held_by_the_browser(
    crawl: dict[str, Any],
) -> None:
    """scrapy-playwright read the file whole into the response, past every limit Scrapy
    sets its own bodies: the browser's download is cancelled, Scrapy fetches the file."""
    stats, done = crawl["stats"], crawl["done"]
    assert stats.get("browser/fetched_plainly/file") == 1
    assert "report.bin is a file to download: fetched without the browser" in done.stderr
    assert "Closing page due to failed request" not in done.stderr


def test_a_file_a_page_downloads_is_archived_whole(crawl: dict[str, Any]) -> None:
    done, records = crawl["done"], crawl["records"]
    assert records.get("/other.bin") == [("response", PAGES["/other.bin"][1])], sorted(records)
    assert "navigated away" not in done.stderr
    assert crawl["stats"].get("browser/exchanges/downloaded") == 1
    # past DOWNLOAD_SPOOL_SIZE: archived from the browser's file, never read into memory
    assert crawl["stats"].get("browser/downloads/spooled") == 1


def test_a_large_download_is_archived_without_a_deprecation_warning(
    crawl: dict[str, Any],
) -> None:
    """The capture waits for a large download's record (written off the reactor thread)
    through the exchange_captured signal: an awaitable, not a Deferred, of which Scrapy
    says "WarcExtension.exchange_captured returned a Deferred, this is deprecated"."""
    assert crawl["stats"].get("browser/downloads/spooled") == 1
    assert "returned a Deferred" not in crawl["done"].stderr, crawl["done"].stderr[-3000:]


def test_a_download_past_download_maxsize_is_cancelled(crawl: dict[str, Any]) -> None:
    done, records = crawl["done"], crawl["records"]
    assert "/huge.bin" not in records, sorted(records)
    assert crawl["stats"].get("browser/downloads/maxsize") == 1
    lines = [line for line in done.stderr.splitlines() if "huge.bin" in line]
    assert len(lines) == 1 and "past DOWNLOAD_MAXSIZE (1,000,000)" in lines[0], lines


def test_a_pdf_is_archived_as_served_not_as_the_viewer_shows_it(crawl: dict[str, Any]) -> None:
    records, origin = crawl["records"], crawl["origin"]
    assert records.get("/paper.pdf") == [("response", PAGES["/paper.pdf"][1])], sorted(records)
    assert f'"url": "{origin}/paper.pdf", "length": {len(PAGES["/paper.pdf"][1])}' in crawl["items"]
    # no screenshot of the viewer (it had no record to stand beside)
    assert not [uri for uri in records if "paper.pdf" in uri and uri.startswith("urn:")]


def test_a_pdf_in_a_frame_is_archived_as_served(crawl: dict[str, Any]) -> None:
    records = crawl["records"]
    pdf = PAGES["/in-frame.pdf"][1]
    assert records.get("/in-frame.pdf") == [("response", pdf)], sorted(records)
    assert crawl["stats"].get("browser/fetched_plainly/in_frame") == 1
    assert [kind for kind, _ in records.get("/framed", [])] == ["response"]
    assert [kind for kind, _ in records.get("urn:dom:/framed", [])] == ["resource"]


def test_a_pdf_behind_a_redirect_archives_each_hop_once(crawl: dict[str, Any]) -> None:
    """Fetched again by Scrapy from where the browser's hops ended, not from the first
    address: the hops the browser archived were fetched and archived a second time."""
    records, origin = crawl["records"], crawl["origin"]
    assert records.get("/latest-paper") == [("response", b"")], sorted(records)
    assert records.get("/moved.pdf") == [("response", PAGES["/moved.pdf"][1])], sorted(records)
    assert f'"url": "{origin}/moved.pdf"' in crawl["items"]
    assert crawl["stats"].get("browser/fetched_plainly") == 2
