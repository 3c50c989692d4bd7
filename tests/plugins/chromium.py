"""Test plugin: one Chromium (Debian's, the project's launch options) per test process,
driven from an event loop of its own, for the tests that drive pages directly (no crawl).

Launched once per session, not once per module: each launch (Playwright's driver and the
browser) took 1-3 s of a loaded box, and each test opens and closes its own pages in it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest


class Chromium:
    """One browser for the session, driven from its own event loop. Should it die mid-session
    (a crash, the OOM killer on a loaded box), the next test asking for it gets a new one
    (Playwright's start and launch again), not a "Target closed" from a browser long gone."""

    def __init__(self, loop: asyncio.AbstractEventLoop, playwright: Any) -> None:
        self.loop = loop
        self.playwright = playwright
        self.launches = 0
        self.browser: Any = None
        self.relaunched()

    def relaunched(self) -> Chromium:
        """Itself, its browser launched again first if the last one is no longer connected
        (asked before each test, outside the loop: a launch runs the loop)."""
        if self.browser is None or not self.browser.is_connected():
            from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS

            launch = self.playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
            self.browser = self.loop.run_until_complete(launch)
            self.launches += 1
        return self

    def close(self) -> None:
        if self.browser is not None and self.browser.is_connected():
            self.loop.run_until_complete(self.browser.close())

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
def chromium_session() -> Iterator[Chromium]:
    from playwright.async_api import async_playwright

    loop = asyncio.new_event_loop()
    playwright = loop.run_until_complete(async_playwright().start())
    try:
        chromium = Chromium(loop, playwright)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        loop.run_until_complete(playwright.stop())
        loop.close()


@pytest.fixture
def chromium(chromium_session: Chromium) -> Chromium:
    """The session's Chromium, alive: launched again if a test before left it dead."""
    return chromium_session.relaunched()
