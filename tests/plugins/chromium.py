"""Test plugin: one Chromium (Debian's, the project's launch options) per test process,
driven from an event loop of its own, for the tests that drive pages directly (no crawl).

Launched once per session, not once per module: each launch (Playwright's driver and the
browser) took 1-3 s of a loaded box, and each test opens and closes its own pages in it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest


@dataclass
class Chromium:
    """One browser for the session, driven from its own event loop."""

    loop: asyncio.AbstractEventLoop
    browser: Any

    def run_on_page(self, html: str, drive: Callable[[Any], Awaitable[int]]) -> tuple[int, int]:
        """(what `drive` returned, links on the page after it) for `html` in a fresh page."""

        async def main() -> tuple[int, int]:
            page = await self.browser.new_page()
            try:
                await page.set_content(html)
                result = await drive(page)
                links = await page.evaluate("document.querySelectorAll('a[href]').length")
                return result, links
            finally:
                await page.close()

        return self.loop.run_until_complete(main())


@pytest.fixture(scope="session")
def chromium() -> Iterator[Chromium]:
    from playwright.async_api import async_playwright

    from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS

    loop = asyncio.new_event_loop()
    playwright = loop.run_until_complete(async_playwright().start())
    browser = loop.run_until_complete(playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS))
    try:
        yield Chromium(loop, browser)
    finally:
        loop.run_until_complete(browser.close())
        loop.run_until_complete(playwright.stop())
        loop.close()
