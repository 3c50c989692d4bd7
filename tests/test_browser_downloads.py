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

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo import assets
from tests.plugins.crawling import LOCAL_SPEED, PROJECT, allow_origin, parse_stats
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
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        urls = ("/report.bin", "/hands-a-file", "/paper.pdf", "/framed", "/latest-paper")
        command += ["-a", "urls=" + ",".join(origin + path for path in urls)]
        command += ["-O", f"{out / 'items.jsonl'}:jsonlines"]
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
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


def test_a_file_a_page_downloads_is_archived_whole(crawl: dict[str, Any]) -> None:
    done, records = crawl["done"], crawl["records"]
    assert records.get("/other.bin") == [("response", PAGES["/other.bin"][1])], sorted(records)
    assert "navigated away" not in done.stderr
    assert crawl["stats"].get("browser/exchanges/downloaded") == 2


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
