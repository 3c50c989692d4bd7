"""Files a rendered page's browser downloaded instead of showing (Content-Disposition:
attachment, a type it does not render): their bodies, for the archive.

A navigation answered with a file becomes a download: Chromium hands the body to the
download, not to the page, so Playwright's `response.body()` has none, and the file the
browser received was archived nowhere (a rendered request for it, or a page that sets
`location` to it). Each download a page starts is read here, whole, and its body given
to the response it came with.
"""

from __future__ import annotations

import asyncio
import logging

from playwright.async_api import Download
from playwright.async_api import Error as PlaywrightError

logger = logging.getLogger(__name__)


class PageDownloads:
    """URL -> the body of the file downloaded from it (None: the download failed)."""

    def __init__(self) -> None:
        self._bodies: dict[str, asyncio.Future[bytes | None]] = {}

    def on_download(self, download: Download) -> None:
        """Playwright's `download` event: the file is read once it is whole."""
        future = self._bodies.setdefault(download.url, asyncio.get_running_loop().create_future())
        task = asyncio.ensure_future(self._read(download, future))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())

    async def _read(self, download: Download, future: asyncio.Future[bytes | None]) -> None:
        body: bytes | None = None
        try:
            path = await download.path()  # waits for the download's end
            body = await asyncio.to_thread(path.read_bytes)  # off the reactor's thread
        except (PlaywrightError, OSError) as exc:
            logger.warning("download from %s failed: %s", download.url, str(exc).split("\n")[0])
        if not future.done():
            future.set_result(body)

    def started(self, url: str) -> bool:
        return url in self._bodies

    async def body(self, url: str) -> bytes | None:
        """The body of the file downloaded from `url` (started), once whole."""
        return await asyncio.shield(self._bodies[url])
