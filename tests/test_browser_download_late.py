"""A page's large download still being written when the page's captures are given up is
named as what it is: written, not lost (real Chromium, a crawl).

The browser's capture of a large download waits for its record, written by the archive's
own thread. Past BROWSER_QUIET_TIMEOUT the page's captures are given up; that write was
called "browser response not archived: no body within 3 s" (counted as abandoned) while
its record was written all the same. Here the write waits until the captures were given
up (the spider file's gate: no time measured), then goes on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import LOCAL_SPEED, allow_origin, parse_stats, run_scrapy_here
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

FILE = b"a file written late, " * 400  # 8,400 bytes: past the spool size
PAGES = {
    "/file.bin": ("application/octet-stream", FILE, {"Content-Disposition": "attachment"}),
    "/hands-a-file": (
        "text/html; charset=utf-8",
        b"<!doctype html><title>Your file</title><p>Your file is on its way."
        b"<script>addEventListener('load', () => { location.href = '/file.bin'; })</script>",
    ),
}
SPIDER = """
import threading

from scrapy import Request, Spider

from newsarchive.browser import capture
from newsarchive.warc import writer

given_up = threading.Event()
real_drain, real_write = capture.PageCapture.drain, writer.write_spooled_member


async def drain(self, timeout):
    try:
        await real_drain(self, timeout)
    finally:
        given_up.set()


def write(*args, **kwargs):
    given_up.wait(120)  # the captures are given up first (only a failure waits this long)
    return real_write(*args, **kwargs)


capture.PageCapture.drain = drain
writer.write_spooled_member = write


class RenderOne(Spider):
    name = "render-one"

    def __init__(self, url="", **kwargs):
        super().__init__(**kwargs)
        self.url = url

    async def start(self):
        yield Request(self.url, meta={"newsarchive_render": True}, callback=self.parse)

    def parse(self, response):
        yield {"url": response.url}
"""


def test_a_download_written_after_its_page_was_given_up_is_not_called_lost(
    tmp_path: Path,
) -> None:
    spider = tmp_path / "render_one.py"
    spider.write_text(SPIDER, encoding="utf-8")
    with page_origin(PAGES, "HTTP/1.1") as origin:
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        settings = {
            **LOCAL_SPEED,
            "WARC_DIR": str(tmp_path / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": allow_origin(origin),
            "RETRY_TIMES": "0",
            "DOWNLOAD_SPOOL_SIZE": "4096",
            "BROWSER_QUIET_TIMEOUT": "3",
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        command += ["-a", f"url={origin}/hands-a-file"]
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    stats = parse_stats(done.stderr)
    bodies = []
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and uri.endswith("/file.bin"):
                    bodies.append(record.content_stream().read())
    assert bodies == [FILE]  # written, after the page's captures were given up
    assert "not archived: no body within" not in done.stderr
    assert f"browser download {origin}/file.bin still being written" in done.stderr
    assert stats.get("browser/exchanges/written_after_page") == 1
    assert "browser/exchanges/abandoned" not in stats
