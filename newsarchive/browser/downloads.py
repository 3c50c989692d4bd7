"""Files a rendered page's browser downloaded instead of showing (Content-Disposition:
attachment, a type it does not render): their bodies, for the archive, within Scrapy's
own limits for bodies.

A navigation answered with a file becomes a download: Chromium hands the body to the
download, not to the page, so Playwright's `response.body()` has none, and the file the
browser received was archived nowhere. A page that sets `location` to a file: the file,
once whole on disk, is handed to the archive from there (`SpooledBody`) when it is past
DOWNLOAD_SPOOL_SIZE, read into memory only below it; one that grows past
DOWNLOAD_MAXSIZE (Chromium's progress events, on a DevTools session of our own) is
cancelled in the browser, counted (`browser/downloads/maxsize`) and named in one line.
A rendered request answered with a file is no page: its download is cancelled at once
and Scrapy fetches the file (RenderMiddleware), spooled and limited as any other body;
scrapy-playwright would have read it whole into the response.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.async_api import Download, Page
from playwright.async_api import Error as PlaywrightError
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from newsarchive.warc.exchange import SpooledBody

logger = logging.getLogger(__name__)

MAXSIZE_STAT = "browser/downloads/maxsize"  # downloads cancelled past DOWNLOAD_MAXSIZE
SPOOLED_STAT = "browser/downloads/spooled"  # archived from the browser's file on disk


@dataclass(frozen=True)
class DownloadSizes:
    """Scrapy's bounds for a body, applied to files the browser downloads."""

    max_size: int = 0  # DOWNLOAD_MAXSIZE; 0: none
    spool_size: int = 4 * 1024 * 1024  # DOWNLOAD_SPOOL_SIZE: past it, archived from disk

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> DownloadSizes:
        return cls(
            max(0, settings.getint("DOWNLOAD_MAXSIZE", 0)),
            max(0, settings.getint("DOWNLOAD_SPOOL_SIZE", cls.spool_size)),
        )


# What a download of the page left: its body in memory, or its file on disk
Body = bytes | SpooledBody


class PageDownloads:
    """URL -> the body of the file downloaded from it (None: failed, cancelled, too large)."""

    def __init__(self, sizes: DownloadSizes, stats: StatsCollector, archive: bool = True) -> None:
        self.sizes = sizes
        self.archive = archive  # else only the request's own answer is cancelled
        self.stats = stats
        self._bodies: dict[str, asyncio.Future[Body | None]] = {}
        self._downloads: dict[str, Download] = {}
        self._urls: dict[str, str] = {}  # DevTools guid -> URL
        self.too_large: set[str] = set()
        self.answer: str | None = None  # the URL of a file that answered the request itself

    async def attach(self, page: Page) -> None:
        """Chromium's progress of each download, to cancel one at DOWNLOAD_MAXSIZE."""
        if not (self.sizes.max_size and self.archive):
            return
        try:
            session = await page.context.new_cdp_session(page)
            session.on("Page.downloadWillBegin", self._will_begin)
            session.on("Page.downloadProgress", self._progress)
            await session.send("Page.enable")
        except PlaywrightError as exc:  # not Chromium: checked once whole instead
            logger.debug("no download progress for %s: %s", page.url, exc)

    def _will_begin(self, event: dict[str, Any]) -> None:
        self._urls[event["guid"]] = event["url"]

    def _progress(self, event: dict[str, Any]) -> None:
        url = self._urls.get(event["guid"])
        if url is not None and event["receivedBytes"] > self.sizes.max_size:
            self._cancel_too_large(url, event["receivedBytes"])

    def _cancel_too_large(self, url: str, size: int) -> None:
        if url in self.too_large:
            return
        self.too_large.add(url)
        self.stats.inc_value(MAXSIZE_STAT)
        logger.warning(
            "download from %s cancelled: %s bytes and on, past DOWNLOAD_MAXSIZE (%s)",
            url,
            f"{size:,}",
            f"{self.sizes.max_size:,}",
        )
        download = self._downloads.get(url)
        if download is not None:
            _cancel(download)

    def on_download(self, download: Download) -> None:
        """Playwright's `download` event: a file answering the request itself is cancelled
        (fetched by Scrapy instead); another is read once whole, unless too large."""
        if download.page.url == "about:blank":  # nothing shown yet: the request's own answer
            self.answer = download.url
            _cancel(download)
            return
        if not self.archive:  # nothing reads it: not kept on disk to the context's close
            _discard(download)
            return
        self._downloads[download.url] = download
        future = self._bodies.setdefault(download.url, asyncio.get_running_loop().create_future())
        if download.url in self.too_large:
            _cancel(download)
        task = asyncio.ensure_future(self._read(download, future))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())

    async def _read(self, download: Download, future: asyncio.Future[Body | None]) -> None:
        body: Body | None = None
        try:
            path = await download.path()  # waits for the download's end
            body = await asyncio.to_thread(self._body, download.url, path)  # off the reactor
        except (PlaywrightError, OSError) as exc:
            if download.url not in self.too_large:
                why = str(exc).split("\n")[0]
                logger.warning("download from %s failed: %s", download.url, why)
        # Playwright keeps the file until the context closes (the crawl's end): read, it
        # goes now (a spooled body reads on through its open handle, unnamed)
        with contextlib.suppress(PlaywrightError):
            await download.delete()
        if not future.done():
            future.set_result(body)

    def _body(self, url: str, path: Path) -> Body | None:
        size = path.stat().st_size
        if self.sizes.max_size and size > self.sizes.max_size:  # no progress events seen
            self._cancel_too_large(url, size)
            return None
        if size <= self.sizes.spool_size:
            return path.read_bytes()
        # read from disk as the record is written (the file deleted once open: _read)
        self.stats.inc_value(SPOOLED_STAT)
        return SpooledBody(path.open("rb"), size)

    def started(self, url: str) -> bool:
        return url in self._bodies

    async def body(self, url: str) -> Body | None:
        """The body of the file downloaded from `url` (started), once whole."""
        return await asyncio.shield(self._bodies[url])


def _cancel(download: Download) -> None:
    task = asyncio.ensure_future(download.cancel())
    task.add_done_callback(lambda t: t.cancelled() or t.exception())


def _discard(download: Download) -> None:
    """Stopped, and its file deleted (one whole before the cancel stays otherwise)."""

    async def discard() -> None:
        with contextlib.suppress(PlaywrightError):
            await download.cancel()
        with contextlib.suppress(PlaywrightError):
            await download.delete()

    task = asyncio.ensure_future(discard())
    task.add_done_callback(lambda t: t.cancelled() or t.exception())
