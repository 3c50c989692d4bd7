"""A file a rendered page downloads leaves no copy in the browser's download folder once
it is read (real Chromium, through newsarchive.browser.downloads).

Chromium writes each download to Playwright's artifacts folder, and Playwright deletes
it only when the browser context closes. scrapy-playwright's context lives as long as
the crawl: every file a page downloaded, small (read into memory) or large (archived
from that file), stayed on disk to the crawl's end, and past it when the crawl was
killed. Read, the file is deleted (a large one stays readable through the open handle,
as every spooled body is unnamed).
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.downloads import DownloadSizes, PageDownloads
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from newsarchive.warc.exchange import SpooledBody
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

ATTACHMENT = {"Content-Disposition": "attachment; filename=file.bin"}
SMALL = bytes(range(256)) * 4  # 1,024 bytes: read into memory
LARGE = b"a large file, " * 1000  # 14,000 bytes: past the spool size, read from disk


def _hands(path: str) -> tuple[str, bytes]:
    script = f"<script>addEventListener('load', () => {{ location.href = '{path}'; }})</script>"
    return ("text/html; charset=utf-8", f"<!doctype html><title>A file</title>{script}".encode())


PAGES = {
    "/small.bin": ("application/octet-stream", SMALL, ATTACHMENT),
    "/large.bin": ("application/octet-stream", LARGE, ATTACHMENT),
    "/hands-small": _hands("/small.bin"),
    "/hands-large": _hands("/large.bin"),
}


def _download(origin: str, page_path: str, file_path: str) -> tuple[bytes, list[Path]]:
    """The body read of the file `page_path` downloads, and its files still on disk."""
    from playwright.async_api import async_playwright

    stats = MemoryStatsCollector(get_crawler())

    async def main() -> tuple[bytes, list[Path]]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            context = await browser.new_context(accept_downloads=True)
            page = await context.new_page()
            downloads = PageDownloads(DownloadSizes(spool_size=4096), stats)
            paths: list[Path] = []

            def seen(download: Any) -> None:
                downloads.on_download(download)
                task = asyncio.ensure_future(download.path())
                task.add_done_callback(lambda t: paths.append(t.result()))

            page.on("download", seen)
            await page.goto(origin + page_path, wait_until="load")
            for _ in range(1200):  # 60 s at most: a loaded box's Chromium is slow to start it
                if downloads.started(origin + file_path):
                    break
                await asyncio.sleep(0.05)
            body = await downloads.body(origin + file_path)
            assert body is not None
            if isinstance(body, SpooledBody):
                with body.file:
                    data = b"".join(body.chunks())
            else:
                data = body
            left = [path for path in paths if path.exists()]  # the context still open
            await browser.close()
            return data, left

    return asyncio.run(main())


@pytest.mark.parametrize(
    ("page_path", "file_path", "served"),
    [("/hands-small", "/small.bin", SMALL), ("/hands-large", "/large.bin", LARGE)],
    ids=["in-memory", "spooled"],
)
def test_a_downloaded_file_is_read_whole_and_deleted(
    page_path: str, file_path: str, served: bytes
) -> None:
    with page_origin(PAGES, "HTTP/1.1") as origin:
        body, left = _download(origin, page_path, file_path)
    assert body == served
    assert left == []


def _left_on_disk(page_path: str, archive: bool) -> tuple[int, list[str]]:
    """(downloads seen, files left in the downloads folder with the context still open)."""
    import tempfile

    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import async_playwright

    stats = MemoryStatsCollector(get_crawler())

    async def main(origin: str, folder: Path) -> tuple[int, list[str]]:
        async with async_playwright() as playwright:
            options = {**PLAYWRIGHT_LAUNCH_OPTIONS, "downloads_path": str(folder)}
            browser = await playwright.chromium.launch(**options)
            context = await browser.new_context(accept_downloads=True)
            page = await context.new_page()
            downloads = PageDownloads(DownloadSizes(spool_size=4096), stats, archive=archive)
            seen: list[Any] = []

            def on_download(download: Any) -> None:
                seen.append(download)
                downloads.on_download(download)

            page.on("download", on_download)
            # "Download is starting" where the answer is a file
            with contextlib.suppress(PlaywrightError):
                await page.goto(origin + page_path, wait_until="load")
            left: list[str] = []
            for _ in range(1200):  # until the download is seen and its file gone, or 60 s
                await asyncio.sleep(0.05)
                left = sorted(p.name for p in folder.iterdir())
                if seen and not left:
                    break
            await browser.close()
            return len(seen), left

    with page_origin(PAGES, "HTTP/1.1") as origin, tempfile.TemporaryDirectory() as folder:
        return asyncio.run(main(origin, Path(folder)))


def test_a_file_downloaded_where_nothing_archives_is_not_kept() -> None:
    """No WARC (nothing listens for exchanges): a page's download was neither read nor
    cancelled, and Chromium's whole file sat in the downloads folder to the crawl's end."""
    assert _left_on_disk("/hands-large", archive=False) == (1, [])
